//! `crosscheck extract`: article text and metadata from HTML, WARC(.gz),
//! JSON Lines, RSS/Atom or text, one record per document — what
//! trafilatura's command line does, through crosscheck's own ingest and
//! extract stages (so `check` reads exactly what this prints).
//!
//! The printed `text` is the article body: the headline the extract stage
//! puts on the first line is given as `title` instead, and lines marked as
//! page noise (share rows, comment widgets, …) are left out.
use std::io::Write;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use crosscheck_ingest::{IngestOptions, RawDocument};
use crosscheck_model::Document;
use serde_json::{json, Map, Value};

use crate::exit;

/// Flags of `extract`.
#[derive(clap::Args)]
pub struct Args {
    /// Files (.html, .txt, .jsonl, .warc, .warc.gz, .rss, .atom, any of them
    /// .gz), directories (read recursively), or - for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format: `json` (one array), `jsonl` (one object a line),
    /// `text` (the article text), `markdown` (title heading, metadata, text).
    #[arg(long, short, value_enum, default_value_t = OutFormat::Text)]
    format: OutFormat,
    /// Refuse documents (a file, or one record of a WARC/JSONL/feed) larger than this many bytes.
    #[arg(long, default_value_t = 20 * 1024 * 1024)]
    max_bytes: u64,
    /// Refuse container files read whole (feeds) larger than this many bytes,
    /// and stop decompressing such a .gz file here (records before the cut
    /// are kept). WARC and JSONL files stream and have no size limit.
    #[arg(long, default_value_t = 1024 * 1024 * 1024)]
    max_container_bytes: u64,
    /// Stop decompressing a streamed .gz file (WARC, JSONL) at this many
    /// times its compressed size, or at --max-container-bytes if that is
    /// larger: a gzip bomb's guard (records before the cut are kept).
    #[arg(long, default_value_t = 100)]
    max_inflation: u64,
    /// Print to stderr how many documents and bytes were extracted and how
    /// fast (extraction only, single thread; reading files excluded).
    #[arg(long)]
    stats: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum OutFormat {
    Json,
    Jsonl,
    Text,
    Markdown,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let options = IngestOptions {
        max_bytes: args.max_bytes,
        max_container_bytes: args.max_container_bytes,
        max_inflation: args.max_inflation,
    };
    let mut failures = 0usize;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut written = Ok(());
    let (mut docs, mut bytes, mut seconds) = (0usize, 0usize, 0f64);
    let mut json_items = Vec::new();
    // One input file (or one batch of a streamed container's records) at a
    // time: its pages are extracted and written before more is read, so
    // memory holds one file or batch, not the whole input.
    crosscheck_ingest::visit_paths(&args.paths, &options, |batch| {
        for e in &batch.errors {
            eprintln!("crosscheck: error: {e}");
            failures += 1;
        }
        for raw in batch.documents.drain(..) {
            let started = Instant::now();
            let result = crosscheck_extract::extract(&raw);
            seconds += started.elapsed().as_secs_f64();
            bytes += raw.bytes.len();
            let doc = match result {
                Ok(doc) => doc,
                Err(e) => {
                    // The error names the path already; a record of an
                    // archive or feed is named by its id as well.
                    if raw.id.as_str().contains('#') {
                        eprintln!("crosscheck: error: {}: {e}", raw.id);
                    } else {
                        eprintln!("crosscheck: error: {e}");
                    }
                    failures += 1;
                    continue;
                }
            };
            for w in &doc.warnings {
                eprintln!("crosscheck: warning: {} ({}): {w}", doc.id, doc.path);
            }
            docs += 1;
            let record = Record::new(&raw, &doc);
            if written.is_err() {
                continue;
            }
            written = match args.format {
                OutFormat::Json => {
                    json_items.push(record.to_json());
                    Ok(())
                }
                OutFormat::Jsonl => serde_json::to_writer(&mut out, &record.to_json())
                    .map_err(std::io::Error::from)
                    .and_then(|_| out.write_all(b"\n")),
                OutFormat::Text => record.write_text(&mut out, docs == 1),
                OutFormat::Markdown => record.write_markdown(&mut out, docs == 1),
            };
        }
        // A failed write (closed pipe) stops reading too.
        if written.is_err() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    if args.format == OutFormat::Json && written.is_ok() {
        written = serde_json::to_writer_pretty(&mut out, &json_items)
            .map_err(std::io::Error::from)
            .and_then(|_| out.write_all(b"\n"));
    }
    exit::on_write(written.and_then(|_| out.flush()))?;
    if args.stats {
        let mb = bytes as f64 / 1e6;
        eprintln!(
            "crosscheck: extracted {docs} documents ({mb:.1} MB of input) in {seconds:.3} s: {:.1} documents/s, {:.2} MB/s (single thread, extraction only)",
            docs as f64 / seconds.max(1e-9),
            mb / seconds.max(1e-9)
        );
    }
    Ok(if docs == 0 {
        eprintln!("crosscheck: no usable input");
        ExitCode::from(exit::FAILURE)
    } else if failures > 0 {
        eprintln!("crosscheck: {failures} input(s) or record(s) skipped; see the errors above");
        ExitCode::from(exit::PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}

/// One document as printed.
struct Record<'a> {
    doc: &'a Document,
    raw: &'a RawDocument,
    /// Article body: without the headline line and without noise lines.
    body: String,
}

impl<'a> Record<'a> {
    fn new(raw: &'a RawDocument, doc: &'a Document) -> Self {
        Record {
            doc,
            raw,
            body: body_text(doc),
        }
    }

    fn to_json(&self) -> Value {
        let d = self.doc;
        let mut o = Map::new();
        o.insert("id".into(), json!(d.id));
        o.insert("path".into(), json!(d.path));
        o.insert("url".into(), json!(d.meta.url));
        o.insert("title".into(), json!(d.title));
        o.insert("authors".into(), json!(d.meta.authors));
        o.insert("published".into(), json!(d.published));
        o.insert("modified".into(), json!(d.meta.modified));
        o.insert("site".into(), json!(d.meta.site));
        o.insert("language".into(), json!(d.meta.language));
        o.insert("text".into(), json!(self.body));
        if !self.raw.hints.extra.is_empty() {
            o.insert("extra".into(), json!(self.raw.hints.extra));
        }
        if !d.warnings.is_empty() {
            o.insert("warnings".into(), json!(d.warnings));
        }
        Value::Object(o)
    }

    /// The text alone; several documents are separated by a header line
    /// naming each (as `head` does with several files).
    fn write_text(&self, out: &mut impl Write, first: bool) -> std::io::Result<()> {
        if !first {
            out.write_all(b"\n")?;
        }
        writeln!(out, "==> {} <==", self.source())?;
        writeln!(out, "{}", self.body)
    }

    fn write_markdown(&self, out: &mut impl Write, first: bool) -> std::io::Result<()> {
        let d = self.doc;
        if !first {
            out.write_all(b"\n---\n\n")?;
        }
        writeln!(out, "# {}\n", d.title.as_deref().unwrap_or(d.id.as_str()))?;
        let mut facts = vec![
            format!("id: {}", d.id),
            format!("source: {}", self.source()),
        ];
        if let Some(site) = &d.meta.site {
            facts.push(format!("site: {site}"));
        }
        if !d.meta.authors.is_empty() {
            facts.push(format!("by {}", d.meta.authors.join(", ")));
        }
        if let Some(p) = &d.published {
            facts.push(format!("published {p}"));
        }
        if let Some(m) = &d.meta.modified {
            facts.push(format!("modified {m}"));
        }
        if let Some(l) = &d.meta.language {
            facts.push(format!("language: {l}"));
        }
        writeln!(out, "*{}*\n", facts.join(" · "))?;
        writeln!(out, "{}", self.body)
    }

    /// The URL when known, else the path (with the record id for containers).
    fn source(&self) -> String {
        match &self.doc.meta.url {
            Some(url) => url.clone(),
            None if self.doc.id.as_str().contains('#') => {
                format!("{} ({})", self.doc.path, self.doc.id)
            }
            None => self.doc.path.clone(),
        }
    }
}

/// The document text without noise lines and without a first line that
/// repeats the title (the extract stage prepends the headline to the text).
fn body_text(doc: &Document) -> String {
    let mut kept = String::with_capacity(doc.text.len());
    let mut last = 0;
    for r in &doc.removed {
        kept.push_str(&doc.text[last..r.span.start]);
        last = r.span.end;
    }
    kept.push_str(&doc.text[last..]);
    let lines: Vec<&str> = kept.lines().collect();
    let mut start = lines
        .iter()
        .position(|l| !l.trim().is_empty())
        .unwrap_or(lines.len());
    let repeats_title = doc.title.as_deref().is_some_and(|t| {
        lines
            .get(start)
            .is_some_and(|l| l.trim().eq_ignore_ascii_case(t.trim()))
    });
    if repeats_title {
        start += 1;
    }
    // Lines emptied by removed noise leave blank runs: collapse them.
    let mut body = String::with_capacity(kept.len());
    let mut blank = false;
    for line in &lines[start..] {
        if line.trim().is_empty() {
            blank = !body.is_empty();
            continue;
        }
        if !body.is_empty() {
            body.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        body.push_str(line);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{NoiseKind, Removed, Span};

    #[test]
    fn body_drops_headline_and_noise_lines() {
        let text =
            "Dam holds\n\nThe dam held overnight.\nShare on Facebook\n\n\nEngineers inspected it.";
        let mut doc = Document::from_text("d", "p", text);
        doc.title = Some("Dam holds".into());
        let start = text.find("Share").expect("present");
        doc.removed = vec![Removed {
            span: Span::new(start, start + "Share on Facebook".len()),
            kind: NoiseKind::SocialButtons,
        }];
        assert_eq!(
            body_text(&doc),
            "The dam held overnight.\n\nEngineers inspected it."
        );
        doc.title = Some("Other".into());
        assert!(body_text(&doc).starts_with("Dam holds\n\nThe dam"));
    }
}
