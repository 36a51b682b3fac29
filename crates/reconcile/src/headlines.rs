//! A report whose headline (or URL slug) gives a figure its own body rules
//! out: "Dozens feared dead" over a body that counts 296; a slug that still
//! reads "36-killed" over a body where the toll "has risen to 55".
//!
//! Outlets update a story's body as a toll climbs and leave the headline or
//! the URL as first written, so a reader of the headline is misled by the
//! report itself. Across reports a headline's figure is one moment of the
//! story (the values stage treats it as a timeline point); within its own
//! report it is checked here against the body's figures of the same fact
//! (the same frame bucket: measure, holder and scope). So is a toll's
//! floor against a smaller exact figure the same body states as plainly.

use std::collections::BTreeMap;

use crosscheck_model::{Bound, Frame, Rule, Verdict, VerdictValue};

use crate::evidence;
use crate::people::group_by_key;
use crate::pool::{Pool, PooledFact};
use crate::values::frames::Buckets;

/// A report's figures of one fact: its headline's and its body's.
type HeadAndBody<'p, 'a> = (Vec<&'p PooledFact<'a>>, Vec<&'p PooledFact<'a>>);

/// Each report's figures compared with its own other figures of the same
/// fact: its headline against its body ([`stale_headline`]), then a toll's
/// floor against smaller exact figures in the body ([`below_own_floor`]).
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let buckets = Buckets::of_pool(pool);
    // (document, bucket) → the headline's figures and the body's.
    let mut by_fact: BTreeMap<(usize, String), HeadAndBody> = BTreeMap::new();
    for f in &pool.facts {
        let Some(bucket) = buckets.bucket(f) else {
            continue;
        };
        let entry = by_fact.entry((f.doc, bucket)).or_default();
        if f.headline {
            entry.0.push(f);
        } else {
            entry.1.push(f);
        }
    }
    let mut headlines = Vec::new();
    let mut floors = Vec::new();
    for (&(doc, _), (head, body)) in &by_fact {
        headlines.extend(stale_headline(pool, &buckets, doc, head, body));
        floors.extend(below_own_floor(pool, &buckets, doc, body));
    }
    headlines.extend(floors);
    headlines
}

/// A headline figure that no body figure of the same fact allows. A
/// headline figure the body backs is no contradiction, and the body's
/// other figures (an earlier count it also gives) are not the headline's
/// fault. A ceiling in the body ("up to 6,000") allows any smaller figure,
/// so it backs none.
fn stale_headline(
    pool: &Pool,
    buckets: &Buckets,
    doc: usize,
    head: &[&PooledFact],
    body: &[&PooledFact],
) -> Option<Verdict> {
    let stale: Vec<&PooledFact> = head
        .iter()
        .copied()
        .filter(|h| {
            !body
                .iter()
                .any(|b| frame(b).bound != Bound::AtMost && frame(b).agrees_with(frame(h)))
        })
        .collect();
    let ruled_out: Vec<&PooledFact> = body
        .iter()
        .copied()
        .filter(|b| stale.iter().any(|h| !frame(b).agrees_with(frame(h))))
        .collect();
    if stale.is_empty() || ruled_out.is_empty() {
        return None;
    }
    let (label, values) = label_and_values(pool, buckets, &stale, &ruled_out);
    let quote = |v: &VerdictValue| format!("“{}”", v.value);
    let (said, body_says): (Vec<_>, Vec<_>) = values
        .iter()
        .partition(|v| stale.iter().any(|h| h.fact.value.display == v.value));
    let explanation = format!(
        "{} gives {label} as {} in its headline but {} in its text.",
        pool.docs[doc].id,
        said.iter().map(|v| quote(v)).collect::<Vec<_>>().join(", "),
        body_says
            .iter()
            .map(|v| quote(v))
            .collect::<Vec<_>>()
            .join(", "),
    );
    Some(self_contradiction(
        label,
        &stale,
        explanation,
        values,
        Rule::HeadlineVsBody,
    ))
}

/// A floor a report's body states for a toll and an exact figure below it
/// that the same body gives as plainly ("at least 5,300 people" died;
/// "most of the 3,000 deaths were in the city"): an older figure left in
/// an updated article. A figure the report marks as an update, dates to
/// another day or credits to another source is its history or another
/// reading, not a contradiction; a ceiling ("up to 6,000") is an estimate
/// of its own.
fn below_own_floor(
    pool: &Pool,
    buckets: &Buckets,
    doc: usize,
    body: &[&PooledFact],
) -> Option<Verdict> {
    if !body.first().is_some_and(|f| frame(f).measure.is_toll()) {
        return None;
    }
    let plain = |x: &Frame, y: &Frame| {
        !x.update && !y.update && x.as_of == y.as_of && x.attribution == y.attribution
    };
    let floors: Vec<&PooledFact> = body
        .iter()
        .copied()
        .filter(|f| frame(f).bound == Bound::AtLeast)
        .collect();
    let below: Vec<&PooledFact> = body
        .iter()
        .copied()
        .filter(|f| frame(f).bound == Bound::Exact)
        .filter(|f| {
            floors.iter().any(|fl| {
                plain(frame(f), frame(fl))
                    && frame(f).amount < frame(fl).amount
                    && !frame(f).agrees_with(frame(fl))
            })
        })
        .collect();
    if below.is_empty() {
        return None;
    }
    let floors: Vec<&PooledFact> = floors
        .into_iter()
        .filter(|fl| below.iter().any(|f| !frame(f).agrees_with(frame(fl))))
        .collect();
    let (label, values) = label_and_values(pool, buckets, &floors, &below);
    let explanation = format!(
        "{} gives {label} as at least {} and also as {}.",
        pool.docs[doc].id, floors[0].fact.value.display, below[0].fact.value.display,
    );
    Some(self_contradiction(
        label,
        &below,
        explanation,
        values,
        Rule::BelowOwnFloor,
    ))
}

/// The fact's label (from its frame bucket) and the verdict values of two
/// sets of one report's figures, each grouped by value.
fn label_and_values(
    pool: &Pool,
    buckets: &Buckets,
    first: &[&PooledFact],
    second: &[&PooledFact],
) -> (String, Vec<VerdictValue>) {
    let label = buckets
        .label(first[0])
        .unwrap_or_else(|| first[0].fact.subject_label.clone());
    let values = group_by_key(first, |f| f.fact.value.key.clone())
        .into_iter()
        .chain(group_by_key(second, |f| f.fact.value.key.clone()))
        .map(|g| evidence::value(pool, g.facts[0].fact.value.display.clone(), &g.facts))
        .collect();
    (label, values)
}

/// A self-contradiction verdict over one report's framed figures.
fn self_contradiction(
    label: String,
    facts: &[&PooledFact],
    explanation: String,
    values: Vec<VerdictValue>,
    rule: Rule,
) -> Verdict {
    let attribute = facts[0].fact.attribute.name();
    evidence::self_contradiction(label, attribute, explanation, values, rule)
        .decided_by([Rule::SameFrame])
}

/// A framed fact's frame (the caller keeps only framed facts).
fn frame<'a>(f: &PooledFact<'a>) -> &'a Frame {
    f.fact.frame.as_ref().expect("bucketed facts are framed")
}
