//! The `crosscheck` binary: flags, wiring, exit codes. All work is done by
//! the library crates; each subcommand lives in its own module.
mod cmd_bench;
mod cmd_check;
mod cmd_eval;
mod exit;

use std::process::ExitCode;

use clap::Parser;

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-check news reports of one event: what sources agree on, contest, or say alone.",
    after_help = "Exit codes: 0 success; 1 partial (some inputs could not be used, the report covers the rest); 2 failure (bad usage or no usable input)."
)]
enum Cli {
    /// Reconcile a set of news articles about one event.
    Check(cmd_check::Args),
    /// Score crosscheck on a dev set built by injecting changes into real news.
    Eval(cmd_eval::Args),
    /// Measure speed: `check` on the seed articles, and throughput on 1,000 articles.
    Bench(cmd_bench::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse() {
        Cli::Check(args) => cmd_check::run(args),
        Cli::Eval(args) => cmd_eval::run(args),
        Cli::Bench(args) => cmd_bench::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("crosscheck: {err:#}");
            ExitCode::from(exit::FAILURE)
        }
    }
}
