//! Places a document puts where no place of that name is.
//!
//! The analyze stage checks "Houston, California", "Brooklyn, Memphis" and
//! "55 miles north of Boston" against the gazetteer and lists what cannot
//! be right ([`Misplacement`]); each becomes a self-contradiction here,
//! like a weekday that its own date rules out ([`crate::calendar`]): the
//! article is wrong whatever any other source says, and a reader can check
//! it on a map.

use crosscheck_model::{Analysis, Document, Evidence, Misplacement, Span, Verdict, VerdictKind, VerdictValue};

use crate::pool::Pool;

/// One self-contradiction verdict per misplacement of every document.
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let mut out = Vec::new();
    for (doc, analysis) in pool.docs.iter().zip(pool.analyses) {
        for m in &analysis.misplacements {
            let (place, within) = (doc.slice(m.place), doc.slice(m.within));
            out.push(Verdict {
                kind: VerdictKind::SelfContradiction,
                subject: format!("the place {place}"),
                attribute: "place".to_string(),
                explanation: format!("{} puts {place} in or near {within}, but {}.", doc.id, m.reason),
                values: vec![one(doc, analysis, m, m.place, place.to_string()), one(doc, analysis, m, m.within, format!("{within} (per the gazetteer, not where {place} is)"))],
            });
        }
    }
    out
}

/// One verdict value quoting the sentence of `m`, with `span` as the value words.
fn one(doc: &Document, analysis: &Analysis, m: &Misplacement, span: Span, display: String) -> VerdictValue {
    let sentence = analysis.sentences.get(m.sentence).map(|s| s.span).filter(|s| s.contains(span)).unwrap_or(span);
    VerdictValue {
        value: display,
        origins: 1,
        sources: vec![Evidence {
            document: doc.id.clone(),
            start: sentence.start,
            end: sentence.end,
            quote: doc.slice(sentence).to_string(),
            value_start: span.start,
            value_end: span.end,
        }],
    }
}
