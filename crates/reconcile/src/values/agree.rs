//! When two values of one subject that differ are no conflict: figures that
//! agree though their keys differ (approximate, floors, one span in two
//! units, a district and its city, a year and a date in it), and values
//! that state different things (durations of other orders of magnitude,
//! parts and their total, a toll that rises between reports). The rules
//! [`super::judge`] and [`super::relation`] apply before calling two values
//! contested.

use crosscheck_model::{context, distance_km, Attribute, Bound, ValueKind};

use crate::people::Group;
use crate::pool::{Pool, PooledFact};

/// Two named places closer than this are one place at two scales (a city
/// and its district or suburb), not a contradiction. The price: twin cities
/// closer than this (San Francisco and Oakland, 13 km) are not told apart
/// either; a district named for its city is by far the commoner case.
const SAME_PLACE_KM: f64 = 25.0;
/// Relative difference under which two durations written in different
/// units agree (a month is 28 to 31 days).
const UNIT_SLACK: f64 = 0.05;
/// Two clock times this many minutes apart, one of them on a multiple of
/// five, are one time given exactly and rounded.
const ROUNDED_MINUTES: i64 = 4;
/// Two vague amounts whose floors are at most this factor apart ("a few",
/// 2+, and "several", 3+) say the same.
const VAGUE_SAME: f64 = 2.0;
/// Relative difference under which an approximate figure agrees.
const APPROX_TOLERANCE: f64 = 0.15;

/// Merge groups whose values agree though their keys differ: approximate
/// figures close to an exact one, a year and a date in it. A merged group
/// takes another only if every value in both agrees pairwise, so agreement
/// does not chain: "more than three years" and "more than six years" both
/// agree with "hundreds of years", not with each other.
pub(super) fn merge_compatible(pool: &Pool, groups: &mut Vec<Group>) {
    let originals = groups.clone();
    let mut members: Vec<Vec<usize>> = (0..groups.len()).map(|i| vec![i]).collect();
    let agree = |a: &[usize], b: &[usize]| {
        a.iter().all(|&x| {
            b.iter()
                .all(|&y| compatible(pool, &originals[x], &originals[y]))
        })
    };
    let mut i = 0;
    while i < groups.len() {
        let mut merged = false;
        for j in 0..groups.len() {
            if i != j && agree(&members[i], &members[j]) {
                let g = groups.remove(i);
                let m = members.remove(i);
                let t = if j > i { j - 1 } else { j };
                groups[t].facts.extend(g.facts);
                members[t].extend(m);
                merged = true;
                break;
            }
        }
        if !merged {
            i += 1;
        }
    }
}

/// True when two single facts' values agree ([`compatible`] on each alone):
/// a merged group may hold values that agree with its key but not with
/// every value of another group, and such a pair is no evidence of conflict.
pub(super) fn facts_agree(pool: &Pool, a: &PooledFact, b: &PooledFact) -> bool {
    let (ga, gb) = (
        Group {
            key: a.fact.value.key.clone(),
            facts: vec![a],
        },
        Group {
            key: b.fact.value.key.clone(),
            facts: vec![b],
        },
    );
    a.fact.value.key == b.fact.value.key || compatible(pool, &ga, &gb)
}

