//! End-to-end tests of the corpus commands: ingest (idempotent, resumable
//! after `kill -9`), stories, report, search, and bad databases.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crosscheck_store::Store;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds")
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn ingest(db: &Path, extra: &[&str]) -> Command {
    let mut c = bin();
    c.arg("ingest").arg("--db").arg(db).args(extra);
    c
}

fn stories_json(db: &Path) -> String {
    String::from_utf8_lossy(
        &ok(bin()
            .args(["stories", "-n", "100000", "--json", "--db"])
            .arg(db)
            .output()
            .unwrap())
        .stdout,
    )
    .into_owned()
}

const SYNTHETIC: &[&str] = &["--synthetic", "1200", "--batch", "50", "-j", "2"];

#[test]
fn kill_9_mid_ingest_then_rerun_loses_and_duplicates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("ref.db");
    ok(ingest(&reference, SYNTHETIC).output().unwrap());
    let want = Store::open_read_only(&reference).unwrap().counts().unwrap();
    assert!(
        want.documents > 1000 && want.families < want.documents && want.stories > 50,
        "{want:?}"
    );

    let db = dir.path().join("c.db");
    let mut child = ingest(&db, SYNTHETIC)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let committed = loop {
        std::thread::sleep(Duration::from_millis(100));
        let n = Store::open_read_only(&db)
            .ok()
            .and_then(|s| s.counts().ok())
            .map_or(0, |c| c.documents);
        if n >= 200 {
            break n;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "ingest made no progress"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "ingest finished before it could be killed"
        );
    };
    child.kill().unwrap(); // SIGKILL: no destructor, no rollback handler runs
    child.wait().unwrap();
    let after_kill = Store::open_read_only(&db).unwrap().counts().unwrap();
    assert!(
        after_kill.documents >= committed && after_kill.documents < want.documents,
        "{after_kill:?}"
    );
    assert_eq!(after_kill.documents, after_kill.distinct_hashes);

    // The same command again finishes the job, and the result is the same as one uninterrupted run.
    ok(ingest(&db, SYNTHETIC).output().unwrap());
    let got = Store::open_read_only(&db).unwrap().counts().unwrap();
    assert_eq!(got, want);
    assert_eq!(stories_json(&db), stories_json(&reference));
    // And once more: nothing new.
    let out = ok(ingest(&db, &[SYNTHETIC, &["--json"]].concat())
        .output()
        .unwrap());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["run"]["stored"], 0);
    assert_eq!(Store::open_read_only(&db).unwrap().counts().unwrap(), want);
}

#[test]
fn seeds_make_one_story_that_reports_searches_and_lists() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    ok(ingest(&db, &[]).arg(seeds()).output().unwrap());
    // Ingesting the same files again stores nothing twice.
    ok(ingest(&db, &[]).arg(seeds()).output().unwrap());
    let counts = Store::open_read_only(&db).unwrap().counts().unwrap();
    assert_eq!((counts.documents, counts.stories), (5, 1), "{counts:?}");
    let line: serde_json::Value = serde_json::from_str(stories_json(&db).trim()).unwrap();
    assert_eq!(line["articles"], 5);
    assert!(
        line["contested"].as_i64().unwrap() > 0,
        "the seeds disagree on names: {line}"
    );
    let id = line["id"].to_string();
    let report = ok(bin()
        .args(["report", &id, "--format", "json", "--db"])
        .arg(&db)
        .output()
        .unwrap());
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(report["documents"].as_array().unwrap().len(), 5);
    // Every quote is an exact slice of its document.
    for v in report["verdicts"].as_array().unwrap() {
        for val in v["values"].as_array().unwrap() {
            for s in val["sources"].as_array().unwrap() {
                let doc = report["documents"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|d| d["id"] == s["document"])
                    .unwrap();
                let text = doc["text"].as_str().unwrap();
                let (a, b) = (
                    s["start"].as_u64().unwrap() as usize,
                    s["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[a..b], s["quote"].as_str().unwrap());
            }
        }
    }
    for fmt in ["text", "markdown", "html"] {
        ok(bin()
            .args(["report", &id, "--format", fmt, "--db"])
            .arg(&db)
            .output()
            .unwrap());
    }
    let hits = ok(bin()
        .args(["search", "Witkoff", "Putin", "--json", "--db"])
        .arg(&db)
        .output()
        .unwrap());
    assert!(String::from_utf8_lossy(&hits.stdout).lines().count() >= 3);
    let none = bin()
        .args(["search", "zzyzx", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(1));
    let missing = bin()
        .args(["report", "424242", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no story 424242"));
}

#[test]
fn corrupt_locked_and_missing_databases_fail_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.db");
    std::fs::write(
        &bad,
        "not a database at all, but long enough to have a header ..........",
    )
    .unwrap();
    let out = ingest(&bad, &[]).arg(seeds()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.db") && err.contains("corrupt"), "{err}");

    let db = dir.path().join("c.db");
    let _held = Store::open(&db).unwrap();
    let out = ingest(&db, &[]).arg(seeds()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("locked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = bin()
        .args(["stories", "--db"])
        .arg(dir.path().join("none.db"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such database"));
}
