//! `crosscheck stories`.
// OWNED BY THE HELPER BUILDING THIS COMMAND. Stub until then.
use std::process::ExitCode;

/// Flags of `stories`.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`stories` is not built yet")
}
