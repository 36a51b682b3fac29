//! Numbers with what they measure: durations ("three-hour", "18 months"),
//! counts ("24,400 military personnel") and quantities (money, percent,
//! lengths, weights, magnitude, age, temperature).
//!
//! Each number is read once; what follows it decides the kind, in this
//! order: a glued unit ("30km"), percent, degrees, magnitude, a currency
//! word, a time unit (or "-year-old" for ages), a measurement unit, and
//! finally a counted noun. A number that fits none of these yields nothing:
//! a bare number carries no claim one could compare.
use crosscheck_model::{Span, Value, ValueKind};

use super::numbers::{self, fmt, Num};
use super::tokens::{Kind, Piece};
use super::words::{
    approximate_before, currency_sign, currency_word, is_stopword, measure_unit, money_suffix,
    time_unit,
};
use super::{dates, nouns};

/// Find durations, counts and quantities among the pieces of one sentence.
pub(crate) fn find(p: &[Piece], sentence: usize, out: &mut Vec<Value>) {
    let mut i = 0;
    while i < p.len() {
        if let Some((v, last)) = money_with_sign(p, i)
            .or_else(|| prefixed(p, i))
            .or_else(|| fraction(p, i))
        {
            out.push(with_sentence(v, sentence));
            i = last + 1;
            continue;
        }
        let Some(num) = numbers::parse(p, i) else {
            i += 1;
            continue;
        };
        if plausible(p, &num) && !dates::is_year(p, i) {
            let found = classify(p, &num)
                .or_else(|| age_apposition(p, &num))
                .or_else(|| toll(p, &num));
            if let Some((v, last)) = found {
                out.push(with_sentence(v, sentence));
                i = last + 1;
                continue;
            }
        }
        // Skip the whole number so that "million" in "two million" is not
        // read again on its own.
        i = num.last + 1;
    }
}

fn with_sentence(mut v: Value, sentence: usize) -> Value {
    v.sentence = sentence;
    v
}

/// A share written as a fraction of something: "a fifth of the city", "a
/// quarter of the homes", "half of them", "two thirds of the town". It
/// states a percentage as surely as "25%" does, and is compared with one.
fn fraction(p: &[Piece], i: usize) -> Option<(Value, usize)> {
    let part = |w: &str| -> Option<f64> {
        Some(match w {
            "half" | "halves" => 2.0,
            "third" | "thirds" => 3.0,
            "quarter" | "quarters" => 4.0,
            "fifth" | "fifths" => 5.0,
            "tenth" | "tenths" => 10.0,
            _ => return None,
        })
    };
    let (share, last) = match word(p, i) {
        "half" if word(p, i + 1) == "of" => (0.5, i),
        "a" | "one" => (1.0 / part(word(p, i + 1)).filter(|&d| d > 2.0)?, i + 1),
        "two" | "three" | "four" => {
            let n = match word(p, i) {
                "two" => 2.0,
                "three" => 3.0,
                _ => 4.0,
            };
            let d = part(word(p, i + 1)).filter(|&d| d > n)?;
            (n / d, i + 1)
        }
        _ => return None,
    };
    if word(p, last + 1) != "of" {
        return None;
    }
    let percent = (share * 1000.0).round() / 10.0;
    Some(value(
        p,
        (i, last),
        ValueKind::Quantity,
        format!("{} percent", fmt(percent)),
        percent,
        "percent",
        false,
    ))
}

/// Build a value over pieces `first..=last`.
fn value(
    p: &[Piece],
    (first, last): (usize, usize),
    kind: ValueKind,
    normalized: String,
    number: f64,
    unit: &str,
    approximate: bool,
) -> (Value, usize) {
    let v = Value {
        kind,
        span: Span::new(p[first].start, p[last].end),
        sentence: 0,
        normalized,
        number: Some(number),
        unit: Some(unit.to_string()),
        approximate,
    };
    (v, last)
}

/// The number as a key: "24400", or "200000+" for a vague lower bound.
fn key(num: &Num, value: f64) -> String {
    if num.vague {
        format!("{}+", fmt(value))
    } else {
        fmt(value)
    }
}

