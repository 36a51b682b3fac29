//! How a sentence presents an event: as done, planned, possible or denied.
//!
//! # The rule
//! 1. **Clause.** The sentence is cut at `;` `:` `—` `–`, a spaced hyphen,
//!    and a comma followed by "but", "while", "whereas", "although",
//!    "though" or "yet", a comma followed by a participle of saying
//!    (", arguing that", ", saying", ", adding"), and the end of a quotation (`,"` / `.”`). A relative clause (", which", ", who", ", whose",
//!    ", where", ", when" up to the next comma) is a clause of its own: if
//!    `at` is inside it, it is the clause; otherwise its cues are ignored
//!    ("Witkoff, who will fly home later, met Putin on Tuesday" is asserted).
//! 2. **Cue before.** The cue nearest before `at` in the clause decides:
//!    - negated: "did not", "didn't", "never", "no", "not", "denied",
//!      "cancelled", "called off", "failed to", "ruled out";
//!    - planned: "will", "is scheduled to", "is set to", "plans to",
//!      "is expected to", "is to meet", "is due to", "prepares for", "to be
//!      held", "next week";
//!    - hypothetical: "could", "may", "might", "would", "should", "if",
//!      "unless", "whether", "potentially", "possibly", "perhaps", "likely to",
//!      "hopes to"; but a "would" after "said (that)" / "estimates were
//!      that", with no "if" before it, reports a forecast and is planned;
//!    - noun-phrase cues ("upcoming", "anticipated", "ahead of", "planned",
//!      "scheduled" → planned; "potential", "possible", "proposed" →
//!      hypothetical) count only close to `at`: at most five words between,
//!      none of them a finite verb ("the potential deal was signed in
//!      Moscow" is asserted at "Moscow").
//!
//!    Negation is tried first, so "will not meet" is negated. Cue words
//!    must be lower case unless they open the clause, so "May" (the month)
//!    and "Will" (the name) are not cues.
//! 3. **Cue after.** With no cue before, the first verbal cue after `at`
//!    and before the next "and" / "or" / "but" decides ("On Tuesday, Putin
//!    will meet Witkoff" is planned at "Tuesday").
//! 4. Otherwise the clause is **asserted** ("met", "held").
use std::sync::LazyLock;

use crosscheck_model::{Modality, Span};
use regex::Regex;

/// Every cue, one named group per meaning. Order matters where two
/// alternatives start at the same place: negation before the modal it
/// negates, verbal cues before the same word used as an adjective.
static CUES: LazyLock<Regex> = LazyLock::new(|| {
    let neg = r"\b(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can|should|may|might|must)\s+not\b|\b\w+n['’]t\b|\bcannot\b|\bnever\b|\bno\b|\bneither\b|\bnor\b|\bnot\b|\bden(?:y|ies|ied|ying)\b|\bcancel(?:l?ed|s)?\b|\bcalled\s+off\b|\bfailed\s+to\b|\bruled\s+out\b";
    let plan = r"\b(?:is|are|was|were|been|be)\s+(?:scheduled|set|due|slated|poised|expected|planning|preparing|going|about)\s+to\b|\b(?:is|are|was|were)\s+to\s+\w|\bscheduled\s+(?:to|for)\b|\bwill\b|['’]ll\b|\bshall\b|\bplan(?:s|ned)?\s+to\b|\bplanning\s+(?:to|for)\b|\bexpected\s+to\b|\bset\s+to\b|\bto\s+be\s+held\b|\bprepar(?:e|es|ed|ing)\s+for\b|\bintend(?:s|ed)?\s+to\b|\baims?\s+to\b|\bslated\s+(?:to|for)\b|\bnext\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\blater\s+(?:this|next)\s+(?:week|month|year)\b";
    let hyp = r"\b(?:could|may|might|would|should)\b|\bif\b|\bunless\b|\bwhether\b|\bpotentially\b|\bpossibly\b|\bperhaps\b|\bmaybe\b|\b(?:un)?likely\s+to\b|\bhop(?:e|es|ed|ing)\s+to\b";
    let adj_plan = r"\bupcoming\b|\bforthcoming\b|\banticipated\b|\bahead\s+of\b|\bplanned\b|\bscheduled\b|\bexpected\b";
    let adj_hyp = r"\bpotential\b|\bpossible\b|\bproposed\b|\bprospective\b|\bhypothetical\b";
    crate::regexes::ascii(&format!(
        "(?i)(?P<neg>{neg})|(?P<plan>{plan})|(?P<hyp>{hyp})|(?P<aplan>{adj_plan})|(?P<ahyp>{adj_hyp})"
    ))
});

