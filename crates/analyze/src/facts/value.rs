//! Facts from typed values: what is measured, the value, and the words around it.

use crosscheck_model::{
    context, Attribute, Entity, EntityKind, Epithet, Fact, FactValue, Mention, Sentence, Span,
    Subject, Value, ValueKind,
};

use std::collections::HashMap;

use super::context::content_words;
use crate::modality;

/// One fact per value.
pub fn facts(
    text: &str,
    sentences: &[Sentence],
    values: &[Value],
    people: &[(Span, usize, String, String)],
    sentence_entities: &[Vec<String>],
) -> Vec<Fact> {
    // Each sentence's words and figures, found once for all of its values:
    // cost stays linear in the text however many figures a sentence has.
    let mut figures: HashMap<usize, Vec<&Value>> = HashMap::new();
    for v in values.iter().filter(|v| v.number.is_some()) {
        figures.entry(v.sentence).or_default().push(v);
    }
    let mut sentence_words: HashMap<usize, super::context::SentenceWords> = HashMap::new();
    for v in values {
        if let Some(sentence) = sentences.get(v.sentence) {
            sentence_words
                .entry(v.sentence)
                .or_insert_with(|| super::context::SentenceWords::of(sentence.span.slice(text)));
        }
    }
    values
        .iter()
        .filter_map(|v| {
            let v = &city_reading(text, v);
            let sentence = sentences.get(v.sentence)?;
            // The other figures of the sentence are strong context: two
            // sentences that both say "121 RBI" and ".308" are about the same
            // season even when their homer counts differ.
            // `content_words` sees the sentence alone, so the value's span
            // is given relative to it.
            let relative =
                |outer: Span| Span::new(v.span.start - outer.start, v.span.end - outer.start);
            let mut context = sentence_words
                .get(&v.sentence)?
                .except(relative(sentence.span));
            context.extend(
                figures
                    .get(&v.sentence)
                    .into_iter()
                    .flatten()
                    .filter(|o| o.span != v.span)
                    .map(|o| format!("{}{}", context::FIGURE, o.normalized)),
            );
            let (subject, label) = match (age_of(text, v, people), age_of_described(text, v)) {
                // "then-15-year-old Timmons" is his age at the time of some
                // earlier event, not now: no age of his to compare.
                _ if age_back_then(text, v) => (Subject::UnattachedAge, "an age".into()),
                (Some((key, name)), _) => (Subject::Age(key), format!("{name}'s age")),
                (None, Some(Described::Person(noun))) => (
                    described(Epithet::Age, &noun, true),
                    format!("age of the {noun}"),
                ),
                (None, Some(Described::Other(noun))) => (
                    described(Epithet::Age, &noun, false),
                    format!("age of the {noun}"),
                ),
                (None, None) => match epithet(text, sentence.span, v) {
                    Some(head) => (
                        described(
                            Epithet::Times,
                            &super::context::stem(&head.to_lowercase()),
                            true,
                        ),
                        format!("times {head}"),
                    ),
                    None => subject_of(v),
                },
            };
            // A rate is not a total: "15.5 points per game", "$4 million a year".
            let (subject, label) = match per(text, sentence.span, v) {
                Some(unit) => (subject.per(unit), format!("{label} per {unit}")),
                None => (subject, label),
            };
            // Words right next to the value say most about what it counts:
            // they are added again, marked, so a match there weighs double.
            // What happened to what is counted (killed, displaced, a city's
            // population): figures of different outcomes never align.
            if matches!(v.kind, ValueKind::Count | ValueKind::Quantity) {
                if let Some(class) = super::predicate::outcome(text, sentence.span, v.span) {
                    context.push(format!("{}{class}", context::OUTCOME));
                }
            }
            // The verb a time or duration hangs on ("died on Friday").
            if matches!(
                v.kind,
                ValueKind::Weekday | ValueKind::Time | ValueKind::Duration | ValueKind::Date
            ) {
                if let Some(verb) = super::anchor::anchor(text, sentence.span, v.span) {
                    context.push(format!("{}{verb}", context::ANCHOR));
                }
            }
            // The noun a place name modifies ("a Portland hospital").
            if v.kind == ValueKind::Place {
                if let Some(head) = modified_noun(&text[v.span.end..sentence.span.end]) {
                    context.push(format!("{}{head}", context::HEAD));
                }
            }
            let near = window(text, sentence.span, v.span, 40);
            context.extend(
                content_words(near.slice(text), Some(relative(near)))
                    .into_iter()
                    .map(|w| format!("{}{w}", context::NEAR)),
            );
            Some(Fact {
                subject,
                subject_label: label,
                subject_kind: None,
                attribute: Attribute::Value(v.kind),
                value: FactValue {
                    display: v.span.slice(text).to_string(),
                    key: comparison_key(v),
                    number: v.number,
                    approximate: v.approximate,
                    bound: if matches!(
                        v.kind,
                        ValueKind::Count | ValueKind::Quantity | ValueKind::Duration
                    ) {
                        crate::frames::bound_as_written(text, sentence.span, v).0
                    } else {
                        crosscheck_model::Bound::Exact
                    },
                    location: (v.kind == ValueKind::Place)
                        .then(|| crate::lexicon::place(&v.normalized))
                        .flatten()
                        .filter(|p| p.kind == crate::lexicon::PlaceKind::City)
                        .and_then(|p| crate::lexicon::city_location(p.canonical)),
                },
                span: v.span,
                sentence: v.sentence,
                modality: modality::of_clause(text, sentence.span, v.span),
                context,
                entities: sentence_entities
                    .get(v.sentence)
                    .cloned()
                    .unwrap_or_default(),
                frame: None,
                moment: None,
            })
        })
        .collect()
}

