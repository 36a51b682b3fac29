//! For one case written by `crosscheck eval --write DIR`: the injected
//! value's facts and their best-aligned facts of the same subject in the
//! other documents, with similarity scores. For debugging alignment:
//! `cargo run --release --example align -- DIR/CASE`.
use std::path::PathBuf;

use crosscheck_model::{Attribute, Origin};
use crosscheck_reconcile::similarity::Weights;
use crosscheck_reconcile::Pool;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: align CASE-DIR");
        std::process::exit(2);
    };
    let key: serde_json::Value = match std::fs::read_to_string(PathBuf::from(&dir).join("key.json"))
    {
        Ok(s) => serde_json::from_str(&s).unwrap_or_default(),
        Err(e) => {
            eprintln!("{dir}/key.json: {e}");
            std::process::exit(2);
        }
    };
    let doc_id = key["doc_id"].as_str().unwrap_or_default().to_string();
    let (start, end) = (
        key["spans"][0]["start"].as_u64().unwrap_or(0) as usize,
        key["spans"][0]["end"].as_u64().unwrap_or(0) as usize,
    );
    let batch = crosscheck_ingest::read_paths(&[PathBuf::from(&dir)], &Default::default());
    let docs: Vec<_> = batch
        .documents
        .iter()
        .filter_map(|r| crosscheck_extract::extract(r).ok())
        .collect();
    let analyses: Vec<_> = docs.iter().map(crosscheck::analyze).collect();
    let origins: Vec<Origin> = Vec::new();
    let pool = Pool::new(&docs, &analyses, &origins);
    let weights = Weights::of_pool(&pool);
    let injected: Vec<_> = pool
        .facts
        .iter()
        .filter(|f| {
            docs[f.doc].id.as_str() == doc_id && f.fact.span.start < end && start < f.fact.span.end
        })
        .collect();
    println!(
        "case {} ({} -> {}), {} fact(s) at the injection",
        key["id"],
        key["original"],
        key["replacement"],
        injected.len()
    );
    for f in injected {
        println!(
            "\n* {} {:?} {:?} {:?} s{}\n  ctx={}",
            f.fact.subject,
            f.fact.attribute,
            f.fact.value.display,
            f.fact.modality,
            f.fact.sentence,
            f.fact.context.join(",")
        );
        let mut rivals: Vec<_> = pool
            .facts
            .iter()
            .filter(|g| {
                g.doc != f.doc
                    && g.fact.subject == f.fact.subject
                    && matches!(g.fact.attribute, Attribute::Value(_))
                        == matches!(f.fact.attribute, Attribute::Value(_))
            })
            .map(|g| (weights.similarity(f, g), g))
            .collect();
        rivals.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (sim, g) in rivals.iter().take(6) {
            println!(
                "  {sim:.3} {} {:?} {:?} s{} ctx={}",
                docs[g.doc].id.as_str(),
                g.fact.value.display,
                g.fact.modality,
                g.fact.sentence,
                g.fact.context.join(",")
            );
        }
    }
}
