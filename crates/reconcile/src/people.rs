//! People across documents: given name, title, status, affiliation.
//!
//! People are matched across documents by entity key (the surname), so
//! "Steve Witkoff" in one report and "David Witkoff" in another are one
//! person whose given name is contested — exactly the drift crosscheck
//! exists to catch. Nicknames ("Steve"/"Stephen") and initials ("J.") are
//! compatible, not conflicts.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_model::{Attribute, EntityKind, Rule, Verdict, VerdictKind};

use crate::evidence;
use crate::pool::{Pool, PooledFact};
use crate::roles;

/// Verdicts on every person attribute of the story.
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let mut by_subject: BTreeMap<(Attribute, String), Vec<&PooledFact>> = BTreeMap::new();
    for f in &pool.facts {
        let attr = f.fact.attribute;
        if f.fact.subject_kind == Some(EntityKind::Person)
            && matches!(
                attr,
                Attribute::GivenName
                    | Attribute::Title
                    | Attribute::Status
                    | Attribute::Affiliation
            )
        {
            // Given names are compared per surname: a document that tells
            // two relatives apart gives them keys like "ortiz#rosa", but
            // another document may know only one of them as plain "ortiz".
            let subject = match (attr, &f.fact.subject) {
                (Attribute::GivenName, s) => {
                    base_key(s.entity_key().unwrap_or_default()).to_string()
                }
                (_, s) => s.to_string(),
            };
            by_subject.entry((attr, subject)).or_default().push(f);
        }
    }
    let mut out = Vec::new();
    // Title phrases whose gender is contested ((document, span) of each):
    // their status facts, which quote the same phrase, are taken out of
    // the status comparison too, so that no "current" corroboration
    // quoting "spokeswoman" and "spokesman" swallows the contest. Titles
    // come before statuses in the map's order.
    let mut gendered: BTreeSet<(usize, crosscheck_model::Span)> = BTreeSet::new();
    for ((attr, _), facts) in by_subject {
        match attr {
            Attribute::GivenName => given_names(pool, &facts, &mut out),
            Attribute::Title => titles(pool, &facts, &mut gendered, &mut out),
            Attribute::Status => {
                let facts: Vec<&PooledFact> = facts
                    .into_iter()
                    .filter(|f| {
                        !gendered
                            .iter()
                            .any(|(doc, span)| *doc == f.doc && span.overlaps(f.fact.span))
                    })
                    .collect();
                if !facts.is_empty() {
                    statuses(pool, &facts, &mut out)
                }
            }
            Attribute::Affiliation => affiliations(pool, &facts, &mut out),
            _ => {}
        }
    }
    out
}

/// Facts grouped by comparison key, in first-seen order.
#[derive(Clone)]
pub(crate) struct Group<'p, 'a> {
    pub key: String,
    pub facts: Vec<&'p PooledFact<'a>>,
}

impl Group<'_, '_> {
    /// The most common way sources write this value.
    pub fn display(&self) -> String {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &self.facts {
            *counts.entry(f.fact.value.display.as_str()).or_default() += 1;
        }
        let best = counts
            .iter()
            .max_by_key(|(d, n)| (**n, std::cmp::Reverse(d.len())));
        best.map(|(d, _)| d.to_string())
            .unwrap_or_else(|| self.key.clone())
    }
}

pub(crate) fn group_by_key<'p, 'a>(
    facts: &[&'p PooledFact<'a>],
    key: impl Fn(&PooledFact) -> String,
) -> Vec<Group<'p, 'a>> {
    let mut groups: Vec<Group> = Vec::new();
    for f in facts {
        let k = key(f);
        match groups.iter_mut().find(|g| g.key == k) {
            Some(g) => g.facts.push(f),
            None => groups.push(Group {
                key: k,
                facts: vec![f],
            }),
        }
    }
    groups
}

/// Display name of the person: the surname as sources write it, since the
/// given name may be what is in doubt.
fn surname_label(facts: &[&PooledFact]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in facts {
        let label = f
            .fact
            .subject_label
            .split(" as ")
            .next()
            .unwrap_or(&f.fact.subject_label);
        // The word the key names, so a suffix is not taken for the surname
        // ("Anthony LaCalamita III" is LaCalamita).
        let key = base_key(f.fact.subject.entity_key().unwrap_or_default());
        let word = label
            .split(' ')
            .rev()
            .find(|w| w.to_lowercase() == key)
            .or_else(|| label.rsplit(' ').next())
            .unwrap_or(label);
        *counts.entry(word).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(s, _)| s.to_string())
        .unwrap_or_default()
}

