//! Typed values across documents: counts, quantities, durations, dates,
//! weekdays, times, ordinals, places.
//!
//! Values of one subject (e.g. "count:casualty", "weekday") are lined up
//! across documents by context similarity ([`crate::similarity`]); each
//! aligned cluster is one fact. A cluster whose values differ is contested
//! unless one of the precision rules explains the difference:
//! - **approximate** figures within 15% ("about 200" vs "212");
//! - **same year** ("2022" vs "February 2022"), a country vs a place in it;
//! - **part and total**: one document's values add up to another's
//!   ("812 + 790" vs "1,602");
//! - **a rising toll**: casualty counts that grow in later reports, or are
//!   stated as updates ("rose to") — a timeline;
//! - **both in one document**: a document that itself states both values,
//!   in unrelated sentences, shows they are different facts (a war's 2014
//!   origins and its 2022 invasion); when its two sentences are close, the
//!   document contradicts itself instead.
//!
//! The rules for values that differ but agree, or state different things,
//! live in [`agree`]; lining up, the lowered bars and the verdicts here.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_model::{
    context, distance_km, Attribute, Modality, Moment, Rule, Subject, ValueKind, Verdict,
    VerdictKind,
};

mod agree;
pub(crate) mod frames;

pub(crate) use agree::DURATION_SCALE;
use agree::{facts_agree, is_toll, merge_compatible, other_scale, part_and_total, toll_rises};

use crate::evidence;
use crate::people::{agreement, conflict, group_by_key, Group};
use crate::pool::{Pool, PooledFact};
use crate::similarity::Weights;

/// Two facts whose context similarity reaches this are about the same thing.
/// Tuned on the ECB+ train split (see `crosscheck eval`); raised from 0.45
/// with [`crate::similarity::IDF_FLOOR`], which makes all similarities higher.
pub const ALIGN: f64 = 0.5;

/// A value (not a year or date) only one origin states, against one that two or more
/// independent origins agree on, is compared at this lower bar: a lone
/// voice contradicting a consensus is what drift looks like, while two
/// well-attested values that differ are more often two different facts.
pub const ALIGN_OUTLIER: f64 = 0.08;

/// Two reports that each state only one value of a subject ("4 fire
/// engines", "Ten fire engines") leave little doubt which values to compare:
/// on the clean ECB+ train groups two such values of a count, an amount, a
/// city, a weekday or an ordinal have the same key two times in three
/// (against one in four over all pairs). Their sentences need only this
/// similarity. Not for dates, times and durations, where a story's reports
/// often date or time different things (same key 25-40%). Tuned on train
/// (`crosscheck eval --split train --seeds 4`: 576 → 590 of 748 changes
/// found, clean-text alarms 185 → 193). A value a report repeats is still
/// its only one (625 → 635 found, clean-text alarms 202 → 204).
pub const ALIGN_UNIQUE: f64 = 0.2;

/// How far a city must lie from every city the other reports name to be
/// [`remote`].
const REMOTE_KM: f64 = 1000.0;
/// The bar for a remote city against one that is not. ECB+ train
/// (`crosscheck eval --split train --seeds 4`): 654 → 658 of 748 changes
/// found, clean-text alarms unchanged (163); at the lone-voice bar
/// ([`ALIGN_OUTLIER`]) instead, 659 found for 4 more clean-text alarms, all
/// different places of one story ("Bandar Abbas" and "Tehran"). 500 km
/// finds the same; 2000 km finds two fewer.
pub const ALIGN_REMOTE: f64 = 0.15;

/// A lone value's conflict with a consensus value is dropped when its
/// similarity is under this share of the lone value's best conflict with
/// one ([`judge`]). A presentation rule more than a detection one: ECB+
/// train (`crosscheck eval --split train --seeds 4`) finds the same 663 of
/// 748 changes, and clean-text alarms go 163 → 165 because 11 chained
/// contests split into 13 smaller ones; the bundled example's weekday
/// contest loses the agreed "Tuesday" it had chained in.
const FAINT_SHARE: f64 = 0.5;

/// A contest of more values than this is a weak match whatever its best
/// similarity: one fact seldom gets five different figures, and such a
/// contest is nearly always several facts of one kind chained together (a
/// box score's yards, a season's dollar offers). ECB+ train (`crosscheck
/// eval --split train --seeds 4`): strong clean-text alarms 68 → 56,
/// strong recall 455 → 437 of 748; nothing found or lost. A person's age
/// is exempt: it is one fact however many reports give it.
const MAX_STRONG_VALUES: usize = 4;

/// This many independent origins stating both of two values make them two
/// facts ([`relation`]).
const CO_STATED_ORIGINS: usize = 2;

/// Two facts of one document this similar state the same fact twice; if
/// their values differ, the document contradicts itself.
pub const SELF_ALIGN: f64 = 0.6;

