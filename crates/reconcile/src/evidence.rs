//! Turning facts into the exact quotes a reader checks.

use crosscheck_model::{
    Analysis, Document, Evidence, Rule, Span, Verdict, VerdictKind, VerdictValue,
};

use crate::pool::{Pool, PooledFact};

/// The sentence stating `f`, with the value's byte range. The quote is
/// always an exact slice of the document text.
pub fn of(pool: &Pool, f: &PooledFact) -> Evidence {
    at(pool, f.doc, f.fact.sentence, f.fact.span)
}

/// The sentence number `sentence` of document `doc` (or the words alone if
/// it does not hold them), with `span` as the value's byte range.
pub fn at(pool: &Pool, doc: usize, sentence: usize, span: Span) -> Evidence {
    let document = &pool.docs[doc];
    let quoted = pool.analyses[doc]
        .sentences
        .get(sentence)
        .map(|s| s.span)
        .filter(|s| s.contains(span))
        .unwrap_or(span);
    Evidence {
        document: document.id.clone(),
        start: quoted.start,
        end: quoted.end,
        quote: document.slice(quoted).to_string(),
        value_start: span.start,
        value_end: span.end,
    }
}

/// One verdict value from the facts that state it: every source, and the
/// number of independent origins. Two facts in the same sentence of the
/// same document are one source.
pub fn value(pool: &Pool, display: String, facts: &[&PooledFact]) -> VerdictValue {
    let sources = in_order(facts.iter().map(|f| of(pool, f)).collect());
    VerdictValue {
        value: display,
        origins: Pool::origin_count(facts.iter().copied()),
        sources,
    }
}

/// Sources by document and position, one per sentence: two facts in the
/// same sentence of the same document are one source.
pub fn in_order(mut sources: Vec<Evidence>) -> Vec<Evidence> {
    sources.sort_by(|a, b| (a.document.as_str(), a.start).cmp(&(b.document.as_str(), b.start)));
    sources.dedup_by(|a, b| a.document == b.document && a.start == b.start);
    sources
}

/// "001, 003" — the documents behind some facts, for explanations.
pub fn doc_list(pool: &Pool, facts: &[&PooledFact]) -> String {
    let mut ids: Vec<&str> = facts.iter().map(|f| pool.docs[f.doc].id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.join(", ")
}

/// One verdict value for the words `span` of one document, quoting its
/// sentence number `sentence` (or the words alone if the sentence does not
/// hold them): for checks of one document against the calendar or the map.
pub fn in_sentence(
    doc: &Document,
    analysis: &Analysis,
    sentence: usize,
    span: Span,
    display: String,
) -> VerdictValue {
    let quoted = analysis
        .sentences
        .get(sentence)
        .map(|s| s.span)
        .filter(|s| s.contains(span))
        .unwrap_or(span);
    VerdictValue {
        value: display,
        origins: 1,
        sources: vec![Evidence {
            document: doc.id.clone(),
            start: quoted.start,
            end: quoted.end,
            quote: doc.slice(quoted).to_string(),
            value_start: span.start,
            value_end: span.end,
        }],
    }
}

/// The verdict that one document contradicts itself, found by checking it
/// against something no other source is needed for: the calendar, the
/// map, arithmetic.
pub fn self_contradiction(
    subject: String,
    attribute: &str,
    explanation: String,
    values: Vec<VerdictValue>,
    rule: Rule,
) -> Verdict {
    Verdict {
        weak_match: false,
        rules: vec![rule],
        kind: VerdictKind::SelfContradiction,
        subject,
        attribute: attribute.to_string(),
        explanation,
        values,
    }
}
