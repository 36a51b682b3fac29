//! `crosscheck bench --hostile`: cost on pathological inputs against
//! normal inputs of the same size (issue 24, item 1: at most 3× the time
//! and memory).
//!
//! The inputs are generated here (a fixed pseudo-random stream of news-like
//! words), written to a temporary folder, and each is checked by a child
//! `crosscheck check` process, so that its wall time and peak memory are
//! its own (the peak resident set is read from /proc while it runs).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Words the generated text is drawn from: names, places, figures, days.
const WORDS: &[&str] = &[
    "the",
    "mayor",
    "John",
    "Smith",
    "said",
    "12",
    "people",
    "died",
    "in",
    "Springfield",
    "on",
    "Monday",
    "and",
    "rescuers",
    "from",
    "Lindholm",
    "counted",
    "40",
    "homes",
    "while",
    "officials",
    "at",
    "the",
    "ministry",
    "reported",
    "that",
    "about",
    "2,000",
    "residents",
    "were",
    "evacuated",
    "after",
    "the",
    "river",
    "rose",
    "Governor",
    "Ana",
    "Ortiz",
    "told",
    "reporters",
    "Tuesday",
    "a",
    "second",
    "bridge",
    "had",
    "collapsed",
    "near",
    "Varna",
];

/// A fixed stream of `n` words (xorshift: the same on every run).
fn words(n: usize, seed: u64) -> Vec<&'static str> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            WORDS[(x % WORDS.len() as u64) as usize]
        })
        .collect()
}

/// Text of about `bytes` bytes: sentences of 20 words, or with `endless`
/// one sentence without a full stop.
fn text(bytes: usize, endless: bool) -> String {
    let ws = words(bytes / 6, 0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(bytes + 64);
    out.push_str("TITLE: Floods\n\n");
    for (i, w) in ws.iter().enumerate() {
        if out.len() >= bytes {
            break;
        }
        out.push_str(w);
        if !endless && i % 20 == 19 {
            out.push_str(". ");
        } else {
            out.push(' ');
        }
    }
    out.push_str(".\n");
    out
}

/// HTML of about `bytes` bytes: flat paragraphs, or with `depth` that many
/// nested `<div>`s around one paragraph.
fn html(bytes: usize, depth: Option<usize>) -> String {
    match depth {
        Some(n) => format!(
            "<html><body>{}<p>{}</p>{}</body></html>",
            "<div>".repeat(n),
            text(200, false),
            "</div>".repeat(n)
        ),
        None => {
            let mut out = String::from("<html><body>");
            let sentences = text(bytes, false);
            for s in sentences.split(". ") {
                if out.len() >= bytes {
                    break;
                }
                let _ = writeln!(out, "<div><p>{s}.</p></div>");
            }
            out.push_str("</body></html>");
            out
        }
    }
}

/// Wall seconds and peak resident kilobytes of `crosscheck check FILE`.
fn measure(exe: &Path, file: &Path) -> anyhow::Result<(f64, Option<u64>)> {
    let start = Instant::now();
    let child = Command::new(exe)
        .arg("check")
        .arg(file)
        .args(["--format", "json"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let peak = wait_peak(child)?;
    Ok((start.elapsed().as_secs_f64(), peak))
}

/// Wait for `child`, polling its peak resident set (`VmHWM` in
/// /proc/PID/status, in kB) every few milliseconds; `None` where /proc is
/// not there. (A child's `ru_maxrss` would count the parent's memory it was
/// forked with.)
fn wait_peak(mut child: std::process::Child) -> anyhow::Result<Option<u64>> {
    let status = format!("/proc/{}/status", child.id());
    let mut peak = None;
    loop {
        if let Ok(s) = std::fs::read_to_string(&status) {
            let hwm = s
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
            if let Some(h) = hwm {
                peak = Some(peak.unwrap_or(0).max(h));
            }
        }
        if child.try_wait()?.is_some() {
            return Ok(peak);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Generate the inputs, check each, print the ratios.
pub fn run() -> anyhow::Result<()> {
    let exe = std::env::current_exe()?;
    let dir = tempfile::tempdir()?;
    let write = |name: &str, body: String| -> anyhow::Result<PathBuf> {
        let p = dir.path().join(name);
        std::fs::write(&p, body)?;
        Ok(p)
    };
    const MB: usize = 1024 * 1024;
    // Just under the default size limit of one document (20 MiB).
    const LARGE: usize = 20 * MB - 64 * 1024;
    let cases = [
        (
            "one 1 MB sentence",
            write("sentence.txt", text(MB, true))?,
            write("sentences.txt", text(MB, false))?,
            1.0,
        ),
        (
            "100,000 nested <div>s",
            write("nested.html", html(0, Some(100_000)))?,
            write("flat.html", html(1_100_000, None))?,
            1.0,
        ),
        (
            "20 MB of text (vs 1 MB x 20)",
            write("text20.txt", text(LARGE, false))?,
            write("text1.txt", text(MB, false))?,
            20.0,
        ),
        (
            "20 MB of HTML (vs 1 MB x 20)",
            write("html20.html", html(LARGE, None))?,
            write("html1.html", html(MB, None))?,
            20.0,
        ),
    ];
    println!("hostile inputs, each checked by a child process (time s, peak MB):");
    for (name, hostile, normal, scale) in cases {
        let (th, mh) = measure(&exe, &hostile)?;
        let (tn, mn) = measure(&exe, &normal)?;
        let mb = |k: Option<u64>| k.map_or("n/a".into(), |k| format!("{:.0}", k as f64 / 1024.0));
        let ratio = |h: f64, n: f64| if n > 0.0 { h / (n * scale) } else { f64::NAN };
        // Memory has a fixed base (the binary, its tables): compared only
        // between inputs of the same size.
        let mem_ratio = match (mh, mn) {
            (Some(h), Some(n)) if scale == 1.0 => format!("{:.1}x", h as f64 / n as f64),
            _ => "-".into(),
        };
        println!(
            "  {name:30} {th:7.2} s {:>6} MB | normal {tn:6.2} s {:>6} MB | time {:.1}x, memory {mem_ratio}",
            mb(mh),
            mb(mn),
            ratio(th, tn)
        );
    }
    Ok(())
}
