//! Numbers before the thing they count: "33-year-old", "three people",
//! "2,290 feet".

use super::{draw, GroupView, Hit};
use crate::lexicon::{MONTHS, NOT_NOUNS, NUMBER_WORDS};
use crate::rng::Rng;
use crate::tokens::{adjacent, words, Word};

/// The value of a number word or plain digits ("three", "33", "2,290").
fn value(s: &str) -> Option<u64> {
    let lower = s.to_lowercase();
    if let Some((_, n)) = NUMBER_WORDS.iter().find(|(w, _)| *w == lower) {
        return Some(*n);
    }
    let digits: String = s.chars().filter(|c| *c != ',').collect();
    if digits.is_empty()
        || digits.len() > 9
        || digits.starts_with('0')
        || !digits.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    digits.parse().ok()
}

/// Crude singular of a counted noun, enough to match "people"/"people",
/// "years"/"year".
fn singular(noun: &str) -> String {
    let n = noun.to_lowercase();
    if n.len() > 3 && n.ends_with("ies") {
        format!("{}y", &n[..n.len() - 3])
    } else if n.len() > 3 && n.ends_with('s') && !n.ends_with("ss") {
        n[..n.len() - 1].to_string()
    } else {
        n
    }
}

/// A lower-case word that can be the thing counted (not a function word,
/// not an adverb in "-lly": "five totally new cars").
fn is_noun(w: &str) -> bool {
    w.len() >= 3
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_NOUNS.contains(&w)
        && !w.ends_with("lly")
}

/// The number words of a text, with thousands groups ("2" "," "290")
/// merged into one span.
fn numbers<'a>(text: &'a str, ws: &[Word<'a>]) -> Vec<(usize, usize, usize)> {
    // (first word index, last word index, end byte of the number part)
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let mut j = i;
        let head_digits = ws[i].text.chars().all(|c| c.is_ascii_digit());
        if head_digits && ws[i].text.len() <= 3 {
            while j + 1 < ws.len() && &text[ws[j].end..ws[j + 1].start] == "," && {
                let n = ws[j + 1].text.split('-').next().unwrap_or("");
                n.len() == 3 && n.chars().all(|c| c.is_ascii_digit())
            } {
                j += 1;
            }
        }
        let last = &ws[j];
        let end = last.start + last.text.find('-').unwrap_or(last.text.len());
        out.push((i, j, end));
        i = j + 1;
    }
    out
}

/// Capitals that name a model or a system ("AK", "SEA-ME-WE"), not an
/// article or a pronoun ("A", "I").
fn is_designation(w: &Word) -> bool {
    w.text.chars().filter(char::is_ascii_uppercase).count() >= 2
        && w.text.chars().all(|c| c.is_ascii_uppercase() || c == '-')
}

/// Every number (two or more, not a year, a date's day, a score, money or
/// a percentage) followed by a counted noun, directly ("three people") or
/// hyphenated ("33-year-old").
pub fn find(text: &str) -> Vec<Hit> {
    let ws = words(text);
    let mut out = Vec::new();
    for (i, j, end) in numbers(text, &ws) {
        let start = ws[i].start;
        let num = &text[start..end];
        let Some(n) = value(num) else { continue };
        if n < 2 || (1800..=2100).contains(&n) && !num.contains(',') {
            continue;
        }
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let after2 = text[end..].chars().nth(1);
        // Money, parts of larger numbers, scores, times, fractions, percentages.
        if before.is_some_and(|c| "$£€#/:.,-".contains(c))
            || after.is_some_and(|c| "%/:".contains(c))
            || after == Some('.') && after2.is_some_and(|c| c.is_ascii_digit())
            || after == Some('-') && after2.is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        if i > 0
            && (MONTHS.contains(&ws[i - 1].text)
                || matches!(ws[i - 1].text, "No" | "Number" | "number"))
        {
            continue;
        }
        // A model's designation ("AK 47 rifles", "SEA-ME-WE 4 cable") is
        // a name, not a count.
        if i > 0 && is_designation(&ws[i - 1]) && &text[ws[i - 1].end..start] == " " {
            continue;
        }
        let last = &ws[j];
        let noun = if end < last.end {
            // Hyphenated: the counted noun is the next part ("33-year-old" → year).
            last.text[end - last.start + 1..]
                .split('-')
                .next()
                .unwrap_or("")
                .to_string()
        } else {
            match ws.get(j + 1) {
                Some(n) if adjacent(text, last, n) => n.text.to_string(),
                _ => continue,
            }
        };
        if !is_noun(&noun) {
            continue;
        }
        out.push(Hit {
            key: format!("{n} {}", singular(&noun)),
            start,
            end,
            text: num.to_string(),
        });
    }
    out
}