/// Hard clause boundaries.
static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| {
    crate::regexes::ascii(
        r#"[;:—–]|\s-\s|,\s*(?:but|while|whereas|although|though|yet)\b|[,.?!]["”]|,\s*(?:arguing|saying|claiming|adding|noting|insisting|warning|accusing|alleging)\b"#,
    )
});

/// Openers of a relative clause, which ends at the next comma.
static RELATIVE: LazyLock<Regex> =
    LazyLock::new(|| crate::regexes::ascii(r",\s*(?:which|who|whom|whose|where|when)\b[^,;:—–]*"));

/// Words that stop a search for a verbal cue after `at`.
static COORDINATION: LazyLock<Regex> =
    LazyLock::new(|| crate::regexes::ascii(r"\b(?:and|or|but|then)\b"));

/// Finite verbs that end the reach of a noun-phrase cue.
static FINITE: LazyLock<Regex> = LazyLock::new(|| {
    crate::regexes::ascii(
        r"(?i)\b(?:is|are|was|were|has|have|had|did|does|do|said|says|met|held)\b",
    )
});

/// What a cue says, and whether it is verbal or sits in a noun phrase.
#[derive(Clone, Copy)]
struct Cue {
    start: usize,
    end: usize,
    modality: Modality,
    adjectival: bool,
}

/// The modality of the clause of `sentence` that holds `at`.
pub fn of_clause(text: &str, sentence: Span, at: Span) -> Modality {
    let Some(s) = text.get(sentence.start..sentence.end) else {
        return Modality::Asserted;
    };
    // Work in offsets relative to the sentence.
    let at_start = at.start.clamp(sentence.start, sentence.end) - sentence.start;
    let at_end = at.end.clamp(sentence.start, sentence.end) - sentence.start;
    if !s.is_char_boundary(at_start) || !s.is_char_boundary(at_end) {
        return Modality::Asserted;
    }
    match in_clause(s, at_start, at_end) {
        Modality::Negated | Modality::Hypothetical if presupposed(s, at_start, at_end) => {
            Modality::Asserted
        }
        m => m,
    }
}

/// [`of_clause`] for offsets into the sentence `s`, before the
/// possessive check.
fn in_clause(s: &str, at_start: usize, at_end: usize) -> Modality {
    let (clause, skipped) = clause_of(s, at_start, at_end);
    let cues: Vec<Cue> = cached_cues(s, clause, &skipped);

    let before = cues.iter().rev().find(|c| {
        c.start < at_start && (!c.adjectival || close_enough(&s[c.end.min(at_start)..at_start]))
    });
    if let Some(c) = before {
        // "she never recovered consciousness and died on Saturday": a second
        // verb in the past tense, joined by "and", is a statement of its
        // own; the cue stays with the first ("did not meet and talk" keeps
        // its negation: "talk" is no past form).
        let gap = &s[c.end.min(at_start)..at_start];
        if new_past_conjunct(gap) {
            return Modality::Asserted;
        }
        let conditional = cues
            .iter()
            .any(|o| o.start < c.start && o.modality == Modality::Hypothetical);
        if !conditional && reported_future(s, c) {
            return Modality::Planned;
        }
        return c.modality;
    }
    // "Geneva as Possible Venue for Peace Negotiations": a name offered as
    // a possible one, in a sentence or a title-case heading.
    static OFFERED_AS: LazyLock<Regex> = LazyLock::new(|| {
        crate::regexes::ascii(
            r"(?i)^\s*as\s+(?:an?\s+|the\s+)?(?:possible|potential|proposed|prospective)\b",
        )
    });
    if OFFERED_AS.is_match(&s[at_end..clause.1]) {
        return Modality::Hypothetical;
    }
    let reach = COORDINATION
        .find(&s[at_end..clause.1])
        .map_or(clause.1, |m| at_end + m.start());
    cues.iter()
        .find(|c| c.start >= at_end && c.end <= reach && !c.adjectival)
        .map_or(Modality::Asserted, |c| c.modality)
}

