//! What reconciliation concludes, and the groupings it works over.

use serde::{Deserialize, Serialize};

use crate::DocId;

/// Documents that are copies or near-copies of one text count as one origin
/// when corroboration is counted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    /// The documents of this origin, the earliest / first given first.
    pub documents: Vec<DocId>,
    /// Why they were merged ("003 repeats 91% of 001's word 5-grams"), or
    /// "independent text" for a single document.
    pub reason: String,
}

/// A set of documents about one event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Stable id within one run or store.
    pub id: String,
    /// A headline for the story.
    pub title: Option<String>,
    /// Member documents.
    pub documents: Vec<DocId>,
}

/// What reconciliation says about one fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    /// Sources give different values for the same fact.
    Contested,
    /// One article gives different values for the same fact.
    SelfContradiction,
    /// Values differ because they describe different moments (a plan and its
    /// outcome, a toll that rose): a timeline, not a contradiction.
    Timeline,
    /// Several independent origins agree.
    Corroborated,
    /// Only one origin states it.
    SingleSource,
}

impl VerdictKind {
    /// The JSON / report name.
    pub fn name(&self) -> &'static str {
        match self {
            VerdictKind::Contested => "contested",
            VerdictKind::SelfContradiction => "self_contradiction",
            VerdictKind::Timeline => "timeline",
            VerdictKind::Corroborated => "corroborated",
            VerdictKind::SingleSource => "single_source",
        }
    }
}

/// One source's exact words for a value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Which document.
    pub document: DocId,
    /// Start byte of the quoted sentence in the document's text.
    pub start: usize,
    /// End byte of the quoted sentence.
    pub end: usize,
    /// Exactly `text[start..end]`.
    pub quote: String,
    /// Start byte of the value words inside the document's text.
    pub value_start: usize,
    /// End byte of the value words.
    pub value_end: usize,
}

/// One of the values sources give for a fact, with who gives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VerdictValue {
    /// The value for display.
    pub value: String,
    /// Every place a source states it.
    pub sources: Vec<Evidence>,
    /// How many independent origins state it.
    pub origins: usize,
}

/// A conclusion about one fact of a story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// Contested, corroborated, ….
    pub kind: VerdictKind,
    /// What it is about, for display ("Steve Witkoff", "the meeting").
    pub subject: String,
    /// Which attribute ("given_name", "duration").
    pub attribute: String,
    /// One plain sentence saying why this verdict was reached.
    pub explanation: String,
    /// The values and their sources.
    pub values: Vec<VerdictValue>,
    /// A contest whose sentences match only in part: the values were lined
    /// up by a lower bar (a lone value against a consensus, each report's
    /// only value of its kind), so they may be two different facts. Absent
    /// (false) for every other verdict.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weak_match: bool,
    /// The named rules that decided it ([`crate::Rule`]), in the list's
    /// order: how the values were lined up, why they are or are not one
    /// fact, and what made the verdict.
    #[serde(default)]
    pub rules: Vec<crate::Rule>,
}

impl Verdict {
    /// This verdict, also decided by `rules` (kept sorted and unique).
    pub fn decided_by(mut self, rules: impl IntoIterator<Item = crate::Rule>) -> Self {
        self.rules.extend(rules);
        self.rules.sort();
        self.rules.dedup();
        self
    }
}
