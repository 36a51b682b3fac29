//! End-to-end tests: run the real `crosscheck` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn seeds() -> PathBuf {
    repo().join("../shared/seeds")
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn check_json(paths: &[&Path]) -> (Output, Value) {
    let out = bin()
        .arg("check")
        .args(paths)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v = json_of(&out);
    (out, v)
}

/// Every quote and removed text in a JSON report is an exact slice of its document's text.
fn assert_exact_evidence(report: &Value) {
    let docs = report["documents"].as_array().unwrap();
    let text_of = |id: &str| {
        docs.iter().find(|d| d["id"] == id).unwrap()["text"]
            .as_str()
            .unwrap()
            .to_string()
    };
    for d in docs {
        let text = d["text"].as_str().unwrap();
        for r in d["removed"].as_array().unwrap() {
            let (s, e) = (
                r["start"].as_u64().unwrap() as usize,
                r["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..e], r["text"].as_str().unwrap());
        }
    }
    for v in report["verdicts"].as_array().unwrap() {
        assert!(!v["explanation"].as_str().unwrap().is_empty());
        for val in v["values"].as_array().unwrap() {
            for s in val["sources"].as_array().unwrap() {
                let text = text_of(s["document"].as_str().unwrap());
                let (a, b) = (
                    s["start"].as_u64().unwrap() as usize,
                    s["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(
                    &text[a..b],
                    s["quote"].as_str().unwrap(),
                    "quote is not an exact slice"
                );
                let (va, vb) = (
                    s["value_start"].as_u64().unwrap() as usize,
                    s["value_end"].as_u64().unwrap() as usize,
                );
                assert!(a <= va && vb <= b, "value outside its quote");
            }
        }
    }
}

fn verdicts<'a>(report: &'a Value, kind: &str, attribute: &str) -> Vec<&'a Value> {
    report["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["kind"] == kind && v["attribute"] == attribute)
        .collect()
}

/// value → set of documents stating it.
fn value_docs(verdict: &Value) -> Vec<(String, Vec<String>)> {
    verdict["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            let mut docs: Vec<String> = v["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["document"].as_str().unwrap().to_string())
                .collect();
            docs.sort();
            docs.dedup();
            (v["value"].as_str().unwrap().to_string(), docs)
        })
        .collect()
}

