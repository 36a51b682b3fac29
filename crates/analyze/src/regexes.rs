//! Building the analyzers' regexes.

use regex::Regex;

/// Compile `pattern` with ASCII word boundaries and digits. Every word the
/// analyzers match is ASCII ("did not", "March", "p.m."), and a Unicode
/// `\b` keeps the regex crate off its fast engine: with it, clause cues
/// and dates were half the cost of analysing a document.
pub(crate) fn ascii(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]")).expect("valid regex")
}
