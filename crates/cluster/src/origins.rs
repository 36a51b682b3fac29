//! Copies and near-copies of one text count as one origin.
//!
//! A wire story reprinted by forty sites is one source, not forty: when
//! corroboration is counted, documents that share most of their wording are
//! merged into one [`Origin`]. Two documents are merged when one repeats at
//! least [`COPY_CONTAINMENT`] of the other's word 5-grams (containment, not
//! Jaccard, so a copy that adds a paragraph or drops a footer still counts).
//! Page noise is left out of the comparison so shared footers do not make
//! unrelated pages look copied.
//!
//! This is exact pairwise comparison, fine for the tens of documents `check`
//! gets; the corpus store uses MinHash/LSH for the same test at scale.

use std::collections::{HashMap, HashSet};

use crosscheck_model::{Document, Origin};

/// Share of the smaller document's 5-grams the other must repeat to count as
/// a copy. 0.5 keeps light edits (a changed name, a new lead paragraph) as
/// copies while independent reports of one event, which share names and
/// stock phrases but rarely whole 5-word runs, stay apart (they typically
/// share under 5%).
pub const COPY_CONTAINMENT: f64 = 0.5;

/// Group documents into independent origins, in input order.
pub fn find_origins(docs: &[Document]) -> Vec<Origin> {
    let shingles: Vec<HashSet<u64>> = docs.iter().map(shingles_of).collect();
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    let mut reasons: HashMap<usize, Vec<String>> = HashMap::new();
    for j in 0..docs.len() {
        for i in 0..j {
            let (a, b) = (&shingles[i], &shingles[j]);
            if a.is_empty() || b.is_empty() {
                continue;
            }
            let shared = a.intersection(b).count();
            let (small, small_id, big_id) = if a.len() <= b.len() {
                (a.len(), i, j)
            } else {
                (b.len(), j, i)
            };
            let containment = shared as f64 / small as f64;
            if containment >= COPY_CONTAINMENT {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri != rj {
                    let root = ri.min(rj);
                    parent[ri.max(rj)] = root;
                    let verb = if containment > 0.98 {
                        "is a copy of"
                    } else {
                        "repeats"
                    };
                    let reason = if verb == "repeats" {
                        format!(
                            "{} repeats {:.0}% of the word 5-grams of {} (near-copy)",
                            docs[small_id].id,
                            containment * 100.0,
                            docs[big_id].id
                        )
                    } else {
                        format!("{} {verb} {}", docs[small_id].id, docs[big_id].id)
                    };
                    reasons.entry(root).or_default().push(reason);
                }
            }
        }
    }
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for i in 0..docs.len() {
        let root = find(&mut parent, i);
        match groups.iter_mut().find(|(r, _)| *r == root) {
            Some((_, members)) => members.push(i),
            None => groups.push((root, vec![i])),
        }
    }
    groups
        .into_iter()
        .map(|(root, members)| Origin {
            documents: members.iter().map(|&i| docs[i].id.clone()).collect(),
            reason: match reasons.remove(&root) {
                Some(r) => r.join("; "),
                None => "independent text".to_string(),
            },
        })
        .collect()
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The document's word 5-gram hashes as a set (the same shingles the corpus
/// store's MinHash uses, see [`crate::lsh::shingles`]).
fn shingles_of(doc: &Document) -> HashSet<u64> {
    crate::lsh::shingles(doc).into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "The mayor of Lindholm said on Monday that the ferry carried 212 passengers \
        when it struck the breakwater shortly after dawn. Rescue crews pulled 180 people from the water \
        within three hours, and divers were still searching the hull late into the evening. The harbour \
        authority closed the port to all traffic until further notice.";

    #[test]
    fn copy_with_small_edits_is_one_origin() {
        let edited = BASE
            .replace("212", "214")
            .replace("late into the evening", "overnight");
        let docs = vec![
            Document::from_text("a", "a.txt", BASE),
            Document::from_text("b", "b.txt", edited),
            Document::from_text(
                "c",
                "c.txt",
                "A ferry hit the Lindholm breakwater at dawn with more than two hundred people aboard, \
                 officials said. Most were rescued quickly; divers kept searching through the night while \
                 the port stayed shut.",
            ),
        ];
        let origins = find_origins(&docs);
        assert_eq!(origins.len(), 2);
        assert_eq!(origins[0].documents.len(), 2);
        assert!(
            origins[0].reason.contains("near-copy"),
            "{}",
            origins[0].reason
        );
        assert_eq!(origins[1].reason, "independent text");
    }

    #[test]
    fn shared_footer_noise_does_not_merge() {
        use crosscheck_model::{NoiseKind, Removed, Span};
        let footer = "\nShare this story on every network you like and subscribe to our newsletter for more news every day of the week";
        let mk = |id: &str, body: &str| {
            let text = format!("{body}{footer}");
            let mut d = Document::from_text(id, id, text.clone());
            d.removed.push(Removed {
                span: Span::new(body.len() + 1, text.len()),
                kind: NoiseKind::SocialButtons,
            });
            d
        };
        let docs = vec![
            mk("a", "Storms flooded the valley overnight."),
            mk("b", "The council approved a new budget."),
        ];
        assert_eq!(find_origins(&docs).len(), 2);
    }
}
