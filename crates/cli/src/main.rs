//! The `crosscheck` binary: flags, wiring, exit codes. All work is done by
//! the library crates; each subcommand lives in its own module.
mod bench_hostile;
mod cmd_bench;
mod cmd_check;
mod cmd_eval;
mod cmd_extract;
mod cmd_ingest;
mod cmd_report;
mod cmd_search;
mod cmd_stories;
mod exit;
mod output;

use std::process::ExitCode;

/// mimalloc instead of the system allocator: analysis allocates many small
/// strings and vectors on every worker thread, and glibc's malloc spent
/// about a tenth of an ingest's CPU time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;

/// `--version` says whether sentence meanings are built in.
const LONG_VERSION: &str = if cfg!(feature = "semantic") {
    concat!(env!("CARGO_PKG_VERSION"), " (sentence meanings: built in)")
} else {
    concat!(
        env!("CARGO_PKG_VERSION"),
        " (sentence meanings: not built in; facts are lined up by their words and typed frames)"
    )
};

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    long_version = LONG_VERSION,
    about = "Cross-check news reports of one event: what sources agree on, contest, or say alone.",
    after_help = "Exit codes: 0 success; 1 partial (some inputs could not be used, the report covers the rest); 2 failure (bad usage or no usable input)."
)]
enum Cli {
    /// Reconcile a set of news articles about one event.
    Check(cmd_check::Args),
    /// Score crosscheck on a dev set built by injecting changes into real news.
    Eval(cmd_eval::Args),
    /// Extract article text and metadata from HTML, WARC, JSONL, RSS/Atom or text, like trafilatura.
    Extract(cmd_extract::Args),
    /// Add articles to the corpus database (idempotent, resumable).
    Ingest(cmd_ingest::Args),
    /// List the stories in the corpus database.
    Stories(cmd_stories::Args),
    /// The check report of one stored story.
    Report(cmd_report::Args),
    /// Full-text search over the stored corpus.
    Search(cmd_search::Args),
    /// Measure speed: `check` on the seed articles, and throughput on 1,000 articles.
    Bench(cmd_bench::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse() {
        Cli::Check(args) => cmd_check::run(args),
        Cli::Eval(args) => cmd_eval::run(args),
        Cli::Bench(args) => cmd_bench::run(args),
        Cli::Extract(args) => cmd_extract::run(args),
        Cli::Ingest(args) => cmd_ingest::run(args),
        Cli::Stories(args) => cmd_stories::run(args),
        Cli::Report(args) => cmd_report::run(args),
        Cli::Search(args) => cmd_search::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("crosscheck: {err:#}");
            ExitCode::from(exit::FAILURE)
        }
    }
}
