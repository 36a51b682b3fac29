//! Names of people, organisations and places, their titles and roles, and
//! within-document coreference of short names.
//!
//! Two passes. Pass 1 finds name cores in every sentence, classifies them
//! from the lexicons and reads the role written with each. Pass 2 weighs
//! document evidence: a capitalised word is a person if the document names
//! that surname elsewhere with evidence (a given name, a title, an
//! honorific); title-case headline lines keep only names known from the
//! lexicons or the body, so "Key Meeting" is never a person.

mod coref;
mod names;
mod roles;
mod tokens;

use std::collections::{HashMap, HashSet};

use crosscheck_model::{Entity, EntityKind, Mention, PersonName, Role, Sentence, Span};

use crate::lexicon;
use names::{Class, Core};
use tokens::Tok;

pub use coref::name_key;

/// One name core after pass 1.
struct Cand {
    sentence: usize,
    core: Core,
    class: Class,
    role: Option<Role>,
    honorific: bool,
    initial: bool,
    /// Inside a list label before a colon ("- Mutual Interests: ...").
    label: bool,
}

/// Per-sentence facts.
struct Sent<'a> {
    toks: Vec<Tok<'a>>,
    headline: bool,
}

/// Find name mentions and group them into document-local entities.
pub fn find(text: &str, sentences: &[Sentence]) -> (Vec<Mention>, Vec<Entity>) {
    let sents: Vec<Sent<'_>> = sentences
        .iter()
        .map(|s| {
            let toks = tokens::tokenize(text, s.span.start, s.span.end);
            let headline = is_headline(&text[s.span.start..s.span.end], &toks);
            Sent { toks, headline }
        })
        .collect();
    // Words the document writes in lower case: capitalised forms of them
    // without other evidence are ordinary words ("Key", "Meeting").
    let lower: HashSet<&str> = sents
        .iter()
        .flat_map(|s| s.toks.iter())
        .filter(|t| t.is_word() && t.text.chars().next().is_some_and(|c| c.is_lowercase()))
        .map(|t| t.text)
        .collect();

    // Pass 1.
    let mut cands = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        let t = &s.toks;
        let all_caps = s.headline
            && t.iter()
                .filter(|x| x.is_word())
                .all(|x| x.is_all_caps() || !x.is_cap());
        for core in names::cores(t) {
            let class = names::classify(t, core, all_caps);
            let mut role = None;
            let mut honorific = false;
            if matches!(class, Class::Person | Class::Unknown)
                || class == Class::Place && core.end - core.start == 1
            {
                let pre = roles::premodifier(text, t, core.start);
                honorific = pre.honorific;
                role = pre.role;
                if role.is_none() && core.start >= 2 && t[core.start - 1].is_punct(",") {
                    role = roles::role_before(text, t, core.start - 1, true);
                }
                if role.is_none()
                    && core.end < t.len()
                    && t[core.end].is_punct(",")
                    && !t[core.end - 1].possessive
                {
                    role = roles::apposition(text, t, core.end);
                }
            }
            let label = in_label(t, core);
            cands.push(Cand {
                sentence: si,
                core,
                class,
                role,
                honorific,
                initial: is_initial(t, core.start),
                label,
            });
        }
    }

    // Evidence from the body: surnames of people named with evidence, and
    // organisation / place names.
    let mut surnames: HashSet<String> = HashSet::new();
    // Each with the kind the body gives it: "The AMA said" makes the
    // headline's "AMA" the organisation, not the town the gazetteer knows.
    let mut known: HashMap<String, EntityKind> = HashMap::new();
    for c in &cands {
        let s = &sents[c.sentence];
        if s.headline {
            continue;
        }
        // A title before a one-word name makes it a person even when a
        // town has that name ("President Obama", "Gov. Palin"), as below.
        let titled = c.honorific || c.role.is_some();
        let strong_person = c.class == Class::Person
            || titled && matches!(c.class, Class::Unknown | Class::Person)
            || titled && c.class == Class::Place && c.core.end - c.core.start == 1;
        if strong_person {
            let p = names::person_name(text, &s.toks, c.core);
            surnames.insert(lexicon::fold(&p.surname));
        } else if matches!(c.class, Class::Org | Class::Place) {
            // Only names that stand on their own: lexicon entries, acronyms,
            // multi-word organisation names outside list labels.
            let name = roles::join(&s.toks, c.core.start, c.core.end - 1);
            let words = c.core.end - c.core.start;
            let standalone = c.class == Class::Place
                || lexicon::known_org(&name).is_some()
                || words == 1 && s.toks[c.core.start].is_all_caps()
                || words >= 2 && !c.label;
            if standalone {
                let kind = if c.class == Class::Place {
                    EntityKind::Place
                } else {
                    EntityKind::Organization
                };
                known.entry(lexicon::fold(&name)).or_insert(kind);
            }
        }
    }

    // Pass 2.
    let mut mentions = Vec::new();
    for c in &cands {
        let s = &sents[c.sentence];
        resolve(text, c, s, &surnames, &known, &lower, &mut mentions);
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions.dedup_by(|b, a| a.span.overlaps(b.span));
    let entities = coref::link(text, &mut mentions);
    (mentions, entities)
}

