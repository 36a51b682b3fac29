//! Ingest: turn the paths a user names (files, directories, `-` for stdin)
//! into raw documents — bytes plus where they came from. No decoding and no
//! parsing happens here; that is the extract stage's job.
//!
//! A file that cannot be read becomes an [`IngestError`] naming the path;
//! the rest of the batch is still read. Input formats are [`Source`]s;
//! [`sources`] lists them.
#![deny(missing_docs)]

mod error;
mod ids;
mod source;
mod walk;

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crosscheck_model::DocId;

pub use error::IngestError;
pub use source::{
    by_content, by_extension, check_text, is_binary, looks_like_html, sources, Entry, HtmlSource,
    Source, SourceProblem, TextSource, HEAD_LEN,
};

use ids::IdAllocator;

/// The input formats `check` understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`, `.text`, `.md`, and named files that do not look like HTML).
    Text,
    /// An HTML page (`.html`, `.htm`, `.xhtml`, or input that starts like HTML).
    Html,
}

/// One input as read from disk or stdin, not yet decoded.
#[derive(Clone, Debug)]
pub struct RawDocument {
    /// Stable id: the file name stem, made unique within the batch.
    pub id: DocId,
    /// The path as given (or `-` for stdin).
    pub path: String,
    /// Format, from the extension (or sniffed).
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

/// Everything read from a set of paths.
#[derive(Debug, Default)]
pub struct Batch {
    /// Inputs read, in the order given (directories sorted by name).
    pub documents: Vec<RawDocument>,
    /// Inputs that could not be read.
    pub errors: Vec<IngestError>,
}

/// The path that means "read standard input".
pub const STDIN_PATH: &str = "-";

/// Read every path (recursing into directories). Never fails as a whole.
/// `-` reads standard input.
pub fn read_paths(paths: &[PathBuf], options: &IngestOptions) -> Batch {
    read_paths_with_stdin(paths, options, io::stdin().lock())
}

/// [`read_paths`] with `-` read from `stdin` instead of the process's
/// standard input (for tests and embedding).
pub fn read_paths_with_stdin(paths: &[PathBuf], options: &IngestOptions, mut stdin: impl Read) -> Batch {
    let mut batch = Batch::default();
    let mut ids = IdAllocator::default();
    for path in paths {
        if path.as_os_str() == STDIN_PATH {
            let stdin_path = Path::new(STDIN_PATH);
            match read_limited(&mut stdin, stdin_path, None, options.max_bytes) {
                Ok(bytes) => {
                    let source = by_content(&bytes);
                    add_entries(&mut batch, &mut ids, stdin_path, "stdin", source, bytes);
                }
                Err(e) => batch.errors.push(e),
            }
            continue;
        }
        let mut found = Vec::new();
        walk::expand(path, &mut found, &mut batch.errors);
        for f in found {
            read_file(&mut batch, &mut ids, &f.path, f.explicit, options);
        }
    }
    batch
}

/// Read one file and hand its bytes to the source that claims it.
fn read_file(batch: &mut Batch, ids: &mut IdAllocator, path: &Path, explicit: bool, options: &IngestOptions) {
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => return batch.errors.push(walk::stat_error(path, e)),
    };
    // Refuse before reading: an oversized file never enters memory.
    if size > options.max_bytes {
        return batch.errors.push(IngestError::TooLarge {
            path: path.to_path_buf(),
            size,
            at_least: false,
            limit: options.max_bytes,
        });
    }
    let bytes = match File::open(path) {
        Ok(mut f) => match read_limited(&mut f, path, Some(size), options.max_bytes) {
            Ok(b) => b,
            Err(e) => return batch.errors.push(e),
        },
        Err(e) => return batch.errors.push(IngestError::Unreadable { path: path.to_path_buf(), source: e }),
    };
    let by_ext = path.extension().and_then(|e| e.to_str()).and_then(by_extension);
    let source = match by_ext {
        Some(s) => s,
        None if explicit => by_content(&bytes),
        // The walker only yields claimed extensions; stay safe anyway.
        None => return,
    };
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "document".to_string());
    add_entries(batch, ids, path, &stem, source, bytes);
}

/// Read at most `limit` bytes; a stream longer than that is an error (the
/// file grew since `stat`, or stdin is too long).
fn read_limited(reader: &mut impl Read, path: &Path, size_hint: Option<u64>, limit: u64) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::with_capacity(size_hint.unwrap_or(0).min(limit) as usize);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| IngestError::Unreadable { path: path.to_path_buf(), source: e })?;
    if bytes.len() as u64 > limit {
        return Err(IngestError::TooLarge { path: path.to_path_buf(), size: limit, at_least: true, limit });
    }
    Ok(bytes)
}

/// Let `source` split the bytes into documents and give each a unique id.
fn add_entries(batch: &mut Batch, ids: &mut IdAllocator, path: &Path, stem: &str, source: &dyn Source, bytes: Vec<u8>) {
    let shown = path.to_string_lossy().into_owned();
    match source.documents(bytes) {
        Ok(entries) => {
            for entry in entries {
                let base = entry.name.as_deref().unwrap_or(stem);
                batch.documents.push(RawDocument {
                    id: ids.allocate(base),
                    path: shown.clone(),
                    format: entry.format,
                    bytes: entry.bytes,
                });
            }
        }
        Err(problem) => {
            let path = path.to_path_buf();
            batch.errors.push(match problem {
                SourceProblem::Binary => IngestError::Binary { path },
                SourceProblem::Empty => IngestError::Empty { path },
                SourceProblem::Malformed(message) => IngestError::Malformed { path, message },
            });
        }
    }
}

#[cfg(test)]
mod tests;
