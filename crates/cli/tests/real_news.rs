//! The verdict bars on real news (issue 23, item 4): run the shared scorer,
//! `../shared/tools/score_verdicts.py`, with this build's binary over
//! `../shared/data/real-news` and fail below them. The key and the reports
//! stay in `../shared`; nothing of them is copied here.

use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

#[test]
fn verdicts_on_real_news_meet_the_bars() {
    let shared = shared();
    let scorer = shared.join("tools/score_verdicts.py");
    let data = shared.join("data/real-news");
    assert!(
        scorer.is_file() && data.join("KEY.json").is_file(),
        "the real-news set and its scorer are expected beside the repository, in {}",
        shared.display()
    );
    let out = Command::new("python3")
        .arg(&scorer)
        .arg(data.join("KEY.json"))
        .arg(&data)
        .arg("--bin")
        .arg(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("--json")
        .output()
        .expect("python3 runs the scorer");
    assert!(
        out.status.success(),
        "the scorer failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("scorer JSON");
    let total = &report["total"];
    let share = |name: &str| total[name].as_f64().unwrap_or(0.0);
    let count = |name: &str| total[name].as_u64().unwrap_or(u64::MAX);
    let bars = [
        ("precision", share("precision"), 0.80),
        ("recall", share("recall"), 0.60),
        ("recall_high", share("recall_high"), 0.70),
        ("timeline_recall", share("timeline_recall"), 0.50),
        ("self_recall", share("self_recall"), 0.40),
        // Same-origin pairs: recall at the bar's precision.
        (
            "origin_pair_precision",
            share("origin_pair_precision"),
            0.90,
        ),
        ("origin_pair_recall", share("origin_pair_recall"), 0.80),
    ];
    let below: Vec<String> = bars
        .iter()
        .filter(|(_, got, bar)| got < bar)
        .map(|(name, got, bar)| format!("{name} {got:.2} < {bar:.2}"))
        .collect();
    assert!(below.is_empty(), "below the bars: {below:?}\n{total:#}");
    assert!(count("traps_flagged") <= 2, "traps flagged: {total:#}");
    assert_eq!(count("swallowed"), 0, "disagreements swallowed: {total:#}");
}
