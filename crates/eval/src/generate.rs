//! The dev-set generator: one controlled change per (story group, kind).
//!
//! For each group with at least two articles and each [`Kind`], the
//! generator lists every (article, key) whose value is also stated in at
//! least one *other* article of the group (a change nobody could notice
//! otherwise is not a fair test), draws one with a seeded RNG, picks a new
//! value the group never states, and rewrites every occurrence of that key
//! in that one article. If the drawn candidate has no fitting new value the
//! next one (in draw order) is tried.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::data::Group;
use crate::finders::{GroupView, Hit, Kind};
use crate::rng::Rng;

/// The seed used when none is given.
pub const DEFAULT_SEED: u64 = 20_240_611;

/// One replaced stretch, located in the *perturbed* text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Injected {
    /// First byte of the replacement in the perturbed text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// What the original text said here.
    pub original: String,
    /// What the perturbed text says: exactly `perturbed[start..end]`.
    pub replacement: String,
}

/// The answer key of one case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseKey {
    /// `<group>-<kind>`, e.g. `1_ecb-given_name`.
    pub id: String,
    /// The story group (ECB+ subtopic).
    pub group: String,
    /// `train` or `dev`.
    pub split: String,
    /// What kind of change.
    pub kind: Kind,
    /// The article that was changed.
    pub doc_id: String,
    /// The finder's key for the changed value ("Tara Reid", "33 year").
    pub about: String,
    /// The original value as first written ("Tara").
    pub original: String,
    /// Its replacement as first written ("Emma").
    pub replacement: String,
    /// Every replaced stretch, in text order.
    pub spans: Vec<Injected>,
}

/// One case: the key plus the changed article's full text. The rest of
/// the group is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// The answer key.
    pub key: CaseKey,
    /// The perturbed article text.
    pub text: String,
}

/// Generate every case for `groups` under `seed`.
pub fn generate(groups: &[Group], seed: u64) -> Vec<Case> {
    let mut out = Vec::new();
    for group in groups.iter().filter(|g| g.docs.len() >= 2) {
        for kind in Kind::ALL {
            if let Some(case) = one_case(group, kind, seed) {
                out.push(case);
            }
        }
    }
    out
}

/// Try to make the case of `kind` for `group`.
pub fn one_case(group: &Group, kind: Kind, seed: u64) -> Option<Case> {
    let texts: Vec<&str> = group.docs.iter().map(|d| d.text.as_str()).collect();
    let hits: Vec<Vec<Hit>> = texts.iter().map(|t| kind.find(t)).collect();
    // key → the articles stating it
    let mut stated: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (d, hs) in hits.iter().enumerate() {
        for h in hs {
            stated.entry(h.key.as_str()).or_default().insert(d);
        }
    }
    // (article, key) pairs a reader could check against another article.
    let mut candidates: Vec<(usize, &str)> = Vec::new();
    for (key, docs) in &stated {
        if docs.len() >= 2 {
            candidates.extend(docs.iter().map(|d| (*d, *key)));
        }
    }
    if candidates.is_empty() {
        return None;
    }
    candidates.sort();
    let view = GroupView::from_hits(&texts, &hits);
    let mut rng = Rng::for_stream(seed, &format!("{}/{}", group.id, kind.name()));
    let first = rng.below(candidates.len());
    for k in 0..candidates.len() {
        let (d, key) = candidates[(first + k) % candidates.len()];
        let chosen: Vec<&Hit> = hits[d].iter().filter(|h| h.key == key).collect();
        let Some(new) = kind.choose(key, &chosen, &view, &mut rng) else {
            continue;
        };
        let (text, spans) = apply(texts[d], &chosen, |h| kind.render(&new, h));
        let doc = &group.docs[d];
        let key = CaseKey {
            id: format!("{}-{}", group.id, kind.name()),
            group: group.id.clone(),
            split: group.split.clone(),
            kind,
            doc_id: doc.doc_id.clone(),
            about: key.to_string(),
            original: spans[0].original.clone(),
            replacement: spans[0].replacement.clone(),
            spans,
        };
        return Some(Case { key, text });
    }
    None
}

