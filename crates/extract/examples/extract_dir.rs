//! Extract the article body of every `*.html` page in a directory into
//! `<stem>.txt` files, for scoring with `shared/tools/eval_extraction.py`.
//!
//! `cargo run --release -p crosscheck-extract --example extract_dir -- HTML_DIR PRED_DIR`
//!
//! The body is [`crosscheck_extract::extract_html`]'s text (no headline), as
//! the benchmark's ground truth has none. Prints pages/s for the extraction
//! calls alone (file reads excluded).

use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [html_dir, out_dir] = args.as_slice() else {
        eprintln!("usage: extract_dir HTML_DIR PRED_DIR");
        std::process::exit(2);
    };
    if let Err(e) = run(html_dir, out_dir) {
        eprintln!("extract_dir: {e}");
        std::process::exit(1);
    }
}

fn run(html_dir: &PathBuf, out_dir: &PathBuf) -> std::io::Result<()> {
    std::fs::create_dir_all(out_dir)?;
    let mut pages: Vec<PathBuf> = std::fs::read_dir(html_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    let mut spent = Duration::ZERO;
    for page in &pages {
        let bytes = std::fs::read(page)?;
        let started = Instant::now();
        let decoded = crosscheck_extract::decode(&bytes, true);
        let out = crosscheck_extract::extract_html(&decoded.text);
        spent += started.elapsed();
        let stem = page.file_stem().unwrap_or_default();
        if out.fallback {
            eprintln!(
                "{}: no article found, used the visible body text",
                stem.to_string_lossy()
            );
        }
        std::fs::write(out_dir.join(stem).with_extension("txt"), out.text)?;
    }
    let secs = spent.as_secs_f64().max(1e-9);
    eprintln!(
        "{} pages in {:.2}s: {:.0} pages/s",
        pages.len(),
        secs,
        pages.len() as f64 / secs
    );
    Ok(())
}