/// The full name most documents use for the person these facts are about,
/// counted over all of the person's facts, not only this attribute's: the
/// affiliation "US" is Steve Witkoff's whichever three reports state it.
fn person_label(pool: &Pool, facts: &[&PooledFact]) -> String {
    fn person<'f>(f: &'f PooledFact) -> &'f str {
        f.fact.subject.entity_key().unwrap_or_default()
    }
    let Some(who) = facts.first().map(|f| person(f)) else {
        return String::new();
    };
    let all: Vec<&PooledFact> = pool
        .facts
        .iter()
        .filter(|f| f.fact.subject_kind == Some(EntityKind::Person) && person(f) == who)
        .collect();
    full_label(if all.is_empty() { facts } else { &all })
}

/// The full name most documents use (counted per document, so one article
/// repeating an odd name many times does not outvote the others).
fn full_label(facts: &[&PooledFact]) -> String {
    let mut docs_per_label: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for f in facts {
        let label = f
            .fact
            .subject_label
            .split(" as ")
            .next()
            .unwrap_or(&f.fact.subject_label);
        docs_per_label.entry(label).or_default().push(f.doc);
    }
    docs_per_label
        .into_iter()
        .map(|(label, mut docs)| {
            docs.sort_unstable();
            docs.dedup();
            (docs.len(), label.len(), label)
        })
        .max()
        .map(|(_, _, label)| label.to_string())
        .unwrap_or_default()
}

/// The surname part of a person key ("ortiz#rosa" → "ortiz").
fn base_key(key: &str) -> &str {
    key.split('#').next().unwrap_or(key)
}

fn given_names(pool: &Pool, facts: &[&PooledFact], out: &mut Vec<Verdict>) {
    let mut groups = group_by_key(facts, |f| f.fact.value.key.clone());
    merge_initials(&mut groups);
    merge_variants(&mut groups);
    let surname = surname_label(facts);
    // Split the names into people: relatives share a surname, and a
    // document that names two of them in different roles shows they are
    // different people. Whatever is left of one person's names is drift.
    let mut roles: Vec<Vec<(usize, BTreeSet<String>)>> =
        groups.iter().map(|g| roles_per_doc(pool, g)).collect();
    // "Lopez's half-brother Jonathan Carrasquillo": a kinship word tells a
    // relative apart only in a report that names another of the family
    // (two given names of the surname); elsewhere the relative it points to
    // may bear another name, and the word says nothing of this family.
    let family_docs: BTreeSet<usize> = (0..pool.docs.len())
        .filter(|d| {
            groups
                .iter()
                .filter(|g| g.facts.iter().any(|f| f.doc == *d))
                .count()
                >= 2
        })
        .collect();
    for r in &mut roles {
        for (_, titles) in r.iter_mut().filter(|(doc, _)| !family_docs.contains(doc)) {
            titles.retain(|t| !KIN.contains(&t.as_str()));
        }
    }
    let ages: Vec<BTreeSet<String>> = groups.iter().map(|g| ages_of(pool, facts, g)).collect();
    let different = |i: usize, j: usize| match same_age(&ages[i], &ages[j]) {
        // Named together in one report, they are two people whatever their ages.
        _ if named_together(&roles[i], &roles[j]) => true,
        // A slip of spelling ("Paul-Henry", "Paul-Henri") names one person
        // whose ages, if they differ, are contested in their own right.
        _ if misspelt(&groups[i].key, &groups[j].key) => false,
        Some(same) => !same,
        None => distinct_people(&roles[i], &roles[j]),
    };
    let mut remaining: Vec<usize> = (0..groups.len()).collect();
    while !remaining.is_empty() {
        remaining.sort_by_key(|&i| {
            std::cmp::Reverse(Pool::origin_count(groups[i].facts.iter().copied()))
        });
        let mut person = vec![remaining.remove(0)];
        remaining.retain(|&j| {
            if person.iter().all(|&i| !different(i, j)) {
                person.push(j);
                false
            } else {
                true
            }
        });
        let own: Vec<Group> = person.iter().map(|&i| groups[i].clone()).collect();
        if own.len() == 1 {
            let who = format!("{} {surname}", own[0].display());
            out.push(agreement(
                pool,
                &surname,
                "given_name",
                &own[0],
                &format!("{who}'s given name"),
            ));
            continue;
        }
        let mut contest = conflict(
            pool,
            VerdictKind::Contested,
            &surname,
            "given_name",
            &own,
            &format!("Sources give {surname} {} different given names", own.len()),
        )
        .decided_by([Rule::SamePerson]);
        // A slip of spelling between two of the names ("Paul-Henry", "Paul-Henri").
        if own
            .iter()
            .enumerate()
            .any(|(n, a)| own[n + 1..].iter().any(|b| misspelt(&a.key, &b.key)))
        {
            contest = contest.decided_by([Rule::NameSpelling]);
        }
        // The same title or age under both names ties them to one person.
        let titles: Vec<BTreeSet<String>> = person.iter().map(|&i| all_titles(&roles[i])).collect();
        let tied = person.iter().enumerate().all(|(n, &i)| {
            person.iter().enumerate().skip(n + 1).all(|(m, &j)| {
                !titles[n].is_disjoint(&titles[m]) || same_age(&ages[i], &ages[j]) == Some(true)
            })
        });
        if is_common_surname(&surname) && !tied {
            contest.weak_match = true;
            contest.explanation.push_str(&format!(
                " {surname} is a common surname, so these may be different people."
            ));
        }
        out.push(contest);
        self_contradictions(pool, &surname, "given_name", &own, |_| true, out);
    }
}

