//! Days of the week: "on Tuesday", "Friday's game".

use super::{draw, GroupView, Hit};
use crate::lexicon::WEEKDAYS;
use crate::rng::Rng;
use crate::tokens::{followed_by_capitalised, inside_capitalised_run, words};

/// Every weekday name that is not part of a longer name: not after a
/// capitalised word ("Super Tuesday", "Good Friday"), and not "the" + day +
/// capitalised word ("the Sunday Times"). A capitalised word after a bare
/// day is fine ("On Tuesday Reid said").
pub fn find(text: &str) -> Vec<Hit> {
    let ws = words(text);
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let day = w.stem();
        let after_the = i > 0 && ws[i - 1].text.eq_ignore_ascii_case("the");
        if !WEEKDAYS.contains(&day)
            || inside_capitalised_run(text, &ws, i, &[])
            || after_the && followed_by_capitalised(text, &ws, i)
        {
            continue;
        }
        out.push(Hit {
            key: day.to_lowercase(),
            start: w.start,
            end: w.start + day.len(),
            text: day.to_string(),
        });
    }
    out
}

/// A weekday no article of the group names, or failing that any other one
/// the group does not state under this finder.
pub fn choose(group: &GroupView, rng: &mut Rng) -> Option<String> {
    let unused: Vec<String> = WEEKDAYS
        .iter()
        .filter(|d| !group.has_word(d))
        .map(|d| d.to_string())
        .collect();
    if !unused.is_empty() {
        return draw(unused, rng);
    }
    let unstated = WEEKDAYS
        .iter()
        .filter(|d| !group.keys.contains(&d.to_lowercase()))
        .map(|d| d.to_string())
        .collect();
    draw(unstated, rng)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_weekdays_not_named_days() {
        let t = "She went on Tuesday. Friday's game and Super Tuesday; the Sunday Times said. On Monday Reid left.";
        let hits = find(t);
        let keys: Vec<&str> = hits.iter().map(|h| h.key.as_str()).collect();
        assert_eq!(keys, ["tuesday", "friday", "monday"]);
        assert_eq!(&t[hits[1].start..hits[1].end], "Friday");
        let group = GroupView::new(super::super::Kind::Weekday, &[t]);
        for seed in 0..20 {
            let d = choose(&group, &mut Rng::new(seed)).expect("a day");
            assert!(!["Tuesday", "Friday", "Sunday", "Monday"].contains(&d.as_str()));
        }
    }
}