/// Units of time and play a rate is given in.
const RATE_UNITS: &[&str] = &[
    "game", "season", "year", "month", "week", "day", "night", "hour", "minute", "match",
    "contest", "outing", "start", "quarter",
];

/// The unit of a rate the figure is given as: "per game" or "a year" right
/// after a count or an amount ("15.5 points per game", "$4 million a
/// year", "$20 million per season").
fn per(text: &str, sentence: Span, v: &Value) -> Option<&'static str> {
    if !matches!(v.kind, ValueKind::Count | ValueKind::Quantity) || v.unit.as_deref() == Some("age")
    {
        return None;
    }
    let after = text.get(v.span.end..sentence.end)?;
    let mut words = after.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let per_word = |w: &str| matches!(w, "per" | "a" | "an" | "each" | "every");
    // The counted noun may come between: "15.5 points per game".
    let first = words.next()?;
    if !per_word(&first) && !words.next().is_some_and(|w| per_word(&w)) {
        return None;
    }
    let unit = words.next()?;
    // "$5 million a year ago" dates the figure.
    if words
        .next()
        .is_some_and(|w| matches!(w.as_str(), "ago" | "earlier" | "later" | "before" | "after"))
    {
        return None;
    }
    RATE_UNITS
        .iter()
        .find(|u| unit == **u || unit.strip_suffix('s') == Some(**u))
        .copied()
}

/// An age written "then-15-year-old" or "then 15".
fn age_back_then(text: &str, v: &Value) -> bool {
    if v.unit.as_deref() != Some("age") {
        return false;
    }
    let before = text[..v.span.start].trim_end_matches(['-', ' ']);
    before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("then"))
}

