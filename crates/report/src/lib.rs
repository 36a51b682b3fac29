//! Report: a finished check → text for a terminal, Markdown, JSON or HTML.
//!
//! The [`Report`] type is also the JSON wire format (described by
//! `schema/report.schema.json` at the repository root).
#![deny(missing_docs)]

use crosscheck_model::{Document, NoiseKind, Origin, Verdict};
use serde::{Deserialize, Serialize};

mod common;
mod html;
mod json;
mod markdown;
mod text;

/// The result of one `check`: every document, its origins, the verdicts and
/// the inputs that could not be used.
#[derive(Clone, Debug, Serialize, Deserialize)]
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
#[derive(Clone, Debug, Serialize, Deserialize)]
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
#[derive(Clone, Debug, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The input was used, with a caveat (lossy decoding).
    Warning,
    /// The input was skipped.
    Error,
}

/// A problem with one input.
#[derive(Clone, Debug, Serialize, Deserialize)]
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
    /// Print under each verdict the named rules that decided it (text
    /// format; JSON always carries them).
    pub explain: bool,
}

/// Write the report in the given format.
///
/// Text, Markdown and HTML are for people: long quotes are trimmed around
/// their value for display. JSON is for programs and carries every quote,
/// span and removed line exactly.
pub fn render(
    report: &Report,
    format: Format,
    options: RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Text => text::render(report, options, out),
        Format::Markdown => markdown::render(report, out),
        Format::Json => json::render(report, out),
        Format::Html => html::render(report, out),
    }
}

/// Render to a `String` (convenience for tests and embedding).
pub fn render_to_string(report: &Report, format: Format, options: RenderOptions) -> String {
    let mut buf = Vec::new();
    // Writing into a Vec cannot fail, and every renderer writes UTF-8.
    let _ = render(report, format, options, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}
