use serde::{Deserialize, Serialize};

/// Where the `bytes` of text just before `at` begin: `at - bytes`, moved
/// forward to a character boundary, so `&text[back(text, at, bytes)..at]`
/// is the stretch a rule reads for words that qualify what follows.
pub fn back(text: &str, at: usize, bytes: usize) -> usize {
    let mut from = at.saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// A half-open byte range `[start, end)` into a document's decoded text.
///
/// Offsets are bytes, not characters, and always fall on UTF-8 boundaries, so
/// `&text[span.start..span.end]` never panics for a span produced by the
/// pipeline.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`. Panics in debug builds if `end < start`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for a zero-length span.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True if `other` lies wholly inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True if the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The same span moved `by` bytes to the right (used when a stage works
    /// on a slice and reports offsets relative to it).
    pub fn shifted(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The text this span covers.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 5)));
        assert!(!a.contains(Span::new(5, 11)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert_eq!(Span::new(1, 3).shifted(4), Span::new(5, 7));
        assert_eq!(Span::new(4, 9).slice("the quick fox"), "quick");
    }
}