/// A person's age ("the 45-year-old Reid", "Reid, 33,") belongs to that
/// person: it is compared with that person's age elsewhere, whatever the
/// sentences around it say. `people` holds (span, sentence, key, name) of
/// person mentions.
fn age_of(
    text: &str,
    v: &Value,
    people: &[(Span, usize, String, String)],
) -> Option<(String, String)> {
    if v.unit.as_deref() != Some("age") {
        return None;
    }
    let gap_is = |from: usize, to: usize, ok: &dyn Fn(&str) -> bool| {
        from <= to && text.get(from..to).is_some_and(ok)
    };
    people
        .iter()
        .filter(|(_, s, _, _)| *s == v.sentence)
        .find_map(|(span, _, key, name)| {
            // "45-year-old Reid", "the 29-year-old champion Klitschko": spaces
            // and at most one role noun between ("the 33-year-old actress's
            // rep Jack Ketsoyan" is not Ketsoyan's age).
            // "73-year-old French explorer Paul-Henri Nargeolet": up to
            // three describing words ending in a lower-case noun, with no
            // function word or possessive that would hand the age to
            // someone else ("a 14-year-old boy and his father Jon Roe").
            let after = gap_is(v.span.end, span.start, &|g: &str| {
                let words: Vec<&str> = g.split_whitespace().collect();
                words.is_empty()
                    || words.len() == 1
                        && crate::lexicon::is_role_noun(words[0])
                        && words[0].chars().all(char::is_alphabetic)
                    || describes(&words)
            });
            // "Reid, 33,": a comma between.
            let before = gap_is(span.end, v.span.start, &|g: &str| g.trim() == ",");
            (after || before).then(|| (key.clone(), name.clone()))
        })
        .or_else(|| {
            // The mention finder may not have taken a bare surname ("The
            // 45-year-old Reid"): match the next word, or the word before
            // ", 33", against the people the document names.
            let next = text[v.span.end..].split_whitespace().next().unwrap_or("");
            let prev = text[..v.span.start]
                .trim_end()
                .strip_suffix(',')
                .and_then(|t| t.split_whitespace().last())
                .unwrap_or("");
            [next, prev].into_iter().find_map(|w| {
                let w = w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                people
                    .iter()
                    .find(|(_, _, key, _)| {
                        !w.is_empty() && key.split('#').next() == Some(w.as_str())
                    })
                    .map(|(_, _, k, n)| (k.clone(), n.clone()))
            })
        })
}

/// Words between a prenominal age and a name that describe the person
/// ("French explorer", "veteran deep-sea diver"): at most three, each of
/// letters (and inner hyphens) only, none a function word, the last in
/// lower case.
fn describes(words: &[&str]) -> bool {
    const FUNCTION: &[&str] = &[
        "and", "or", "but", "his", "her", "their", "its", "of", "the", "a", "an", "with", "to",
        "from", "for", "by", "who", "whose", "said", "says",
    ];
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !FUNCTION.contains(&w.to_lowercase().as_str())
        })
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// The noun an "N-time" count describes a person by ("a four-time NBA
/// All-Star", "the two-time Gold Glove winner", "a three-time champion"):
/// the last word of the run of words after it, up to four, before a
/// function word or punctuation. Such a figure is an epithet: within one
/// story it belongs to one person, like the age of "the 33-year-old
/// actress", and is compared as theirs (the reconcile stage keys it
/// `times-of:` and treats it as it treats `age-of:`). "Rebuffed him three
/// times" counts events and is no epithet.
fn epithet(text: &str, sentence: Span, v: &Value) -> Option<String> {
    if v.kind != ValueKind::Count
        || v.unit.as_deref() != Some("time")
        || !v.span.slice(text).to_lowercase().ends_with("-time")
    {
        return None;
    }
    let rest = text.get(v.span.end..sentence.end)?.strip_prefix(' ')?;
    let mut head = None;
    for w in rest.split(' ').take(4) {
        let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let plain = !word.is_empty() && word.chars().all(|c| c.is_alphanumeric() || c == '-');
        if !plain || super::context::is_function_word(&word.to_lowercase()) {
            break;
        }
        head = Some(word.to_string());
        if word.len() != w.len() {
            break;
        }
    }
    head
}

