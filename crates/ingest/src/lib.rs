//! Ingest: turn the paths a user names (files, directories, `-` for stdin)
//! into raw documents — bytes plus where they came from. No decoding and no
//! parsing happens here; that is the extract stage's job.
//!
//! A file that cannot be read becomes an [`IngestError`] naming the path;
//! the rest of the batch is still read. Input formats are [`Source`]s;
//! [`sources()`] lists them: plain text, HTML, JSON Lines, WARC and RSS/Atom.
//! Container formats yield many documents per file (ids `<stem>#<n>`) and an
//! [`IngestError::Record`] for each record they could not use. Gzip is
//! undone first, with a cap on the decompressed size. WARC and JSONL files
//! named as such are read as streams, one record at a time.
#![deny(missing_docs)]

mod error;
mod gzip;
mod hints;
mod ids;
mod source;
pub mod sources;
mod stream;
mod walk;

use std::fs::File;
use std::io::{self, BufRead, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use crosscheck_model::DocId;

pub use error::{IngestError, Location};
pub use gzip::{gunzip, is_gzip, Inflated};
pub use hints::Hints;
pub use source::{
    by_content, by_extension, check_text, is_binary, looks_like_html, sources, Entry, HtmlSource,
    Item, Parsed, RecordProblem, Source, SourceProblem, TextSource, HEAD_LEN,
};
pub use stream::STREAM_BATCH;
pub use walk::{expand_paths, Expanded, InputFile};

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
    /// Stable id: the file name stem (`<stem>#<n>` for record `n` of a
    /// container), made unique within the batch.
    pub id: DocId,
    /// The path as given (or `-` for stdin).
    pub path: String,
    /// Format, from the extension (or sniffed).
    pub format: Format,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// What the container said about the document (URL, title, charset, extra fields).
    pub hints: Hints,
}

impl RawDocument {
    /// A document with no hints.
    pub fn new(
        id: impl Into<String>,
        path: impl Into<String>,
        format: Format,
        bytes: Vec<u8>,
    ) -> Self {
        RawDocument {
            id: DocId(id.into()),
            path: path.into(),
            format,
            bytes,
            hints: Hints::default(),
        }
    }
}

/// Limits on what is read.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Documents larger than this are refused (reported, not read): a whole
    /// HTML or text file, or one record of a container.
    pub max_bytes: u64,
    /// Container files read whole (feeds, and containers not named as
    /// such) larger than this are refused; compressed files stop
    /// decompressing here (what came before is read). Streamed containers
    /// (`.warc`, `.jsonl`, gzipped or not) have no size limit on disk.
    pub max_container_bytes: u64,
    /// Streamed gzip files stop decompressing at this many times their
    /// compressed size (or `max_container_bytes`, if that is larger): news
    /// HTML inflates about 5×, a gzip bomb a thousandfold.
    pub max_inflation: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_bytes: 20 * 1024 * 1024,
            max_container_bytes: 1024 * 1024 * 1024,
            max_inflation: 100,
        }
    }
}