/// True for a surname so common that two people of one story often share
/// it (a coach Dean Smith and a player Tyler Smith; a victim Latonya
/// Brown and her grandmother Dorothy Brown): a different given name under
/// it, with no title or age that ties the names to one person, is still
/// shown, as a weak match, since it is as often a second person as drift.
/// The most frequent surnames of the 2010 US census and of England and
/// Wales, with a few of the commonest in China, Korea, India and Germany;
/// the product's own short list, not a name database.
fn is_common_surname(surname: &str) -> bool {
    const COMMON: &[&str] = &[
        "smith",
        "johnson",
        "williams",
        "brown",
        "jones",
        "garcia",
        "miller",
        "davis",
        "rodriguez",
        "martinez",
        "hernandez",
        "lopez",
        "gonzalez",
        "wilson",
        "anderson",
        "thomas",
        "taylor",
        "moore",
        "jackson",
        "martin",
        "lee",
        "perez",
        "thompson",
        "white",
        "harris",
        "sanchez",
        "clark",
        "ramirez",
        "lewis",
        "robinson",
        "walker",
        "young",
        "allen",
        "king",
        "wright",
        "scott",
        "torres",
        "nguyen",
        "hill",
        "flores",
        "green",
        "adams",
        "nelson",
        "baker",
        "hall",
        "rivera",
        "campbell",
        "mitchell",
        "carter",
        "roberts",
        "davies",
        "evans",
        "wood",
        "hughes",
        "edwards",
        "clarke",
        "wang",
        "li",
        "zhang",
        "liu",
        "chen",
        "kim",
        "park",
        "singh",
        "kumar",
        "khan",
        "ali",
        "muller",
        "müller",
        "schmidt",
    ];
    COMMON.contains(&surname.to_lowercase().as_str())
}

/// Kinship words: a relative is a different person from the one they are related to.
const KIN: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "sister",
    "brother",
    "widow",
    "widower",
    "stepson",
    "stepdaughter",
    "stepmother",
    "stepfather",
    "mother-in-law",
    "father-in-law",
    "son-in-law",
    "daughter-in-law",
    "brother-in-law",
    "sister-in-law",
    "uncle",
    "aunt",
    "cousin",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "fiance",
    "fiancee",
    "fiancé",
    "fiancée",
    "girlfriend",
    "boyfriend",
    "sibling",
    "child",
    "parent",
    "mom",
    "dad",
];

/// For each document, the title keys given to the person in the sentences
/// where this given name is written.
fn roles_per_doc(pool: &Pool, g: &Group) -> Vec<(usize, BTreeSet<String>)> {
    let mut out: Vec<(usize, BTreeSet<String>)> = Vec::new();
    for f in &g.facts {
        let titles = pool.facts.iter().filter(|t| {
            t.doc == f.doc
                && t.fact.attribute == Attribute::Title
                && t.fact.sentence == f.fact.sentence
                && t.fact.subject == f.fact.subject
        });
        let entry = match out.iter_mut().position(|(d, _)| *d == f.doc) {
            Some(i) => &mut out[i].1,
            None => {
                out.push((f.doc, BTreeSet::new()));
                &mut out.last_mut().expect("just pushed").1
            }
        };
        entry.extend(titles.map(|t| t.fact.value.key.clone()));
    }
    out
}

/// The ages stated for the person a given-name group names ("Scott
/// Jenkin, 23"), as comparison keys.
fn ages_of(pool: &Pool, facts: &[&PooledFact], g: &Group) -> BTreeSet<String> {
    let Some(first) = facts.first() else {
        return BTreeSet::new();
    };
    let subject = crosscheck_model::Subject::Age(format!(
        "{}#{}",
        base_key(first.fact.subject.entity_key().unwrap_or_default()),
        g.key
    ));
    pool.facts
        .iter()
        .filter(|f| f.fact.subject == subject)
        .map(|f| f.fact.value.key.clone())
        .collect()
}

