//! Facts: claims built from mentions and values, with the context needed to
//! line them up across documents.
//!
//! Three families:
//! - **entity attributes** ([`entity`]): a person's given name, title,
//!   status (former / current) and affiliation, one fact per mention that
//!   states them;
//! - **values** ([`value`]): every typed value (a count, a duration, a
//!   weekday, a place, …) with what it measures and the words around it;
//! - **occurrences** ([`event`]): whether an event between named people is
//!   reported as planned or as having happened.
//!
//! Facts carry their sentence's content words ([`context`]) so reconcile can
//! tell whether two values in different documents are about the same thing.

pub mod context;
pub mod entity;
pub mod event;
pub mod value;

use crosscheck_model::{Entity, Fact, Mention, Sentence, Value};

/// Build the document's facts, in text order.
pub fn build(
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    entities: &[Entity],
    values: &[Value],
) -> Vec<Fact> {
    let sentence_entities = context::entities_by_sentence(sentences.len(), mentions, entities);
    let mut facts = entity::facts(text, sentences, mentions, entities, &sentence_entities);
    facts.extend(value::facts(text, sentences, values, &sentence_entities));
    facts.extend(value::place_mentions(text, sentences, mentions, entities, values, &sentence_entities));
    facts.extend(event::facts(text, sentences, mentions, entities, &sentence_entities));
    facts.sort_by_key(|f| (f.span.start, f.span.end));
    facts
}
