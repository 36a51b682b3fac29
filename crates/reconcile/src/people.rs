//! People across documents: given name, title, status, affiliation.
//!
//! People are matched across documents by entity key (the surname), so
//! "Steve Witkoff" in one report and "David Witkoff" in another are one
//! person whose given name is contested — exactly the drift crosscheck
//! exists to catch. Nicknames ("Steve"/"Stephen") and initials ("J.") are
//! compatible, not conflicts.

use std::collections::BTreeMap;

use crosscheck_model::{Attribute, EntityKind, Verdict, VerdictKind};

use crate::evidence;
use crate::pool::{Pool, PooledFact};
use crate::roles;

/// Verdicts on every person attribute of the story.
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let mut by_subject: BTreeMap<(Attribute, &str), Vec<&PooledFact>> = BTreeMap::new();
    for f in &pool.facts {
        let attr = f.fact.attribute;
        if f.fact.subject_kind == Some(EntityKind::Person)
            && matches!(attr, Attribute::GivenName | Attribute::Title | Attribute::Status | Attribute::Affiliation)
        {
            by_subject.entry((attr, f.fact.subject.as_str())).or_default().push(f);
        }
    }
    let mut out = Vec::new();
    for ((attr, _), facts) in by_subject {
        match attr {
            Attribute::GivenName => given_names(pool, &facts, &mut out),
            Attribute::Title => titles(pool, &facts, &mut out),
            Attribute::Status => statuses(pool, &facts, &mut out),
            Attribute::Affiliation => affiliations(pool, &facts, &mut out),
            _ => {}
        }
    }
    out
}

/// Facts grouped by comparison key, in first-seen order.
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
        let best = counts.iter().max_by_key(|(d, n)| (**n, std::cmp::Reverse(d.len())));
        best.map(|(d, _)| d.to_string()).unwrap_or_else(|| self.key.clone())
    }
}

pub(crate) fn group_by_key<'p, 'a>(facts: &[&'p PooledFact<'a>], key: impl Fn(&PooledFact) -> String) -> Vec<Group<'p, 'a>> {
    let mut groups: Vec<Group> = Vec::new();
    for f in facts {
        let k = key(f);
        match groups.iter_mut().find(|g| g.key == k) {
            Some(g) => g.facts.push(f),
            None => groups.push(Group { key: k, facts: vec![f] }),
        }
    }
    groups
}

/// Display name of the person: the surname as sources write it, since the
/// given name may be what is in doubt.
fn surname_label(facts: &[&PooledFact]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in facts {
        let label = f.fact.subject_label.split(" as ").next().unwrap_or(&f.fact.subject_label);
        *counts.entry(label.rsplit(' ').next().unwrap_or(label)).or_default() += 1;
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(s, _)| s.to_string()).unwrap_or_default()
}

