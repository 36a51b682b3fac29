//! `crosscheck ingest`: add articles to the corpus database.
//!
//! Per-document work (extract, analyze, MinHash signature, clustering
//! features) runs on `--threads` threads; the single writer then assigns
//! origin families and stories in input order and commits the batch in one
//! transaction. A rerun of the same command skips every document already
//! committed (by content hash), so an interrupted ingest resumes where it
//! stopped. After the documents, verdicts are recomputed for every story
//! that gained articles.
use std::io::IsTerminal;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use crosscheck_cluster::lsh::Signature;
use crosscheck_cluster::stories::{features, StoryConfig};
use crosscheck_model::Document;
use crosscheck_store::{content_hash, Failure, Prepared, Store, Writer};

use crate::exit;

/// The database used when `--db` is not given.
pub const DEFAULT_DB: &str = "crosscheck.db";

/// Flags of `ingest`.
#[derive(clap::Args)]
pub struct Args {
    /// Files (.txt, .html, …) or directories (read recursively).
    #[arg(required_unless_present = "synthetic")]
    paths: Vec<PathBuf>,
    /// The corpus database.
    #[arg(long, default_value = DEFAULT_DB)]
    db: PathBuf,
    /// Worker threads for per-document work [default: all cores].
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    /// Documents per transaction.
    #[arg(long, default_value_t = 500)]
    batch: usize,
    /// Instead of PATHS, ingest N articles of the synthetic news stream (for benchmarks and tests).
    #[arg(long, value_name = "N")]
    synthetic: Option<usize>,
    /// Seed of the synthetic stream.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Skip recomputing verdicts at the end (stories stay marked stale; the next ingest or `report` computes them).
    #[arg(long)]
    no_verdicts: bool,
    /// Print a JSON summary on stdout.
    #[arg(long)]
    json: bool,
}

/// One input before per-document work: bytes already decoded into a
/// document, or raw bytes still to extract.
enum Input {
    Raw(crosscheck_ingest::RawDocument),
    Doc { hash: String, doc: Document },
}

/// Totals of one ingest run.
#[derive(Default, serde::Serialize)]
struct Totals {
    inputs: usize,
    stored: usize,
    duplicates: usize,
    copies: usize,
    new_stories: usize,
    failed: usize,
    unreadable: usize,
    verdicts_refreshed: usize,
    seconds: f64,
    articles_per_second: f64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).max(1);
    let store = Store::open(&args.db)?;
    let mut writer = Writer::new(store, StoryConfig::default())?;
    let mut totals = Totals::default();
    let progress = progress_bar(args.synthetic.map(|n| n as u64));
    let batch = args.batch.max(1);
    let flush = |writer: &mut Writer, inputs: Vec<Input>, totals: &mut Totals| -> anyhow::Result<()> {
        totals.inputs += inputs.len();
        let fresh: Vec<Input> = inputs
            .into_iter()
            .filter(|i| match i {
                Input::Raw(r) => !writer.knows(&content_hash(&r.bytes)),
                Input::Doc { hash, .. } => !writer.knows(hash),
            })
            .collect();
        let skipped = totals.inputs - totals.stored - totals.duplicates - totals.failed - fresh.len();
        let (docs, failures) = prepare_all(fresh, threads);
        for f in &failures {
            eprintln!("crosscheck: error: {}: {}", f.path, f.error);
        }
        let out = writer.write_batch(docs, failures).context("storing a batch")?;
        totals.stored += out.stored;
        totals.duplicates += out.duplicates + skipped;
        totals.copies += out.copies;
        totals.new_stories += out.new_stories;
        totals.failed += out.failed;
        if let Some(p) = &progress {
            p.inc((out.stored + out.duplicates + out.failed + skipped) as u64);
        }
        Ok(())
    };
    if let Some(n) = args.synthetic {
        let cfg = crosscheck_eval::synthetic::SyntheticConfig { articles: n, seed: args.seed, ..Default::default() };
        let mut pending = Vec::with_capacity(batch);
        for s in crosscheck_eval::synthetic::generate(cfg) {
            pending.push(Input::Doc { hash: content_hash(s.doc.text.as_bytes()), doc: s.doc });
            if pending.len() == batch {
                flush(&mut writer, std::mem::take(&mut pending), &mut totals)?;
            }
        }
        flush(&mut writer, pending, &mut totals)?;
    } else {
        let options = crosscheck::IngestOptions::default();
        let mut files = Vec::new();
        for p in &args.paths {
            walk(p, &mut files);
        }
        if let Some(p) = &progress {
            p.set_length(files.len() as u64);
        }
        for chunk in files.chunks(batch) {
            let read = crosscheck_ingest_read(chunk, &options);
            for e in &read.errors {
                eprintln!("crosscheck: error: {e}");
            }
            totals.unreadable += read.errors.len();
            let inputs = read.documents.into_iter().map(Input::Raw).collect();
            flush(&mut writer, inputs, &mut totals)?;
        }
    }
    if !args.no_verdicts {
        if let Some(p) = &progress {
            p.set_message("verdicts");
        }
        loop {
            let n = writer
                .refresh_verdicts(256, threads, crosscheck_reconcile_stage)
                .context("recomputing verdicts")?;
            if n == 0 {
                break;
            }
            totals.verdicts_refreshed += n;
        }
    }
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    totals.seconds = started.elapsed().as_secs_f64();
    totals.articles_per_second = totals.stored as f64 / totals.seconds.max(1e-9);
    let counts = writer.store().counts()?;
    eprintln!(
        "crosscheck: {}: stored {} new articles ({} already stored, {} copies or rewrites of earlier text), {} new stories, {} failed; \
         corpus: {} articles, {} origin families, {} stories; {:.1} s, {:.0} articles/s",
        args.db.display(),
        totals.stored,
        totals.duplicates,
        totals.copies,
        totals.new_stories,
        totals.failed + totals.unreadable,
        counts.documents,
        counts.families,
        counts.stories,
        totals.seconds,
        totals.articles_per_second
    );
    if args.json {
        println!("{}", serde_json::json!({"run": totals, "corpus": counts}));
    }
    Ok(if totals.failed + totals.unreadable > 0 { ExitCode::from(exit::PARTIAL) } else { ExitCode::SUCCESS })
}

