//! `crosscheck bench`: how fast is `check`? Measured in-process, no timed
//! assertions anywhere: numbers for the notes, not for tests.
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Flags of `bench`.
#[derive(clap::Args)]
pub struct Args {
    /// Articles to run `check` on, repeatedly (default: ../shared/seeds).
    #[arg(long)]
    seeds: Option<PathBuf>,
    /// How many times to run `check` on the seeds.
    #[arg(long, default_value_t = 30)]
    repeat: usize,
    /// Number of articles for the throughput run (ECB+ articles, cycled).
    #[arg(long, default_value_t = 1000)]
    articles: usize,
    /// ECB+ JSONL file for the throughput run.
    #[arg(long)]
    data: Option<PathBuf>,
    /// Instead: time `check` on generated hostile inputs (a 1 MB sentence,
    /// 100,000 nested tags, 20 MB of text and of HTML) against normal
    /// inputs of the same size.
    #[arg(long)]
    hostile: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.hostile {
        crate::bench_hostile::run()?;
        return Ok(ExitCode::SUCCESS);
    }
    let seeds = args
        .seeds
        .unwrap_or_else(|| PathBuf::from("../shared/seeds"));
    let options = crosscheck::IngestOptions::default();
    let mut times = Vec::new();
    let mut docs = 0;
    for _ in 0..args.repeat.max(1) {
        let t = Instant::now();
        let report = crosscheck::check_paths(std::slice::from_ref(&seeds), &options);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        docs = report.documents.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "check {} ({docs} documents), {} runs: min {:.2} ms, median {:.2} ms, max {:.2} ms (in-process, whole pipeline from files)",
        seeds.display(),
        times.len(),
        times[0],
        times[times.len() / 2],
        times[times.len() - 1]
    );

    let data = args.data.unwrap_or_else(crosscheck_eval::default_data_path);
    let groups = crosscheck_eval::load(&data)?;
    // Cycle the ECB+ story groups until `articles` articles are covered;
    // each group is checked as one story, as `check` is meant to be used.
    let mut stories = Vec::new();
    let mut n = 0;
    'outer: loop {
        for g in &groups {
            if n >= args.articles {
                break 'outer;
            }
            let take = (args.articles - n).min(g.docs.len());
            let mut d = g.documents(None);
            d.truncate(take);
            n += d.len();
            stories.push(d);
        }
        if groups.is_empty() {
            break;
        }
    }
    let bytes: usize = stories.iter().flatten().map(|d| d.text.len()).sum();
    let t = Instant::now();
    let mut verdicts = 0;
    for story in stories.iter().cloned() {
        verdicts += crosscheck::check_documents(story).verdicts.len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "throughput: {n} articles in {} stories ({:.1} MB) in {:.2} s: {:.0} articles/s, {:.2} MB/s, {verdicts} verdicts (one thread)",
        stories.len(),
        bytes as f64 / 1e6,
        secs,
        n as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(ExitCode::SUCCESS)
}