/// The full name most documents use (counted per document, so one article
/// repeating an odd name many times does not outvote the others).
fn full_label(facts: &[&PooledFact]) -> String {
    let mut docs_per_label: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for f in facts {
        let label = f.fact.subject_label.split(" as ").next().unwrap_or(&f.fact.subject_label);
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

fn given_names(pool: &Pool, facts: &[&PooledFact], out: &mut Vec<Verdict>) {
    let mut groups = group_by_key(facts, |f| f.fact.value.key.clone());
    merge_initials(&mut groups);
    let who = surname_label(facts);
    if groups.len() == 1 {
        out.push(agreement(pool, &who, "given_name", &groups[0], &format!("{who}'s given name")));
        return;
    }
    out.push(conflict(
        pool,
        VerdictKind::Contested,
        &who,
        "given_name",
        &groups,
        &format!("Sources give {who} {} different given names", groups.len()),
    ));
    self_contradictions(pool, &who, "given_name", &groups, |_| true, out);
}

/// "J." is compatible with the one given name starting with J, if there is
/// exactly one; otherwise it stays apart (and is ambiguous, not a conflict of its own).
fn merge_initials(groups: &mut Vec<Group>) {
    let mut i = 0;
    while i < groups.len() {
        if groups[i].key.ends_with('.') {
            let initial = groups[i].key.trim_end_matches('.').to_string();
            let targets: Vec<usize> =
                (0..groups.len()).filter(|&j| j != i && !groups[j].key.ends_with('.') && groups[j].key.starts_with(&initial)).collect();
            if targets.len() == 1 {
                let g = groups.remove(i);
                let t = if targets[0] > i { targets[0] - 1 } else { targets[0] };
                groups[t].facts.extend(g.facts);
                continue;
            }
        }
        i += 1;
    }
}

fn titles(pool: &Pool, facts: &[&PooledFact], out: &mut Vec<Verdict>) {
    let groups = group_by_key(facts, |f| f.fact.value.key.clone());
    let who = full_label(facts);
    // Titles of one class that exclude each other.
    let mut by_class: BTreeMap<&str, Vec<&Group>> = BTreeMap::new();
    let mut unclassed = Vec::new();
    for g in &groups {
        match roles::class_of(&g.key) {
            Some(c) => by_class.entry(c).or_default().push(g),
            None => unclassed.push(g),
        }
    }
    for (_, gs) in by_class {
        // A document that gives the person two titles of one class says
        // they hold both (a minister who is also deputy prime minister).
        let multi_role = (0..pool.docs.len()).any(|d| gs.iter().filter(|g| g.facts.iter().any(|f| f.doc == d)).count() > 1);
        if gs.len() > 1 && !multi_role {
            let owned: Vec<Group> = gs.iter().map(|g| Group { key: g.key.clone(), facts: g.facts.clone() }).collect();
            out.push(conflict(pool, VerdictKind::Contested, &who, "title", &owned, &format!("Sources give {who} different titles")));
        } else {
            for g in gs {
                out.push(agreement(pool, &who, "title", g, &format!("{who}'s title")));
            }
        }
    }
    for g in unclassed {
        out.push(agreement(pool, &who, "title", g, &format!("{who}'s title")));
    }
}

fn statuses(pool: &Pool, facts: &[&PooledFact], out: &mut Vec<Verdict>) {
    let groups = group_by_key(facts, |f| f.fact.value.key.clone());
    let role = facts[0].fact.subject.rsplit('|').next().unwrap_or_default();
    let who = format!("{} as {role}", full_label(facts));
    if groups.len() == 1 {
        out.push(agreement(pool, &who, "status", &groups[0], &format!("that {who} is {}", groups[0].key)));
        return;
    }
    out.push(conflict(
        pool,
        VerdictKind::Contested,
        &who,
        "status",
        &groups,
        &format!("Sources disagree on whether {who} is current or former"),
    ));
    // An unqualified title inside one article is often just style ("former
    // President X … President X said"); only explicit qualifiers that
    // disagree make an article contradict itself.
    self_contradictions(pool, &who, "status", &groups, |g| g.key != "current", out);
}

fn affiliations(pool: &Pool, facts: &[&PooledFact], out: &mut Vec<Verdict>) {
    // Only countries exclude each other: "Trump's envoy" and "US envoy" are both true.
    let country: Vec<&PooledFact> = facts.iter().copied().filter(|f| is_country(&f.fact.value.key)).collect();
    if country.is_empty() {
        return;
    }
    let groups = group_by_key(&country, |f| f.fact.value.key.clone());
    let who = full_label(facts);
    if groups.len() == 1 {
        out.push(agreement(pool, &who, "affiliation", &groups[0], &format!("{who}'s affiliation")));
    } else {
        out.push(conflict(pool, VerdictKind::Contested, &who, "affiliation", &groups, &format!("Sources tie {who} to different countries")));
    }
}

fn is_country(key: &str) -> bool {
    matches!(key, "united states" | "united kingdom" | "russia" | "ukraine" | "china" | "france" | "germany")
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
            .map(|g| Group { key: g.key.clone(), facts: g.facts.iter().copied().filter(|f| f.doc == d).collect() })
            .filter(|g| !g.facts.is_empty())
            .collect();
        if own.len() > 1 {
            let doc = &pool.docs[d].id;
            let what = own.iter().map(|g| format!("“{}”", g.display())).collect::<Vec<_>>().join(" and ");
            out.push(Verdict {
                kind: VerdictKind::SelfContradiction,
                subject: who.to_string(),
                attribute: attribute.to_string(),
                explanation: format!("{doc} itself gives {who}'s {} as both {what}.", attribute.replace('_', " ")),
                values: own.iter().map(|g| evidence::value(pool, g.display(), &g.facts)).collect(),
            });
        }
    }
}

/// A verdict for values that disagree.
pub(crate) fn conflict(pool: &Pool, kind: VerdictKind, who: &str, attribute: &str, groups: &[Group], lead: &str) -> Verdict {
    let parts: Vec<String> = groups
        .iter()
        .map(|g| format!("“{}” ({})", g.display(), evidence::doc_list(pool, &g.facts)))
        .collect();
    Verdict {
        kind,
        subject: who.to_string(),
        attribute: attribute.to_string(),
        explanation: format!("{lead}: {}.", parts.join(", ")),
        values: groups.iter().map(|g| evidence::value(pool, g.display(), &g.facts)).collect(),
    }
}

/// A verdict for one value that no source disputes: corroborated with two
/// or more independent origins, single-source otherwise.
pub(crate) fn agreement(pool: &Pool, who: &str, attribute: &str, g: &Group, what: &str) -> Verdict {
    let origins = Pool::origin_count(g.facts.iter().copied());
    let docs = evidence::doc_list(pool, &g.facts);
    let (kind, explanation) = if origins >= 2 {
        (VerdictKind::Corroborated, format!("{origins} independent origins ({docs}) agree on {what}: “{}”.", g.display()))
    } else {
        (VerdictKind::SingleSource, format!("Only one origin ({docs}) states {what}: “{}”.", g.display()))
    };
    Verdict {
        kind,
        subject: who.to_string(),
        attribute: attribute.to_string(),
        explanation,
        values: vec![evidence::value(pool, g.display(), &g.facts)],
    }
}
