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

/// Run the online clusterer over a stream with one configuration.
fn cluster(docs: &[StreamDoc], feats: &[DocFeatures], warm: &[DocFeatures], config: &StoryConfig) -> Vec<u64> {
    let mut c = Clusterer::new(config.clone());
    for f in warm {
        c.observe(f);
    }
    let _ = docs;
    feats.iter().enumerate().map(|(i, f)| c.add(f, i as u64).story).collect()
}

/// The parameter grid searched on train.
fn grid() -> Vec<StoryConfig> {
    let mut out = Vec::new();
    for threshold in [0.12f32, 0.15, 0.18, 0.2, 0.22, 0.25, 0.28, 0.32, 0.36] {
        for entity_weight in [1.0f32, 1.5, 2.0, 3.0] {
            for era_penalty in [1.0f32, 0.7, 0.5, 0.3] {
                out.push(StoryConfig { threshold, entity_weight, era_penalty, ..StoryConfig::default() });
            }
        }
    }
    out
}

/// `crosscheck eval --clustering`: tune the story clusterer on the train
/// stream, then score the dev stream once with the chosen parameters (IDF
/// warmed on train, which plays the part of the corpus seen before).
pub fn eval_clustering(groups: &[Group], json: bool) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let train = clustering::stream(groups, Split::Train);
    let dev = clustering::stream(groups, Split::Dev);
    let feats = |docs: &[StreamDoc]| -> Vec<DocFeatures> {
        docs.iter().map(|d| features(&d.document, Some(&crosscheck::analyze(&d.document)))).collect()
    };
    let (train_f, dev_f) = (feats(&train), feats(&dev));
    let gold = |docs: &[StreamDoc]| docs.iter().map(|d| d.gold.clone()).collect::<Vec<_>>();
    let (train_gold, dev_gold) = (gold(&train), gold(&dev));
    let mut best: Option<(StoryConfig, ClusterScores)> = None;
    for config in grid() {
        let s = clustering::score(&train_gold, &cluster(&train, &train_f, &[], &config));
        if best.as_ref().is_none_or(|(_, b)| s.bcubed_f1 > b.bcubed_f1) {
            best = Some((config, s));
        }
    }
    let (config, train_scores) = best.ok_or_else(|| anyhow::anyhow!("empty parameter grid"))?;
    let dev_cold = clustering::score(&dev_gold, &cluster(&dev, &dev_f, &[], &config));
    let dev_warm = clustering::score(&dev_gold, &cluster(&dev, &dev_f, &train_f, &config));
    let default_dev = clustering::score(&dev_gold, &cluster(&dev, &dev_f, &train_f, &StoryConfig::default()));
    let mut out = std::io::stdout().lock();
    if json {
        let v = serde_json::json!({
            "chosen": {"threshold": config.threshold, "entity_weight": config.entity_weight, "era_penalty": config.era_penalty},
            "train": train_scores, "dev_idf_from_train": dev_warm, "dev_cold_idf": dev_cold,
            "dev_default_config": default_dev,
        });
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "story clustering on ECB+ (gold = subtopic; stream in file order; tuned on train, reported on dev)"
        )?;
        writeln!(
            out,
            "chosen on train: threshold {} entity_weight {} era_penalty {}",
            config.threshold, config.entity_weight, config.era_penalty
        )?;
        writeln!(out, "  {:<24} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}", "run", "docs", "gold", "pred", "B3-P", "B3-R", "B3-F1", "pw-P", "pw-F1")?;
        for (name, s) in [
            ("train (tuned)", &train_scores),
            ("dev, IDF warmed on train", &dev_warm),
            ("dev, cold IDF", &dev_cold),
            ("dev, default config", &default_dev),
        ] {
            writeln!(
                out,
                "  {:<24} {:>5} {:>5} {:>6} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
                name,
                s.documents,
                s.gold_clusters,
                s.predicted_clusters,
                s.bcubed_precision,
                s.bcubed_recall,
                s.bcubed_f1,
                s.pairwise_precision,
                s.pairwise_f1
            )?;
        }
        writeln!(out, "time {:.1} s", started.elapsed().as_secs_f64())?;
    }
    Ok(ExitCode::SUCCESS)
}