/// Replace each hit (non-overlapping, any order) and return the new text
/// with the replacements' spans in it.
pub fn apply(
    text: &str,
    hits: &[&Hit],
    render: impl Fn(&Hit) -> String,
) -> (String, Vec<Injected>) {
    let mut sorted: Vec<&Hit> = hits.to_vec();
    sorted.sort_by_key(|h| h.start);
    sorted.dedup_by_key(|h| h.start);
    let mut out = String::with_capacity(text.len() + 16);
    let mut spans = Vec::new();
    let mut at = 0;
    for h in sorted {
        if h.start < at {
            continue; // overlapping hit: keep the first
        }
        out.push_str(&text[at..h.start]);
        let new = render(h);
        let start = out.len();
        out.push_str(&new);
        spans.push(Injected {
            start,
            end: out.len(),
            original: text[h.start..h.end].to_string(),
            replacement: new,
        });
        at = h.end;
    }
    out.push_str(&text[at..]);
    (out, spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::SourceDoc;

    fn group() -> Group {
        let doc = |id: &str, text: &str| SourceDoc {
            doc_id: id.into(),
            text: text.into(),
        };
        Group {
            id: "9_test".into(),
            split: "train".into(),
            docs: vec![
                doc("a", "Actress Tara Reid, 33, entered rehab on Tuesday in Chicago. Tara Reid's 33-year-old friend said \
                          three people knew. President Obama's aide, Gov. Bill Richardson, agreed.\n"),
                doc("b", "Tara Reid went to the clinic on Tuesday, police in Chicago said. The 33-year-old star told \
                          three people. Gov. Bill Richardson and President Obama said nothing.\n"),
                doc("c", "An unrelated line about Paris and Friday.\n"),
            ],
        }
    }

    #[test]
    fn every_kind_makes_a_case_whose_spans_read_the_replacement() {
        let g = group();
        let cases = generate(std::slice::from_ref(&g), 7);
        let kinds: Vec<Kind> = cases.iter().map(|c| c.key.kind).collect();
        assert_eq!(kinds, Kind::ALL);
        for c in &cases {
            assert!(!c.key.spans.is_empty());
            for s in &c.key.spans {
                assert_eq!(&c.text[s.start..s.end], s.replacement, "{}", c.key.id);
                assert_ne!(s.original, s.replacement);
            }
            // Only the injected stretches differ from the original article.
            let orig = &g
                .docs
                .iter()
                .find(|d| d.doc_id == c.key.doc_id)
                .expect("doc")
                .text;
            let mut rebuilt = c.text.clone();
            for s in c.key.spans.iter().rev() {
                rebuilt.replace_range(s.start..s.end, &s.original);
            }
            assert_eq!(&rebuilt, orig);
            assert_ne!(
                c.key.doc_id, "c",
                "the value must be stated in another article"
            );
        }
        let name = cases
            .iter()
            .find(|c| c.key.kind == Kind::GivenName)
            .expect("name case");
        let orig = &g
            .docs
            .iter()
            .find(|d| d.doc_id == name.key.doc_id)
            .expect("doc")
            .text;
        assert!(["Tara Reid", "Bill Richardson"].contains(&name.key.about.as_str()));
        assert_eq!(
            name.key.spans.len(),
            orig.matches(&name.key.about).count(),
            "all full-name occurrences change"
        );
    }

    #[test]
    fn same_seed_same_cases_other_seed_may_differ() {
        let g = [group()];
        assert_eq!(generate(&g, 1), generate(&g, 1));
        let differs = (2..40).any(|s| generate(&g, s) != generate(&g, 1));
        assert!(differs, "the seed has an effect");
    }

    #[test]
    fn single_article_groups_make_no_cases() {
        let mut g = group();
        g.docs.truncate(1);
        assert!(generate(&[g], 1).is_empty());
    }
}
