//! Typed values: dates, years, weekdays, times, durations, counts,
//! quantities with units, ordinals, and places where something happened.
//!
//! Each sentence is cut once into word pieces ([`tokens`]) and read by a
//! few independent finders: calendar values ([`dates`]), numbers with what
//! they measure ([`amounts`]), ordinals ([`ordinals`]) and places
//! ([`places`]). Their candidates may overlap ("January 5th" holds an
//! ordinal-looking "5th"); the longest wins, and on equal length the more
//! specific kind (date, time, quantity, duration, count, year, weekday,
//! ordinal, place, in that order).
//!
//! # Normalized forms
//! | kind | normalized | number | unit |
//! |---|---|---|---|
//! | date | "2024-01-05", "--01-05" (no year), "2022-02", "--02" | – | – |
//! | year | "2014" | 2014 | – |
//! | weekday | "tuesday" | – | – |
//! | time | "15:30" (24-hour) | hours as a fraction | – |
//! | duration | "3 hour" | 3 | "hour" |
//! | count | "24400 personnel", "200000+ casualty" (vague) | 24400 | noun lemma |
//! | quantity | "948 foot", "5000000 usd", "12 percent", "magnitude 6.7", "age 33", "30 celsius" | the figure | "foot", "usd", "percent", "magnitude", "age", "celsius" |
//! | ordinal | "3 meeting" | 3 | noun lemma |
//! | place | "moscow", "united states" | – | – |
//!
//! `approximate` is set for a hedge just before the value ("about", "more
//! than", "at least", "up to", "within", "an estimated", …) and for vague
//! amounts ("dozens", "hundreds of thousands"), whose number is the lower
//! bound the phrase commits to (see [`numbers`]). The hedge itself is not
//! part of the span: the span holds the value words only.
mod amounts;
mod dates;
mod nouns;
mod numbers;
mod ordinals;
mod places;
mod tokens;
mod words;

pub(crate) use dates::is_calendar_word;

use crosscheck_model::{Mention, Sentence, Value, ValueKind};

/// Find typed values in every sentence. `mentions` lets place values reuse
/// the place names the mention finder recognised. Values are in text
/// order, never overlap, and carry the index of their sentence.
pub fn find(text: &str, sentences: &[Sentence], mentions: &[Mention]) -> Vec<Value> {
    let mut out = Vec::new();
    let mut candidates = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        let span = sentence.span;
        let Some(s) = text.get(span.start..span.end) else {
            continue;
        };
        let p = tokens::pieces(s, span.start);
        candidates.clear();
        dates::find_regex(s, span.start, &mut candidates);
        dates::find_pieces(&p, &mut candidates);
        amounts::find(&p, index, &mut candidates);
        ordinals::find(&p, index, &mut candidates);
        places::find(text, &p, span, index, mentions, &mut candidates);
        for v in &mut candidates {
            v.sentence = index;
        }
        resolve(&mut candidates, &mut out);
    }
    out
}

/// Lower is more specific: wins ties on length.
fn rank(kind: ValueKind) -> u8 {
    match kind {
        ValueKind::Date => 0,
        ValueKind::Time => 1,
        ValueKind::Quantity => 2,
        ValueKind::Duration => 3,
        ValueKind::Count => 4,
        ValueKind::Year => 5,
        ValueKind::Weekday => 6,
        ValueKind::Ordinal => 7,
        ValueKind::Place => 8,
    }
}

/// Keep the longest (then most specific) of overlapping candidates and
/// append the survivors to `out` in text order.
fn resolve(candidates: &mut [Value], out: &mut Vec<Value>) {
    candidates.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(rank(a.kind).cmp(&rank(b.kind)))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Value> = Vec::with_capacity(candidates.len());
    for c in candidates.iter() {
        if !c.span.is_empty() && !kept.iter().any(|k| k.span.overlaps(c.span)) {
            kept.push(c.clone());
        }
    }
    kept.sort_by_key(|v| v.span.start);
    out.extend(kept);
}

#[cfg(test)]
mod tests;