/// Verdicts on every typed value of the story.
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let weights = Weights::of_pool(pool);
    let names = names_not_places(pool);
    // Statements are compared with statements of the same standing: "could
    // face 15 years" disagrees with "could face 18 years", but says nothing
    // against "was sentenced to 12 years".
    let aliases = age_aliases(pool);
    let crowds = crowds(pool);
    let frames = frames::Buckets::of_pool(pool);
    // Keyed by the subject's string form (or frame bucket), standing, and
    // whether the figures are one person's.
    let mut by_subject: BTreeMap<(String, u8, bool), Vec<&PooledFact>> = BTreeMap::new();
    for f in &pool.facts {
        if let Attribute::Value(kind) = f.fact.attribute {
            let text = &pool.docs[f.doc].text;
            if comparable(kind, f)
                && !(kind == ValueKind::Place
                    && names.contains(&f.fact.value.display.trim().to_lowercase()))
                && !(kind == ValueKind::Quantity && is_conversion(text, f.fact.span.start))
                && !(kind == ValueKind::Time && is_zone_conversion(text, f.fact.span.start))
            {
                // A person's age is no less theirs in a clause that hedges
                // ("that should do it for the 29-year-old Rahman").
                // Nor is the day something happened or was said: "On Tuesday,
                // the governor said she apologizes if the fire was connected"
                // dates the statement, whatever the "if" after it hedges.
                let standing = match f.fact.modality {
                    _ if f.fact.subject.is_personal() => 0,
                    Modality::Hypothetical if kind == ValueKind::Weekday => 0,
                    Modality::Asserted | Modality::Planned => 0,
                    Modality::Hypothetical => 1,
                    Modality::Negated => 2,
                };
                let subject = crowds
                    .get(&f.fact.subject)
                    .or_else(|| aliases.get(&f.fact.subject).copied())
                    .unwrap_or(&f.fact.subject);
                // A framed figure is compared with the figures of its frame
                // (what, of what, where), however its unit or noun is worded.
                // A person's figures are compared whatever their sentences
                // say ([`Subject::is_personal`]: on ECB+ train, described
                // ages found 4 more of 748 changes, no more clean alarms).
                let (subject, one_person) = match frames.bucket(f) {
                    Some(bucket) => (bucket, false),
                    None => (subject.to_string(), subject.is_personal()),
                };
                by_subject
                    .entry((subject, standing, one_person))
                    .or_default()
                    .push(f);
            }
        }
    }
    let mut out = Vec::new();
    for ((_, _, one_person), facts) in &by_subject {
        let one_person = *one_person;
        for cluster in align(&weights, one_person, facts) {
            judge(
                pool, &weights, &frames, one_person, facts, &cluster, &mut out,
            );
        }
    }
    out
}

/// Descriptions that a report gives several ages or epithet counts ("a
/// 47-year-old man and a 48-year-old man"): in this story the noun is more
/// than one person, so its figures are compared as ordinary ones, by their
/// sentences, and not as one person's ([`Subject::is_personal`]). Maps each
/// such subject to its impersonal form.
fn crowds<'a>(pool: &'a Pool) -> BTreeMap<&'a Subject, Subject> {
    let mut keys: BTreeMap<(&Subject, usize), (BTreeSet<&str>, Subject)> = BTreeMap::new();
    for f in &pool.facts {
        let subject = &f.fact.subject;
        if let Some(impersonal) = subject.as_impersonal() {
            let entry = keys
                .entry((subject, f.doc))
                .or_insert_with(|| (BTreeSet::new(), impersonal));
            entry.0.insert(f.fact.value.key.as_str());
        }
    }
    keys.into_iter()
        .filter(|(_, (k, _))| k.len() >= 2)
        .map(|((subject, _), (_, plain))| (subject, plain))
        .collect()
}

/// One person's age under two spellings of the given name
/// ("age:timmons#jermayne" and "age:timmons#jerymayne", as the analyze
/// stage keys it) is one subject: each age subject whose given name is a
/// spelling variant of an earlier one of the same surname maps to that one.
fn age_aliases<'a>(pool: &'a Pool) -> BTreeMap<&'a Subject, &'a Subject> {
    let mut seen: Vec<&Subject> = Vec::new();
    let mut out = BTreeMap::new();
    // "age:timmons#jermayne" → ("timmons", "jermayne").
    let surname_and_given = |s: &'a Subject| match s {
        Subject::Age(key) => key.split_once('#'),
        _ => None,
    };
    for f in &pool.facts {
        let age = &f.fact.subject;
        let Some((surname, given)) = surname_and_given(age) else {
            continue;
        };
        if seen.contains(&age) || out.contains_key(age) {
            continue;
        }
        let earlier = seen.iter().copied().find(|other| {
            surname_and_given(other)
                .is_some_and(|(s, g)| s == surname && crate::people::spelling_variants(g, given))
        });
        match earlier {
            Some(first) => {
                out.insert(age, first);
            }
            None => seen.push(age),
        }
    }
    out
}

/// Words (lower case) that more of the story's reports use as a person's
/// given name or surname than as a place. The gazetteer knows towns called
/// Palin, Lopez, Lindsay and Obama; where most reports that use the word
/// name Sarah Palin or Andrew Lopez, it is that person in every report
/// (the analyze stage sees one document at a time). Only mentions that
/// give both a given name and a surname count as naming someone, and the
/// vote keeps a city the mention finder once took for a name ("Northeast
/// Philadelphia") a city where more reports use it as one.
fn names_not_places(pool: &Pool) -> BTreeSet<String> {
    let mut as_name: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (d, a) in pool.analyses.iter().enumerate() {
        let people = a
            .mentions
            .iter()
            .filter(|m| m.kind == crosscheck_model::EntityKind::Person)
            .filter_map(|m| m.person.as_ref());
        for p in people {
            if let Some(given) = &p.given {
                for w in [given, &p.surname] {
                    as_name.entry(w.to_lowercase()).or_default().insert(d);
                }
            }
        }
    }
    let mut as_place: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for f in pool
        .facts
        .iter()
        .filter(|f| f.fact.attribute == Attribute::Value(ValueKind::Place))
    {
        as_place
            .entry(f.fact.value.display.trim().to_lowercase())
            .or_default()
            .insert(f.doc);
    }
    as_place
        .into_iter()
        .filter(|(w, places)| {
            as_name
                .get(w)
                .is_some_and(|names| names.len() > places.len())
        })
        .map(|(w, _)| w)
        .collect()
}