/// Everything read from a set of paths.
#[derive(Debug, Default)]
pub struct Batch {
    /// Inputs read, in the order given (directories sorted by name).
    pub documents: Vec<RawDocument>,
    /// Inputs that could not be read.
    pub errors: Vec<IngestError>,
    /// Input files finished with this batch (for progress: a large file
    /// streams in several batches, the last one counts it).
    pub files: usize,
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
pub fn read_paths_with_stdin(
    paths: &[PathBuf],
    options: &IngestOptions,
    stdin: impl Read,
) -> Batch {
    let mut all = Batch::default();
    visit_paths_with_stdin(paths, options, stdin, |batch| {
        all.documents.append(&mut batch.documents);
        all.errors.append(&mut batch.errors);
        all.files += batch.files;
        ControlFlow::Continue(())
    });
    all
}

/// Like [`read_paths`], but hands over documents and errors as they are
/// read: each input file's as soon as it is read, and a streamed container's
/// every [`STREAM_BATCH`] documents, so memory holds one file (or one batch
/// of records) at a time, not the input. `each` may take the documents out
/// of the batch; `Break` stops reading.
pub fn visit_paths(
    paths: &[PathBuf],
    options: &IngestOptions,
    each: impl FnMut(&mut Batch) -> ControlFlow<()>,
) {
    visit_expanded(expand_paths(paths), options, io::stdin().lock(), each)
}

/// [`visit_paths`] with `-` read from `stdin`.
pub fn visit_paths_with_stdin(
    paths: &[PathBuf],
    options: &IngestOptions,
    stdin: impl Read,
    each: impl FnMut(&mut Batch) -> ControlFlow<()>,
) {
    visit_expanded(expand_paths(paths), options, stdin, each)
}

/// [`visit_paths`] over paths already expanded by [`expand_paths`] (for a
/// caller that counts the files first, as `ingest`'s progress bar does).
pub fn visit_expanded(
    expanded: Vec<Expanded>,
    options: &IngestOptions,
    mut stdin: impl Read,
    mut each: impl FnMut(&mut Batch) -> ControlFlow<()>,
) {
    let mut ids = IdAllocator::default();
    for input in expanded {
        let (files, problems) = match input {
            Expanded::Stdin => {
                let mut batch = Batch {
                    files: 1,
                    ..Batch::default()
                };
                let stdin_path = Path::new(STDIN_PATH);
                if read_stdin(
                    &mut batch, &mut ids, stdin_path, &mut stdin, options, &mut each,
                )
                .is_break()
                {
                    return;
                }
                if each(&mut batch).is_break() {
                    return;
                }
                continue;
            }
            Expanded::Path { files, problems } => (files, problems),
        };
        if each(&mut Batch {
            errors: problems,
            ..Batch::default()
        })
        .is_break()
        {
            return;
        }
        for f in files {
            let mut batch = Batch::default();
            let flow = read_file(&mut batch, &mut ids, &f, options, &mut each);
            batch.files = 1;
            if flow.is_break() || each(&mut batch).is_break() {
                return;
            }
        }
    }
}

/// Read stdin under the limit that applies to what it carries, sniffed
/// from its first bytes: a streamed container (WARC, JSONL) is streamed as
/// a file would be; a single document is refused as soon as it passes
/// `max_bytes`, without reading the rest; a container read whole (a feed)
/// or a gzip stream is read up to `max_container_bytes`.
fn read_stdin(
    batch: &mut Batch,
    ids: &mut IdAllocator,
    path: &Path,
    stdin: &mut impl Read,
    options: &IngestOptions,
    each: &mut dyn FnMut(&mut Batch) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let mut reader = io::BufReader::with_capacity(STDIN_HEAD, stdin);
    // The first bytes tell the format (a pipe may hand over fewer than
    // STDIN_HEAD at first; a format shows in its opening bytes).
    let head = match reader.fill_buf() {
        Ok(head) => head,
        Err(e) => {
            batch.errors.push(IngestError::Unreadable {
                path: path.to_path_buf(),
                source: e,
            });
            return ControlFlow::Continue(());
        }
    };
    let source = (!gzip::is_gzip(head)).then(|| by_content(head));
    if let Some(source) = source.filter(|s| s.streams()) {
        return stream::stream_reader(batch, ids, path, "stdin", reader, 0, source, options, each);
    }
    let limit = match source {
        Some(s) if !s.is_container() => options.max_bytes,
        _ => options.max_container_bytes,
    };
    match read_limited(&mut reader, path, None, limit) {
        Ok(bytes) => read_bytes(batch, ids, path, "stdin", None, bytes, options),
        Err(e) => batch.errors.push(e),
    }
    ControlFlow::Continue(())
}

/// How much of stdin is looked at to tell what it carries.
const STDIN_HEAD: usize = 64 * 1024;

/// Read one file and hand its bytes to the source that claims it; a
/// streamed container hands batches to `each` as it goes.
fn read_file(
    batch: &mut Batch,
    ids: &mut IdAllocator,
    file: &InputFile,
    options: &IngestOptions,
    each: &mut dyn FnMut(&mut Batch) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let (path, explicit) = (file.path.as_path(), file.explicit);
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => {
            batch.errors.push(walk::stat_error(path, e));
            return ControlFlow::Continue(());
        }
    };
    let (by_ext, gzipped) = source_for_name(path);
    if let Some(source) = by_ext.filter(|s| s.streams()) {
        return stream::stream_file(batch, ids, path, size, source, options, each);
    }
    // A single-document file is limited by `max_bytes`; containers and
    // compressed files (whose content is unknown yet) by the container limit.
    let limit = match by_ext {
        Some(s) if !s.is_container() && !gzipped => options.max_bytes,
        _ => options.max_container_bytes,
    };
    // Refuse before reading: an oversized file never enters memory.
    if size > limit {
        batch.errors.push(IngestError::TooLarge {
            path: path.to_path_buf(),
            size,
            at_least: false,
            limit,
        });
        return ControlFlow::Continue(());
    }
    let bytes = match File::open(path) {
        Ok(mut f) => match read_limited(&mut f, path, Some(size), limit) {
            Ok(b) => b,
            Err(e) => {
                batch.errors.push(e);
                return ControlFlow::Continue(());
            }
        },
        Err(e) => {
            batch.errors.push(IngestError::Unreadable {
                path: path.to_path_buf(),
                source: e,
            });
            return ControlFlow::Continue(());
        }
    };
    // The walker only yields claimed extensions; stay safe anyway.
    if by_ext.is_some() || explicit || gzipped {
        read_bytes(batch, ids, path, &file_stem(path), by_ext, bytes, options);
    }
    ControlFlow::Continue(())
}

/// The source a file name claims, looking through a `.gz` suffix
/// (`a.warc.gz` → WARC), and whether the name says gzip.
pub(crate) fn source_for_name(path: &Path) -> (Option<&'static dyn Source>, bool) {
    let ext = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
    };
    match ext(path).as_deref() {
        Some("gz" | "gzip") => (
            ext(Path::new(path.file_stem().unwrap_or_default()))
                .as_deref()
                .and_then(by_extension),
            true,
        ),
        Some(e) => (by_extension(e), false),
        None => (None, false),
    }
}

