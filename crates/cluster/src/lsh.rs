//! Near-copies at scale: MinHash signatures over word 5-grams and a banded
//! LSH index that groups copies and light rewrites into origin families.
//!
//! [`crate::origins`] compares every pair of documents exactly, which is right
//! for the tens of documents `check` gets and quadratic for a corpus. Here each
//! document becomes a [`Signature`] of [`NUM_HASHES`] minimum hashes; its
//! [`BANDS`] band keys find candidate families in O(1), and a candidate is
//! accepted when the containment estimated from the signatures reaches
//! [`crate::origins::COPY_CONTAINMENT`] — the same test as the exact stage,
//! so both stages agree on what a copy is.
//!
//! Why MinHash is implemented here rather than taken from `gaoya`: signatures
//! and band keys are persisted in the corpus store and must hash identically
//! across runs, builds and Rust versions (so `std`'s `DefaultHasher` is out),
//! and the index must keep one representative per bucket to bound memory at
//! a million documents. Both are a few dozen lines; `gaoya` offers neither.
//!
//! Band shape: 21 bands × 3 rows (63 of the 64 hashes). A pair with Jaccard
//! 0.5 collides in some band with probability 0.93, 0.4 → 0.75, 0.2 → 0.16,
//! so light rewrites (Jaccard of 5-gram sets 0.3–0.6) are found while most
//! unrelated pairs never reach verification.

use std::collections::HashMap;

use crosscheck_model::Document;

/// Number of min-hashes in a signature.
pub const NUM_HASHES: usize = 64;
/// Number of LSH bands.
pub const BANDS: usize = 21;
/// Rows (hashes) per band.
pub const ROWS: usize = 3;
/// Word n-gram length of shingles (`crate::origins` compares the same shingles).
const SHINGLE: usize = 5;

/// FNV-1a, 64 bit: stable across platforms and Rust versions, unlike
/// `DefaultHasher`, which matters because hashes are persisted.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// SplitMix64 finaliser: a cheap, well-mixed permutation of u64.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The MinHash signature of one document, with its shingle count (needed to
/// turn a Jaccard estimate into a containment estimate).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    /// Minimum of each of the [`NUM_HASHES`] hash functions over the shingles.
    pub mins: [u32; NUM_HASHES],
    /// Number of distinct shingles.
    pub shingles: u32,
}

impl Signature {
    /// Signature of a set of shingle hashes (duplicates are harmless).
    pub fn from_shingles(shingles: &[u64]) -> Signature {
        let mut mins = [u32::MAX; NUM_HASHES];
        for &s in shingles {
            for (i, m) in mins.iter_mut().enumerate() {
                let h = mix(s ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) as u32;
                if h < *m {
                    *m = h;
                }
            }
        }
        let mut sorted = shingles.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        Signature {
            mins,
            shingles: sorted.len() as u32,
        }
    }

    /// Signature of a document's non-noise text.
    pub fn of_document(doc: &Document) -> Signature {
        Signature::from_shingles(&shingles(doc))
    }

    /// True when the document had too few words for a single shingle.
    pub fn is_empty(&self) -> bool {
        self.shingles == 0
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn jaccard(&self, other: &Signature) -> f64 {
        let same = self
            .mins
            .iter()
            .zip(&other.mins)
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / NUM_HASHES as f64
    }

    /// Estimated share of the smaller set contained in the larger:
    /// |A∩B| = J·(|A|+|B|)/(1+J), divided by min(|A|,|B|).
    pub fn containment(&self, other: &Signature) -> f64 {
        if self.is_empty() || other.is_empty() {
            return 0.0;
        }
        let j = self.jaccard(other);
        let inter = j * (self.shingles as f64 + other.shingles as f64) / (1.0 + j);
        (inter / self.shingles.min(other.shingles) as f64).min(1.0)
    }

    /// The band keys (each mixes the band number, so equal rows in different
    /// bands do not collide).
    pub fn band_keys(&self) -> [u64; BANDS] {
        let mut keys = [0u64; BANDS];
        for (b, key) in keys.iter_mut().enumerate() {
            let mut h = mix(b as u64 + 1);
            for r in 0..ROWS {
                h = mix(h ^ self.mins[b * ROWS + r] as u64);
            }
            *key = h;
        }
        keys
    }

    /// Little-endian bytes: 4 for the shingle count, then 4 per hash.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(4 + 4 * NUM_HASHES);
        out.extend_from_slice(&self.shingles.to_le_bytes());
        for m in &self.mins {
            out.extend_from_slice(&m.to_le_bytes());
        }
        out
    }

    /// Inverse of [`Signature::to_bytes`]; `None` for a blob of the wrong size.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != 4 + 4 * NUM_HASHES {
            return None;
        }
        let word =
            |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let mut mins = [0u32; NUM_HASHES];
        for (i, m) in mins.iter_mut().enumerate() {
            *m = word(4 + 4 * i);
        }
        Some(Signature {
            mins,
            shingles: word(0),
        })
    }
}

/// Stable hashes of the lower-cased word 5-grams of the document's text
/// outside removed page noise.
pub fn shingles(doc: &Document) -> Vec<u64> {
    word_grams(doc, SHINGLE)
}

/// Stable hashes of the lower-cased word `n`-grams of the document's text
/// outside removed page noise.
pub fn word_grams(doc: &Document, n: usize) -> Vec<u64> {
    let mut words: Vec<String> = Vec::new();
    let mut pos = 0;
    let mut push_words = |s: &str| {
        for w in s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            words.push(w.to_lowercase());
        }
    };
    for r in &doc.removed {
        if r.span.start > pos && r.span.start <= doc.text.len() {
            push_words(&doc.text[pos..r.span.start]);
        }
        pos = pos.max(r.span.end);
    }
    push_words(&doc.text[pos.min(doc.text.len())..]);
    let mut buf = String::new();
    words
        .windows(n.max(1))
        .map(|w| {
            buf.clear();
            for (i, word) in w.iter().enumerate() {
                if i > 0 {
                    buf.push(' ');
                }
                buf.push_str(word);
            }
            fnv1a(buf.as_bytes())
        })
        .collect()
}

