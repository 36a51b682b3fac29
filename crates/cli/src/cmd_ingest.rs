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
use std::ops::ControlFlow;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
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

/// One input before per-document work, with its content hash (computed
/// once, to skip stored inputs and to store new ones): bytes already
/// decoded into a document, or raw bytes still to extract.
enum Input {
    Raw {
        hash: String,
        raw: crosscheck_ingest::RawDocument,
    },
    Doc {
        hash: String,
        doc: Document,
    },
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

/// Prepared batches waiting for the writer: one being prepared while one is
/// written (and one queued) keeps both cores busy without holding more than
/// a few batches in memory.
const BATCHES_IN_FLIGHT: usize = 1;

/// One batch handed from the preparing threads to the writer.
struct Batch {
    docs: Vec<Prepared>,
    failures: Vec<Failure>,
    /// Inputs skipped before preparing because their content is stored.
    skipped: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
    let store = Store::open(&args.db)?;
    let writer = Writer::new(store, StoryConfig::default())?;
    let mut known = writer.known_hashes();
    let mut totals = Totals::default();
    let batch = args.batch.max(1);
    let progress = Progress::new(match args.synthetic {
        Some(n) => (n as u64, "articles"),
        None => (0, "files"),
    });
    // The writer runs on its own thread, committing batch k while the
    // workers prepare batch k+1: storing is serial (one SQLite writer,
    // clustering in order) and would otherwise leave the other cores idle.
    let (send, receive) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
    let (writer, produced) = std::thread::scope(
        |scope| -> anyhow::Result<(Writer, anyhow::Result<Totals>)> {
            let progress = &progress;
            let writing = scope.spawn(move || -> anyhow::Result<(Writer, Totals)> {
                let mut writer = writer;
                let mut t = Totals::default();
                for b in receive {
                    let out = writer
                        .write_batch(b.docs, b.failures)
                        .context("storing a batch")?;
                    t.stored += out.stored;
                    t.duplicates += out.duplicates + b.skipped;
                    t.copies += out.copies;
                    t.new_stories += out.new_stories;
                    t.failed += out.failed;
                    progress.documents(out.stored + out.duplicates + out.failed + b.skipped);
                }
                Ok((writer, t))
            });
            // Per-document work on this thread's side; returns when the inputs
            // are done or the writer has stopped (its error is reported below).
            let produced = (|| -> anyhow::Result<Totals> {
                let mut t = Totals::default();
                let mut flush = |inputs: Vec<Input>, t: &mut Totals| -> bool {
                    t.inputs += inputs.len();
                    let before = inputs.len();
                    let fresh: Vec<Input> = inputs
                        .into_iter()
                        .filter(|i| match i {
                            Input::Raw { hash, .. } | Input::Doc { hash, .. } => {
                                !known.contains(hash)
                            }
                        })
                        .collect();
                    let skipped = before - fresh.len();
                    let (docs, failures) = prepare_all(fresh, threads);
                    for f in &failures {
                        progress.println(&format!("crosscheck: error: {}: {}", f.path, f.error));
                    }
                    for d in &docs {
                        known.insert(&d.hash);
                    }
                    send.send(Batch {
                        docs,
                        failures,
                        skipped,
                    })
                    .is_ok()
                };
                if let Some(n) = args.synthetic {
                    let cfg = crosscheck_eval::synthetic::SyntheticConfig {
                        articles: n,
                        seed: args.seed,
                        ..Default::default()
                    };
                    let mut pending = Vec::with_capacity(batch);
                    for s in crosscheck_eval::synthetic::generate(cfg) {
                        pending.push(Input::Doc {
                            hash: content_hash(s.doc.text.as_bytes()),
                            doc: s.doc,
                        });
                        if pending.len() == batch && !flush(std::mem::take(&mut pending), &mut t) {
                            return Ok(t);
                        }
                    }
                    flush(pending, &mut t);
                } else {
                    let options = crosscheck::IngestOptions::default();
                    // Expanded once, which gives the progress bar its length; read
                    // as a stream (a WARC file in batches of records), `batch`
                    // documents per transaction whatever the files hold.
                    let expanded = crosscheck_ingest::expand_paths(&args.paths);
                    progress
                        .set_length(expanded.iter().map(|e| e.file_count()).sum::<usize>() as u64);
                    let mut pending = Vec::with_capacity(batch);
                    let mut stopped = false;
                    crosscheck_ingest::visit_expanded(
                        expanded,
                        &options,
                        std::io::stdin().lock(),
                        |read| {
                            for e in &read.errors {
                                progress.println(&format!("crosscheck: error: {e}"));
                            }
                            t.unreadable += read.errors.len();
                            for doc in read.documents.drain(..) {
                                pending.push(Input::Raw {
                                    hash: content_hash(&doc.bytes),
                                    raw: doc,
                                });
                                if pending.len() == batch
                                    && !flush(std::mem::take(&mut pending), &mut t)
                                {
                                    stopped = true;
                                    return ControlFlow::Break(());
                                }
                            }
                            progress.files(read.files);
                            ControlFlow::Continue(())
                        },
                    );
                    if !stopped {
                        flush(pending, &mut t);
                    }
                }
                Ok(t)
            })();
            drop(send);
            let (writer, written) = writing
                .join()
                .map_err(|_| anyhow::anyhow!("the writer thread panicked"))??;
            Ok((
                writer,
                produced.map(|p| Totals {
                    inputs: p.inputs,
                    unreadable: p.unreadable,
                    ..written
                }),
            ))
        },
    )?;
    let mut writer = writer;
    let written = produced?;
    totals.inputs = written.inputs;
    totals.unreadable = written.unreadable;
    totals.stored = written.stored;
    totals.duplicates = written.duplicates;
    totals.copies = written.copies;
    totals.new_stories = written.new_stories;
    totals.failed = written.failed;
    if !args.no_verdicts {
        progress.message("recomputing verdicts");
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
    progress.finish();
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
    Ok(if totals.failed + totals.unreadable > 0 {
        ExitCode::from(exit::PARTIAL)
    } else {
        ExitCode::SUCCESS
    })
}

/// The reconcile stage, as the store's verdict refresher wants it.
fn crosscheck_reconcile_stage(
    docs: &[Document],
    analyses: &[crosscheck_model::Analysis],
    origins: &[crosscheck_model::Origin],
) -> Vec<crosscheck_model::Verdict> {
    crosscheck::reconcile_stored(docs, analyses, origins)
}

/// Per-document work on `threads` threads, results in input order.
fn prepare_all(inputs: Vec<Input>, threads: usize) -> (Vec<Prepared>, Vec<Failure>) {
    let chunk = inputs.len().div_ceil(threads).max(1);
    let mut slots: Vec<Option<Input>> = inputs.into_iter().map(Some).collect();
    let results: Vec<Result<Prepared, Failure>> = std::thread::scope(|s| {
        let handles: Vec<_> = slots
            .chunks_mut(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter_mut()
                        .filter_map(Option::take)
                        .map(prepare)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
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
        Input::Raw { hash, raw } => match crosscheck_extract::extract(&raw) {
            Ok(doc) => (hash, doc),
            Err(e) => {
                return Err(Failure {
                    hash,
                    path: raw.path.clone(),
                    error: e.to_string(),
                })
            }
        },
    };
    let analysed = std::panic::catch_unwind(AssertUnwindSafe(|| crosscheck::analyze(&doc)));
    match analysed {
        Ok(analysis) => {
            let (signature, features) = (
                Signature::of_document(&doc),
                features(&doc, Some(&analysis)),
            );
            Ok(Prepared::new(hash, doc, &analysis, signature, features))
        }
        Err(panic) => {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            Err(Failure {
                hash,
                path: doc.path.clone(),
                error: format!("analysis failed: {what}"),
            })
        }
    }
}

/// Progress on stderr, drawn only when stderr is a terminal: articles
/// stored, the rate and the time left (counted in articles for the
/// synthetic stream, in files otherwise, since one file may hold many
/// articles). Messages printed through it do not tear the bar.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
    articles: std::sync::atomic::AtomicU64,
    /// True when the bar counts articles rather than files.
    by_article: bool,
}

impl Progress {
    fn new((len, unit): (u64, &str)) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                Some(len),
                indicatif::ProgressDrawTarget::stderr(),
            );
            let template = format!("{{bar:40}} {{pos}}/{{len}} {unit}  {{msg}}  eta {{eta}}");
            if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            articles: 0.into(),
            by_article: unit == "articles",
        }
    }

    fn set_length(&self, len: u64) {
        if let Some(b) = &self.bar {
            b.set_length(len);
        }
    }

    /// `n` more articles handled (stored, skipped or failed).
    fn documents(&self, n: usize) {
        let total = self
            .articles
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed)
            + n as u64;
        if let Some(b) = &self.bar {
            if self.by_article {
                b.inc(n as u64);
            }
            let rate = total as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
            b.set_message(format!("{total} articles, {rate:.0}/s"));
        }
    }

    /// `n` more files read.
    fn files(&self, n: usize) {
        if let (Some(b), false) = (&self.bar, self.by_article) {
            b.inc(n as u64);
        }
    }

    fn message(&self, m: &str) {
        if let Some(b) = &self.bar {
            b.set_message(m.to_string());
        }
    }

    fn println(&self, line: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