/// Is this number a figure at all, and not part of a name, a code or a
/// phone number ("Route 1", "Fox News 2", "COVID-19", "555 0100", "No. 5",
/// "no one")?
fn plausible(p: &[Piece], num: &Num) -> bool {
    let first = &p[num.first];
    if first.joined {
        return false;
    }
    if let Some(next) = p.get(num.last + 1) {
        if next.kind == Kind::Number || (next.joined && next.kind == Kind::Mixed) {
            return false;
        }
    }
    let Some(prev) = num.first.checked_sub(1).map(|k| &p[k]) else {
        return true;
    };
    // "In 2008 three people died", "the 2008 three-hour broadcast": a
    // number word after a year is a number of its own; digits after digits
    // ("10 3") are a table or a score.
    let year = prev.kind == Kind::Number
        && prev.text.len() == 4
        && prev
            .text
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y));
    match prev.kind {
        Kind::Number if year && !num.digits => {}
        Kind::Number | Kind::Mixed => return false,
        Kind::Punct if matches!(prev.text, "+" | "#" | "№") => return false,
        Kind::Punct if prev.text == "." => {
            let abbrev = num.first.checked_sub(2).map(|k| p[k].lower.as_str());
            if matches!(
                abbrev,
                Some("no" | "nos" | "vol" | "art" | "ch" | "p" | "pp" | "fig")
            ) {
                return false;
            }
        }
        Kind::Word => {
            // "Route 1", "Fox News 2" are names; a number word in lower
            // case after a name is not part of it ("had given Cheeks two
            // contract extensions"): a name's number is written "Apollo 11"
            // or "Chapter Two".
            let lower_word = !num.digits && first.text.starts_with(|c: char| c.is_lowercase());
            if prev.is_capitalized()
                && !is_stopword(&prev.lower)
                && !is_marker(&prev.lower)
                && !lower_word
            {
                return false;
            }
            // "the one", "no one" are pronouns; "the one-year anniversary" is a number.
            if first.lower == "one"
                && !p.get(num.last + 1).is_some_and(|q| q.joined)
                && matches!(
                    prev.lower.as_str(),
                    "the" | "no" | "any" | "every" | "each" | "this" | "that" | "which"
                )
            {
                return false;
            }
        }
        _ => {}
    }
    true
}

/// Words that may stand capitalised before a number at a sentence start.
fn is_marker(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "approximately"
            | "nearly"
            | "almost"
            | "some"
            | "roughly"
            | "more"
            | "fewer"
            | "less"
            | "least"
            | "estimated"
            | "exactly"
            | "precisely"
            | "another"
            | "last"
            | "next"
            | "total"
            | "killing"
            | "including"
            | "over"
            | "under"
    )
}

fn word<'a>(p: &'a [Piece], k: usize) -> &'a str {
    p.get(k)
        .filter(|q| q.kind == Kind::Word)
        .map_or("", |q| q.lower.as_str())
}

