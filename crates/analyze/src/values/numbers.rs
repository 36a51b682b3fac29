//! Reading a number at a piece: digits ("24,400", "1.5 million"), words
//! ("three hundred", "twenty-five", "a dozen", "two and a half") and vague
//! amounts ("hundreds of thousands", "dozens", "several").
//!
//! Vague amounts get `vague = true` and, as their number, the *smallest
//! value the phrase literally admits*: "dozens" → 24, "hundreds" → 200,
//! "tens of thousands" → 20 000, "hundreds of thousands" → 200 000,
//! "several" → 3, "a few" / "a couple" → 2. A lower bound is the one figure
//! such a phrase commits its writer to, so "hundreds of thousands" against
//! "50,000" is a real disagreement while against "300,000" it is not.
use super::tokens::{Kind, Piece};

/// A number found at some pieces.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Num {
    /// Index of the first piece.
    pub first: usize,
    /// Index of the last piece (inclusive).
    pub last: usize,
    /// The value (the lower bound for vague amounts).
    pub value: f64,
    /// A vague amount ("dozens", "several"): not an exact figure.
    pub vague: bool,
    /// Written with digits rather than words.
    pub digits: bool,
    /// Letters glued after the digits ("bn" in "5bn", "km" in "30km").
    pub suffix: Option<String>,
}

const SMALL: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// "twenty" … "ninety", in order (ordinals use them too: "twenty-third").
pub(super) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// 1–19 written as a word.
pub(crate) fn small_word(w: &str) -> Option<f64> {
    SMALL.iter().position(|&s| s == w).map(|i| (i + 1) as f64)
}

/// 20, 30, … 90 written as a word.
fn tens_word(w: &str) -> Option<f64> {
    TENS.iter()
        .position(|&s| s == w)
        .map(|i| ((i + 2) * 10) as f64)
}

/// "thousand", "million", … and their value.
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    match w {
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// Plural amount words and the unit they count in ("hundreds" → 100).
fn vague_plural(w: &str) -> Option<f64> {
    match w {
        "dozens" => Some(12.0),
        "scores" => Some(20.0),
        "tens" => Some(10.0),
        "hundreds" => Some(100.0),
        "thousands" => Some(1e3),
        "millions" => Some(1e6),
        "billions" => Some(1e9),
        _ => None,
    }
}

/// Parse digits with optional thousands separators and decimals.
/// "24,400" → 24400, "1.5" → 1.5; "1,5", "1.2.3", "15:30" → None.
pub(crate) fn parse_digits(t: &str) -> Option<f64> {
    let (int, frac) = match t.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (t, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let groups: Vec<&str> = int.split(',').collect();
    let ok = match groups.as_slice() {
        [only] => !only.is_empty() && only.bytes().all(|b| b.is_ascii_digit()),
        [head, rest @ ..] => {
            (1..=3).contains(&head.len())
                && head.bytes().all(|b| b.is_ascii_digit())
                && rest
                    .iter()
                    .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
        }
        [] => false,
    };
    if !ok {
        return None;
    }
    t.replace(',', "").parse().ok()
}

/// Split "5bn" / "30km" / "3rd" into its number and its letters.
pub(crate) fn split_mixed(t: &str) -> Option<(f64, &str)> {
    let cut = t.find(|c: char| c.is_alphabetic())?;
    let (num, rest) = t.split_at(cut);
    if num.is_empty() || !rest.chars().all(char::is_alphabetic) {
        return None;
    }
    Some((parse_digits(num)?, rest))
}

fn word_at<'p>(p: &'p [Piece], i: usize) -> Option<&'p str> {
    p.get(i)
        .filter(|x| x.kind == Kind::Word)
        .map(|x| x.lower.as_str())
}

/// Read a number starting exactly at piece `i`.
pub(crate) fn parse(p: &[Piece], i: usize) -> Option<Num> {
    let piece = p.get(i)?;
    let mut num = match piece.kind {
        Kind::Number => digits_at(p, i)?,
        Kind::Mixed => {
            let (value, suffix) = split_mixed(piece.text)?;
            Num {
                first: i,
                last: i,
                value,
                vague: false,
                digits: true,
                suffix: Some(suffix.to_string()),
            }
        }
        Kind::Word => vague_at(p, i).or_else(|| words_at(p, i))?,
        _ => return None,
    };
    if !num.vague && num.suffix.is_none() {
        and_a_half(p, &mut num);
    }
    Some(num)
}