/// Every title a given-name group is written with, over all its documents.
fn all_titles(per_doc: &[(usize, BTreeSet<String>)]) -> BTreeSet<String> {
    per_doc
        .iter()
        .flat_map(|(_, t)| t.iter().cloned())
        .collect()
}

/// Whether two names of one surname are the same person by age: the same
/// age says yes even when one is described as a relative and the other is
/// not ("her son John Jenkin, 23" and "Scott Jenkin, 23"); different ages
/// say no. `None` when either age is unknown.
fn same_age(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<bool> {
    (!a.is_empty() && !b.is_empty()).then(|| !a.is_disjoint(b))
}

/// One document names both without a role they share.
fn named_together(a: &[(usize, BTreeSet<String>)], b: &[(usize, BTreeSet<String>)]) -> bool {
    a.iter()
        .any(|(da, ra)| b.iter().any(|(db, rb)| da == db && ra.is_disjoint(rb)))
}

/// Two given names of one surname belong to different people when one
/// document names both without a shared role, or when both are described
/// with roles that have nothing in common and one of them is a relative
/// ("the deputy" and "his mother").
fn distinct_people(a: &[(usize, BTreeSet<String>)], b: &[(usize, BTreeSet<String>)]) -> bool {
    if named_together(a, b) {
        return true;
    }
    let (ra, rb) = (all_titles(a), all_titles(b));
    let kin = |r: &BTreeSet<String>| r.iter().any(|k| KIN.contains(&k.as_str()));
    // "her brother Jack Page" and "Betty Mae Page": a relative named by
    // kinship that the other name never has is someone else.
    let kin_only = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
        x.iter()
            .any(|k| KIN.contains(&k.as_str()) && !y.contains(k))
    };
    ra.is_disjoint(&rb)
        && (kin(&ra) || kin(&rb))
        && (!ra.is_empty() && !rb.is_empty() || kin_only(&ra, &rb) || kin_only(&rb, &ra))
}

/// Spellings of one name ("Kurbanguly", "Gurbanguly", "Gurbanguli";
/// "Alexis" and "Alexandros") are variants, not different names: one edit
/// apart in names of five letters or more, two in names of eight or more,
/// or the same first four letters. A misspelling ([`misspelt`]:
/// "Paul-Henry" for "Paul-Henri") is left apart, so that the given names
/// are contested: a reader wants to know which reports got it wrong.
fn merge_variants(groups: &mut Vec<Group>) {
    let mut i = 0;
    while i < groups.len() {
        let partner = (0..groups.len()).find(|&j| {
            j != i
                && (spelling_variants(&groups[i].key, &groups[j].key)
                    && !misspelt(&groups[i].key, &groups[j].key)
                    || middle_name(&groups[i], &groups[j]))
        });
        match partner {
            Some(j) => {
                let g = groups.remove(i);
                let t = if j > i { j - 1 } else { j };
                groups[t].facts.extend(g.facts);
            }
            None => i += 1,
        }
    }
}

/// One group's given names as written are all words of the other's, which
/// has more: a middle name used as the given name, or dropped ("Cheryl
/// Boone" Isaacs and "Boone" Isaacs).
fn middle_name(a: &Group, b: &Group) -> bool {
    let written = |g: &Group| -> BTreeSet<Vec<String>> {
        g.facts
            .iter()
            .map(|f| {
                f.fact
                    .value
                    .display
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .collect()
            })
            .collect()
    };
    let (wa, wb) = (written(a), written(b));
    let within = |short: &Vec<String>, long: &Vec<String>| {
        short.len() < long.len() && short.iter().all(|w| long.contains(w))
    };
    wa.iter()
        .any(|x| wb.iter().any(|y| within(x, y) || within(y, x)))
}

pub(crate) fn spelling_variants(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.contains(&'.') || b.contains(&'.') {
        return false;
    }
    let shortest = a.len().min(b.len());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    // The same first four letters, or a short form that opens the long one
    // ("Lou", "Louis"; "Dan", "Daniel").
    if prefix >= 4 || prefix == shortest && shortest >= 3 {
        return true;
    }
    let allowed = if shortest >= 8 {
        2
    } else if shortest >= 5 {
        1
    } else {
        0
    };
    allowed > 0 && edit_distance(&a, &b) <= allowed
}