/// Decide what a plausible number measures.
fn classify(p: &[Piece], num: &Num) -> Option<(Value, usize)> {
    let approx = num.vague || approximate_before(p, num.first);
    let v = num.value;
    let q = |last: usize, norm: String, unit: &str| {
        value(
            p,
            (num.first, last),
            ValueKind::Quantity,
            norm,
            v,
            unit,
            approx,
        )
    };
    if let Some(s) = &num.suffix {
        // "30km", "5m"; "3rd", "1990s", "3pm" are handled elsewhere or not values.
        let unit = measure_unit(s)?;
        return Some(q(num.last, format!("{} {unit}", fmt(v)), unit));
    }
    let j = num.last + 1;
    let next = p.get(j)?;
    if next.text == "%" || matches!(word(p, j), "percent" | "pct") {
        return Some(q(j, format!("{} percent", key(num, v)), "percent"));
    }
    if word(p, j) == "per" && word(p, j + 1) == "cent" {
        return Some(q(j + 1, format!("{} percent", key(num, v)), "percent"));
    }
    if word(p, j) == "percentage" && matches!(word(p, j + 1), "point" | "points") {
        return Some(q(
            j + 1,
            format!("{} percentage point", key(num, v)),
            "percentage point",
        ));
    }
    if next.text == "°" || matches!(word(p, j), "degree" | "degrees") {
        let (last, unit) = match word(p, j + 1) {
            "c" | "celsius" | "centigrade" => (j + 1, "celsius"),
            "f" | "fahrenheit" => (j + 1, "fahrenheit"),
            _ => (j, "degree"),
        };
        return Some(q(last, format!("{} {unit}", key(num, v)), unit));
    }
    if word(p, j) == "magnitude" {
        return Some(q(j, format!("magnitude {}", fmt(v)), "magnitude"));
    }
    // "a 5.6 quake": a decimal figure under 10 before a quake word is its
    // magnitude; the quake word itself is not part of the value.
    let decimal = p[num.first..=num.last].iter().any(|x| x.text.contains('.'));
    if decimal
        && (1.0..10.0).contains(&v)
        && matches!(
            word(p, j),
            "quake" | "earthquake" | "tremor" | "temblor" | "aftershock" | "foreshock"
        )
    {
        return Some(q(num.last, format!("magnitude {}", fmt(v)), "magnitude"));
    }
    // "hundreds of thousands of casualties", "millions of dollars".
    let k = if num.vague && word(p, j) == "of" {
        j + 1
    } else {
        j
    };
    if let Some(found) = money_after(p, num, k, approx) {
        return Some(found);
    }
    if let Some(found) = duration_or_age(p, num, k, approx) {
        return Some(found);
    }
    if let Some((last, unit)) = measure_after(p, k) {
        return Some(q(last, format!("{} {unit}", key(num, v)), &unit));
    }
    if word(p, k) == "of" {
        return None; // "one of the", "200 of them"
    }
    let one = v == 1.0 && !num.vague;
    let (noun, lemma) = match nouns::counted(p, k, one) {
        Some((noun, lemma)) => (noun, same_people(&lemma).map_or(lemma, str::to_string)),
        // "300 injured", "12 dead": the people in that state; "dozens
        // feared dead", "12 presumed dead", a headline's way of saying it.
        // "10,000 are still missing": a figure standing for people, whose
        // state its clause gives through linking words only.
        None => {
            let state = (k..k + 4).find(|&i| !crate::facts::STATE_LINKS.contains(&word(p, i)))?;
            (state, casualty_word(word(p, state))?.to_string())
        }
    };
    let norm = format!("{} {lemma}", key(num, v));
    Some(value(
        p,
        (num.first, noun),
        ValueKind::Count,
        norm,
        v,
        &lemma,
        approx,
    ))
}

/// Nouns that count the same people, folded to one so that "three bank
/// workers" and "3 bank employees" are one figure to compare.
fn same_people(lemma: &str) -> Option<&'static str> {
    Some(match lemma {
        "worker" | "employee" | "staffer" => "worker",
        "child" | "kid" => "child",
        _ => return None,
    })
}

/// Adjectives news uses as nouns after a number ("300 injured", "12 dead",
/// "5 missing"), with synonyms folded so reports can be compared.
fn casualty_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dead" | "killed" => "dead",
        "injured" | "wounded" | "hurt" => "injured",
        "missing" => "missing",
        "displaced" => "displaced",
        "homeless" => "homeless",
        "detained" | "arrested" => "detained",
        "evacuated" => "evacuated",
        _ => return None,
    })
}

/// An age in apposition to a name: "Milan Dusek, 58, was rescued".
fn age_apposition(p: &[Piece], num: &Num) -> Option<(Value, usize)> {
    let v = num.value;
    if !num.digits || num.first != num.last || v.fract() != 0.0 || !(1.0..=120.0).contains(&v) {
        return None;
    }
    let comma_before =
        num.first >= 2 && p[num.first - 1].text == "," && p[num.first - 2].is_capitalized();
    let after = p.get(num.last + 1).map(|q| q.text);
    if !comma_before || !matches!(after, Some("," | "." | ";" | ")") | None) {
        return None;
    }
    Some(value(
        p,
        (num.first, num.last),
        ValueKind::Quantity,
        format!("age {}", fmt(v)),
        v,
        "age",
        false,
    ))
}