/// "24,400", "1.5 million".
fn digits_at(p: &[Piece], i: usize) -> Option<Num> {
    let value = parse_digits(p[i].text)?;
    let mut num = Num {
        first: i,
        last: i,
        value,
        vague: false,
        digits: true,
        suffix: None,
    };
    if let Some(scale) =
        word_at(p, i + 1).and_then(|w| scale_word(w).or((w == "hundred").then_some(100.0)))
    {
        num.value *= scale;
        num.last = i + 1;
    }
    Some(num)
}

/// "three hundred and twenty-five thousand", "a dozen", "half a million".
fn words_at(p: &[Piece], i: usize) -> Option<Num> {
    #[derive(PartialEq, Clone, Copy)]
    enum Last {
        None,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale(f64),
    }
    let first = word_at(p, i)?;
    let mut j = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last = Last::None;
    let mut scale_cap = f64::INFINITY;
    let mut end = None;
    if first == "a" || first == "an" || first == "half" {
        // "a" / "half" only start a number before a multiplier word.
        let (k, base) = if first == "half" {
            match word_at(p, i + 1) {
                Some("a" | "an") => (i + 2, 0.5),
                _ => return None,
            }
        } else {
            (i + 1, 1.0)
        };
        let next = word_at(p, k)?;
        if first == "half" && scale_word(next).is_none() {
            // "half an hour": the number is 0.5 and the unit follows "an".
            return Some(Num {
                first: i,
                last: i + 1,
                value: 0.5,
                vague: false,
                digits: false,
                suffix: None,
            });
        }
        if next != "hundred" && next != "dozen" && scale_word(next).is_none() {
            return None;
        }
        current = base;
        last = Last::Unit;
        j = k;
    }
    while let Some(w) = word_at(p, j) {
        if let Some(n) = small_word(w) {
            let ok = match last {
                Last::None | Last::Hundred | Last::Scale(_) => true,
                Last::Tens => n < 10.0,
                _ => false,
            };
            if !ok {
                break;
            }
            current += n;
            last = if n < 10.0 { Last::Unit } else { Last::Teen };
        } else if let Some(n) = tens_word(w) {
            if !matches!(last, Last::None | Last::Hundred | Last::Scale(_)) {
                break;
            }
            current += n;
            last = Last::Tens;
        } else if w == "hundred" {
            if current >= 100.0 || matches!(last, Last::Hundred) {
                break;
            }
            current = or_one(current) * 100.0;
            last = Last::Hundred;
        } else if w == "dozen" {
            current = or_one(current) * 12.0;
            last = Last::Teen;
        } else if let Some(s) = scale_word(w) {
            if s >= scale_cap {
                break;
            }
            total += or_one(current) * s;
            current = 0.0;
            scale_cap = s;
            last = Last::Scale(s);
        } else if w == "and"
            && matches!(last, Last::Hundred | Last::Scale(_))
            && word_at(p, j + 1).is_some_and(|n| small_word(n).is_some() || tens_word(n).is_some())
        {
            j += 1;
            continue;
        } else {
            break;
        }
        end = Some(j);
        j += 1;
    }
    let last_idx = end?;
    Some(Num {
        first: i,
        last: last_idx,
        value: total + current,
        vague: false,
        digits: false,
        suffix: None,
    })
}

/// "hundreds of thousands", "dozens", "several hundred", "a few", "a couple".
fn vague_at(p: &[Piece], i: usize) -> Option<Num> {
    let w = word_at(p, i)?;
    let (mut value, mut last) = if let Some(unit) = vague_plural(w) {
        (2.0 * unit, i)
    } else {
        let (base, k) = match (w, word_at(p, i + 1)) {
            ("several", _) => (3.0, i),
            ("a", Some("few" | "couple")) => (2.0, i + 1),
            _ => return None,
        };
        // "several hundred", "a few thousand".
        match word_at(p, k + 1).and_then(|n| {
            scale_word(n)
                .or((n == "hundred").then_some(100.0))
                .or((n == "dozen").then_some(12.0))
        }) {
            Some(s) => (base * s, k + 1),
            None => (base, k),
        }
    };
    // "hundreds of thousands", "tens of millions": each step multiplies.
    let mut unit_cap = vague_plural(word_at(p, last).unwrap_or("")).unwrap_or(0.0);
    while word_at(p, last + 1) == Some("of") {
        match word_at(p, last + 2).and_then(vague_plural) {
            Some(u) if u > unit_cap && u >= 1e3 => {
                value *= u;
                unit_cap = u;
                last += 2;
            }
            _ => break,
        }
    }
    Some(Num {
        first: i,
        last,
        value,
        vague: true,
        digits: false,
        suffix: None,
    })
}