/// What an unnamed age describes: a person ("the 27-year-old actress") or
/// something else ("a 24-year-old scoring mark").
enum Described {
    Person(String),
    Other(String),
}

/// The unnamed person or thing an age describes: "the 11-year-old girl",
/// "a 30-year-old record". Unlike a named person's age it is not tied to
/// one individual (two reports may describe two girls), so it is compared
/// like any value, by context, but only with ages of the same noun.
fn age_of_described(text: &str, v: &Value) -> Option<Described> {
    if v.unit.as_deref() != Some("age") {
        return None;
    }
    let rest = text.get(v.span.end..)?;
    // A space between, or a comma before more description ("a 24-year-old,
    // terminally ill woman"); "the 11-year-old, who…" describes nobody here.
    let rest = match rest.strip_prefix(',') {
        Some(more) if !more.trim_start().starts_with(|c: char| c.is_uppercase()) => more,
        Some(_) => return None,
        None => rest,
    };
    if !rest.starts_with(' ') {
        return None;
    }
    // The head noun: a word naming a person within the next four words
    // ("the 27-year-old hard partying actress"), else the first lower-case
    // word after names and modifiers ("a 14-year-old New Bedford man", "a
    // 24-year-old scoring mark").
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
        .map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
        })
        .collect();
    let plain = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
    if let Some(person) = words.iter().take_while(|w| plain(w)).find(|w| {
        PERSON_NOUNS.contains(&w.to_lowercase().as_str()) || crate::lexicon::is_role_noun(w)
    }) {
        return Some(Described::Person(super::context::stem(
            &person.to_lowercase(),
        )));
    }
    for word in words {
        if !plain(word) {
            return None;
        }
        if word.starts_with(char::is_uppercase) || word.ends_with("ing") || word.ends_with("ed") {
            continue;
        }
        // "the 35-year-old and his brother", "a 16-year-old who…": no head noun.
        if super::context::is_function_word(word) {
            return None;
        }
        return (word.chars().count() >= 3).then(|| Described::Other(super::context::stem(word)));
    }
    None
}

/// Nouns that name a person an age may describe.
const PERSON_NOUNS: &[&str] = &[
    "man", "woman", "boy", "girl", "child", "teen", "teenager", "youth", "actress", "actor",
    "singer", "suspect", "victim", "mother", "father", "son", "daughter", "wife", "husband",
    "student", "driver", "gunman", "shooter", "resident", "worker", "employee", "star", "model",
    "rapper", "musician", "male", "female",
];

/// Place facts for city, state and country names that are not already a
/// place value: a place is often a modifier ("the company's Phoenix
/// factory", "an Anchorage attorney", "north of Tehran") rather than the
/// object of "in".
pub fn place_mentions(
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    entities: &[Entity],
    values: &[Value],
    sentence_entities: &[Vec<String>],
) -> Vec<Fact> {
    let covered = |m: &Mention| {
        values
            .iter()
            .any(|v| v.kind == ValueKind::Place && v.span.overlaps(m.span))
    };
    let as_values: Vec<Value> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Place && !covered(m) && !named_otherwise(text, m.span))
        .filter_map(|m| {
            let key = entities.get(m.entity)?.key.clone();
            crate::lexicon::place(&key)?;
            Some(Value {
                kind: ValueKind::Place,
                span: m.span,
                sentence: m.sentence,
                normalized: key,
                number: None,
                unit: None,
                approximate: false,
            })
        })
        .collect();
    facts(text, sentences, &as_values, &[], sentence_entities)
}

