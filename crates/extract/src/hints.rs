//! Metadata a container gave a document (WARC target URI, JSONL fields,
//! feed item title/link/date/authors) fills what the document itself did
//! not say. The document's own metadata wins where both exist: a page's
//! canonical URL and dated meta tags are more specific than a crawl record.

use crosscheck_ingest::Hints;
use crosscheck_model::Document;

/// Fill empty metadata fields of `doc` from `hints`.
pub(crate) fn fill_gaps(doc: &mut Document, hints: &Hints) {
    fn fill(slot: &mut Option<String>, value: &Option<String>) {
        if slot.as_deref().is_none_or(|s| s.trim().is_empty()) {
            if let Some(v) = value {
                *slot = Some(v.clone());
            }
        }
    }
    fill(&mut doc.title, &hints.title);
    fill(&mut doc.published, &hints.published);
    fill(&mut doc.meta.url, &hints.url);
    fill(&mut doc.meta.site, &hints.site);
    if doc.meta.authors.is_empty() {
        doc.meta.authors = hints.authors.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_fill_only_gaps() {
        let mut doc = Document::from_text("d", "p", "text");
        doc.title = Some("Own title".into());
        let hints = Hints {
            title: Some("Feed title".into()),
            url: Some("http://ex.org/a".into()),
            published: Some("2024-01-01".into()),
            site: Some("Ex".into()),
            authors: vec!["A. Writer".into()],
            ..Hints::default()
        };
        fill_gaps(&mut doc, &hints);
        assert_eq!(doc.title.as_deref(), Some("Own title"));
        assert_eq!(doc.meta.url.as_deref(), Some("http://ex.org/a"));
        assert_eq!(doc.published.as_deref(), Some("2024-01-01"));
        assert_eq!(doc.meta.site.as_deref(), Some("Ex"));
        assert_eq!(doc.meta.authors, ["A. Writer"]);
    }
}