/// True when the figure at `start` is in brackets right after another
/// figure: "85 million euros ($108 million)", "58km (36 miles)". That is the
/// first figure converted, and outlets convert at different rates and
/// roundings; the figure they report is the one before the brackets.
fn is_conversion(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).map(str::trim_end) else {
        return false;
    };
    let Some(before) = before.strip_suffix('(') else {
        return false;
    };
    let word = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    word.chars().any(|c| c.is_ascii_digit()) || CONVERTED_UNITS.contains(&word.as_str())
}

/// True when the clock time at `start` is in brackets after another one:
/// "17:06 hours local time (13:36 GMT)", "at 8:00 am (0300 GMT)". That is
/// the first time in another zone, and says nothing against a report that
/// gives only the local time.
pub(crate) fn is_zone_conversion(text: &str, start: usize) -> bool {
    let Some(before) = text
        .get(..start)
        .map(str::trim_end)
        .and_then(|b| b.strip_suffix('('))
    else {
        return false;
    };
    before[crate::back(before, before.len(), 40)..]
        .chars()
        .any(|c| c.is_ascii_digit())
}

/// Words that end a figure another one in brackets may convert.
const CONVERTED_UNITS: &[&str] = &[
    "million",
    "billion",
    "trillion",
    "euro",
    "euros",
    "pound",
    "pounds",
    "dollars",
    "yen",
    "yuan",
    "rupees",
    "francs",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "mile",
    "metres",
    "meters",
    "feet",
    "foot",
    "kg",
    "kilograms",
    "tonnes",
    "tons",
    "litres",
    "liters",
    "gallons",
    "acres",
    "hectares",
    "celsius",
    "fahrenheit",
];

/// Months, weekdays and time zones as context stems.
const CALENDAR_WORDS: &[&str] = &[
    "januari",
    "februari",
    "march",
    "april",
    "may",
    "june",
    "juli",
    "august",
    "septemb",
    "octob",
    "novemb",
    "decemb",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "gmt",
    "utc",
    "ist",
    "est",
    "edt",
    "pst",
    "pdt",
    "bst",
    "cet",
    "cest",
];

/// Facts worth comparing: not idioms ("the first time"), datelines, or
/// places too loose to call.
fn comparable(kind: ValueKind, f: &PooledFact) -> bool {
    // Datelines and timestamps ("4 October 2013, 18:07 (GMT+05:00)",
    // "Updated: 20:09") are about the page, not the event, and differ
    // between any two articles: a sentence needs some words to state a fact.
    // For a moment, calendar and zone words say nothing of the event ("TNN
    // Nov 12, 2011, 05.51AM IST MUMBAI:" is a stamp of three words).
    let words = if matches!(kind, ValueKind::Time | ValueKind::Date | ValueKind::Weekday) {
        f.fact
            .context
            .iter()
            .filter(|w| context::is_word(w) && !CALENDAR_WORDS.contains(&w.as_str()))
            .count()
    } else {
        content_words(f)
    };
    // A verb makes three words a statement ("The shootings happened shortly
    // after 8:30 p.m. Saturday"); a dateline has none.
    let told = f
        .fact
        .context
        .iter()
        .any(|w| w.starts_with(context::ANCHOR));
    // A framed figure says what it measures by its type ("36 killed" in a
    // headline or URL slug is a death toll however few its words).
    let framed = f.fact.frame.is_some();
    if !framed && (words < TERSE_WORDS || words == TERSE_WORDS && !terse_kind(kind) && !told) {
        return false;
    }
    // Nor is a page's byline stamp, wordier though it is ("21 July 2013
    // Last updated at 11:11 GMT", "PUBLISHED: 16:05 GMT, 9 June 2013 |
    // UPDATED: 06:55 GMT").
    if matches!(kind, ValueKind::Time | ValueKind::Date | ValueKind::Weekday)
        && words <= STAMP_WORDS
        && is_page_stamp(f)
    {
        return false;
    }
    // The day or hour a count was taken is the report's time line, not a
    // fact of the event ([`Moment::Snapshot`]).
    if matches!(f.fact.moment, Some(Moment::Snapshot)) {
        return false;
    }
    // Only cities are contested: a story about two countries names both in
    // the same breath, and venues, streets, seas and regions the gazetteer
    // does not know are too loose to call.
    // An age not tied to a person could be anyone's.
    if f.fact.subject == Subject::UnattachedAge {
        return false;
    }
    let unit = f.fact.subject.unit();
    if kind == ValueKind::Place && matches!(unit, Some("other" | "country" | "state")) {
        return false;
    }
    if kind == ValueKind::Ordinal {
        return !matches!(unit, None | Some("time" | "place" | "half" | "quarter"));
    }
    true
}

