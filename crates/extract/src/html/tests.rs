//! HTML extraction: body text, furniture removal, title and dates.

use super::*;

const ARTICLE: &str = r#"<!doctype html><html><head>
<title>Storm closes harbour | Coast Daily</title>
<meta property="og:title" content="Storm closes harbour for three days">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<script>var tracking = "do not show";</script><style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm closes harbour for three days</h1>
<p>The harbour at Port Ellen was closed on Tuesday after waves of nine metres damaged the outer wall, the port authority said in a statement released to reporters.</p>
<p>Officials said repairs would take at least three days and that ferries to the mainland would be diverted to the northern terminal until the wall is inspected by engineers.</p>
<p>Fishermen who rely on the harbour said the closure would cost them a week of income at the start of the season, and asked the council for emergency support.</p>
</article>
<footer>Copyright 2024 Coast Daily</footer>
</body></html>"#;

#[test]
fn article_text_title_and_date() {
    let out = extract_html(ARTICLE);
    assert!(!out.fallback);
    assert_eq!(
        out.title.as_deref(),
        Some("Storm closes harbour for three days")
    );
    assert_eq!(out.published.as_deref(), Some("2024-03-05T08:00:00Z"));
    assert!(
        out.text
            .contains("waves of nine metres damaged the outer wall"),
        "{}",
        out.text
    );
    assert!(out
        .text
        .contains("asked the council for emergency support."));
    assert!(!out.text.contains("do not show"));
    assert!(!out.text.contains("color: red"));
}

#[test]
fn tiny_pages_fall_back_to_visible_text() {
    let page = "<html><head><title>Note</title><script>hidden()</script></head>\
                <body><div>Short note: <time datetime=\"2023-11-02\">2 Nov</time></div></body></html>";
    let out = extract_html(page);
    assert!(!out.text.is_empty());
    assert!(out.text.contains("Short note"), "{:?}", out.text);
    assert!(!out.text.contains("hidden()"));
    assert_eq!(out.title.as_deref(), Some("Note"));
    assert_eq!(out.published.as_deref(), Some("2023-11-02"));
}

#[test]
fn json_ld_date_published() {
    let page = r#"<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2022-07-01T10:00:00+02:00"}
</script></head><body><p>The bridge reopened.</p></body></html>"#;
    let out = extract_html(page);
    assert_eq!(out.title.as_deref(), Some("Bridge reopens"));
    assert_eq!(out.published.as_deref(), Some("2022-07-01T10:00:00+02:00"));
}

#[test]
fn tidy_collapses_blank_runs() {
    assert_eq!(tidy("\n\n  a  \n\n\n\nb\nc   \n\n"), "  a\n\nb\nc");
}

/// Three paragraphs of article prose, for fixtures to wrap furniture around.
const PROSE: &str = "<p>The harbour at Port Ellen was closed on Tuesday after waves of nine metres damaged the outer wall, the port authority said in a statement released to reporters.</p>
<p>Officials said repairs would take at least three days and that ferries to the mainland would be diverted to the northern terminal until the wall is inspected by engineers.</p>
<p>Fishermen who rely on the harbour said the closure would cost them a week of income at the start of the season, and asked the council for emergency support.</p>";

/// A page whose article holds `before`, the prose, then `after`.
fn page(before: &str, after: &str) -> String {
    format!("<html><head><title>Harbour shut</title></head><body><article>{before}{PROSE}{after}</article></body></html>")
}

fn body(before: &str, after: &str) -> String {
    let out = extract_html(&page(before, after));
    assert!(!out.fallback, "readability found no article");
    assert!(
        out.text
            .contains("asked the council for emergency support."),
        "prose lost: {}",
        out.text
    );
    out.text
}

#[test]
fn byline_goes() {
    let text = body(
        r#"<div class="article-byline"><span>By Ana Ruiz, Staff Writer</span></div>"#,
        "",
    );
    assert!(!text.contains("Ana Ruiz"), "{text}");
    let text = body(
        r#"<p class="byline ap-byline">Lena Park, Ap Science Writer</p>"#,
        "",
    );
    assert!(!text.contains("Lena Park"), "{text}");
}

#[test]
fn captions_and_credits_go() {
    let fig = r#"<figure><img src="a.jpg"><figcaption>Waves break over the wall on Tuesday. Photo: Jo Smith</figcaption></figure>"#;
    let credit = r#"<div class="image-credit">Getty Images</div>"#;
    let text = body(fig, credit);
    assert!(!text.contains("Waves break"), "{text}");
    assert!(!text.contains("Getty"), "{text}");
}

