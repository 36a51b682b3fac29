//! Report: a finished check → text for a terminal, Markdown, JSON or HTML.
//!
//! The [`Report`] type is also the JSON wire format (described by
//! `schema/report.schema.json` at the repository root).
#![deny(missing_docs)]

use crosscheck_model::{Document, NoiseKind, Origin, Verdict};
use serde::Serialize;

// RENDERERS OWNED BY THE REPORT HELPER. The types below are fixed.

/// The result of one `check`: every document, its origins, the verdicts and
/// the inputs that could not be used.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Tool name and version, for provenance.
    pub generator: String,
    /// The documents checked.
    pub documents: Vec<DocumentReport>,
    /// Documents grouped by independent origin.
    pub origins: Vec<Origin>,
    /// Verdicts, most important first (contested, self-contradictions, timelines, corroborated, single-source).
    pub verdicts: Vec<Verdict>,
    /// Inputs that could not be used, or were used with a warning.
    pub problems: Vec<Problem>,
}

/// One document as the report shows it.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentReport {
    /// Stable id.
    pub id: String,
    /// Where it came from.
    pub path: String,
    /// Headline, if known.
    pub title: Option<String>,
    /// Publication time, ISO 8601, if known.
    pub published: Option<String>,
    /// The decoded text every offset points into.
    pub text: String,
    /// Page noise set aside, with the exact text.
    pub removed: Vec<RemovedText>,
}

/// A stretch of page noise, exactly as it stands in the text.
#[derive(Clone, Debug, Serialize)]
pub struct RemovedText {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Why it was set aside.
    pub kind: NoiseKind,
    /// Exactly `text[start..end]`.
    pub text: String,
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The input was used, with a caveat (lossy decoding).
    Warning,
    /// The input was skipped.
    Error,
}

/// A problem with one input.
#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    /// The path (or `-`).
    pub path: String,
    /// Warning or error.
    pub severity: Severity,
    /// What is wrong, in plain words.
    pub message: String,
}

impl DocumentReport {
    /// The report's view of a document.
    pub fn from_document(doc: &Document) -> Self {
        DocumentReport {
            id: doc.id.0.clone(),
            path: doc.path.clone(),
            title: doc.title.clone(),
            published: doc.published.clone(),
            text: doc.text.clone(),
            removed: doc
                .removed
                .iter()
                .map(|r| RemovedText {
                    start: r.span.start,
                    end: r.span.end,
                    kind: r.kind,
                    text: doc.slice(r.span).to_string(),
                })
                .collect(),
        }
    }
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text for a terminal (colour optional).
    Text,
    /// Markdown.
    Markdown,
    /// JSON per `schema/report.schema.json`.
    Json,
    /// A self-contained HTML page.
    Html,
}

/// Rendering switches.
#[derive(Clone, Copy, Debug, Default)]
pub struct RenderOptions {
    /// Use ANSI colour (text format only).
    pub color: bool,
}

/// Write the report in the given format.
pub fn render(
    report: &Report,
    format: Format,
    options: RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let _ = options;
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            writeln!(out)
        }
        _ => {
            for v in &report.verdicts {
                writeln!(out, "[{}] {} {}: {}", v.kind.name(), v.subject, v.attribute, v.explanation)?;
            }
            Ok(())
        }
    }
}

#[allow(dead_code)]
fn _uses(_: &Origin, _: &Verdict) {}
