//! Reconcile: the facts of a story's documents → verdicts.
//!
//! Brief overview: every [`Fact`](crosscheck_model::Fact) found by the
//! analyze stage is placed in a [`Pool`] with its document and origin. Three
//! reconcilers then read the pool:
//! - [`people`]: given name, title, status and affiliation of each person,
//!   matched across documents by surname;
//! - [`values`]: counts, durations, dates, places, … lined up across
//!   documents by what they measure and the words around them, with the
//!   precision rules that keep different facts from being called
//!   contradictions (parts vs totals, rising tolls, approximate figures, a
//!   document that states both values about different things);
//! - [`events`]: planned vs happened, reported as a timeline;
//! - [`calendar`]: a weekday that its own adjacent date says is wrong;
//! - [`conversions`]: a figure whose conversion in brackets does not match
//!   it ("seven km (11 miles)");
//! - [`geography`]: a place put where the gazetteer says it is not.
//!
//! Corroboration counts independent origins, never documents: copies of one
//! text are one voice.
#![deny(missing_docs)]

pub mod calendar;
mod config;
pub mod conversions;
pub mod events;
mod evidence;
pub mod geography;
pub mod headlines;
pub mod people;
mod pool;
pub mod roles;
pub mod similarity;
pub mod spellings;
pub mod values;

pub use config::Config;
pub use pool::{Pool, PooledFact};

use crosscheck_model::{Analysis, Document, Origin, Verdict};

/// Compare every fact of the story across its documents.
pub fn reconcile(docs: &[Document], analyses: &[Analysis], origins: &[Origin]) -> Vec<Verdict> {
    reconcile_with(docs, analyses, origins, &Config::default())
}

/// [`reconcile`] with other bars than the defaults (for tuning).
pub fn reconcile_with(
    docs: &[Document],
    analyses: &[Analysis],
    origins: &[Origin],
    config: &Config,
) -> Vec<Verdict> {
    let mut pool = Pool::new(docs, analyses, origins);
    pool.config = *config;
    let mut verdicts = people::reconcile(&pool);
    verdicts.extend(values::reconcile(&pool));
    verdicts.extend(events::reconcile(&pool));
    verdicts.extend(calendar::reconcile(&pool));
    verdicts.extend(conversions::reconcile(&pool));
    verdicts.extend(geography::reconcile(&pool));
    verdicts.extend(spellings::reconcile(&pool));
    verdicts.extend(headlines::reconcile(&pool));
    verdicts.sort_by(|a, b| {
        a.kind.cmp(&b.kind).then_with(|| {
            let n = |v: &Verdict| v.values.iter().map(|x| x.origins).sum::<usize>();
            n(b).cmp(&n(a))
        })
    });
    verdicts
}

pub(crate) use crosscheck_model::back;

#[cfg(test)]
mod tests;
