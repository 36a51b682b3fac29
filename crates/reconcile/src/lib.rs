//! Reconcile: the facts of a story's documents → verdicts.
#![deny(missing_docs)]

use crosscheck_model::{Analysis, Document, Origin, Verdict};

/// Compare every fact of the story across its documents.
pub fn reconcile(docs: &[Document], analyses: &[Analysis], origins: &[Origin]) -> Vec<Verdict> {
    let _ = (docs, analyses, origins);
    Vec::new()
}
