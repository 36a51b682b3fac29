//! `crosscheck report`.
// OWNED BY THE HELPER BUILDING THIS COMMAND. Stub until then.
use std::process::ExitCode;

/// Flags of `report`.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`report` is not built yet")
}
