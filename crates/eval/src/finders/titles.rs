//! Titles right before a person's name: "Gov. Bill Richardson",
//! "President Obama", "actress Tara Reid", "coach Sean Payton".

use super::{draw, GroupView, Hit};
use crate::lexicon::{
    MONTHS, NOT_NAME_WORDS, TITLE_ALIASES, TITLE_FAMILIES, TITLE_MODIFIERS, UPPER_TITLES, WEEKDAYS,
};
use crate::rng::Rng;
use crate::tokens::{adjacent, words, Word};

/// The canonical title a word stands for, and whether it was abbreviated.
/// An abbreviation must carry its full stop ("Gov."), a full title its
/// usual case ("President", "president", "CEO").
fn title_of(text: &str, w: &Word) -> Option<(&'static str, bool)> {
    let dotted = text[w.end..].starts_with('.');
    let lower = w.text.to_lowercase();
    let same_case = |canon: &str| w.text.chars().skip(1).eq(canon.chars().skip(1));
    if let Some((_, canon)) = TITLE_ALIASES.iter().find(|(alias, _)| *alias == lower) {
        return same_case(&lower).then_some((canon, false));
    }
    for family in TITLE_FAMILIES {
        for (canon, abbr) in family.iter() {
            if dotted && *abbr == Some(w.text) {
                return Some((canon, true));
            }
            if lower == *canon {
                let upper = UPPER_TITLES.contains(canon);
                let ok = if upper {
                    w.text == w.text.to_uppercase()
                } else {
                    same_case(canon)
                };
                if ok {
                    return Some((canon, false));
                }
            }
        }
    }
    None
}

/// A word that can be part of a person's name: capitalised, letters, and
/// not a month, weekday or office word ("District", "Attorney"). Initials
/// ("W") count; other words need a lower-case letter ("QC" does not).
fn is_name_word(w: &Word) -> bool {
    let s = w.stem();
    w.is_capitalised()
        && s.chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-')
        && (s.chars().count() == 1 || s.chars().skip(1).any(char::is_lowercase))
        && !MONTHS.contains(&s)
        && !WEEKDAYS.contains(&s)
        && !NOT_NAME_WORDS.contains(&s)
}

/// Every title directly before a name of one to three capitalised words
/// (initials allowed). A title that is the end of a longer one is left
/// alone: after a capitalised word ("Vice President", "Prime Minister") or
/// a modifier ("general manager", "wide receiver"), since changing its last
/// word would make a title no reader would take as a different value.
pub fn find(text: &str) -> Vec<Hit> {
    let ws = words(text);
    let mut out = Vec::new();
    for (i, t) in ws.iter().enumerate() {
        let Some((canon, abbreviated)) = title_of(text, t) else {
            continue;
        };
        // Unlike names, a sentence-initial word counts here: "Vice" in
        // "Vice President" starts sentences too.
        if i > 0 && adjacent(text, &ws[i - 1], t) {
            let p = &ws[i - 1];
            if t.is_capitalised() && p.is_capitalised()
                || TITLE_MODIFIERS.contains(&p.text.to_lowercase().as_str())
            {
                continue;
            }
        }
        let Some(first) = ws.get(i + 1) else { continue };
        let gap = &text[t.end..first.start];
        if gap != if abbreviated { ". " } else { " " }
            || !is_name_word(first)
            || title_of(text, first).is_some()
        {
            continue;
        }
        // Extend over the name: adjacent capitalised words or initials ("W.").
        let mut last = i + 1;
        while last + 1 < ws.len() && last - i < 3 {
            let (a, b) = (&ws[last], &ws[last + 1]);
            let initial = a.text.len() == 1 && &text[a.end..b.start] == ". ";
            if (adjacent(text, a, b) || initial) && is_name_word(b) && a.stem() == a.text {
                last += 1;
            } else {
                break;
            }
        }
        let surname = ws[last].stem();
        if surname.chars().count() < 2 {
            continue;
        }
        out.push(Hit {
            key: format!("{canon}|{surname}"),
            start: t.start,
            end: t.end,
            text: t.text.to_string(),
        });
    }
    out
}

/// Another title of the same family that the group never gives this
/// person; an abbreviated hit needs a title that has an abbreviation.
pub fn choose(key: &str, hits: &[&Hit], group: &GroupView, rng: &mut Rng) -> Option<String> {
    let (canon, surname) = key.split_once('|')?;
    let family = TITLE_FAMILIES
        .iter()
        .find(|f| f.iter().any(|(c, _)| *c == canon))?;
    let needs_abbr = hits
        .iter()
        .any(|h| h.text.chars().all(char::is_alphabetic) && is_abbreviation(&h.text));
    let options = family
        .iter()
        .filter(|(c, abbr)| *c != canon && (!needs_abbr || abbr.is_some()))
        .filter(|(c, _)| !group.keys.contains(&format!("{c}|{surname}")))
        .map(|(c, _)| c.to_string())
        .collect();
    draw(options, rng)
}

fn is_abbreviation(word: &str) -> bool {
    TITLE_FAMILIES
        .iter()
        .flat_map(|f| f.iter())
        .any(|(_, a)| *a == Some(word))
}

/// The new title in the hit's form: abbreviation for an abbreviation,
/// capitals as the hit had them.
pub fn render(new: &str, hit: &Hit) -> String {
    let entry = TITLE_FAMILIES
        .iter()
        .flat_map(|f| f.iter())
        .find(|(c, _)| *c == new);
    if is_abbreviation(&hit.text) {
        if let Some((_, Some(abbr))) = entry {
            return abbr.to_string();
        }
    }
    if UPPER_TITLES.contains(&new) {
        return new.to_uppercase();
    }
    if hit.text.chars().next().is_some_and(char::is_uppercase) {
        let mut c = new.chars();
        return c
            .next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default();
    }
    new.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_titles_before_names() {
        let t = "Gov. Bill Richardson met actress Tara Reid's agent. Vice President Joe Biden and \
                 the president spoke; CEO Steve Ballmer and Gov Smith. The general manager Tony Reagins, \
                 Deputy District Attorney Lowell Anger, Judge Anthony Russell QC and spokeswoman Ann Lee.";
        let hits = find(t);
        let keys: Vec<&str> = hits.iter().map(|h| h.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "governor|Richardson",
                "actress|Reid",
                "ceo|Ballmer",
                "judge|Russell",
                "spokesman|Lee"
            ]
        );
        assert_eq!(&t[hits[0].start..hits[0].end], "Gov");
    }

    #[test]
    fn chooses_and_renders_in_form() {
        let group = GroupView::new(
            super::super::Kind::Title,
            &["Gov. Bill Richardson and Sen. Bill Richardson"],
        );
        let hit = Hit {
            key: "governor|Richardson".into(),
            start: 0,
            end: 3,
            text: "Gov".into(),
        };
        for seed in 0..20 {
            let new = choose(&hit.key, &[&hit], &group, &mut Rng::new(seed)).expect("a title");
            assert!(new != "governor" && new != "senator");
            let shown = render(&new, &hit);
            assert!(["Rep"].contains(&shown.as_str()), "{shown}");
        }
        let full = Hit {
            key: String::new(),
            start: 0,
            end: 9,
            text: "President".into(),
        };
        assert_eq!(render("mayor", &full), "Mayor");
        let lower = Hit {
            key: String::new(),
            start: 0,
            end: 5,
            text: "coach".into(),
        };
        assert_eq!(render("ceo", &lower), "CEO");
        assert_eq!(render("pitcher", &lower), "pitcher");
    }
}
