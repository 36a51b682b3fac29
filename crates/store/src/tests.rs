use crosscheck_cluster::lsh::Signature;
use crosscheck_cluster::stories::{features, StoryConfig};
use crosscheck_model::{Analysis, Document, Verdict, VerdictKind};

use super::*;

const FERRY: &str = "The ferry Nordlys struck the breakwater at Lindholm shortly after dawn on Monday, \
    the harbour authority said. Rescue crews pulled 180 passengers from the water within three hours \
    and divers searched the hull through the evening. The port stays closed to all traffic until further notice.";
const BUDGET: &str = "The council of Marrowdale approved a budget of 41 million crowns for the coming year \
    after a six-hour debate. Opposition members walked out before the vote, saying cuts to libraries \
    and swimming pools had been forced through without consultation.";

fn prepared(id: &str, text: &str) -> Prepared {
    let mut doc = Document::from_text(id, format!("{id}.txt"), text);
    doc.title = Some(format!("Title of {id}"));
    doc.published = Some("2024-05-06".into());
    let (signature, features) = (Signature::of_document(&doc), features(&doc, None));
    Prepared::new(
        content_hash(text.as_bytes()),
        doc,
        &Analysis::default(),
        signature,
        features,
    )
}

fn writer(path: &Path) -> Writer {
    Writer::new(Store::open(path).expect("opens"), StoryConfig::default()).expect("writer")
}

#[test]
fn stores_once_groups_copies_and_resumes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("c.db");
    let copy = format!("{FERRY} Updated with comment from the ferry company.");
    {
        let mut w = writer(&db);
        let out = w
            .write_batch(
                vec![
                    prepared("a", FERRY),
                    prepared("b", &copy),
                    prepared("c", BUDGET),
                    prepared("a2", FERRY),
                ],
                vec![],
            )
            .expect("writes");
        assert_eq!((out.stored, out.duplicates, out.copies), (3, 1, 1));
        let c = w.store().counts().expect("counts");
        assert_eq!((c.documents, c.families, c.stories, c.stale), (3, 2, 2, 2));
    }
    // A new writer (as after a restart) skips what is stored and keeps the indexes.
    let mut w = writer(&db);
    assert!(w.knows(&content_hash(FERRY.as_bytes())));
    let third = format!("{FERRY} A third outlet ran it with its own last line.");
    let out = w
        .write_batch(vec![prepared("a", FERRY), prepared("d", &third)], vec![])
        .expect("writes");
    assert_eq!(
        (out.stored, out.duplicates, out.copies, out.new_stories),
        (1, 1, 1, 0)
    );
    let stories = w.store().stories(10).expect("stories");
    assert_eq!(stories[0].articles, 3);
    assert_eq!(stories[0].origins, 1);
    // Verdicts are recomputed for stale stories, with origins from the families.
    let n = w
        .refresh_verdicts(100, 2, |docs, _, origins| {
            vec![Verdict {
                weak_match: false,
                rules: Vec::new(),
                kind: VerdictKind::Contested,
                subject: format!("{} docs", docs.len()),
                attribute: format!("{} origins", origins.len()),
                explanation: String::new(),
                values: vec![],
            }]
        })
        .expect("refresh");
    assert_eq!(n, 2);
    let s = w.store().story(stories[0].id).expect("story");
    assert_eq!(s.documents.len(), 3);
    assert_eq!(s.origins.len(), 1);
    assert!(
        s.origins[0].reason.contains("MinHash"),
        "{}",
        s.origins[0].reason
    );
    assert_eq!(s.verdicts.expect("verdicts")[0].subject, "3 docs");
    assert_eq!(w.store().counts().expect("counts").stale, 0);
    assert!(matches!(w.store().story(999), Err(StoreError::NoStory(_))));
}

#[test]
fn search_ranks_matching_documents() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("c.db");
    let mut w = writer(&db);
    w.write_batch(vec![prepared("a", FERRY), prepared("c", BUDGET)], vec![])
        .expect("writes");
    let hits = w.store().search("ferry breakwater", 10).expect("search");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].doc_id, "a");
    assert!(
        hits[0].snippet.contains("[ferry]") || hits[0].snippet.contains("[breakwater]"),
        "{}",
        hits[0].snippet
    );
    // FTS syntax in user text is taken literally, never an error.
    assert!(
        w.store()
            .search("\"budget\" (crowns* NEAR", 10)
            .expect("search")
            .is_empty()
            && w.store()
                .search("budget: (crowns*", 10)
                .expect("search")
                .len()
                == 1
    );
    assert!(w.store().search("   ", 10).expect("search").is_empty());
}

#[test]
fn second_writer_is_refused_while_first_holds_the_lock() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("c.db");
    let _first = Store::open(&db).expect("opens");
    assert!(matches!(Store::open(&db), Err(StoreError::Locked { .. })));
    // Readers are welcome.
    assert!(Store::open_read_only(&db).is_ok());
}

