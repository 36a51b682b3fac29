//! `crosscheck eval`.
// OWNED BY THE EVAL HELPER.
use std::process::ExitCode;

/// Flags of `eval`.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("eval is not built yet")
}
