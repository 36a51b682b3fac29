//! Calendar values: dates, bare years, weekdays and clock times.
//!
//! Normalized forms (ISO 8601 where one exists):
//! - date with year "2024-01-05", without year "--01-05", month and year
//!   "2022-02", month alone (after "in", "since", "early", …) "--02";
//! - year "2014"; weekday "tuesday";
//! - time "15:00" on a 24-hour clock ("3 p.m.", "noon" → "12:00",
//!   "midnight" → "00:00"). "10 o'clock" says nothing of morning or evening
//!   and stays "10:00".
use std::sync::LazyLock;

use crosscheck_model::{Span, Value, ValueKind};
use regex::Regex;

use super::numbers::small_word;
use super::tokens::{Kind, Piece};

/// A month name, or an abbreviation with its optional dot. A dot after a
/// full name ("on 9 March.") ends the sentence and is left out.
const MONTH: &str = r"(January\b|February\b|March\b|April\b|May\b|June\b|July\b|August\b|September\b|October\b|November\b|December\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)";

/// "Jan. 5, 2024", "January 5", "Dec 2nd", and the dateline form
/// "November 27-2005".
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    crate::regexes::ascii(&format!(
        r"\b{MONTH}\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:,?\s+|-)(\d{{4}})\b)?"
    ))
});
/// "5 January 2024", "5th of January".
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::regexes::ascii(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+(\d{{4}})\b)?"
    ))
});
/// "February 2022".
static MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| crate::regexes::ascii(&format!(r"\b{MONTH},?\s+(\d{{4}})\b")));
/// "in February", "since March", "early May".
static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    crate::regexes::ascii(&format!(
        r"\b(?i:in|since|until|till|by|from|through|during|of|early|late|mid|last|next|this|before|after)[\s-]+{MONTH}\b"
    ))
});
/// "2024-01-05".
static ISO: LazyLock<Regex> =
    LazyLock::new(|| crate::regexes::ascii(r"\b(\d{4})-(\d{2})-(\d{2})\b"));
/// "3 p.m.", "3:30pm", "11 AM". A final dot belongs to the time only after
/// "p." / "a.", otherwise it ends the sentence.
static AMPM: LazyLock<Regex> = LazyLock::new(|| {
    crate::regexes::ascii(r"(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])(?:\.\s?m\b\.?|\s?m\b)")
});
/// "15:30".
static CLOCK: LazyLock<Regex> =
    LazyLock::new(|| crate::regexes::ascii(r"\b([01]?\d|2[0-3]):([0-5]\d)\b"));
/// "noon", "midnight".
static NOON: LazyLock<Regex> =
    LazyLock::new(|| crate::regexes::ascii(r"(?i)\b(noon|midday|midnight)\b"));
/// "10 o'clock", "ten o’clock".
static OCLOCK: LazyLock<Regex> =
    LazyLock::new(|| crate::regexes::ascii(r"(?i)\b(\d{1,2}|[a-z]+)\s+o['’]clock\b"));

static MONTH_WORD: LazyLock<Regex> = LazyLock::new(|| crate::regexes::ascii(&format!("^{MONTH}$")));

/// True for a month name or its abbreviation: "March", "Jan", "Sept".
pub(crate) fn month_named(w: &str) -> bool {
    MONTH_WORD.is_match(w)
}

/// True for a month ([`month_named`]) or a weekday, capitalised as written:
/// "Saturday", "Sept".
pub(crate) fn is_calendar_word(w: &str) -> bool {
    month_named(w) || WEEKDAYS.contains(&w)
}

fn month_number(m: &str) -> Option<u32> {
    let i = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|&abbr| m.starts_with(abbr))?;
    Some(i as u32 + 1)
}

