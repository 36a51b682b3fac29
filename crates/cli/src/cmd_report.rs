//! `crosscheck report STORY`: the check report of one stored story.
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crosscheck_report::{DocumentReport, Format, RenderOptions, Report};

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
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Text,
    Markdown,
    Json,
    Html,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = crosscheck_store::Store::open_read_only(&args.db)?;
    let story = store.story(args.story)?;
    // Verdicts are stored by ingest; if the story changed since (or an
    // ingest was interrupted before recomputing them), compute them now
    // from the stored analyses rather than show stale ones.
    let verdicts = match story.verdicts {
        Some(v) => v,
        None => crosscheck_reconcile::reconcile(&story.documents, &story.analyses, &story.origins),
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
        documents: story.documents.iter().map(DocumentReport::from_document).collect(),
        origins: story.origins,
        verdicts,
        problems,
    };
    let format = match args.format {
        FormatArg::Text => Format::Text,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Json => Format::Json,
        FormatArg::Html => Format::Html,
    };
    let stdout = std::io::stdout();
    let color = matches!(args.format, FormatArg::Text)
        && stdout.is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = crosscheck_report::render(&report, format, RenderOptions { color }, &mut out).and_then(|_| out.flush());
    crate::exit::on_write(written)?;
    Ok(ExitCode::SUCCESS)
}