/// A sentence this short that says "updated", "published" or "posted" is
/// a page stamp (see [`comparable`]).
const STAMP_WORDS: usize = 6;

fn is_page_stamp(f: &PooledFact) -> bool {
    f.fact
        .context
        .iter()
        .any(|w| matches!(w.as_str(), "updat" | "publish" | "post" | "modifi"))
}

fn content_words(f: &PooledFact) -> usize {
    f.fact
        .context
        .iter()
        .filter(|w| context::is_word(w))
        .count()
}

/// A short sentence of this many content words ("The MPs' term of office is
/// five years") states a figure too, but so few words match by chance: it is
/// compared only with a sentence that says nearly the same
/// ([`TERSE_ALIGN`]), and only for figures, never for dates and times,
/// which datelines state in as few words.
const TERSE_WORDS: usize = 3;
/// See [`TERSE_WORDS`].
const TERSE_ALIGN: f64 = 0.9;

fn terse_kind(kind: ValueKind) -> bool {
    matches!(
        kind,
        ValueKind::Count | ValueKind::Quantity | ValueKind::Duration | ValueKind::Ordinal
    )
}

/// The bar a pair with a terse fact ([`TERSE_WORDS`]) must clear, if any.
fn terse_bar(a: &PooledFact, b: &PooledFact) -> f64 {
    if content_words(a) <= TERSE_WORDS || content_words(b) <= TERSE_WORDS {
        TERSE_ALIGN
    } else {
        0.0
    }
}

/// Context similarity of two facts of different documents, raised to the
/// alignment bar for two weekdays stated with the same clock time: "the
/// alarm was raised at 6am on Thursday" and "the fire service was called at
/// 06:00 BST on Sunday" date one moment, however different their words.
fn similarity(weights: &Weights, a: &PooledFact, b: &PooledFact) -> f64 {
    let sim = weights.similarity(a, b);
    let weekday = |f: &PooledFact| f.fact.attribute == Attribute::Value(ValueKind::Weekday);
    if weekday(a) && weekday(b) && same_clock(a, b) {
        sim.max(weights.config.align).max(TERSE_ALIGN)
    } else {
        sim
    }
}

/// Two facts of different documents whose sentences give the same clock
/// time: they date one moment, however different their words.
fn same_clock(a: &PooledFact, b: &PooledFact) -> bool {
    a.doc != b.doc
        && a.fact
            .context
            .iter()
            .any(|t| is_clock(t) && b.fact.context.contains(t))
}

/// A clock-time token of a fact's context ("#06:00", "#20:30").
fn is_clock(token: &str) -> bool {
    let b = token.as_bytes();
    b.len() == 6
        && b[0] == b'#'
        && b[3] == b':'
        && [1, 2, 4, 5].iter().all(|&i| b[i].is_ascii_digit())
}

/// The bar two datings of what may be different moments must clear. A
/// marked repeat ("another press conference was held at 1 PM") dates one
/// more occurrence of its verb, and a time labelled with a zone ("late on
/// Saturday (AEST)") is a conversion: neither is one fact with another
/// dating unless a clock time ties them (see [`similarity`]).
///
/// Different verbs are not kept apart: reports of one event date it with
/// different verbs ("arrested on Friday", "said Friday", "jurors heard
/// Tuesday" of one trial day). ECB+ train (`crosscheck eval --split train
/// --seed 1 --seeds 4`): keeping datings of different verbs apart found
/// 154 of 196 weekday changes instead of 173 and saved 4 of 160 clean-text
/// alarms; on the real-news set it saved one false alarm of 15.
fn moment_bar(a: &PooledFact, b: &PooledFact) -> f64 {
    if !matches!(
        a.fact.attribute,
        Attribute::Value(ValueKind::Weekday | ValueKind::Time)
    ) {
        return 0.0;
    }
    // (a repeat, its zone) of a dating of an event.
    let marks = |f: &PooledFact| match &f.fact.moment {
        Some(Moment::Event { again, zone, .. }) => (*again, zone.clone()),
        _ => (false, None),
    };
    let ((again_a, zone_a), (again_b, zone_b)) = (marks(a), marks(b));
    if !same_clock(a, b) && (again_a || again_b || zone_a != zone_b) {
        f64::INFINITY
    } else {
        0.0
    }
}

/// Single-link clusters of facts whose contexts align.
fn align<'p, 'a>(
    weights: &Weights,
    one_person: bool,
    facts: &[&'p PooledFact<'a>],
) -> Vec<Vec<&'p PooledFact<'a>>> {
    if one_person {
        return vec![facts.to_vec()];
    }
    let n = facts.len();
    let mut edges = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            let threshold = if facts[i].doc == facts[j].doc {
                SELF_ALIGN
            } else {
                weights.config.align.min(weights.config.align_outlier)
            };
            let threshold = threshold
                .max(terse_bar(facts[i], facts[j]))
                .max(moment_bar(facts[i], facts[j]));
            if frames::same_fact(facts[i], facts[j])
                || similarity(weights, facts[i], facts[j]) >= threshold
            {
                edges.push((i, j));
            }
        }
    }
    connected(n, edges.into_iter())
        .into_iter()
        .map(|c| c.into_iter().map(|i| facts[i]).collect())
        .collect()
}