/// Decide what one candidate is, given document evidence, and push its mention(s).
fn resolve(
    text: &str,
    c: &Cand,
    s: &Sent<'_>,
    surnames: &HashSet<String>,
    known: &HashMap<String, EntityKind>,
    lower: &HashSet<&str>,
    out: &mut Vec<Mention>,
) {
    let t = &s.toks;
    let words = c.core.end - c.core.start;
    let core_text = roles::join(t, c.core.start, c.core.end - 1);
    let lower_attested = |w: &str| lower.contains(w.to_lowercase().as_str());
    let is_surname = |w: &str| surnames.contains(&lexicon::fold(w));
    let push = |out: &mut Vec<Mention>, kind: EntityKind, core: Core, role: Option<Role>| {
        let person = (kind == EntityKind::Person).then(|| names::person_name(text, t, core));
        out.push(Mention {
            span: names::span(t, core),
            sentence: c.sentence,
            kind,
            person,
            role,
            entity: 0,
        });
    };
    let evidence =
        c.honorific || c.role.is_some() || age_follows(&text[t[c.core.end - 1].full_end..]);

    match c.class {
        Class::Org => {
            let lexical = lexicon::known_org(&core_text).is_some()
                || words == 1 && t[c.core.start].is_all_caps();
            // An organisation word alone ("Review", "Times") is not a name; list
            // labels ("International Alliance: ...") are not names either.
            let fine = lexical
                || known.contains_key(&lexicon::fold(&core_text))
                || !s.headline && words >= 2 && !c.label;
            if fine {
                push(out, EntityKind::Organization, c.core, None);
            }
            return;
        }
        Class::Place => {
            // "Mr. Obama", "Minister Palin": a title before a one-word name
            // makes it a person, whatever town the gazetteer knows by it.
            // So does a surname the document gives a person elsewhere
            // ("directed at Palin" after "Sarah Palin").
            // Not a country or a state: "U.S. Envoy for Ukraine" and
            // "Ukraine, a major grain producer" give a place a description,
            // and no title makes Ukraine or Texas a person.
            let kind = lexicon::place(&core_text).map(|p| p.kind);
            let nation = matches!(
                kind,
                Some(lexicon::PlaceKind::Country | lexicon::PlaceKind::State)
            );
            if !nation
                && (c.honorific
                    || c.role.is_some() && words == 1
                    || words == 1
                        && (beside_nickname(
                            text,
                            t[c.core.start].start,
                            t[c.core.end - 1].full_end,
                        ) || is_surname(&core_text)))
            {
                push(out, EntityKind::Person, c.core, c.role.clone());
                return;
            }
            // One-word places that are also ordinary words ("Split", "Mission")
            // need a position where capitals mean something.
            let ordinary = words == 1 && lower_attested(t[c.core.start].text);
            // Headlines and labels: small places only when the body names them.
            let city = kind == Some(lexicon::PlaceKind::City);
            let unsure =
                (s.headline || c.label) && city && !known.contains_key(&lexicon::fold(&core_text));
            if !(ordinary && (s.headline || c.initial)) && !unsure {
                push(out, EntityKind::Place, c.core, None);
            }
            return;
        }
        _ => {}
    }

    // Person or unknown.
    let last = t[c.core.end - 1].text;
    // "Palmer Public Safety Director Jon Owen": several name words right
    // before a title name whose title it is (an office, a company), not a
    // person ("Palmer" is a given name, "Safety" no surname).
    let title_follows = t
        .get(c.core.end)
        .is_some_and(|x| x.is_cap() && names::is_title_word(x));
    if title_follows && words >= 2 && !c.honorific {
        return;
    }
    if !s.headline {
        if c.class == Class::Person
            || evidence
            || is_surname(last)
            || known_full(surnames, t, c.core)
        {
            push(out, EntityKind::Person, c.core, c.role.clone());
            return;
        }
        if words == 1 {
            if let Some(&k) = known.get(&lexicon::fold(last)) {
                // An organisation or place the body names elsewhere.
                push(out, k, c.core, None);
            } else {
                hyphen_parts(text, c, s, surnames, out);
            }
            return;
        }
        // Several capitalised unknown words mid-sentence, none of them an
        // ordinary word of this document: most likely a person.
        let plain = t[c.core.start..c.core.end].iter().all(|x| {
            !lower_attested(x.text)
                && x.text
                    .chars()
                    .all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'')
        });
        // At a sentence's start, "Mark Vinar" or "Miles Vinar" could open
        // with a word ("Mark", "Miles"); what follows tells: a speech verb
        // or an apposition describing the bearer ("Mark Vinar, an
        // Australian climber").
        let word_given = words == 2 && lexicon::is_word_given_name(t[c.core.start].text);
        let initial_person =
            c.initial && word_given && person_cue_after(&text[t[c.core.end - 1].full_end..]);
        if plain && (!c.initial || initial_person) && !c.label && words <= 3 {
            // "Boston Red Sox": a name opened by a place is a team or company.
            // Nor is one opened by a compass point or a nationality a
            // person's ("North Atlantic", "French Titanic"): no given name
            // is either.
            let first = t[c.core.start].text;
            let not_given = crate::frames::words::compass(&first.to_lowercase()).is_some()
                || lexicon::demonym(first).is_some() && !lexicon::is_given_name(first);
            let kind = if lexicon::place(first).is_some() || not_given {
                EntityKind::Organization
            } else {
                EntityKind::Person
            };
            push(
                out,
                kind,
                c.core,
                if kind == EntityKind::Person {
                    c.role.clone()
                } else {
                    None
                },
            );
        }
        return;
    }

    // Headline lines: only names the document or the lexicons know, and a
    // line that is nothing but a bulleted name ("- Jennifer Lawrence" in a
    // cast list), which names a person as plainly as a sentence would.
    let bulleted_name = c.class == Class::Person
        && (2..=3).contains(&words)
        && t.first()
            .is_some_and(|x| ["-", "•", "*", "–"].iter().any(|b| x.is_punct(b)))
        && t.iter()
            .enumerate()
            .all(|(k, x)| !x.is_word() || (c.core.start..c.core.end).contains(&k));
    if bulleted_name || is_surname(last) && (c.class == Class::Person || words == 1) {
        push(out, EntityKind::Person, c.core, c.role.clone());
        return;
    }
    for (k, tok) in t.iter().enumerate().take(c.core.end).skip(c.core.start) {
        let w = tok.text;
        let one = Core {
            start: k,
            end: k + 1,
        };
        if is_surname(w) || (k == c.core.start && evidence && !lower_attested(w)) {
            push(
                out,
                EntityKind::Person,
                one,
                if k == c.core.start {
                    c.role.clone()
                } else {
                    None
                },
            );
        } else if let Some(&kind) = known.get(&lexicon::fold(w)) {
            push(out, kind, one, None);
        } else if w.contains('-') {
            let sub = Cand {
                sentence: c.sentence,
                core: one,
                class: Class::Unknown,
                role: None,
                honorific: false,
                initial: false,
                label: false,
            };
            hyphen_parts(text, &sub, s, surnames, out);
        }
    }
}

