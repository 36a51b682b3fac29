//! Input formats. Each kind of input file is a [`Source`]: it says which
//! file names it takes, whether the start of a file looks like it, and how
//! to turn a file's bytes into documents. Plain text and HTML are one
//! document per file; container formats (JSONL, WARC, RSS/Atom, in
//! [`crate::sources`]) return many documents per file, plus a problem for
//! each record they could not use.

use std::io::BufRead;

use crate::error::Location;
use crate::sources::{FeedSource, JsonlSource, WarcSource};
use crate::{Format, Hints, IngestOptions};

/// One document a source found in a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Name to derive the id from, when it is not the file's stem (a record
    /// id inside a container). `None`: use the file stem.
    pub name: Option<String>,
    /// How the extract stage should read the bytes.
    pub format: Format,
    /// The document's bytes, undecoded.
    pub bytes: Vec<u8>,
    /// What the container said about the document (URL, title, charset, …).
    pub hints: Hints,
}

impl Entry {
    /// A whole-file document with no hints.
    pub fn whole(format: Format, bytes: Vec<u8>) -> Self {
        Entry {
            name: None,
            format,
            bytes,
            hints: Hints::default(),
        }
    }
}

/// One record of a container that could not be used. The caller adds the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordProblem {
    /// Which record.
    pub at: Location,
    /// What is wrong with it.
    pub message: String,
}

/// What a source found in a file: documents, and records it had to skip.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// Documents, in file order.
    pub entries: Vec<Entry>,
    /// Records that could not be used, in file order.
    pub problems: Vec<RecordProblem>,
}

impl From<Entry> for Parsed {
    fn from(entry: Entry) -> Self {
        Parsed {
            entries: vec![entry],
            problems: Vec::new(),
        }
    }
}

/// What a streaming source hands over: a document or a record it could not use.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A document.
    Entry(Entry),
    /// A record that could not be used.
    Problem(RecordProblem),
}

/// Collect a stream into a [`Parsed`] (how streaming sources implement
/// [`Source::documents`], so that there is one parser per format).
pub(crate) fn collect(
    bytes: &[u8],
    stream: impl FnOnce(&mut dyn BufRead, &mut dyn FnMut(Item)) -> Result<(), SourceProblem>,
) -> Result<Parsed, SourceProblem> {
    let mut parsed = Parsed::default();
    let mut reader = bytes;
    stream(&mut reader, &mut |item| match item {
        Item::Entry(e) => parsed.entries.push(e),
        Item::Problem(p) => parsed.problems.push(p),
    })?;
    Ok(parsed)
}

/// Why a source refused a file's bytes. The caller adds the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceProblem {
    /// NUL bytes or many control characters: not text.
    Binary,
    /// Nothing but whitespace.
    Empty,
    /// The format was recognised but the content is malformed.
    Malformed(String),
}

/// One kind of input file.
pub trait Source: Send + Sync {
    /// Short name for messages ("text", "html").
    fn name(&self) -> &'static str;
    /// File-name extensions, lower case without the dot, that this source
    /// takes when walking a directory or reading a named file.
    fn extensions(&self) -> &'static [&'static str];
    /// Whether a file starting with `head` looks like this source. Used for
    /// stdin and for named files whose extension no source claims.
    fn sniff(&self, head: &[u8]) -> bool;
    /// Turn a whole file into documents. `options.max_bytes` limits each
    /// record of a container.
    fn documents(&self, bytes: Vec<u8>, options: &IngestOptions) -> Result<Parsed, SourceProblem>;
    /// Read a container record by record from `reader`, handing each
    /// document or record problem to `sink` as soon as it is found, so that
    /// memory holds one record rather than the file (a CC-NEWS WARC.gz is
    /// gigabytes). Only called when [`Source::streams`] is true; the default
    /// reads everything and defers to [`Source::documents`].
    fn stream(
        &self,
        reader: &mut dyn BufRead,
        options: &IngestOptions,
        sink: &mut dyn FnMut(Item),
    ) -> Result<(), SourceProblem> {
        let mut bytes = Vec::new();
        if let Err(e) = reader.read_to_end(&mut bytes) {
            return Err(SourceProblem::Malformed(format!(
                "read failed after {} bytes: {e}",
                bytes.len()
            )));
        }
        let parsed = self.documents(bytes, options)?;
        parsed
            .entries
            .into_iter()
            .map(Item::Entry)
            .chain(parsed.problems.into_iter().map(Item::Problem))
            .for_each(sink);
        Ok(())
    }
    /// True when [`Source::stream`] reads incrementally: such files are not
    /// bounded by [`IngestOptions::max_container_bytes`] on disk (each
    /// record is bounded by [`IngestOptions::max_bytes`] instead).
    fn streams(&self) -> bool {
        false
    }
    /// True for files that hold many documents (WARC, JSONL, feeds): their
    /// size is limited by [`IngestOptions::max_container_bytes`] instead of
    /// [`IngestOptions::max_bytes`], and a decompressed prefix of one is
    /// still worth reading.
    fn is_container(&self) -> bool {
        false
    }
}

/// Plain text: one document per file.
pub struct TextSource;

/// An HTML page: one document per file.
pub struct HtmlSource;

impl Source for TextSource {
    fn name(&self) -> &'static str {
        "text"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["txt", "text", "md"]
    }
    /// Text is the fallback: anything that is not something else.
    fn sniff(&self, _head: &[u8]) -> bool {
        true
    }
    fn documents(&self, bytes: Vec<u8>, _options: &IngestOptions) -> Result<Parsed, SourceProblem> {
        check_text(&bytes)?;
        Ok(Entry::whole(Format::Text, bytes).into())
    }
}

