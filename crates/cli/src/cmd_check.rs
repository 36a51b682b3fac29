//! `crosscheck check`.
use std::path::PathBuf;
use std::process::ExitCode;

/// Flags of `check`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, directories, or - for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let report = crosscheck::check_paths(&args.paths, &Default::default());
    let mut out = std::io::stdout().lock();
    crosscheck_report::render(&report, crosscheck_report::Format::Json, Default::default(), &mut out)?;
    Ok(ExitCode::SUCCESS)
}