fn days_in(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn plain(
    kind: ValueKind,
    start: usize,
    end: usize,
    normalized: String,
    number: Option<f64>,
) -> Value {
    Value {
        kind,
        span: Span::new(start, end),
        sentence: 0,
        normalized,
        number,
        unit: None,
        approximate: false,
    }
}

/// Dates and times in one sentence's text `s`, which starts at byte `base`.
pub(crate) fn find_regex(s: &str, base: usize, out: &mut Vec<Value>) {
    let mut push = |kind, start: usize, end: usize, norm: String, number| {
        out.push(plain(kind, base + start, base + end, norm, number));
    };
    let year = |m: Option<regex::Match>| {
        m.and_then(|y| y.as_str().parse::<u32>().ok())
            .filter(|y| (1000..3000).contains(y))
    };
    for (re, day_first) in [(&*MONTH_DAY, false), (&*DAY_MONTH, true)] {
        for c in re.captures_iter(s) {
            let (Some(all), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
                continue;
            };
            let (month, day) = if day_first { (b, a) } else { (a, b) };
            let (Some(mo), Ok(d)) = (month_number(month.as_str()), day.as_str().parse::<u32>())
            else {
                continue;
            };
            push_date(&mut push, all, mo, d, year(c.get(3)), s);
        }
    }
    for c in MONTH_YEAR.captures_iter(s) {
        let (Some(all), Some(m), Some(y)) = (c.get(0), c.get(1), year(c.get(2))) else {
            continue;
        };
        let Some(mo) = month_number(m.as_str()) else {
            continue;
        };
        push(
            ValueKind::Date,
            all.start(),
            all.end(),
            format!("{y:04}-{mo:02}"),
            None,
        );
    }
    for c in MONTH_ALONE.captures_iter(s) {
        let Some(m) = c.get(1) else { continue };
        let Some(mo) = month_number(m.as_str()) else {
            continue;
        };
        push(
            ValueKind::Date,
            m.start(),
            m.end(),
            format!("--{mo:02}"),
            None,
        );
    }
    for c in ISO.captures_iter(s) {
        let (Some(all), Some(y), Some(m), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        let (Ok(y), Ok(mo), Ok(d)) = (
            y.as_str().parse::<u32>(),
            m.as_str().parse::<u32>(),
            d.as_str().parse::<u32>(),
        ) else {
            continue;
        };
        if (1..=12).contains(&mo) && (1..=days_in(mo)).contains(&d) {
            push(
                ValueKind::Date,
                all.start(),
                all.end(),
                format!("{y:04}-{mo:02}-{d:02}"),
                None,
            );
        }
    }
    find_times(s, &mut push);
}

/// Push a month-day date after checking the day and that the digits do
/// not run on into a bigger number ("March 3,200").
fn push_date(
    push: &mut impl FnMut(ValueKind, usize, usize, String, Option<f64>),
    all: regex::Match,
    mo: u32,
    d: u32,
    year: Option<u32>,
    s: &str,
) {
    if !(1..=days_in(mo)).contains(&d) {
        return;
    }
    let rest = &s[all.end()..];
    if rest.starts_with(|c: char| c.is_ascii_digit())
        || (rest.starts_with(',') && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return;
    }
    let norm = match year {
        Some(y) => format!("{y:04}-{mo:02}-{d:02}"),
        None => format!("--{mo:02}-{d:02}"),
    };
    push(ValueKind::Date, all.start(), all.end(), norm, None);
}

fn find_times(s: &str, push: &mut impl FnMut(ValueKind, usize, usize, String, Option<f64>)) {
    let mut time = |start: usize, end: usize, h: u32, m: u32| {
        push(
            ValueKind::Time,
            start,
            end,
            format!("{h:02}:{m:02}"),
            Some(h as f64 + m as f64 / 60.0),
        );
    };
    for c in AMPM.captures_iter(s) {
        let (Some(all), Some(h), Some(ap)) = (c.get(0), c.get(1), c.get(3)) else {
            continue;
        };
        let Ok(h) = h.as_str().parse::<u32>() else {
            continue;
        };
        let m = c
            .get(2)
            .and_then(|m| m.as_str().parse::<u32>().ok())
            .unwrap_or(0);
        if !(1..=12).contains(&h) || m > 59 {
            continue;
        }
        let pm = ap.as_str().eq_ignore_ascii_case("p");
        let h24 = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
        time(all.start(), all.end(), h24, m);
    }
    for c in CLOCK.captures_iter(s) {
        let (Some(all), Some(h), Some(m)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        // "2:1" scores and "3:16" verses after a name are not times: want two
        // minute digits and nothing glued on.
        if s[all.end()..].starts_with(|c: char| c == ':' || c.is_ascii_digit()) {
            continue;
        }
        // "with 7:41 left", "13:41 to play": a game clock, not a time of day.
        if is_game_clock(&s[all.end()..]) {
            continue;
        }
        let (Ok(h), Ok(m)) = (h.as_str().parse(), m.as_str().parse()) else {
            continue;
        };
        time(all.start(), all.end(), h, m);
    }
    for c in NOON.captures_iter(s) {
        let Some(all) = c.get(0) else { continue };
        let h = if all.as_str().eq_ignore_ascii_case("midnight") {
            0
        } else {
            12
        };
        time(all.start(), all.end(), h, 0);
    }
    for c in OCLOCK.captures_iter(s) {
        let (Some(all), Some(h)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let h = h
            .as_str()
            .parse::<u32>()
            .ok()
            .or_else(|| small_word(&h.as_str().to_lowercase()).map(|v| v as u32));
        if let Some(h) = h.filter(|h| (1..=12).contains(h)) {
            time(all.start(), all.end(), h, 0);
        }
    }
}

/// What follows a clock reading that counts down a game: "left",
/// "remaining", "to play", "to go" (and "left in the first half").
fn is_game_clock(after: &str) -> bool {
    let next: Vec<String> = after
        .split_whitespace()
        .take(2)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    match next.first().map(String::as_str) {
        Some("left" | "remaining") => true,
        Some("to") => matches!(next.get(1).map(String::as_str), Some("play" | "go")),
        _ => false,
    }
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Weekdays and bare years among one sentence's pieces.
pub(crate) fn find_pieces(p: &[Piece], out: &mut Vec<Value>) {
    for (i, piece) in p.iter().enumerate() {
        if piece.kind != Kind::Word {
            if is_year(p, i) {
                let y = piece.text.parse::<f64>().ok();
                out.push(plain(
                    ValueKind::Year,
                    piece.start,
                    piece.end,
                    piece.text.to_string(),
                    y,
                ));
            }
            continue;
        }
        let day = WEEKDAYS
            .iter()
            .find(|d| **d == piece.text || d.to_uppercase() == piece.text);
        if let Some(day) = day {
            out.push(plain(
                ValueKind::Weekday,
                piece.start,
                piece.end,
                day.to_lowercase(),
                None,
            ));
        }
    }
}

/// Is piece `i` a bare year 1900–2099 used as a year? It must stand alone
/// (not "2,014", not "2014-15", not "2014 million") and sit where years
/// sit: after a preposition of time ("in 2014", "since 2014", "mid-2014"),
/// before a possessive ("2022's"), in parentheses, or after "the"/"a"/a
/// possessive and before a singular word ("the 2014 annexation", "Russia's
/// 2022 invasion"; but "the 2000 troops" is a count).
pub(crate) fn is_year(p: &[Piece], i: usize) -> bool {
    let piece = &p[i];
    if piece.kind != Kind::Number
        || piece.text.len() != 4
        || !piece.text.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    if !(1900..=2099).contains(&piece.text.parse::<u32>().unwrap_or(0)) {
        return false;
    }
    let next = p.get(i + 1);
    if next.is_some_and(|n| n.joined || n.kind == Kind::Number) {
        return false;
    }
    let prev = i.checked_sub(1).map(|k| &p[k]);
    if piece.joined {
        return prev.is_some_and(|q| {
            matches!(q.lower.as_str(), "mid" | "early" | "late" | "pre" | "post")
        });
    }
    if next.is_some_and(|n| n.kind == Kind::Possessive) {
        return true;
    }
    let Some(prev) = prev else { return false };
    let prev_word = if prev.kind == Kind::Word {
        prev.lower.as_str()
    } else {
        ""
    };
    if matches!(
        prev_word,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "of"
            | "during"
            | "before"
            | "after"
            | "through"
            | "throughout"
            | "to"
            | "circa"
            | "early"
            | "late"
            | "mid"
            | "year"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "between"
            | "around"
    ) {
        return !next
            .is_some_and(|n| n.kind == Kind::Word && super::words::is_plural_noun(&n.lower));
    }
    if prev_word == "and" || prev_word == "or" {
        // "between 2014 and 2022": the year before makes this one a year too.
        return i >= 2 && is_year(p, i - 2);
    }
    if prev.text == "(" {
        return next.is_some_and(|n| n.text == ")");
    }
    if matches!(prev_word, "the" | "a" | "an") || prev.kind == Kind::Possessive {
        return next.is_some_and(|n| {
            n.is_lower_word()
                && !super::words::is_plural_noun(&n.lower)
                && !super::words::is_stopword(&n.lower)
        });
    }
    false
}