fn judge(
    pool: &Pool,
    weights: &Weights,
    buckets: &frames::Buckets,
    one_person: bool,
    subject_facts: &[&PooledFact],
    cluster: &[&PooledFact],
    out: &mut Vec<Verdict>,
) {
    let mut groups = group_by_key(cluster, |f| f.fact.value.key.clone());
    merge_compatible(pool, &mut groups);
    let label = buckets
        .label(cluster[0])
        .unwrap_or_else(|| cluster[0].fact.subject_label.clone());
    let attribute = cluster[0].fact.attribute.name();
    if groups.len() == 1 {
        if cluster.iter().any(|f| f.doc != cluster[0].doc) || cluster.len() == 1 {
            out.push(agreement(pool, &label, attribute, &groups[0], &label));
        }
        return;
    }
    // Which pairs of groups really conflict, and how closely do they match?
    let mut conflicts: Vec<(usize, usize, f64, Rule)> = Vec::new();
    let mut timelines: Vec<(usize, usize)> = Vec::new();
    let mut self_contradiction: Option<(usize, usize, usize, Rule)> = None;
    // The rules that decided each group's relation to the others.
    let mut rules: Vec<BTreeSet<Rule>> = vec![BTreeSet::new(); groups.len()];
    for i in 0..groups.len() {
        for j in i + 1..groups.len() {
            match relation(
                pool,
                buckets,
                weights,
                one_person,
                subject_facts,
                &groups[i],
                &groups[j],
            ) {
                Relation::Conflict(score, rule) => conflicts.push((i, j, score, rule)),
                Relation::SelfContradiction(doc, rule) => {
                    self_contradiction = Some((doc, i, j, rule))
                }
                Relation::Timeline(rule) => {
                    timelines.push((i, j));
                    rules[i].insert(rule);
                    rules[j].insert(rule);
                }
                Relation::Compatible(Some(rule)) => {
                    rules[i].insert(rule);
                    rules[j].insert(rule);
                }
                Relation::Compatible(None) => {}
            }
        }
    }
    // A lone voice contradicts the consensus value its sentence matches
    // best, not also a well-attested value it matches far less well:
    // "Saturday" against the quake's "Sunday" (0.48), not against the
    // rescue's "Tuesday" (0.08), which would pull two agreed facts into
    // one contest.
    let origins: Vec<usize> = groups
        .iter()
        .map(|g| Pool::origin_count(g.facts.iter().copied()))
        .collect();
    let best_against_consensus: Vec<f64> = (0..groups.len())
        .map(|lone| {
            conflicts
                .iter()
                .filter(|&&(i, j, _, _)| {
                    (i == lone && origins[j] >= 2) || (j == lone && origins[i] >= 2)
                })
                .map(|&(_, _, s, _)| s)
                .fold(0.0, f64::max)
        })
        .collect();
    let faint = |lone: usize, other: usize, score: f64| {
        origins[lone] == 1
            && origins[other] >= 2
            && score < FAINT_SHARE * best_against_consensus[lone]
    };
    conflicts.retain(|&(i, j, s, _)| !faint(i, j, s) && !faint(j, i, s));
    for &(i, j, _, rule) in &conflicts {
        rules[i].insert(rule);
        rules[j].insert(rule);
    }
    if let Some((doc, i, j, rule)) = self_contradiction {
        let own: Vec<Group> = [i, j]
            .iter()
            .map(|&g| Group {
                key: groups[g].key.clone(),
                facts: groups[g]
                    .facts
                    .iter()
                    .copied()
                    .filter(|f| f.doc == doc)
                    .collect(),
            })
            .collect();
        let id = &pool.docs[doc].id;
        out.push(Verdict {
            weak_match: false,
            rules: Vec::new(),
            kind: VerdictKind::SelfContradiction,
            subject: label.clone(),
            attribute: attribute.to_string(),
            explanation: format!(
                "{id} states {label} twice in near-identical terms with different values: “{}” and “{}”.",
                own[0].display(),
                own[1].display()
            ),
            values: own.iter().map(|g| evidence::value(pool, g.display(), &g.facts)).collect(),
        }
        .decided_by([Rule::SameReportDiffers, rule]));
    }
    // Groups linked by conflicts form one contested verdict each; groups
    // linked only by a rising toll form a timeline; the rest stand alone.
    let mut used = vec![false; groups.len()];
    for component in components(groups.len(), conflicts.iter().map(|&(i, j, _, _)| (i, j))) {
        component.iter().for_each(|&g| used[g] = true);
        let own: Vec<Group> = component.iter().map(|&g| groups[g].clone()).collect();
        // The closest pair of sentences behind the contest: below the main
        // bar, only a lowered one (a lone voice, each report's only value)
        // lined the values up, and the reader is told so.
        let best = conflicts
            .iter()
            .filter(|(i, j, _, _)| component.contains(i) && component.contains(j))
            .map(|&(_, _, s, _)| s)
            .fold(0.0, f64::max);
        let weak = !one_person && best < weights.config.align;
        let lead = format!("Sources give different values for {label}");
        let mut v = conflict(pool, VerdictKind::Contested, &label, attribute, &own, &lead)
            .decided_by(component.iter().flat_map(|&g| rules[g].iter().copied()));
        let many = !one_person && own.len() > MAX_STRONG_VALUES;
        if weak {
            v.weak_match = true;
            v.explanation.push_str(&format!(" Their sentences match only in part (similarity {best:.2}), so these may be different facts."));
        } else if many {
            v.weak_match = true;
            v.explanation.push_str(&format!(
                " {} values in one contest: these may be several facts.",
                own.len()
            ));
        }
        out.push(v);
    }
    let open_timelines: Vec<(usize, usize)> = timelines
        .into_iter()
        .filter(|&(i, j)| !used[i] && !used[j])
        .collect();
    for component in components(groups.len(), open_timelines.into_iter()) {
        component.iter().for_each(|&g| used[g] = true);
        let mut own: Vec<&Group> = component.iter().map(|&g| &groups[g]).collect();
        own.sort_by(|a, b| {
            a.facts[0]
                .fact
                .value
                .number
                .unwrap_or(0.0)
                .total_cmp(&b.facts[0].fact.value.number.unwrap_or(0.0))
        });
        let parts: Vec<String> = own
            .iter()
            .map(|g| format!("“{}” ({})", g.display(), evidence::doc_list(pool, &g.facts)))
            .collect();
        out.push(Verdict {
            weak_match: false,
            rules: Vec::new(),
            kind: VerdictKind::Timeline,
            subject: label.clone(),
            attribute: attribute.to_string(),
            explanation: format!(
                "The figure for {label} changes between reports made at different times, an update rather than a contradiction: {}.",
                parts.join(" then ")
            ),
            values: own.iter().map(|g| evidence::value(pool, g.display(), &g.facts)).collect(),
        }
        .decided_by(component.iter().flat_map(|&g| rules[g].iter().copied()).chain([Rule::ReportedAtDifferentTimes])));
    }
    for (g, group) in groups.iter().enumerate() {
        if !used[g] {
            out.push(
                agreement(pool, &label, attribute, group, &label)
                    .decided_by(rules[g].iter().copied()),
            );
        }
    }
}

