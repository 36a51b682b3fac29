//! Figures compared by their frames ([`crosscheck_model::Frame`]), not by
//! the words around them.
//!
//! Two framed figures of one story are one fact when they measure the same
//! thing of the same event in the same place: the analyze stage has read
//! that off their sentences, so "the 6.7 metre-long vessel" meets "the
//! 21-foot submersible" (both the length of the story's vessel, in metres)
//! and "killed 453 people" in 1918 never meets this week's toll. Whether
//! two such figures differ is a question of rounding and bounds
//! ([`Frame::agrees_with`]); whether a difference is a contest or a
//! timeline depends on the measure: tolls grow as a story goes on.

use std::collections::BTreeSet;

use crosscheck_model::{Bound, Frame, Holder, Rule, ValueKind};

use super::agree::{part_and_total, toll_rises};
use super::Relation;
use crate::people::Group;
use crate::pool::{Pool, PooledFact};

/// What the story's frames are compared under.
pub(crate) struct Buckets {
    /// The latest year the story names or is dated in: a figure credited to
    /// an event of that year is the story's own.
    current_year: Option<i32>,
}

impl Buckets {
    pub(crate) fn of_pool(pool: &Pool) -> Self {
        let mut years: Vec<i32> = Vec::new();
        for a in pool.analyses {
            for v in a
                .values
                .iter()
                .filter(|v| matches!(v.kind, ValueKind::Year | ValueKind::Date))
            {
                years.extend(v.normalized.get(..4).and_then(|y| y.parse::<i32>().ok()));
            }
        }
        for f in &pool.facts {
            if let Some(Holder::Year(y)) = f.fact.frame.as_ref().and_then(|fr| fr.holder.as_ref()) {
                years.push(*y);
            }
        }
        for d in pool.docs {
            years.extend(
                d.published
                    .as_deref()
                    .and_then(|p| p.get(..4))
                    .and_then(|y| y.parse::<i32>().ok()),
            );
        }
        Buckets {
            current_year: years.into_iter().max(),
        }
    }

    /// The frame's holder, with the story's own year dropped.
    fn holder<'f>(&self, frame: &'f Frame) -> Option<&'f Holder> {
        frame
            .holder
            .as_ref()
            .filter(|h| !matches!(h, Holder::Year(y) if Some(*y) >= self.current_year))
    }

    /// The subject a framed figure is compared under: its measure, holder
    /// and scope ("frame:deaths|1918|"), or `None` for a figure with no frame.
    pub(crate) fn bucket(&self, f: &PooledFact) -> Option<String> {
        let frame = f.fact.frame.as_ref()?;
        let holder = match self.holder(frame) {
            Some(Holder::Aftershock) => "aftershock".to_string(),
            Some(Holder::Year(y)) => y.to_string(),
            None => String::new(),
        };
        Some(format!(
            "frame:{}|{holder}|{}",
            frame.measure.name(),
            frame.scope.as_deref().unwrap_or("")
        ))
    }

    /// How a report names the bucket: "deaths", "magnitude of the
    /// aftershock", "deaths (1918)", "distance from marrakesh".
    pub(crate) fn label(&self, f: &PooledFact) -> Option<String> {
        let frame = f.fact.frame.as_ref()?;
        let mut label = match frame.measure {
            crosscheck_model::Measure::Deaths => "death toll".to_string(),
            crosscheck_model::Measure::Injured => "number injured".to_string(),
            crosscheck_model::Measure::Missing => "number missing".to_string(),
            crosscheck_model::Measure::Displaced => "number displaced".to_string(),
            crosscheck_model::Measure::Rescued => "number rescued".to_string(),
            crosscheck_model::Measure::Critical => "number in critical condition".to_string(),
            m => m.name().to_string(),
        };
        match self.holder(frame) {
            Some(Holder::Aftershock) => label.push_str(" of the aftershock"),
            Some(Holder::Year(y)) => label.push_str(&format!(" (the {y} event)")),
            None => {}
        }
        if let Some(scope) = &frame.scope {
            let word = if frame.measure == crosscheck_model::Measure::Distance {
                "from"
            } else {
                "in"
            };
            label.push_str(&format!(" {word} {}", title_case(scope)));
        }
        Some(label)
    }
}

