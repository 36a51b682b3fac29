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
pub mod meaning;
pub mod mentions;
pub mod modality;
mod regexes;
pub mod sentences;
pub mod slug;
pub mod values;

use crosscheck_model::{Analysis, Document, Sentence, Span};

/// Run the whole analysis of one document.
pub fn analyze(doc: &Document) -> Analysis {
    let mut sentences = sentences::split(doc);
    // The URL slug is read as a headline sentence, on a copy of the text
    // whose slug has spaces for hyphens (same length, same spans).
    let slug = slug::find(doc);
    let spaced;
    let text: &str = match slug {
        Some(span) => {
            spaced = slug::spaced(&doc.text, span);
            let at = sentences.partition_point(|s| s.span.start < span.start);
            sentences.insert(
                at,
                Sentence {
                    span,
                    headline: true,
                },
            );
            &spaced
        }
        None => &doc.text,
    };
    let slug_at = slug.and_then(|span| sentences.iter().position(|s| s.span == span));
    // Names are not read from a slug (it is in lower case, glued to ids):
    // mentions see its sentence as empty, so sentence indices stay.
    let mut for_names = sentences.clone();
    if let Some(i) = slug_at {
        for_names[i].span = Span::new(for_names[i].span.start, for_names[i].span.start);
    }
    let (mentions, entities) = mentions::find(text, &for_names);
    let values = values::find(text, &sentences, &mentions);
    let mut facts = facts::build(text, &sentences, &mentions, &entities, &values);
    if let Some(i) = slug_at {
        facts
            .retain(|f| f.sentence != i || f.frame.as_ref().is_some_and(|fr| fr.measure.is_toll()));
    }
    let (misplacements, nestings) = geography::find(text, &for_names, &mentions);
    let mut analysis = Analysis {
        doc: Some(doc.id.clone()),
        sentences,
        mentions,
        entities,
        values,
        facts,
        misplacements,
        nestings,
        meanings: Vec::new(),
    };
    meaning::attach(doc, &mut analysis);
    analysis
}