/// Two spellings of one name that differ by a slip, not by form: the same
/// first letter and length within one, at most one edit apart in names of
/// five to seven letters and two in longer ones ("Hankin", "Hankins";
/// "Paul-Henri", "Paul-Henry"; "Abduljalil", "Abdulcelil"). Short forms
/// ("Dan", "Daniel") and transliterations that change the first sound
/// ("Kurbanguly", "Gurbanguly") are not slips.
pub(crate) fn misspelt(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (
        a.to_lowercase().chars().collect(),
        b.to_lowercase().chars().collect(),
    );
    let shortest = a.len().min(b.len());
    if a == b || shortest < 5 || a.len().abs_diff(b.len()) > 1 || a.first() != b.first() {
        return false;
    }
    if a.iter()
        .chain(&b)
        .any(|c| !c.is_alphabetic() && *c != '-' && *c != '\'')
    {
        return false;
    }
    let allowed = if shortest >= 8 { 2 } else { 1 };
    edit_distance(&a, &b) <= allowed
}

pub(crate) fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// "J." is compatible with the one given name starting with J, if there is
/// exactly one; otherwise it stays apart (and is ambiguous, not a conflict of its own).
fn merge_initials(groups: &mut Vec<Group>) {
    let mut i = 0;
    while i < groups.len() {
        if groups[i].key.ends_with('.') {
            let initial = groups[i].key.trim_end_matches('.').to_string();
            let targets: Vec<usize> = (0..groups.len())
                .filter(|&j| {
                    j != i && !groups[j].key.ends_with('.') && groups[j].key.starts_with(&initial)
                })
                .collect();
            if targets.len() == 1 {
                let g = groups.remove(i);
                let t = if targets[0] > i {
                    targets[0] - 1
                } else {
                    targets[0]
                };
                groups[t].facts.extend(g.facts);
                continue;
            }
        }
        i += 1;
    }
}

fn titles(
    pool: &Pool,
    facts: &[&PooledFact],
    gendered: &mut BTreeSet<(usize, crosscheck_model::Span)>,
    out: &mut Vec<Verdict>,
) {
    let who = person_label(pool, facts);
    let left = genders(pool, &who, facts, out);
    gendered.extend(
        facts
            .iter()
            .filter(|f| !left.iter().any(|l| l.index == f.index))
            .map(|f| (f.doc, f.fact.span)),
    );
    let facts = &left;
    let groups = group_by_key(facts, |f| f.fact.value.key.clone());
    // A person keeps one title through a story's reports; two titles from
    // the vocabulary of offices, ranks and jobs conflict unless some
    // document gives the person both (a senator who is also a former
    // governor). Compatibility is judged pair by pair: one report that
    // calls Salazar "Interior Secretary" and "the former senator" says
    // nothing for a third title another report gives him. A title and a
    // longer form of it ("secretary", "interior secretary") are one title,
    // and so are synonyms and a generic title with a specific one
    // ("attorney", "prosecutor": [`roles::one_job`]).
    // Kinship is a relation, not a title, and descriptions outside the
    // vocabulary ("businessman", "star") are never contested.
    let (classed, unclassed): (Vec<&Group>, Vec<&Group>) = groups
        .iter()
        .filter(|g| !KIN.contains(&g.key.as_str()))
        .partition(|g| roles::class_of(&g.key).is_some());
    let docs: Vec<BTreeSet<usize>> = classed
        .iter()
        .map(|g| g.facts.iter().map(|f| f.doc).collect())
        .collect();
    let mut edges = Vec::new();
    for i in 0..classed.len() {
        for j in i + 1..classed.len() {
            let (a, b) = (classed[i], classed[j]);
            let together =
                !docs[i].is_disjoint(&docs[j]) || turned(pool, a, b) || turned(pool, b, a);
            if !together
                && roles::exclusive(&written_key(a), &written_key(b))
                && !chairs_a_body(a)
                && !chairs_a_body(b)
            {
                edges.push((i, j));
            }
        }
    }
    let mut contested = vec![false; classed.len()];
    for component in crate::values::components(classed.len(), edges.into_iter()) {
        component.iter().for_each(|&g| contested[g] = true);
        let owned: Vec<Group> = component.iter().map(|&g| classed[g].clone()).collect();
        out.push(
            conflict(
                pool,
                VerdictKind::Contested,
                &who,
                "title",
                &owned,
                &format!("Sources give {who} different titles"),
            )
            .decided_by([Rule::SamePerson, Rule::ExclusiveTitles]),
        );
    }
    for (g, _) in classed.iter().zip(&contested).filter(|(_, &c)| !c) {
        out.push(agreement(pool, &who, "title", g, &format!("{who}'s title")));
    }
    for g in unclassed {
        out.push(agreement(pool, &who, "title", g, &format!("{who}'s title")));
    }
    two_offices(pool, &who, &classed, out);
}

/// The gender a title's written form marks: "spokeswoman", "chairwoman",
/// "actress" against "spokesman", "chairman", "actor".
fn written_gender(display: &str) -> Option<&'static str> {
    let last = display
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())?
        .to_lowercase();
    if last.ends_with("woman") || last.ends_with("women") || last == "actress" {
        Some("a woman's")
    } else if last.ends_with("man") || last.ends_with("men") || last == "actor" {
        Some("a man's")
    } else {
        None
    }
}

