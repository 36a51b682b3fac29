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

/// The most facts one document contributes. A news report states tens to a
/// few hundred; reconcile compares a report's facts with each other (for
/// self-contradictions), so a document of tens of megabytes would cost the
/// square of its size. The facts past this many are dropped, and the
/// report says so ([`Analysis::facts_dropped`]).
pub const MAX_FACTS: usize = 1000;

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
    // Bounded cost: reconcile compares a report's facts pairwise.
    let facts_dropped =
        facts.len().saturating_sub(MAX_FACTS) + values.len().saturating_sub(MAX_FACTS);
    facts.truncate(MAX_FACTS);
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
        facts_dropped,
    };
    meaning::attach(doc, &mut analysis);
    analysis
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_of_endless_figures_keeps_a_bounded_number_of_facts() {
        let sentence = "Officials said 12 people died and 40 homes burned in Lindholm on Monday. ";
        let doc = Document::from_text("d", "-", sentence.repeat(MAX_FACTS));
        let analysis = analyze(&doc);
        assert!(
            analysis.facts.len() <= MAX_FACTS,
            "{}",
            analysis.facts.len()
        );
        assert!(analysis.facts_dropped > 0);
        // A news-sized report loses nothing.
        let small = analyze(&Document::from_text("s", "-", sentence.repeat(5)));
        assert_eq!(small.facts_dropped, 0);
        assert!(!small.facts.is_empty());
    }
}
