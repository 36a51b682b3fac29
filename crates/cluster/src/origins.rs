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
//! A rewrite (a content farm's paraphrase, an outlet's own rewrite of a
//! wire story) keeps few 5-word runs but many 3-word ones: documents of one
//! story whose word 3-grams overlap by [`PARAPHRASE_CONTAINMENT`] are one
//! origin too ([`merge_rewrites`]).
//!
//! Paraphrase is weak evidence, so it does not chain: an article of its own
//! that embeds a few paragraphs of a wire story overlaps one rewrite of it
//! as much as rewrites overlap each other, but shares nothing with the
//! others, and stays a second voice. An article that credits its text to
//! another outlet among the documents ("… reports citing The Japan News")
//! is that outlet's origin whatever its wording ([`crate::credits`]).
//!
//! This is exact pairwise comparison, fine for the tens of documents `check`
//! gets; the corpus store uses MinHash/LSH for the copy test at scale, and
//! the paraphrase test within each story it reports.

use std::collections::{HashMap, HashSet};

use crosscheck_model::{Document, Origin};

/// Share of the smaller document's 5-grams the other must repeat to count as
/// a copy. 0.5 keeps light edits (a changed name, a new lead paragraph) as
/// copies while independent reports of one event, which share names and
/// stock phrases but rarely whole 5-word runs, stay apart (they typically
/// share under 5%).
pub const COPY_CONTAINMENT: f64 = 0.5;

/// Share of the smaller document's word 3-grams the other must repeat to
/// be its paraphrase. On the real-news set (`../shared/data/real-news`,
/// 5 events, 16 same-origin pairs in its key), pairs its key calls one
/// origin (copies, rewrites of one wire story, paraphrases) repeat 0.19 to
/// 0.90 of the other's 3-grams down to the ninth pair, while the most any
/// two independent reports of one event repeat is 0.12. The remaining
/// paraphrases (0.07 to 0.11) overlap no more than independent reports.
pub const PARAPHRASE_CONTAINMENT: f64 = 0.18;

/// The 3-gram containment every document of a paraphrase group must share
/// with every other ([`merge_rewrites`]). Lower than the
/// [`PARAPHRASE_CONTAINMENT`] that starts a merge, since two spins of one
/// wire story overlap each other less than each overlaps the wire (0.17 on
/// the real-news set); high enough that a document sharing nothing with a
/// group's members (independent reports of one event typically share under
/// 0.05) is not pulled in through one of them. On the ECB+ train split 0.10
/// leaves recall and clean-text alarms as single linkage had them; 0.14
/// adds one clean alarm.
pub const PARAPHRASE_SUPPORT: f64 = 0.10;