/// Connected groups of `n` nodes under `edges` (singletons included), in
/// order of their smallest member.
fn connected(n: usize, edges: impl Iterator<Item = (usize, usize)>) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for (a, b) in edges {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    }
    let mut out: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        out.entry(r).or_default().push(i);
    }
    out.into_values().collect()
}

/// Connected groups of two or more nodes.
pub(crate) fn components(n: usize, edges: impl Iterator<Item = (usize, usize)>) -> Vec<Vec<usize>> {
    connected(n, edges)
        .into_iter()
        .filter(|c| c.len() > 1)
        .collect()
}

pub(super) enum Relation {
    /// One fact, or two facts side by side, by the rule named (none when
    /// their sentences simply do not line up).
    Compatible(Option<Rule>),
    /// With the similarity of the best-matching pair of sentences and the
    /// rule that lined them up.
    Conflict(f64, Rule),
    /// A figure that moved between reports, by the rule named.
    Timeline(Rule),
    /// In this document, by the rule named.
    SelfContradiction(usize, Rule),
}

fn relation(
    pool: &Pool,
    buckets: &frames::Buckets,
    weights: &Weights,
    one_person: bool,
    subject_facts: &[&PooledFact],
    a: &Group,
    b: &Group,
) -> Relation {
    if let Some(r) = frames::relation(pool, buckets, subject_facts, a, b) {
        return r;
    }
    // Near-identical sentences of one document with different values: the
    // document contradicts itself, unless one of those sentences states
    // both values ("A Schenectady man … killed a woman in Queens" after the
    // headline "Schenectady man charged in fatal Queens crash"): then they
    // are two facts side by side. Nor does a pair whose own values agree
    // ("more than 75 percent", "close to 90 percent" of one traffic),
    // though the groups they were merged into differ.
    let both_in = |doc: usize, sentence: usize| {
        let has = |g: &Group| {
            g.facts
                .iter()
                .any(|f| f.doc == doc && f.fact.sentence == sentence)
        };
        has(a) && has(b)
    };
    for fa in &a.facts {
        for fb in b
            .facts
            .iter()
            .filter(|fb| fb.doc == fa.doc && !opposite_ends(fa, fb))
        {
            let side_by_side =
                both_in(fa.doc, fa.fact.sentence) || both_in(fa.doc, fb.fact.sentence);
            if fa.fact.sentence != fb.fact.sentence
                && !side_by_side
                && !running_total(fa, fb)
                && weights.similarity(fa, fb) >= SELF_ALIGN
                && !facts_agree(pool, fa, fb)
            {
                return Relation::SelfContradiction(fa.doc, Rule::SameReportDiffers);
            }
        }
    }
    if part_and_total(subject_facts, a, b) || part_and_total(subject_facts, b, a) {
        return Relation::Compatible(Some(Rule::PartAndTotal));
    }
    if other_scale(a, b, weights.config.duration_scale) {
        return Relation::Compatible(Some(Rule::OtherScale));
    }
    // Two values that several independent reports each state both of are
    // two facts of the story ("Indianapolis lost … at Kansas City", a
    // player's 404 rushing and 440 receiving yards), however their other
    // sentences line up. The price: a third report that puts one where the
    // other belongs is not caught, since the value it gives is a real one
    // of the story. ECB+ (`crosscheck eval --seeds 4`): train strong
    // clean-text alarms 52 -> 50, 2 of 650 injected changes no longer paired
    // with their original; dev strong clean-text alarms 30 -> 28. At three
    // origins instead of two, induced false alarms rise 15 -> 27 as chains
    // split differently.
    let co_stated = Pool::origin_count(
        a.facts
            .iter()
            .copied()
            .filter(|fa| b.facts.iter().any(|fb| fb.doc == fa.doc)),
    );
    if co_stated >= CO_STATED_ORIGINS {
        return Relation::Compatible(Some(Rule::CoStated));
    }
    let (oa, ob) = (
        Pool::origin_count(a.facts.iter().copied()),
        Pool::origin_count(b.facts.iter().copied()),
    );
    // Two values conflict when their sentences align directly (clusters are
    // single-link, so a chain of others is not enough) and neither document
    // states the other's value in a sentence that matches at least as well:
    // a document that says "2014" of the annexation and "2022" of the
    // invasion agrees with a report that dates the invasion 2022, whatever
    // its "2014" sentence resembles.
    let best_rival = |own: &PooledFact, other: &PooledFact, rivals: &[&PooledFact]| {
        rivals
            .iter()
            .filter(|r| r.doc == own.doc)
            .map(|r| similarity(weights, r, other))
            .fold(0.0_f64, f64::max)
    };
    // Years and dates are mostly background ("since 2014", "in February
    // 2022"), each naming a different event: no discount for them.
    let background = matches!(
        a.facts[0].fact.attribute,
        Attribute::Value(ValueKind::Year | ValueKind::Date)
    );
    // A lone voice is one report: a value several reports give, even
    // rewrites of one text, is a reading those reports share, not one
    // outlet's slip.
    let docs = |g: &Group| {
        g.facts
            .iter()
            .map(|f| f.doc)
            .collect::<BTreeSet<usize>>()
            .len()
    };
    let lone_docs = if oa <= ob { docs(a) } else { docs(b) };
    let lone = oa.min(ob) == 1 && oa.max(ob) >= 2 && lone_docs == 1;
    let bar = if one_person {
        0.0
    } else if lone && !background {
        weights.config.align_outlier
    } else {
        weights.config.align
    };
    // One value, however often the report repeats it ("the six acre site …
    // this six acre city block").
    let only_value = |doc: usize| {
        let mut keys = subject_facts
            .iter()
            .filter(|f| f.doc == doc)
            .map(|f| f.fact.value.key.as_str());
        keys.next().is_some_and(|first| keys.all(|k| k == first))
    };
    let unique_kind = matches!(
        a.facts[0].fact.attribute,
        Attribute::Value(
            ValueKind::Count
                | ValueKind::Quantity
                | ValueKind::Place
                | ValueKind::Weekday
                | ValueKind::Ordinal
        )
    );
    let lead_kind = matches!(
        a.facts[0].fact.attribute,
        Attribute::Value(ValueKind::Weekday)
    );
    // A city far from everything the other reports name, set against one
    // that is not: a rewrite that moved the story ("users in Kandahar" in a
    // report on Egypt's cable cut, where the others say Cairo).
    let bar = if remote(pool, a) != remote(pool, b) {
        bar.min(ALIGN_REMOTE)
    } else {
        bar
    };
    let mut best: Option<(f64, Rule)> = None;
    for fa in &a.facts {
        for fb in b
            .facts
            .iter()
            .filter(|fb| fb.doc != fa.doc && !opposite_ends(fa, fb))
        {
            let sim = similarity(weights, fa, fb);
            let lowered = unique_kind && only_value(fa.doc) && only_value(fb.doc)
                || lead_kind && in_lead(fa) && in_lead(fb)
                || only_in_unit(subject_facts, fa, fb);
            let bar = if lowered {
                bar.min(weights.config.align_unique)
            } else {
                bar
            };
            let bar = bar.max(terse_bar(fa, fb));
            if sim >= bar
                && (bar == 0.0
                    || (sim > best_rival(fa, fb, &b.facts) && sim > best_rival(fb, fa, &a.facts)))
            {
                // The rule that lined the pair up: the main bar, or the
                // lowered one that let it through.
                let rule = if one_person {
                    Rule::SamePerson
                } else if frames::same_fact(fa, fb) {
                    Rule::SameFrame
                } else if sim >= weights.config.align {
                    Rule::ContextAligned
                } else if lowered {
                    Rule::OnlyValue
                } else {
                    Rule::LoneVoice
                };
                if best.is_none_or(|(b, _)| sim > b) {
                    best = Some((sim, rule));
                }
            }
        }
    }
    let Some((score, aligned_by)) = best else {
        return Relation::Compatible(None);
    };
    // A lone voice that itself also states the consensus value, in a
    // sentence that does not repeat this one (checked above), is talking
    // about something else unless the two sentences clearly match: "nine
    // hours" under the rubble and the visit "two days" after the quake, in
    // one report.
    let (lone_side, consensus) = if oa <= ob { (a, b) } else { (b, a) };
    if lone
        && !one_person
        && score < weights.config.align
        && lone_side
            .facts
            .iter()
            .any(|f| consensus.facts.iter().any(|c| c.doc == f.doc))
    {
        // Unless the report hangs both figures on the same verb ("lost
        // contact 45 minutes after submerging", "lost contact … an hour and
        // 45 minutes later"): then it tells one thing two ways.
        let anchor = |f: &PooledFact| {
            f.fact
                .context
                .iter()
                .find(|w| w.starts_with(context::ANCHOR))
                .cloned()
        };
        let same_verb = lone_side.facts.iter().find_map(|f| {
            let verb = anchor(f)?;
            consensus
                .facts
                .iter()
                .any(|c| {
                    c.doc == f.doc
                        && c.fact.sentence != f.fact.sentence
                        && anchor(c).as_ref() == Some(&verb)
                })
                .then_some(f.doc)
        });
        if let Some(doc) = same_verb {
            return Relation::SelfContradiction(doc, Rule::SameMoment);
        }
        return Relation::Compatible(Some(Rule::LoneVoiceAgrees));
    }
    if is_toll(a) && is_toll(b) && toll_rises(pool, a, b) {
        return Relation::Timeline(Rule::TollRises);
    }
    Relation::Conflict(score, aligned_by)
}

