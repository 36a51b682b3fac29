//! A headline or URL slug that its own article's body rules out is a
//! self-contradiction (rule `headline-vs-body`), quoting both; a headline
//! the body agrees with is not. Reports written for this test.

use std::path::PathBuf;

use crosscheck::check_paths;
use crosscheck_ingest::IngestOptions;
use crosscheck_model::{Rule, VerdictKind};

fn corpus(files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-headlines-{}", std::process::id()));
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
    let dir = corpus(&[
        ("slug.txt", &slug),
        ("headline.txt", &headline),
        ("agreeing.txt", &agreeing),
    ]);
    let report = check_paths(&[dir.clone()], &IngestOptions::default());
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
