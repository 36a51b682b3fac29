//! RSS and Atom feeds (via `feed-rs`): each item with content or a summary
//! becomes an HTML document carrying the item's title, link, date and
//! authors; the feed's own title is the site name. Items with neither
//! content nor summary (title-and-link feeds) are reported, not invented.

use super::record_name;
use crate::error::Location;
use crate::hints::clean;
use crate::source::{Entry, Parsed, RecordProblem, Source, SourceProblem, HEAD_LEN};
use crate::{Format, Hints, IngestOptions};

/// RSS 0.9x/1.0/2.0 and Atom feeds (`.rss`, `.atom`, `.rdf`; `.xml` when named and sniffed).
pub struct FeedSource;

impl Source for FeedSource {
    fn name(&self) -> &'static str {
        "feed"
    }
    fn extensions(&self) -> &'static [&'static str] {
        // Not `.xml`: a directory of XML is more often sitemaps or data
        // than feeds. A named `.xml` file is sniffed.
        &["rss", "atom", "rdf"]
    }
    /// The root element (after an XML declaration, comments and
    /// processing instructions) is `rss`, `feed` or `rdf:RDF`.
    fn sniff(&self, head: &[u8]) -> bool {
        let head = &head[..head.len().min(HEAD_LEN)];
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let mut rest = head.trim_ascii_start();
        // Skip `<?…?>` and `<!--…-->` / `<!DOCTYPE …>` before the root.
        while let Some(after) = rest
            .strip_prefix(b"<?")
            .or_else(|| rest.strip_prefix(b"<!"))
        {
            let Some(end) = after.iter().position(|&b| b == b'>') else {
                return false;
            };
            rest = after[end + 1..].trim_ascii_start();
        }
        let lower = rest[..rest.len().min(10)].to_ascii_lowercase();
        [&b"<rss"[..], b"<feed", b"<rdf:rdf"].iter().any(|root| {
            lower.starts_with(root)
                && lower
                    .get(root.len())
                    .is_none_or(|b| b.is_ascii_whitespace() || *b == b'>')
        })
    }
    fn documents(&self, bytes: Vec<u8>, options: &IngestOptions) -> Result<Parsed, SourceProblem> {
        if bytes.trim_ascii().is_empty() {
            return Err(SourceProblem::Empty);
        }
        let feed = feed_rs::parser::parse(&bytes[..])
            .map_err(|e| SourceProblem::Malformed(format!("not a readable RSS/Atom feed: {e}")))?;
        let site = feed.title.as_ref().and_then(|t| clean(Some(&t.content)));
        let mut parsed = Parsed::default();
        for (i, item) in feed.entries.iter().enumerate() {
            let number = i as u64 + 1;
            let at = Location::Item { number };
            let body = item
                .content
                .as_ref()
                .and_then(|c| c.body.as_deref())
                .filter(|b| !b.trim().is_empty())
                .or_else(|| {
                    item.summary
                        .as_ref()
                        .map(|s| s.content.as_str())
                        .filter(|s| !s.trim().is_empty())
                });
            let Some(body) = body else {
                parsed.problems.push(RecordProblem {
                    at,
                    message: "no content or summary (title and link only)".into(),
                });
                continue;
            };
            let title = item.title.as_ref().and_then(|t| clean(Some(&t.content)));
            let page = wrap(title.as_deref(), body);
            if page.len() as u64 > options.max_bytes {
                let message = format!(
                    "content is {} bytes; the limit is {} bytes",
                    page.len(),
                    options.max_bytes
                );
                parsed.problems.push(RecordProblem { at, message });
                continue;
            }
            let mut hints = Hints {
                url: item.links.first().and_then(|l| clean(Some(&l.href))),
                title,
                published: item.published.or(item.updated).map(|d| d.to_rfc3339()),
                site: site.clone(),
                authors: item
                    .authors
                    .iter()
                    .filter_map(|p| clean(p.name.as_deref()))
                    .collect(),
                ..Hints::default()
            };
            if let Some(id) = clean(Some(&item.id)) {
                hints.extra.insert("feed_item_id".into(), id.into());
            }
            parsed.entries.push(Entry {
                name: Some(record_name(number)),
                format: Format::Html,
                bytes: page.into_bytes(),
                hints,
            });
        }
        if parsed.entries.is_empty() && parsed.problems.is_empty() {
            return Err(SourceProblem::Empty);
        }
        Ok(parsed)
    }
    fn is_container(&self) -> bool {
        true
    }
}

