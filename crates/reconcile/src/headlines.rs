//! A report whose headline (or URL slug) gives a figure its own body rules
//! out: "Dozens feared dead" over a body that counts 296; a slug that still
//! reads "36-killed" over a body where the toll "has risen to 55".
//!
//! Outlets update a story's body as a toll climbs and leave the headline or
//! the URL as first written, so a reader of the headline is misled by the
//! report itself. Across reports a headline's figure is one moment of the
//! story (the values stage treats it as a timeline point); within its own
//! report it is checked here against the body's figures of the same fact
//! (the same frame bucket: measure, holder and scope).

use std::collections::BTreeMap;

use crosscheck_model::{Bound, Frame, Rule, Verdict, VerdictKind, VerdictValue};

use crate::evidence;
use crate::pool::{Pool, PooledFact};
use crate::values::frames::Buckets;

/// A report's figures of one fact: its headline's and its body's.
type HeadAndBody<'p, 'a> = (Vec<&'p PooledFact<'a>>, Vec<&'p PooledFact<'a>>);

/// Self-contradictions between each report's headline and its body.
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
    let mut out = Vec::new();
    for ((doc, _), (head, body)) in by_fact {
        // A headline figure the body backs is no contradiction, and the
        // body's other figures (an earlier count it also gives) are not
        // the headline's fault. A ceiling in the body ("up to 6,000")
        // allows any smaller figure, so it backs none.
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
            continue;
        }
        let label = buckets
            .label(stale[0])
            .unwrap_or_else(|| stale[0].fact.subject_label.clone());
        let values: Vec<VerdictValue> = by_value(&stale)
            .into_iter()
            .chain(by_value(&ruled_out))
            .map(|facts| evidence::value(pool, facts[0].fact.value.display.clone(), &facts))
            .collect();
        let quote = |v: &VerdictValue| format!("“{}”", v.value);
        let (said, body_says): (Vec<_>, Vec<_>) = values
            .iter()
            .partition(|v| stale.iter().any(|h| h.fact.value.display == v.value));
        out.push(
            Verdict {
                weak_match: false,
                rules: Vec::new(),
                kind: VerdictKind::SelfContradiction,
                subject: label.clone(),
                attribute: stale[0].fact.attribute.name().to_string(),
                explanation: format!(
                    "{} gives {label} as {} in its headline but {} in its text.",
                    pool.docs[doc].id,
                    said.iter().map(|v| quote(v)).collect::<Vec<_>>().join(", "),
                    body_says
                        .iter()
                        .map(|v| quote(v))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                values,
            }
            .decided_by([Rule::SameFrame, Rule::HeadlineVsBody]),
        );
    }
    out
}

/// A framed fact's frame (the caller keeps only framed facts).
fn frame<'a>(f: &PooledFact<'a>) -> &'a Frame {
    f.fact.frame.as_ref().expect("bucketed facts are framed")
}

/// Facts grouped by their value's comparison key, in order of first
/// appearance.
fn by_value<'p, 'a>(facts: &[&'p PooledFact<'a>]) -> Vec<Vec<&'p PooledFact<'a>>> {
    let mut out: Vec<Vec<&PooledFact>> = Vec::new();
    for f in facts {
        match out
            .iter_mut()
            .find(|g| g[0].fact.value.key == f.fact.value.key)
        {
            Some(g) => g.push(f),
            None => out.push(vec![f]),
        }
    }
    out
}

/// Self-contradictions between a floor a report's body states for a toll
/// and an exact figure below it that the same body gives as plainly ("at
/// least 5,300 people" died; "most of the 3,000 deaths were in the city"):
/// an older figure left in an updated article. A figure the report marks
/// as an update, dates to another day or credits to another source is its
/// history or another reading, not a contradiction; a ceiling ("up to
/// 6,000") is an estimate of its own.
pub fn below_own_floor(pool: &Pool) -> Vec<Verdict> {
    let buckets = Buckets::of_pool(pool);
    let mut by_fact: BTreeMap<(usize, String), Vec<&PooledFact>> = BTreeMap::new();
    for f in pool.facts.iter().filter(|f| !f.headline) {
        let (Some(bucket), Some(frame)) = (buckets.bucket(f), f.fact.frame.as_ref()) else {
            continue;
        };
        if frame.measure.is_toll() {
            by_fact.entry((f.doc, bucket)).or_default().push(f);
        }
    }
    let mut out = Vec::new();
    for ((doc, _), facts) in by_fact {
        let plain = |x: &Frame, y: &Frame| {
            !x.update && !y.update && x.as_of == y.as_of && x.attribution == y.attribution
        };
        let floors: Vec<&PooledFact> = facts
            .iter()
            .copied()
            .filter(|f| frame(f).bound == Bound::AtLeast)
            .collect();
        let below: Vec<&PooledFact> = facts
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
            continue;
        }
        let floors: Vec<&PooledFact> = floors
            .into_iter()
            .filter(|fl| below.iter().any(|f| !frame(f).agrees_with(frame(fl))))
            .collect();
        let label = buckets
            .label(below[0])
            .unwrap_or_else(|| below[0].fact.subject_label.clone());
        let values: Vec<VerdictValue> = by_value(&floors)
            .into_iter()
            .chain(by_value(&below))
            .map(|facts| evidence::value(pool, facts[0].fact.value.display.clone(), &facts))
            .collect();
        out.push(
            Verdict {
                weak_match: false,
                rules: Vec::new(),
                kind: VerdictKind::SelfContradiction,
                subject: label.clone(),
                attribute: below[0].fact.attribute.name().to_string(),
                explanation: format!(
                    "{} gives {label} as at least {} and also as {}.",
                    pool.docs[doc].id, floors[0].fact.value.display, below[0].fact.value.display,
                ),
                values,
            }
            .decided_by([Rule::SameFrame, Rule::BelowOwnFloor]),
        );
    }
    out
}
