//! Ingest → extract over the fixture files in `tests/fixtures`.

use std::path::PathBuf;

use crosscheck_extract::extract;
use crosscheck_ingest::{read_paths, IngestOptions};
use crosscheck_model::{Document, NoiseKind};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn load() -> Vec<Document> {
    let batch = read_paths(&[fixtures()], &IngestOptions::default());
    assert!(batch.errors.is_empty(), "{:?}", batch.errors);
    batch
        .documents
        .iter()
        .map(|raw| extract(raw).expect("fixture extracts"))
        .collect()
}

fn doc<'a>(docs: &'a [Document], id: &str) -> &'a Document {
    docs.iter()
        .find(|d| d.id.as_str() == id)
        .unwrap_or_else(|| panic!("no document {id}"))
}

#[test]
fn fixture_directory_reads_in_name_order() {
    let ids: Vec<String> = load().iter().map(|d| d.id.to_string()).collect();
    assert_eq!(
        ids,
        [
            "harbour-bom",
            "harbour-copy",
            "harbour-latin1",
            "harbour-page"
        ]
    );
}

#[test]
fn every_span_is_an_exact_line() {
    for d in load() {
        let mut last = 0;
        for r in &d.removed {
            assert!(r.span.start >= last, "{}: overlapping spans", d.id);
            let line = d.slice(r.span);
            assert!(
                !line.contains('\n'),
                "{}: span crosses a line: {line:?}",
                d.id
            );
            let at_line_start = r.span.start == 0 || d.text.as_bytes()[r.span.start - 1] == b'\n';
            let at_line_end = r.span.end == d.text.len()
                || matches!(d.text.as_bytes()[r.span.end], b'\n' | b'\r');
            assert!(
                at_line_start && at_line_end,
                "{}: {line:?} is not a whole line",
                d.id
            );
            last = r.span.end;
        }
    }
}

#[test]
fn page_copy_noise_goes_and_content_stays() {
    let docs = load();
    let d = doc(&docs, "harbour-copy");
    assert_eq!(
        d.title.as_deref(),
        Some("Ferry Operators Warn of Week-Long Delays")
    );
    let removed: Vec<(&str, NoiseKind)> = d
        .removed
        .iter()
        .map(|r| (d.slice(r.span), r.kind))
        .collect();
    let expected = [
        ("sparkles", NoiseKind::Placeholder),
        ("Summary generation in progress", NoiseKind::Placeholder),
        ("![]() |", NoiseKind::EmptyMarkup),
        ("Passengers queue at the northern terminal on Friday. [Photo: Ana Ruiz/Reuters] |", NoiseKind::Caption),
        (
            "The information on this page is for general information purposes only and is not investment advice. See Disclaimer.",
            NoiseKind::Disclaimer,
        ),
        ("  • Like", NoiseKind::SocialButtons),
        ("  • Comment", NoiseKind::CommentWidget),
        ("  • Share", NoiseKind::SocialButtons),
        ("Leave a comment", NoiseKind::CommentWidget),
        ("0/300", NoiseKind::CommentWidget),
        ("Sail Further With Wavely", NoiseKind::Navigation),
        ("Scan to download Wavely App", NoiseKind::AppPrompt),
        ("Language", NoiseKind::Navigation),
        ("English", NoiseKind::LanguageMenu),
        ("  • Deutsch", NoiseKind::LanguageMenu),
        ("  • Français", NoiseKind::LanguageMenu),
        ("  • 日本語", NoiseKind::LanguageMenu),
    ];
    assert_eq!(removed, expected);
    assert!(d.warnings.is_empty());
}

#[test]
fn charsets_and_boms() {
    let docs = load();
    let latin = doc(&docs, "harbour-latin1");
    assert!(
        latin.text.contains("Le maître de port a déclaré"),
        "{}",
        latin.text
    );
    assert_eq!(
        latin.warnings,
        ["not valid UTF-8; decoded as windows-1252 (detected)"]
    );
    assert_eq!(
        latin.title.as_deref(),
        Some("Storm Damage Closes Harbour at Port Ellen")
    );

    let bom = doc(&docs, "harbour-bom");
    assert!(
        bom.text.starts_with("Harbour Reopens After Repairs\n"),
        "BOM stripped"
    );
    assert!(bom.warnings.is_empty());
}

#[test]
fn html_page_gives_article_title_and_date() {
    let docs = load();
    let page = doc(&docs, "harbour-page");
    assert_eq!(page.title.as_deref(), Some("Harbour wall repairs begin"));
    assert_eq!(page.published.as_deref(), Some("2024-03-07T09:30:00Z"));
    assert!(
        page.text.starts_with("Harbour wall repairs begin\n"),
        "{}",
        page.text
    );
    assert!(page
        .text
        .contains("take three weeks, during which ferries will use the northern terminal."));
    assert!(page
        .text
        .contains("Divers found cracks in eleven of the piles"));
    assert!(!page.text.contains("should not appear"));
    assert!(page.warnings.is_empty(), "{:?}", page.warnings);
}