/// Feed content is an HTML fragment; make it a page whose `<title>` is the
/// item's, so the HTML extractor sees the headline where pages keep it.
fn wrap(title: Option<&str>, body: &str) -> String {
    let title = title.map(escape).unwrap_or_default();
    format!("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article>{body}</article></body></html>")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour News</title><link>https://hn.example/</link>
<item><title>Pier reopens</title><link>https://hn.example/pier</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><author>ed@hn.example (Ada Quill)</author>
<description>&lt;p&gt;The pier reopened on Tuesday.&lt;/p&gt;</description></item>
<item><title>Links only</title><link>https://hn.example/links</link></item>
</channel></rss>"#;

    const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Post</title><id>urn:vp</id><updated>2024-01-02T00:00:00Z</updated>
<entry><title>Bridge opens</title><id>urn:vp:1</id><link href="https://vp.example/bridge"/>
<published>2024-01-02T09:30:00Z</published><updated>2024-01-02T10:00:00Z</updated><author><name>Ben Ortiz</name></author>
<content type="html">&lt;p&gt;The bridge opened to traffic.&lt;/p&gt;</content></entry></feed>"#;

    fn parse(s: &str) -> Parsed {
        FeedSource
            .documents(s.as_bytes().to_vec(), &IngestOptions::default())
            .expect("a feed")
    }

    #[test]
    fn rss_items_with_descriptions() {
        let p = parse(RSS);
        assert_eq!(p.entries.len(), 1);
        let e = &p.entries[0];
        assert_eq!(e.name.as_deref(), Some("#1"));
        assert_eq!(e.hints.title.as_deref(), Some("Pier reopens"));
        assert_eq!(e.hints.url.as_deref(), Some("https://hn.example/pier"));
        assert_eq!(e.hints.site.as_deref(), Some("Harbour News"));
        assert_eq!(
            e.hints.published.as_deref(),
            Some("2024-03-05T08:00:00+00:00")
        );
        let page = String::from_utf8(e.bytes.clone()).expect("utf-8");
        assert!(
            page.contains("<p>The pier reopened on Tuesday.</p>"),
            "{page}"
        );
        assert!(page.contains("<title>Pier reopens</title>"));
        assert_eq!(
            p.problems,
            [RecordProblem {
                at: Location::Item { number: 2 },
                message: "no content or summary (title and link only)".into()
            }]
        );
    }

    #[test]
    fn atom_entries_with_content_and_authors() {
        let p = parse(ATOM);
        assert!(p.problems.is_empty());
        let e = &p.entries[0];
        assert_eq!(e.hints.authors, ["Ben Ortiz"]);
        assert_eq!(
            e.hints.published.as_deref(),
            Some("2024-01-02T09:30:00+00:00")
        );
        assert_eq!(e.hints.site.as_deref(), Some("Valley Post"));
        assert!(String::from_utf8_lossy(&e.bytes).contains("The bridge opened to traffic."));
    }

    #[test]
    fn sniffing_and_malformed() {
        assert!(FeedSource.sniff(RSS.as_bytes()));
        assert!(FeedSource.sniff(ATOM.as_bytes()));
        assert!(FeedSource.sniff(b"<!-- hi --><rdf:RDF xmlns:rdf=\"x\">"));
        assert!(!FeedSource.sniff(b"<html><body><p>feed</p></body></html>"));
        assert!(!FeedSource.sniff(b"<feedback>"));
        let e = FeedSource.documents(b"<rss><channel><item>".to_vec(), &IngestOptions::default());
        assert!(
            matches!(e, Err(SourceProblem::Malformed(m)) if m.starts_with("not a readable RSS/Atom feed"))
        );
    }
}
