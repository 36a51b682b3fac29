//! Which moment a weekday, clock time or date dates ([`Moment`]): the
//! event its verb names, a statement, or a count's as-of time.
//!
//! Read from the clause around the time with the verb finder of
//! [`crate::facts`] and the lexicon in [`super::words`]: "as of", "by",
//! "until" before the time, or a counting verb ("rose to 93 on Saturday"),
//! make it a snapshot of a running figure; a verb of telling makes it a
//! statement's time; any other verb is the event, with "another", "again",
//! "a second" in the clause marking a repeat. No verb, no moment: the time
//! is compared by its words alone.

use crosscheck_model::{Moment, Span};

use super::words;
use crate::facts::context::stem;

/// The moment the time at `at`, in `sentence` of `text`, dates.
pub fn of_time(text: &str, sentence: Span, at: Span) -> Option<Moment> {
    let before = text.get(sentence.start..at.start)?;
    let clause = clause_before(before);
    let lower: Vec<String> = clause
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if governed_by_snapshot(&lower) {
        return Some(Moment::Snapshot);
    }
    // The verb of the time's own clause, however far back ("the quake that
    // struck the Valdrian city of Korvath on Sunday rose to 19"): the
    // verb finder's nearer window would reach across to the next clause's.
    let verb = match lower
        .iter()
        .rev()
        .find_map(|w| crate::facts::past_form_stem(w))
    {
        Some(verb) => verb,
        None => crate::facts::anchor(text, sentence, at)?,
    };
    let is = |list: &[&str]| list.iter().any(|w| stem(w) == verb);
    if is(words::TELLING) {
        return Some(Moment::Telling);
    }
    if is(words::COUNTING) {
        return Some(Moment::Snapshot);
    }
    let again = lower.iter().any(|w| words::AGAIN.contains(&w.as_str()));
    let zone = text.get(at.end..sentence.end).and_then(zone_after);
    Some(Moment::Event { verb, again, zone })
}

/// The time-zone label right after a time, bracketed or not: "(AEST)",
/// "GMT", "UTC". Zone abbreviations are capitals ending in T ("EST",
/// "AEST", "JST"), or UTC.
fn zone_after(after: &str) -> Option<String> {
    let word = after.trim_start().trim_start_matches('(');
    let word: String = word
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let is_zone = (2..=5).contains(&word.len())
        && word.chars().all(|c| c.is_ascii_uppercase())
        && (word.ends_with('T') || word == "UTC");
    is_zone.then_some(word)
}

/// The part of `before` after its last clause break (a semicolon, a dash,
/// a comma followed by a space).
fn clause_before(before: &str) -> &str {
    let cut = before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, ';' | '—' | '–' | '(' | ')')
                || (c == ',' && before[i + 1..].starts_with(' '))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[cut..]
}

/// True when the preposition governing the time, found by skipping the
/// modifiers right before it ("as of early Friday"), is one of
/// [`words::SNAPSHOT_BEFORE`].
fn governed_by_snapshot(clause: &[String]) -> bool {
    let mut end = clause.len();
    while end > 0 && words::TIME_MODIFIERS.contains(&clause[end - 1].as_str()) {
        end -= 1;
    }
    let tail = &clause[..end];
    words::SNAPSHOT_BEFORE.iter().any(|phrase| {
        let p: Vec<&str> = phrase.split(' ').collect();
        tail.len() >= p.len()
            && tail[tail.len() - p.len()..]
                .iter()
                .zip(&p)
                .all(|(a, b)| a == b)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(sentence: &str, time: &str) -> Option<Moment> {
        let start = sentence.find(time).expect("time in sentence");
        of_time(
            sentence,
            Span::new(0, sentence.len()),
            Span::new(start, start + time.len()),
        )
    }

    fn event(verb: &str, again: bool) -> Option<Moment> {
        Some(Moment::Event {
            verb: stem(verb),
            again,
            zone: None,
        })
    }

    #[test]
    fn a_verb_of_telling_dates_the_statement() {
        assert_eq!(
            at(
                "The mayor said on Thursday that the bridge would reopen.",
                "Thursday"
            ),
            Some(Moment::Telling)
        );
        assert_eq!(
            at(
                "When asked on Friday why the alarm failed, she declined to comment.",
                "Friday"
            ),
            Some(Moment::Telling)
        );
    }

    #[test]
    fn as_of_by_and_counting_verbs_date_a_count() {
        assert_eq!(
            at(
                "The number of dead had risen to 40 as of early Monday.",
                "Monday"
            ),
            Some(Moment::Snapshot)
        );
        assert_eq!(
            at("Crews had cleared 300 roads by 6 a.m.", "6 a.m."),
            Some(Moment::Snapshot)
        );
        assert_eq!(
            at("The toll climbed to 18 on Tuesday.", "Tuesday"),
            Some(Moment::Snapshot)
        );
    }

    #[test]
    fn other_verbs_date_their_event() {
        assert_eq!(
            at("The storm struck the coast on Sunday night.", "Sunday"),
            event("strike", false)
        );
        assert_eq!(
            at(
                "The ferry capsized at 9:15 a.m. near the harbour.",
                "9:15 a.m."
            ),
            event("capsized", false)
        );
    }

    #[test]
    fn a_marked_repeat_is_another_occurrence() {
        let first = at("Police held a briefing at 10 a.m. Monday.", "10 a.m.").unwrap();
        let second = at("Another briefing was held at 3 p.m. Tuesday.", "3 p.m.").unwrap();
        assert_eq!(
            second,
            Moment::Event {
                verb: stem("hold"),
                again: true,
                zone: None
            }
        );
        assert!(!first.same_moment(&second));
        assert!(first.same_moment(&first));
    }

    #[test]
    fn a_zone_label_makes_a_conversion() {
        let local = at(
            "The quake struck late on Friday in the mountains.",
            "Friday",
        )
        .unwrap();
        let converted = at(
            "The quake struck late on Saturday (AEST) in the mountains.",
            "Saturday",
        )
        .unwrap();
        assert_eq!(
            converted,
            Moment::Event {
                verb: stem("strike"),
                again: false,
                zone: Some("AEST".into())
            }
        );
        assert!(!local.same_moment(&converted));
    }

    #[test]
    fn the_verb_of_the_times_own_clause_wins() {
        let s = "The toll from the storm that flooded the low-lying districts of the capital on Sunday rose to 19.";
        assert_eq!(at(s, "Sunday"), event("flooded", false));
    }

    #[test]
    fn no_verb_no_moment() {
        assert_eq!(at("Monday, 4 March 2024", "Monday"), None);
    }
}