/// True when, of two figures one report gives, the larger is a total its
/// sentence says it is ("12 magazines" seized in the operation, "a total of
/// 31 magazines" in the five operations): the part is in the total. Within
/// one report only: across reports a "total" is as often another count of
/// the same thing ("a total of three cables", "two undersea cables").
fn running_total(a: &PooledFact, b: &PooledFact) -> bool {
    let total = |f: &PooledFact| {
        f.fact
            .context
            .iter()
            .any(|w| matches!(w.as_str(), "total" | "altogeth" | "cumul" | "overal"))
    };
    match (a.fact.value.number, b.fact.value.number) {
        (Some(x), Some(y)) => total(a) && x > y || total(b) && y > x,
        _ => false,
    }
}

/// True when one fact's sentence speaks of a beginning and the other's of
/// an end ("voters began casting ballots at 8:00 am", "voting will close at
/// 6:00 p.m."; arrived and left): two moments of one event, however alike
/// their other words. Context words are Snowball stems.
fn opposite_ends(a: &PooledFact, b: &PooledFact) -> bool {
    const PAIRS: &[(&[&str], &[&str])] = &[
        (
            &["began", "begin", "start", "open", "launch"],
            &["close", "end", "finish", "conclud", "stop"],
        ),
        (&["arriv"], &["left", "leav", "depart"]),
    ];
    let has = |f: &PooledFact, words: &[&str]| {
        f.fact
            .context
            .iter()
            .any(|w| words.contains(&w.trim_start_matches(context::MARKS)))
    };
    PAIRS.iter().any(|(start, end)| {
        has(a, start) && has(b, end) && !has(a, end) && !has(b, start)
            || has(b, start) && has(a, end) && !has(b, end) && !has(a, start)
    })
}