fn compatible(pool: &Pool, a: &Group, b: &Group) -> bool {
    let fa = a.facts[0].fact;
    let fb = b.facts[0].fact;
    // Framed figures agree by their rounding and bounds, in one unit. Two
    // different figures of a toll stay apart even when their bounds allow
    // both ("at least 93" and 96): they are its timeline, not one value.
    if let (Some(x), Some(y)) = (&fa.frame, &fb.frame) {
        let same_figure =
            (x.amount - y.amount).abs() <= x.step.min(y.step) / 2.0 && x.bound == y.bound;
        return if x.measure.is_toll() {
            same_figure
        } else {
            x.agrees_with(y)
        };
    }
    // "a 90-day stay" and "a three-month stay": one span in two units,
    // apart only by the length of a month.
    if fa.attribute == Attribute::Value(ValueKind::Duration) && fa.value.number != fb.value.number {
        if let (Some(x), Some(y)) = (seconds(&a.key), seconds(&b.key)) {
            if (x - y).abs() <= UNIT_SLACK * x.max(y) {
                return true;
            }
        }
    }
    // Durations compare in seconds: "two seconds" and "two weeks" are not
    // within any tolerance of each other, whatever their numbers.
    let (size_a, size_b) = (size(a), size(b));
    // "at least two ladder trucks" agrees with "three ladder trucks", and
    // "more than 200 people" with 260: a floor holds for any figure above it.
    // One side a floor, the other a figure at or above it.
    let floor_holds = |floor: &dyn Fn(&Group) -> Option<f64>| match (size_a, size_b) {
        (Some(x), Some(y)) => {
            floor(a).is_some_and(|f| y >= f && floor(b).is_none())
                || floor(b).is_some_and(|f| x >= f && floor(a).is_none())
        }
        _ => false,
    };
    let floor = |g: &Group| {
        g.facts
            .iter()
            .all(|f| lower_bound(f))
            .then(|| size(g))
            .flatten()
    };
    if floor_holds(&floor) {
        return true;
    }
    // Two written floors ("more than 1,000 structures", "more than 2,200
    // structures") can both be true: successive assessments, each a
    // minimum. Real-news key: such pairs are traps, not disagreements.
    if floor(a).is_some() && floor(b).is_some() {
        return true;
    }
    if let (Some(x), Some(y)) = (size_a, size_b) {
        // One side hedged throughout ("about 200"), not one hedge anywhere
        // in either: a group of eight "eight-year" offers, one of them "more
        // than eight years", would otherwise take in a "seven-year" deal.
        let approx = a.facts.iter().all(|f| f.fact.value.approximate)
            || b.facts.iter().all(|f| f.fact.value.approximate);
        if approx && (x - y).abs() <= APPROX_TOLERANCE * x.abs().max(y.abs()) {
            return true;
        }
    }
    // "hundreds of people" (200+) agrees with any plain figure of at least
    // 200; two such floors that differ ("more than three years", "more than
    // six years") are two estimates, compared like the floors above.
    if floor_holds(&|g| g.key.contains('+').then(|| size(g)).flatten()) {
        return true;
    }
    // "a few blocks" and "several blocks": two vague amounts of one order
    // say the same; "dozens" and "hundreds" do not.
    if let (true, true, Some(x), Some(y)) =
        (a.key.contains('+'), b.key.contains('+'), size_a, size_b)
    {
        if x.max(y) <= VAGUE_SAME * x.min(y) {
            return true;
        }
    }
    // "3:33 a.m." and "3:30 AM", "8.39am" and "8.40am": one report gives
    // the minute, the other rounds it to five.
    if fa.attribute == Attribute::Value(ValueKind::Time) {
        if let (Some(x), Some(y)) = (fa.value.number, fb.value.number) {
            let minutes = |h: f64| (h * 60.0).round() as i64;
            let (mx, my) = (minutes(x), minutes(y));
            if (mx - my).abs() <= ROUNDED_MINUTES && (mx % 5 == 0 || my % 5 == 0) {
                return true;
            }
        }
    }
    // "Hollywood" and "Los Angeles", "Santa Monica" and "Los Angeles": a
    // district or suburb and its city are one place told at two scales.
    if let (Some(x), Some(y)) = (fa.value.location, fb.value.location) {
        if distance_km(x, y) <= SAME_PLACE_KM {
            return true;
        }
    }
    // "Banstead" and "Surrey" where a report of the story writes "Banstead, Surrey".
    if fa.attribute == Attribute::Value(ValueKind::Place) {
        let nests = |inner: &str, outer: &str| {
            pool.nested_places()
                .contains(&(inner.to_string(), outer.to_string()))
        };
        if nests(&a.key, &b.key) || nests(&b.key, &a.key) {
            return true;
        }
    }
    let (ka, kb) = (a.key.as_str(), b.key.as_str());
    let date_kinds = |f: &crosscheck_model::Fact| {
        matches!(
            f.attribute,
            Attribute::Value(ValueKind::Date | ValueKind::Year)
        )
    };
    if date_kinds(fa) && date_kinds(fb) {
        // "2022" agrees with "2022-02"; "--02-24" agrees with "2022-02-24";
        // a month alone ("--09", "in September") with any date in that
        // month ("2008-09-15").
        let (short, long) = if ka.len() <= kb.len() {
            (ka, kb)
        } else {
            (kb, ka)
        };
        let month_alone = short.len() == 4
            && short.starts_with("--")
            && long.len() >= 7
            && long.get(4..7) == short.get(1..4);
        return long.starts_with(short)
            || (short.starts_with("--") && long.ends_with(&short[1..]))
            || month_alone;
    }
    false
}

