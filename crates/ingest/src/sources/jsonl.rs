//! JSON Lines: one article per line, as scrapers and datasets write them.
//! Known fields: `url`, `title`, `text` or `html`, `published`, `source`
//! (the outlet); every other field is kept in [`Hints::extra`]. A line that
//! does not parse is reported with its line number; the other lines are read.

use std::io::{BufRead, Read};

use serde_json::{Map, Value};

use super::record_name;
use crate::error::Location;
use crate::hints::clean;
use crate::source::{
    collect, is_binary, Entry, Item, Parsed, RecordProblem, Source, SourceProblem, HEAD_LEN,
};
use crate::{Format, Hints, IngestOptions};

/// JSON Lines (`.jsonl`, `.ndjson`): one JSON object per line.
pub struct JsonlSource;

/// Fields with a meaning; the rest go to `extra`.
const KNOWN: [&str; 6] = ["url", "title", "text", "html", "published", "source"];

impl Source for JsonlSource {
    fn name(&self) -> &'static str {
        "jsonl"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["jsonl", "ndjson"]
    }
    /// The first non-blank line is a JSON object (a pretty-printed JSON
    /// document would fail this, as it should: it is not JSON Lines).
    fn sniff(&self, head: &[u8]) -> bool {
        let head = &head[..head.len().min(HEAD_LEN)];
        let Some(line) = head
            .split(|&b| b == b'\n')
            .map(trim)
            .find(|l| !l.is_empty())
        else {
            return false;
        };
        line.starts_with(b"{") && serde_json::from_slice::<Map<String, Value>>(line).is_ok()
    }
    fn documents(&self, bytes: Vec<u8>, options: &IngestOptions) -> Result<Parsed, SourceProblem> {
        collect(&bytes, |reader, sink| self.stream(reader, options, sink))
    }
    /// Line by line: memory holds one line (at most `max_bytes`; a longer
    /// one is skipped unread and reported).
    fn stream(
        &self,
        reader: &mut dyn BufRead,
        options: &IngestOptions,
        sink: &mut dyn FnMut(Item),
    ) -> Result<(), SourceProblem> {
        match reader.fill_buf() {
            Ok(head) if is_binary(head) => return Err(SourceProblem::Binary),
            Ok(_) => {}
            Err(e) => return Err(SourceProblem::Malformed(format!("cannot read: {e}"))),
        }
        let mut found = false;
        let mut offset = 0u64;
        let mut line = Vec::new();
        for number in 1u64.. {
            let at = Location::Line {
                line: number,
                offset,
            };
            line.clear();
            let read = match read_line(reader, &mut line, options.max_bytes) {
                Ok(r) => r,
                Err(e) => {
                    sink(Item::Problem(RecordProblem {
                        at,
                        message: format!("cannot read further ({e}); the lines before were kept"),
                    }));
                    return Ok(());
                }
            };
            if read.consumed == 0 {
                break;
            }
            offset += read.consumed;
            if let Some(length) = read.oversized {
                found = true;
                let message = format!(
                    "line is {length} bytes; the limit is {} bytes",
                    options.max_bytes
                );
                sink(Item::Problem(RecordProblem { at, message }));
                continue;
            }
            let content = trim(&line);
            if content.is_empty() {
                continue;
            }
            found = true;
            sink(match record(content, options.max_bytes) {
                Ok((format, text, hints)) => Item::Entry(Entry {
                    name: Some(record_name(number)),
                    format,
                    bytes: text.into_bytes(),
                    hints,
                }),
                Err(message) => Item::Problem(RecordProblem { at, message }),
            });
        }
        if found {
            Ok(())
        } else {
            Err(SourceProblem::Empty)
        }
    }
    fn streams(&self) -> bool {
        true
    }
    fn is_container(&self) -> bool {
        true
    }
}

/// What [`read_line`] did.
struct LineRead {
    /// Bytes consumed, newline included (0 at the end of the input).
    consumed: u64,
    /// The line's length without its newline, when it was over the limit
    /// (then `line` holds only its start).
    oversized: Option<u64>,
}

/// Read one line into `line`, keeping at most `max_bytes + 2` bytes of it
/// (room for CR LF); the rest of a longer line is consumed, counted and dropped.
fn read_line(
    reader: &mut dyn BufRead,
    line: &mut Vec<u8>,
    max_bytes: u64,
) -> std::io::Result<LineRead> {
    let kept = reader
        .take(max_bytes.saturating_add(2))
        .read_until(b'\n', line)? as u64;
    if kept == 0 || line.ends_with(b"\n") {
        return Ok(LineRead {
            consumed: kept,
            oversized: None,
        });
    }
    let mut length = kept;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                length += i as u64;
                return Ok(LineRead {
                    consumed: length + 1,
                    oversized: Some(length),
                });
            }
            None => {
                let n = buf.len();
                reader.consume(n);
                length += n as u64;
            }
        }
    }
    // The input ended without a newline. If nothing followed what was
    // kept, the line is whole (and [`record`] checks its length).
    Ok(LineRead {
        consumed: length,
        oversized: (length > kept).then_some(length),
    })
}