/// A bare number closing a toll: "the death toll stood at 12", "the toll
/// rose to 19", "a death toll of 12". The unit is what the toll counts.
///
/// The toll may open a longer clause ("the official death toll from the
/// wildfires on Hawaii's Maui Island has risen to 55"): past
/// [`TOLL_NEAR`] words the figure must follow a word that links a toll to
/// its figure ("to", "at", "of", "reached"), and no other figure or clause
/// break may come between.
fn toll(p: &[Piece], num: &Num) -> Option<(Value, usize)> {
    let linked = num
        .first
        .checked_sub(1)
        .is_some_and(|j| TOLL_LINKS.contains(&word(p, j)));
    let mut k = num.first;
    let mut words = 0;
    while words < TOLL_REACH {
        k = k.checked_sub(1)?;
        let q = &p[k];
        match q.kind {
            Kind::Word => words += 1,
            Kind::Possessive => continue,
            Kind::Punct if !matches!(q.text, "," | ";" | ":" | "." | "(" | ")" | "—" | "–") => {
                continue
            }
            _ => return None,
        }
        if words > TOLL_NEAR && !linked {
            return None;
        }
        if q.lower == "toll" || q.lower == "tolls" {
            let unit = match k.checked_sub(1).map(|j| word(p, j)) {
                Some("casualty") => "casualty",
                Some("injury") => "injured",
                _ => "dead",
            };
            let norm = format!("{} {unit}", key(num, num.value));
            let approx = num.vague || approximate_before(p, num.first);
            return Some(value(
                p,
                (num.first, num.last),
                ValueKind::Count,
                norm,
                num.value,
                unit,
                approx,
            ));
        }
    }
    None
}

/// Words a bare toll figure may be this far from its "toll" anyway.
const TOLL_NEAR: usize = 6;
/// Words a bare toll figure may be from its "toll" at most, when linked.
const TOLL_REACH: usize = 16;
/// Words that link a toll to its figure: "rose to 55", "stood at 12",
/// "a toll of 12", "reached 100".
const TOLL_LINKS: &[&str] = &[
    "to", "at", "of", "reached", "hit", "passed", "topped", "exceeded", "is", "was",
];

/// "5 million dollars", "300 euros", "10 USD"; "5 pounds" is a weight
/// unless written with a scale word ("5 million pounds") or "sterling".
fn money_after(p: &[Piece], num: &Num, k: usize, approx: bool) -> Option<(Value, usize)> {
    let piece = p.get(k)?;
    if piece.kind != Kind::Word {
        return None;
    }
    let scaled = num.last > num.first && !num.vague;
    let (code, last) = match piece.lower.as_str() {
        "pound" | "pounds" if word(p, k + 1) == "sterling" => ("gbp", k + 1),
        "pound" | "pounds" if scaled => ("gbp", k),
        _ => {
            let is_code =
                piece.text.len() == 3 && piece.text.chars().all(|c| c.is_ascii_uppercase());
            let w = if is_code {
                piece.text
            } else {
                piece.lower.as_str()
            };
            (currency_word(w)?, k)
        }
    };
    let norm = format!("{} {code}", key(num, num.value));
    Some(value(
        p,
        (num.first, last),
        ValueKind::Quantity,
        norm,
        num.value,
        code,
        approx,
    ))
}

/// Words allowed between a number and its time unit ("three full days").
fn duration_adjective(w: &str) -> bool {
    matches!(
        w,
        "full"
            | "more"
            | "long"
            | "straight"
            | "consecutive"
            | "additional"
            | "extra"
            | "whole"
            | "separate"
            | "short"
            | "brief"
            | "further"
            | "hectic"
            | "tense"
    )
}