#[test]
fn corrupt_missing_and_too_new_files_are_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("bad.db");
    std::fs::write(
        &bad,
        b"this is not an sqlite database, just some text that is long enough ......",
    )
    .expect("write");
    let err = Store::open(&bad).err().expect("fails");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
    assert!(err.to_string().contains("bad.db"));
    assert!(matches!(
        Store::open_read_only(&dir.path().join("none.db")),
        Err(StoreError::Missing { .. })
    ));
    let db = dir.path().join("new.db");
    drop(Store::open(&db).expect("opens"));
    let conn = rusqlite::Connection::open(&db).expect("raw");
    conn.pragma_update(None, "user_version", 99).expect("bump");
    drop(conn);
    assert!(matches!(
        Store::open(&db),
        Err(StoreError::TooNew { found: 99, .. })
    ));
}

#[test]
fn disk_full_rolls_back_the_whole_batch() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("c.db");
    let mut w = writer(&db);
    w.write_batch(vec![prepared("a", FERRY)], vec![])
        .expect("writes");
    let before = w.store().counts().expect("counts");
    let pages: i64 = w
        .store()
        .conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("pages");
    w.store().set_max_pages(pages as u64 + 2).expect("cap");
    let big: Vec<Prepared> = (0..200)
        .map(|i| {
            prepared(
                &format!("n{i}"),
                &format!("{BUDGET} Item {i} {}", "filler words here ".repeat(50)),
            )
        })
        .collect();
    let err = w.write_batch(big, vec![]).expect_err("disk full");
    assert!(matches!(err, StoreError::Full { .. }), "{err}");
    assert!(err.to_string().contains("rolled back"));
    assert!(
        w.write_batch(vec![prepared("z", BUDGET)], vec![]).is_err(),
        "a failed writer must not go on"
    );
    drop(w);
    let store = Store::open(&db).expect("reopens");
    assert_eq!(store.counts().expect("counts"), before);
}

#[test]
fn failures_are_recorded_and_cleared_when_the_input_later_succeeds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("c.db");
    let mut w = writer(&db);
    let p = prepared("a", FERRY);
    let f = Failure {
        hash: p.hash.clone(),
        path: "a.txt".into(),
        error: "analysis panicked".into(),
    };
    assert_eq!(w.write_batch(vec![], vec![f]).expect("writes").failed, 1);
    assert_eq!(
        w.store().failures().expect("failures"),
        vec![("a.txt".to_string(), "analysis panicked".to_string())]
    );
    w.write_batch(vec![p], vec![]).expect("writes");
    assert!(w.store().failures().expect("failures").is_empty());
}

fn dated(id: &str, text: &str, day: &str) -> Prepared {
    let mut doc = Document::from_text(id, format!("{id}.txt"), text);
    doc.title = Some(format!("Title of {id}"));
    doc.published = Some(day.into());
    let (signature, features) = (Signature::of_document(&doc), features(&doc, None));
    Prepared::new(
        content_hash(format!("{day}{text}").as_bytes()),
        doc,
        &Analysis::default(),
        signature,
        features,
    )
}

#[test]
fn retired_stories_stay_on_disk_and_a_reopened_store_clusters_alike() {
    let dir = tempfile::tempdir().expect("tempdir");
    const VOTE: &str =
        "Parliament in Velmora passed the pension bill by 212 votes to 190 after a long night \
        session. Finance minister Oskar Brandt called the result a compromise that nobody liked.";
    const FERRY_AGAIN: &str = "Divers went back to the Nordlys at the Lindholm breakwater, where the harbour \
        authority wants the hull towed away before the port reopens; passengers rescued that morning thanked the crews.";
    let batches = || {
        vec![
            vec![
                dated("a", FERRY, "2024-01-02"),
                dated("b", BUDGET, "2024-01-03"),
            ],
            // Two months on: the ferry and budget stories have retired.
            vec![dated("c", VOTE, "2024-03-05")],
            // The ferry in the news again, months later: a new story.
            vec![dated("d", FERRY_AGAIN, "2024-03-06")],
        ]
    };
    let straight = dir.path().join("straight.db");
    {
        let mut w = writer(&straight);
        for b in batches() {
            w.write_batch(b, vec![]).expect("writes");
        }
    }
    let reopened = dir.path().join("reopened.db");
    for b in batches() {
        let mut w = writer(&reopened);
        w.write_batch(b, vec![]).expect("writes");
    }
    let list = |db: &Path| {
        Store::open_read_only(db)
            .expect("opens")
            .stories(10)
            .expect("stories")
    };
    assert_eq!(list(&straight), list(&reopened));
    // Control: within its window the follow-up joins the ferry story.
    let control = dir.path().join("control.db");
    let out = writer(&control)
        .write_batch(
            vec![
                dated("a", FERRY, "2024-01-02"),
                dated("d", FERRY_AGAIN, "2024-01-04"),
            ],
            vec![],
        )
        .expect("writes");
    assert_eq!(out.new_stories, 1);
    let stories = list(&straight);
    assert_eq!(stories.len(), 4, "{stories:?}");
    // Retired stories are still listed and reported.
    let store = Store::open_read_only(&straight).expect("opens");
    assert!(stories.iter().all(|s| store.story(s.id).is_ok()));
    let last_days: Vec<Option<i64>> = store
        .conn
        .prepare("SELECT last_day FROM stories ORDER BY id")
        .expect("query")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<rusqlite::Result<_>>()
        .expect("rows");
    assert!(last_days.iter().all(Option::is_some), "{last_days:?}");
}
