//! The corpus store: documents, their analyses, origin families, stories and
//! verdicts in one SQLite file (WAL mode), written by one writer and read by
//! any number of readers.
//!
//! Brief overview:
//! * [`Store::open`] creates or migrates the file ([`schema`]), and takes an
//!   exclusive lock file (`FILE.lock`) so only one ingest writes at a time;
//!   the kernel drops the lock when the process dies, even on `kill -9`.
//! * [`Writer::write_batch`] stores one batch of prepared documents in one
//!   transaction: skipped if their content hash is known, otherwise given an
//!   origin family ([`crosscheck_cluster::lsh`]) and a story
//!   ([`crosscheck_cluster::stories`]), with the clusterers' state saved in
//!   the same transaction. A crash loses at most the batch in flight, and a
//!   rerun skips everything committed — ingest is idempotent and resumable.
//! * [`Writer::refresh_verdicts`] re-runs reconciliation for the stories
//!   whose members changed (flagged `stale` in the same transaction that
//!   changed them, so a crash never leaves a story's verdicts silently old).
//! * Readers: [`Store::stories`], [`Store::story`], [`Store::search`].
//!
//! Search uses SQLite's FTS5 with BM25 ranking: it lives in the same file and
//! transaction as the documents, so the index can never disagree with the
//! corpus after a crash, costs nothing to deploy, and BM25 is the standard
//! ranking for keyword queries over news text. Tantivy would rank and scale
//! better past tens of millions of documents but needs a second store kept in
//! step with this one.
#![deny(missing_docs)]

mod error;
mod packed;
mod read;
pub mod schema;
mod writer;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

pub use error::{Result, StoreError};
pub use read::{Counts, Hit, StoredStory, StorySummary};
pub use writer::{BatchOutcome, Failure, KnownHashes, Prepared, Writer};

use error::classify;

/// Page cache of the writing connection, in KiB (SQLite's default is 2 MiB).
const WRITER_CACHE_KIB: i64 = 256 * 1024;

/// How long a statement waits for another connection's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open corpus database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Held for writers: the exclusive lock on `FILE.lock`.
    _lock: Option<File>,
}

/// A stable 128-bit content hash of input bytes, as 32 hex digits.
///
/// Two independent 64-bit FNV-1a streams (different offset bases, the second
/// over a mixed length prefix): not cryptographic, but an accidental
/// collision among a billion documents has probability below 1e-20, and it
/// needs no dependency. It must never change: stored hashes would stop
/// matching and a rerun would store everything twice.
pub fn content_hash(bytes: &[u8]) -> String {
    let a = crosscheck_cluster::lsh::fnv1a(bytes);
    let mut b: u64 =
        0x6c62_272e_07bb_0142 ^ (bytes.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for &x in bytes {
        b = (b ^ x as u64)
            .wrapping_mul(0x0000_0100_0000_01b3)
            .rotate_left(5);
    }
    format!("{a:016x}{b:016x}")
}

impl Store {
    /// Open (creating if needed) the database for writing: WAL mode, schema
    /// migrated, exclusive writer lock taken.
    pub fn open(path: &Path) -> Result<Store> {
        let lock_path = lock_path(path);
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|source| StoreError::Io {
                path: lock_path.clone(),
                source,
            })?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: path.to_path_buf(),
                })
            }
            Err(std::fs::TryLockError::Error(source)) => {
                return Err(StoreError::Io {
                    path: lock_path,
                    source,
                })
            }
        }
        let mut conn = Connection::open(path).map_err(|e| classify(path, e))?;
        configure(&conn, path)?;
        conn.pragma_update(None, "journal_mode", "wal")
            .map_err(|e| classify(path, e))?;
        // NORMAL is durable at every checkpoint and crash-safe in WAL mode;
        // a power cut may lose the last commits, which a rerun redoes.
        conn.pragma_update(None, "synchronous", "normal")
            .map_err(|e| classify(path, e))?;
        // The writer's index updates land on random pages (content hashes,
        // FTS segments): a page cache of WRITER_CACHE_KIB keeps them in memory
        // instead of re-reading them from the OS on every batch.
        conn.pragma_update(None, "cache_size", -WRITER_CACHE_KIB)
            .map_err(|e| classify(path, e))?;
        let found = schema::migrate(&mut conn).map_err(|e| classify(path, e))?;
        if found > schema::current_version() {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                known: schema::current_version(),
            });
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            _lock: Some(lock),
        })
    }

    /// Open an existing database for reading; works while an ingest writes.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        configure(&conn, path)?;
        let found: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(path, e))?;
        if found > schema::current_version() {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found,
                known: schema::current_version(),
            });
        }
        if found < schema::current_version() {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: format!(
                    "schema version {found}; run `crosscheck ingest` on it once to migrate"
                ),
            });
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            _lock: None,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Cap the database size in pages (SQLite's `max_page_count`): writes
    /// past it fail as [`StoreError::Full`]. For tests of the disk-full path.
    pub fn set_max_pages(&self, pages: u64) -> Result<()> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        classify(&self.path, e)
    }
}

fn lock_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".lock");
    path.with_file_name(name)
}

/// Settings every connection gets; also the first statement that reads the
/// header, so a file that is not a database fails here with a clear error.
fn configure(conn: &Connection, path: &Path) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| classify(path, e))?;
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|e| classify(path, e))?;
    Ok(())
}

#[cfg(test)]
mod tests;
