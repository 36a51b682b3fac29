//! How a sentence presents an event: as done, planned, possible or denied.
// IMPLEMENTATION OWNED BY THE VALUES HELPER. Interface fixed.
use crosscheck_model::{Modality, Span};

/// The modality of the clause of `sentence` that holds `at`.
pub fn of_clause(text: &str, sentence: Span, at: Span) -> Modality {
    let _ = (text, sentence, at);
    Modality::Asserted
}
