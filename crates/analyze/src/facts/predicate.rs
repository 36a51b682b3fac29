//! What happened to the things a figure counts: "killed 12 people",
//! "812 people … were displaced", "a city of 180,000 people".
//!
//! Two counts of people in one story are the same fact only if the same
//! thing happened to them: the dead, the injured, the displaced and a
//! city's population are all "people" and often share a sentence's words.
//! The nearest outcome word around the figure names its class; the
//! reconcile stage never aligns two figures whose classes differ.
//!
//! The word lists are the product's own small lexicon of news outcomes,
//! matched on Snowball stems.

use crosscheck_model::Span;

use super::context::stem;

/// Outcome classes and the stems that name them.
const CLASSES: &[(&str, &[&str])] = &[
    (
        "dead",
        &["kill", "die", "dead", "fatal", "perish", "toll", "bodi"],
    ),
    (
        "injured",
        &[
            "injur",
            "wound",
            "hurt",
            "hospit",
            "hospitalis",
            "hospitaliz",
        ],
    ),
    (
        "displaced",
        &[
            "displac", "evacu", "evacue", "homeless", "shelter", "relocat", "flee", "fled", "forc",
        ],
    ),
    ("missing", &["miss", "trap", "unaccount"]),
    ("rescued", &["rescu", "save"]),
    ("arrested", &["arrest", "detain", "custodi"]),
    ("population", &["popul", "inhabit", "resid"]),
    ("aftershock", &["aftershock", "foreshock"]),
    ("quake", &["earthquak", "tremor"]),
];

/// Words this close (bytes) to the figure can name its outcome.
const REACH: usize = 100;

/// The outcome class of the figure at `at` in `sentence`, if an outcome
/// word is near it. "a city of 180,000", "home to 180,000" are a
/// population even without the word.
pub fn outcome(text: &str, sentence: Span, at: Span) -> Option<&'static str> {
    let s = sentence.slice(text);
    let (rel_start, rel_end) = (
        at.start.checked_sub(sentence.start)?,
        at.end.checked_sub(sentence.start)?,
    );
    let before = s.get(..rel_start)?.to_lowercase();
    let lead = before.trim_end();
    let lead = lead
        .strip_suffix("some")
        .or_else(|| lead.strip_suffix("about"))
        .or_else(|| lead.strip_suffix("around"))
        .unwrap_or(lead)
        .trim_end();
    if [
        "city of",
        "town of",
        "village of",
        "home to",
        "population of",
        "nation of",
        "country of",
        "community of",
        "province of",
        "region of",
    ]
    .iter()
    .any(|p| lead.ends_with(p))
    {
        return Some("population");
    }
    let mut best: Option<(usize, &'static str)> = None;
    let mut word_start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let word_char = c.is_alphabetic();
        match (word_char, word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(ws)) => {
                word_start = None;
                let distance = if i <= rel_start {
                    rel_start - i
                } else if ws >= rel_end {
                    ws - rel_end
                } else {
                    continue;
                };
                if distance > REACH {
                    continue;
                }
                let w = stem(&s[ws..i].to_lowercase());
                if let Some(class) = class_of(&w) {
                    if best.is_none_or(|(d, _)| distance < d) {
                        best = Some((distance, class));
                    }
                }
            }
            _ => {}
        }
    }
    best.map(|(_, class)| class)
}

/// The outcome class named by a verb or noun shortly before the figure, in
/// its own clause (no other figure between): "killed at least 41 people and
/// injured 300" counts the dead, whatever word lies nearer after it.
pub fn outcome_before(text: &str, sentence: Span, at: Span) -> Option<&'static str> {
    let from = at.start.saturating_sub(BEFORE_REACH).max(sentence.start);
    let lead = text.get(from..at.start)?;
    let lead = lead
        .rsplit(|c: char| c.is_ascii_digit() || c == ';')
        .next()
        .unwrap_or(lead);
    lead.split(|c: char| !c.is_alphabetic())
        .rev()
        .filter(|w| !w.is_empty())
        .find_map(|w| class_of(&stem(&w.to_lowercase())))
}

/// The outcome a figure's own clause states of it right after it, through
/// linking and hedging words only: "5,000 people believed dead", "10,000
/// are still missing". Nearer than any verb before the figure, which may
/// belong to another figure ("hundreds of people missing and over 5,000
/// people believed dead").
pub fn outcome_after(text: &str, sentence: Span, at: Span) -> Option<&'static str> {
    let rest = text.get(at.end..sentence.end)?;
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .find(|w| !STATE_LINKS.contains(&w.as_str()))
        .and_then(|w| class_of(&stem(&w)))
}

/// Words between a counted figure and the state it is in: "are still
/// missing", "were feared dead", "have been confirmed dead".
pub const STATE_LINKS: &[&str] = &[
    "are",
    "were",
    "is",
    "was",
    "have",
    "has",
    "had",
    "been",
    "still",
    "now",
    "already",
    "believed",
    "feared",
    "presumed",
    "thought",
    "reported",
    "confirmed",
    "left",
];

/// Bytes before a figure [`outcome_before`] reads.
const BEFORE_REACH: usize = 40;

/// The outcome class a stemmed word names itself ("bodi", "injur"), if any.
pub fn class_of(w: &str) -> Option<&'static str> {
    CLASSES
        .iter()
        .find(|(_, stems)| {
            stems
                .iter()
                .any(|st| w == *st || w.starts_with(st) && st.len() >= 5)
        })
        .map(|(class, _)| *class)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(sentence: &str, figure: &str) -> Option<&'static str> {
        let i = sentence.find(figure).expect("figure in sentence");
        outcome(
            sentence,
            Span::new(0, sentence.len()),
            Span::new(i, i + figure.len()),
        )
    }

    #[test]
    fn the_nearest_outcome_word_names_the_class() {
        assert_eq!(
            at(
                "An earthquake that killed 12 people and left hundreds homeless.",
                "12 people"
            ),
            Some("dead")
        );
        assert_eq!(
            at(
                "City officials said 812 people in the Old Mill district were displaced.",
                "812 people"
            ),
            Some("displaced")
        );
        assert_eq!(
            at(
                "Korvath, a city of some 180,000 people, lies in the valley.",
                "180,000 people"
            ),
            Some("population")
        );
        assert_eq!(
            at("The 4.8 aftershock shook the town again.", "4.8"),
            Some("aftershock")
        );
        assert_eq!(
            at("The team signed 3 players on Tuesday.", "3 players"),
            None
        );
    }
}
