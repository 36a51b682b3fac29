//! Metadata from JSON-LD, meta tags, `<time>`, `<html lang>` and URLs, and
//! which source wins.

use super::*;

fn meta_of(html: &str) -> PageMeta {
    read(&crate::html::parse::parse(html))
}

#[test]
fn json_ld_article_in_graph() {
    let page = r#"<html lang="en-GB"><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Valley Post"},
 {"@type":"NewsArticle","headline":"Dam holds after record rain","datePublished":"2024-03-05T08:00:00+01:00",
  "dateModified":"2024-03-05T11:30:00+01:00","author":{"@type":"Person","name":"Ana Ruiz"},
  "publisher":{"@type":"Organization","name":"Valley Post"},"url":"https://valley.example/dam"}]}
</script></head><body><p>x</p></body></html>"#;
    let m = meta_of(page);
    assert_eq!(m.title.as_deref(), Some("Dam holds after record rain"));
    assert_eq!(m.published.as_deref(), Some("2024-03-05T08:00:00+01:00"));
    assert_eq!(
        m.meta.modified.as_deref(),
        Some("2024-03-05T11:30:00+01:00")
    );
    assert_eq!(m.meta.authors, ["Ana Ruiz"]);
    assert_eq!(m.meta.site.as_deref(), Some("Valley Post"));
    assert_eq!(m.meta.url.as_deref(), Some("https://valley.example/dam"));
    assert_eq!(m.meta.language.as_deref(), Some("en"));
}

#[test]
fn open_graph_and_article_tags() {
    let page = r#"<html><head>
<meta property="og:title" content="Ferry service resumes | Harbour Times">
<meta property="og:site_name" content="Harbour Times">
<meta property="og:url" content="https://harbour.example/ferry">
<meta property="og:locale" content="pt_BR">
<meta property="article:published_time" content="2023-06-01T06:15:00Z">
<meta property="article:modified_time" content="2023-06-01T09:00:00Z">
<meta property="article:author" content="https://social.example/someone">
<meta name="author" content="By Lena Park and Tom Idris">
</head><body></body></html>"#;
    let m = meta_of(page);
    assert_eq!(m.title.as_deref(), Some("Ferry service resumes"));
    assert_eq!(m.published.as_deref(), Some("2023-06-01T06:15:00Z"));
    assert_eq!(m.meta.modified.as_deref(), Some("2023-06-01T09:00:00Z"));
    assert_eq!(m.meta.authors, ["Lena Park", "Tom Idris"]);
    assert_eq!(m.meta.site.as_deref(), Some("Harbour Times"));
    assert_eq!(m.meta.url.as_deref(), Some("https://harbour.example/ferry"));
    assert_eq!(m.meta.language.as_deref(), Some("pt"));
}

#[test]
fn dublin_core_parsely_and_sailthru() {
    let m = meta_of(
        r#"<head><meta name="DC.date.issued" content="2021-02-03"><meta name="parsely-author" content="Kim Oh"></head>"#,
    );
    assert_eq!(m.published.as_deref(), Some("2021-02-03"));
    assert_eq!(m.meta.authors, ["Kim Oh"]);
    let m = meta_of(
        r#"<head><meta name="sailthru.date" content="2020-05-06 14:00:00"><meta name="sailthru.author" content="Ro Vance"></head>"#,
    );
    assert_eq!(m.published.as_deref(), Some("2020-05-06T14:00:00"));
    assert_eq!(m.meta.authors, ["Ro Vance"]);
}

#[test]
fn time_element_and_canonical_link() {
    let page = r#"<html><head><link rel="canonical" href="https://news.example/2022/01/09/quake"></head>
<body><time datetime="2022-01-10T04:00:00-05:00">Jan 10</time></body></html>"#;
    let m = meta_of(page);
    assert_eq!(m.published.as_deref(), Some("2022-01-10T04:00:00-05:00"));
    assert_eq!(
        m.meta.url.as_deref(),
        Some("https://news.example/2022/01/09/quake")
    );
}

#[test]
fn url_pattern_is_the_last_resort() {
    let m = meta_of(
        r#"<html><head><link rel="canonical" href="https://news.example/world/2022/01/09/quake.html"></head><body></body></html>"#,
    );
    assert_eq!(m.published.as_deref(), Some("2022-01-09"));
}

#[test]
fn json_ld_beats_meta_tags_beats_time() {
    let page = r#"<html><head>
<meta property="og:title" content="OG headline">
<meta property="article:published_time" content="2024-01-02T00:00:00Z">
<script type="application/ld+json">{"@type":"Article","headline":"LD headline","datePublished":"2024-01-01T00:00:00Z"}</script>
</head><body><time datetime="2024-01-03">3 Jan</time></body></html>"#;
    let m = meta_of(page);
    assert_eq!(m.title.as_deref(), Some("LD headline"));
    assert_eq!(m.published.as_deref(), Some("2024-01-01T00:00:00Z"));
    let without_ld = page.replace("application/ld+json", "text/plain");
    let m = meta_of(&without_ld);
    assert_eq!(m.title.as_deref(), Some("OG headline"));
    assert_eq!(m.published.as_deref(), Some("2024-01-02T00:00:00Z"));
}

#[test]
fn language_is_detected_when_the_page_does_not_say() {
    let text = "Die Feuerwehr hat am Dienstag den Hafen gesperrt, nachdem ein Sturm die äußere Mauer beschädigt hatte. \
                Die Reparaturen werden nach Angaben der Behörden mindestens drei Tage dauern.";
    assert_eq!(detect_language(text).as_deref(), Some("de"));
    assert_eq!(primary_subtag("en_US").as_deref(), Some("en"));
    assert_eq!(primary_subtag("x"), None);
}