/// A place name that here names something else: a possession ("his 2008
/// Bentley"), part of a sea's or a gulf's name ("the Gulf of Aden"), or a
/// dateline, which says where the reporter filed ("New Delhi/Mumbai: An
/// Indian warship …"), not where the story happened.
fn named_otherwise(text: &str, at: Span) -> bool {
    const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];
    const WATERS: &[&str] = &["gulf", "bay", "sea", "strait", "straits", "isle", "cape"];
    let mut back = text[..at.start].split_whitespace().rev();
    let (last, second) = (back.next(), back.next());
    let is_in = |w: Option<&str>, list: &[&str]| {
        w.is_some_and(|w| list.contains(&w.to_lowercase().as_str()))
    };
    // A year may stand between ("his 2008 Bentley").
    let owner = if last.is_some_and(|w| w.chars().all(|c| c.is_ascii_digit())) {
        second
    } else {
        last
    };
    // "his Moscow trip" still names a place: the name is a modifier there.
    let possession = is_in(owner, POSSESSIVES) && modified_noun(&text[at.end..]).is_none();
    let water = last == Some("of") && is_in(second, WATERS);
    possession || water || opens_dateline(text, at)
}

/// The name opens its line and only more names, a date or an agency in
/// brackets come before a colon or a dash set off by a space.
fn opens_dateline(text: &str, at: Span) -> bool {
    let line_start = text[..at.start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..at.start].trim().is_empty()
        && !text[line_start..at.start].trim_end().ends_with('/')
    {
        return false;
    }
    let line = text[at.end..].split('\n').next().unwrap_or("");
    let Some(end) = [":", " -", " –", " —"]
        .iter()
        .filter_map(|d| line.find(d))
        .min()
    else {
        return false;
    };
    end <= 40
        && line[..end]
            .split(|c: char| c.is_whitespace() || c == '/')
            .all(|w| {
                let w = w.trim_matches(|c: char| ",.()".contains(c));
                w.is_empty()
                    || w.chars().all(|c| c.is_ascii_digit())
                    || w.starts_with(char::is_uppercase)
            })
}

/// "New York" written alone is the city in news, unless the text says the
/// state ("New York state", "upstate New York", "the state of New York"):
/// the gazetteer files the bare name under the state and the city as "New
/// York City", which left a changed city in a report ("the New York area
/// economy" for "the Los Angeles area economy") with nothing to compare to.
fn city_reading(text: &str, v: &Value) -> Value {
    let mut v = v.clone();
    let Some(city) = (v.kind == ValueKind::Place)
        .then(|| crate::lexicon::city_of_state_name(&v.normalized))
        .flatten()
    else {
        return v;
    };
    let before = text[..v.span.start].trim_end().to_lowercase();
    let after = text[v.span.end..].trim_start().to_lowercase();
    let state_meant = after.starts_with("state")
        || [
            "upstate",
            "state of",
            "governor of",
            "western",
            "northern",
            "rural",
        ]
        .iter()
        .any(|w| before.ends_with(w));
    if !state_meant {
        v.normalized = city.to_string();
    }
    v
}

/// The subject of a figure of someone described by `noun`.
fn described(figure: Epithet, noun: &str, person: bool) -> Subject {
    Subject::Described {
        figure,
        noun: noun.to_string(),
        person,
    }
}

/// What a value measures: values are only ever compared with values of the
/// same subject (a count of casualties with a count of casualties, a
/// duration with a duration).
fn subject_of(v: &Value) -> (Subject, String) {
    let unit = v.unit.clone().unwrap_or_default();
    let subject = |unit: &str| Subject::value(v.kind, unit);
    match v.kind {
        ValueKind::Count if !unit.is_empty() => (subject(&unit), format!("number of {unit}")),
        ValueKind::Count => (subject(""), "a number".into()),
        ValueKind::Quantity => (
            subject(&unit),
            if unit.is_empty() {
                "an amount".into()
            } else {
                unit
            },
        ),
        ValueKind::Duration => (subject(""), "how long".into()),
        ValueKind::Weekday => (subject(""), "day of the week".into()),
        ValueKind::Date | ValueKind::Year => (subject(""), "date".into()),
        ValueKind::Time => (subject(""), "time of day".into()),
        ValueKind::Ordinal if !unit.is_empty() => (subject(&unit), format!("which {unit}")),
        ValueKind::Ordinal => (subject(""), "which one".into()),
        // Cities are compared with cities, countries with countries: "Paris"
        // and "France" are both right.
        ValueKind::Place => {
            let kind = match crate::lexicon::place(&v.normalized).map(|p| p.kind) {
                Some(crate::lexicon::PlaceKind::City) => "city",
                Some(crate::lexicon::PlaceKind::Country) => "country",
                Some(crate::lexicon::PlaceKind::State) => "state",
                _ => "other",
            };
            (subject(kind), "where".into())
        }
    }
}