/// Where a new document went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Assignment {
    /// It copies or lightly rewrites the family `family` (estimated containment given).
    Copy {
        /// The family joined.
        family: u64,
        /// Estimated containment with the family's representative.
        containment: f64,
    },
    /// It is independent text: a new family was opened.
    New {
        /// The new family's id.
        family: u64,
    },
}

impl Assignment {
    /// The family the document belongs to.
    pub fn family(&self) -> u64 {
        match *self {
            Assignment::Copy { family, .. } | Assignment::New { family } => family,
        }
    }
}

/// An online index of origin families: each family is represented by its
/// first document's signature, and each band bucket remembers one family.
///
/// Keeping one family per bucket (the first) bounds memory at
/// `BANDS` entries per family and keeps hot buckets (stock phrases shared by
/// many unrelated texts) from turning lookups quadratic. A copy shares many
/// bands with its original, so losing a bucket to an earlier family rarely
/// hides it.
#[derive(Default)]
pub struct OriginIndex {
    buckets: HashMap<u64, u64>,
    reps: HashMap<u64, Signature>,
    threshold: Option<f64>,
}

impl OriginIndex {
    /// An empty index accepting copies at [`crate::origins::COPY_CONTAINMENT`].
    pub fn new() -> Self {
        OriginIndex::default()
    }

    /// An empty index with another containment threshold.
    pub fn with_threshold(threshold: f64) -> Self {
        OriginIndex {
            threshold: Some(threshold),
            ..OriginIndex::default()
        }
    }

    /// Number of families.
    pub fn len(&self) -> usize {
        self.reps.len()
    }

    /// True when no family is known.
    pub fn is_empty(&self) -> bool {
        self.reps.is_empty()
    }

    /// The family whose representative the signature copies best, if any
    /// reaches the threshold. Does not change the index.
    pub fn find(&self, sig: &Signature) -> Option<(u64, f64)> {
        if sig.is_empty() {
            return None;
        }
        let threshold = self.threshold.unwrap_or(crate::origins::COPY_CONTAINMENT);
        let mut best: Option<(u64, f64)> = None;
        for key in sig.band_keys() {
            let Some(&family) = self.buckets.get(&key) else {
                continue;
            };
            if best.is_some_and(|(f, _)| f == family) {
                continue;
            }
            let Some(rep) = self.reps.get(&family) else {
                continue;
            };
            let c = sig.containment(rep);
            if c >= threshold && best.is_none_or(|(f, b)| c > b || (c == b && family < f)) {
                best = Some((family, c));
            }
        }
        best
    }

    /// Register `sig` as the representative of a new family `family`.
    pub fn insert_family(&mut self, family: u64, sig: Signature) {
        for key in sig.band_keys() {
            self.buckets.entry(key).or_insert(family);
        }
        self.reps.insert(family, sig);
    }

    /// Find the document's family, or open a new one with id `new_family`.
    pub fn assign(&mut self, sig: &Signature, new_family: u64) -> Assignment {
        match self.find(sig) {
            Some((family, containment)) => Assignment::Copy {
                family,
                containment,
            },
            None => {
                self.insert_family(new_family, sig.clone());
                Assignment::New { family: new_family }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, text: &str) -> Document {
        Document::from_text(id, id, text)
    }

    const BASE: &str = "The regional council of Marrowdale voted on Thursday to close the old \
        stone bridge over the river after engineers found deep cracks in two of its piers. Traffic \
        will be diverted through the northern ring road for at least six months while a temporary \
        crossing is built downstream. Shop owners in the market square said the closure would cost \
        them customers during the busiest season of the year, and asked the council for relief.";

    #[test]
    fn copies_and_light_rewrites_join_independent_text_does_not() {
        let mut index = OriginIndex::new();
        let a = Signature::of_document(&doc("a", BASE));
        assert_eq!(index.assign(&a, 1), Assignment::New { family: 1 });
        // A copy with a new lead paragraph and one figure changed.
        let b_text = format!(
            "UPDATED. Officials confirmed the decision late on Thursday. {}",
            BASE.replace("six", "eight")
        );
        let b = Signature::of_document(&doc("b", &b_text));
        assert_eq!(index.assign(&b, 2).family(), 1);
        let c = Signature::of_document(&doc(
            "c",
            "Engineers have shut a cracked bridge in Marrowdale; drivers must use the ring road \
             for months and merchants fear losing trade in the high season.",
        ));
        assert_eq!(index.assign(&c, 3), Assignment::New { family: 3 });
        assert_eq!(index.len(), 2);
    }

    #[test]
    fn signature_round_trips_and_is_stable() {
        let s = Signature::of_document(&doc("a", BASE));
        assert_eq!(Signature::from_bytes(&s.to_bytes()), Some(s.clone()));
        assert!(Signature::from_bytes(&[1, 2, 3]).is_none());
        // Persisted hashes must never change: pin one value.
        assert_eq!(fnv1a(b"the"), 0x56f5_c919_4461_d57c, "fnv1a changed");
        assert!((s.jaccard(&s) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn short_text_has_empty_signature_and_never_matches() {
        let mut index = OriginIndex::new();
        let s = Signature::of_document(&doc("a", "Too short."));
        assert!(s.is_empty());
        assert_eq!(index.assign(&s, 1), Assignment::New { family: 1 });
        assert_eq!(index.assign(&s, 2), Assignment::New { family: 2 });
    }
}
