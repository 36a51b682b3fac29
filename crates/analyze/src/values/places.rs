//! Places given as where something happened: a place name right after
//! "in", "at", "near", "outside", "inside", "into", "from" or "to", with at
//! most "the" and one direction word between ("in central Moscow", "near
//! the eastern Donbas").
//!
//! Place mentions from the mention finder come first. Where the finder has
//! no mention at that spot, a run of capitalised words the gazetteer knows
//! is used instead (longest match), and failing that, in a narrow context,
//! a name nobody knows (see `unknown_name`). "the city of X" counts as a
//! place preposition too. The value's span is the name only and
//! its normalized form the gazetteer's canonical name ("U.S." → "united
//! states", "Kiev" → "kyiv"), else the folded lower-case name.
use crosscheck_model::{EntityKind, Mention, Span, Value, ValueKind};

use super::dates::is_calendar_word;
use super::tokens::{Kind, Piece};
use crate::lexicon;

fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "near" | "outside" | "inside" | "into" | "from" | "to"
    )
}

fn is_direction(w: &str) -> bool {
    matches!(
        w,
        "central"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "downtown"
            | "neighbouring"
            | "neighboring"
            | "nearby"
            | "occupied"
            | "rural"
    )
}

/// Compass directions whose "of" introduces a place name ("north of").
fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
    )
}

/// Nouns whose "of" introduces a place name.
fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "city"
            | "town"
            | "village"
            | "region"
            | "province"
            | "district"
            | "state"
            | "island"
            | "port"
            | "capital"
            | "suburb"
            | "municipality"
            | "county"
            | "oblast"
            | "hamlet"
    )
}

/// The preposition that governs the name starting at piece `i`, if any.
fn preposition_before<'a>(p: &'a [Piece], i: usize) -> Option<&'a str> {
    let mut k = i;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let q = &p[k];
        if q.kind != Kind::Word {
            return None;
        }
        if is_place_preposition(&q.lower) {
            return Some(q.lower.as_str());
        }
        // "the city of Korvath", "the region of Kherson"; "40 miles north of
        // Anchorage", "south-west of Bam".
        if q.lower == "of"
            && k.checked_sub(1)
                .is_some_and(|j| is_place_noun(&p[j].lower) || is_compass(&p[j].lower))
        {
            return Some("of");
        }
        if q.lower != "the" && !is_direction(&q.lower) {
            return None;
        }
    }
    None
}

/// Canonical key for a place name.
fn canonical(name: &str) -> String {
    match lexicon::place(name) {
        Some(place) => place.canonical.to_string(),
        None => lexicon::fold(name.trim_end_matches('.')),
    }
}

fn place_value(text: &str, span: Span, sentence: usize) -> Value {
    Value {
        kind: ValueKind::Place,
        span,
        sentence,
        normalized: canonical(span.slice(text)),
        number: None,
        unit: None,
        approximate: false,
    }
}

/// Find place values in one sentence. `mentions` are the document's
/// mentions, in text order; only those inside `sentence_span` are used.
pub(crate) fn find(
    text: &str,
    p: &[Piece],
    sentence_span: Span,
    sentence: usize,
    mentions: &[Mention],
    out: &mut Vec<Value>,
) {
    let from = mentions.partition_point(|m| m.span.start < sentence_span.start);
    let here: Vec<&Mention> = mentions[from..]
        .iter()
        .take_while(|m| m.span.start < sentence_span.end)
        .collect();
    for m in &here {
        if m.kind != EntityKind::Place || !sentence_span.contains(m.span) {
            continue;
        }
        let i = p.partition_point(|q| q.start < m.span.start);
        if p.get(i).is_some_and(|q| q.start == m.span.start) && preposition_before(p, i).is_some() {
            out.push(place_value(text, m.span, sentence));
        }
    }
    gazetteer_fallback(text, p, sentence, &here, out);
}

/// Names after a place preposition that no mention covers, looked up in
/// the gazetteer.
fn gazetteer_fallback(
    text: &str,
    p: &[Piece],
    sentence: usize,
    mentions: &[&Mention],
    out: &mut Vec<Value>,
) {
    for i in 0..p.len() {
        if !p[i].is_capitalized() || i > 0 && p[i - 1].is_capitalized() {
            continue;
        }
        let Some(prep) = preposition_before(p, i) else {
            continue;
        };
        // The longest run of up to four capitalised words the gazetteer knows.
        let mut end = i;
        let mut best = None;
        while end < p.len() && end < i + 8 {
            let q = &p[end];
            let name_part = q.is_capitalized()
                || (q.joined && q.kind == Kind::Word)
                || (q.text == "." && end > i);
            if !name_part {
                break;
            }
            if q.kind == Kind::Word {
                let span = Span::new(p[i].start, q.end);
                if lexicon::place(span.slice(text)).is_some() {
                    best = Some((end, span));
                }
            }
            end += 1;
        }
        // A known place that is only the start of a longer name ("Vladimir
        // Putin") is not that place, except in title-case lines.
        let best = best.filter(|(last, _)| {
            !p.get(last + 1)
                .is_some_and(|q| q.is_capitalized() && !q.joined)
                || title_case(p)
        });
        let Some((last, span)) = best.or_else(|| unknown_name(text, p, i, prep)) else {
            continue;
        };
        if is_calendar_word(p[i].text) || mentions.iter().any(|m| m.span.overlaps(span)) {
            continue;
        }
        // "to Russia's demands", "from Ukraine's side": an actor, not a place.
        let possessive = p.get(last + 1).is_some_and(|q| q.kind == Kind::Possessive);
        if possessive && (prep == "to" || prep == "from") {
            continue;
        }
        out.push(place_value(text, span, sentence));
    }
}

/// A name the gazetteer does not know, taken as a place only where the
/// context leaves little else: after "in", "near", "outside", "inside" or
/// "city of", one to three capitalised words that are not a given name, a
/// demonym, an organisation word, a function word or an acronym, not
/// followed by a possessive, in a sentence that is not written in title
/// case (where every word is capitalised and the shape says nothing).
fn unknown_name(text: &str, p: &[Piece], i: usize, prep: &str) -> Option<(usize, Span)> {
    if !matches!(prep, "in" | "near" | "outside" | "inside" | "of") || title_case(p) {
        return None;
    }
    let mut last = i;
    while last + 1 < p.len() && last < i + 2 && p[last + 1].is_capitalized() && !p[last + 1].joined
    {
        last += 1;
    }
    let plain = |q: &Piece| {
        q.kind == Kind::Word
            && q.text.chars().skip(1).all(|c| c.is_lowercase())
            && !lexicon::is_given_name(q.text)
            && !lexicon::is_org_word(q.text)
            && !lexicon::is_stopword(q.text)
            && lexicon::demonym(q.text).is_none()
            && !is_calendar_word(q.text)
    };
    if !p[i..=last].iter().all(plain)
        || p.get(last + 1)
            .is_some_and(|q| q.kind == Kind::Possessive || q.joined)
    {
        return None;
    }
    let span = Span::new(p[i].start, p[last].end);
    debug_assert!(text.get(span.start..span.end).is_some());
    Some((last, span))
}

/// Most words capitalised: a headline or a title-case line.
fn title_case(p: &[Piece]) -> bool {
    let words = p
        .iter()
        .filter(|q| q.kind == Kind::Word && q.text.len() > 3);
    let (mut caps, mut all) = (0, 0);
    for q in words {
        all += 1;
        caps += usize::from(q.is_capitalized());
    }
    all >= 3 && caps * 3 >= all * 2
}
