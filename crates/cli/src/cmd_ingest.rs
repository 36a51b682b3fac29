//! `crosscheck ingest`.
// OWNED BY THE HELPER BUILDING THIS COMMAND. Stub until then.
use std::process::ExitCode;

/// Flags of `ingest`.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`ingest` is not built yet")
}
