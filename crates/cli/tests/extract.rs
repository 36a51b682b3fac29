//! `crosscheck extract` end to end: the real binary on fixtures each test
//! writes itself (WARC and WARC.gz with a truncated record, JSONL with a bad
//! line, RSS and Atom, a gzip bomb, a binary file named .html), checking the
//! output, the messages (file + record) and the exit codes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run crosscheck")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).expect("compress");
    enc.finish().expect("finish")
}

fn warc_record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

/// A page whose text is in windows-1252 and says so only in the HTTP header.
fn latin1_page() -> Vec<u8> {
    let mut page =
        b"<html><head><title>Caf\xe9 fire closes square</title></head><body><article>".to_vec();
    for _ in 0..3 {
        page.extend_from_slice(
            b"<p>The fire at the caf\xe9 on the main square was put out by crews before dawn on Sunday, the fire service said in a statement to reporters.</p>",
        );
    }
    page.extend_from_slice(b"</article></body></html>");
    page
}

/// warcinfo, request, response (HTML, charset in the HTTP header), then a
/// response cut off in the middle.
fn warc_fixture() -> Vec<u8> {
    let mut w = warc_record(
        "warcinfo",
        "",
        "application/warc-fields",
        b"software: test\r\n",
    );
    w.extend(warc_record(
        "request",
        "http://news.example/cafe",
        "application/http; msgtype=request",
        b"GET /cafe HTTP/1.1\r\nHost: news.example\r\n\r\n",
    ));
    w.extend(warc_record(
        "response",
        "http://news.example/cafe",
        "application/http; msgtype=response",
        &http("text/html; charset=windows-1252", &latin1_page()),
    ));
    let cut = warc_record(
        "response",
        "http://news.example/next",
        "application/http; msgtype=response",
        &http(
            "text/html",
            b"<html><body><p>never complete</p></body></html>",
        ),
    );
    w.extend_from_slice(&cut[..cut.len() / 2]);
    w
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn jsonl(o: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

#[test]
fn warc_and_warc_gz_with_a_truncated_record() {
    let tmp = tempfile::tempdir().expect("tempdir");
    for name in ["crawl.warc", "crawl2.warc.gz"] {
        let bytes = if name.ends_with(".gz") {
            gzip(&warc_fixture())
        } else {
            warc_fixture()
        };
        let f = write(tmp.path(), name, &bytes);
        let o = run(&[
            "extract",
            "--format",
            "jsonl",
            f.to_str().expect("utf-8 path"),
        ]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "partial: {err}");
        let docs = jsonl(&o);
        assert_eq!(docs.len(), 1, "{docs:?}");
        let d = &docs[0];
        let stem = name.split('.').next().expect("stem");
        assert_eq!(d["id"], format!("{stem}#3"));
        assert_eq!(d["url"], "http://news.example/cafe");
        assert_eq!(d["title"], "Café fire closes square");
        let text = d["text"].as_str().expect("text");
        assert!(
            text.contains("The fire at the café on the main square"),
            "{text}"
        );
        assert!(err.contains(&format!("{name}: record 4 at byte ")), "{err}");
        assert!(err.contains("truncated"), "{err}");
        if name.ends_with(".gz") {
            assert!(err.contains("offsets in the decompressed data"), "{err}");
        }
    }
}

#[test]
fn jsonl_bad_line_names_its_line_and_the_rest_is_read() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let f = write(
        tmp.path(),
        "feed.jsonl",
        concat!(
            r#"{"url":"https://a.example/1","title":"Bridge closed","text":"The bridge was closed on Monday for repairs.","published":"2024-02-05","source":"A Daily","section":"local"}"#,
            "\n",
            r#"{"title": "broken"#,
            "\n",
            r#"{"url":"https://b.example/2","html":"<html><body><p>The council met.</p></body></html>"}"#,
            "\n"
        )
        .as_bytes(),
    );
    let o = run(&["extract", "-f", "jsonl", f.to_str().expect("utf-8 path")]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("feed.jsonl: line 2: invalid JSON"), "{err}");
    let docs = jsonl(&o);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "feed#1");
    assert_eq!(docs[0]["title"], "Bridge closed");
    assert_eq!(docs[0]["published"], "2024-02-05");
    assert_eq!(docs[0]["site"], "A Daily");
    assert_eq!(
        docs[0]["text"],
        "The bridge was closed on Monday for repairs."
    );
    assert_eq!(docs[0]["extra"]["section"], "local");
    assert_eq!(docs[1]["id"], "feed#3");
    assert_eq!(docs[1]["url"], "https://b.example/2");
    assert!(docs[1]["text"]
        .as_str()
        .expect("text")
        .contains("The council met."));
}

