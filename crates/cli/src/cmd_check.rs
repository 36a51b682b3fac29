//! `crosscheck check`: reconcile a set of articles and print the report.
use std::path::PathBuf;
use std::process::ExitCode;

use crosscheck_report::Severity;

use crate::exit;
use crate::output::{write_report, ColorArg, FormatArg};

/// Flags of `check`.
#[derive(clap::Args)]
pub struct Args {
    /// Files (.txt, .html), directories (read recursively), or - for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,
    /// When to colour text output. `auto` colours only a terminal, and never when NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Refuse input files larger than this many bytes.
    #[arg(long, default_value_t = 20 * 1024 * 1024)]
    max_bytes: u64,
    /// Leave out contests whose sentences match only in part (weak_match):
    /// fewer false alarms, fewer changes caught (see the README's measured
    /// quality).
    #[arg(long)]
    strong_only: bool,
    /// Print under each verdict the named rules that decided it (JSON
    /// output always carries them as "rules").
    #[arg(long)]
    explain: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let options = crosscheck::IngestOptions {
        max_bytes: args.max_bytes,
        ..Default::default()
    };
    let mut report = crosscheck::check_paths(&args.paths, &options);
    if args.strong_only {
        let before = report.verdicts.len();
        report.verdicts.retain(|v| !v.weak_match);
        let left_out = before - report.verdicts.len();
        if left_out > 0 {
            eprintln!("crosscheck: {left_out} weak-match contest(s) left out (--strong-only)");
        }
    }
    // Problems go to stderr too, so a user piping JSON still sees them.
    for p in &report.problems {
        let level = if p.severity == Severity::Error {
            "error"
        } else {
            "warning"
        };
        eprintln!("crosscheck: {level}: {}: {}", p.path, p.message);
    }
    write_report(&report, args.format, args.color, args.explain)?;
    let errors = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    Ok(if report.documents.is_empty() {
        eprintln!("crosscheck: no usable input");
        ExitCode::from(exit::FAILURE)
    } else if errors > 0 {
        ExitCode::from(exit::PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}
