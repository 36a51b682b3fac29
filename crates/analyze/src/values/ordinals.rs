//! Ordinals with the noun they rank: "third extended meeting" → "3 meeting",
//! "for the first time" → "1 time", "21st century" → "21 century".
//!
//! An ordinal is only a value with a noun after it, which rules out the
//! adverbs ("First, …", "first met in 2019", "came third"). "second" after a
//! number is a time unit, and capitalised ordinals inside a sentence are
//! parts of names ("Second World War", "First Deputy Prime Minister").
use crosscheck_model::{Span, Value, ValueKind};

use super::dates::month_named;
use super::nouns;
use super::numbers::{small_word, split_mixed, TENS};
use super::tokens::{Kind, Piece};

const ORDINALS: [&str; 19] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENTHS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// The rank a single word names: "third" → 3, "fortieth" → 40.
fn ordinal_word(w: &str) -> Option<u32> {
    if let Some(i) = ORDINALS.iter().position(|&o| o == w) {
        return Some(i as u32 + 1);
    }
    TENTHS
        .iter()
        .position(|&o| o == w)
        .map(|i| (i as u32 + 2) * 10)
}

/// The ordinal at piece `i`: (last piece, rank).
fn ordinal_at(p: &[Piece], i: usize) -> Option<(usize, u32)> {
    let piece = &p[i];
    match piece.kind {
        Kind::Mixed => {
            let (v, suffix) = split_mixed(piece.text)?;
            let n = v as u32;
            let want = match (n % 100, n % 10) {
                (11..=13, _) => "th",
                (_, 1) => "st",
                (_, 2) => "nd",
                (_, 3) => "rd",
                _ => "th",
            };
            (v.fract() == 0.0 && suffix.eq_ignore_ascii_case(want)).then_some((i, n))
        }
        Kind::Word => {
            // "twenty-first": a tens word glued to an ordinal.
            if let Some(t) = TENS.iter().position(|&w| w == piece.lower) {
                let next = p.get(i + 1).filter(|q| q.joined)?;
                let unit = ordinal_word(&next.lower).filter(|&u| u < 10)?;
                return Some((i + 1, (t as u32 + 2) * 10 + unit));
            }
            ordinal_word(&piece.lower).map(|n| (i, n))
        }
        _ => None,
    }
}

/// Find ordinals among the pieces of one sentence.
pub(crate) fn find(p: &[Piece], sentence: usize, out: &mut Vec<Value>) {
    let mut i = 0;
    while i < p.len() {
        match ordinal_with_noun(p, i, sentence) {
            Some((v, last)) => {
                out.push(v);
                i = last + 1;
            }
            None => i += 1,
        }
    }
}

fn ordinal_with_noun(p: &[Piece], i: usize, sentence: usize) -> Option<(Value, usize)> {
    let (last, rank) = ordinal_at(p, i)?;
    let piece = &p[i];
    if piece.joined || piece.is_capitalized() && i > 0 {
        return None;
    }
    let prev = i.checked_sub(1).map(|k| &p[k]);
    if let Some(prev) = prev {
        // "30 second", "one second": a time unit, not a rank.
        let number_before = prev.kind == Kind::Number || small_word(&prev.lower).is_some();
        if piece.lower == "second" && number_before {
            return None;
        }
        // "January 5th": part of a date.
        let before_dot = if prev.text == "." {
            i.checked_sub(2).map(|k| p[k].text)
        } else {
            Some(prev.text)
        };
        if piece.kind == Kind::Mixed && before_dot.is_some_and(month_named) {
            return None;
        }
    }
    // "first ever meeting": "ever" intensifies, it is not the noun.
    let mut k = last + 1;
    if p.get(k).is_some_and(|q| q.lower == "ever" && !q.joined) {
        k += 1;
    }
    if p.get(k).is_some_and(|q| q.joined) {
        return None;
    }
    let (noun, lemma) = nouns::counted(p, k, true)?;
    let v = Value {
        kind: ValueKind::Ordinal,
        span: Span::new(piece.start, p[noun].end),
        sentence,
        normalized: format!("{rank} {lemma}"),
        number: Some(rank as f64),
        unit: Some(lemma),
        approximate: false,
    };
    Some((v, noun))
}
