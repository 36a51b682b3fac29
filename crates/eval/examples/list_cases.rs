//! Print the generated dev-set cases with a little context, to review the
//! answer key without building the pipeline:
//! `cargo run -p crosscheck-eval --example list_cases [-- KIND]`.
use std::collections::BTreeMap;

fn main() {
    let path = crosscheck_eval::default_data_path();
    let groups = match crosscheck_eval::load(&path) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let only = std::env::args().nth(1);
    let cases = crosscheck_eval::generate(&groups, crosscheck_eval::DEFAULT_SEED);
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for c in &cases {
        *counts
            .entry((c.key.split.as_str(), c.key.kind.name()))
            .or_default() += 1;
        if only.as_deref().is_some_and(|k| k != c.key.kind.name()) {
            continue;
        }
        let s = &c.key.spans[0];
        let from = floor(&c.text, s.start.saturating_sub(50));
        let to = floor(&c.text, (s.end + 50).min(c.text.len()));
        println!(
            "{} {} [{}] {:?} -> {:?} ×{}: …{}…",
            c.key.id,
            c.key.doc_id,
            c.key.about,
            c.key.original,
            c.key.replacement,
            c.key.spans.len(),
            c.text[from..to].replace('\n', " ")
        );
    }
    for ((split, kind), n) in counts {
        println!("{split:<5} {kind:<10} {n}");
    }
}

/// The nearest char boundary at or before `i`.
fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