/// True when the value sits in a possessive noun phrase, which takes what
/// it describes for granted whatever negation or hedge the verb around it
/// carries (a plan stays a plan: "ahead of Tuesday's summit"): "did not
/// play in Tuesday night's win" still dates the win, "won't be enough to
/// keep her around for her court-ordered 72-day stay" still gives the
/// stay's length. A day or time owns what follows ("Sunday's loss"); a
/// hyphenated figure ("72-day", "12-year") is owned by a possessive
/// pronoun at most two words before it ("his 12-year sentence").
fn presupposed(s: &str, at_start: usize, at_end: usize) -> bool {
    static OWNS: LazyLock<Regex> = LazyLock::new(|| {
        crate::regexes::ascii(r"^(?:\s+(?:night|morning|afternoon|evening))?['’]s\b")
    });
    static OWNED: LazyLock<Regex> = LazyLock::new(|| {
        crate::regexes::ascii(r"\b(?:her|his|its|their|our|my|your)\s+(?:[a-z][\w-]*\s+){0,2}$")
    });
    let value = &s[at_start..at_end];
    OWNS.is_match(&s[at_end..])
        || (value.contains('-')
            && value.starts_with(|c: char| c.is_alphanumeric())
            && OWNED.is_match(&s[..at_start]))
}

/// A "would" that reports what someone said or estimated will happen
/// ("Seacom said that it would take 9 days to repair the cable") is the
/// future seen from the past, a plan or forecast like "will take", not a
/// possibility; "would have" stays hypothetical.
fn reported_future(s: &str, c: &Cue) -> bool {
    static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
        crate::regexes::ascii(
            r"(?i)\b(?:said|says|stated|announced|estimated|predicted|indicated|reported|told\s+\w+)\b|\b(?:say|states|estimates|estimate|expected|believed|were|was)\s+that\b",
        )
    });
    let cue = &s[c.start..c.end];
    cue.eq_ignore_ascii_case("would")
        && !s[c.end..]
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("have")
        && REPORTED.is_match(&s[..c.start])
}

/// True when `gap` holds "and" followed by a past-tense verb form.
fn new_past_conjunct(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.windows(2).any(|w| {
        w[0].eq_ignore_ascii_case("and")
            && crate::facts::is_past_form(w[1].trim_matches(|c: char| !c.is_alphabetic()))
    })
}

/// A noun-phrase cue reaches `at` across at most five words and no finite verb.
fn close_enough(gap: &str) -> bool {
    gap.split_whitespace().count() <= 5 && !FINITE.is_match(gap)
}

/// A start and end byte within a sentence.
type ByteRange = (usize, usize);

/// One sentence's clause boundaries and the cues of its clauses, kept
/// while the values of that sentence are read: a sentence holds several
/// values, and the regexes are most of the cost of this module.
#[derive(Default)]
struct SentenceCache {
    /// The sentence itself: compared by content, since a freed document's
    /// text may be followed by another at the same address.
    sentence: String,
    boundaries: Vec<(usize, usize)>,
    relatives: Vec<(ByteRange, Vec<ByteRange>)>,
    cues: Vec<Cue>,
}

thread_local! {
    static CACHE: std::cell::RefCell<SentenceCache> = std::cell::RefCell::new(SentenceCache::default());
}

/// Run `f` on the cache for sentence `s`, emptied first when `s` is not the
/// sentence it holds.
fn with_cache<R>(s: &str, f: impl FnOnce(&mut SentenceCache) -> R) -> R {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.sentence != s {
            *c = SentenceCache {
                sentence: s.to_string(),
                boundaries: BOUNDARY
                    .find_iter(s)
                    .map(|m| (m.start(), m.end()))
                    .collect(),
                relatives: Vec::new(),
                cues: raw_cues(s),
            };
        }
        f(&mut c)
    })
}

fn cached_cues(s: &str, clause: (usize, usize), skipped: &[(usize, usize)]) -> Vec<Cue> {
    with_cache(s, |c| cues_in(s, &c.cues, clause, skipped))
}

/// The clause holding `[at_start, at_end)` as a range of `s`, and the
/// relative clauses inside it that do not hold `at`.
fn clause_of(s: &str, at_start: usize, at_end: usize) -> ((usize, usize), Vec<(usize, usize)>) {
    let mut start = 0;
    let mut end = s.len();
    let boundaries = with_cache(s, |c| c.boundaries.clone());
    for &(ms, me) in &boundaries {
        if me <= at_start {
            start = me;
        } else if ms >= at_end {
            end = ms;
            break;
        }
    }
    let relatives = with_cache(s, |c| {
        if let Some((_, r)) = c.relatives.iter().find(|(range, _)| *range == (start, end)) {
            return r.clone();
        }
        let r: Vec<(usize, usize)> = RELATIVE
            .find_iter(&s[start..end])
            .map(|m| (start + m.start(), start + m.end()))
            .collect();
        c.relatives.push(((start, end), r.clone()));
        r
    });
    let mut skipped = Vec::new();
    for (rs, re) in relatives {
        if rs <= at_start && at_end <= re {
            return ((rs, re), Vec::new());
        }
        skipped.push((rs, re));
    }
    ((start, end), skipped)
}

