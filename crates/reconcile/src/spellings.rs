//! One person's surname spelled two ways across reports: "Paul Hankins"
//! and "Paul Hankin", "Othman Abduljalil" and "Othman Abdulcelil".
//!
//! People are matched across documents by surname ([`crate::people`]), so
//! a slip in the surname makes two people, each with a single source, and
//! the slip goes unseen. Two full names with the same given name whose
//! surnames differ by a slip ([`crate::people::misspelt`]) are one person
//! spelled two ways: a contest over the spelling, quoting the surname in
//! each report; so are two whose given names are also close ("Othman
//! Abduljalil", "Osman Abdulcelil"). A slip in the given name alone is
//! contested by [`crate::people`] itself, which keeps misspellings apart.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_model::{Attribute, EntityKind, Rule, Span, Verdict, VerdictKind, VerdictValue};

use crate::evidence;
use crate::people::misspelt;
use crate::pool::Pool;

/// One full name as a report writes it.
struct Written {
    doc: usize,
    origin: usize,
    /// The given name's comparison key (nicknames folded by analyze).
    given: String,
    surname: String,
    surname_span: Span,
    sentence: usize,
}

/// Spelling contests over the surnames of the story's people.
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let names = written_names(pool);
    let mut edges = Vec::new();
    for i in 0..names.len() {
        for j in i + 1..names.len() {
            let (a, b) = (&names[i], &names[j]);
            if a.doc != b.doc
                && (a.given == b.given || transliterated(&a.given, &b.given))
                && misspelt(&a.surname, &b.surname)
            {
                edges.push((i, j));
            }
        }
    }
    let mut out = Vec::new();
    for component in crate::values::components(names.len(), edges.into_iter()) {
        if component.len() < 2 {
            continue;
        }
        // Every mention of the component's spellings with its given name,
        // so each value counts all its origins.
        let spellings: BTreeSet<&str> = component
            .iter()
            .map(|&i| names[i].surname.as_str())
            .collect();
        let givens: BTreeSet<&str> = component.iter().map(|&i| names[i].given.as_str()).collect();
        let mut by_spelling: BTreeMap<&str, Vec<&Written>> = BTreeMap::new();
        for n in names
            .iter()
            .filter(|n| spellings.contains(n.surname.as_str()) && givens.contains(n.given.as_str()))
        {
            let group = by_spelling.entry(n.surname.as_str()).or_default();
            if !group
                .iter()
                .any(|g| g.doc == n.doc && g.surname_span == n.surname_span)
            {
                group.push(n);
            }
        }
        // A report that writes two of the spellings itself most often
        // writes two words ("West German league", "in West Germany"), not
        // one name twice.
        let docs_of = |written: &Vec<&Written>| {
            written
                .iter()
                .map(|w| w.doc)
                .collect::<std::collections::BTreeSet<usize>>()
        };
        let spellings_docs: Vec<_> = by_spelling.values().map(docs_of).collect();
        let shared = spellings_docs
            .iter()
            .enumerate()
            .any(|(i, a)| spellings_docs[i + 1..].iter().any(|b| !a.is_disjoint(b)));
        if by_spelling.len() < 2 || shared {
            continue;
        }
        let values: Vec<VerdictValue> = by_spelling
            .iter()
            .map(|(spelling, written)| value(pool, spelling, written))
            .collect();
        let leader = values
            .iter()
            .max_by_key(|v| v.origins)
            .map(|v| v.value.clone())
            .unwrap_or_default();
        let parts: Vec<String> = values
            .iter()
            .map(|v| {
                let mut docs: Vec<&str> = v.sources.iter().map(|e| e.document.as_str()).collect();
                docs.dedup();
                format!("“{}” ({})", v.value, docs.join(", "))
            })
            .collect();
        out.push(Verdict {
            weak_match: false,
            rules: vec![Rule::SamePerson, Rule::ValuesDiffer, Rule::NameSpelling],
            kind: VerdictKind::Contested,
            subject: leader.clone(),
            attribute: "surname_spelling".into(),
            explanation: format!(
                "Sources spell {leader}'s surname {} ways: {}",
                values.len(),
                parts.join(" vs ")
            ),
            values,
        });
    }
    out
}

/// Two given names that may be one name written two ways ("Othman",
/// "Osman"): the same first letter, four letters or more, at most two
/// edits apart. Only ever asked together with a slip in the surname: two
/// people of one story whose given names and surnames are both this close
/// are far rarer than one name spelt two ways.
fn transliterated(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    a.len().min(b.len()) >= 4 && a.first() == b.first() && crate::people::edit_distance(&a, &b) <= 2
}

/// Every full name (given name and surname) a report writes, from the
/// given-name facts of people and the mentions they sit in.
fn written_names(pool: &Pool) -> Vec<Written> {
    let mut out = Vec::new();
    for f in pool.facts.iter().filter(|f| {
        f.fact.attribute == Attribute::GivenName && f.fact.subject_kind == Some(EntityKind::Person)
    }) {
        let text = &pool.docs[f.doc].text;
        let Some(m) = pool.analyses[f.doc]
            .mentions
            .iter()
            .find(|m| m.span.contains(f.fact.span) && m.person.is_some())
        else {
            continue;
        };
        let Some(person) = &m.person else { continue };
        let Some(offset) = m.span.slice(text).rfind(person.surname.as_str()) else {
            continue;
        };
        let start = m.span.start + offset;
        out.push(Written {
            doc: f.doc,
            origin: f.origin,
            given: f.fact.value.key.clone(),
            surname: person.surname.clone(),
            surname_span: Span::new(start, start + person.surname.len()),
            sentence: m.sentence,
        });
    }
    out
}

/// One spelling as a verdict value: each report's sentence, the surname
/// marked, and the number of independent origins writing it so.
fn value(pool: &Pool, spelling: &str, written: &[&Written]) -> VerdictValue {
    let sources = evidence::in_order(
        written
            .iter()
            .map(|w| evidence::at(pool, w.doc, w.sentence, w.surname_span))
            .collect(),
    );
    let mut origins: Vec<usize> = written.iter().map(|w| w.origin).collect();
    origins.sort_unstable();
    origins.dedup();
    VerdictValue {
        value: spelling.to_string(),
        origins: origins.len(),
        sources,
    }
}
