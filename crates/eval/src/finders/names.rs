//! Given names in full person names: "Tara Reid", "George W. Bush".

use super::{draw, GroupView, Hit};
use crate::lexicon::{FEMALE_NAMES, MALE_NAMES, MONTHS, THING_NAME_WORDS, WEEKDAYS};
use crate::rng::Rng;
use crate::tokens::{adjacent, followed_by_capitalised, inside_capitalised_run, words, Word};

/// Capitalised words allowed right before a full name (titles, honorifics):
/// "President George Bush" is still George Bush.
const BEFORE_NAME: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "President",
    "Governor",
    "Senator",
    "Mayor",
    "Judge",
    "Sheriff",
    "Coach",
    "Officer",
    "Detective",
    "Captain",
    "General",
    "Actress",
    "Actor",
    "Singer",
    "Director",
];

fn is_given(w: &str) -> bool {
    FEMALE_NAMES.contains(&w) || MALE_NAMES.contains(&w)
}

/// A plausible surname word: capitalised, letters (with ' or -), not itself
/// a given name, a month, a weekday or a word that ends names of things
/// ("Tony Awards", "Grace Hospital").
fn is_surname(w: &Word) -> bool {
    let s = w.stem();
    w.is_capitalised()
        && s.chars().count() >= 2
        && s.chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-')
        && s.chars().skip(1).any(char::is_lowercase)
        && !is_given(s)
        && !MONTHS.contains(&s)
        && !WEEKDAYS.contains(&s)
        && !THING_NAME_WORDS.contains(&s)
}

/// Every "Given [X.] Surname" where the given name is in the lexicon and the
/// name is not part of a longer capitalised run ("Betty Ford Center").
pub fn find(text: &str) -> Vec<Hit> {
    let ws = words(text);
    let mut out = Vec::new();
    for i in 0..ws.len() {
        let g = &ws[i];
        // "President George Bush", "On Tuesday Tara Reid": a title or a
        // date word before the name does not make it a longer name.
        let before_ok = i > 0 && {
            let p = ws[i - 1].stem();
            BEFORE_NAME.contains(&p) || WEEKDAYS.contains(&p) || MONTHS.contains(&p)
        };
        if !is_given(g.text) || !before_ok && inside_capitalised_run(text, &ws, i, &[]) {
            continue;
        }
        let Some(mut j) = (i + 1 < ws.len()).then_some(i + 1) else {
            continue;
        };
        // A middle initial: "George W. Bush".
        let w = &ws[j];
        if w.text.len() == 1
            && w.is_capitalised()
            && &text[g.end..w.start] == " "
            && ws.get(j + 1).is_some_and(|n| &text[w.end..n.start] == ". ")
        {
            j += 1;
        } else if !adjacent(text, g, w) {
            continue;
        }
        let s = &ws[j];
        if !is_surname(s) || followed_by_capitalised(text, &ws, j) {
            continue;
        }
        out.push(Hit {
            key: format!("{} {}", g.text, s.stem()),
            start: g.start,
            end: g.end,
            text: g.text.to_string(),
        });
    }
    out
}

/// A given name of the same list (so of the same usual gender) that no
/// article of the group uses.
pub fn choose(key: &str, group: &GroupView, rng: &mut Rng) -> Option<String> {
    let given = key.split(' ').next()?;
    let list = if FEMALE_NAMES.contains(&given) {
        FEMALE_NAMES
    } else {
        MALE_NAMES
    };
    let options = list
        .iter()
        .filter(|n| !variant(n, given) && !group.has_word(n))
        .map(|n| n.to_string())
        .collect();
    draw(options, rng)
}

/// One name is the other's short form ("Chris", "Christopher"; "Dan",
/// "Daniel") or the same name: a report that writes one where another
/// writes the other has changed nothing a reader would call a
/// contradiction, so it is no fair replacement.
fn variant(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a.starts_with(&b) || b.starts_with(&a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_full_names_not_longer_names() {
        let t = "Actress Tara Reid's rep said. Later George W. Bush met Betty Ford Center staff and Mary Anne. \
                 On Friday Jack Smith left, Hollywood Tom Jones stayed at the Tony Awards.";
        let hits = find(t);
        let keys: Vec<&str> = hits.iter().map(|h| h.key.as_str()).collect();
        assert_eq!(keys, ["Tara Reid", "George Bush", "Jack Smith"]);
        assert_eq!(&t[hits[0].start..hits[0].end], "Tara");
        assert_eq!(&t[hits[1].start..hits[1].end], "George");
    }

    #[test]
    fn chooses_an_unused_name_of_the_same_list() {
        let group = GroupView::new(
            super::super::Kind::GivenName,
            &["Tara Reid and Emma Stone."],
        );
        for seed in 0..20 {
            let new = choose("Tara Reid", &group, &mut Rng::new(seed)).expect("a name");
            assert!(FEMALE_NAMES.contains(&new.as_str()));
            assert!(new != "Tara" && new != "Emma");
        }
    }

    #[test]
    fn never_replaces_a_name_by_its_long_or_short_form() {
        let group = GroupView::new(
            super::super::Kind::GivenName,
            &["Chris Weitz and Dan Brown."],
        );
        for seed in 0..200 {
            let new = choose("Chris Weitz", &group, &mut Rng::new(seed)).expect("a name");
            assert!(!new.starts_with("Chris"), "{new}");
        }
    }
}