/// One line → format, document text and hints, or why not.
fn record(line: &[u8], max_bytes: u64) -> Result<(Format, String, Hints), String> {
    if line.len() as u64 > max_bytes {
        return Err(format!(
            "line is {} bytes; the limit is {max_bytes} bytes",
            line.len()
        ));
    }
    let mut object: Map<String, Value> = match serde_json::from_slice::<Value>(line) {
        Ok(Value::Object(o)) => o,
        Ok(other) => return Err(format!("not a JSON object (a {})", kind(&other))),
        Err(e) => return Err(format!("invalid JSON: {e}")),
    };
    let mut field = |name: &str| -> Result<Option<String>, String> {
        match object.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(format!(
                "field `{name}` should be a string, not a {}",
                kind(&other)
            )),
        }
    };
    let [url, title, text, html, published, source] = KNOWN.map(&mut field);
    let (url, title, text, html, published, source) =
        (url?, title?, text?, html?, published?, source?);
    // A producer's own text beats re-extracting its HTML.
    let (format, body) = match (
        text.filter(|t| !t.trim().is_empty()),
        html.filter(|h| !h.trim().is_empty()),
    ) {
        (Some(t), _) => (Format::Text, t),
        (None, Some(h)) => (Format::Html, h),
        (None, None) => return Err("no `text` or `html` field with content".to_string()),
    };
    let hints = Hints {
        url: clean(url.as_deref()),
        title: clean(title.as_deref()),
        published: clean(published.as_deref()),
        site: clean(source.as_deref()),
        extra: object.into_iter().collect(),
        ..Hints::default()
    };
    Ok((format, body, hints))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn trim(line: &[u8]) -> &[u8] {
    line.trim_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Parsed {
        JsonlSource
            .documents(s.as_bytes().to_vec(), &IngestOptions::default())
            .expect("parses")
    }

    #[test]
    fn fields_hints_and_extra() {
        let p = parse(concat!(
            r#"{"url":"https://ex.org/a","title":" Dam holds ","text":"The dam held.","published":"2024-05-01","source":"Ex","lang":"en","n":3}"#,
            "\n\n",
            r#"{"html":"<p>Second</p>","title":null}"#,
            "\n"
        ));
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        assert_eq!(p.entries.len(), 2);
        let a = &p.entries[0];
        assert_eq!(a.name.as_deref(), Some("#1"));
        assert_eq!(a.format, Format::Text);
        assert_eq!(a.bytes, b"The dam held.");
        assert_eq!(a.hints.url.as_deref(), Some("https://ex.org/a"));
        assert_eq!(a.hints.title.as_deref(), Some("Dam holds"));
        assert_eq!(a.hints.published.as_deref(), Some("2024-05-01"));
        assert_eq!(a.hints.site.as_deref(), Some("Ex"));
        assert_eq!(a.hints.extra.get("lang"), Some(&Value::from("en")));
        assert_eq!(a.hints.extra.get("n"), Some(&Value::from(3)));
        let b = &p.entries[1];
        assert_eq!(b.name.as_deref(), Some("#3"), "ids follow line numbers");
        assert_eq!(b.format, Format::Html);
    }

    #[test]
    fn bad_lines_are_reported_by_line_and_offset() {
        let p = parse(
            "{\"text\":\"ok\"}\n{\"text\": \"cut\n[1,2]\n{\"title\":\"no body\"}\n{\"text\":5}\n",
        );
        assert_eq!(p.entries.len(), 1);
        let at: Vec<Location> = p.problems.iter().map(|q| q.at).collect();
        assert_eq!(
            at,
            [
                Location::Line {
                    line: 2,
                    offset: 14
                },
                Location::Line {
                    line: 3,
                    offset: 28
                },
                Location::Line {
                    line: 4,
                    offset: 34
                },
                Location::Line {
                    line: 5,
                    offset: 54
                },
            ]
        );
        assert!(
            p.problems[0].message.starts_with("invalid JSON"),
            "{}",
            p.problems[0].message
        );
        assert_eq!(p.problems[1].message, "not a JSON object (a array)");
        assert_eq!(
            p.problems[2].message,
            "no `text` or `html` field with content"
        );
        assert_eq!(
            p.problems[3].message,
            "field `text` should be a string, not a number"
        );
    }

    #[test]
    fn oversized_line_is_refused_without_parsing() {
        let line = format!("{{\"text\":\"{}\"}}\n", "x".repeat(100));
        let p = JsonlSource
            .documents(
                line.into_bytes(),
                &IngestOptions {
                    max_bytes: 50,
                    ..IngestOptions::default()
                },
            )
            .expect("parses");
        assert!(p.entries.is_empty());
        assert!(p.problems[0].message.contains("the limit is 50 bytes"));
    }

    #[test]
    fn sniffing() {
        assert!(JsonlSource.sniff(b"\n{\"a\":1}\n{\"b\""));
        assert!(!JsonlSource.sniff(b"{\n  \"a\": 1\n}"));
        assert!(!JsonlSource.sniff(b"plain"));
    }
}
