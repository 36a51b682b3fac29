//! The marks on [`Fact::context`](crate::Fact::context) tokens.
//!
//! A fact's context is a bag of stemmed words; some tokens carry a mark in
//! their first character saying what else they are. The analyze stage
//! writes them and the reconcile stage reads them: they are defined once,
//! here.

/// Another figure of the same sentence ("#121 rbi"): two reports sharing it
/// are about the same passage.
pub const FIGURE: char = '#';
/// A word within a few words of the value ("^kill"): counts again, so
/// words next to the value weigh double.
pub const NEAR: char = '^';
/// The outcome a figure counts ("=dead", "=displaced"): figures of
/// different outcomes are never one fact.
pub const OUTCOME: char = '=';
/// The verb a time or duration hangs on ("~die" in "died on Friday").
pub const ANCHOR: char = '~';
/// The noun a place name stands in front of ("+hospit" in "a Portland
/// hospital"): the slot the place fills, which a report that changed the
/// place keeps.
pub const HEAD: char = '+';
/// Every mark.
pub const MARKS: [char; 5] = [FIGURE, NEAR, OUTCOME, ANCHOR, HEAD];

/// True for a plain context word (no mark).
pub fn is_word(token: &str) -> bool {
    !token.starts_with(MARKS)
}
