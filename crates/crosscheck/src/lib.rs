//! crosscheck as a library: run the pipeline
//! ingest → extract → analyze → cluster → reconcile → report
//! over files or in-memory documents.
//!
//! The CLI is a thin layer over [`check_paths`]; the eval harness calls
//! [`check_documents`] directly.
#![deny(missing_docs)]

use std::path::PathBuf;

pub use crosscheck_analyze::analyze;
pub use crosscheck_ingest::IngestOptions;
pub use crosscheck_model as model;
pub use crosscheck_report as report;

use crosscheck_model::Document;
use crosscheck_report::{DocumentReport, Problem, Report, Severity};

/// Run `check` over files, directories or `-`.
pub fn check_paths(paths: &[PathBuf], options: &IngestOptions) -> Report {
    let batch = crosscheck_ingest::read_paths(paths, options);
    let mut problems: Vec<Problem> = batch
        .errors
        .iter()
        .map(|e| {
            let path = e.path().display().to_string();
            let message = reason(&path, e.to_string());
            Problem {
                path,
                severity: Severity::Error,
                message,
            }
        })
        .collect();
    let mut docs = Vec::new();
    for raw in &batch.documents {
        match crosscheck_extract::extract(raw) {
            Ok(doc) => docs.push(doc),
            Err(e) => problems.push(Problem {
                path: raw.path.clone(),
                severity: Severity::Error,
                message: reason(&raw.path, e.to_string()),
            }),
        }
    }
    let mut report = check_documents(docs);
    report.problems.splice(0..0, problems);
    report
}

/// An error's message without the path it starts with: a [`Problem`] keeps
/// the path apart, and every report prints it before the message.
fn reason(path: &str, message: String) -> String {
    match message
        .strip_prefix(path)
        .and_then(|m| m.strip_prefix(": "))
    {
        Some(rest) => rest.to_string(),
        None => message,
    }
}

/// Reconcile a stored story: its analyses come from the store without the
/// sentence meanings (they are not stored), so these are recomputed from
/// the documents' text first, and the verdicts are those `check` gives.
pub fn reconcile_stored(
    docs: &[Document],
    analyses: &[crosscheck_model::Analysis],
    origins: &[crosscheck_model::Origin],
) -> Vec<crosscheck_model::Verdict> {
    // Without the model every meaning would be None: reconcile the stored
    // analyses as they are rather than copy them to fill nothing in.
    if !crosscheck_analyze::meaning::available() {
        return crosscheck_reconcile::reconcile(docs, analyses, origins);
    }
    let mut analyses = analyses.to_vec();
    for (doc, analysis) in docs.iter().zip(analyses.iter_mut()) {
        if analysis.meanings.len() != analysis.sentences.len() {
            crosscheck_analyze::meaning::attach(doc, analysis);
        }
    }
    crosscheck_reconcile::reconcile(docs, &analyses, origins)
}

/// Run analysis, clustering and reconciliation over documents already in memory.
pub fn check_documents(docs: Vec<Document>) -> Report {
    check_documents_with(docs, &crosscheck_reconcile::Config::default())
}

/// [`check_documents`] with reconcile's bars set by `config` (for tuning).
pub fn check_documents_with(docs: Vec<Document>, config: &crosscheck_reconcile::Config) -> Report {
    let analyses: Vec<_> = docs.iter().map(analyze).collect();
    let origins = crosscheck_cluster::find_origins(&docs);
    let verdicts = crosscheck_reconcile::reconcile_with(&docs, &analyses, &origins, config);
    let mut problems = Vec::new();
    if config.uses_meanings() && !crosscheck_analyze::meaning::available() {
        problems.push(Problem {
            path: "crosscheck".into(),
            severity: Severity::Warning,
            message: "sentence meanings were asked for, but this build has no meaning model \
                      (cargo feature `semantic`, after scripts/distill_static.py): facts are \
                      lined up by their words alone"
                .into(),
        });
    }
    for (d, a) in docs.iter().zip(&analyses) {
        if a.facts_dropped > 0 {
            problems.push(Problem {
                path: d.path.clone(),
                severity: Severity::Warning,
                message: format!(
                    "only the first {} facts were compared; {} more were left out (a news report states far fewer: is this one article?)",
                    crosscheck_analyze::MAX_FACTS,
                    a.facts_dropped
                ),
            });
        }
    }
    for d in &docs {
        for w in &d.warnings {
            problems.push(Problem {
                path: d.path.clone(),
                severity: Severity::Warning,
                message: w.clone(),
            });
        }
    }
    Report {
        generator: format!("crosscheck {}", env!("CARGO_PKG_VERSION")),
        documents: docs.iter().map(DocumentReport::from_document).collect(),
        origins,
        verdicts,
        problems,
    }
}