#[test]
fn rss_and_atom_items_become_documents() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Radio</title>
<item><title>Ferry delayed</title><link>https://coast.example/ferry</link><pubDate>Mon, 04 Mar 2024 07:00:00 GMT</pubDate>
<description>&lt;p&gt;The morning ferry was delayed by two hours because of fog in the channel, the operator said.&lt;/p&gt;</description></item>
</channel></rss>"#;
    let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Times</title><id>urn:ht</id><updated>2024-03-04T00:00:00Z</updated>
<entry><title>School reopens</title><id>urn:ht:1</id><link href="https://hill.example/school"/><updated>2024-03-04T09:00:00Z</updated>
<author><name>Rosa Lind</name></author><content type="html">&lt;p&gt;The school reopened after the storm, the head teacher said on Monday morning.&lt;/p&gt;</content></entry></feed>"#;
    write(tmp.path(), "coast.rss", rss.as_bytes());
    write(tmp.path(), "hill.atom", atom.as_bytes());
    let o = run(&[
        "extract",
        "-f",
        "json",
        tmp.path().to_str().expect("utf-8 path"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let docs: Vec<Value> = serde_json::from_slice(&o.stdout).expect("a JSON array");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "coast#1");
    assert_eq!(docs[0]["title"], "Ferry delayed");
    assert_eq!(docs[0]["site"], "Coast Radio");
    assert_eq!(docs[0]["url"], "https://coast.example/ferry");
    assert!(docs[0]["text"]
        .as_str()
        .expect("text")
        .contains("delayed by two hours"));
    assert_eq!(docs[1]["id"], "hill#1");
    assert_eq!(docs[1]["authors"][0], "Rosa Lind");
    assert_eq!(docs[1]["published"], "2024-03-04T09:00:00+00:00");
}

#[test]
fn gzip_bomb_is_capped_with_a_message() {
    let tmp = tempfile::tempdir().expect("tempdir");
    // 3 MB of zeros behind a good record, with a cap of 1 MB (10× the
    // compressed size is less).
    let mut data = warc_record(
        "response",
        "http://ok.example/",
        "application/http",
        &http("text/html", &latin1_page()),
    );
    data.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 3000000\r\n\r\n");
    data.extend(std::iter::repeat_n(0u8, 3_000_000));
    let f = write(tmp.path(), "bomb.warc.gz", &gzip(&data));
    let o = run(&[
        "extract",
        "-f",
        "jsonl",
        "--max-container-bytes",
        "1000000",
        "--max-inflation",
        "10",
        f.to_str().expect("utf-8 path"),
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("bomb.warc.gz: decompresses to more than 1000000 bytes"),
        "{err}"
    );
    assert!(err.contains("bomb.warc.gz: record 2 at byte"), "{err}");
    assert_eq!(jsonl(&o).len(), 1);
}

#[test]
fn binary_html_and_oversized_pages_are_refused_rest_goes_on() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let bin_file = write(
        tmp.path(),
        "photo.html",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    );
    let big = write(tmp.path(), "huge.html", &vec![b'a'; 5000]);
    let good = write(tmp.path(), "good.html", &latin1_page());
    let args = [
        "extract",
        "--max-bytes",
        "4000",
        bin_file.to_str().unwrap_or_default(),
        big.to_str().unwrap_or_default(),
        good.to_str().unwrap_or_default(),
    ];
    let o = run(&args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("photo.html: binary file, not text"), "{err}");
    assert!(
        err.contains("huge.html: too large (5000 bytes; the limit is 4000 bytes)"),
        "{err}"
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("caf\u{e9}") || out.contains("caf"), "{out}");

    // Nothing usable: failure.
    let o = run(&["extract", bin_file.to_str().unwrap_or_default()]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn malformed_html_and_markdown_output_from_stdin() {
    let mut child = bin()
        .args(["extract", "-f", "markdown", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let page = "<html><head><title>Gate left open</title><body><div><p>The gate was left open overnight and the sheep got out onto the road, farmers said.<p>Police closed the lane for an hour <b>while <i>they</b> were rounded up</div></table>";
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(page.as_bytes())
        .expect("write stdin");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("# Gate left open\n"), "{out}");
    assert!(out.contains("sheep got out onto the road"), "{out}");
    assert!(
        !out.contains("\n# Gate left open\n\nGate left open"),
        "title not repeated in the body: {out}"
    );
}

#[test]
fn check_reads_containers_too() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let f = write(tmp.path(), "one.jsonl", b"{\"text\":\"The mayor opened the bridge on Monday.\"}\n{\"text\":\"The mayor opened the bridge on Tuesday.\"}\nnot json\n");
    let o = run(&["check", "--format", "json", f.to_str().expect("utf-8 path")]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let report: Value = serde_json::from_slice(&o.stdout).expect("JSON report");
    assert_eq!(report["documents"].as_array().map(Vec::len), Some(2));
    assert!(stderr(&o).contains("line 3"));
}