#[test]
fn related_box_goes() {
    let related = r#"<div class="related-stories"><h3>More on this story</h3><ul>
<li><a href="/a">Ferry company cuts winter timetable</a></li><li><a href="/b">Council approves sea wall budget</a></li></ul></div>"#;
    let text = body("", related);
    assert!(!text.contains("Ferry company"), "{text}");
    assert!(!text.contains("sea wall budget"), "{text}");
}

#[test]
fn updated_line_goes() {
    let text = body("<p>Updated 5:27 am GMT, Wednesday, March 6, 2024</p>", "");
    assert!(!text.contains("Updated"), "{text}");
}

#[test]
fn newsletter_and_share_blocks_go() {
    let text = body(
        r#"<div class="share-tools"><a>Facebook</a> <a>Twitter</a></div>"#,
        r#"<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></div>"#,
    );
    assert!(!text.contains("Facebook"), "{text}");
    assert!(!text.contains("morning briefing"), "{text}");
}

#[test]
fn footer_and_copyright_go() {
    let html = format!(
        "<html><body><article>{PROSE}<p>© 2024 Coast Daily Media Ltd. All rights reserved.</p></article>\
         <footer><p>Coast Daily, 1 Quay Street, Port Ellen. Call 01234 567890.</p></footer></body></html>"
    );
    let text = extract_html(&html).text;
    assert!(text.contains("emergency support."), "{text}");
    assert!(!text.contains("All rights reserved"), "{text}");
    assert!(!text.contains("Quay Street"), "{text}");
}

#[test]
fn tables_lists_quotes_and_subheadings_stay() {
    let extra = "<h2>What happens next</h2>\
        <ul><li>Ferries sail from the northern terminal until Friday.</li><li>Inspections begin on Thursday morning.</li></ul>\
        <blockquote><p>We have never seen waves like it in forty years at sea.</p></blockquote>\
        <table><tr><th>Route</th><th>Status</th></tr><tr><td>Port Ellen to Kennacraig</td><td>Diverted</td></tr></table>";
    let text = body("", extra);
    for kept in [
        "What happens next",
        "northern terminal until Friday",
        "never seen waves like it",
        "Port Ellen to Kennacraig",
        "Diverted",
    ] {
        assert!(text.contains(kept), "{kept} missing from {text}");
    }
}

#[test]
fn headline_is_title_not_body() {
    let out = extract_html(&page("<h1>Harbour shut after storm</h1>", ""));
    assert!(!out.text.starts_with("Harbour shut"), "{}", out.text);
    assert!(out.title.is_some());
}

#[test]
fn non_english_pages_are_not_empty() {
    let html = "<html lang=\"ru\"><head><title>Порт закрыт</title></head><body><div class=\"post\">\
        <p>Порт Эллен закрыли во вторник после того, как волны высотой девять метров повредили внешнюю стену, сообщили в администрации порта.</p>\
        <p>По словам чиновников, ремонт займёт не менее трёх дней, а паромы будут направлены к северному терминалу.</p>\
        <p>Рыбаки заявили, что закрытие обойдётся им в неделю заработка в начале сезона.</p></div></body></html>";
    let out = extract_html(html);
    assert!(
        out.text.contains("волны высотой девять метров"),
        "{}",
        out.text
    );
    assert_eq!(out.meta.language.as_deref(), Some("ru"));
    let zh = "<html><body><div><p>周二，九米高的海浪损坏了外墙，港口当局随后关闭了港口。官员表示，修复工作至少需要三天。</p>\
        <p>渔民说，关闭港口将使他们在渔季开始时损失一周的收入。</p></div></body></html>";
    let out = extract_html(zh);
    assert!(out.text.contains("九米高的海浪"), "{}", out.text);
    assert_eq!(out.meta.language.as_deref(), Some("zh"));
}

#[test]
fn link_only_promo_paragraphs_go() {
    let text = body(
        r#"<p><a href="/app"><strong>CLICK HERE TO GET THE COAST DAILY APP</strong></a></p>"#,
        r#"<p><a href="/x">Ferry timetable cut for winter [VIDEO]</a></p>"#,
    );
    assert!(!text.contains("COAST DAILY APP"), "{text}");
    assert!(!text.contains("timetable cut"), "{text}");
}
