//! All facts of a story, each with its document and origin.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use crosscheck_model::{Analysis, Attribute, Document, Fact, Meaning, Origin, ValueKind};

/// One fact with where it came from.
#[derive(Debug)]
pub struct PooledFact<'a> {
    /// Position in [`Pool::facts`].
    pub index: usize,
    /// Index of the document in the story.
    pub doc: usize,
    /// Index of the document's origin (copies share one).
    pub origin: usize,
    /// The fact.
    pub fact: &'a Fact,
    /// The fact is stated in its document's headline (or URL slug).
    pub headline: bool,
    /// What the fact's sentence means, when the analysis carries meanings.
    pub meaning: Option<&'a Meaning>,
}

/// The story's documents, analyses and facts, indexed for the reconcilers.
pub struct Pool<'a> {
    /// Documents of the story.
    pub docs: &'a [Document],
    /// Their analyses, in the same order.
    pub analyses: &'a [Analysis],
    /// Every fact of every document.
    pub facts: Vec<PooledFact<'a>>,
    /// The bars facts are lined up with.
    pub config: crate::Config,
    nested: OnceLock<BTreeSet<(String, String)>>,
    cities: OnceLock<Vec<(usize, [f64; 2])>>,
}

impl<'a> Pool<'a> {
    /// Pool the facts of `analyses` (parallel to `docs`).
    pub fn new(docs: &'a [Document], analyses: &'a [Analysis], origins: &[Origin]) -> Self {
        let mut origin_of: HashMap<&str, usize> = HashMap::new();
        for (i, o) in origins.iter().enumerate() {
            for d in &o.documents {
                origin_of.insert(d.as_str(), i);
            }
        }
        let mut facts = Vec::new();
        for (doc, analysis) in analyses.iter().enumerate() {
            // A document missing from `origins` is its own origin.
            let origin = docs
                .get(doc)
                .and_then(|d| origin_of.get(d.id.as_str()).copied())
                .unwrap_or(origins.len() + doc);
            for fact in &analysis.facts {
                facts.push(PooledFact {
                    index: facts.len(),
                    doc,
                    origin,
                    fact,
                    headline: analysis
                        .sentences
                        .get(fact.sentence)
                        .is_some_and(|s| s.headline),
                    meaning: analysis
                        .meanings
                        .get(fact.sentence)
                        .and_then(Option::as_ref),
                });
            }
        }
        Pool {
            docs,
            analyses,
            facts,
            config: crate::Config::default(),
            nested: OnceLock::new(),
            cities: OnceLock::new(),
        }
    }

    /// Pairs of place keys (inner, outer) that some report of the story
    /// writes one inside the other ([`crosscheck_model::Nesting`]:
    /// "Banstead, Surrey", "a Waitrose in Banstead in Surrey").
    pub fn nested_places(&self) -> &BTreeSet<(String, String)> {
        self.nested.get_or_init(|| {
            let key_at = |doc: usize, span: crosscheck_model::Span| {
                self.facts
                    .iter()
                    .find(|f| {
                        f.doc == doc
                            && f.fact.span == span
                            && f.fact.attribute == Attribute::Value(ValueKind::Place)
                    })
                    .map(|f| f.fact.value.key.clone())
            };
            let mut out = BTreeSet::new();
            for (doc, a) in self.analyses.iter().enumerate() {
                for n in &a.nestings {
                    if let (Some(inner), Some(outer)) =
                        (key_at(doc, n.place), key_at(doc, n.within))
                    {
                        out.insert((inner, outer));
                    }
                }
            }
            out
        })
    }

    /// (document, location) of every located city the story's facts name.
    pub fn city_locations(&self) -> &[(usize, [f64; 2])] {
        self.cities.get_or_init(|| {
            self.facts
                .iter()
                .filter_map(|f| f.fact.value.location.map(|at| (f.doc, at)))
                .collect()
        })
    }

    /// Number of distinct origins among these facts.
    pub fn origin_count<'b>(facts: impl IntoIterator<Item = &'b PooledFact<'b>>) -> usize
    where
        'a: 'b,
    {
        let mut o: Vec<usize> = facts.into_iter().map(|f| f.origin).collect();
        o.sort_unstable();
        o.dedup();
        o.len()
    }
}