impl Source for HtmlSource {
    fn name(&self) -> &'static str {
        "html"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["html", "htm", "xhtml"]
    }
    fn sniff(&self, head: &[u8]) -> bool {
        looks_like_html(head)
    }
    fn documents(&self, bytes: Vec<u8>, _options: &IngestOptions) -> Result<Parsed, SourceProblem> {
        check_text(&bytes)?;
        Ok(Entry::whole(Format::Html, bytes).into())
    }
}

/// Every source, most specific first: sniffing takes the first that says
/// yes, so the catch-all [`TextSource`] comes last, and feeds (whose items
/// often hold HTML) come before HTML.
pub fn sources() -> &'static [&'static dyn Source] {
    &[
        &WarcSource,
        &FeedSource,
        &JsonlSource,
        &HtmlSource,
        &TextSource,
    ]
}

/// The source that claims a file-name extension (case-insensitive).
pub fn by_extension(ext: &str) -> Option<&'static dyn Source> {
    let ext = ext.to_ascii_lowercase();
    sources()
        .iter()
        .copied()
        .find(|s| s.extensions().contains(&ext.as_str()))
}

/// The first source whose sniffer accepts `head`.
pub fn by_content(head: &[u8]) -> &'static dyn Source {
    sources()
        .iter()
        .copied()
        .find(|s| s.sniff(head))
        .unwrap_or(&TextSource)
}

/// How many leading bytes the binary test and sniffers look at.
pub const HEAD_LEN: usize = 8 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Refuse bytes that are binary or hold no text.
pub fn check_text(bytes: &[u8]) -> Result<(), SourceProblem> {
    if is_binary(bytes) {
        return Err(SourceProblem::Binary);
    }
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(SourceProblem::Empty);
    }
    Ok(())
}

/// True if the first [`HEAD_LEN`] bytes hold a NUL byte or more than 10%
/// control characters other than tab, newline, carriage return and form
/// feed. UTF-16 text (which is full of NULs) is recognised by its byte-order
/// mark and let through: the extract stage decodes it.
pub fn is_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return false;
    }
    let head = &bytes[..bytes.len().min(HEAD_LEN)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    // Integer form of controls / len > 0.10.
    !head.is_empty() && controls * 10 > head.len()
}

/// True if `head` starts (after a BOM, whitespace and comments) like an
/// HTML document or fragment.
pub fn looks_like_html(head: &[u8]) -> bool {
    let head = &head[..head.len().min(HEAD_LEN)];
    let head = head.strip_prefix(UTF8_BOM).unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let rest = &head[start..];
    if rest.first() != Some(&b'<') {
        return false;
    }
    let window = rest[..rest.len().min(1024)].to_ascii_lowercase();
    const MARKERS: &[&[u8]] = &[
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
        b"<article",
        b"<div",
        b"<p>",
        b"<p ",
    ];
    MARKERS
        .iter()
        .any(|m| window.windows(m.len()).any(|w| w == *m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_pick_sources() {
        assert_eq!(by_extension("HTML").map(|s| s.name()), Some("html"));
        assert_eq!(by_extension("xhtml").map(|s| s.name()), Some("html"));
        assert_eq!(by_extension("md").map(|s| s.name()), Some("text"));
        assert_eq!(by_extension("warc").map(|s| s.name()), Some("warc"));
        assert_eq!(by_extension("ndjson").map(|s| s.name()), Some("jsonl"));
        assert_eq!(by_extension("rss").map(|s| s.name()), Some("feed"));
        assert!(by_extension("pdf").is_none());
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_html(b"\xEF\xBB\xBF  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<html lang=en><body>x</body></html>"));
        assert!(looks_like_html(b"<!-- saved page -->\n<HTML>"));
        assert!(!looks_like_html(b"Plain words <html> later"));
        assert!(!looks_like_html(b"<3 love letters"));
        assert_eq!(by_content(b"hello").name(), "text");
        assert_eq!(by_content(b"<html></html>").name(), "html");
        assert_eq!(
            by_content(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n").name(),
            "warc"
        );
        assert_eq!(by_content(b"{\"url\": \"x\"}\n").name(), "jsonl");
        assert_eq!(
            by_content(
                b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><description>&lt;p&gt;"
            )
            .name(),
            "feed"
        );
        assert_eq!(
            by_content(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">").name(),
            "feed"
        );
    }

    #[test]
    fn binary_detection() {
        assert!(is_binary(b"PK\x03\x04\x00\x00zip"));
        assert!(is_binary(&[
            0x01, 0x02, 0x03, b'a', b'b', 0x05, 0x06, b'c', 0x11, 0x12
        ]));
        assert!(!is_binary(b"Ordinary text.\r\n\tIndented.\x0c"));
        // windows-1252 bytes are not control characters.
        assert!(!is_binary(b"caf\xe9 \x93quoted\x94"));
        // UTF-16 with a BOM is text for the extract stage to decode.
        assert!(!is_binary(b"\xFF\xFEh\x00i\x00"));
        // Only the head is inspected.
        let mut late = vec![b'a'; HEAD_LEN];
        late.push(0);
        assert!(!is_binary(&late));
    }

    #[test]
    fn empty_and_whitespace() {
        assert_eq!(check_text(b""), Err(SourceProblem::Empty));
        assert_eq!(check_text(b" \n\t\r\n"), Err(SourceProblem::Empty));
        assert_eq!(check_text(b"\xEF\xBB\xBF\n"), Err(SourceProblem::Empty));
        assert_eq!(check_text(b"\0\0"), Err(SourceProblem::Binary));
        assert_eq!(check_text(b" x "), Ok(()));
    }
}