/// The stemmed content word that directly follows a name in lower case,
/// the noun the name modifies: "hospital" after "Portland" in "a Portland
/// hospital", not "in" after it in "Portland in Oregon".
fn modified_noun(after: &str) -> Option<String> {
    let word: String = after
        .strip_prefix(' ')?
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if !word.starts_with(char::is_lowercase) {
        return None;
    }
    content_words(&word, None).into_iter().next()
}

/// The span `pad` bytes either side of `at`, clipped to the sentence and
/// to char boundaries.
fn window(text: &str, sentence: Span, at: Span, pad: usize) -> Span {
    // Widen to whole words so no word is cut in half.
    let mut start = at.start.saturating_sub(pad).max(sentence.start);
    while start > sentence.start
        && !(text.is_char_boundary(start) && text[..start].ends_with(char::is_whitespace))
    {
        start -= 1;
    }
    let mut end = (at.end + pad).min(sentence.end);
    while end < sentence.end
        && !(text.is_char_boundary(end) && text[end..].starts_with(char::is_whitespace))
    {
        end += 1;
    }
    Span::new(start, end.max(start))
}

/// The key two values must share to agree. Durations compare in seconds so
/// "three-hour" equals "180 minutes".
fn comparison_key(v: &Value) -> String {
    if v.kind == ValueKind::Duration {
        if let (Some(n), Some(unit)) = (v.number, v.unit.as_deref()) {
            if let Some(secs) = seconds_per(unit) {
                // A vague lower bound ("a few minutes", "several years")
                // keeps its "+" mark, as counts do.
                let floor = if v.normalized.contains('+') { "+" } else { "" };
                return format!("{}s{floor}", (n * secs).round());
            }
        }
    }
    v.normalized.clone()
}