/// "three-hour", "18 months", "three full days"; "33-year-old" and
/// "33 years old" are ages.
fn duration_or_age(p: &[Piece], num: &Num, k: usize, approx: bool) -> Option<(Value, usize)> {
    let (at, unit) = match time_unit(word(p, k)) {
        Some(u) => (k, u),
        None if duration_adjective(word(p, k)) && !p.get(k).is_some_and(|q| q.joined) => {
            (k + 1, time_unit(word(p, k + 1))?)
        }
        None => return None,
    };
    // A capitalised "Day" after a number is a name ("Victory Day" aside, "D-Day").
    if p[at].is_capitalized() && !p[num.first].is_capitalized() {
        return None;
    }
    let v = num.value;
    if matches!(unit, "year" | "month" | "week" | "day") && word(p, at + 1) == "old" {
        let norm = if unit == "year" {
            format!("age {}", fmt(v))
        } else {
            format!("age {} {unit}", fmt(v))
        };
        return Some(value(
            p,
            (num.first, at + 1),
            ValueKind::Quantity,
            norm,
            v,
            "age",
            approx,
        ));
    }
    // "1 hour and 45 minutes", "an hour and 45 minutes", "two days and
    // six hours": one span, counted in its smaller unit.
    if !num.vague {
        if let Some((last, total, small)) = compound_after(p, at, unit, v) {
            return Some(value(
                p,
                (num.first, last),
                ValueKind::Duration,
                format!("{} {small}", fmt(total)),
                total,
                small,
                approx,
            ));
        }
        if let Some((first, total)) = compound_before(p, num.first, unit, v) {
            return Some(value(
                p,
                (first, at),
                ValueKind::Duration,
                format!("{} {unit}", fmt(total)),
                total,
                unit,
                approx,
            ));
        }
    }
    let norm = format!("{} {unit}", key(num, v));
    Some(value(
        p,
        (num.first, at),
        ValueKind::Duration,
        norm,
        v,
        unit,
        approx,
    ))
}

/// How many of the smaller unit one of the larger is, for the pairs a
/// compound duration joins.
fn units_in(large: &str, small: &str) -> Option<f64> {
    Some(match (large, small) {
        ("hour", "minute") | ("minute", "second") => 60.0,
        ("day", "hour") => 24.0,
        ("week", "day") => 7.0,
        ("year", "month") => 12.0,
        _ => return None,
    })
}

/// After a duration's unit at `at`: "and" and a figure of the next smaller
/// unit ("1 hour and 45 minutes"). The last piece, the total and the
/// smaller unit.
fn compound_after(
    p: &[Piece],
    at: usize,
    unit: &str,
    v: f64,
) -> Option<(usize, f64, &'static str)> {
    if word(p, at + 1) != "and" {
        return None;
    }
    let more = super::numbers::parse(p, at + 2)?;
    if more.vague {
        return None;
    }
    let small = time_unit(word(p, more.last + 1))?;
    let per = units_in(unit, small)?;
    Some((more.last + 1, v * per + more.value, small))
}

/// Before a duration's figure at `first`: "a"/"an"/"one" and a larger unit
/// and "and" ("an hour and 45 minutes"). The first piece and the total.
fn compound_before(p: &[Piece], first: usize, unit: &str, v: f64) -> Option<(usize, f64)> {
    if first < 3 || word(p, first - 1) != "and" {
        return None;
    }
    let large = time_unit(word(p, first - 2))?;
    let per = units_in(large, unit)?;
    matches!(word(p, first - 3), "a" | "an" | "one").then_some((first - 3, per + v))
}

/// A measurement unit at `k`, with "square"/"cubic"/"nautical" before it
/// and "per hour" after it.
fn measure_after(p: &[Piece], k: usize) -> Option<(usize, String)> {
    let piece = p.get(k)?;
    if piece.kind != Kind::Word {
        return None;
    }
    let (last, mut unit) = match piece.lower.as_str() {
        pre @ ("square" | "cubic" | "nautical") => {
            let u = measure_unit(p.get(k + 1).filter(|q| q.kind == Kind::Word)?.text)?;
            (k + 1, format!("{pre} {u}"))
        }
        _ => (k, measure_unit(piece.text)?.to_string()),
    };
    if word(p, last + 1) == "per" {
        if let Some(t) = time_unit(word(p, last + 2)) {
            unit = format!("{unit} per {t}");
            return Some((last + 2, unit));
        }
    }
    Some((last, unit))
}