/// Merge the origins of a story's documents that credit their text to
/// another's outlet ([`crate::credits`]) or paraphrase one another
/// ([`PARAPHRASE_CONTAINMENT`]); `origins` name documents of `docs`.
///
/// A credit links two origins outright. A paraphrase is weaker evidence and
/// does not chain: two origins merge on it only when every document of one
/// shares [`PARAPHRASE_SUPPORT`] of its 3-grams with (or credits) every
/// document of the other, taking the closest pairs first. Otherwise an article that embeds a few paragraphs of a wire
/// story, overlapping one rewrite of it just past the bar, would pull in
/// every other rewrite it shares nothing with.
pub fn merge_rewrites(docs: &[Document], origins: Vec<Origin>) -> Vec<Origin> {
    let grams: Vec<HashSet<u64>> = docs
        .iter()
        .map(|d| crate::lsh::word_grams(d, 3).into_iter().collect())
        .collect();
    let credits: Vec<Vec<String>> = docs.iter().map(crate::credits::credited).collect();
    let outlets: Vec<Vec<String>> = docs.iter().map(crate::credits::outlet_keys).collect();
    let credit = |a: usize, b: usize| {
        credits[a]
            .iter()
            .any(|c| crate::credits::names_outlet(c, &outlets[b]))
    };
    // Each document's origin, looked up once rather than once per pair.
    let origin_of: Vec<Option<usize>> = docs
        .iter()
        .map(|d| origins.iter().position(|o| o.documents.contains(&d.id)))
        .collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); origins.len()];
    for (doc, origin) in origin_of.iter().enumerate() {
        if let Some(o) = origin {
            members[*o].push(doc);
        }
    }
    let n = docs.len();
    let mut paraphrase = vec![None; n * n];
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    let mut parent: Vec<usize> = (0..origins.len()).collect();
    let mut notes: HashMap<usize, Vec<String>> = HashMap::new();
    let join = |parent: &mut Vec<usize>, members: &mut Vec<Vec<usize>>, ri: usize, rj: usize| {
        let (root, other) = (ri.min(rj), ri.max(rj));
        parent[other] = root;
        let moved = std::mem::take(&mut members[other]);
        members[root].extend(moved);
        root
    };
    for j in 0..n {
        for i in 0..j {
            let (Some(oi), Some(oj)) = (origin_of[i], origin_of[j]) else {
                continue;
            };
            if let Some(c) = containment(&grams[i], &grams[j]) {
                paraphrase[i * n + j] = Some(c);
                paraphrase[j * n + i] = Some(c);
                if c >= PARAPHRASE_CONTAINMENT {
                    candidates.push((c, i, j));
                }
            }
            let (ri, rj) = (find(&mut parent, oi), find(&mut parent, oj));
            if ri == rj {
                continue;
            }
            if let Some((a, b)) = [(i, j), (j, i)].into_iter().find(|&(a, b)| credit(a, b)) {
                let root = join(&mut parent, &mut members, ri, rj);
                notes.entry(root).or_default().push(format!(
                    "{} credits its text to the outlet of {}",
                    docs[a].id, docs[b].id
                ));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    for (c, i, j) in candidates {
        let (Some(oi), Some(oj)) = (origin_of[i], origin_of[j]) else {
            continue;
        };
        let (ri, rj) = (find(&mut parent, oi), find(&mut parent, oj));
        if ri == rj {
            continue;
        }
        let linked = |x: usize, y: usize| {
            paraphrase[x * n + y].is_some_and(|c| c >= PARAPHRASE_SUPPORT)
                || credit(x, y)
                || credit(y, x)
        };
        let complete = members[ri]
            .iter()
            .all(|&x| members[rj].iter().all(|&y| linked(x, y)));
        if !complete {
            continue;
        }
        let root = join(&mut parent, &mut members, ri, rj);
        let (small, big) = if grams[i].len() <= grams[j].len() {
            (i, j)
        } else {
            (j, i)
        };
        notes.entry(root).or_default().push(format!(
            "{} repeats {:.0}% of the word 3-grams of {} (paraphrase)",
            docs[small].id,
            c * 100.0,
            docs[big].id
        ));
    }
    let mut merged: Vec<(usize, Origin)> = Vec::new();
    for (i, o) in origins.into_iter().enumerate() {
        let root = find(&mut parent, i);
        match merged.iter_mut().find(|(r, _)| *r == root) {
            Some((_, m)) => {
                m.documents.extend(o.documents);
                if o.reason != INDEPENDENT {
                    m.reason = if m.reason == INDEPENDENT {
                        o.reason
                    } else {
                        format!("{}; {}", m.reason, o.reason)
                    };
                }
            }
            None => merged.push((root, o)),
        }
    }
    merged
        .into_iter()
        .map(|(root, mut o)| {
            if let Some(n) = notes.remove(&root) {
                let n = n.join("; ");
                o.reason = if o.reason == INDEPENDENT {
                    n
                } else {
                    format!("{}; {n}", o.reason)
                };
            }
            o
        })
        .collect()
}

/// The reason of an origin of one document.
const INDEPENDENT: &str = "independent text";

/// Shared share of the smaller of two shingle sets, `None` if either is empty.
fn containment(a: &HashSet<u64>, b: &HashSet<u64>) -> Option<f64> {
    let small = a.len().min(b.len());
    (small > 0).then(|| a.intersection(b).count() as f64 / small as f64)
}

/// Group documents into independent origins, in input order: copies
/// first, then paraphrases.
pub fn find_origins(docs: &[Document]) -> Vec<Origin> {
    merge_rewrites(docs, find_copies(docs))
}

/// Group documents into origins of copies and near-copies, in input order.
fn find_copies(docs: &[Document]) -> Vec<Origin> {
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
                None => INDEPENDENT.to_string(),
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

    #[test]
    fn a_paraphrase_that_keeps_three_word_runs_is_one_origin() {
        // A rewrite swaps words every few words: few 5-word runs survive,
        // many 3-word runs do.
        let rewrite = "The mayor of Lindholm stated on Monday that the ferry was carrying 212 passengers \
            when it hit the breakwater soon after dawn. Rescue teams pulled 180 people out of the water \
            in under three hours, and divers were still searching the hull well into the evening. The \
            harbour authority shut the port to all traffic until further notice.";
        let independent = "A ferry hit the Lindholm breakwater at dawn with more than two hundred people aboard, \
            officials said. Most were rescued quickly; divers kept searching through the night while \
            the port stayed shut.";
        let docs = vec![
            Document::from_text("a", "a.txt", BASE),
            Document::from_text("b", "b.txt", rewrite),
            Document::from_text("c", "c.txt", independent),
        ];
        let grams = |d: &Document| {
            crate::lsh::word_grams(d, 5)
                .into_iter()
                .collect::<HashSet<u64>>()
        };
        let five = containment(&grams(&docs[0]), &grams(&docs[1])).unwrap();
        assert!(five < COPY_CONTAINMENT, "not a near-copy: {five}");
        let origins = find_origins(&docs);
        assert_eq!(origins.len(), 2, "{origins:?}");
        assert_eq!(origins[0].documents.len(), 2);
        assert!(
            origins[0].reason.contains("paraphrase"),
            "{}",
            origins[0].reason
        );
        assert_eq!(origins[1].reason, "independent text");
    }

    #[test]
    fn paraphrases_merge_origins_given_by_the_store() {
        let docs = vec![
            Document::from_text("a", "a.txt", BASE),
            Document::from_text(
                "b",
                "b.txt",
                BASE.replace("said on Monday", "announced on Monday")
                    .replace("shortly after dawn", "just after dawn"),
            ),
        ];
        let apart: Vec<Origin> = docs
            .iter()
            .map(|d| Origin {
                documents: vec![d.id.clone()],
                reason: INDEPENDENT.into(),
            })
            .collect();
        let merged = merge_rewrites(&docs, apart);
        assert_eq!(merged.len(), 1, "{merged:?}");
    }

    #[test]
    fn paraphrase_does_not_chain_documents_that_share_nothing() {
        let own_a = "Farmers in the northern valley counted their losses after hail flattened the barley \
            crop, and the cooperative asked the ministry for emergency credit before the autumn sowing.";
        let shared_ab =
            "The regional weather office recorded ninety millimetres of rain in six hours, \
            the highest figure since its gauges were installed on the old customs house roof.";
        let shared_bc =
            "Volunteers from three parishes filled sandbags through the night while the river \
            rose past the marker painted on the stone bridge by engineers decades ago.";
        let own_c =
            "A school bus company cancelled its morning routes and parents were told to keep \
            children at home until the county engineers had inspected every culvert on the road.";
        let docs = vec![
            Document::from_text("a", "a.txt", format!("{own_a} {shared_ab}")),
            Document::from_text("b", "b.txt", format!("{shared_ab} {shared_bc}")),
            Document::from_text("c", "c.txt", format!("{shared_bc} {own_c}")),
        ];
        let origins = find_origins(&docs);
        let together = |x: &str, y: &str| {
            origins.iter().any(|o| {
                o.documents.iter().any(|d| d.as_str() == x)
                    && o.documents.iter().any(|d| d.as_str() == y)
            })
        };
        assert!(together("a", "b") || together("b", "c"), "{origins:?}");
        assert!(!together("a", "c"), "{origins:?}");
    }

    #[test]
    fn an_article_crediting_another_outlet_shares_its_origin() {
        let mut source = Document::from_text("times", "times.txt", BASE);
        source.meta.url = Some("https://www.coastaltimes.example/ferry".into());
        let credited = Document::from_text(
            "daily",
            "daily.txt",
            "Two hundred people were aboard a ferry that hit a breakwater, Harbour Daily reports \
             citing The Coastal Times. Divers searched overnight.",
        );
        let origins = find_origins(&[source, credited]);
        assert_eq!(origins.len(), 1, "{origins:?}");
        assert!(
            origins[0]
                .reason
                .contains("credits its text to the outlet of times"),
            "{}",
            origins[0].reason
        );
    }
}
