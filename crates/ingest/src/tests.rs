//! Batch-level tests over real files in a temporary directory.

use std::fs;
use std::path::{Path, PathBuf};

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
    assert_eq!(formats, [Format::Html, Format::Text, Format::Text, Format::Text, Format::Html]);
    assert!(batch.documents[2].path.ends_with("a.md"));
    assert_eq!(batch.documents[1].bytes, b"second");
}

#[test]
fn named_files_with_unknown_extension_are_sniffed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let page = write(tmp.path(), "page.dat", b"  <!doctype html><html><p>x</p></html>");
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

    let batch = read(&[missing.clone(), binary, good, empty, blank, under_file.clone(), link.clone()]);
    assert_eq!(ids(&batch), ["good"]);
    let messages: Vec<String> = batch.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(batch.errors.len(), 6, "{messages:?}");
    assert!(matches!(&batch.errors[0], IngestError::NotFound { path } if *path == missing));
    assert!(messages[0].ends_with("missing.txt: not found"), "{}", messages[0]);
    assert!(matches!(batch.errors[1], IngestError::Binary { .. }));
    assert!(messages[1].contains("blob.txt: binary file, not text"));
    assert!(matches!(batch.errors[2], IngestError::Empty { .. }));
    assert!(matches!(batch.errors[3], IngestError::Empty { .. }));
    assert!(matches!(&batch.errors[4], IngestError::Unreadable { path, .. } if *path == under_file));
    assert!(messages[4].contains("child.txt: cannot read"), "{}", messages[4]);
    assert!(matches!(&batch.errors[5], IngestError::BrokenLink { path } if *path == link));
    assert!(batch.errors.iter().all(|e| e.is_bad_input()));
    assert_eq!(batch.errors[5].path(), link.as_path());
}

#[test]
fn oversized_files_are_refused_with_size_and_limit() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let big = write(tmp.path(), "big.txt", &[b'x'; 100]);
    let small = write(tmp.path(), "small.txt", &[b'y'; 10]);
    let batch = read_paths(&[big, small], &IngestOptions { max_bytes: 50, ..IngestOptions::default() });
    assert_eq!(ids(&batch), ["small"]);
    match &batch.errors[..] {
        [e @ IngestError::TooLarge { size: 100, limit: 50, at_least: false, .. }] => {
            assert!(e.to_string().ends_with("big.txt: too large (100 bytes; the limit is 50 bytes)"), "{e}");
        }
        other => panic!("unexpected errors: {other:?}"),
    }
}

#[test]
fn stdin_is_read_sniffed_and_limited() {
    let dash = PathBuf::from("-");
    let batch = read_paths_with_stdin(std::slice::from_ref(&dash), &IngestOptions::default(), &b"<html><p>hi</p></html>"[..]);
    assert_eq!(ids(&batch), ["stdin"]);
    assert_eq!(batch.documents[0].path, "-");
    assert_eq!(batch.documents[0].format, Format::Html);

    let batch = read_paths_with_stdin(&[dash], &IngestOptions { max_bytes: 4, ..IngestOptions::default() }, &b"too long"[..]);
    assert!(batch.documents.is_empty());
    let msg = batch.errors[0].to_string();
    assert_eq!(msg, "-: too large (8 bytes; the limit is 4 bytes)");
}

fn gzip(data: &[u8]) -> Vec<u8> {
    crate::gzip::tests::gzip(data)
}

fn warc_page(uri: &str, body: &[u8]) -> Vec<u8> {
    use crate::sources::warc_tests::{http_response, record};
    record("response", uri, "application/http; msgtype=response", &http_response("text/html; charset=utf-8", body))
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
    write(d, "lines.jsonl", b"{\"text\":\"one\",\"url\":\"http://ex.org/j\"}\nnot json\n");
    write(d, "page.html.gz", &gzip(b"<html><p>zipped page</p></html>"));
    write(d, "other.gz", &gzip(b"not claimed by name: skipped in a directory"));

    let batch = read(&[d.to_path_buf()]);
    assert_eq!(ids(&batch), ["crawl#1", "crawl#2", "lines#1", "news#1", "news#2", "page"]);
    assert_eq!(batch.documents[3].hints.url.as_deref(), Some("http://ex.org/c"));
    assert_eq!(batch.documents[3].hints.charset.as_deref(), Some("utf-8"));
    assert_eq!(batch.documents[5].bytes, b"<html><p>zipped page</p></html>");
    assert_eq!(batch.documents[5].format, Format::Html);
    let messages: Vec<String> = batch.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].ends_with("lines.jsonl: line 2: invalid JSON: expected ident at line 1 column 2"), "{}", messages[0]);
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
    let options = IngestOptions { max_bytes: 1_000_000, max_container_bytes: 2_000_000 };
    let batch = read_paths(&[f], &options);
    assert_eq!(ids(&batch), ["bomb#1"]);
    let messages: Vec<String> = batch.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].contains("bomb.warc.gz: decompresses to more than 2000000 bytes"), "{}", messages[0]);
    assert!(messages[1].contains("bomb.warc.gz: record 2 at byte "), "{}", messages[1]);
    assert!(messages[1].contains("(offsets in the decompressed data): truncated"), "{}", messages[1]);

    // A compressed single page over the cap is refused outright.
    let page = write(tmp.path(), "huge.html.gz", &gzip(&vec![b'a'; 3_000_000]));
    let batch = read_paths(&[page], &options);
    assert!(batch.documents.is_empty());
    assert!(batch.errors[0].to_string().contains("huge.html.gz: decompresses to more than"));
}

#[test]
fn stdin_containers_are_sniffed_even_gzipped() {
    let dash = PathBuf::from("-");
    let gz = gzip(b"{\"title\":\"T\",\"text\":\"Body.\"}\n{\"text\":\"Two.\"}\n");
    let batch = read_paths_with_stdin(std::slice::from_ref(&dash), &IngestOptions::default(), &gz[..]);
    assert!(batch.errors.is_empty(), "{:?}", batch.errors);
    assert_eq!(ids(&batch), ["stdin#1", "stdin#2"]);
    assert_eq!(batch.documents[0].hints.title.as_deref(), Some("T"));
}

#[test]
fn big_single_documents_are_refused_but_containers_use_their_own_limit() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let lines = "{\"text\":\"a line of text\"}\n".repeat(10);
    let f = write(tmp.path(), "many.jsonl", lines.as_bytes());
    let options = IngestOptions { max_bytes: 100, max_container_bytes: 10_000 };
    let batch = read_paths(&[f], &options);
    assert_eq!(batch.documents.len(), 10);
    assert!(batch.errors.is_empty());
}
