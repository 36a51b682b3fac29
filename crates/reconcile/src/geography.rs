//! Places a document puts where no place of that name is.
//!
//! The analyze stage checks "Houston, California", "Brooklyn, Memphis" and
//! "55 miles north of Boston" against the gazetteer and lists what cannot
//! be right ([`crosscheck_model::Misplacement`]); each becomes a
//! self-contradiction here, like a weekday that its own date rules out
//! ([`crate::calendar`]): the article is wrong whatever any other source
//! says, and a reader can check it on a map.

use crosscheck_model::Verdict;

use crate::evidence::{in_sentence, self_contradiction};
use crate::pool::Pool;

/// One self-contradiction verdict per misplacement of every document.
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let mut out = Vec::new();
    for (doc, analysis) in pool.docs.iter().zip(pool.analyses) {
        for m in &analysis.misplacements {
            let (place, within) = (doc.slice(m.place), doc.slice(m.within));
            out.push(self_contradiction(
                format!("the place {place}"),
                "place",
                format!(
                    "{} puts {place} in or near {within}, but {}.",
                    doc.id, m.reason
                ),
                vec![
                    in_sentence(doc, analysis, m.sentence, m.place, place.to_string()),
                    in_sentence(
                        doc,
                        analysis,
                        m.sentence,
                        m.within,
                        format!("{within} (per the gazetteer, not where {place} is)"),
                    ),
                ],
                crosscheck_model::Rule::GazetteerCheck,
            ));
        }
    }
    out
}
