//! Occurrence facts: is an event between named people reported as planned
//! or as having happened? "Putin is scheduled to meet Witkoff" and "Witkoff
//! met Putin" are the same event at two moments; reconcile reports them as a
//! timeline, never as a contradiction.

use std::sync::LazyLock;

use regex::Regex;

use crosscheck_model::{
    Attribute, Entity, EntityKind, Fact, FactValue, Mention, Modality, Sentence, Span,
};

use super::context::content_words;
use crate::modality;

/// Event words and the event family they belong to.
static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(meet|meets|met|meeting|meetings|talks|summit|visit|visits|visited|visiting|sign|signs|signed|signing)\b",
    )
    .expect("valid regex")
});

fn family(word: &str) -> &'static str {
    let w = word.to_lowercase();
    if w.starts_with("visit") {
        "visit"
    } else if w.starts_with("sign") {
        "signing"
    } else {
        "meeting"
    }
}

/// One occurrence fact per sentence that names an event and at least two people.
pub fn facts(
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    entities: &[Entity],
    _sentence_entities: &[Vec<String>],
) -> Vec<Fact> {
    let mut out = Vec::new();
    // The people each sentence names, found in one pass over the mentions.
    let mut named: Vec<Vec<&Entity>> = vec![Vec::new(); sentences.len()];
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        if let (Some(list), Some(e)) = (named.get_mut(m.sentence), entities.get(m.entity)) {
            list.push(e);
        }
    }
    for (si, sentence) in sentences.iter().enumerate() {
        let mut people = std::mem::take(&mut named[si]);
        people.sort_by(|a, b| a.key.cmp(&b.key));
        people.dedup_by(|a, b| a.key == b.key);
        if people.len() < 2 {
            continue;
        }
        let s = sentence.span.slice(text);
        let Some(m) = TRIGGER.find(s) else { continue };
        let span = Span::new(
            sentence.span.start + m.start(),
            sentence.span.start + m.end(),
        );
        let value = match modality::of_clause(text, sentence.span, span) {
            Modality::Asserted => "took place",
            Modality::Planned => "planned",
            // "will not sign" and "could meet" say nothing about whether it happened.
            Modality::Negated | Modality::Hypothetical => continue,
        };
        let fam = family(m.as_str());
        let names: Vec<&str> = people.iter().map(|e| e.name.as_str()).collect();
        out.push(Fact {
            subject: crosscheck_model::Subject::Event(fam.to_string()),
            subject_label: format!("the {fam} of {}", names.join(" and ")),
            subject_kind: None,
            attribute: Attribute::Occurrence,
            value: FactValue {
                display: value.into(),
                key: value.into(),
                number: None,
                approximate: false,
                bound: crosscheck_model::Bound::Exact,
                location: None,
            },
            span,
            sentence: si,
            modality: if value == "planned" {
                Modality::Planned
            } else {
                Modality::Asserted
            },
            context: content_words(s, None),
            entities: people.iter().map(|e| e.key.clone()).collect(),
            frame: None,
            moment: None,
        });
    }
    out
}
