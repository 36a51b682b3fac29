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

mod anchor;
pub(crate) use anchor::{anchor, is_past_form, past_form_stem};
pub mod context;
pub mod entity;
pub mod event;
mod predicate;
pub(crate) use predicate::{
    class_of as outcome_of_word, outcome, outcome_after, outcome_before, STATE_LINKS,
};
pub mod value;

use crosscheck_model::{Entity, Epithet, Fact, Mention, Sentence, Subject, Value};

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
    // Person mentions as (span, sentence, key, name) for linking ages. The
    // key carries the given name when the mention writes one (or when the
    // document gives that surname only one), so that "John Jenkin, 23" and
    // his sister "Kathryn Jenkin, 20" are two people's ages.
    // The one given name an entity's mentions write, if they agree on one:
    // worked out once per entity, not once per mention (a long document
    // names one person thousands of times).
    let mut entity_given: std::collections::HashMap<usize, Option<String>> =
        std::collections::HashMap::new();
    let mut given_of = |m: &crosscheck_model::Mention| -> Option<String> {
        let own = m.person.as_ref().and_then(|p| p.given.clone());
        own.or_else(|| {
            entity_given
                .entry(m.entity)
                .or_insert_with(|| {
                    let mut all: Vec<String> = entities
                        .get(m.entity)?
                        .mentions
                        .iter()
                        .filter_map(|&i| mentions.get(i)?.person.as_ref()?.given.clone())
                        .collect();
                    all.sort();
                    all.dedup();
                    (all.len() == 1).then(|| all.remove(0))
                })
                .clone()
        })
        .map(|g| entity::given_name_key(&g))
    };
    let people: Vec<_> = mentions
        .iter()
        .filter(|m| m.kind == crosscheck_model::EntityKind::Person)
        .filter_map(|m| {
            let e = entities.get(m.entity)?;
            let key = match given_of(m) {
                Some(g) => format!("{}#{g}", e.key.split('#').next().unwrap_or(&e.key)),
                None => e.key.clone(),
            };
            Some((m.span, m.sentence, key, e.name.clone()))
        })
        .collect();
    // Values past the document's fact cap would be dropped (see
    // [`crate::MAX_FACTS`]): their facts are not built at all.
    let values = &values[..values.len().min(crate::MAX_FACTS)];
    facts.extend(value::facts(
        text,
        sentences,
        values,
        &people,
        &sentence_entities,
    ));
    link_described_ages(&mut facts, mentions, &people);
    link_bare_ages(text, &mut facts, &people);
    facts.extend(value::place_mentions(
        text,
        sentences,
        mentions,
        entities,
        values,
        &sentence_entities,
    ));
    facts.extend(event::facts(
        text,
        sentences,
        mentions,
        entities,
        &sentence_entities,
    ));
    drop_places_named_like_people(text, &mut facts, mentions, entities);
    crate::frames::fill(text, sentences, mentions, entities, values, &mut facts);
    facts.sort_by_key(|f| (f.span.start, f.span.end));
    facts
}

/// "The 27-year-old actress" in a report that calls one person, Tara Reid,
/// an actress is Reid's age: an unnamed description whose head noun is the
/// role of exactly one named person of the document becomes that person's
/// age, compared with her age in other reports.
fn link_described_ages(
    facts: &mut [Fact],
    mentions: &[Mention],
    people: &[(crosscheck_model::Span, usize, String, String)],
) {
    for f in facts.iter_mut() {
        let Subject::Described {
            figure: Epithet::Age,
            noun,
            person: true,
        } = &f.subject
        else {
            continue;
        };
        let mut holders: Vec<(&str, &str)> = mentions
            .iter()
            .filter(|m| {
                m.role
                    .as_ref()
                    .is_some_and(|r| context::stem(&r.head) == *noun)
            })
            .filter_map(|m| {
                people
                    .iter()
                    .find(|(span, ..)| *span == m.span)
                    .map(|(_, _, key, name)| (key.as_str(), name.as_str()))
            })
            .collect();
        holders.sort();
        holders.dedup_by(|a, b| a.0 == b.0);
        if let [(key, name)] = holders[..] {
            f.subject = Subject::Age(key.to_string());
            f.subject_label = format!("{name}'s age");
        }
    }
}

/// "the 23-year-old's due to enter his plea", "the 23-year-old was
/// arrested": an age with no noun after it stands for the person last
/// named, in its sentence or the one before, as a pronoun would. Further
/// back, or with nobody named, it stays unattached (and uncompared).
fn link_bare_ages(
    text: &str,
    facts: &mut [Fact],
    people: &[(crosscheck_model::Span, usize, String, String)],
) {
    // Only "the N-year-old", which points back the way "he" does: "at the
    // age of 17" is an age at another time of the person's life, and "two
    // women -- 68 and 48-years-old" are not the man named before.
    let definite = |f: &Fact| {
        let before = text[..f.span.start].trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        word.eq_ignore_ascii_case("the")
    };
    for f in facts.iter_mut().filter(|f| {
        f.subject == Subject::UnattachedAge && f.value.display.contains("year") && definite(f)
    }) {
        let last_named = people
            .iter()
            .filter(|(span, sentence, ..)| span.end <= f.span.start && sentence + 1 >= f.sentence)
            .max_by_key(|(span, ..)| span.end);
        if let Some((_, _, key, name)) = last_named {
            f.subject = Subject::Age(key.clone());
            f.subject_label = format!("{name}'s age");
        }
    }
}

/// The gazetteer knows towns called Obama, Vincent, Jackson and Dalton. In
/// a document that names a person so ("Barack Obama", "Vincent Gigante"),
/// the word is that person, not a place: a place fact that overlaps a
/// person mention, or whose words are a person's name in this document,
/// is dropped.
fn drop_places_named_like_people(
    text: &str,
    facts: &mut Vec<Fact>,
    mentions: &[crosscheck_model::Mention],
    entities: &[crosscheck_model::Entity],
) {
    use crosscheck_model::{Attribute, EntityKind, ValueKind};
    let people: Vec<&crosscheck_model::Mention> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .collect();
    let mut name_words: std::collections::HashSet<String> = std::collections::HashSet::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        name_words.extend(e.name.split_whitespace().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        }));
    }
    for m in &people {
        name_words.extend(m.span.slice(text).split_whitespace().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        }));
    }
    facts.retain(|f| {
        if f.attribute != Attribute::Value(ValueKind::Place) {
            return true;
        }
        let overlaps = people.iter().any(|m| m.span.overlaps(f.span));
        let words: Vec<String> = f
            .value
            .display
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        let a_name = !words.is_empty() && words.iter().all(|w| name_words.contains(w));
        !overlaps && !a_name
    });
}