fn title_case(key: &str) -> String {
    key.split(' ')
        .map(|w| {
            w.chars()
                .take(1)
                .flat_map(char::to_uppercase)
                .chain(w.chars().skip(1))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Two framed figures of one bucket state one fact: always across reports;
/// within one report only when stated alike ([`same_statement`]).
pub(super) fn same_fact(a: &PooledFact, b: &PooledFact) -> bool {
    match (&a.fact.frame, &b.fact.frame) {
        (Some(x), Some(y)) => a.doc != b.doc || same_statement(x, y),
        _ => false,
    }
}

/// Two figures of one report that claim the same thing in the same way:
/// both exact, neither an update, as of the same day, on the same word. A
/// report that gives "at least 5,300" and later "3,000 deaths" in Derna,
/// or a figure and its update, is not contradicting itself.
fn same_statement(x: &Frame, y: &Frame) -> bool {
    x.bound == Bound::Exact
        && y.bound == Bound::Exact
        && !x.update
        && !y.update
        && x.as_of == y.as_of
        && x.attribution == y.attribution
}

/// A pooled figure's frame, borrowed for as long as the pool's facts.
fn frame<'a>(f: &PooledFact<'a>) -> Option<&'a Frame> {
    f.fact.frame.as_ref()
}

/// How two groups of framed figures relate, or `None` when they are not
/// framed (the caller then compares their words).
pub(super) fn relation(
    pool: &Pool,
    buckets: &Buckets,
    subject_facts: &[&PooledFact],
    a: &Group,
    b: &Group,
) -> Option<Relation> {
    if !a
        .facts
        .iter()
        .chain(&b.facts)
        .all(|f| f.fact.frame.is_some())
    {
        return None;
    }
    for fa in &a.facts {
        for fb in b
            .facts
            .iter()
            .filter(|fb| fb.doc == fa.doc && fb.fact.sentence != fa.fact.sentence)
        {
            let (x, y) = (frame(fa)?, frame(fb)?);
            if same_statement(x, y) && !x.agrees_with(y) && !x.measure.is_toll() {
                return Some(Relation::SelfContradiction(fa.doc, Rule::SameFrame));
            }
        }
    }
    // One report's parts that add up to another's total ("812 in the Old
    // Mill district and 790 in Sarnow", "1,602 people").
    if part_and_total(subject_facts, a, b) || part_and_total(subject_facts, b, a) {
        return Some(Relation::Compatible(Some(Rule::PartAndTotal)));
    }
    // Two values several independent reports each state both of are two
    // facts of the story, as for unframed figures.
    let co_stated = Pool::origin_count(
        a.facts
            .iter()
            .copied()
            .filter(|fa| b.facts.iter().any(|fb| fb.doc == fa.doc)),
    );
    if co_stated >= 2 {
        return Some(Relation::Compatible(Some(Rule::CoStated)));
    }
    // A report that gives two named sources' own readings ("the national
    // network measured 7, the USGS 6.8") shows they differ by source: its
    // figures are compared only with figures credited to the same source.
    // Read once per figure, not once per pair.
    let readings: BTreeSet<usize> = a
        .facts
        .iter()
        .chain(&b.facts)
        .filter(|f| {
            let Some(x) = frame(f) else { return false };
            subject_facts
                .iter()
                .filter(|o| o.doc == f.doc)
                .filter_map(|o| frame(o))
                .any(|o| {
                    !x.agrees_with(o)
                        && x.attribution.is_some()
                        && o.attribution.is_some()
                        && x.attribution != o.attribution
                })
        })
        .map(|f| f.index)
        .collect();
    let apart = |fa: &PooledFact, fb: &PooledFact| {
        (readings.contains(&fa.index) || readings.contains(&fb.index))
            && frame(fa).map(|x| &x.attribution) != frame(fb).map(|y| &y.attribution)
    };
    let fact_pairs: Vec<(&PooledFact, &PooledFact)> = a
        .facts
        .iter()
        .flat_map(|fa| {
            b.facts
                .iter()
                .filter(move |fb| fb.doc != fa.doc)
                .map(move |fb| (*fa, *fb))
        })
        .filter(|(fa, fb)| !apart(fa, fb))
        .collect();
    let pairs: Vec<(&Frame, &Frame)> = fact_pairs
        .iter()
        .filter_map(|(fa, fb)| Some((frame(fa)?, frame(fb)?)))
        .collect();
    let Some((x, _)) = pairs.first() else {
        return Some(Relation::Compatible(Some(Rule::TwoSourcesReadings)));
    };
    // The toll of an earlier year's event is settled history ("the 2018
    // Camp Fire, which killed 85 people"): two figures of it are rival
    // readings, never its timeline.
    let settled = matches!(buckets.holder(x), Some(Holder::Year(_)));
    if x.measure.is_toll() && !settled {
        // A toll grows: figures whose bounds allow both ("at least 93",
        // 96), a later or updated larger figure, or figures given as of
        // different days are its timeline.
        // A report that gives the toll as a floor or a vague amount, as of
        // a day or as an update tells the reader it is still moving.
        let bounds_allow = pairs.iter().any(|(x, y)| x.agrees_with(y));
        // Only two figures both reports date to one day are rival counts
        // of that day: undated, they were counted when each report was
        // written, and reports of one story are written over days. A
        // headline's or URL slug's figure is of the moment it was written,
        // often before its own body was updated (see [`crate::headlines`]).
        let headline = fact_pairs.iter().any(|(fa, fb)| fa.headline || fb.headline);
        let moving = headline
            || pairs.iter().any(|(x, y)| {
                x.update
                    || y.update
                    || matches!(x.bound, Bound::AtLeast | Bound::Vague)
                    || matches!(y.bound, Bound::AtLeast | Bound::Vague)
                    || x.as_of.is_none()
                    || x.as_of != y.as_of
            });
        if bounds_allow || moving || toll_rises(pool, a, b) || reports_moved(pool, a, b) {
            return Some(Relation::Timeline(Rule::TollRises));
        }
        return Some(Relation::Conflict(1.0, Rule::SameFrame));
    }
    if pairs.iter().all(|(x, y)| x.agrees_with(y)) {
        return Some(Relation::Compatible(Some(Rule::BoundsAllow)));
    }
    Some(Relation::Conflict(1.0, Rule::SameFrame))
}

/// True when the reports behind the smaller toll and the larger one give
/// another toll of the story that also grew between them (820 dead and 672
/// injured in one report, 2,012 dead and 2,059 injured in another): the
/// reports are of two moments, and the figure moved with the others.
fn reports_moved(pool: &Pool, a: &Group, b: &Group) -> bool {
    let amount = |g: &Group| {
        g.facts
            .iter()
            .find_map(|f| frame(f))
            .map(|x| (x.amount, x.measure))
    };
    let (Some((x, measure)), Some((y, _))) = (amount(a), amount(b)) else {
        return false;
    };
    let (small, large) = if x < y { (a, b) } else { (b, a) };
    let tolls_of = |doc: usize| {
        pool.facts
            .iter()
            .filter(move |f| f.doc == doc)
            .filter_map(|f| frame(f))
            .filter(move |t| {
                t.measure.is_toll()
                    && t.measure != measure
                    && t.holder.is_none()
                    && t.scope.is_none()
            })
    };
    small.facts.iter().any(|fs| {
        large.facts.iter().filter(|fl| fl.doc != fs.doc).any(|fl| {
            tolls_of(fs.doc).any(|early| {
                tolls_of(fl.doc).any(|late| {
                    late.measure == early.measure
                        && late.amount > early.amount
                        && !late.agrees_with(early)
                })
            })
        })
    })
}
