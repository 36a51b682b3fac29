//! `crosscheck report STORY`: the check report of one stored story.
use std::path::PathBuf;
use std::process::ExitCode;

use crosscheck_report::{DocumentReport, Report};

use crate::output::{write_report, ColorArg, FormatArg};

/// Flags of `report`.
#[derive(clap::Args)]
pub struct Args {
    /// Story id (see `crosscheck stories`).
    story: i64,
    /// The corpus database.
    #[arg(long, default_value = crate::cmd_ingest::DEFAULT_DB)]
    db: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,
    /// Print under each verdict the named rules that decided it.
    #[arg(long)]
    explain: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = crosscheck_store::Store::open_read_only(&args.db)?;
    let story = store.story(args.story)?;
    // Verdicts are stored by ingest; if the story changed since (or an
    // ingest was interrupted before recomputing them), compute them now
    // from the stored analyses rather than show stale ones.
    let verdicts = match story.verdicts {
        Some(v) => v,
        None => crosscheck::reconcile_stored(&story.documents, &story.analyses, &story.origins),
    };
    let mut problems = Vec::new();
    if (story.documents.len() as i64) < story.summary.articles {
        problems.push(crosscheck_report::Problem {
            path: format!("story {}", story.summary.id),
            severity: crosscheck_report::Severity::Warning,
            message: format!(
                "the story has {} articles; verdicts cover its first {}",
                story.summary.articles,
                story.documents.len()
            ),
        });
    }
    let report = Report {
        generator: format!("crosscheck {}", env!("CARGO_PKG_VERSION")),
        documents: story
            .documents
            .iter()
            .map(DocumentReport::from_document)
            .collect(),
        origins: story.origins,
        verdicts,
        problems,
    };
    write_report(&report, args.format, ColorArg::Auto, args.explain)?;
    Ok(ExitCode::SUCCESS)
}
