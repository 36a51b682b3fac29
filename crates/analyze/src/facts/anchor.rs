//! The event a value is told of: the verb it hangs on.
//!
//! "Felt died on Friday" and "He died at 12:45 p.m. on Thursday" date one
//! event; "the rep confirmed on Friday" and "she went to Promises on
//! Tuesday" date two. Two reports that give a weekday, a clock time or a
//! duration to the same verb are telling the same thing; with different
//! verbs they most often are not. Without a part-of-speech tagger (none
//! ships in a registry package) the verb is guessed from shape: the
//! nearest past-tense or participle form ("-ed", or an irregular form from
//! the list below), or a base form after "will" / "to", in the value's
//! clause, looking left first and then right ("On Tuesday, officials
//! placed …").
//!
//! The verb is one more context token ([`crosscheck_model::context::ANCHOR`]):
//! reports of one event share it, and the value aligner weighs a shared
//! verb. (Leaving out weekdays of telling, "said Friday", was tried: on the
//! ECB+ train split it lost more drift than it saved false alarms, so a
//! verb of telling is an anchor like any other.)
//!
//! The word lists are the product's own small lexicon.

use crosscheck_model::Span;

use super::context::stem;

/// Irregular past forms and participles news uses, with their lemma.
const IRREGULAR: &[(&str, &str)] = &[
    ("met", "meet"),
    ("hit", "hit"),
    ("struck", "strike"),
    ("broke", "break"),
    ("took", "take"),
    ("began", "begin"),
    ("begun", "begin"),
    ("won", "win"),
    ("lost", "lose"),
    ("fell", "fall"),
    ("left", "leave"),
    ("came", "come"),
    ("went", "go"),
    ("gone", "go"),
    ("made", "make"),
    ("held", "hold"),
    ("told", "tell"),
    ("said", "say"),
    ("says", "say"),
    ("shot", "shoot"),
    ("found", "find"),
    ("saw", "see"),
    ("seen", "see"),
    ("led", "lead"),
    ("ran", "run"),
    ("gave", "give"),
    ("given", "give"),
    ("got", "get"),
    ("sent", "send"),
    ("spent", "spend"),
    ("kept", "keep"),
    ("paid", "pay"),
    ("sold", "sell"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("fled", "flee"),
    ("hung", "hang"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("grown", "grow"),
    ("drove", "drive"),
    ("wrote", "write"),
    ("written", "write"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("threw", "throw"),
    ("knew", "know"),
    ("drew", "draw"),
    ("fought", "fight"),
    ("brought", "bring"),
    ("bought", "buy"),
    ("caught", "catch"),
    ("sought", "seek"),
    ("became", "become"),
    ("sat", "sit"),
    ("stood", "stand"),
    ("arose", "arise"),
    ("sank", "sink"),
    ("meant", "mean"),
    ("felt", "feel"),
    ("built", "build"),
    ("heard", "hear"),
    ("woke", "wake"),
    ("chose", "choose"),
    ("died", "die"),
    ("dies", "die"),
    ("dying", "die"),
    ("killed", "kill"),
    ("quit", "quit"),
    ("beat", "beat"),
];

/// Words ending in "-ed" that are not verbs.
const NOT_VERBS: &[&str] = &[
    "hundred", "red", "bed", "need", "speed", "seed", "feed", "breed", "shed", "wed", "ahead",
    "indeed", "instead",
];

/// How many words either side are searched.
const REACH: usize = 6;

/// The Snowball stem of the verb the value at `at` (inside `sentence`)
/// hangs on ("die", "meet", "place"), if one is found.
pub fn anchor(text: &str, sentence: Span, at: Span) -> Option<String> {
    let s = sentence.slice(text);
    let rel = (
        at.start.checked_sub(sentence.start)?,
        at.end.checked_sub(sentence.start)?,
    );
    let (before, after) = (s.get(..rel.0)?, s.get(rel.1..)?);
    // The clause: cut at the nearest strong punctuation either side; a
    // colon or comma only when a space follows ("12:45", "1,500" are
    // figures, not clause ends).
    let cut_at = |t: &str, i: usize, c: char| {
        !matches!(c, ',' | ':') || t[i + c.len_utf8()..].starts_with(char::is_whitespace)
    };
    let is_cut = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–');
    let left = before
        .char_indices()
        .rev()
        .find(|&(i, c)| is_cut(c) && cut_at(before, i, c))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    // "On Tuesday, officials placed …": the comma right after an opening
    // time phrase does not end the clause.
    let after = after.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    let right = after
        .char_indices()
        .find(|&(i, c)| is_cut(c) && cut_at(after, i, c))
        .map_or(after, |(i, _)| &after[..i]);
    // Words as written: a capitalised word after "to" is a name ("went to
    // Promises"), not a verb.
    let words = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_string())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let left = words(left);
    let right = words(right);
    let found = left
        .iter()
        .rev()
        .take(REACH)
        .enumerate()
        .find_map(|(i, w)| {
            let prev = left.len().checked_sub(i + 2).and_then(|k| left.get(k));
            verb(w, prev.map(String::as_str))
        });
    let found = found.or_else(|| {
        right.iter().take(REACH).enumerate().find_map(|(i, w)| {
            verb(
                w,
                i.checked_sub(1)
                    .and_then(|k| right.get(k))
                    .map(String::as_str),
            )
        })
    });
    found.map(|lemma| stem(&lemma))
}

/// True for a past-tense or participle form as written ("died", "met",
/// "placed"), lower case.
pub fn is_past_form(written: &str) -> bool {
    past_form_stem(written).is_some()
}

/// The stem of the verb a past-tense or participle form as written
/// ("struck" → "strike", "placed" → "place"), lower case only.
pub fn past_form_stem(written: &str) -> Option<String> {
    if !written.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    verb(written, None).map(|lemma| stem(&lemma))
}

/// The lemma of `word` if it looks like a verb form; `prev` is the word before it.
fn verb(written: &str, prev: Option<&str>) -> Option<String> {
    let lower = written.to_lowercase();
    let word = lower.as_str();
    let prev = prev.map(str::to_lowercase);
    let prev = prev.as_deref();
    if let Some((_, lemma)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return Some((*lemma).to_string());
    }
    if word.len() >= 5 && word.ends_with("ed") && !NOT_VERBS.contains(&word) {
        return Some(word.to_string());
    }
    // A progressive form: "will be seeking", "was meeting".
    if matches!(prev, Some("is" | "are" | "was" | "were" | "be" | "been"))
        && word.len() >= 5
        && word.ends_with("ing")
    {
        return Some(word.to_string());
    }
    // A base form after a modal or "to": "will meet", "to resume".
    if matches!(prev, Some("will" | "to" | "would" | "shall"))
        && word.len() >= 3
        && written.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(word, "the" | "be" | "have" | "its" | "his" | "her")
    {
        return Some(word.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(sentence: &str, value: &str) -> Option<String> {
        let start = sentence.find(value).expect("value in sentence");
        anchor(
            sentence,
            Span::new(0, sentence.len()),
            Span::new(start, start + value.len()),
        )
    }

    #[test]
    fn the_nearest_verb_form_is_the_anchor() {
        assert_eq!(
            at("Mark Felt died on Friday.", "Friday"),
            Some("die".into())
        );
        assert_eq!(
            at("He died at 12:45 p.m. on Thursday at his home.", "Thursday"),
            Some("die".into())
        );
        assert_eq!(
            at("On Tuesday, team officials placed Ivory on IR.", "Tuesday"),
            Some("place".into())
        );
        assert_eq!(
            at("Ross is set to meet Lionsgate on Monday.", "Monday"),
            Some("meet".into())
        );
    }

    #[test]
    fn clause_cuts_at_wide_punctuation() {
        assert_eq!(
            at(
                "The party – founded in 2012 – will be seeking seats on Sunday.",
                "Sunday"
            ),
            Some("seek".into())
        );
    }

    #[test]
    fn no_verb_no_anchor() {
        assert_eq!(at("Thursday, December 11, 2008", "Thursday"), None);
        assert_eq!(at("A hundred people on Tuesday", "Tuesday"), None);
    }
}
