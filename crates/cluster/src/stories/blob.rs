//! A story's state as bytes, for the corpus store.

use super::clusterer::StoryState;

/// Marks the count that opens a list in the current blob layout. Version 1
/// blobs went straight from the header to (bucket, weight) pairs, and a
/// bucket is below [`TERM_BUCKETS`](super::TERM_BUCKETS), so its top bit is never set.
const LIST_MARK: u32 = 0x8000_0000;

/// A story's state as bytes: id, size, last day, era (28 bytes), then the
/// centroid and each member vector as a marked count of (bucket, weight) pairs.
pub fn story_to_bytes(s: &StoryState) -> Vec<u8> {
    let terms = s.centroid.len() + s.members.iter().map(Vec::len).sum::<usize>();
    let mut out = Vec::with_capacity(32 + 4 * (1 + s.members.len()) + 8 * terms);
    out.extend_from_slice(&s.id.to_le_bytes());
    out.extend_from_slice(&s.size.to_le_bytes());
    out.extend_from_slice(&s.last_day.unwrap_or(i64::MIN).to_le_bytes());
    let (era, votes) = s.era.unwrap_or((i32::MIN, 0));
    out.extend_from_slice(&era.to_le_bytes());
    out.extend_from_slice(&votes.to_le_bytes());
    for list in std::iter::once(&s.centroid).chain(&s.members) {
        out.extend_from_slice(&(LIST_MARK | list.len() as u32).to_le_bytes());
        for (k, w) in list {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out
}

/// Inverse of [`story_to_bytes`] (also reads the version 1 layout, a bare
/// centroid); `None` for a malformed blob.
pub fn story_from_bytes(b: &[u8]) -> Option<StoryState> {
    if b.len() < 28 {
        return None;
    }
    let u64_at = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0; 8]));
    let u32_at = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or([0; 4]));
    let pairs = |from: usize, to: usize| -> Vec<(u32, f32)> {
        (from..to)
            .step_by(8)
            .map(|i| (u32_at(i), f32::from_bits(u32_at(i + 4))))
            .collect()
    };
    let last = u64_at(12) as i64;
    let era = u32_at(20) as i32;
    let mut lists: Vec<Vec<(u32, f32)>> = Vec::new();
    if b.len() >= 32 && u32_at(28) & LIST_MARK != 0 {
        let mut at = 28;
        while at < b.len() {
            let head = u32_at(at);
            let n = (head & !LIST_MARK) as usize;
            let end = at + 4 + 8 * n;
            if head & LIST_MARK == 0 || at + 4 > b.len() || end > b.len() {
                return None;
            }
            lists.push(pairs(at + 4, end));
            at = end;
        }
    } else if (b.len() - 28).is_multiple_of(8) {
        lists.push(pairs(28, b.len()));
    } else {
        return None;
    }
    let mut lists = lists.into_iter();
    let centroid = lists.next().unwrap_or_default();
    Some(StoryState {
        id: u64_at(0),
        size: u32_at(8),
        last_day: (last != i64::MIN).then_some(last),
        era: (era != i32::MIN).then_some((era, u32_at(24))),
        centroid,
        members: lists.collect(),
    })
}
