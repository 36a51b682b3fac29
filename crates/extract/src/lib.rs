//! Extract: raw bytes → [`Document`]: decode the charset, pull the article
//! text out of HTML, and mark page noise (widgets, share rows, app prompts,
//! disclaimers, language menus, empty markup) as removed, by the shape of the
//! lines rather than by known strings.
//!
//! Plain text is kept exactly as decoded; HTML becomes the article text
//! (with the headline as its first line). Every span later stages produce
//! is a byte offset into [`Document::text`].
#![deny(missing_docs)]

mod decode;
mod error;
mod hints;
mod html;
mod noise;
mod title;

use crosscheck_ingest::{Format, RawDocument};
use crosscheck_model::{Document, Removed};

pub use decode::{decode, decode_with_charset, Decoded};
pub use error::ExtractError;
pub use html::{detect_language, extract_html, normalize_date, HtmlText};
pub use title::text_title;

/// Decode, extract and mark noise. Non-fatal problems (lossy decoding) go to
/// [`Document::warnings`].
pub fn extract(raw: &RawDocument) -> Result<Document, ExtractError> {
    let decoded = decode_with_charset(
        &raw.bytes,
        raw.format == Format::Html,
        raw.hints.charset.as_deref(),
    );
    let mut warnings: Vec<String> = decoded.warning.into_iter().collect();
    // URL, site, authors, modified, language: from the page's own metadata (HTML).
    let mut meta = crosscheck_model::Metadata::default();
    let mut header_lines: Vec<crosscheck_model::Span> = Vec::new();
    let (text, title, published) = match raw.format {
        // A container's headline (a JSONL `title`) leads the text, as for HTML.
        Format::Text if raw.hints.title.is_some() => (
            with_headline(decoded.text, raw.hints.title.as_deref()),
            raw.hints.title.clone(),
            None,
        ),
        Format::Text => {
            let header = title::text_header(&decoded.text);
            if header.lines.is_empty() {
                let title = text_title(&decoded.text);
                (decoded.text, title, None)
            } else {
                meta.url = header.url;
                header_lines = header.lines;
                (decoded.text, header.title, None)
            }
        }
        Format::Html => {
            let page = extract_html(&decoded.text);
            if page.fallback && !page.text.trim().is_empty() {
                warnings
                    .push("no article found in the page; using all its visible text".to_string());
            }
            meta = page.meta;
            (
                with_headline(page.text, page.title.as_deref()),
                page.title,
                page.published,
            )
        }
    };
    // A text file of "URL:"/"TITLE:" lines and nothing after them has
    // metadata but no article.
    // (A title's words are text, not header: the body starts after its line.)
    let body_at = header_lines.last().map_or(0, |h| {
        text[h.end..].find('\n').map_or(text.len(), |i| h.end + i)
    });
    if text[body_at..].trim().is_empty() {
        let what = match raw.format {
            Format::Text if body_at > 0 => "only URL:/TITLE: header lines, no article text",
            Format::Text => "nothing but whitespace after decoding",
            Format::Html => "the page has no visible text",
        };
        return Err(ExtractError::NoText {
            path: raw.path.clone(),
            what: what.to_string(),
        });
    }
    let mut removed = find_noise(&text);
    removed.retain(|r| !header_lines.iter().any(|h| h.overlaps(r.span)));
    removed.extend(header_lines.iter().map(|&span| Removed {
        span,
        kind: crosscheck_model::NoiseKind::Header,
    }));
    removed.sort_by_key(|r| r.span.start);
    check_spans(&text, &removed, &raw.path)?;
    let mut doc = Document::from_text(raw.id.0.clone(), raw.path.clone(), text);
    doc.title = title;
    doc.published = published;
    if meta.language.is_none() {
        meta.language = detect_language(&doc.text);
    }
    doc.meta = meta;
    doc.removed = removed;
    doc.warnings = warnings;
    hints::fill_gaps(&mut doc, &raw.hints);
    Ok(doc)
}

/// Find page-noise lines in `text`: each [`Removed`] covers one whole line
/// (without its line ending), in text order, never overlapping.
pub fn find_noise(text: &str) -> Vec<Removed> {
    noise::find_noise(text)
}

/// Put the headline on the first line of an HTML article's text (readability
/// drops it from the body), unless the text already opens with it: headlines
/// state facts too, and plain-text inputs carry theirs in the text.
fn with_headline(text: String, title: Option<&str>) -> String {
    let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) else {
        return text;
    };
    let opens_with_it = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|first| first.trim().eq_ignore_ascii_case(title));
    if opens_with_it || text.trim().is_empty() {
        text
    } else {
        format!("{title}\n\n{text}")
    }
}

/// The invariant every later stage relies on; a failure is a bug here.
fn check_spans(text: &str, removed: &[Removed], path: &str) -> Result<(), ExtractError> {
    let mut last_end = 0;
    for r in removed {
        let ok = r.span.start >= last_end
            && r.span.end <= text.len()
            && text.is_char_boundary(r.span.start)
            && text.is_char_boundary(r.span.end);
        if !ok {
            return Err(ExtractError::Internal {
                path: path.to_string(),
                message: format!(
                    "noise span {}..{} is out of order or off a character boundary",
                    r.span.start, r.span.end
                ),
            });
        }
        last_end = r.span.end;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
