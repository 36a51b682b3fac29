//! Scoring one case from the verdicts of the clean and perturbed runs.
//!
//! Definitions (these are what the printed numbers mean):
//!
//! * An **alarm** is a verdict of kind `contested` or `self_contradiction`.
//! * An alarm **touches** the injection when some value of it has a source
//!   [`Evidence`] in the perturbed article such that either
//!   1. the value words `[value_start, value_end)` overlap an injected span, or
//!   2. (allowance) the evidence sentence `[start, end)` contains an
//!      injected span, the verdict's attribute is one of the case kind's
//!      attributes ([`Kind::attributes`]), *and* the clean run of the group
//!      has no equal alarm (equal: see below), so an old alarm about
//!      something else in the same sentence does not count.
//! * A case is **detected** when at least one alarm of the perturbed run
//!   touches it.
//! * An **induced false positive** is an alarm of the perturbed run that
//!   cites the perturbed article, does not touch the injection, and has no
//!   equal alarm in the clean run of the same group (equal = same subject,
//!   same attribute, same set of value strings).
//! * Per kind: recall = detected / cases; precision = detected / (detected +
//!   induced false positives).

use std::collections::BTreeSet;

use crosscheck_model::{Evidence, Verdict, VerdictKind};

use crate::finders::Kind;
use crate::generate::CaseKey;

/// True for the verdict kinds that claim sources disagree.
pub fn is_alarm(v: &Verdict) -> bool {
    matches!(
        v.kind,
        VerdictKind::Contested | VerdictKind::SelfContradiction
    )
}

/// Every evidence of `v` in document `doc`.
fn evidence_in<'a>(v: &'a Verdict, doc: &'a str) -> impl Iterator<Item = &'a Evidence> + 'a {
    v.values
        .iter()
        .flat_map(|x| x.sources.iter())
        .filter(move |e| e.document.as_str() == doc)
}

/// Rule 1: some value words of `v` in the perturbed article overlap an
/// injected span.
pub fn value_touches(v: &Verdict, key: &CaseKey) -> bool {
    evidence_in(v, &key.doc_id).any(|e| {
        key.spans
            .iter()
            .any(|s| e.value_start < s.end && s.start < e.value_end)
    })
}

/// Rule 2 without the clean-run condition: the attribute is of the kind's
/// family and some evidence sentence in the perturbed article holds an
/// injected span.
pub fn sentence_touches(v: &Verdict, key: &CaseKey) -> bool {
    same_family(key.kind, &v.attribute)
        && evidence_in(v, &key.doc_id).any(|e| {
            key.spans
                .iter()
                .any(|s| e.start <= s.start && s.end <= e.end)
        })
}

/// Whether `v` also cites the original value in another article: some
/// evidence outside the perturbed article whose value words contain the
/// original (case-insensitive). A stricter reading of "detected": the alarm
/// sets the change against what the other reports say, not against some
/// unrelated figure of the same kind. It undercounts a little, since
/// "3" does not contain "three". A self-contradiction of the changed
/// article is judged on that article alone ("Houston, California"), so it
/// always counts.
pub fn pairs_with_original(v: &Verdict, key: &CaseKey) -> bool {
    if v.kind == VerdictKind::SelfContradiction {
        return true;
    }
    let original = key.original.to_lowercase();
    v.values
        .iter()
        .flat_map(|x| x.sources.iter())
        .filter(|e| e.document.as_str() != key.doc_id)
        .any(|e| {
            let (a, b) = (
                e.value_start.saturating_sub(e.start),
                e.value_end.saturating_sub(e.start),
            );
            e.quote
                .get(a..b)
                .is_some_and(|w| w.to_lowercase().contains(&original))
        })
}

/// Identity of an alarm for comparing runs: subject, attribute, value strings.
pub fn signature(v: &Verdict) -> (String, String, BTreeSet<String>) {
    (
        v.subject.clone(),
        v.attribute.clone(),
        v.values.iter().map(|x| x.value.clone()).collect(),
    )
}

