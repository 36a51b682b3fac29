//! A headline or URL slug that its own article's body rules out, or an
//! exact toll below a floor the same body states, is a
//! self-contradiction (rules `headline-vs-body`, `below-own-floor`), quoting both; a headline
//! the body agrees with is not. Reports written for this test.

use std::path::PathBuf;

use crosscheck::check_paths;
use crosscheck_ingest::IngestOptions;
use crosscheck_model::{Rule, VerdictKind};

fn corpus(test: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

const BODY: &str = "Floods swept through the northern town of Varnow on Tuesday after the Kell river burst its banks. \
Rescue teams searched collapsed homes along the river through the night, and the regional governor declared an emergency.";

#[test]
fn a_stale_headline_or_slug_contradicts_its_own_body() {
    let slug = format!(
        "URL: https://news.example/world/14-killed-as-floods-hit-varnow-3321\nTITLE:\n\n{BODY}\n\nThe death toll from the floods in Varnow has risen to 31 as of Thursday, the governor said.\n"
    );
    let headline = format!(
        "URL: https://other.example/varnow\nTITLE: Dozens feared dead as floods sweep Varnow\n\n{BODY}\n\nThe governor said 212 people were killed in the floods in Varnow.\n"
    );
    let agreeing = format!(
        "URL: https://third.example/floods\nTITLE: Floods kill 31 in Varnow\n\n{BODY}\n\nThe floods killed 31 people in Varnow, the governor said on Thursday.\n"
    );
    let dir = corpus(
        "stale-headline",
        &[
            ("slug.txt", &slug),
            ("headline.txt", &headline),
            ("agreeing.txt", &agreeing),
        ],
    );
    let report = check_paths(std::slice::from_ref(&dir), &IngestOptions::default());
    let _ = std::fs::remove_dir_all(&dir);
    let found: Vec<(String, Vec<String>)> = report
        .verdicts
        .iter()
        .filter(|v| {
            v.kind == VerdictKind::SelfContradiction && v.rules.contains(&Rule::HeadlineVsBody)
        })
        .map(|v| {
            let doc = v.values[0].sources[0].document.to_string();
            let quotes = v
                .values
                .iter()
                .flat_map(|val| val.sources.iter().map(|s| s.quote.clone()))
                .collect();
            (doc, quotes)
        })
        .collect();
    let docs: Vec<&str> = found.iter().map(|(d, _)| d.as_str()).collect();
    assert!(docs.contains(&"slug"), "{found:?}");
    assert!(docs.contains(&"headline"), "{found:?}");
    assert!(!docs.contains(&"agreeing"), "{found:?}");
    let slug_quotes = &found.iter().find(|(d, _)| d == "slug").unwrap().1;
    assert!(
        slug_quotes.iter().any(|q| q.contains("14-killed")),
        "{slug_quotes:?}"
    );
    let head_quotes = &found.iter().find(|(d, _)| d == "headline").unwrap().1;
    assert!(
        head_quotes.iter().any(|q| q.contains("Dozens feared dead")),
        "{head_quotes:?}"
    );
}

#[test]
fn an_exact_toll_below_the_reports_own_floor_is_a_self_contradiction() {
    let stale = format!(
        "{BODY}\n\nThe floods killed at least 5,300 people in the region, officials said.\n\nMost of the 3,000 deaths were in the old town.\n"
    );
    // The floor given as an update: the smaller figure is the toll's past.
    let updated = format!(
        "{BODY}\n\nThe death toll has risen to at least 5,300, officials said.\n\nMost of the 3,000 deaths were in the old town.\n"
    );
    let dir = corpus(
        "own-floor",
        &[("stale.txt", &stale), ("updated.txt", &updated)],
    );
    let report = check_paths(std::slice::from_ref(&dir), &IngestOptions::default());
    let _ = std::fs::remove_dir_all(&dir);
    let docs: Vec<String> = report
        .verdicts
        .iter()
        .filter(|v| {
            v.kind == VerdictKind::SelfContradiction && v.rules.contains(&Rule::BelowOwnFloor)
        })
        .map(|v| v.values[0].sources[0].document.to_string())
        .collect();
    assert_eq!(docs, ["stale"], "{:#?}", report.verdicts);
}