#[test]
fn seeds_show_the_envoys_drifting_given_names() {
    let (out, report) = check_json(&[&seeds()]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_exact_evidence(&report);
    let contested = verdicts(&report, "contested", "given_name");
    let witkoff = contested
        .iter()
        .find(|v| v["subject"].as_str().unwrap().contains("Witkoff"))
        .expect("a contested given name for Witkoff");
    let values = value_docs(witkoff);
    let docs_saying = |name: &str| -> Vec<String> {
        values
            .iter()
            .filter(|(v, _)| v.starts_with(name))
            .flat_map(|(_, d)| d.clone())
            .collect()
    };
    for name in ["Steve", "David", "Amos", "Jared", "Elliott"] {
        assert!(
            !docs_saying(name).is_empty(),
            "{name} missing from {values:?}"
        );
    }
    // Which article says which.
    assert!(docs_saying("David").iter().all(|d| d.starts_with("001")));
    assert!(docs_saying("Amos").iter().all(|d| d.starts_with("001")));
    assert!(docs_saying("Jared").iter().all(|d| d.starts_with("000")));
    assert!(docs_saying("Steve").iter().any(|d| d.starts_with("003")));
    // The two articles that name him two ways contradict themselves.
    let selfc = verdicts(&report, "self_contradiction", "given_name");
    for doc in ["000", "001"] {
        assert!(
            selfc.iter().any(|v| value_docs(v)
                .iter()
                .all(|(_, d)| d.iter().all(|d| d.starts_with(doc)))),
            "no self-contradiction for {doc}"
        );
    }
}

#[test]
fn seeds_contest_the_presidents_former_or_current_status() {
    let (_, report) = check_json(&[&seeds()]);
    let status = verdicts(&report, "contested", "status");
    let trump = status
        .iter()
        .find(|v| v["subject"].as_str().unwrap().contains("Trump"))
        .expect("a contested status for Trump");
    let values: Vec<String> = value_docs(trump).into_iter().map(|(v, _)| v).collect();
    assert!(
        values.contains(&"former".to_string()) && values.contains(&"current".to_string()),
        "{values:?}"
    );
}

#[test]
fn seeds_do_not_call_2014_and_2022_a_contradiction() {
    let (_, report) = check_json(&[&seeds()]);
    for v in report["verdicts"].as_array().unwrap() {
        if v["kind"] != "contested" && v["kind"] != "self_contradiction" {
            continue;
        }
        let vals: Vec<String> = value_docs(v).into_iter().map(|(v, _)| v).collect();
        let has = |y: &str| vals.iter().any(|v| v.contains(y));
        assert!(
            !(has("2014") && has("2022")),
            "2014 vs 2022 called a contradiction: {v}"
        );
    }
}

#[test]
fn seeds_report_page_noise_and_keep_tables() {
    let (_, report) = check_json(&[&seeds()]);
    let docs = report["documents"].as_array().unwrap();
    let removed_of = |prefix: &str| -> Vec<String> {
        docs.iter()
            .find(|d| d["id"].as_str().unwrap().starts_with(prefix))
            .unwrap()["removed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        removed_of("002").len() >= 5,
        "widgets, menus and the disclaimer of 002 are noise"
    );
    assert!(!removed_of("003").is_empty());
    assert!(
        removed_of("000").iter().all(|r| !r.contains('|')),
        "pipe tables are content"
    );
}

#[test]
fn planned_and_held_meeting_is_a_timeline_not_a_conflict() {
    let (_, report) = check_json(&[&seeds()]);
    assert!(
        !verdicts(&report, "timeline", "occurrence").is_empty(),
        "scheduled vs met should be a timeline"
    );
    assert!(verdicts(&report, "contested", "occurrence").is_empty());
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let good = "Mayor Ilona Varga said on Monday that 40 homes were flooded in Lindholm.\n";
    std::fs::write(dir.path().join("good.txt"), good).unwrap();
    std::fs::write(
        dir.path().join("binary.html"),
        [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0],
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), "  \n").unwrap();
    // Latin-1 "café" is not UTF-8: decoded with a warning, still used.
    std::fs::write(
        dir.path().join("latin1.txt"),
        b"The caf\xe9 owner, Mayor Ilona Varga, said 40 homes were flooded.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("big.txt"), "word ".repeat(5000)).unwrap();
    let missing = dir.path().join("missing.txt");
    let out = bin()
        .arg("check")
        .arg(dir.path())
        .arg(&missing)
        .args(["--format", "json", "--max-bytes", "10000"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "partial: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    for name in [
        "binary.html",
        "empty.txt",
        "latin1.txt",
        "big.txt",
        "missing.txt",
    ] {
        assert!(stderr.contains(name), "{name} not named in: {stderr}");
        let line = stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_default();
        assert_eq!(
            line.matches(name).count(),
            1,
            "{name} named twice in one line: {line}"
        );
    }
    assert!(
        stderr.contains("binary.html: binary file, not text"),
        "{stderr}"
    );
    let report = json_of(&out);
    let ids: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"good") && ids.contains(&"latin1"), "{ids:?}");
    let latin = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "latin1")
        .unwrap();
    assert!(latin["text"].as_str().unwrap().contains("café"));
}

