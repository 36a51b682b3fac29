//! `crosscheck eval`: score crosscheck on story groups of real news with
//! controlled changes injected (see the `crosscheck-eval` crate for the
//! generator and the exact scoring rules).
// OWNED BY THE EVAL HELPER.
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use crosscheck_eval::harness::{AlarmSample, KindRow};
use crosscheck_eval::{EvalResult, Split};

/// Which story groups to score.
#[derive(Clone, Copy, clap::ValueEnum)]
enum SplitArg {
    /// Groups for tuning rules.
    Train,
    /// Groups for reporting (never tune on these).
    Dev,
    /// Both.
    All,
}

/// How the numbers are defined (the crosscheck-eval crate's `score` module
/// has the full rules).
const SCORING: &str = "\
Each case changes one value (given name, number, weekday, city, title) in one article of a story \
group, where the original value is also stated in another article of the group.
An alarm is a contested or self_contradiction verdict. A case is detected when an alarm has a \
source in the changed article whose value words overlap a replacement, or (allowance) whose \
sentence contains a replacement, with an attribute of the case's kind, and no equal alarm \
(same subject, attribute and value strings) on the clean group.
Induced false positives: new alarms (no equal one on the clean group) that cite the changed \
article but do not touch the change. recall = detected / cases; precision = detected / \
(detected + induced FP). Verdicts on clean text = alarms on the unchanged groups.
Paired: detected by an alarm that also cites the original value in another article (its value \
words contain the original), so the change is set against what the other reports say rather \
than against an unrelated value of the same kind; paired recall = paired / cases.
Strong: detected by an alarm that is not a weak match (weak_match: the sentences behind a \
contest match only in part); strong recall = strong / cases.
Tune on --split train only; report on dev.";

/// Flags of `eval`.
#[derive(clap::Args)]
#[command(after_long_help = SCORING)]
pub struct Args {
    /// The ECB+ train/dev JSONL file [default: ../shared/data/news-clustering/ecbplus/docs-train-dev.jsonl].
    #[arg(long, value_name = "PATH")]
    data: Option<PathBuf>,
    /// Which story groups to score: tune on train, report on dev.
    #[arg(long, value_enum, default_value = "dev")]
    split: SplitArg,
    /// Also write each case as DIR/<case-id>/<doc>.txt plus key.json.
    #[arg(long, value_name = "DIR")]
    write: Option<PathBuf>,
    /// Show up to N alarms raised on clean text, N induced false positives and N missed cases.
    #[arg(long, value_name = "N", default_value_t = 0)]
    show: usize,
    /// Print the results as JSON.
    #[arg(long)]
    json: bool,
    /// Score story clustering instead (BCubed and pairwise F1; parameters tuned on train, reported on dev).
    #[arg(long)]
    clustering: bool,
    /// With --clustering: score on N articles of the synthetic news stream instead of ECB+.
    #[arg(long, value_name = "N", requires = "clustering")]
    synthetic: Option<usize>,
    /// Seed of the case generator.
    #[arg(long, default_value_t = crosscheck_eval::DEFAULT_SEED)]
    seed: u64,
    /// Generate cases with this many seeds (SEED, SEED+1, …) and score them
    /// all: one seed gives about 190 train and 70 dev cases, few enough
    /// that a single draw moves recall by several points.
    #[arg(long, value_name = "N", default_value_t = 1)]
    seeds: u64,
    /// Score with a reconcile tunable set to another value than its
    /// default (repeatable): align, align_outlier, align_unique, idf_floor,
    /// duration_scale. For tuning on train; the product runs on defaults.
    #[arg(long, value_name = "NAME=VALUE")]
    tune: Vec<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut config = crosscheck_reconcile::Config::default();
    for setting in &args.tune {
        config
            .apply(setting)
            .map_err(|e| anyhow::anyhow!("--tune: {e}"))?;
    }
    let split = match args.split {
        SplitArg::Train => Split::Train,
        SplitArg::Dev => Split::Dev,
        SplitArg::All => Split::All,
    };
    if let Some(n) = args.synthetic {
        return crate::cmd_stories::eval_clustering_synthetic(n, args.json);
    }
    let path = args
        .data
        .clone()
        .unwrap_or_else(crosscheck_eval::default_data_path);
    let groups = crosscheck_eval::load(&path)
        .context("loading the eval data (use --data PATH to point at docs-train-dev.jsonl)")?;
    if args.clustering {
        return crate::cmd_stories::eval_clustering(&groups, args.json);
    }
    let mut cases = Vec::new();
    for seed in (0..args.seeds.max(1)).map(|k| args.seed.wrapping_add(k)) {
        for mut case in crosscheck_eval::generate(&groups, seed)
            .into_iter()
            .filter(|c| split.includes(&c.key.split))
        {
            if args.seeds > 1 {
                case.key.id = format!("{}@{seed}", case.key.id);
            }
            cases.push(case);
        }
    }
    let prepare = crosscheck_eval::harness::since(started);
    if let Some(dir) = &args.write {
        let n = crosscheck_eval::write::write_cases(dir, &groups, &cases)
            .with_context(|| format!("writing cases to {}", dir.display()))?;
        eprintln!("wrote {n} cases to {}", dir.display());
    }
    let mut result =
        crosscheck_eval::evaluate(&groups, &cases, split, args.seed, args.show, |docs| {
            crosscheck::check_documents_with(docs, &config).verdicts
        });
    result.timing.prepare_seconds = prepare;
    result.timing.total_seconds = crosscheck_eval::harness::since(started);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &result)?;
        writeln!(out)?;
    } else {
        print_text(&result, &path, args.seeds.max(1), &mut out)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |v| format!("{:.3}", v))
}

