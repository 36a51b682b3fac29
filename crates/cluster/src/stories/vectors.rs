//! Sparse vectors sorted by bucket: dot products and adding a document into
//! a story's centroid.

use std::collections::HashMap;

use super::clusterer::StoryState;
use super::config::StoryConfig;
use super::features::*;

/// Add a unit vector into a story's centroid and update its time facts.
pub(super) fn merge(s: &mut StoryState, v: &[(u32, f32)], f: &DocFeatures, config: &StoryConfig) {
    let keep = config.centroid_terms;
    if config.members_kept > 0 {
        let mut m = v.to_vec();
        if m.len() > config.member_terms {
            m.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            m.truncate(config.member_terms);
            m.sort_unstable_by_key(|t| t.0);
        }
        if s.members.len() >= config.members_kept {
            s.members.remove(0);
        }
        s.members.push(m);
    }
    let mut sum: HashMap<u32, f32> = s.centroid.iter().copied().collect();
    for &(k, w) in v {
        *sum.entry(k).or_default() += w;
    }
    let mut c: Vec<(u32, f32)> = sum.into_iter().collect();
    if c.len() > keep {
        // Ties broken by key: HashMap order differs between processes.
        c.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        c.truncate(keep);
    }
    c.sort_unstable_by_key(|t| t.0);
    s.centroid = c;
    s.size += 1;
    if let Some(d) = f.day {
        s.last_day = Some(s.last_day.map_or(d, |l| l.max(d)));
    }
    if let Some(y) = f.era {
        s.era = match s.era {
            None => Some((y, 1)),
            Some((e, n)) if e == y => Some((e, n + 1)),
            Some((e, n)) if n > 1 => Some((e, n - 1)),
            Some(_) => Some((y, 1)),
        };
    }
}

/// Dot product of two vectors sorted by key.
pub(super) fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    shared_dot(a, b).0
}

/// The dot product of two vectors sorted by key, and whether they share a
/// year bucket. The merge has no data-dependent branch (both cursors move
/// by comparison results, the product is added or 0 is): with keys spread
/// by hashing, a branchy merge mispredicts on most steps, and this loop is
/// most of the clusterer's time.
pub(super) fn shared_dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> (f32, bool) {
    let (mut i, mut j, mut s, mut year) = (0, 0, 0.0f32, false);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        let same = x.0 == y.0;
        s += if same { x.1 * y.1 } else { 0.0 };
        year |= same & is_year_bucket(x.0);
        i += usize::from(x.0 <= y.0);
        j += usize::from(y.0 <= x.0);
    }
    (s, year)
}
