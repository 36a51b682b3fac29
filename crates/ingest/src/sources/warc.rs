//! WARC (ISO 28500) archives, as crawlers and Common Crawl's CC-NEWS write
//! them. Every `response` record whose HTTP body is HTML (and every
//! `resource` record of type HTML) becomes a document; request, metadata and
//! warcinfo records, non-HTML bodies and non-2xx responses are skipped
//! silently, since they are not articles.
//!
//! Read as a stream, one record at a time, so a multi-gigabyte crawl file
//! costs one record of memory. Parsed by hand rather than with the `warc`
//! crate: record-level control is what bad input needs here — a corrupt
//! record is reported with its number and byte offset and the reader
//! resynchronises on the next `WARC/` line; an oversized one is skipped by
//! its length without being copied; a truncated one at the end, or a read
//! error (corrupt gzip), is reported and the records before it are kept.
//! Gzip (`.warc.gz`) is undone before this, by the caller.

use std::io::{self, BufRead, Read};

use super::http;
use super::record_name;
use crate::error::Location;
use crate::hints::{charset_param, clean};
use crate::source::{
    collect, is_binary, Entry, Item, Parsed, RecordProblem, Source, SourceProblem,
};
use crate::{Format, Hints, IngestOptions};

/// WARC archives (`.warc`; `.warc.gz` once decompressed).
pub struct WarcSource;

/// A header block longer than this is not a WARC header.
const MAX_HEADER: u64 = 64 * 1024;

impl Source for WarcSource {
    fn name(&self) -> &'static str {
        "warc"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["warc", "arc"]
    }
    fn sniff(&self, head: &[u8]) -> bool {
        head.trim_ascii_start().starts_with(b"WARC/")
    }
    fn documents(&self, bytes: Vec<u8>, options: &IngestOptions) -> Result<Parsed, SourceProblem> {
        collect(&bytes, |reader, sink| self.stream(reader, options, sink))
    }
    fn stream(
        &self,
        reader: &mut dyn BufRead,
        options: &IngestOptions,
        sink: &mut dyn FnMut(Item),
    ) -> Result<(), SourceProblem> {
        let mut records = Records {
            inner: reader,
            pos: 0,
            pending: None,
        };
        match records.skip_whitespace() {
            Ok(true) => {}
            Ok(false) => return Err(SourceProblem::Empty),
            Err(e) => return Err(SourceProblem::Malformed(read_failed(&e))),
        }
        match records.line(MAX_HEADER) {
            Ok(first) if first.1.starts_with(b"WARC/") => records.pending = Some(first),
            Ok(_) => {
                return Err(SourceProblem::Malformed(
                    "not a WARC file (it does not start with `WARC/`)".into(),
                ))
            }
            Err(e) => return Err(SourceProblem::Malformed(read_failed(&e))),
        }
        let mut number = 0u64;
        loop {
            // Records are separated by CRLF CRLF; tolerate any whitespace.
            let more = records.skip_whitespace();
            let at = Location::Record {
                number: number + 1,
                offset: records.record_start(),
            };
            let problem = move |message: String| Item::Problem(RecordProblem { at, message });
            match more {
                Ok(true) => number += 1,
                Ok(false) => break,
                Err(e) => {
                    sink(problem(read_failed(&e)));
                    break;
                }
            }
            match records.next(options.max_bytes) {
                Step::Record(Ok(Some(mut entry))) => {
                    entry.name = Some(record_name(number));
                    sink(Item::Entry(*entry));
                }
                Step::Record(Ok(None)) => {}
                Step::Record(Err(message)) => sink(problem(message)),
                Step::Resync(message) => {
                    sink(problem(message));
                    match records.resync() {
                        Ok(true) => {}
                        Ok(false) => break,
                        Err(e) => {
                            sink(problem(read_failed(&e)));
                            break;
                        }
                    }
                }
                Step::Stop(message) => {
                    sink(problem(message));
                    break;
                }
            }
        }
        Ok(())
    }
    fn streams(&self) -> bool {
        true
    }
    fn is_container(&self) -> bool {
        true
    }
}

fn read_failed(e: &io::Error) -> String {
    format!("cannot read further ({e}); the records before this point were kept")
}

/// What to do after looking at the bytes where a record should start.
enum Step {
    /// A complete record: a document, nothing, or a problem.
    Record(Result<Option<Box<Entry>>, String>),
    /// The header is unusable: report and search for the next record.
    Resync(String),
    /// The input ends (or cannot be read) inside this record: report and stop.
    Stop(String),
}

/// The record framing over a byte stream, counting the offset.
struct Records<'a> {
    inner: &'a mut dyn BufRead,
    /// Bytes consumed from `inner`.
    pos: u64,
    /// A line already read (with its offset) that starts the next record.
    pending: Option<(u64, Vec<u8>)>,
}

