//! Are two facts about the same thing? Compared by the words around them.
//!
//! Two values of the same kind (two counts of people, two weekdays) in
//! different articles describe the same fact when their sentences share
//! the rare words of the story ("evacuated", "Lindholm", "ferry") and the
//! same named people. Common words of the story weigh little (inverse
//! document frequency over the story's documents), named entities weigh
//! double.

use std::collections::{HashMap, HashSet};

use crosscheck_model::Fact;

use crate::pool::Pool;

/// Inverse-document-frequency weights of context words within one story.
pub struct Weights {
    idf: HashMap<String, f64>,
    default: f64,
}

impl Weights {
    /// Weights from every fact context of the story's documents.
    pub fn of_pool(pool: &Pool) -> Self {
        let mut df: HashMap<String, usize> = HashMap::new();
        for d in 0..pool.docs.len() {
            let mut seen: HashSet<&str> = HashSet::new();
            for f in pool.facts.iter().filter(|f| f.doc == d) {
                for w in f.fact.context.iter().chain(f.fact.entities.iter()) {
                    seen.insert(w);
                }
            }
            for w in seen {
                *df.entry(w.to_string()).or_default() += 1;
            }
        }
        let n = pool.docs.len().max(1) as f64;
        let idf = df.into_iter().map(|(w, c)| (w, ((n + 1.0) / (c as f64 + 0.5)).ln().max(0.1))).collect();
        Weights { idf, default: ((n + 1.0) / 0.5).ln() }
    }

    fn weight(&self, w: &str) -> f64 {
        self.idf.get(w).copied().unwrap_or(self.default)
    }

    /// Weighted Jaccard similarity of two facts' contexts, 0 to 1.
    pub fn similarity(&self, a: &Fact, b: &Fact) -> f64 {
        let bag = |f: &Fact| -> HashMap<String, f64> {
            let mut m: HashMap<String, f64> = f.context.iter().map(|w| (w.clone(), self.weight(w))).collect();
            for e in &f.entities {
                m.insert(format!("@{e}"), 2.0 * self.weight(e));
            }
            m
        };
        let (a, b) = (bag(a), bag(b));
        let inter: f64 = a.iter().filter(|(k, _)| b.contains_key(*k)).map(|(_, w)| *w).sum();
        let union: f64 = a.values().sum::<f64>() + b.values().sum::<f64>() - inter;
        if union <= 0.0 {
            0.0
        } else {
            inter / union
        }
    }
}
