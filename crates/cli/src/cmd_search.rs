//! `crosscheck search`.
// OWNED BY THE HELPER BUILDING THIS COMMAND. Stub until then.
use std::process::ExitCode;

/// Flags of `search`.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`search` is not built yet")
}