impl Records<'_> {
    /// Where the next record starts.
    fn record_start(&self) -> u64 {
        self.pending.as_ref().map_or(self.pos, |p| p.0)
    }

    /// Skip whitespace; false at the end of the input.
    fn skip_whitespace(&mut self) -> io::Result<bool> {
        if self.pending.is_some() {
            return Ok(true);
        }
        loop {
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                return Ok(false);
            }
            let n = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
            let all = n == buf.len();
            self.inner.consume(n);
            self.pos += n as u64;
            if !all {
                return Ok(true);
            }
        }
    }

    /// The next line with its offset, at most `cap` bytes of it (empty at
    /// the end of the input).
    fn line(&mut self, cap: u64) -> io::Result<(u64, Vec<u8>)> {
        if let Some(p) = self.pending.take() {
            return Ok(p);
        }
        let start = self.pos;
        let mut line = Vec::new();
        (&mut *self.inner).take(cap).read_until(b'\n', &mut line)?;
        self.pos += line.len() as u64;
        Ok((start, line))
    }

    /// Skip to the next line that starts with `WARC/`; false if none.
    fn resync(&mut self) -> io::Result<bool> {
        loop {
            let line = self.line(MAX_HEADER)?;
            if line.1.is_empty() {
                return Ok(false);
            }
            if line.1.starts_with(b"WARC/") {
                self.pending = Some(line);
                return Ok(true);
            }
        }
    }

    fn next(&mut self, max_bytes: u64) -> Step {
        self.read_record(max_bytes)
            .unwrap_or_else(|e| Step::Stop(read_failed(&e)))
    }

    fn read_record(&mut self, max_bytes: u64) -> io::Result<Step> {
        let (_, mut head) = self.line(MAX_HEADER)?;
        if !head.starts_with(b"WARC/") {
            return Ok(Step::Resync(
                "expected a record starting with `WARC/` (corrupt data)".into(),
            ));
        }
        loop {
            if head.len() as u64 >= MAX_HEADER {
                return Ok(Step::Resync(format!(
                    "header longer than {MAX_HEADER} bytes (corrupt data)"
                )));
            }
            let (_, line) = self.line(MAX_HEADER - head.len() as u64)?;
            if line.is_empty() {
                return Ok(Step::Stop(
                    "truncated: the file ends inside the record's header".into(),
                ));
            }
            if line == b"\r\n" || line == b"\n" {
                break;
            }
            head.extend_from_slice(&line);
        }
        let head = String::from_utf8_lossy(&head);
        let headers: Vec<(&str, &str)> = head
            .lines()
            .skip(1)
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim(), v.trim()))
            .collect();
        let get = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| *v)
        };
        let Some(length) = get("Content-Length").and_then(|v| v.parse::<u64>().ok()) else {
            return Ok(Step::Resync("missing or invalid Content-Length".into()));
        };
        let truncated = |available: u64| {
            Step::Stop(format!("truncated: the record declares {length} content bytes but the file ends after {available}"))
        };
        if length > max_bytes {
            // Skipped by its length, never copied into memory.
            let skipped = io::copy(&mut (&mut *self.inner).take(length), &mut io::sink())?;
            self.pos += skipped;
            if skipped < length {
                return Ok(truncated(skipped));
            }
            return Ok(Step::Record(Err(format!(
                "record content is {length} bytes; the limit is {max_bytes} bytes (skipped)"
            ))));
        }
        let mut block = Vec::with_capacity(length as usize);
        (&mut *self.inner).take(length).read_to_end(&mut block)?;
        self.pos += block.len() as u64;
        if (block.len() as u64) < length {
            return Ok(truncated(block.len() as u64));
        }
        Ok(Step::Record(interpret(&get, &block, max_bytes)))
    }
}

/// A complete record → a document, if it is an HTML page.
fn interpret<'h>(
    get: &dyn Fn(&str) -> Option<&'h str>,
    block: &[u8],
    max_bytes: u64,
) -> Result<Option<Box<Entry>>, String> {
    let kind = get("WARC-Type").unwrap_or_default().to_ascii_lowercase();
    let content_type = get("Content-Type").unwrap_or_default().to_ascii_lowercase();
    // WARC 1.0 wrote the URI bare; some 1.1 writers wrap it in <>.
    let url =
        clean(get("WARC-Target-URI").map(|u| u.trim_start_matches('<').trim_end_matches('>')));
    let mut hints = Hints {
        url,
        ..Hints::default()
    };
    for (field, key) in [
        ("WARC-Record-ID", "warc_record_id"),
        ("WARC-Date", "warc_date"),
    ] {
        if let Some(v) = get(field) {
            hints.extra.insert(key.to_string(), v.into());
        }
    }
    match kind.as_str() {
        "response" if content_type.starts_with("application/http") => {
            response(block, max_bytes, hints)
        }
        "resource" if is_html_type(&content_type) => {
            hints.charset = charset_param(&content_type);
            html_entry(block.to_vec(), hints)
        }
        _ => Ok(None),
    }
}

