//! Story clustering on ECB+: feed the articles of a split once, in file
//! order, to an online clusterer and score its final partition against the
//! gold stories (ECB+ subtopics) with BCubed and pairwise precision/recall/F1.
//!
//! The clusterer is a closure (the CLI passes crosscheck's story clusterer),
//! so this crate keeps depending on the shared types only.
//!
//! * BCubed (Bagga & Baldwin 1998): per document, P = |pred ∩ gold| / |pred|
//!   and R = |pred ∩ gold| / |gold| over the clusters holding it, averaged
//!   over documents; F1 of the two averages.
//! * Pairwise: over all document pairs, TP = same gold and same predicted
//!   cluster; P = TP / predicted pairs, R = TP / gold pairs.

use std::collections::HashMap;

use crosscheck_model::Document;
use serde::Serialize;

use crate::{Group, Split};

/// One article of the stream with its gold story.
#[derive(Clone, Debug)]
pub struct StreamDoc {
    /// The gold story (ECB+ subtopic).
    pub gold: String,
    /// The article.
    pub document: Document,
}

/// The articles of `split` in the data file's order (topic number, then
/// document id), which interleaves the two stories of each topic.
pub fn stream(groups: &[Group], split: Split) -> Vec<StreamDoc> {
    let mut docs: Vec<StreamDoc> = groups
        .iter()
        .filter(|g| split.includes(&g.split))
        .flat_map(|g| {
            g.documents(None).into_iter().map(|d| StreamDoc {
                gold: g.id.clone(),
                document: d,
            })
        })
        .collect();
    let topic = |id: &str| {
        id.split('_')
            .next()
            .and_then(|t| t.parse::<u32>().ok())
            .unwrap_or(u32::MAX)
    };
    docs.sort_by(|a, b| {
        let (x, y) = (a.document.id.as_str(), b.document.id.as_str());
        (topic(x), x).cmp(&(topic(y), y))
    });
    docs
}

/// Scores of one partition.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ClusterScores {
    /// Documents scored.
    pub documents: usize,
    /// Gold clusters.
    pub gold_clusters: usize,
    /// Predicted clusters.
    pub predicted_clusters: usize,
    /// BCubed precision.
    pub bcubed_precision: f64,
    /// BCubed recall.
    pub bcubed_recall: f64,
    /// BCubed F1.
    pub bcubed_f1: f64,
    /// Pairwise precision.
    pub pairwise_precision: f64,
    /// Pairwise recall.
    pub pairwise_recall: f64,
    /// Pairwise F1 (the "standard F1" of Miranda et al. 2018).
    pub pairwise_f1: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn pairs(n: usize) -> f64 {
    (n * n.saturating_sub(1) / 2) as f64
}

/// Score predicted cluster labels against gold labels (same length, same order).
pub fn score<G: Eq + std::hash::Hash, P: Eq + std::hash::Hash>(
    gold: &[G],
    predicted: &[P],
) -> ClusterScores {
    assert_eq!(gold.len(), predicted.len(), "one prediction per document");
    let n = gold.len();
    if n == 0 {
        return ClusterScores::default();
    }
    let mut gold_size: HashMap<&G, usize> = HashMap::new();
    let mut pred_size: HashMap<&P, usize> = HashMap::new();
    let mut cell: HashMap<(&G, &P), usize> = HashMap::new();
    for (g, p) in gold.iter().zip(predicted) {
        *gold_size.entry(g).or_default() += 1;
        *pred_size.entry(p).or_default() += 1;
        *cell.entry((g, p)).or_default() += 1;
    }
    let (mut bp, mut br) = (0.0, 0.0);
    for (g, p) in gold.iter().zip(predicted) {
        let both = cell[&(g, p)] as f64;
        bp += both / pred_size[p] as f64;
        br += both / gold_size[g] as f64;
    }
    let (bp, br) = (bp / n as f64, br / n as f64);
    let tp: f64 = cell.values().map(|&c| pairs(c)).sum();
    let pred_pairs: f64 = pred_size.values().map(|&c| pairs(c)).sum();
    let gold_pairs: f64 = gold_size.values().map(|&c| pairs(c)).sum();
    let pp = if pred_pairs > 0.0 {
        tp / pred_pairs
    } else {
        1.0
    };
    let pr = if gold_pairs > 0.0 {
        tp / gold_pairs
    } else {
        1.0
    };
    ClusterScores {
        documents: n,
        gold_clusters: gold_size.len(),
        predicted_clusters: pred_size.len(),
        bcubed_precision: bp,
        bcubed_recall: br,
        bcubed_f1: f1(bp, br),
        pairwise_precision: pp,
        pairwise_recall: pr,
        pairwise_f1: f1(pp, pr),
    }
}

/// Run `cluster` over the stream of `split` and score its labels.
pub fn evaluate<L: Eq + std::hash::Hash>(
    groups: &[Group],
    split: Split,
    cluster: impl FnOnce(&[StreamDoc]) -> Vec<L>,
) -> ClusterScores {
    let docs = stream(groups, split);
    let labels = cluster(&docs);
    let gold: Vec<&str> = docs.iter().map(|d| d.gold.as_str()).collect();
    score(&gold, &labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_merged_partitions() {
        let gold = ["a", "a", "b", "b"];
        let s = score(&gold, &[1, 1, 2, 2]);
        assert_eq!((s.bcubed_f1, s.pairwise_f1), (1.0, 1.0));
        // Everything in one cluster: BCubed P = 0.5, R = 1.
        let s = score(&gold, &[0, 0, 0, 0]);
        assert!((s.bcubed_precision - 0.5).abs() < 1e-12);
        assert_eq!(s.bcubed_recall, 1.0);
        assert!((s.pairwise_precision - 2.0 / 6.0).abs() < 1e-12);
        // All singletons: pairwise recall 0, BCubed recall 0.5.
        let s = score(&gold, &[1, 2, 3, 4]);
        assert_eq!(s.pairwise_f1, 0.0);
        assert!((s.bcubed_recall - 0.5).abs() < 1e-12);
    }

    #[test]
    fn stream_is_in_file_order_and_filtered_by_split() {
        let raw = r#"{"doc_id":"10_1ecb","topic":10,"subtopic":"10_ecb","split":"train","sentences":["A ."]}
{"doc_id":"2_1ecbplus","topic":2,"subtopic":"2_ecbplus","split":"train","sentences":["B ."]}
{"doc_id":"2_1ecb","topic":2,"subtopic":"2_ecb","split":"train","sentences":["C ."]}
{"doc_id":"3_1ecb","topic":3,"subtopic":"3_ecb","split":"dev","sentences":["D ."]}"#;
        let groups = crate::data::parse(raw, "t").expect("parses");
        let ids: Vec<String> = stream(&groups, Split::Train)
            .iter()
            .map(|d| d.document.id.0.clone())
            .collect();
        assert_eq!(ids, ["2_1ecb", "2_1ecbplus", "10_1ecb"]);
        assert_eq!(stream(&groups, Split::Dev).len(), 1);
    }
}