/// Every cue match of the sentence, before the clause rules: start, end
/// and meaning. Cue words never hold a clause boundary, so matching the
/// whole sentence once finds the same cues as matching each clause.
fn raw_cues(s: &str) -> Vec<Cue> {
    let mut out = Vec::new();
    for m in CUES.find_iter(s) {
        // The match's groups: the search restarts at its start, so the
        // fast engine finds matches and the slower one only names them.
        let Some(c) = CUES.captures_at(s, m.start()) else {
            continue;
        };
        let (modality, adjectival) = if c.name("neg").is_some() {
            (Modality::Negated, false)
        } else if c.name("plan").is_some() {
            (Modality::Planned, false)
        } else if c.name("hyp").is_some() {
            (Modality::Hypothetical, false)
        } else if c.name("aplan").is_some() {
            (Modality::Planned, true)
        } else {
            (Modality::Hypothetical, true)
        };
        out.push(Cue {
            start: m.start(),
            end: m.end(),
            modality,
            adjectival,
        });
    }
    out
}

/// Cues inside `clause`, outside `skipped`, in text order.
fn cues_in(s: &str, raw: &[Cue], clause: (usize, usize), skipped: &[(usize, usize)]) -> Vec<Cue> {
    let (cs, ce) = clause;
    let mut out = Vec::new();
    for &c in raw.iter().filter(|c| cs <= c.start && c.end <= ce) {
        if skipped.iter().any(|&(a, b)| a <= c.start && c.start < b) {
            continue;
        }
        // Lower case unless the cue opens the clause ("May", "Will" are names).
        let opens = !s[cs..c.start].chars().any(char::is_alphanumeric);
        if !opens && s[c.start..].starts_with(char::is_uppercase) {
            continue;
        }
        if c.modality == Modality::Negated && not_a_negation(&s[c.end..]) {
            continue;
        }
        out.push(c);
    }
    out
}