/// A clearly different number: for small counts at least 2 away, for larger
/// ones 20–60% away; never a value the group already states for this noun.
pub fn choose(key: &str, group: &GroupView, rng: &mut Rng) -> Option<String> {
    let (n, noun) = key.split_once(' ')?;
    let n: u64 = n.parse().ok()?;
    let options: Vec<u64> = if n <= 12 {
        (2..=15u64).filter(|m| m.abs_diff(n) >= 2).collect()
    } else {
        let lo = (n / 5).max(3);
        let hi = (n * 3 / 5).max(lo + 1);
        let mut v = Vec::new();
        for step in [lo, (lo + hi) / 2, hi] {
            v.push(n + step);
            if n > step + 1 {
                v.push(n - step);
            }
        }
        v
    };
    let options = options
        .into_iter()
        .filter(|m| !group.keys.contains(&format!("{m} {noun}")))
        .map(|m| m.to_string())
        .collect();
    draw(options, rng)
}

/// Write `new` the way the hit was written: a number word stays a word
/// (when one exists), digits keep thousands commas.
pub fn render(new: &str, hit: &Hit) -> String {
    let Ok(m) = new.parse::<u64>() else {
        return new.to_string();
    };
    let is_word = hit.text.chars().all(char::is_alphabetic);
    if is_word {
        if let Some((w, _)) = NUMBER_WORDS.iter().find(|(_, v)| *v == m) {
            return if hit.text.chars().next().is_some_and(char::is_uppercase) {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            } else {
                w.to_string()
            };
        }
    }
    let digits = m.to_string();
    if hit.text.contains(',') && m >= 1000 {
        let mut out = String::new();
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    } else {
        digits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_counts_and_skips_dates_money_scores() {
        let t = "The 33-year-old actress and three people died, four totally new. It cost $5 million on May 3 in 2012 \
                 after a 31-24 win; 2,290 feet high, 55% of 10 a.m. Three-hour talks. Six AK 47 rifles and \
                 the SEA-ME-WE 4 cable; A 14-year-old.";
        let keys: Vec<String> = find(t)
            .into_iter()
            .map(|h| format!("{}={}", h.text, h.key))
            .collect();
        assert_eq!(
            keys,
            [
                "33=33 year",
                "three=3 people",
                "2,290=2290 feet",
                "Three=3 hour",
                "14=14 year"
            ]
        );
    }

    #[test]
    fn renders_in_the_original_form() {
        let hit = |t: &str| Hit {
            key: String::new(),
            start: 0,
            end: t.len(),
            text: t.to_string(),
        };
        assert_eq!(render("7", &hit("three")), "seven");
        assert_eq!(render("7", &hit("Three")), "Seven");
        assert_eq!(render("37", &hit("three")), "37");
        assert_eq!(render("3410", &hit("2,290")), "3,410");
        assert_eq!(render("47", &hit("33")), "47");
    }

    #[test]
    fn chooses_a_clearly_different_number() {
        let group = GroupView::new(super::super::Kind::Number, &["5 people and 7 people"]);
        for seed in 0..30 {
            let m: u64 = choose("3 people", &group, &mut Rng::new(seed))
                .expect("some")
                .parse()
                .expect("int");
            assert!(m.abs_diff(3) >= 2 && m != 5 && m != 7);
            let big: u64 = choose("100 foot", &group, &mut Rng::new(seed))
                .expect("some")
                .parse()
                .expect("int");
            assert!(big.abs_diff(100) >= 20);
        }
    }
}