/// "$5 million", "US$3bn", "€3bn", "£40", "USD 5 million".
fn money_with_sign(p: &[Piece], i: usize) -> Option<(Value, usize)> {
    let sign = &p[i];
    let (code, first) = match sign.kind {
        Kind::Punct => {
            let glued = i
                .checked_sub(1)
                .map(|k| &p[k])
                .filter(|q| q.kind == Kind::Word && q.end == sign.start);
            let code = currency_sign(sign.text, glued.map(|q| q.text))?;
            // Include a glued country prefix ("US$") in the span.
            let first = match glued {
                Some(q) if matches!(q.text, "US" | "A" | "AU" | "C" | "CA" | "HK" | "NZ" | "S") => {
                    i - 1
                }
                _ => i,
            };
            (code, first)
        }
        Kind::Word if sign.text.len() == 3 && sign.text.chars().all(|c| c.is_ascii_uppercase()) => {
            (currency_word(sign.text)?, i)
        }
        _ => return None,
    };
    let num = numbers::parse(p, i + 1).filter(|n| n.digits && !p[i + 1].joined)?;
    let mut v = num.value;
    if let Some(s) = &num.suffix {
        v *= money_suffix(s)?;
    } else if num.last == i + 1 {
        v *= range_scale(p, first, num.last + 1).unwrap_or(1.0);
    }
    let approx = approximate_before(p, first);
    let norm = format!("{} {code}", fmt(v));
    Some(value(
        p,
        (first, num.last),
        ValueKind::Quantity,
        norm,
        v,
        code,
        approx,
    ))
}

/// The scale word that ends a range starting at piece `k`, when the range's
/// first figure has none of its own: "$140-$150 million", "$140-150
/// million", "between $140 and $150 million" and "$140 to 150
/// million" are both in millions, and reading the first as $140 would set
/// it against every other report's "$140 million".
fn range_scale(p: &[Piece], first: usize, k: usize) -> Option<f64> {
    // "$140-150 million" splits into "140" and a glued "150" ("150MM").
    if let Some(q) = p.get(k).filter(|q| q.joined) {
        if numbers::parse_digits(q.text).is_some() {
            return numbers::scale_word(word(p, k + 1));
        }
        return numbers::split_mixed(q.text).and_then(|(_, suffix)| money_suffix(suffix));
    }
    let between = first
        .checked_sub(1)
        .is_some_and(|b| word(p, b) == "between");
    if !p
        .get(k)
        .is_some_and(|d| matches!(d.text, "-" | "–" | "—" | "to") || between && d.text == "and")
    {
        return None;
    }
    let mut at = k + 1;
    if p.get(at)
        .is_some_and(|q| q.kind == Kind::Punct && currency_sign(q.text, None).is_some())
    {
        at += 1;
    }
    numbers::parse_digits(p.get(at)?.text)?;
    numbers::scale_word(word(p, at + 1))
}

/// Quantities named before their number: "magnitude 6.7", "magnitude-6.7",
/// "aged 33".
fn prefixed(p: &[Piece], i: usize) -> Option<(Value, usize)> {
    let w = word(p, i);
    let is_age = matches!(w, "aged" | "age");
    if w != "magnitude" && !is_age {
        return None;
    }
    let at = if word(p, i + 1) == "of" { i + 2 } else { i + 1 };
    let num = numbers::parse(p, at)?;
    if num.vague || num.suffix.is_some() {
        return None;
    }
    let v = num.value;
    let approx = approximate_before(p, i);
    let (norm, unit) = if is_age {
        (format!("age {}", fmt(v)), "age")
    } else {
        (format!("magnitude {}", fmt(v)), "magnitude")
    };
    Some(value(
        p,
        (i, num.last),
        ValueKind::Quantity,
        norm,
        v,
        unit,
        approx,
    ))
}