fn kind_line(out: &mut dyn Write, r: &KindRow) -> std::io::Result<()> {
    writeln!(
        out,
        "  {:<12} {:>6} {:>9} {:>7} {:>11} {:>10} {:>7} {:>7} {:>7} {:>7}",
        r.kind,
        r.cases,
        r.detected,
        pct(r.recall),
        r.induced_fp,
        pct(r.precision),
        r.paired,
        pct(r.paired_recall),
        r.strong,
        pct(r.strong_recall)
    )
}

fn print_text(
    r: &EvalResult,
    path: &std::path::Path,
    seeds: u64,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let split = match r.split {
        Split::Train => "train",
        Split::Dev => "dev",
        Split::All => "all",
    };
    let seed = if seeds > 1 {
        format!("seeds {}..={}", r.seed, r.seed.wrapping_add(seeds - 1))
    } else {
        format!("seed {}", r.seed)
    };
    writeln!(
        out,
        "crosscheck eval: {} (split {split}, {seed})",
        path.display()
    )?;
    writeln!(
        out,
        "{} story groups, {} articles, {} cases\n",
        r.groups, r.documents, r.overall.cases
    )?;
    writeln!(
        out,
        "  {:<12} {:>6} {:>9} {:>7} {:>11} {:>10} {:>7} {:>7} {:>7} {:>7}",
        "kind",
        "cases",
        "detected",
        "recall",
        "induced FP",
        "precision",
        "paired",
        "recall",
        "strong",
        "recall"
    )?;
    for k in &r.per_kind {
        kind_line(out, k)?;
    }
    kind_line(out, &r.overall)?;
    writeln!(
        out,
        "\nverdicts on clean text (contested + self_contradiction): {} in {} groups ({} per group), {} of them strong matches",
        r.clean_alarms,
        r.groups,
        r.clean_alarms_per_group
            .map_or("-".into(), |v| format!("{v:.2}")),
        r.clean_strong_alarms
    )?;
    writeln!(
        out,
        "single-source verdicts on clean text: {} in {} groups ({} per group)",
        r.clean_single_source,
        r.groups,
        r.clean_single_source_per_group
            .map_or("-".into(), |v| format!("{v:.2}")),
    )?;
    writeln!(
        out,
        "  {:<14} {:<5} {:>5} {:>6} {:>6} {:>9} {:>8}",
        "group", "split", "docs", "clean", "cases", "detected", "induced"
    )?;
    for g in &r.per_group {
        writeln!(
            out,
            "  {:<14} {:<5} {:>5} {:>6} {:>6} {:>9} {:>8}",
            g.group, g.split, g.documents, g.clean_alarms, g.cases, g.detected, g.induced_fp
        )?;
    }
    let t = &r.timing;
    writeln!(
        out,
        "\ntiming: {} clean runs ({} articles, {:.2} s) + {} case runs ({} articles, {:.2} s): {} articles/s; \
         load+generate {:.2} s, total {:.2} s",
        t.clean_runs,
        t.clean_documents,
        t.clean_seconds,
        t.case_runs,
        t.case_documents,
        t.case_seconds,
        t.documents_per_second.map_or("-".into(), |v| format!("{v:.1}")),
        t.prepare_seconds,
        t.total_seconds
    )?;
    if !r.clean_samples.is_empty() {
        writeln!(out, "\nsample verdicts on clean text (each is a false alarm unless the sources really differ):")?;
        for s in &r.clean_samples {
            sample(out, s)?;
        }
    }
    if !r.induced_samples.is_empty() {
        writeln!(out, "\nsample induced false positives:")?;
        for s in &r.induced_samples {
            sample(out, s)?;
        }
    }
    if !r.missed_samples.is_empty() {
        writeln!(out, "\nsample missed cases:")?;
        for id in &r.missed_samples {
            if let Some(c) = r.cases.iter().find(|c| &c.id == id) {
                writeln!(
                    out,
                    "  {id}: {} {:?} → {:?}",
                    c.doc_id, c.original, c.replacement
                )?;
            }
        }
    }
    Ok(())
}

/// Quotes printed per value of a sample (JSON output has them all).
const QUOTES_SHOWN: usize = 3;

fn sample(out: &mut dyn Write, s: &AlarmSample) -> std::io::Result<()> {
    let case = s
        .case
        .as_deref()
        .map(|c| format!(" case {c}"))
        .unwrap_or_default();
    writeln!(
        out,
        "  [{}] group {}{case}: {} / {}: {}",
        s.kind, s.group, s.subject, s.attribute, s.explanation
    )?;
    for (value, quotes) in &s.values {
        let more = quotes.len().saturating_sub(QUOTES_SHOWN);
        let more = if more > 0 {
            format!(" (+{more} more sources)")
        } else {
            String::new()
        };
        writeln!(out, "    {value:?}{more}")?;
        for q in quotes.iter().take(QUOTES_SHOWN) {
            let short: String = q.chars().take(240).collect();
            let ell = if short.len() < q.len() { "…" } else { "" };
            writeln!(out, "      {short}{ell}")?;
        }
    }
    Ok(())
}
