//! Facts from typed values: what is measured, the value, and the words around it.

use crosscheck_model::{Attribute, Fact, FactValue, Sentence, Value, ValueKind};

use super::context::content_words;
use crate::modality;

/// One fact per value.
pub fn facts(text: &str, sentences: &[Sentence], values: &[Value], sentence_entities: &[Vec<String>]) -> Vec<Fact> {
    values
        .iter()
        .filter_map(|v| {
            let sentence = sentences.get(v.sentence)?;
            let (subject, label) = subject_of(v);
            Some(Fact {
                subject,
                subject_label: label,
                subject_kind: None,
                attribute: Attribute::Value(v.kind),
                value: FactValue {
                    display: v.span.slice(text).to_string(),
                    key: comparison_key(v),
                    number: v.number,
                    approximate: v.approximate,
                },
                span: v.span,
                sentence: v.sentence,
                modality: modality::of_clause(text, sentence.span, v.span),
                context: content_words(sentence.span.slice(text), Some(v.span)),
                entities: sentence_entities.get(v.sentence).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

/// What a value measures: values are only ever compared with values of the
/// same subject (a count of casualties with a count of casualties, a
/// duration with a duration).
fn subject_of(v: &Value) -> (String, String) {
    let unit = v.unit.clone().unwrap_or_default();
    match v.kind {
        ValueKind::Count if !unit.is_empty() => (format!("count:{unit}"), format!("number of {unit}")),
        ValueKind::Count => ("count".into(), "a number".into()),
        ValueKind::Quantity => (format!("quantity:{unit}"), if unit.is_empty() { "an amount".into() } else { unit }),
        ValueKind::Duration => ("duration".into(), "how long".into()),
        ValueKind::Weekday => ("weekday".into(), "day of the week".into()),
        ValueKind::Date | ValueKind::Year => ("date".into(), "date".into()),
        ValueKind::Time => ("time".into(), "time of day".into()),
        ValueKind::Ordinal if !unit.is_empty() => (format!("ordinal:{unit}"), format!("which {unit}")),
        ValueKind::Ordinal => ("ordinal".into(), "which one".into()),
        ValueKind::Place => ("place".into(), "where".into()),
    }
}

/// The key two values must share to agree. Durations compare in seconds so
/// "three-hour" equals "180 minutes".
fn comparison_key(v: &Value) -> String {
    if v.kind == ValueKind::Duration {
        if let (Some(n), Some(unit)) = (v.number, v.unit.as_deref()) {
            if let Some(secs) = seconds_per(unit) {
                return format!("{}s", (n * secs).round());
            }
        }
    }
    v.normalized.clone()
}

fn seconds_per(unit: &str) -> Option<f64> {
    Some(match unit.trim_end_matches('s') {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3600.0,
        "day" => 86_400.0,
        "week" => 604_800.0,
        "month" => 2_629_746.0,
        "year" => 31_556_952.0,
        "decade" => 315_569_520.0,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::Span;

    fn duration(n: f64, unit: &str) -> Value {
        Value {
            kind: ValueKind::Duration,
            span: Span::new(0, 1),
            sentence: 0,
            normalized: format!("{n} {unit}"),
            number: Some(n),
            unit: Some(unit.into()),
            approximate: false,
        }
    }

    #[test]
    fn durations_compare_in_seconds() {
        assert_eq!(comparison_key(&duration(3.0, "hour")), comparison_key(&duration(180.0, "minute")));
        assert_ne!(comparison_key(&duration(3.0, "hour")), comparison_key(&duration(3.0, "day")));
    }
}
