//! The schema and its migrations, versioned with `PRAGMA user_version`.
//!
//! Each entry of [`MIGRATIONS`] moves the schema one version up and runs in
//! its own transaction with the version bump, so a crash mid-migration leaves
//! the previous version intact. Never edit a released migration; append one.

use rusqlite::Connection;

/// Migration `i` brings the schema from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: documents, analyses, stories, full-text index, clusterer state.
    r#"
    CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,      -- ingest order
        hash        TEXT NOT NULL UNIQUE,     -- content hash of the input bytes
        doc_id      TEXT NOT NULL UNIQUE,     -- display id (file stem, made unique)
        path        TEXT NOT NULL,
        title       TEXT,
        published   TEXT,
        meta        TEXT NOT NULL,            -- Metadata as JSON
        text        TEXT NOT NULL,
        removed     TEXT NOT NULL,            -- Vec<Removed> as JSON
        warnings    TEXT NOT NULL,            -- Vec<String> as JSON
        family      INTEGER NOT NULL,         -- origin family: id of its first document
        family_note TEXT,                     -- why it joined the family (copies only)
        story       INTEGER NOT NULL,
        signature   BLOB NOT NULL             -- MinHash signature (lsh::Signature::to_bytes)
    );
    CREATE INDEX documents_story ON documents(story);
    CREATE INDEX documents_family ON documents(family);
    CREATE TABLE analyses (
        doc  INTEGER PRIMARY KEY REFERENCES documents(id),
        json TEXT NOT NULL                    -- Analysis as JSON
    );
    CREATE TABLE stories (
        id        INTEGER PRIMARY KEY,        -- id of its first document
        title     TEXT,
        articles  INTEGER NOT NULL,
        origins   INTEGER NOT NULL,
        contested INTEGER,                    -- NULL until verdicts are computed
        verdicts  TEXT,                       -- Vec<Verdict> as JSON
        stale     INTEGER NOT NULL,           -- 1: members changed since verdicts were computed
        state     BLOB NOT NULL               -- clusterer state (stories::story_to_bytes)
    );
    CREATE INDEX stories_stale ON stories(stale) WHERE stale = 1;
    CREATE TABLE failures (
        hash  TEXT PRIMARY KEY,
        path  TEXT NOT NULL,
        error TEXT NOT NULL
    );
    CREATE TABLE state (
        key   TEXT PRIMARY KEY,
        value BLOB NOT NULL
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    "#,
    // 2: document-frequency updates per batch (bucket, count pairs), so a
    // batch writes the few thousand counts it changed instead of the whole
    // 4 MiB table; folded into state.df every DF_FOLD batches.
    r#"
    CREATE TABLE df_updates (
        batch INTEGER PRIMARY KEY,
        value BLOB NOT NULL
    );
    "#,
    // 3: a story's last publication day (days since 1970-01-01; NULL when
    // undated or written before this version), so reopening a store loads
    // only the stories that can still take articles instead of every
    // story's state blob.
    r#"
    ALTER TABLE stories ADD COLUMN last_day INTEGER;
    CREATE INDEX stories_last_day ON stories(last_day);
    "#,
];

/// The schema version this build writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Bring the database up to [`current_version`]. Returns the version found.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<i64> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found.max(0) as usize) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(found)
}