/// One person's title written as a man's by some reports and as a woman's
/// by others ("a spokeswoman for the ambulance service", "the service's
/// spokesman"): one of them has the person wrong, whatever the job. The
/// contest is reported here, and the facts behind it are taken out of the
/// title comparison (so no corroboration of "spokesman" swallows it);
/// returns the facts left.
fn genders<'p, 'a>(
    pool: &Pool,
    who: &str,
    facts: &[&'p PooledFact<'a>],
    out: &mut Vec<Verdict>,
) -> Vec<&'p PooledFact<'a>> {
    let mut by_key: BTreeMap<&str, Vec<Group<'p, 'a>>> = BTreeMap::new();
    for f in facts {
        if let Some(gender) = written_gender(&f.fact.value.display) {
            let groups = by_key.entry(f.fact.value.key.as_str()).or_default();
            match groups.iter_mut().find(|g| g.key == gender) {
                Some(g) => g.facts.push(f),
                None => groups.push(Group {
                    key: gender.to_string(),
                    facts: vec![f],
                }),
            }
        }
    }
    let mut taken: BTreeSet<usize> = BTreeSet::new();
    for groups in by_key.values().filter(|g| g.len() == 2) {
        if Pool::origin_count(groups.iter().flat_map(|g| g.facts.iter().copied())) < 2 {
            continue;
        }
        let shown: Vec<Group> = groups
            .iter()
            .map(|g| Group {
                key: g.display(),
                facts: g.facts.clone(),
            })
            .collect();
        out.push(
            conflict(
                pool,
                VerdictKind::Contested,
                who,
                "title",
                &shown,
                &format!("Sources write {who}'s title as a man's and as a woman's"),
            )
            .decided_by([Rule::SamePerson, Rule::GenderDiffers]),
        );
        taken.extend(groups.iter().flat_map(|g| g.facts.iter().map(|f| f.index)));
    }
    facts
        .iter()
        .copied()
        .filter(|f| !taken.contains(&f.index))
        .collect()
}

/// A title group's key with the words that say whose post it is, when
/// every report writes them: analyze keys "team president" as "president",
/// but a team's president is an executive ([`roles::class_of`]).
fn written_key(g: &Group) -> String {
    let company = |f: &&PooledFact| {
        f.fact
            .value
            .display
            .split(' ')
            .rev()
            .nth(1)
            .filter(|w| roles::COMPANIES.contains(w))
            .map(str::to_string)
    };
    match g
        .facts
        .iter()
        .map(company)
        .collect::<Option<BTreeSet<String>>>()
    {
        Some(words) if words.len() == 1 && g.key == "president" => {
            format!("{} president", words.first().expect("one word"))
        }
        _ => g.key.clone(),
    }
}

/// A report that gives one person two public offices at once ("Commerce
/// Secretary Gary Locke" and "Senator Locke") contradicts itself: nobody
/// is a senator and a cabinet secretary, a mayor and a governor, at the
/// same time. Only offices, only titles the report itself gives as
/// current (a "former senator" who is now secretary is a career), and
/// never a chair a member holds beside their seat.
fn two_offices(pool: &Pool, who: &str, classed: &[&Group], out: &mut Vec<Verdict>) {
    // A status fact shares its title's span (analyze's `role_facts`).
    let current_titles: BTreeSet<(usize, usize, usize)> = pool
        .facts
        .iter()
        .filter(|s| s.fact.attribute == Attribute::Status && s.fact.value.key == "current")
        .map(|s| (s.doc, s.fact.span.start, s.fact.span.end))
        .collect();
    let current =
        |f: &PooledFact| current_titles.contains(&(f.doc, f.fact.span.start, f.fact.span.end));
    let offices: Vec<&Group> = classed
        .iter()
        .copied()
        .filter(|g| {
            roles::class_of(&g.key) == Some("office") && !chairs_a_body(g)
                || g.facts
                    .iter()
                    .all(|f| roles::is_grade(&g.key, f.fact.span.slice(&pool.docs[f.doc].text)))
        })
        .collect();
    // Two offices, or two grades: "police Lt. Gerry Scherlinck" and
    // "police Cmdr. Gerry Scherlinck". A grade's short form is the same
    // grade ("Lt. Col. Smith", then "Col. Smith").
    let clashes = |a: &Group, b: &Group| {
        roles::class_of(&a.key) == roles::class_of(&b.key)
            && !roles::one_job(&a.key, &b.key)
            && !a.key.ends_with(&b.key)
            && !b.key.ends_with(&a.key)
    };
    for d in 0..pool.docs.len() {
        let own: Vec<Group> = offices
            .iter()
            .map(|g| Group {
                key: g.key.clone(),
                facts: g.facts.iter().copied().filter(|f| f.doc == d).collect(),
            })
            .filter(|g| !g.facts.is_empty() && g.facts.iter().all(|f| current(f)))
            .collect();
        let clash = own
            .iter()
            .enumerate()
            .find_map(|(i, a)| own[i + 1..].iter().find(|b| clashes(a, b)).map(|b| [a, b]));
        if let Some(pair) = clash {
            let doc = &pool.docs[d].id;
            let what = if roles::class_of(&pair[0].key) == Some("office") {
                "offices"
            } else {
                "ranks"
            };
            out.push(Verdict {
                weak_match: false,
                rules: vec![Rule::SameReportDiffers, Rule::ExclusiveTitles],
                kind: VerdictKind::SelfContradiction,
                subject: who.to_string(),
                attribute: "title".to_string(),
                explanation: format!(
                    "{doc} gives {who} two {what} at once: “{}” and “{}”.",
                    pair[0].display(),
                    pair[1].display()
                ),
                values: pair
                    .iter()
                    .map(|g| evidence::value(pool, g.display(), &g.facts))
                    .collect(),
            });
        }
    }
}

