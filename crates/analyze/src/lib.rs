//! Analyze: one [`Document`] → its [`Analysis`]: sentences, mentions of
//! people, organisations and places with their titles and roles,
//! within-document coreference, typed values (dates, weekdays, times,
//! durations, counts, quantities, ordinals, places) and the facts built
//! from them.
//!
//! Everything here is rules and lexicons: fast, explainable, and with spans
//! that are exact byte ranges into the document text. Pure functions, no I/O.
#![deny(missing_docs)]

pub mod facts;
pub mod frames;
pub mod geography;
pub mod lexicon;
pub mod mentions;
pub mod modality;
mod regexes;
pub mod sentences;
pub mod values;

use crosscheck_model::{Analysis, Document};

/// Run the whole analysis of one document.
pub fn analyze(doc: &Document) -> Analysis {
    let sentences = sentences::split(doc);
    let (mentions, entities) = mentions::find(&doc.text, &sentences);
    let values = values::find(&doc.text, &sentences, &mentions);
    let facts = facts::build(&doc.text, &sentences, &mentions, &entities, &values);
    let (misplacements, nestings) = geography::find(&doc.text, &sentences, &mentions);
    Analysis {
        doc: Some(doc.id.clone()),
        sentences,
        mentions,
        entities,
        values,
        facts,
        misplacements,
        nestings,
    }
}
