//! Container files read as streams (WARC, JSON Lines, gzipped or not): the
//! source reads records one at a time from a buffered reader and documents
//! go to the caller in batches of [`STREAM_BATCH`], so memory holds one
//! record and one batch however large the file (a CC-NEWS WARC.gz is about
//! a gigabyte compressed, several decompressed).
//!
//! A gzip bomb costs time, not memory, here; decompression still stops at
//! [`IngestOptions::max_inflation`] times the compressed size (or
//! [`IngestOptions::max_container_bytes`], if larger), and what came
//! before is kept.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::Path;

use flate2::bufread::MultiGzDecoder;

use crate::error::IngestError;
use crate::ids::IdAllocator;
use crate::source::{Item, Source};
use crate::{file_stem, gzip, push_entry, record_error, source_error, Batch, IngestOptions};

/// Documents per batch handed over while a file streams.
pub const STREAM_BATCH: usize = 256;

/// Buffer size of the readers (file and decompressed side).
const BUFFER: usize = 64 * 1024;

/// A reader that ends early: at `limit` bytes (recording whether more
/// followed) or as soon as `stop` is set (the caller wants no more).
struct Guarded<'s, R> {
    inner: R,
    remaining: Option<u64>,
    exceeded: bool,
    stop: &'s Cell<bool>,
}

impl<R: Read> Read for Guarded<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stop.get() || buf.is_empty() {
            return Ok(0);
        }
        let want = match self.remaining {
            Some(0) => {
                // At the cap: is there more?
                self.exceeded = self.inner.read(&mut [0u8])? > 0;
                return Ok(0);
            }
            Some(r) => buf.len().min(r.min(usize::MAX as u64) as usize),
            None => buf.len(),
        };
        let n = self.inner.read(&mut buf[..want])?;
        if let Some(r) = self.remaining.as_mut() {
            *r -= n as u64;
        }
        Ok(n)
    }
}

/// Stream one container file (`compressed_size` bytes on disk) through
/// `source`, handing documents to `each` in batches; what is left (the last
/// documents, errors) stays in `batch`. `Break` when `each` asked to stop.
pub(crate) fn stream_file(
    batch: &mut Batch,
    ids: &mut IdAllocator,
    path: &Path,
    compressed_size: u64,
    source: &dyn Source,
    options: &IngestOptions,
    each: &mut dyn FnMut(&mut Batch) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => {
            batch.errors.push(IngestError::Unreadable {
                path: path.to_path_buf(),
                source: e,
            });
            return ControlFlow::Continue(());
        }
    };
    let raw = BufReader::with_capacity(BUFFER, file);
    let stem = file_stem(path);
    stream_reader(
        batch,
        ids,
        path,
        &stem,
        raw,
        compressed_size,
        source,
        options,
        each,
    )
}

/// [`stream_file`] over any buffered reader (a file, or stdin: then
/// `compressed_size` is 0 and a gzip stream is capped at
/// `max_container_bytes`).
#[allow(clippy::too_many_arguments)]
pub(crate) fn stream_reader<R: BufRead>(
    batch: &mut Batch,
    ids: &mut IdAllocator,
    path: &Path,
    stem: &str,
    mut raw: R,
    compressed_size: u64,
    source: &dyn Source,
    options: &IngestOptions,
    each: &mut dyn FnMut(&mut Batch) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let gzipped = match raw.fill_buf() {
        Ok(head) => gzip::is_gzip(head),
        Err(e) => {
            batch.errors.push(IngestError::Unreadable {
                path: path.to_path_buf(),
                source: e,
            });
            return ControlFlow::Continue(());
        }
    };
    let stop = Cell::new(false);
    let shown = path.to_string_lossy().into_owned();
    let mut sink = |item: Item| {
        if stop.get() {
            return;
        }
        match item {
            Item::Entry(entry) => {
                push_entry(batch, ids, &shown, stem, entry);
                if batch.documents.len() >= STREAM_BATCH {
                    if each(batch).is_break() {
                        stop.set(true);
                    }
                    *batch = Batch::default();
                }
            }
            Item::Problem(p) => batch.errors.push(record_error(path, p, gzipped)),
        }
    };
    let (result, exceeded, cap) = if gzipped {
        let cap = options
            .max_container_bytes
            .max(compressed_size.saturating_mul(options.max_inflation));
        let guarded = Guarded {
            inner: MultiGzDecoder::new(raw),
            remaining: Some(cap),
            exceeded: false,
            stop: &stop,
        };
        let mut reader = BufReader::with_capacity(BUFFER, guarded);
        let result = source.stream(&mut reader, options, &mut sink);
        (result, reader.into_inner().exceeded, cap)
    } else {
        let guarded = Guarded {
            inner: raw,
            remaining: None,
            exceeded: false,
            stop: &stop,
        };
        let mut reader = BufReader::with_capacity(BUFFER, guarded);
        (source.stream(&mut reader, options, &mut sink), false, 0)
    };
    if let Err(problem) = result {
        batch.errors.push(source_error(path, problem));
    }
    if exceeded {
        batch.errors.push(IngestError::Malformed {
            path: path.to_path_buf(),
            message: format!(
                "decompresses to more than {cap} bytes (the limit: {}× the compressed size, at least {}; a gzip bomb?); \
                 what came after that was not read",
                options.max_inflation, options.max_container_bytes
            ),
        });
    }
    if stop.get() {
        ControlFlow::Break(())
    } else {
        ControlFlow::Continue(())
    }
}