fn seconds_per(unit: &str) -> Option<f64> {
    Some(match unit.trim_end_matches('s') {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3600.0,
        "day" => 86_400.0,
        "week" => 604_800.0,
        "month" => 2_629_746.0,
        "year" => 31_556_952.0,
        "decade" => 315_569_520.0,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn duration(n: f64, unit: &str) -> Value {
        Value {
            kind: ValueKind::Duration,
            span: Span::new(0, 1),
            sentence: 0,
            normalized: format!("{n} {unit}"),
            number: Some(n),
            unit: Some(unit.into()),
            approximate: false,
        }
    }

    /// The value facts of `kinds` the analyze stage reads from `text`.
    fn value_facts(text: &str, kinds: &[ValueKind]) -> Vec<Fact> {
        let doc = crosscheck_model::Document::from_text("t", "t.txt", text);
        crate::analyze(&doc)
            .facts
            .into_iter()
            .filter(|f| matches!(f.attribute, Attribute::Value(k) if kinds.contains(&k)))
            .collect()
    }

    /// What each place fact of `text` displays.
    fn places(text: &str) -> Vec<String> {
        value_facts(text, &[ValueKind::Place])
            .into_iter()
            .map(|f| f.value.display)
            .collect()
    }

    fn age_subject(text: &str) -> String {
        let doc = crosscheck_model::Document::from_text("t", "t.txt", text);
        let analysis = crate::analyze(&doc);
        let f = analysis
            .facts
            .iter()
            .find(|f| f.subject.to_string().contains("age"))
            .expect("an age fact");
        f.subject.to_string()
    }

    fn subjects(text: &str) -> Vec<String> {
        let doc = crosscheck_model::Document::from_text("t", "t.txt", text);
        crate::analyze(&doc)
            .facts
            .into_iter()
            .map(|f| f.subject.to_string())
            .collect()
    }

    #[test]
    fn an_n_time_count_is_an_epithet_of_the_noun_it_describes() {
        assert!(
            subjects("Cheeks, 48, a four-time NBA All-Star while with the Sixers, was fired.")
                .contains(&"times-of:all-star".to_string())
        );
        assert!(
            subjects("The six-time All-Star (1983) helped guide the 76ers.")
                .contains(&"times-of:all-star".to_string())
        );
        assert!(subjects("He is a two-time Gold Glove winner.")
            .contains(&"times-of:winner".to_string()));
        // Events counted, not a person described.
        let rebuffed = subjects("But the Trail Blazers rebuffed him three times.");
        assert!(
            rebuffed.contains(&"count:time".to_string())
                && !rebuffed.iter().any(|s| s.starts_with("times-of")),
            "{rebuffed:?}"
        );
    }

    #[test]
    fn an_unnamed_persons_age_belongs_to_the_noun_it_describes() {
        assert_eq!(
            age_subject("Police said a 14-year-old New Bedford man was arrested."),
            "age-of:man"
        );
        assert_eq!(
            age_subject("The gunman was aiming for an 11-year-old girl whom he knew."),
            "age-of:girl"
        );
        assert_eq!(
            age_subject("An 15-year old male confessed to the murder."),
            "age-of:male"
        );
        assert_eq!(
            age_subject("He broke a 24-year-old scoring mark on Thursday night."),
            "age-of-other:mark"
        );
        assert_eq!(
            age_subject("The 27-year-old hard partying actress checked into rehab."),
            "age-of:actress"
        );
        assert_eq!(
            age_subject("Police arrested a 60-year-old, terminally ill woman on Friday."),
            "age-of:woman"
        );
        assert_eq!(
            age_subject("A rep for the 33-year-old actress's family told the magazine."),
            "age-of:actress"
        );
        // One actress named in the report: the actress's age is hers.
        assert!(
            age_subject("Actress Tara Reid entered rehab. The 33-year-old actress was seen.")
                .starts_with("age:reid")
        );
        // A named person's age stays that person's.
        assert!(
            age_subject("The 45-year-old Tara Reid was admitted on Monday.")
                .starts_with("age:reid")
        );
    }

    #[test]
    fn an_age_back_then_is_nobodys_age_now() {
        assert_eq!(
            age_subject("The defender said then- 15-year-old Jermayne Timmons was at the scene."),
            "quantity:age"
        );
        assert_eq!(
            age_subject("The defender said then 15-year-old Jermayne Timmons was at the scene."),
            "quantity:age"
        );
        assert!(
            age_subject("The defender said 15-year-old Jermayne Timmons was at the scene.")
                .starts_with("age:timmons")
        );
    }

    #[test]
    fn the_bare_age_of_the_person_just_named_is_theirs() {
        // "the 23-year-old" points back to the person last named, like "he".
        assert!(age_subject("John Jenkin was remanded in his absence. The 23-year-old is due to enter his plea in September.").starts_with("age:jenkin"));
        // Not an indefinite one, nor one further back than the sentence before.
        assert_eq!(age_subject("Police found John Jenkin at home. The bodies of two women, 68 and 48-years-old, were inside."), "quantity:age");
        assert_eq!(age_subject("John Jenkin was remanded. The case continued. A hearing was set. The 23-year-old is due in court."), "quantity:age");
    }

    #[test]
    fn a_town_named_like_a_person_of_the_document_is_that_person() {
        let places = places("President Barack Obama spoke to reporters in Denver on Monday. Obama said the rule would be reversed.");
        assert!(places.contains(&"Denver".to_string()), "{places:?}");
        assert!(!places.iter().any(|p| p == "Obama"), "{places:?}");
    }

    #[test]
    fn new_york_alone_is_the_city_and_with_state_the_state() {
        let text = "The strike cost the New York area economy $2 billion, officials in upstate New York said.";
        let subjects: Vec<String> = value_facts(text, &[ValueKind::Place])
            .into_iter()
            .map(|f| f.subject.to_string())
            .collect();
        assert_eq!(subjects, ["place:city", "place:state"]);
    }

    #[test]
    fn a_place_name_before_a_noun_marks_the_noun_as_its_slot() {
        let heads = |text: &str| -> Vec<String> {
            let doc = crosscheck_model::Document::from_text("t", "t.txt", text);
            let analysis = crate::analyze(&doc);
            let place = analysis
                .facts
                .iter()
                .find(|f| f.attribute == Attribute::Value(ValueKind::Place))
                .expect("a place");
            place
                .context
                .iter()
                .filter(|w| w.starts_with(context::HEAD))
                .cloned()
                .collect()
        };
        assert_eq!(
            heads("The chief is in a Portland hospital, in critical condition."),
            ["+hospit"]
        );
        assert!(heads("The chief was taken to hospital in Portland on Friday.").is_empty());
    }

    #[test]
    fn a_car_a_gulf_and_a_dateline_are_not_where_it_happened() {
        assert!(
            places("Williams was pulled over while driving his 2008 Bentley about 1:30 a.m.")
                .is_empty()
        );
        assert_eq!(
            places("Before his Moscow trip, the envoy met Starmer."),
            ["Moscow"]
        );
        assert!(
            !places("A warship foiled an attack in the Gulf of Aden on Friday.")
                .contains(&"Aden".to_string())
        );
        let dated =
            places("New Delhi/Mumbai: An Indian warship foiled an attack near Aden on Friday.");
        assert!(
            !dated.contains(&"Mumbai".to_string()) && !dated.contains(&"New Delhi".to_string()),
            "{dated:?}"
        );
        assert!(dated.contains(&"Aden".to_string()), "{dated:?}");
    }

    #[test]
    fn a_rate_is_not_a_total() {
        let subjects = |text: &str| -> Vec<String> {
            value_facts(text, &[ValueKind::Count, ValueKind::Quantity])
                .into_iter()
                .map(|f| f.subject.to_string())
                .collect()
        };
        assert_eq!(
            subjects("Miller is averaging 15 points per game this season."),
            ["count:point per game"]
        );
        assert_eq!(subjects("He scored 15 points in the win."), ["count:point"]);
        let paid = subjects("The deal paid him about $4 million a year.");
        assert!(
            paid.iter().all(|s| s.ends_with(" per year")) && !paid.is_empty(),
            "{paid:?}"
        );
        let dated = subjects("He was paid $4 million a year ago.");
        assert!(dated.iter().all(|s| !s.contains(" per ")), "{dated:?}");
    }

    #[test]
    fn a_vague_duration_keeps_its_floor_mark() {
        let doc = crosscheck_model::Document::from_text(
            "t",
            "t.txt",
            "Officers arrived a few minutes after the shooting.",
        );
        let analysis = crate::analyze(&doc);
        let d = analysis
            .facts
            .iter()
            .find(|f| f.attribute == Attribute::Value(ValueKind::Duration))
            .expect("a duration");
        assert_eq!(d.value.key, "120s+");
    }

    #[test]
    fn durations_compare_in_seconds() {
        assert_eq!(
            comparison_key(&duration(3.0, "hour")),
            comparison_key(&duration(180.0, "minute"))
        );
        assert_ne!(
            comparison_key(&duration(3.0, "hour")),
            comparison_key(&duration(3.0, "day"))
        );
    }
}