/// True when a report gives `later`'s title as what a holder of
/// `earlier`'s became: "Olympic swimmer turned actress" states both
/// careers, so it supports "swimmer" in another report as much as
/// "actress".
fn turned(pool: &Pool, later: &Group, earlier: &Group) -> bool {
    let earlier_head = earlier.key.rsplit(' ').next().unwrap_or_default();
    later.facts.iter().any(|f| {
        // The title's own words ("Olympic swimmer turned actress") or the
        // words just before it ("swimmer-turned-legendary Hollywood actress").
        let text = &pool.docs[f.doc].text;
        let words: Vec<&str> = text[crate::back(text, f.fact.span.start, 40)..f.fact.span.end]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words
            .windows(2)
            .any(|w| w[1] == "turned" && w[0].eq_ignore_ascii_case(earlier_head))
    })
}

/// A committee's or board's chair ("House Natural Resources Committee
/// Chairman Nick Rahall"): a seat held alongside a member's own title, so
/// it conflicts with none.
fn chairs_a_body(g: &Group) -> bool {
    let chair = matches!(
        g.key.rsplit(' ').next(),
        Some("chairman" | "chairwoman" | "chair")
    );
    // The body is named in the title ("Committee Chairman") or in its
    // sentence ("chairman of the House Natural Resources Committee").
    let bodies = ["committe", "panel", "board", "caucus", "commiss", "council"];
    chair
        && g.facts.iter().any(|f| {
            let d = f.fact.value.display.to_lowercase();
            bodies
                .iter()
                .any(|b| d.contains(b) || f.fact.context.iter().any(|w| w.starts_with(b)))
        })
}

fn statuses(pool: &Pool, facts: &[&PooledFact], out: &mut Vec<Verdict>) {
    let mut groups = group_by_key(facts, |f| f.fact.value.key.clone());
    let role = facts[0].fact.subject.role_head().unwrap_or_default();
    let who = format!("{} as {role}", person_label(pool, facts));
    // An acting director is the director of the day: "interim FBI
    // director Gray" and "the FBI director Gray" agree.
    if let (Some(a), Some(c)) = (
        groups.iter().position(|g| g.key == "acting"),
        groups.iter().position(|g| g.key == "current"),
    ) {
        let current = groups[c].facts.clone();
        groups[a].facts.extend(current);
        groups.remove(c);
    }
    // Sources disagree only when two origins do: one report's "the late
    // Sen. Jackson" and its "Senator Jackson" are one voice, and its plain
    // title is style (see the self-contradiction rule below).
    if groups.len() == 1 || Pool::origin_count(facts.iter().copied()) < 2 {
        for g in &groups {
            out.push(agreement(
                pool,
                &who,
                "status",
                g,
                &format!("that {who} is {}", g.key),
            ));
        }
        self_contradictions(pool, &who, "status", &groups, |g| g.key != "current", out);
        return;
    }
    out.push(
        conflict(
            pool,
            VerdictKind::Contested,
            &who,
            "status",
            &groups,
            &format!("Sources disagree on whether {who} is current or former"),
        )
        .decided_by([Rule::SamePerson, Rule::FormerVsCurrent]),
    );
    // An unqualified title inside one article is often just style ("former
    // President X … President X said"); only explicit qualifiers that
    // disagree make an article contradict itself.
    self_contradictions(pool, &who, "status", &groups, |g| g.key != "current", out);
}

