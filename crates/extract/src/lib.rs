//! Extract: raw bytes → [`Document`]: decode the charset, pull the article
//! text out of HTML, and mark page noise (widgets, share rows, app prompts,
//! disclaimers, language menus, empty markup) as removed, by the shape of the
//! lines rather than by known strings.
#![deny(missing_docs)]

// IMPLEMENTATION OWNED BY THE INGEST/EXTRACT HELPER. Interface fixed:

use crosscheck_ingest::RawDocument;
use crosscheck_model::{Document, Removed};

/// Why a document could not be turned into text.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// Placeholder until the helper fills this in.
    #[error("{path}: {message}")]
    Unusable {
        /// The path.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// Decode, extract and mark noise. Non-fatal problems (lossy decoding) go to
/// [`Document::warnings`].
pub fn extract(raw: &RawDocument) -> Result<Document, ExtractError> {
    let text = String::from_utf8_lossy(&raw.bytes).into_owned();
    let mut doc = Document::from_text(raw.id.0.clone(), raw.path.clone(), text);
    doc.removed = find_noise(&doc.text);
    Ok(doc)
}

/// Find page-noise lines in `text`.
pub fn find_noise(text: &str) -> Vec<Removed> {
    let _ = text;
    Vec::new()
}
