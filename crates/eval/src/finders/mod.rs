//! Candidate finders: where in an article a value of each injection kind is
//! stated, under what key a reader would match it in another article, and
//! what to change it to.
//!
//! These are deliberately simple, generic rules (word shapes plus the small
//! lists in [`crate::lexicon`]) and do not use crosscheck's own analysis, so
//! the dev-set key stays independent of the system it scores.

mod cities;
mod names;
mod numbers;
mod titles;
mod weekdays;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::rng::Rng;

/// The kinds of change the generator injects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A person's given name in a full name ("Tara Reid" → "Emma Reid").
    GivenName,
    /// A number before the thing it counts ("33-year-old" → "47-year-old").
    Number,
    /// A day of the week.
    Weekday,
    /// A well-known city, replaced by another of the same country.
    City,
    /// A title before a name ("Gov. Richardson" → "Sen. Richardson").
    Title,
}

impl Kind {
    /// Every kind, in report order.
    pub const ALL: [Kind; 5] = [
        Kind::GivenName,
        Kind::Number,
        Kind::Weekday,
        Kind::City,
        Kind::Title,
    ];

    /// The snake_case name used in case ids, tables and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Kind::GivenName => "given_name",
            Kind::Number => "number",
            Kind::Weekday => "weekday",
            Kind::City => "city",
            Kind::Title => "title",
        }
    }

    /// Verdict attributes (model `Attribute::name()`) that count as being
    /// about this kind of change, for the sentence-level allowance of the
    /// scorer (see [`crate::score`]).
    pub fn attributes(self) -> &'static [&'static str] {
        match self {
            Kind::GivenName => &["given_name"],
            Kind::Number => &["count", "quantity", "duration", "ordinal"],
            Kind::Weekday => &["weekday", "date"],
            Kind::City => &["place"],
            Kind::Title => &["title"],
        }
    }

    /// Every place in `text` where this kind of value is stated.
    pub fn find(self, text: &str) -> Vec<Hit> {
        match self {
            Kind::GivenName => names::find(text),
            Kind::Number => numbers::find(text),
            Kind::Weekday => weekdays::find(text),
            Kind::City => cities::find(text),
            Kind::Title => titles::find(text),
        }
    }

    /// Pick the new value for `key`, given the hits that will change and
    /// what the whole group says; `None` if no clearly different value fits.
    pub fn choose(
        self,
        key: &str,
        hits: &[&Hit],
        group: &GroupView,
        rng: &mut Rng,
    ) -> Option<String> {
        match self {
            Kind::GivenName => names::choose(key, group, rng),
            Kind::Number => numbers::choose(key, group, rng),
            Kind::Weekday => weekdays::choose(group, rng),
            Kind::City => cities::choose(key, group, rng),
            Kind::Title => titles::choose(key, hits, group, rng),
        }
    }

    /// The replacement text for one hit, in the hit's own form (number word
    /// or digits, abbreviation or full title, capitalisation).
    pub fn render(self, new: &str, hit: &Hit) -> String {
        match self {
            Kind::Number => numbers::render(new, hit),
            Kind::Title => titles::render(new, hit),
            Kind::GivenName | Kind::Weekday | Kind::City => new.to_string(),
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One stated value: the bytes a change would replace, and the key under
/// which the same value is recognised in another article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Matching key ("Tara Reid", "33 year", "tuesday", "chicago", "governor|Richardson").
    pub key: String,
    /// First byte of the value words.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The value words as written ("Tara", "33", "Tuesday", "Chicago", "Gov").
    pub text: String,
}

/// What a group of articles says, for choosing replacements that appear in
/// none of them (so the injected value is new, and clearly different).
#[derive(Debug, Default)]
pub struct GroupView {
    /// Every word (and possessive stem) of every article, as written.
    pub words: BTreeSet<String>,
    /// Every key this kind's finder produced over the group.
    pub keys: BTreeSet<String>,
    /// The articles' texts joined, for multi-word look-ups.
    pub joined: String,
}

impl GroupView {
    /// The view of `texts` for `kind`.
    pub fn new(kind: Kind, texts: &[&str]) -> Self {
        let hits: Vec<Vec<Hit>> = texts.iter().map(|t| kind.find(t)).collect();
        Self::from_hits(texts, &hits)
    }

    /// The view of `texts` whose finder hits are already known.
    pub fn from_hits(texts: &[&str], hits: &[Vec<Hit>]) -> Self {
        let mut view = GroupView::default();
        for t in texts {
            for w in crate::tokens::words(t) {
                view.words.insert(w.text.to_string());
                view.words.insert(w.stem().to_string());
            }
            view.joined.push_str(t);
            view.joined.push('\n');
        }
        view.keys
            .extend(hits.iter().flatten().map(|h| h.key.clone()));
        view
    }

    /// True if any article uses `word` (exact case).
    pub fn has_word(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

/// Draw one of `options` (already filtered), or `None` if there are none.
fn draw(options: Vec<String>, rng: &mut Rng) -> Option<String> {
    rng.pick(&options).cloned()
}