fn affiliations(pool: &Pool, facts: &[&PooledFact], out: &mut Vec<Verdict>) {
    // Only countries exclude each other: "Trump's envoy" and "US envoy" are both true.
    let country: Vec<&PooledFact> = facts
        .iter()
        .copied()
        .filter(|f| is_country(&f.fact.value.key))
        .collect();
    if country.is_empty() {
        return;
    }
    let groups = group_by_key(&country, |f| f.fact.value.key.clone());
    let who = person_label(pool, facts);
    if groups.len() == 1 {
        out.push(agreement(
            pool,
            &who,
            "affiliation",
            &groups[0],
            &format!("{who}'s affiliation"),
        ));
    } else {
        out.push(
            conflict(
                pool,
                VerdictKind::Contested,
                &who,
                "affiliation",
                &groups,
                &format!("Sources tie {who} to different countries"),
            )
            .decided_by([Rule::SamePerson]),
        );
    }
}

fn is_country(key: &str) -> bool {
    matches!(
        key,
        "united states" | "united kingdom" | "russia" | "ukraine" | "china" | "france" | "germany"
    )
}

/// One verdict per document whose own facts fall in two or more groups.
fn self_contradictions(
    pool: &Pool,
    who: &str,
    attribute: &str,
    groups: &[Group],
    counts: impl Fn(&Group) -> bool,
    out: &mut Vec<Verdict>,
) {
    for d in 0..pool.docs.len() {
        let own: Vec<Group> = groups
            .iter()
            .filter(|g| counts(g))
            .map(|g| Group {
                key: g.key.clone(),
                facts: g.facts.iter().copied().filter(|f| f.doc == d).collect(),
            })
            .filter(|g| !g.facts.is_empty())
            .collect();
        if own.len() > 1 {
            let doc = &pool.docs[d].id;
            let what = own
                .iter()
                .map(|g| format!("“{}”", g.display()))
                .collect::<Vec<_>>()
                .join(" and ");
            out.push(Verdict {
                weak_match: false,
                rules: if attribute == "status" {
                    vec![
                        Rule::SamePerson,
                        Rule::SameReportDiffers,
                        Rule::FormerVsCurrent,
                    ]
                } else {
                    vec![Rule::SamePerson, Rule::SameReportDiffers]
                },
                kind: VerdictKind::SelfContradiction,
                subject: who.to_string(),
                attribute: attribute.to_string(),
                explanation: format!(
                    "{doc} itself gives {who}'s {} as both {what}.",
                    attribute.replace('_', " ")
                ),
                values: own
                    .iter()
                    .map(|g| evidence::value(pool, g.display(), &g.facts))
                    .collect(),
            });
        }
    }
}

/// A verdict for values that disagree.
pub(crate) fn conflict(
    pool: &Pool,
    kind: VerdictKind,
    who: &str,
    attribute: &str,
    groups: &[Group],
    lead: &str,
) -> Verdict {
    let parts: Vec<String> = groups
        .iter()
        .map(|g| format!("“{}” ({})", g.display(), evidence::doc_list(pool, &g.facts)))
        .collect();
    let made = match kind {
        VerdictKind::SelfContradiction => Rule::SameReportDiffers,
        VerdictKind::Timeline => Rule::ReportedAtDifferentTimes,
        _ => Rule::ValuesDiffer,
    };
    Verdict {
        weak_match: false,
        rules: vec![made],
        kind,
        subject: who.to_string(),
        attribute: attribute.to_string(),
        explanation: format!("{lead}: {}.", parts.join(", ")),
        values: groups
            .iter()
            .map(|g| evidence::value(pool, g.display(), &g.facts))
            .collect(),
    }
}

/// A verdict for one value that no source disputes: corroborated with two
/// or more independent origins, single-source otherwise.
pub(crate) fn agreement(pool: &Pool, who: &str, attribute: &str, g: &Group, what: &str) -> Verdict {
    let origins = Pool::origin_count(g.facts.iter().copied());
    let docs = evidence::doc_list(pool, &g.facts);
    let (kind, explanation) = if origins >= 2 {
        (
            VerdictKind::Corroborated,
            format!(
                "{origins} independent origins ({docs}) agree on {what}: “{}”.",
                g.display()
            ),
        )
    } else {
        (
            VerdictKind::SingleSource,
            format!("Only one origin ({docs}) states {what}: “{}”.", g.display()),
        )
    };
    let made = if kind == VerdictKind::Corroborated {
        Rule::IndependentOrigins
    } else {
        Rule::OneOrigin
    };
    Verdict {
        weak_match: false,
        rules: vec![made],
        kind,
        subject: who.to_string(),
        attribute: attribute.to_string(),
        explanation,
        values: vec![evidence::value(pool, g.display(), &g.facts)],
    }
}
