//! Evaluation: a dev set made by injecting controlled changes into real news
//! story groups, and the scores of crosscheck on it.
//!
//! Brief overview:
//! 1. [`data::load`] reads the ECB+ train/dev file and [`detok`] turns each
//!    tokenised article back into text (byte-exact reproducible).
//! 2. [`generate::generate`] makes one case per (story group, [`Kind`]):
//!    one article of the group gets one value changed, where the original
//!    value is also stated in another article of the group. The answer key
//!    records the byte spans of the replacements.
//! 3. [`harness::evaluate`] runs a checker on each clean group and each
//!    case and scores it with the rules in [`score`].
//!
//! The candidate finders in [`finders`] are simple rules of their own and do
//! not call crosscheck's analysis, so the key does not share its mistakes.
#![deny(missing_docs)]

pub mod clustering;
pub mod data;
pub mod detok;
pub mod finders;
pub mod generate;
pub mod harness;
pub mod lexicon;
pub mod rng;
pub mod score;
pub mod synthetic;
pub mod tokens;
pub mod write;

pub use data::{load, Group, SourceDoc};
pub use finders::Kind;
pub use generate::{generate, Case, CaseKey, Injected, DEFAULT_SEED};
pub use harness::{evaluate, EvalResult, Split};

/// Where the data file is, relative to the repository root (CI runs with
/// `../shared` beside the repository).
pub const DEFAULT_DATA: &str = "../shared/data/news-clustering/ecbplus/docs-train-dev.jsonl";

/// The default data file: relative to the current directory if it exists
/// there, else relative to this workspace's root (so `cargo run` from a
/// sub-directory still finds it).
pub fn default_data_path() -> std::path::PathBuf {
    let here = std::path::PathBuf::from(DEFAULT_DATA);
    if here.exists() {
        return here;
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let there = root.join(DEFAULT_DATA);
    if there.exists() {
        there
    } else {
        here
    }
}
