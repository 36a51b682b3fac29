//! Why one input could not be read. Every variant names the path and is
//! about the input itself (bad input), never about a bug in crosscheck.

use std::path::{Path, PathBuf};

/// Why one input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// Nothing exists at the path.
    #[error("{}: not found", .path.display())]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// The path is a symbolic link whose target does not exist.
    #[error("{}: broken symbolic link (its target does not exist)", .path.display())]
    BrokenLink {
        /// The link.
        path: PathBuf,
    },
    /// The path exists (or might) but could not be opened or read.
    #[error("{}: cannot read: {source}", .path.display())]
    Unreadable {
        /// The path.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A device, socket or FIFO named explicitly: not a file to read.
    #[error("{}: not a regular file or directory", .path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// Larger than [`crate::IngestOptions::max_bytes`]; not read.
    #[error("{}: too large ({} bytes; the limit is {limit} bytes)", .path.display(), size_text(.size, .at_least))]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// Its size in bytes (or how much was read before giving up, for stdin).
        size: u64,
        /// True when `size` is a lower bound (a stream longer than the limit).
        at_least: bool,
        /// The limit in force.
        limit: u64,
    },
    /// NUL bytes or many control characters near the start.
    #[error("{}: binary file, not text", .path.display())]
    Binary {
        /// The path.
        path: PathBuf,
    },
    /// Zero bytes, or nothing but whitespace.
    #[error("{}: empty (no text)", .path.display())]
    Empty {
        /// The path.
        path: PathBuf,
    },
    /// The file's format was recognised but its content is malformed.
    #[error("{}: {message}", .path.display())]
    Malformed {
        /// The path.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// One record of a container file (a JSONL line, a WARC record, a feed
    /// item) could not be used; the file's other records were read.
    #[error("{}: {at}{}: {message}", .path.display(), if *.decompressed { " (offsets in the decompressed data)" } else { "" })]
    Record {
        /// The container file.
        path: PathBuf,
        /// Which record.
        at: Location,
        /// True when byte offsets count decompressed bytes (a `.gz` file).
        decompressed: bool,
        /// What is wrong with it.
        message: String,
    },
}

/// Where in a container file a record starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// A line of a line-oriented file (JSONL), counted from 1.
    Line {
        /// Line number.
        line: u64,
        /// Byte offset of the line's start.
        offset: u64,
    },
    /// A record of a record-oriented file (WARC), counted from 1.
    Record {
        /// Record number.
        number: u64,
        /// Byte offset of the record's start.
        offset: u64,
    },
    /// An item or entry of a feed, counted from 1.
    Item {
        /// Item number.
        number: u64,
    },
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Line { line, .. } => write!(f, "line {line}"),
            Location::Record { number, offset } => write!(f, "record {number} at byte {offset}"),
            Location::Item { number } => write!(f, "item {number}"),
        }
    }
}

fn size_text(size: &u64, at_least: &bool) -> String {
    if *at_least {
        format!("more than {size}")
    } else {
        size.to_string()
    }
}

impl IngestError {
    /// The input the error is about.
    pub fn path(&self) -> &Path {
        match self {
            IngestError::NotFound { path }
            | IngestError::BrokenLink { path }
            | IngestError::Unreadable { path, .. }
            | IngestError::NotAFile { path }
            | IngestError::TooLarge { path, .. }
            | IngestError::Binary { path }
            | IngestError::Empty { path }
            | IngestError::Malformed { path, .. }
            | IngestError::Record { path, .. } => path,
        }
    }

    /// True when the input is at fault (every current variant): the batch
    /// goes on and the user is told. Kept as a method so callers do not
    /// need to change when a variant for internal failures is added.
    pub fn is_bad_input(&self) -> bool {
        true
    }
}
