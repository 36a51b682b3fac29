//! `crosscheck search QUERY`: full-text search over the stored corpus,
//! ranked by BM25 (SQLite FTS5; see the `crosscheck-store` crate docs for
//! why FTS5 rather than a separate search engine).
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Flags of `search`.
#[derive(clap::Args)]
pub struct Args {
    /// Words to find (all must occur; operators are not interpreted).
    #[arg(required = true)]
    query: Vec<String>,
    /// The corpus database.
    #[arg(long, default_value = crate::cmd_ingest::DEFAULT_DB)]
    db: PathBuf,
    /// Show at most this many results.
    #[arg(long, short = 'n', default_value_t = 20)]
    limit: usize,
    /// Print JSON lines instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = crosscheck_store::Store::open_read_only(&args.db)?;
    let hits = store.search(&args.query.join(" "), args.limit)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = (|| -> std::io::Result<()> {
        for h in &hits {
            if args.json {
                writeln!(out, "{}", serde_json::to_string(h).unwrap_or_default())?;
            } else {
                writeln!(
                    out,
                    "{:.2}  {}  story {}  {}\n      {}",
                    h.score,
                    h.doc_id,
                    h.story,
                    h.title.as_deref().unwrap_or(""),
                    h.snippet.replace('\n', " ")
                )?;
            }
        }
        out.flush()
    })();
    crate::exit::on_write(written)?;
    // Like grep: 1 when nothing matched.
    Ok(if hits.is_empty() {
        ExitCode::from(crate::exit::PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}
