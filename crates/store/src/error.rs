//! Store errors: each says what the user can do about it.

use std::path::PathBuf;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The file exists but is not an SQLite database, or its pages are damaged.
    #[error("{path}: not a crosscheck database, or the file is corrupt ({detail}); move it aside and ingest again")]
    Corrupt {
        /// The database file.
        path: PathBuf,
        /// SQLite's words.
        detail: String,
    },
    /// Another process holds the database (an ingest still running, or a
    /// long write by another tool).
    #[error("{path}: the database is locked by another process (is another `crosscheck ingest` running?)")]
    Locked {
        /// The database file.
        path: PathBuf,
    },
    /// The disk (or the database's size limit) is full. The batch being
    /// written was rolled back; everything committed before it is intact.
    #[error("{path}: disk full while writing; the current batch was rolled back and nothing of it is stored. Free space and run the same command again to resume")]
    Full {
        /// The database file.
        path: PathBuf,
    },
    /// The database was written by a newer crosscheck with a schema this one does not know.
    #[error("{path}: database schema version {found} is newer than this crosscheck understands ({known}); upgrade crosscheck")]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// `PRAGMA user_version` in the file.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// The database file does not exist (for read-only commands).
    #[error("{path}: no such database (run `crosscheck ingest` first)")]
    Missing {
        /// The database file.
        path: PathBuf,
    },
    /// No story with that id.
    #[error("no story {0} in the database (see `crosscheck stories`)")]
    NoStory(String),
    /// A stored value could not be decoded: a bug or a damaged row.
    #[error("{path}: stored {what} could not be decoded: {detail}")]
    BadRow {
        /// The database file.
        path: PathBuf,
        /// What was being read.
        what: String,
        /// Why it failed.
        detail: String,
    },
    /// Any other SQLite failure.
    #[error("{path}: {source}")]
    Sqlite {
        /// The database file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: rusqlite::Error,
    },
    /// A lock file or directory could not be used.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

/// Map an SQLite error to the variant the user can act on.
pub(crate) fn classify(path: &std::path::Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    let path = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path,
            detail: e.to_string(),
        },
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            StoreError::Locked { path }
        }
        Some(ErrorCode::DiskFull) => StoreError::Full { path },
        _ => StoreError::Sqlite { path, source: e },
    }
}

/// Result with [`StoreError`].
pub type Result<T> = std::result::Result<T, StoreError>;
