//! Near-duplicate detection alone, for `scripts/bench-ingest.sh`: read one
//! document per line (text with `\n` and `\\` escaped), give each an origin
//! family with MinHash/LSH exactly as ingest does, print `line family` per
//! document and the time taken (signatures + index, reading excluded) on
//! stderr. Single-threaded, like the Python side it is compared with.
use std::io::{BufRead, Write};
use std::time::Instant;

use crosscheck_cluster::lsh::{OriginIndex, Signature};
use crosscheck_model::Document;

fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn main() -> std::io::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| std::io::Error::other("usage: near_dups FILE"))?;
    let docs: Vec<Document> = std::io::BufReader::new(std::fs::File::open(path)?)
        .lines()
        .enumerate()
        .map(|(i, l)| l.map(|l| Document::from_text(i.to_string(), i.to_string(), unescape(&l))))
        .collect::<std::io::Result<_>>()?;
    let started = Instant::now();
    let mut index = OriginIndex::new();
    let families: Vec<u64> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| index.assign(&Signature::of_document(d), i as u64).family())
        .collect();
    let seconds = started.elapsed().as_secs_f64();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (i, f) in families.iter().enumerate() {
        writeln!(out, "{i} {f}")?;
    }
    eprintln!(
        "crosscheck near-dups: {} documents in {seconds:.3} s",
        docs.len()
    );
    Ok(())
}