/// The outcome of one case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaseScore {
    /// Some alarm touches the injection.
    pub detected: bool,
    /// Some alarm touching it also cites the original value in another
    /// article ([`pairs_with_original`]).
    pub paired: bool,
    /// Some alarm touching it is a strong match (not
    /// [`Verdict::weak_match`]).
    pub strong: bool,
    /// Indexes (into the perturbed verdicts) of the alarms touching it.
    pub detecting: Vec<usize>,
    /// Indexes of the induced false positives.
    pub induced: Vec<usize>,
}

/// Score a case from the clean group's verdicts and the perturbed group's.
pub fn score_case(key: &CaseKey, clean: &[Verdict], perturbed: &[Verdict]) -> CaseScore {
    let clean_alarms: BTreeSet<_> = clean
        .iter()
        .filter(|v| is_alarm(v))
        .map(signature)
        .collect();
    let mut score = CaseScore::default();
    for (i, v) in perturbed.iter().enumerate().filter(|(_, v)| is_alarm(v)) {
        let is_new = !clean_alarms.contains(&signature(v));
        if value_touches(v, key) || is_new && sentence_touches(v, key) {
            score.detecting.push(i);
            score.paired |= pairs_with_original(v, key);
            score.strong |= !v.weak_match;
        } else if is_new && evidence_in(v, &key.doc_id).next().is_some() {
            score.induced.push(i);
        }
    }
    score.detected = !score.detecting.is_empty();
    score
}

