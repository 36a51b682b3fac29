//! Are two facts about the same thing? Compared by the words around them.
//!
//! Two values of the same kind (two counts of people, two weekdays) in
//! different articles describe the same fact when their sentences share
//! the rare words of the story ("evacuated", "Lindholm", "ferry"), the same
//! named people and the same other figures ("121 RBI"). Common words of the
//! story weigh little (inverse document frequency over the story's
//! documents); named entities weigh double.

use std::collections::{BTreeMap, HashMap, HashSet};

use crosscheck_model::{Subject, ValueKind};

use crate::pool::{Pool, PooledFact};

/// Two contexts must share at least this many tokens to align at all:
/// headlines and datelines have so few words that one shared word would
/// otherwise make them look identical.
pub const MIN_SHARED: usize = 2;

/// The least weight a context word has, however many of the story's
/// documents use it. A word every report uses ("earthquake", "sentenced")
/// says little about *which* of the story's facts a sentence states, but
/// not nothing: it is often the event itself, and paraphrases of one fact
/// share it while their rarer words differ. ECB+ train (`crosscheck eval
/// --split train --seeds 4`): floor 0.1 → 0.3 with [`crate::values::ALIGN`]
/// 0.45 → 0.5 found 619 → 627 of 748 changes, induced false positives
/// 19 → 15, clean-text alarms 194 → 203. Floor 0.4 or 0.6 found more
/// (622, 628 at the old bar) for many more clean-text alarms (209, 231).
pub const IDF_FLOOR: f64 = 0.3;

/// The cosine of two sentences' meanings that counts as no likeness at
/// all, when meanings may raise the likeness of two facts' wordings.
/// Sentences of one story share its topic: their static embeddings sit at
/// cosine 0.58 on median on the real-news set, 0.72 at the 90th
/// percentile, so a useful floor is 0.7 or more. Off (1.0) by default: no
/// floor found more on real news or ECB+ without more false alarms (see
/// `crates/analyze/src/meaning.rs`).
pub const MEANING_FLOOR: f64 = 1.0;

/// The cosine of two sentences' meanings under which their facts are never
/// one fact. Off (-1.0) by default: on ECB+ train a veto costs recall
/// before it removes clean-text alarms (0.6: recall 0.852 → 0.845, alarms
/// 161 → 159).
pub const MEANING_VETO: f64 = -1.0;

/// Units of counts of people that do not say who they are.
const GENERIC_PEOPLE: &[&str] = &["people", "person", "resident", "civilian"];

/// Precomputed weighted context bags of every fact of a story. Ordered
/// maps, so sums run in the same order on every run: a report must not
/// change with hash seeds when a similarity sits exactly on a threshold.
pub struct Weights {
    /// The bars facts are lined up with (the pool's).
    pub config: crate::Config,
    bags: Vec<BTreeMap<String, f64>>,
    totals: Vec<f64>,
}

impl Weights {
    /// Weights from every fact context of the story's documents.
    pub fn of_pool(pool: &Pool) -> Self {
        let mut df: HashMap<&str, usize> = HashMap::new();
        for d in 0..pool.docs.len() {
            let mut seen: HashSet<&str> = HashSet::new();
            for f in pool.facts.iter().filter(|f| f.doc == d) {
                for w in f.fact.context.iter().chain(f.fact.entities.iter()) {
                    seen.insert(w);
                }
            }
            for w in seen {
                *df.entry(w).or_default() += 1;
            }
        }
        let n = pool.docs.len().max(1) as f64;
        let idf = |w: &str| {
            ((n + 1.0) / (df.get(w).copied().unwrap_or(0) as f64 + 0.5))
                .ln()
                .max(pool.config.idf_floor)
        };
        let bags: Vec<BTreeMap<String, f64>> = pool
            .facts
            .iter()
            .map(|f| {
                let mut m: BTreeMap<String, f64> =
                    f.fact.context.iter().map(|w| (w.clone(), idf(w))).collect();
                for e in &f.fact.entities {
                    m.insert(format!("@{e}"), 2.0 * idf(e));
                }
                m
            })
            .collect();
        let totals = bags.iter().map(|b| b.values().sum()).collect();
        Weights {
            config: pool.config,
            bags,
            totals,
        }
    }

    /// Weighted overlap of two facts' contexts, 0 to 1 (0 when they share
    /// fewer than [`MIN_SHARED`] tokens): the weight of the shared tokens
    /// over the weight of the smaller context. Not Jaccard: two reports of
    /// one fact share its key words but each adds many words of its own,
    /// which would drown a union-based score.
    pub fn similarity(&self, a: &PooledFact, b: &PooledFact) -> f64 {
        let (ba, bb) = (&self.bags[a.index], &self.bags[b.index]);
        let (small, large) = if ba.len() <= bb.len() {
            (ba, bb)
        } else {
            (bb, ba)
        };
        let mut shared = 0;
        let mut inter = 0.0;
        for (k, w) in small {
            if large.contains_key(k) {
                shared += 1;
                inter += w;
            }
        }
        if shared < MIN_SHARED {
            return 0.0;
        }
        // Outcome classes ("=dead", "=displaced", "=population"), set by the
        // analyze stage: two figures of different outcomes are never one
        // fact. Nor, for figures of plain people, is a figure with an
        // outcome and one without: "12 people" dead, "812 people" forced
        // from their homes and a city of "180,000 people" differ only there.
        // A figure of something named ("four women", "two sons") is
        // compared by its words even when only one side has a class: the
        // class comes from a verb of the clause, which often governs someone
        // else ("arrested … in the slayings of four women").
        let outcomes = |b: &BTreeMap<String, f64>| {
            b.keys()
                .filter(|k| k.starts_with(crosscheck_model::context::OUTCOME))
                .cloned()
                .collect::<Vec<_>>()
        };
        let (oa, ob) = (outcomes(ba), outcomes(bb));
        let plain_people = matches!(
            &a.fact.subject,
            Subject::Value { kind: ValueKind::Count, unit: Some(unit) }
                if GENERIC_PEOPLE.contains(&unit.as_str())
        );
        let classed = if plain_people {
            !oa.is_empty() || !ob.is_empty()
        } else {
            !oa.is_empty() && !ob.is_empty()
        };
        if classed && !oa.iter().any(|o| ob.contains(o)) {
            return 0.0;
        }
        let smaller = self.totals[a.index].min(self.totals[b.index]);
        let words = if smaller <= 0.0 { 0.0 } else { inter / smaller };
        if let (Some(ma), Some(mb)) = (a.meaning, b.meaning) {
            if ma.similarity(mb) < self.config.meaning_veto {
                return 0.0;
            }
        }
        words.max(self.meaning_similarity(a, b))
    }

    /// How close the meanings of two facts' sentences are, 0 to 1: their
    /// cosine rescaled so that [`Config::meaning_floor`] (what sentences
    /// of one story share by topic alone) is 0 and identity is 1. 0 when
    /// either has no meaning (a build without the model).
    ///
    /// [`Config::meaning_floor`]: crate::Config::meaning_floor
    fn meaning_similarity(&self, a: &PooledFact, b: &PooledFact) -> f64 {
        let (Some(ma), Some(mb)) = (a.meaning, b.meaning) else {
            return 0.0;
        };
        let floor = self.config.meaning_floor;
        if floor >= 1.0 {
            return 0.0;
        }
        ((ma.similarity(mb) - floor) / (1.0 - floor)).clamp(0.0, 1.0)
    }
}