#[test]
fn no_usable_input_fails() {
    let out = bin()
        .args(["check", "/nonexistent/nothing.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "usage error");
}

#[test]
fn stdin_is_read_with_dash() {
    let mut child = bin()
        .args(["check", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Envoy Steve Witkoff met President Vladimir Putin in Moscow on Tuesday.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let report = json_of(&out);
    assert_eq!(report["documents"][0]["path"], "-");
}

#[test]
fn every_format_renders_and_colour_follows_the_flags() {
    let seeds = seeds();
    for format in ["text", "markdown", "html", "json"] {
        let out = bin()
            .arg("check")
            .arg(&seeds)
            .args(["--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        assert!(!out.stdout.is_empty(), "{format}");
    }
    let plain = bin().arg("check").arg(&seeds).output().unwrap();
    assert!(!plain.stdout.contains(&0x1b), "no colour when piped");
    let coloured = bin()
        .arg("check")
        .arg(&seeds)
        .args(["--color", "always"])
        .output()
        .unwrap();
    assert!(coloured.stdout.contains(&0x1b));
}

#[test]
fn bundled_examples_check_cleanly() {
    let (out, report) = check_json(&[&repo().join("examples/korvath-quake")]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_exact_evidence(&report);
    assert_eq!(report["documents"].as_array().unwrap().len(), 7);
    // Planted drift (examples/README.md is the answer key).
    let varga = verdicts(&report, "contested", "given_name");
    let varga = varga
        .iter()
        .find(|v| v["subject"] == "Varga")
        .expect("Varga's given name contested");
    let names: Vec<String> = value_docs(varga).into_iter().map(|(v, _)| v).collect();
    assert!(
        names.contains(&"Helena".to_string()) && names.contains(&"Ilona".to_string()),
        "{names:?}"
    );
    let selfc = verdicts(&report, "self_contradiction", "given_name");
    assert!(selfc.iter().any(|v| value_docs(v)
        .iter()
        .all(|(_, d)| d == &vec!["eastern-ledger".to_string()])));
    let magnitude = verdicts(&report, "contested", "quantity");
    assert!(magnitude.iter().any(|v| {
        let vals: Vec<String> = value_docs(v).into_iter().map(|(v, _)| v).collect();
        vals.iter().any(|x| x.contains("6.7")) && vals.iter().any(|x| x.contains("6.9"))
    }));
    let weekday = verdicts(&report, "contested", "weekday");
    assert!(weekday.iter().any(|v| {
        let vals: Vec<String> = value_docs(v).into_iter().map(|(v, _)| v).collect();
        vals.contains(&"Sunday".to_string()) && vals.contains(&"Saturday".to_string())
    }));
    // The rising death toll in dated reports is a timeline.
    assert!(!verdicts(&report, "timeline", "count").is_empty());
    // The syndicated copy is one origin with its source, and says why.
    let origins = report["origins"].as_array().unwrap();
    assert_eq!(origins.len(), 6);
    let merged = origins
        .iter()
        .find(|o| o["documents"].as_array().unwrap().len() == 2)
        .expect("a merged origin");
    let ids: Vec<&str> = merged["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"continental-wire") && ids.contains(&"riverside-tribune"),
        "{ids:?}"
    );
    assert!(merged["reason"].as_str().unwrap().contains("5-grams"));
}

#[test]
fn the_same_input_gives_the_same_report() {
    // Each process gets new hash seeds: any order-dependence shows up here.
    let run = || {
        bin()
            .arg("check")
            .arg(repo().join("examples/korvath-quake"))
            .args(["--format", "json"])
            .output()
            .unwrap()
            .stdout
    };
    let first = run();
    for _ in 0..2 {
        assert!(
            first == run(),
            "two runs over the same files gave different reports"
        );
    }
}

#[test]
fn strong_only_leaves_out_weak_matches_and_nothing_else() {
    let example = repo().join("examples/korvath-quake");
    let (_, all) = check_json(&[&example]);
    let out = bin()
        .arg("check")
        .arg(&example)
        .args(["--format", "json", "--strong-only"])
        .output()
        .unwrap();
    let strong = json_of(&out);
    let list = |r: &Value| r["verdicts"].as_array().unwrap().clone();
    let weak = list(&all)
        .iter()
        .filter(|v| v["weak_match"] == true)
        .count();
    assert!(weak > 0, "the example has a weak-match contest");
    assert_eq!(list(&strong).len() + weak, list(&all).len());
    assert!(list(&strong).iter().all(|v| v.get("weak_match").is_none()));
    assert!(String::from_utf8_lossy(&out.stderr).contains("left out"));
}