/// True when the figure is written as a floor: "at least 70", "more than
/// 200", "over 1,000", "in excess of", "upwards of".
fn lower_bound(f: &PooledFact) -> bool {
    // A written floor ("at least", "more than", "over"), as analyze read
    // it; a vague amount ("hundreds", key "200+") is a floor of its own
    // kind, compared below.
    f.fact.value.bound == Bound::AtLeast && !f.fact.value.key.contains('+')
}

/// Two durations of different orders of magnitude ("12 seconds" left on
/// the clock, "eight months" out after surgery) time different things: a
/// rewrite that drifts changes the figure or the unit, not both. So they
/// are compared only when within [`DURATION_SCALE`] of each other, or when
/// they share the figure and differ in unit ("three hours", "three
/// minutes").
pub(super) fn other_scale(a: &Group, b: &Group, scale: f64) -> bool {
    if a.facts[0].fact.attribute != Attribute::Value(ValueKind::Duration) {
        return false;
    }
    let apart = |x: f64, y: f64| x.max(y) / x.min(y) > scale;
    // Every pair, by each fact's own value: a group merged from compatible
    // values ("hundreds of years", "three years") keeps one key for all.
    a.facts.iter().all(|fa| {
        b.facts.iter().all(|fb| {
            fa.fact.value.number != fb.fact.value.number
                && matches!((seconds(&fa.fact.value.key), seconds(&fb.fact.value.key)), (Some(x), Some(y)) if apart(x, y))
        })
    })
}

/// The figure a group's values are compared by: its number, or for a
/// duration its length in seconds.
fn size(g: &Group) -> Option<f64> {
    let f = g.facts[0].fact;
    if f.attribute == Attribute::Value(ValueKind::Duration) {
        seconds(&g.key)
    } else {
        f.value.number
    }
}

/// The length of a duration key ("32400s", "120s+" for a vague floor; see
/// the analyze stage's comparison key) in seconds.
pub(super) fn seconds(key: &str) -> Option<f64> {
    key.trim_end_matches('+')
        .strip_suffix('s')
        .and_then(|n| n.parse::<f64>().ok())
        .filter(|&n| n > 0.0)
}

/// See [`other_scale`].
pub const DURATION_SCALE: f64 = 10.0;

/// True if `total`'s number is the sum of two or more of one document's
/// other values of the same subject, `part` among them.
/// The parts of a total are stated together, within this many sentences of
/// each other ("812 in Lindholm … 790 in the valley"). Figures further
/// apart rarely add up by design: a box score's 130 yards and 32 yards make
/// another report's 162 by chance. ECB+ train, `eval --seeds 4`: 599 -> 603
/// of 748 changes found, clean-text alarms 190 -> 189 (induced false
/// positives 13 -> 18, all in sports box scores whose figures already
/// conflict on the clean text).
const PARTS_WINDOW: usize = 3;

