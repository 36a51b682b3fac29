//! HTML → article text, title and publication time, with dom_smoothie
//! (a readability.js port). `TextMode::Formatted` scored best on the team's
//! extraction benchmark (see STACK.md). When readability finds no article,
//! the page's visible body text is used instead, so no page comes out empty.

use dom_smoothie::{Config, Readability, TextMode};

/// What the HTML stage gives the document.
#[derive(Debug, Default, PartialEq)]
pub struct HtmlText {
    /// Article text (or visible body text), whitespace tidied.
    pub text: String,
    /// Headline: JSON-LD headline, og:title, `<title>` (site name cut) or `<h1>`.
    pub title: Option<String>,
    /// Publication time as the page gives it (meta, JSON-LD, or `<time datetime>`).
    pub published: Option<String>,
    /// True when readability found nothing and the whole body was used.
    pub fallback: bool,
}

fn config() -> Config {
    Config { text_mode: TextMode::Formatted, ..Config::default() }
}

/// Extract the article from a decoded page.
pub fn extract_html(html: &str) -> HtmlText {
    let Ok(mut reader) = Readability::new(html, None, Some(config())) else {
        // Only a malformed document URL makes `new` fail, and none is given.
        return body_text(html);
    };
    // Read `<time datetime>` before parse(), which rewrites the DOM.
    let time = first_time_datetime(&reader);
    match reader.parse() {
        Ok(article) if !article.text_content.trim().is_empty() => HtmlText {
            text: tidy(&article.text_content),
            title: non_empty(article.title),
            published: article.published_time.and_then(non_empty).or(time),
            fallback: false,
        },
        _ => body_text(html),
    }
}

/// Visible body text: everything but scripts, styles and the head.
fn body_text(html: &str) -> HtmlText {
    let Ok(reader) = Readability::new(html, None, Some(config())) else {
        return HtmlText { fallback: true, ..HtmlText::default() };
    };
    let time = first_time_datetime(&reader);
    let meta = reader.get_article_metadata(reader.parse_json_ld());
    reader.doc.select("script, style, noscript, template, head, svg").remove();
    let body = reader.doc.select("body");
    let raw = if body.exists() { body.formatted_text() } else { reader.doc.formatted_text() };
    HtmlText {
        text: tidy(&raw),
        title: non_empty(meta.title),
        published: meta.published_time.and_then(non_empty).or(time),
        fallback: true,
    }
}

fn first_time_datetime(reader: &Readability) -> Option<String> {
    reader
        .doc
        .select("time[datetime]")
        .attr("datetime")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn non_empty(s: String) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Trim each line's trailing whitespace, collapse runs of blank lines to
/// one, and trim the ends: the text spans will point into.
fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_run = 0;
    for line in raw.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
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
        assert_eq!(out.title.as_deref(), Some("Storm closes harbour for three days"));
        assert_eq!(out.published.as_deref(), Some("2024-03-05T08:00:00Z"));
        assert!(out.text.contains("waves of nine metres damaged the outer wall"), "{}", out.text);
        assert!(out.text.contains("asked the council for emergency support."));
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
}
