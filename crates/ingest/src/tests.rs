//! Batch-level tests over real files in a temporary directory.

use std::fs;
use std::path::{Path, PathBuf};

use std::ops::ControlFlow;

use super::*;

fn write(dir: &Path, rel: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create fixture dir");
    }
    fs::write(&path, bytes).expect("write fixture");
    path
}

fn ids(batch: &Batch) -> Vec<&str> {
    batch.documents.iter().map(|d| d.id.as_str()).collect()
}

fn read(paths: &[PathBuf]) -> Batch {
    read_paths(paths, &IngestOptions::default())
}

#[test]
fn directory_recursion_is_sorted_filtered_and_ids_unique() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    write(d, "b.txt", b"second");
    write(d, "a.html", b"<html><body><p>first</p></body></html>");
    write(d, "sub/a.md", b"nested a");
    write(d, "sub/deeper/c.text", b"deep");
    write(d, "sub/skip.pdf", b"%PDF-1.4 not taken from a directory");
    write(d, ".hidden.txt", b"hidden file");
    write(d, ".git/config.txt", b"hidden dir");
    write(d, "z.XHTML", b"<html></html>x");

    let batch = read(&[d.to_path_buf()]);
    assert!(batch.errors.is_empty(), "{:?}", batch.errors);
    assert_eq!(ids(&batch), ["a", "b", "a-2", "c", "z"]);
    let formats: Vec<Format> = batch.documents.iter().map(|d| d.format).collect();
    assert_eq!(
        formats,
        [
            Format::Html,
            Format::Text,
            Format::Text,
            Format::Text,
            Format::Html
        ]
    );
    assert!(batch.documents[2].path.ends_with("a.md"));
    assert_eq!(batch.documents[1].bytes, b"second");
}

#[test]
fn named_files_with_unknown_extension_are_sniffed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let page = write(
        tmp.path(),
        "page.dat",
        b"  <!doctype html><html><p>x</p></html>",
    );
    let notes = write(tmp.path(), "notes", b"Just words.");
    let batch = read(&[page, notes]);
    assert!(batch.errors.is_empty());
    assert_eq!(ids(&batch), ["page", "notes"]);
    assert_eq!(batch.documents[0].format, Format::Html);
    assert_eq!(batch.documents[1].format, Format::Text);
}

#[test]
fn same_file_twice_gets_two_ids() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let f = write(tmp.path(), "story.txt", b"words");
    let batch = read(&[f.clone(), f]);
    assert_eq!(ids(&batch), ["story", "story-2"]);
}

#[test]
fn bad_inputs_are_reported_and_the_rest_still_runs() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    let good = write(d, "good.txt", b"Fine text.");
    let binary = write(d, "blob.txt", b"GIF89a\x00\x01\x02\x00\x00");
    let empty = write(d, "empty.txt", b"");
    let blank = write(d, "blank.txt", b"  \n\t \r\n");
    let missing = d.join("missing.txt");
    let under_file = good.join("child.txt");
    let link = d.join("dangling.txt");
    std::os::unix::fs::symlink(d.join("nowhere.txt"), &link).expect("symlink");

    let batch = read(&[
        missing.clone(),
        binary,
        good,
        empty,
        blank,
        under_file.clone(),
        link.clone(),
    ]);
    assert_eq!(ids(&batch), ["good"]);
    let messages: Vec<String> = batch.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(batch.errors.len(), 6, "{messages:?}");
    assert!(matches!(&batch.errors[0], IngestError::NotFound { path } if *path == missing));
    assert!(
        messages[0].ends_with("missing.txt: not found"),
        "{}",
        messages[0]
    );
    assert!(matches!(batch.errors[1], IngestError::Binary { .. }));
    assert!(messages[1].contains("blob.txt: binary file, not text"));
    assert!(matches!(batch.errors[2], IngestError::Empty { .. }));
    assert!(matches!(batch.errors[3], IngestError::Empty { .. }));
    assert!(
        matches!(&batch.errors[4], IngestError::Unreadable { path, .. } if *path == under_file)
    );
    assert!(
        messages[4].contains("child.txt: cannot read"),
        "{}",
        messages[4]
    );
    assert!(matches!(&batch.errors[5], IngestError::BrokenLink { path } if *path == link));
    assert!(batch.errors.iter().all(|e| e.is_bad_input()));
    assert_eq!(batch.errors[5].path(), link.as_path());
}