/// The file name without its extension (and without `.gz` and the
/// extension under it): the base of its documents' ids.
pub(crate) fn file_stem(path: &Path) -> String {
    let mut stem = PathBuf::from(path.file_name().unwrap_or_default());
    let (claimed, gzipped) = source_for_name(path);
    if gzipped {
        stem = PathBuf::from(stem.file_stem().unwrap_or_default());
    }
    if claimed.is_some() || !gzipped {
        stem = PathBuf::from(stem.file_stem().unwrap_or_default());
    }
    Some(stem.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "document".to_string())
}

/// Undo gzip if present, pick the source (by name, else by content), check
/// the size limit that applies to it, and add its documents.
fn read_bytes(
    batch: &mut Batch,
    ids: &mut IdAllocator,
    path: &Path,
    stem: &str,
    by_name: Option<&'static dyn Source>,
    mut bytes: Vec<u8>,
    options: &IngestOptions,
) {
    let mut decompressed = false;
    let mut cut_short = None;
    if gzip::is_gzip(&bytes) {
        let inflated = gzip::gunzip(&bytes, options.max_container_bytes);
        bytes = inflated.bytes;
        cut_short = inflated.problem;
        decompressed = true;
    }
    let source = by_name.unwrap_or_else(|| by_content(&bytes));
    if let Some(message) = cut_short {
        batch.errors.push(IngestError::Malformed {
            path: path.to_path_buf(),
            message,
        });
        // A prefix of a container still holds whole records; a prefix of
        // one document is not that document.
        if !source.is_container() {
            return;
        }
    }
    if !source.is_container() && bytes.len() as u64 > options.max_bytes {
        let size = bytes.len() as u64;
        return batch.errors.push(IngestError::TooLarge {
            path: path.to_path_buf(),
            size,
            at_least: false,
            limit: options.max_bytes,
        });
    }
    add_entries(batch, ids, path, stem, source, bytes, decompressed, options);
}

/// Read at most `limit` bytes; a stream longer than that is an error (the
/// file grew since `stat`, or stdin is too long).
fn read_limited(
    reader: &mut impl Read,
    path: &Path,
    size_hint: Option<u64>,
    limit: u64,
) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::with_capacity(size_hint.unwrap_or(0).min(limit) as usize);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| IngestError::Unreadable {
            path: path.to_path_buf(),
            source: e,
        })?;
    if bytes.len() as u64 > limit {
        return Err(IngestError::TooLarge {
            path: path.to_path_buf(),
            size: limit,
            at_least: true,
            limit,
        });
    }
    Ok(bytes)
}

/// Let `source` split the bytes into documents and give each a unique id.
#[allow(clippy::too_many_arguments)]
fn add_entries(
    batch: &mut Batch,
    ids: &mut IdAllocator,
    path: &Path,
    stem: &str,
    source: &dyn Source,
    bytes: Vec<u8>,
    decompressed: bool,
    options: &IngestOptions,
) {
    let shown = path.to_string_lossy().into_owned();
    match source.documents(bytes, options) {
        Ok(parsed) => {
            for entry in parsed.entries {
                push_entry(batch, ids, &shown, stem, entry);
            }
            for problem in parsed.problems {
                batch.errors.push(record_error(path, problem, decompressed));
            }
        }
        Err(problem) => batch.errors.push(source_error(path, problem)),
    }
}

/// Add a source's document to the batch under a unique id. Record names
/// (`#3`) extend the file's stem; other names replace it.
pub(crate) fn push_entry(
    batch: &mut Batch,
    ids: &mut IdAllocator,
    shown: &str,
    stem: &str,
    entry: Entry,
) {
    let base = match entry.name.as_deref() {
        Some(n) if n.starts_with('#') => format!("{stem}{n}"),
        Some(n) => n.to_string(),
        None => stem.to_string(),
    };
    batch.documents.push(RawDocument {
        id: ids.allocate(&base),
        path: shown.to_string(),
        format: entry.format,
        bytes: entry.bytes,
        hints: entry.hints,
    });
}

/// The error for one record of a container that could not be used.
pub(crate) fn record_error(path: &Path, problem: RecordProblem, decompressed: bool) -> IngestError {
    IngestError::Record {
        path: path.to_path_buf(),
        at: problem.at,
        decompressed,
        message: problem.message,
    }
}

/// The error for a whole file a source refused.
pub(crate) fn source_error(path: &Path, problem: SourceProblem) -> IngestError {
    let path = path.to_path_buf();
    match problem {
        SourceProblem::Binary => IngestError::Binary { path },
        SourceProblem::Empty => IngestError::Empty { path },
        SourceProblem::Malformed(message) => IngestError::Malformed { path, message },
    }
}

#[cfg(test)]
mod tests;