pub(super) fn part_and_total(subject_facts: &[&PooledFact], total: &Group, part: &Group) -> bool {
    let Some(t) = amount(total.facts[0].fact) else {
        return false;
    };
    let Some(p) = amount(part.facts[0].fact) else {
        return false;
    };
    if p >= t {
        return false;
    }
    part.facts.iter().any(|pf| {
        let others: Vec<f64> = subject_facts
            .iter()
            .filter(|f| f.doc == pf.doc && f.fact.span != pf.fact.span)
            .filter(|f| f.fact.sentence.abs_diff(pf.fact.sentence) <= PARTS_WINDOW)
            // "A few weeks" is no part of a sum.
            .filter(|f| !f.fact.value.approximate)
            .filter_map(|f| amount(f.fact))
            // A figure restated ("two-party" three times) is one part, not three.
            .filter(|n| *n < t && *n != p)
            .collect();
        // p plus one or two other figures of the same document.
        others.iter().any(|o| (p + o - t).abs() < 0.5)
            || others.iter().enumerate().any(|(i, o)| {
                others[i + 1..]
                    .iter()
                    .any(|q| q != o && (p + o + q - t).abs() < 0.5)
            })
    })
}

/// The figure a fact adds up by: its number, or for a duration its length
/// in seconds ("11-year" and "a few weeks" do not make "13-year").
fn amount(f: &crosscheck_model::Fact) -> Option<f64> {
    if f.attribute == Attribute::Value(ValueKind::Duration) {
        seconds(&f.value.key)
    } else {
        f.value.number
    }
}

/// Counts of the dead, injured or missing: figures that grow as a story
/// develops. Only counts: "survived two nights" after "seeing his brother
/// die" is a duration, and a duration that differs is drift.
pub(super) fn is_toll(g: &Group) -> bool {
    // Unit words as the value parser gives them, context words as Snowball
    // stems ("casualti", "bodi", "fatal").
    const TOLL: &[&str] = &[
        "dead", "death", "die", "kill", "toll", "casualt", "victim", "injur", "wound", "fatal",
        "missing", "bodi", "body",
    ];
    g.facts.iter().any(|f| {
        if f.fact.attribute != Attribute::Value(ValueKind::Count) {
            return false;
        }
        let unit_words = f.fact.subject.unit().unwrap_or_default();
        TOLL.iter()
            .any(|t| unit_words.contains(t) || f.fact.context.iter().any(|w| w.starts_with(t)))
    })
}

/// The larger figure is stated as an update in its own sentence ("the
/// toll rose to 19"), or comes from a later report.
pub(super) fn toll_rises(pool: &Pool, a: &Group, b: &Group) -> bool {
    // Whole Snowball stems: "climber" is not "climb".
    const UPDATE: &[&str] = &[
        "rose", "risen", "rise", "climb", "increas", "updat", "revis", "now", "jump", "reach",
    ];
    let (Some(x), Some(y)) = (a.facts[0].fact.value.number, b.facts[0].fact.value.number) else {
        return false;
    };
    let (small, large) = if x < y { (a, b) } else { (b, a) };
    // Only the figure's own sentence counts: update language elsewhere in a
    // report ("rose to 19" in the headline) is too loose a signal, it turns
    // real disagreements into timelines.
    let says_update = |f: &PooledFact| {
        f.fact
            .context
            .iter()
            .any(|w| UPDATE.contains(&w.trim_start_matches(context::NEAR)))
    };
    if large.facts.iter().any(|f| says_update(f)) {
        return true;
    }
    let time = |g: &Group| -> Option<String> {
        g.facts
            .iter()
            .filter_map(|f| pool.docs[f.doc].published.clone())
            .min()
    };
    matches!((time(small), time(large)), (Some(s), Some(l)) if s < l)
}