/// Whether a case kind and a verdict attribute belong together.
pub fn same_family(kind: Kind, attribute: &str) -> bool {
    kind.attributes().contains(&attribute)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::Injected;
    use crosscheck_model::{DocId, VerdictValue};

    fn key() -> CaseKey {
        CaseKey {
            id: "g-given_name".into(),
            group: "g".into(),
            split: "dev".into(),
            kind: Kind::GivenName,
            doc_id: "b".into(),
            about: "Tara Reid".into(),
            original: "Tara".into(),
            replacement: "Emma".into(),
            spans: vec![Injected {
                start: 100,
                end: 104,
                original: "Tara".into(),
                replacement: "Emma".into(),
            }],
        }
    }

    fn ev(doc: &str, sentence: (usize, usize), value: (usize, usize)) -> Evidence {
        Evidence {
            document: DocId(doc.into()),
            start: sentence.0,
            end: sentence.1,
            quote: String::new(),
            value_start: value.0,
            value_end: value.1,
        }
    }

    fn verdict(kind: VerdictKind, attribute: &str, values: Vec<(&str, Evidence)>) -> Verdict {
        Verdict {
            weak_match: false,
            rules: Vec::new(),
            kind,
            subject: "Reid".into(),
            attribute: attribute.into(),
            explanation: String::new(),
            values: values
                .into_iter()
                .map(|(v, e)| VerdictValue {
                    value: v.into(),
                    sources: vec![e],
                    origins: 1,
                })
                .collect(),
        }
    }

    #[test]
    fn a_detection_is_paired_only_when_the_alarm_cites_the_original_elsewhere() {
        let quoted = |doc: &str, quote: &str, value: &str| {
            let at = quote.find(value).unwrap();
            Evidence {
                document: DocId(doc.into()),
                start: 0,
                end: quote.len(),
                quote: quote.into(),
                value_start: at,
                value_end: at + value.len(),
            }
        };
        let mut k = key();
        k.spans[0] = Injected {
            start: 4,
            end: 8,
            original: "Tara".into(),
            replacement: "Emma".into(),
        };
        let changed = quoted("b", "Now Emma Reid spoke.", "Emma");
        let against = |other: Evidence, name: &str| Verdict {
            weak_match: false,
            rules: Vec::new(),
            kind: VerdictKind::Contested,
            subject: "Reid".into(),
            attribute: "given_name".into(),
            explanation: String::new(),
            values: vec![
                VerdictValue {
                    value: "Emma".into(),
                    sources: vec![changed.clone()],
                    origins: 1,
                },
                VerdictValue {
                    value: name.into(),
                    sources: vec![other],
                    origins: 1,
                },
            ],
        };
        let paired = score_case(
            &k,
            &[],
            &[against(
                quoted("a", "Actress Tara Reid spoke.", "Tara"),
                "Tara",
            )],
        );
        assert!(paired.detected && paired.paired);
        let unpaired = score_case(
            &k,
            &[],
            &[against(quoted("a", "Actress Jo Reid spoke.", "Jo"), "Jo")],
        );
        assert!(unpaired.detected && !unpaired.paired);
        assert!(paired.strong);
        let mut weak = against(quoted("a", "Actress Tara Reid spoke.", "Tara"), "Tara");
        weak.weak_match = true;
        let s = score_case(&k, &[], &[weak]);
        assert!(s.detected && s.paired && !s.strong);
    }

    #[test]
    fn a_verdict_on_the_injected_value_detects() {
        let v = verdict(
            VerdictKind::Contested,
            "given_name",
            vec![
                ("Tara", ev("a", (0, 50), (10, 14))),
                ("Emma", ev("b", (90, 150), (100, 104))),
            ],
        );
        let s = score_case(&key(), &[], &[v]);
        assert!(s.detected);
        assert!(s.induced.is_empty());
    }

    #[test]
    fn sentence_allowance_needs_the_right_attribute() {
        // Value span misses the injection, but the sentence holds it.
        let near = |attr: &str| {
            verdict(
                VerdictKind::Contested,
                attr,
                vec![("x", ev("b", (90, 150), (120, 125)))],
            )
        };
        assert!(score_case(&key(), &[], &[near("given_name")]).detected);
        let off = score_case(&key(), &[], &[near("count")]);
        assert!(!off.detected);
        assert_eq!(
            off.induced,
            vec![0],
            "an alarm in the perturbed doc not touching it is induced"
        );
    }

    #[test]
    fn misses_other_docs_non_alarms_and_clean_repeats() {
        // Right place, wrong document.
        let other_doc = verdict(
            VerdictKind::Contested,
            "given_name",
            vec![("x", ev("a", (90, 150), (100, 104)))],
        );
        // Touches, but corroborated is not an alarm.
        let agree = verdict(
            VerdictKind::Corroborated,
            "given_name",
            vec![("x", ev("b", (90, 150), (100, 104)))],
        );
        // An alarm in b away from the injection that the clean run had too.
        let old = verdict(
            VerdictKind::SelfContradiction,
            "count",
            vec![("3", ev("b", (0, 40), (5, 6)))],
        );
        let s = score_case(
            &key(),
            std::slice::from_ref(&old),
            &[other_doc, agree, old.clone()],
        );
        assert!(!s.detected);
        assert!(s.induced.is_empty(), "{s:?}");
        assert!(same_family(Kind::Number, "count") && !same_family(Kind::City, "count"));
    }

    #[test]
    fn an_old_alarm_in_the_same_sentence_is_not_a_detection() {
        // A given-name alarm about someone else in the injected sentence,
        // raised on the clean text too: neither detected nor induced.
        let old = verdict(
            VerdictKind::Contested,
            "given_name",
            vec![("Jo", ev("b", (90, 150), (130, 132)))],
        );
        let s = score_case(
            &key(),
            std::slice::from_ref(&old),
            std::slice::from_ref(&old),
        );
        assert!(!s.detected && s.induced.is_empty(), "{s:?}");
        // The same alarm on the injected value words themselves still counts.
        let on_value = verdict(
            VerdictKind::Contested,
            "given_name",
            vec![("Emma", ev("b", (90, 150), (100, 104)))],
        );
        assert!(
            score_case(
                &key(),
                std::slice::from_ref(&on_value),
                std::slice::from_ref(&on_value)
            )
            .detected
        );
    }
}