/// An HTTP response record → an HTML document, if it is a successful HTML one.
fn response(block: &[u8], max_bytes: u64, mut hints: Hints) -> Result<Option<Box<Entry>>, String> {
    let resp = http::parse(block)?;
    if !(200..300).contains(&resp.status) {
        return Ok(None);
    }
    let content_type = resp
        .header("content-type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    // No Content-Type: servers that omit it for pages exist; the binary
    // check below catches the rest.
    if !content_type.is_empty() && !is_html_type(&content_type) {
        return Ok(None);
    }
    hints.charset = charset_param(&content_type);
    html_entry(resp.decoded_body(max_bytes)?, hints)
}

fn html_entry(body: Vec<u8>, hints: Hints) -> Result<Option<Box<Entry>>, String> {
    if body.trim_ascii().is_empty() {
        return Err("HTML response with an empty body".into());
    }
    if is_binary(&body) {
        return Err("the body declared as HTML is binary".into());
    }
    Ok(Some(Box::new(Entry {
        name: None,
        format: Format::Html,
        bytes: body,
        hints,
    })))
}

fn is_html_type(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or_default().trim();
    mime == "text/html" || mime == "application/xhtml+xml"
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// One WARC record with a correct Content-Length.
    pub fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:{kind}-{}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len(),
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    pub fn http_response(content_type: &str, body: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        r.extend_from_slice(body);
        r
    }

    fn parse(bytes: Vec<u8>, max_bytes: u64) -> Parsed {
        WarcSource
            .documents(
                bytes,
                &IngestOptions {
                    max_bytes,
                    ..IngestOptions::default()
                },
            )
            .expect("a WARC")
    }

    #[test]
    fn responses_become_documents_with_url_and_charset() {
        let mut w = record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: test\r\n",
        );
        w.extend(record(
            "request",
            "http://ex.org/a",
            "application/http; msgtype=request",
            b"GET /a HTTP/1.1\r\n\r\n",
        ));
        w.extend(record(
            "response",
            "<http://ex.org/a>",
            "application/http; msgtype=response",
            &http_response(
                "text/html; charset=ISO-8859-1",
                b"<html><p>caf\xe9</p></html>",
            ),
        ));
        w.extend(record(
            "response",
            "http://ex.org/logo.png",
            "application/http",
            &http_response("image/png", b"\x89PNG"),
        ));
        let p = parse(w, 1 << 20);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        assert_eq!(p.entries.len(), 1);
        let e = &p.entries[0];
        assert_eq!(e.name.as_deref(), Some("#3"));
        assert_eq!(e.format, Format::Html);
        assert_eq!(e.bytes, b"<html><p>caf\xe9</p></html>");
        assert_eq!(e.hints.url.as_deref(), Some("http://ex.org/a"));
        assert_eq!(e.hints.charset.as_deref(), Some("iso-8859-1"));
        assert!(e.hints.extra.contains_key("warc_record_id"));
    }

    #[test]
    fn truncated_last_record_keeps_the_rest() {
        let good = record(
            "response",
            "http://ex.org/1",
            "application/http",
            &http_response("text/html", b"<p>one</p>"),
        );
        let mut w = good.clone();
        let cut = record(
            "response",
            "http://ex.org/2",
            "application/http",
            &http_response("text/html", b"<p>two two two</p>"),
        );
        w.extend_from_slice(&cut[..cut.len() - 12]);
        let p = parse(w, 1 << 20);
        assert_eq!(p.entries.len(), 1);
        assert_eq!(p.problems.len(), 1);
        assert_eq!(
            p.problems[0].at,
            Location::Record {
                number: 2,
                offset: good.len() as u64
            }
        );
        assert!(
            p.problems[0].message.starts_with("truncated"),
            "{}",
            p.problems[0].message
        );
    }

    #[test]
    fn corrupt_header_resyncs_and_oversized_is_skipped() {
        let mut w =
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nzzz\r\n\r\n".to_vec();
        w.extend(record(
            "response",
            "http://ex.org/big",
            "application/http",
            &http_response("text/html", &[b'x'; 500]),
        ));
        w.extend(record(
            "response",
            "http://ex.org/ok",
            "application/http",
            &http_response("text/html", b"<p>ok</p>"),
        ));
        let p = parse(w, 200);
        assert_eq!(p.entries.len(), 1);
        assert_eq!(p.entries[0].hints.url.as_deref(), Some("http://ex.org/ok"));
        assert_eq!(p.entries[0].name.as_deref(), Some("#3"));
        let msgs: Vec<&str> = p.problems.iter().map(|q| q.message.as_str()).collect();
        assert_eq!(msgs.len(), 2, "{msgs:?}");
        assert_eq!(msgs[0], "missing or invalid Content-Length");
        assert!(msgs[1].contains("the limit is 200 bytes"), "{}", msgs[1]);
    }

    #[test]
    fn binary_body_is_a_record_problem() {
        let w = record(
            "response",
            "http://ex.org/b",
            "application/http",
            &http_response("text/html", b"\x00\x01\x02\x03binary"),
        );
        let p = parse(w, 1 << 20);
        assert!(p.entries.is_empty());
        assert_eq!(p.problems[0].message, "the body declared as HTML is binary");
    }
}