#[test]
fn oversized_files_are_refused_with_size_and_limit() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let big = write(tmp.path(), "big.txt", &[b'x'; 100]);
    let small = write(tmp.path(), "small.txt", &[b'y'; 10]);
    let batch = read_paths(
        &[big, small],
        &IngestOptions {
            max_bytes: 50,
            ..IngestOptions::default()
        },
    );
    assert_eq!(ids(&batch), ["small"]);
    match &batch.errors[..] {
        [e @ IngestError::TooLarge {
            size: 100,
            limit: 50,
            at_least: false,
            ..
        }] => {
            assert!(
                e.to_string()
                    .ends_with("big.txt: too large (100 bytes; the limit is 50 bytes)"),
                "{e}"
            );
        }
        other => panic!("unexpected errors: {other:?}"),
    }
}

#[test]
fn stdin_is_read_sniffed_and_limited() {
    let dash = PathBuf::from("-");
    let batch = read_paths_with_stdin(
        std::slice::from_ref(&dash),
        &IngestOptions::default(),
        &b"<html><p>hi</p></html>"[..],
    );
    assert_eq!(ids(&batch), ["stdin"]);
    assert_eq!(batch.documents[0].path, "-");
    assert_eq!(batch.documents[0].format, Format::Html);

    let batch = read_paths_with_stdin(
        &[dash],
        &IngestOptions {
            max_bytes: 4,
            ..IngestOptions::default()
        },
        &b"too long"[..],
    );
    assert!(batch.documents.is_empty());
    let msg = batch.errors[0].to_string();
    assert_eq!(
        msg,
        "-: too large (more than 4 bytes; the limit is 4 bytes)"
    );
}

/// Counts the bytes read through it.
struct Counted<R> {
    inner: R,
    read: std::rc::Rc<std::cell::Cell<u64>>,
}

impl<R: std::io::Read> std::io::Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

#[test]
fn a_single_document_on_stdin_is_refused_without_reading_past_its_limit() {
    use std::io::Read;
    let read = std::rc::Rc::new(std::cell::Cell::new(0));
    let endless = Counted {
        inner: std::io::repeat(b'a').take(500 * 1024 * 1024),
        read: read.clone(),
    };
    let batch = read_paths_with_stdin(
        &[PathBuf::from("-")],
        &IngestOptions {
            max_bytes: 1024 * 1024,
            ..IngestOptions::default()
        },
        endless,
    );
    assert!(batch.documents.is_empty());
    assert!(batch.errors[0].to_string().contains("too large"));
    assert!(read.get() < 2 * 1024 * 1024, "read {} bytes", read.get());
}

#[test]
fn a_jsonl_stream_on_stdin_is_streamed_record_by_record() {
    let jsonl = b"{\"title\":\"T\",\"text\":\"Body.\"}\n{\"text\":\"Two.\"}\n";
    let batch = read_paths_with_stdin(&[PathBuf::from("-")], &IngestOptions::default(), &jsonl[..]);
    assert!(batch.errors.is_empty(), "{:?}", batch.errors);
    assert_eq!(ids(&batch), ["stdin#1", "stdin#2"]);
}

fn gzip(data: &[u8]) -> Vec<u8> {
    crate::gzip::tests::gzip(data)
}

fn warc_page(uri: &str, body: &[u8]) -> Vec<u8> {
    use crate::sources::warc_tests::{http_response, record};
    record(
        "response",
        uri,
        "application/http; msgtype=response",
        &http_response("text/html; charset=utf-8", body),
    )
}

