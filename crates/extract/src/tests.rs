//! `extract` over in-memory raw documents.

use crosscheck_ingest::{Format, RawDocument};
use crosscheck_model::NoiseKind;

use super::*;

fn raw(format: Format, bytes: &[u8]) -> RawDocument {
    RawDocument::new("t", "t.in", format, bytes.to_vec())
}

#[test]
fn plain_text_is_kept_exactly() {
    let text = "Pier Closed After Storm\r\n\r\nThe pier closed.\r\n  Indented line  \nComments\n";
    let doc = extract(&raw(Format::Text, text.as_bytes())).expect("extracts");
    assert_eq!(doc.text, text);
    assert_eq!(doc.title.as_deref(), Some("Pier Closed After Storm"));
    assert!(doc.warnings.is_empty());
    assert_eq!(doc.removed.len(), 1);
    assert_eq!(doc.slice(doc.removed[0].span), "Comments");
    assert_eq!(doc.removed[0].kind, NoiseKind::CommentWidget);
}

#[test]
fn latin1_text_is_decoded_with_a_warning() {
    let bytes = b"Le ma\xeetre de port a d\xe9clar\xe9 que la jet\xe9e resterait ferm\xe9e jusqu'\xe0 l'\xe9t\xe9.";
    let doc = extract(&raw(Format::Text, bytes)).expect("extracts");
    assert!(
        doc.text.contains("maître de port a déclaré"),
        "{}",
        doc.text
    );
    assert_eq!(
        doc.warnings,
        ["not valid UTF-8; decoded as windows-1252 (detected)"]
    );
}

#[test]
fn html_gets_headline_title_and_meta_charset() {
    let mut page =
        b"<html><head><meta http-equiv='content-type' content='text/html; charset=windows-1252'>\
<title>Jet\xe9e ferm\xe9e</title></head><body><article>"
            .to_vec();
    for _ in 0..4 {
        page.extend_from_slice(b"<p>La jet\xe9e du port a \xe9t\xe9 ferm\xe9e mardi apr\xe8s la temp\xeate, selon les autorit\xe9s portuaires qui ont publi\xe9 un communiqu\xe9 d\xe9taill\xe9.</p>");
    }
    page.extend_from_slice(b"</article></body></html>");
    let doc = extract(&raw(Format::Html, &page)).expect("extracts");
    assert_eq!(doc.title.as_deref(), Some("Jetée fermée"));
    assert!(doc.text.starts_with("Jetée fermée\n\n"), "{}", doc.text);
    assert!(doc.text.contains("après la tempête"));
    assert_eq!(
        doc.warnings,
        ["not valid UTF-8; decoded as windows-1252 (declared)"]
    );
}

#[test]
fn whitespace_only_after_decoding_is_an_error() {
    // UTF-16LE BOM + "  \n": ingest cannot see it is blank; extract can.
    let err = extract(&raw(Format::Text, b"\xFF\xFE \x00 \x00\n\x00")).expect_err("no text");
    assert!(err.is_bad_input());
    assert_eq!(
        err.to_string(),
        "t.in: no text (nothing but whitespace after decoding)"
    );
}

#[test]
fn a_text_header_without_a_body_is_an_error() {
    let err = extract(&raw(
        Format::Text,
        b"URL: https://example.org/a\nTITLE: Pier Closes\n\n  \n",
    ))
    .expect_err("no text");
    assert!(err.is_bad_input());
    assert_eq!(
        err.to_string(),
        "t.in: no text (only URL:/TITLE: header lines, no article text)"
    );
    let doc = extract(&raw(
        Format::Text,
        b"URL: https://example.org/a\nTITLE: Pier Closes\n\nThe council voted.",
    ))
    .expect("a body");
    assert_eq!(doc.title.as_deref(), Some("Pier Closes"));
    assert_eq!(doc.meta.url.as_deref(), Some("https://example.org/a"));
}

#[test]
fn html_without_visible_text_is_an_error() {
    let err = extract(&raw(
        Format::Html,
        b"<html><head><title></title><script>x()</script></head><body> </body></html>",
    ))
    .expect_err("no text");
    assert!(matches!(err, ExtractError::NoText { .. }));
    assert_eq!(err.path(), "t.in");
}

#[test]
fn headline_is_not_doubled() {
    assert_eq!(
        with_headline("Title\n\nBody".into(), Some("Title")),
        "Title\n\nBody"
    );
    assert_eq!(with_headline("Body".into(), Some("Title")), "Title\n\nBody");
    assert_eq!(with_headline("Body".into(), None), "Body");
}
