//! The headline a URL keeps: "…/us/36-killed-in-hawaii-wildfires-5456240".
//!
//! Outlets write the slug from the headline an article is first published
//! under and seldom change it when the story is updated, so a slug can
//! state a figure its own article has since revised. A text file's "URL:"
//! header line is part of the document's text (set aside as removed), so
//! the slug can be quoted exactly; it is analysed as a headline with its
//! hyphens read as spaces. Only its counts of people are kept: a slug drops
//! decimal points ("magnitude-69" for 6.9) and glues ids and dates to the
//! words, and a toll is the figure a headline most often gives.

use crosscheck_model::{Document, NoiseKind, Span};

/// Fewest words a slug must have to be read as a headline.
const MIN_WORDS: usize = 3;

/// Where the document's URL slug is, if its text holds a "URL:" header line
/// whose last path segment reads as words joined by hyphens.
pub fn find(doc: &Document) -> Option<Span> {
    let header = doc
        .removed
        .iter()
        .filter(|r| r.kind == NoiseKind::Header)
        .find(|r| r.span.slice(&doc.text).starts_with("URL:"))?;
    let line = header.span.slice(&doc.text);
    // The path ends before a query or fragment; the slug is its last
    // non-empty segment, without a file extension.
    let path_end = line.find(['?', '#']).unwrap_or(line.len());
    let path = line[..path_end].trim_end_matches('/');
    let seg_start = path.rfind('/')? + 1;
    let segment = &path[seg_start..];
    let segment = segment
        .rsplit_once('.')
        .filter(|(_, ext)| ext.chars().all(|c| c.is_ascii_alphanumeric()) && ext.len() <= 5)
        .map_or(segment, |(stem, _)| stem);
    let words = segment
        .split(['-', '_'])
        .filter(|w| w.chars().any(|c| c.is_alphabetic()))
        .count();
    (words >= MIN_WORDS && !segment.contains(char::is_whitespace)).then(|| {
        let start = header.span.start + seg_start;
        Span::new(start, start + segment.len())
    })
}

/// The document's text with the slug's hyphens and underscores read as
/// spaces: the same length, so every span stays a span of the real text.
pub fn spaced(text: &str, slug: Span) -> String {
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..slug.start]);
    out.extend(
        text[slug.start..slug.end]
            .chars()
            .map(|c| if c == '-' || c == '_' { ' ' } else { c }),
    );
    out.push_str(&text[slug.end..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::Removed;

    fn doc(text: &str) -> Document {
        let mut d = Document::from_text("d", "d.txt", text);
        let end = text.find('\n').unwrap_or(text.len());
        d.removed = vec![Removed {
            span: Span::new(0, end),
            kind: NoiseKind::Header,
        }];
        d
    }

    #[test]
    fn the_last_path_segment_without_extension_or_query_is_the_slug() {
        let d = doc("URL: https://news.example/world/12-dead-as-storm-hits-coast-88123.html?ref=rss\n\nBody.");
        let slug = find(&d).unwrap();
        assert_eq!(slug.slice(&d.text), "12-dead-as-storm-hits-coast-88123");
        let spaced = spaced(&d.text, slug);
        assert_eq!(spaced.len(), d.text.len());
        assert_eq!(slug.slice(&spaced), "12 dead as storm hits coast 88123");
    }

    #[test]
    fn ids_and_short_segments_are_no_slug() {
        assert!(find(&doc("URL: https://news.example/article/5456240\n\nBody.")).is_none());
        assert!(find(&doc("URL: https://news.example/a-b\n\nBody.")).is_none());
        assert!(find(&Document::from_text("d", "d.txt", "URL: x\n")).is_none());
    }
}
