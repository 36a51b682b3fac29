//! Show what extract makes of some files: title, warnings and every line
//! marked as noise, with the time taken.
//!
//! `cargo run -p crosscheck-extract --example show_noise -- FILE_OR_DIR...`
//! (set `SHOW_TEXT=1` to print each document's text too)

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let started = Instant::now();
    let _ = crosscheck_extract::find_noise("warm up\n");
    println!(
        "building the noise finder's regexes: {:?}",
        started.elapsed()
    );
    let started = Instant::now();
    let batch = crosscheck_ingest::read_paths(&paths, &Default::default());
    let docs: Vec<_> = batch
        .documents
        .iter()
        .map(crosscheck_extract::extract)
        .collect();
    let elapsed = started.elapsed();
    for e in &batch.errors {
        println!("error: {e}");
    }
    for doc in docs {
        match doc {
            Err(e) => println!("error: {e}"),
            Ok(doc) => {
                println!(
                    "== {} ({} bytes) title={:?} published={:?}",
                    doc.id,
                    doc.text.len(),
                    doc.title,
                    doc.published
                );
                if std::env::var_os("SHOW_TEXT").is_some() {
                    println!("{}", doc.text);
                }
                for w in &doc.warnings {
                    println!("   warning: {w}");
                }
                for r in &doc.removed {
                    println!("   {:?}: {:?}", r.kind, doc.slice(r.span));
                }
            }
        }
    }
    // Again, now that regexes and lexicons are built.
    let started = Instant::now();
    let n = batch
        .documents
        .iter()
        .map(crosscheck_extract::extract)
        .filter(Result::is_ok)
        .count();
    println!(
        "ingest + extract: {elapsed:?} cold, {:?} warm ({n} documents)",
        started.elapsed()
    );
}