/// A multiplier word alone means one of it ("hundred" after "a" or on its own).
fn or_one(current: f64) -> f64 {
    if current == 0.0 {
        1.0
    } else {
        current
    }
}

/// "two and a half" → 2.5.
fn and_a_half(p: &[Piece], num: &mut Num) {
    let k = num.last;
    if word_at(p, k + 1) == Some("and")
        && word_at(p, k + 2) == Some("a")
        && word_at(p, k + 3) == Some("half")
    {
        num.value += 0.5;
        num.last = k + 3;
    }
}

/// Format a number for a normalized key: integers without a decimal point,
/// others in the shortest form that round-trips ("6.7").
pub(crate) fn fmt(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::pieces;
    use super::*;

    fn read(s: &str) -> Option<(f64, bool, String)> {
        let p = pieces(s, 0);
        parse(&p, 0).map(|n| {
            (
                n.value,
                n.vague,
                s[p[n.first].start..p[n.last].end].to_string(),
            )
        })
    }

    #[test]
    fn digits() {
        assert_eq!(
            read("24,400 troops"),
            Some((24400.0, false, "24,400".into()))
        );
        assert_eq!(
            read("1.5 million people"),
            Some((1.5e6, false, "1.5 million".into()))
        );
        assert_eq!(read("6.7"), Some((6.7, false, "6.7".into())));
        assert_eq!(read("1,5"), None);
        assert_eq!(read("12,34"), None);
        assert_eq!(parse_digits("1,234,567.25"), Some(1234567.25));
    }

    #[test]
    fn words() {
        assert_eq!(read("three people").map(|r| r.0), Some(3.0));
        assert_eq!(read("ninety-nine").map(|r| r.0), Some(99.0));
        assert_eq!(read("a hundred").map(|r| r.0), Some(100.0));
        assert_eq!(
            read("three hundred and twenty-five thousand").map(|r| r.0),
            Some(325_000.0)
        );
        assert_eq!(read("two million").map(|r| r.0), Some(2e6));
        assert_eq!(
            read("a dozen eggs").map(|r| (r.0, r.2)),
            Some((12.0, "a dozen".into()))
        );
        assert_eq!(read("two and a half hours").map(|r| r.0), Some(2.5));
        assert_eq!(read("half a million").map(|r| r.0), Some(5e5));
        assert_eq!(read("half an hour").map(|r| r.0), Some(0.5));
        assert_eq!(read("three-hour").map(|r| r.2), Some("three".into()));
        // Two small numbers in a row are not one number.
        assert_eq!(read("one two").map(|r| r.0), Some(1.0));
        assert_eq!(read("a meeting"), None);
    }

    #[test]
    fn vague() {
        assert_eq!(
            read("hundreds of thousands of casualties"),
            Some((2e5, true, "hundreds of thousands".into()))
        );
        assert_eq!(
            read("tens of thousands"),
            Some((2e4, true, "tens of thousands".into()))
        );
        assert_eq!(
            read("dozens of people").map(|r| (r.0, r.1)),
            Some((24.0, true))
        );
        assert_eq!(read("several days").map(|r| (r.0, r.1)), Some((3.0, true)));
        assert_eq!(read("several hundred troops").map(|r| r.0), Some(300.0));
        assert_eq!(
            read("a few weeks").map(|r| (r.0, r.2)),
            Some((2.0, "a few".into()))
        );
    }

    #[test]
    fn formatting() {
        assert_eq!(fmt(24400.0), "24400");
        assert_eq!(fmt(6.7), "6.7");
        assert_eq!(fmt(5e6), "5000000");
    }
}