#[test]
fn containers_in_a_directory_get_record_ids_and_hints() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    let mut warc = warc_page("http://ex.org/a", b"<p>a</p>");
    warc.extend(warc_page("http://ex.org/b", b"<p>b</p>"));
    // Common Crawl style: one gzip member per record.
    let mut warc_gz = gzip(&warc_page("http://ex.org/c", b"<p>c</p>"));
    warc_gz.extend(gzip(&warc_page("http://ex.org/d", b"<p>d</p>")));
    write(d, "crawl.warc", &warc);
    write(d, "news.warc.gz", &warc_gz);
    write(
        d,
        "lines.jsonl",
        b"{\"text\":\"one\",\"url\":\"http://ex.org/j\"}\nnot json\n",
    );
    write(d, "page.html.gz", &gzip(b"<html><p>zipped page</p></html>"));
    write(
        d,
        "other.gz",
        &gzip(b"not claimed by name: skipped in a directory"),
    );

    let batch = read(&[d.to_path_buf()]);
    assert_eq!(
        ids(&batch),
        ["crawl#1", "crawl#2", "lines#1", "news#1", "news#2", "page"]
    );
    assert_eq!(
        batch.documents[3].hints.url.as_deref(),
        Some("http://ex.org/c")
    );
    assert_eq!(batch.documents[3].hints.charset.as_deref(), Some("utf-8"));
    assert_eq!(batch.documents[5].bytes, b"<html><p>zipped page</p></html>");
    assert_eq!(batch.documents[5].format, Format::Html);
    let messages: Vec<String> = batch.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0]
            .ends_with("lines.jsonl: line 2: invalid JSON: expected ident at line 1 column 2"),
        "{}",
        messages[0]
    );
}

#[test]
fn gzip_bomb_is_capped_and_earlier_records_kept() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut data = warc_page("http://ex.org/first", b"<p>first</p>");
    // A record claiming 8 MB of zeros: far past the cap below.
    data.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 8000000\r\n\r\n");
    data.extend(std::iter::repeat_n(0u8, 8_000_000));
    let bomb = gzip(&data);
    assert!(bomb.len() < 50_000, "compresses well: {}", bomb.len());
    let f = write(tmp.path(), "bomb.warc.gz", &bomb);
    // 10× the compressed size is under 2 MB here, so the cap is 2 MB.
    let options = IngestOptions {
        max_bytes: 1_000_000,
        max_container_bytes: 2_000_000,
        max_inflation: 10,
    };
    let batch = read_paths(&[f], &options);
    assert_eq!(ids(&batch), ["bomb#1"]);
    let messages: Vec<String> = batch.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].contains("bomb.warc.gz: record 2 at byte "),
        "{}",
        messages[0]
    );
    assert!(
        messages[0].contains("(offsets in the decompressed data): truncated"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].contains("bomb.warc.gz: decompresses to more than 2000000 bytes"),
        "{}",
        messages[1]
    );

    // A compressed single page over the cap is refused outright.
    let page = write(tmp.path(), "huge.html.gz", &gzip(&vec![b'a'; 3_000_000]));
    let batch = read_paths(&[page], &options);
    assert!(batch.documents.is_empty());
    assert!(batch.errors[0]
        .to_string()
        .contains("huge.html.gz: decompresses to more than"));
}

#[test]
fn stdin_containers_are_sniffed_even_gzipped() {
    let dash = PathBuf::from("-");
    let gz = gzip(b"{\"title\":\"T\",\"text\":\"Body.\"}\n{\"text\":\"Two.\"}\n");
    let batch = read_paths_with_stdin(
        std::slice::from_ref(&dash),
        &IngestOptions::default(),
        &gz[..],
    );
    assert!(batch.errors.is_empty(), "{:?}", batch.errors);
    assert_eq!(ids(&batch), ["stdin#1", "stdin#2"]);
    assert_eq!(batch.documents[0].hints.title.as_deref(), Some("T"));
}