/// True when two durations of different documents are stated in the same
/// unit and each is its report's only figure in that unit ("roughly three
/// weeks before the release", "about eight weeks before the opening"). A
/// story's reports time many things, but rarely two in the same unit; a
/// rewrite that drifts changes the figure and keeps the unit.
fn only_in_unit(subject_facts: &[&PooledFact], a: &PooledFact, b: &PooledFact) -> bool {
    let Some(unit) = duration_unit(a).filter(|&u| Some(u) == duration_unit(b)) else {
        return false;
    };
    let alone = |f: &PooledFact| {
        subject_facts
            .iter()
            .filter(|o| o.doc == f.doc && duration_unit(o) == Some(unit))
            .all(|o| o.fact.value.key == f.fact.value.key)
    };
    alone(a) && alone(b)
}

/// The length in seconds of the unit a duration is stated in: its length
/// over its figure ("three weeks": 604800).
fn duration_unit(f: &PooledFact) -> Option<u64> {
    if f.fact.attribute != Attribute::Value(ValueKind::Duration) {
        return None;
    }
    let secs = agree::seconds(&f.fact.value.key)?;
    let n = f.fact.value.number.filter(|&n| n > 0.0)?;
    Some((secs / n).round() as u64)
}

/// True when every value of the group is a city more than [`REMOTE_KM`]
/// from every city that the story's other reports name (and they name
/// some). A story happens somewhere: its reports name the same city, its
/// suburbs, the places its people come from. A city none of them comes near
/// is what a rewrite that swaps the place leaves behind.
fn remote(pool: &Pool, g: &Group) -> bool {
    g.facts.iter().all(|f| {
        let Some(here) = f.fact.value.location else {
            return false;
        };
        let mut others = pool
            .city_locations()
            .iter()
            .filter(|(doc, _)| *doc != f.doc)
            .peekable();
        others.peek().is_some() && others.all(|&(_, there)| distance_km(here, there) > REMOTE_KM)
    })
}

/// True for a fact of a report's first sentence, its lead. News is
/// written top down: the lead says what happened and when, so two leads'
/// weekdays are the main event's, however differently the two sentences
/// are worded ("Deputies announced Wednesday the arrest of …", "Police
/// arrested two gang members Saturday in …"). They compare at the
/// [`ALIGN_UNIQUE`] bar. ECB+ train (`crosscheck eval --split train
/// --seeds 4`): 650 → 654 of 748 changes found, clean-text alarms 159 →
/// 160; the first three sentences instead of one: one more alarm, nothing
/// more found.
fn in_lead(f: &PooledFact) -> bool {
    f.fact.sentence == 0
}