/// True when the text after a name gives an age: "Mark Jenkin, 23, had
/// been…", "Reid (33) said". Only people are described so, which settles a
/// name whose words are also ordinary ones ("Mark").
fn age_follows(after: &str) -> bool {
    let (open, close): (&str, &[char]) = if after.starts_with(',') {
        (",", &[',', '.'])
    } else {
        ("(", &[')'])
    };
    let Some(rest) = after.strip_prefix(open) else {
        return false;
    };
    let rest = rest.trim_start_matches(' ');
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with(close)
}

/// True when the text after a name shows it names someone: a speech verb
/// ("Miles Vinar spoke to ONE News") or an apposition with an article
/// ("Mark Vinar, an Australian climber from Perth").
fn person_cue_after(after: &str) -> bool {
    if let Some(rest) = after.strip_prefix(", ") {
        return ["a ", "an ", "the "].iter().any(|a| rest.starts_with(a));
    }
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    after.starts_with(' ') && crate::lexicon::is_speech_verb(next)
}

/// True when the word at `start..end` is half of a name split by a quoted
/// nickname: `Vincent "The Chin" Gigante`, `Luis Gerardo "Jerry" Ortiz`.
/// Either half may be a town somewhere; beside a nickname it is a person.
fn beside_nickname(text: &str, start: usize, end: usize) -> bool {
    const QUOTES: &[char] = &['"', '\'', '“', '”', '‘', '’'];
    // A quoted run of one to three capitalised words.
    let nickname = |q: &str| {
        let words: Vec<&str> = q.split_whitespace().collect();
        (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let capitalised = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    let after = &text[end..];
    if let Some(rest) = after.strip_prefix(' ').and_then(|r| r.strip_prefix(QUOTES)) {
        if let Some(close) = rest.find(QUOTES) {
            if close < 30 && nickname(&rest[..close]) {
                let next = rest[close..].trim_start_matches(QUOTES);
                if next.starts_with(' ') && capitalised(next.split_whitespace().next()) {
                    return true;
                }
            }
        }
    }
    let before = &text[..start];
    if let Some(rest) = before
        .strip_suffix(' ')
        .and_then(|r| r.strip_suffix(QUOTES))
    {
        if let Some(open) = rest.rfind(QUOTES) {
            if rest.len() - open < 30 && nickname(rest[open..].trim_start_matches(QUOTES)) {
                let prev = rest[..open]
                    .strip_suffix(' ')
                    .and_then(|r| r.split_whitespace().last());
                if capitalised(prev) {
                    return true;
                }
            }
        }
    }
    false
}

/// True if the core's words are a surname the body already knows
/// ("Donald Trump" after "President Donald Trump").
fn known_full(surnames: &HashSet<String>, t: &[Tok<'_>], core: Core) -> bool {
    core.end - core.start >= 2 && surnames.contains(&lexicon::fold(t[core.end - 1].text))
}

/// "Ukraine-Russia", "U.S.-Russia", "Zelensky-Macron": each part a known
/// place or a known surname becomes its own mention.
fn hyphen_parts(
    text: &str,
    c: &Cand,
    s: &Sent<'_>,
    surnames: &HashSet<String>,
    out: &mut Vec<Mention>,
) {
    let tok = &s.toks[c.core.start];
    if c.core.end - c.core.start != 1 || !tok.text.contains('-') {
        return;
    }
    let mut found = Vec::new();
    let mut off = tok.start;
    for part in tok.text.split('-') {
        let span = Span::new(off, off + part.len());
        off += part.len() + 1;
        if !part.chars().next().is_some_and(|ch| ch.is_uppercase()) {
            return;
        }
        if lexicon::place(part).is_some() {
            found.push((span, EntityKind::Place, None));
        } else if surnames.contains(&lexicon::fold(part)) {
            let p = PersonName {
                given: None,
                surname: text[span.start..span.end].to_string(),
            };
            found.push((span, EntityKind::Person, Some(p)));
        } else {
            return;
        }
    }
    for (span, kind, person) in found {
        out.push(Mention {
            span,
            sentence: c.sentence,
            kind,
            person,
            role: None,
            entity: 0,
        });
    }
}

/// True if token `k` starts the sentence (ignoring bullets, quotes, table
/// bars) or follows a colon: capitals there are not evidence of a name.
fn is_initial(t: &[Tok<'_>], k: usize) -> bool {
    match t[..k].iter().rposition(|x| x.is_word()) {
        None => true,
        Some(w) => t[w + 1..k]
            .iter()
            .any(|x| x.is_punct(":") || x.is_punct("|")),
    }
}

/// True if the core sits in a list label: a short lead-in ended by a colon
/// ("- Focus on Mutual Interests: Identify ...").
fn in_label(t: &[Tok<'_>], core: Core) -> bool {
    let Some(colon) = t.iter().take(10).position(|x| x.is_punct(":")) else {
        return false;
    };
    core.end <= colon && t[..colon].iter().filter(|x| x.is_word()).count() <= 6
}

/// A title-case line: a headline, a table row, a list heading. Most
/// content words are capitalised and it does not end like a sentence.
fn is_headline(sentence: &str, t: &[Tok<'_>]) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "for", "to", "with", "and", "or", "at", "by", "from",
        "amid", "as", "vs", "via", "into", "over", "is", "are", "after", "before", "but",
    ];
    let mut content = 0;
    let mut caps = 0;
    for x in t
        .iter()
        .filter(|x| x.is_word() && x.text.chars().next().is_some_and(|c| c.is_alphabetic()))
    {
        if SMALL.contains(&x.text) {
            continue;
        }
        content += 1;
        if x.is_cap() {
            caps += 1;
        }
    }
    if content == 0 {
        return false;
    }
    let ends_like_sentence = sentence
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?']);
    let all_caps = caps == content;
    all_caps || (caps * 10 >= content * 7 && !ends_like_sentence)
}

#[cfg(test)]
mod tests;