/// "no later than", "not only", "no more than", "no small feat": bounds,
/// emphasis and understatement, not negation of the event. "was not
/// (immediately) known", "did not say", "has not been disclosed": what is
/// denied is the knowing or telling, while the event itself is taken for
/// granted ("the cause of his death on Monday was not immediately known"
/// still says he died on Monday).
fn not_a_negation(after: &str) -> bool {
    let mut words = after
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| {
            !matches!(
                w.as_str(),
                "immediately" | "yet" | "publicly" | "officially" | "been" | "be"
            )
        });
    let next = words.next().unwrap_or_default();
    // Litotes: "it was no small feat that he scored on Saturday".
    let litotes = matches!(next.as_str(), "small" | "mean" | "easy" | "little")
        && words.next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "feat"
                    | "task"
                    | "achievement"
                    | "accomplishment"
                    | "matter"
                    | "thing"
                    | "measure"
                    | "part"
            )
        });
    litotes
        || matches!(
            next.as_str(),
            "later"
                | "more"
                | "less"
                | "fewer"
                | "only"
                | "least"
                | "sooner"
                | "doubt"
                | "known"
                | "clear"
                | "disclosed"
                | "disclose"
                | "identified"
                | "identify"
                | "released"
                | "say"
                | "said"
                | "specify"
                | "specified"
                | "elaborate"
                | "comment"
                | "available"
                | "determined"
                | "named"
                | "name"
                | "reveal"
                | "revealed"
                | "give"
                | "given"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The modality at the first occurrence of `word` in `sentence`.
    fn at(sentence: &str, word: &str) -> Modality {
        let start = sentence.find(word).expect("word in sentence");
        of_clause(
            sentence,
            Span::new(0, sentence.len()),
            Span::new(start, start + word.len()),
        )
    }

    #[test]
    fn planned() {
        assert_eq!(
            at("Putin is scheduled to meet Witkoff on Tuesday.", "Tuesday"),
            Modality::Planned
        );
        assert_eq!(
            at("Witkoff will meet Putin in Moscow.", "Moscow"),
            Modality::Planned
        );
        assert_eq!(
            at("Witkoff is set to travel to Moscow.", "Moscow"),
            Modality::Planned
        );
        assert_eq!(
            at("The envoy plans to visit Kyiv.", "Kyiv"),
            Modality::Planned
        );
        assert_eq!(
            at("Putin is expected to host talks on Friday.", "Friday"),
            Modality::Planned
        );
        assert_eq!(
            at("Putin is to meet the envoy on Friday.", "Friday"),
            Modality::Planned
        );
        assert_eq!(
            at("Talks are due to resume on Friday.", "Friday"),
            Modality::Planned
        );
        assert_eq!(
            at("This anticipated Tuesday summit drew attention.", "Tuesday"),
            Modality::Planned
        );
        assert_eq!(
            at(
                "Officials briefed reporters ahead of Tuesday's summit.",
                "Tuesday"
            ),
            Modality::Planned
        );
        assert_eq!(
            at("The upcoming meeting in Geneva matters.", "Geneva"),
            Modality::Planned
        );
        assert_eq!(
            at("Kyiv prepares for talks in Geneva.", "Geneva"),
            Modality::Planned
        );
        assert_eq!(
            at("On Tuesday, Putin will meet Witkoff.", "Tuesday"),
            Modality::Planned
        );
    }

    #[test]
    fn asserted() {
        assert_eq!(
            at("Witkoff met Putin in Moscow on Tuesday.", "Tuesday"),
            Modality::Asserted
        );
        assert_eq!(
            at("The sides held a three-hour meeting.", "three-hour"),
            Modality::Asserted
        );
        // A cue in a relative clause does not reach the main clause.
        assert_eq!(
            at(
                "Witkoff, who will fly home later, met Putin on Tuesday.",
                "Tuesday"
            ),
            Modality::Asserted
        );
        // Nor does a cue in another clause.
        assert_eq!(
            at(
                "Talks could resume; Witkoff met Putin on Tuesday.",
                "Tuesday"
            ),
            Modality::Asserted
        );
        assert_eq!(
            at(
                "Talks may go on, but Witkoff met Putin on Tuesday.",
                "Tuesday"
            ),
            Modality::Asserted
        );
        // A noun-phrase cue does not reach across a verb.
        assert_eq!(
            at("The potential deal was signed in Moscow.", "Moscow"),
            Modality::Asserted
        );
        // "May" the month and "Will" the name are not cues.
        assert_eq!(
            at("In May, Will met Putin in Sochi.", "Sochi"),
            Modality::Asserted
        );
        // A cue after a coordination belongs to the other verb.
        assert_eq!(
            at(
                "Witkoff met Putin in Moscow and will return in May.",
                "Moscow"
            ),
            Modality::Asserted
        );
        assert_eq!(
            at("Talks must end no later than Friday.", "Friday"),
            Modality::Asserted
        );
        assert_eq!(
            at(
                "The exact cause of his death at home on Monday was not immediately known.",
                "Monday"
            ),
            Modality::Asserted
        );
        assert_eq!(
            at(
                "Police did not say how the 12 suspects entered the building.",
                "12"
            ),
            Modality::Asserted
        );
        // What someone argues is not the event they took part in.
        assert_eq!(
            at("Three groups filed suit in San Francisco, arguing that the rules failed to follow the law.", "San Francisco"),
            Modality::Asserted
        );
        // A quotation is its own clause.
        assert_eq!(
            at(
                "\"We need engineers, not speeches,\" said Tomas Hrebec in Sarnow.",
                "Sarnow"
            ),
            Modality::Asserted
        );
    }

    #[test]
    fn a_would_that_reports_a_forecast_is_planned() {
        assert_eq!(
            at("Seacom said that their estimates were that it would take 9 days to repair the cable.", "9 days"),
            Modality::Planned
        );
        assert_eq!(
            at(
                "He said that he would have won in three days.",
                "three days"
            ),
            Modality::Hypothetical
        );
        assert_eq!(
            at(
                "He said that if it rained, it would take two days.",
                "two days"
            ),
            Modality::Hypothetical
        );
        // "said" without "that" reports the forecast just the same.
        assert_eq!(
            at(
                "Surrey Police said officers would remain at the scene until Tuesday.",
                "Tuesday"
            ),
            Modality::Planned
        );
        assert_eq!(
            at(
                "Police said if it rained officers would remain until Tuesday.",
                "Tuesday"
            ),
            Modality::Hypothetical
        );
    }

    #[test]
    fn hypothetical() {
        assert_eq!(
            at("The leaders could meet in Geneva.", "Geneva"),
            Modality::Hypothetical
        );
        assert_eq!(
            at("They may meet on Friday.", "Friday"),
            Modality::Hypothetical
        );
        assert_eq!(
            at("A deal would take ten days.", "ten days"),
            Modality::Hypothetical
        );
        assert_eq!(
            at("If they meet in Geneva, a deal follows.", "Geneva"),
            Modality::Hypothetical
        );
        assert_eq!(
            at("A ceasefire is possible within ten days.", "ten days"),
            Modality::Hypothetical
        );
        assert_eq!(
            at("Talks could potentially move to Istanbul.", "Istanbul"),
            Modality::Hypothetical
        );
        // A heading that offers a place: "Geneva as Possible Venue".
        assert_eq!(
            at("Geneva as Possible Venue for Peace Negotiations", "Geneva"),
            Modality::Hypothetical
        );
        assert_eq!(
            at("Geneva, as the city was known, hosted talks.", "Geneva"),
            Modality::Asserted
        );
        // The clause that holds `at` decides, even inside a relative clause.
        assert_eq!(
            at(
                "Witkoff met Putin, who might visit Washington.",
                "Washington"
            ),
            Modality::Hypothetical
        );
    }

    #[test]
    fn negated() {
        assert_eq!(
            at("Putin did not meet Witkoff on Tuesday.", "Tuesday"),
            Modality::Negated
        );
        assert_eq!(
            at("Putin didn’t meet Witkoff on Tuesday.", "Tuesday"),
            Modality::Negated
        );
        assert_eq!(
            at("Putin never met Witkoff in Moscow.", "Moscow"),
            Modality::Negated
        );
        assert_eq!(
            at("No meeting was held on Tuesday.", "Tuesday"),
            Modality::Negated
        );
        assert_eq!(
            at(
                "The Kremlin denied a meeting took place in Moscow.",
                "Moscow"
            ),
            Modality::Negated
        );
        assert_eq!(
            at("Witkoff will not travel to Moscow.", "Moscow"),
            Modality::Negated
        );
        // The negation stays with its own verb.
        assert_eq!(
            at(
                "Putin did not meet and talk with Witkoff on Tuesday.",
                "Tuesday"
            ),
            Modality::Negated
        );
        assert_eq!(
            at(
                "She never recovered consciousness and died late on Saturday.",
                "Saturday"
            ),
            Modality::Asserted
        );
    }

    #[test]
    fn understatement_is_no_negation() {
        assert_eq!(
            at(
                "It was no small feat that he broke the record on Saturday night.",
                "Saturday"
            ),
            Modality::Asserted
        );
        assert_eq!(
            at("No small children were hurt on Saturday.", "Saturday"),
            Modality::Negated
        );
    }

    #[test]
    fn a_possessive_phrase_is_taken_for_granted() {
        assert_eq!(
            at(
                "Harrison did not play in Tuesday night's win over Jacksonville.",
                "Tuesday"
            ),
            Modality::Asserted
        );
        assert_eq!(
            at("He could miss Sunday's game against Seattle.", "Sunday"),
            Modality::Asserted
        );
        assert_eq!(
            at(
                "The clinic won't be enough to keep her around for her court-ordered 72-day stay.",
                "72-day"
            ),
            Modality::Asserted
        );
        // Not a possessive: the day and the figure are what is denied.
        assert_eq!(
            at("Harrison did not play on Tuesday night.", "Tuesday"),
            Modality::Negated
        );
        assert_eq!(
            at("The Sox will not offer a 10-year deal.", "10-year"),
            Modality::Negated
        );
        assert_eq!(
            at("Police did not tell her 15 people had died.", "15"),
            Modality::Negated
        );
    }

    #[test]
    fn spans_outside_the_sentence_are_safe() {
        let text = "Witkoff will meet Putin.";
        // Clamped to the sentence's end, after "will".
        assert_eq!(
            of_clause(text, Span::new(0, text.len()), Span::new(90, 95)),
            Modality::Planned
        );
        // Not on a character boundary: no panic.
        let accented = "Witkoff will meet Putin in Zürich.";
        let u = accented.find('ü').expect("ü") + 1;
        assert_eq!(
            of_clause(accented, Span::new(0, accented.len()), Span::new(u, u + 1)),
            Modality::Asserted
        );
        assert_eq!(
            of_clause(text, Span::new(0, 99), Span::new(0, 4)),
            Modality::Asserted
        );
    }
}
