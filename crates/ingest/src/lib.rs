//! Ingest: turn the paths a user names (files, directories, `-` for stdin)
//! into raw documents — bytes plus where they came from. No decoding and no
//! parsing happens here; that is the extract stage's job.
//!
//! A file that cannot be read becomes an [`IngestError`] naming the path;
//! the rest of the batch is still read.
#![deny(missing_docs)]

// IMPLEMENTATION OWNED BY THE INGEST/EXTRACT HELPER. Interface fixed:

use std::path::PathBuf;

use crosscheck_model::DocId;

/// The input formats `check` understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`, stdin by default, and unknown extensions).
    Text,
    /// An HTML page (`.html`, `.htm`, or stdin that starts like HTML).
    Html,
}

/// One input as read from disk or stdin, not yet decoded.
#[derive(Clone, Debug)]
pub struct RawDocument {
    /// Stable id: the file name stem, made unique within the batch.
    pub id: DocId,
    /// The path as given (or `-` for stdin).
    pub path: String,
    /// Format, from the extension (or sniffed for stdin).
    pub format: Format,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// Limits on what is read.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Files larger than this are refused (reported, not read).
    pub max_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { max_bytes: 20 * 1024 * 1024 }
    }
}

/// Why one input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// Placeholder until the helper fills this in.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Everything read from a set of paths.
#[derive(Debug, Default)]
pub struct Batch {
    /// Inputs read, in the order given (directories sorted by name).
    pub documents: Vec<RawDocument>,
    /// Inputs that could not be read.
    pub errors: Vec<IngestError>,
}

/// Read every path (recursing into directories). Never fails as a whole.
pub fn read_paths(paths: &[PathBuf], options: &IngestOptions) -> Batch {
    let _ = (paths, options);
    Batch::default()
}