/// The reconcile stage, as the store's verdict refresher wants it.
fn crosscheck_reconcile_stage(
    docs: &[Document],
    analyses: &[crosscheck_model::Analysis],
    origins: &[crosscheck_model::Origin],
) -> Vec<crosscheck_model::Verdict> {
    crosscheck_reconcile::reconcile(docs, analyses, origins)
}

fn crosscheck_ingest_read(paths: &[PathBuf], options: &crosscheck::IngestOptions) -> crosscheck_ingest::Batch {
    crosscheck_ingest::read_paths(paths, options)
}

/// Files under `path`, sorted, so a rerun sees them in the same order.
fn walk(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(_) => {
                out.push(path.to_path_buf()); // let the reader report it
                return;
            }
        };
        entries.sort();
        for e in entries {
            let hidden = e.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            if !hidden {
                walk(&e, out);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// Per-document work on `threads` threads, results in input order.
fn prepare_all(inputs: Vec<Input>, threads: usize) -> (Vec<Prepared>, Vec<Failure>) {
    let chunk = inputs.len().div_ceil(threads).max(1);
    let mut slots: Vec<Option<Input>> = inputs.into_iter().map(Some).collect();
    let results: Vec<Result<Prepared, Failure>> = std::thread::scope(|s| {
        let handles: Vec<_> = slots
            .chunks_mut(chunk)
            .map(|part| s.spawn(move || part.iter_mut().filter_map(Option::take).map(prepare).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    });
    let mut docs = Vec::new();
    let mut failures = Vec::new();
    for r in results {
        match r {
            Ok(p) => docs.push(p),
            Err(f) => failures.push(f),
        }
    }
    (docs, failures)
}

/// Extract (if raw), analyze, sign and featurise one document. A panic in
/// analysis is caught and reported as that document's failure, so one bad
/// input cannot take the batch down.
fn prepare(input: Input) -> Result<Prepared, Failure> {
    let (hash, doc) = match input {
        Input::Doc { hash, doc } => (hash, doc),
        Input::Raw(raw) => {
            let hash = content_hash(&raw.bytes);
            match crosscheck_extract::extract(&raw) {
                Ok(doc) => (hash, doc),
                Err(e) => return Err(Failure { hash, path: raw.path.clone(), error: e.to_string() }),
            }
        }
    };
    let analysed = std::panic::catch_unwind(AssertUnwindSafe(|| crosscheck::analyze(&doc)));
    match analysed {
        Ok(analysis) => Ok(Prepared {
            signature: Signature::of_document(&doc),
            features: features(&doc, Some(&analysis)),
            analysis,
            hash,
            doc,
        }),
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            Err(Failure { hash, path: doc.path.clone(), error: format!("analysis failed: {what}") })
        }
    }
}

/// A progress bar on stderr, only when stderr is a terminal.
fn progress_bar(len: Option<u64>) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::with_draw_target(len, indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {per_sec} {msg}") {
        bar.set_style(style);
    }
    Some(bar)
}