#[test]
fn big_single_documents_are_refused_but_containers_use_their_own_limit() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let lines = "{\"text\":\"a line of text\"}\n".repeat(10);
    let f = write(tmp.path(), "many.jsonl", lines.as_bytes());
    let options = IngestOptions {
        max_bytes: 100,
        max_container_bytes: 10_000,
        ..IngestOptions::default()
    };
    let batch = read_paths(&[f], &options);
    assert_eq!(batch.documents.len(), 10);
    assert!(batch.errors.is_empty());
}

/// A WARC.gz with this many one-page records (one gzip member each, as
/// Common Crawl writes them).
fn crawl(n: usize) -> Vec<u8> {
    (0..n)
        .flat_map(|i| {
            gzip(&warc_page(
                &format!("http://ex.org/{i}"),
                format!("<p>page {i}</p>").as_bytes(),
            ))
        })
        .collect()
}

#[test]
fn large_containers_stream_in_batches_without_a_size_limit() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let n = STREAM_BATCH * 2 + 10;
    write(tmp.path(), "day.warc.gz", &crawl(n));
    // The file is far over the container limit: streamed files have none.
    let options = IngestOptions {
        max_container_bytes: 1_000,
        ..IngestOptions::default()
    };
    let mut sizes = Vec::new();
    let mut all = Vec::new();
    let mut files = 0;
    visit_paths(&[tmp.path().to_path_buf()], &options, |batch| {
        assert!(batch.errors.is_empty(), "{:?}", batch.errors);
        sizes.push(batch.documents.len());
        files += batch.files;
        all.extend(batch.documents.drain(..).map(|d| d.id.0));
        ControlFlow::Continue(())
    });
    // The directory's (empty) batch, two full batches, then the rest.
    assert_eq!(sizes, [0, STREAM_BATCH, STREAM_BATCH, 10]);
    assert_eq!(files, 1);
    assert_eq!(all.len(), n);
    assert_eq!(all[0], "day#1");
    assert_eq!(all[n - 1], format!("day#{n}"));
}

#[test]
fn break_stops_a_stream_and_the_files_after_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let a = write(tmp.path(), "a.warc.gz", &crawl(STREAM_BATCH * 3));
    let b = write(tmp.path(), "b.txt", b"never read");
    let mut seen = 0;
    visit_paths(&[a, b], &IngestOptions::default(), |batch| {
        seen += batch.documents.len();
        if seen > 0 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    assert_eq!(seen, STREAM_BATCH);
}

#[test]
fn corrupt_gzip_keeps_the_records_before_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut data = crawl(3);
    let mut tail = gzip(&warc_page("http://ex.org/late", &vec![b'x'; 20_000]));
    tail.truncate(tail.len() / 2);
    data.extend(tail);
    let f = write(tmp.path(), "cut.warc.gz", &data);
    let batch = read(&[f]);
    assert_eq!(ids(&batch), ["cut#1", "cut#2", "cut#3"]);
    let messages: Vec<String> = batch.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].contains("cut.warc.gz: record 4 at byte "),
        "{}",
        messages[0]
    );
    assert!(
        messages[0].contains("cannot read further"),
        "{}",
        messages[0]
    );
}

#[test]
fn jsonl_streams_line_by_line_with_long_lines_skipped() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let long = format!("{{\"text\":\"{}\"}}", "y".repeat(500));
    let body = format!("{{\"text\":\"one\"}}\n{long}\n{{\"text\":\"three\"}}\n{long}");
    let f = write(tmp.path(), "lines.jsonl.gz", &gzip(body.as_bytes()));
    let options = IngestOptions {
        max_bytes: 100,
        ..IngestOptions::default()
    };
    let batch = read_paths(&[f], &options);
    assert_eq!(ids(&batch), ["lines#1", "lines#3"]);
    let messages: Vec<String> = batch.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].contains("lines.jsonl.gz: line 2 "),
        "{}",
        messages[0]
    );
    assert!(
        messages[0].ends_with(": line is 511 bytes; the limit is 100 bytes"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].contains(": line 4 ") && messages[1].contains("line is 511 bytes"),
        "{}",
        messages[1]
    );
}
