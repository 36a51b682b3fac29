//! `crosscheck stories`: list the stories in the corpus database; also the
//! story-clustering evaluation behind `crosscheck eval --clustering`.
use std::io::Write;
use std::process::ExitCode;

use crosscheck_cluster::stories::{features, Clusterer, DocFeatures, StoryConfig};
use crosscheck_eval::clustering::{self, ClusterScores, StreamDoc};
use crosscheck_eval::{Group, Split};

/// Flags of `stories`.
#[derive(clap::Args)]
pub struct Args {
    /// The corpus database.
    #[arg(long, default_value = crate::cmd_ingest::DEFAULT_DB)]
    db: std::path::PathBuf,
    /// Show at most this many stories (largest first).
    #[arg(long, short = 'n', default_value_t = 50)]
    limit: usize,
    /// Print JSON lines instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = crosscheck_store::Store::open_read_only(&args.db)?;
    let stories = store.stories(args.limit)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = (|| -> std::io::Result<()> {
        if !args.json {
            writeln!(out, "{:>8}  {:>8}  {:>7}  {:>9}  title", "story", "articles", "origins", "contested")?;
        }
        for s in &stories {
            if args.json {
                writeln!(out, "{}", serde_json::to_string(s).unwrap_or_default())?;
                continue;
            }
            let contested = match (s.contested, s.stale) {
                (Some(n), false) => n.to_string(),
                (Some(n), true) => format!("{n}*"),
                (None, _) => "-".to_string(),
            };
            writeln!(
                out,
                "{:>8}  {:>8}  {:>7}  {:>9}  {}",
                s.id,
                s.articles,
                s.origins,
                contested,
                s.title.as_deref().unwrap_or("(untitled)")
            )?;
        }
        out.flush()
    })();
    crate::exit::on_write(written)?;
    Ok(ExitCode::SUCCESS)
}

/// Run the clusterer over a stream with one configuration, in mini-batches
/// of `batch` documents (each batch counted into the term statistics before
/// its documents are placed, as `ingest` does; 1 = purely online), after
/// counting `warm` (the corpus seen before).
fn cluster(feats: &[DocFeatures], warm: &[DocFeatures], config: &StoryConfig, batch: usize) -> Vec<u64> {
    let mut c = Clusterer::new(config.clone());
    for f in warm {
        c.observe(f);
    }
    let mut out = Vec::with_capacity(feats.len());
    for chunk in feats.chunks(batch.max(1)) {
        for f in chunk {
            c.observe(f);
        }
        for f in chunk {
            out.push(c.place(f, out.len() as u64).story);
        }
    }
    out
}

/// The parameter grid searched on train: threshold and the name/value
/// channel weights (words take the rest).
fn grid() -> Vec<StoryConfig> {
    let mut out = Vec::new();
    for threshold in [0.16f32, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28] {
        for name_weight in [0.1f32, 0.2, 0.3] {
            for value_weight in [0.0f32, 0.1, 0.2] {
                let word_weight = 1.0 - name_weight - value_weight;
                out.push(StoryConfig { threshold, name_weight, value_weight, word_weight, ..StoryConfig::default() });
            }
        }
    }
    out
}

/// Mini-batch size of the reported runs (ingest's `--batch` plays this part).
const EVAL_BATCH: usize = 32;

/// `crosscheck eval --clustering`: score the story clusterer on the ECB+
/// train and dev streams (dev with IDF warmed on train, which plays the part
/// of the corpus seen before): the default configuration purely online and
/// in mini-batches, and the configuration a grid search picks on train.
pub fn eval_clustering(groups: &[Group], json: bool) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let train = clustering::stream(groups, Split::Train);
    let dev = clustering::stream(groups, Split::Dev);
    let feats = |docs: &[StreamDoc]| -> Vec<DocFeatures> {
        docs.iter().map(|d| features(&d.document, Some(&crosscheck::analyze(&d.document)))).collect()
    };
    let (train_f, dev_f) = (feats(&train), feats(&dev));
    if let Some(path) = std::env::var_os("CROSSCHECK_CLUSTERING_DUMP") {
        dump_analyses(std::path::Path::new(&path), &[("train", &train), ("dev", &dev)])?;
    }
    let gold = |docs: &[StreamDoc]| docs.iter().map(|d| d.gold.clone()).collect::<Vec<_>>();
    let (train_gold, dev_gold) = (gold(&train), gold(&dev));
    let run = |config: &StoryConfig, batch: usize| -> (ClusterScores, ClusterScores) {
        (
            clustering::score(&train_gold, &cluster(&train_f, &[], config, batch)),
            clustering::score(&dev_gold, &cluster(&dev_f, &train_f, config, batch)),
        )
    };
    let mut best: Option<(StoryConfig, ClusterScores)> = None;
    for config in grid() {
        let s = clustering::score(&train_gold, &cluster(&train_f, &[], &config, EVAL_BATCH));
        if best.as_ref().is_none_or(|(_, b)| s.bcubed_f1 > b.bcubed_f1) {
            best = Some((config, s));
        }
    }
    let (chosen, _) = best.ok_or_else(|| anyhow::anyhow!("empty parameter grid"))?;
    let default = StoryConfig::default();
    let rows = [
        ("default, online", run(&default, 1)),
        ("default, batch 32", run(&default, EVAL_BATCH)),
        ("train-tuned, batch 32", run(&chosen, EVAL_BATCH)),
    ];
    let mut out = std::io::stdout().lock();
    let describe = |c: &StoryConfig| {
        format!("threshold {} word {:.1} name {:.1} value {:.1}", c.threshold, c.word_weight, c.name_weight, c.value_weight)
    };
    if json {
        let runs: Vec<_> = rows
            .iter()
            .map(|(name, (t, d))| serde_json::json!({"run": name, "train": t, "dev_idf_from_train": d}))
            .collect();
        let v = serde_json::json!({"default": describe(&default), "chosen_on_train": describe(&chosen), "runs": runs});
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "story clustering on ECB+ (gold = subtopic; stream in file order; dev with IDF warmed on train)")?;
    writeln!(out, "default:         {}", describe(&default))?;
    writeln!(out, "chosen on train: {}", describe(&chosen))?;
    writeln!(
        out,
        "  {:<22} {:<5} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "run", "split", "docs", "gold", "pred", "B3-P", "B3-R", "B3-F1", "pw-P", "pw-R", "pw-F1"
    )?;
    for (name, (t, d)) in &rows {
        for (split, s) in [("train", t), ("dev", d)] {
            writeln!(
                out,
                "  {:<22} {:<5} {:>5} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
                name,
                split,
                s.documents,
                s.gold_clusters,
                s.predicted_clusters,
                s.bcubed_precision,
                s.bcubed_recall,
                s.bcubed_f1,
                s.pairwise_precision,
                s.pairwise_recall,
                s.pairwise_f1
            )?;
        }
    }
    writeln!(out, "time {:.1} s", started.elapsed().as_secs_f64())?;
    Ok(ExitCode::SUCCESS)
}

/// Write each article with its gold story and analysis as JSON lines, so
/// clusterer experiments can run without re-analysing (set
/// `CROSSCHECK_CLUSTERING_DUMP=FILE`).
fn dump_analyses(path: &std::path::Path, splits: &[(&str, &[StreamDoc])]) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for (split, docs) in splits {
        for d in docs.iter() {
            let analysis = crosscheck::analyze(&d.document);
            let line = serde_json::json!({"split": split, "gold": d.gold, "doc": d.document, "analysis": analysis});
            writeln!(out, "{line}")?;
        }
    }
    out.flush()?;
    Ok(())
}
