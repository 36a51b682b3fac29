//! Weekdays checked against the calendar.
//!
//! "Wednesday, July 21, 2013" cannot be right: July 21, 2013 was a Sunday.
//! A dateline or sentence that names both a weekday and the full date it
//! belongs to contradicts itself when the two disagree, whatever any other
//! source says. Rewrites and content farms get this wrong often (they
//! change one and not the other), and a reader can verify it in seconds.

use chrono::{Datelike, NaiveDate};
use crosscheck_model::{Analysis, Document, Value, ValueKind, Verdict};

use crate::evidence::{in_sentence, self_contradiction};
use crate::pool::Pool;

/// At most this many bytes (spaces, commas) between a weekday and the date
/// it introduces: "Sunday, 21 July 2013", "Thursday 29 July 2004".
const MAX_GAP: usize = 3;

/// Self-contradiction verdicts for weekdays that the adjacent full date
/// says are wrong.
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let mut out = Vec::new();
    for (doc, analysis) in pool.docs.iter().zip(pool.analyses) {
        for (weekday, date) in weekday_date_pairs(doc, analysis) {
            let Some(actual) = calendar_weekday(&date.normalized) else {
                continue;
            };
            if actual.eq_ignore_ascii_case(&weekday.normalized) {
                continue;
            }
            let stated = doc.slice(weekday.span);
            let date_words = doc.slice(date.span);
            out.push(self_contradiction(
                format!("the date {date_words}"),
                "weekday",
                format!(
                    "{} calls {date_words} a {stated}, but that date was a {actual}.",
                    doc.id
                ),
                vec![
                    in_sentence(
                        doc,
                        analysis,
                        weekday.sentence,
                        weekday.span,
                        stated.to_string(),
                    ),
                    in_sentence(
                        doc,
                        analysis,
                        date.sentence,
                        date.span,
                        format!("{actual} (calendar day of {date_words})"),
                    ),
                ],
                crosscheck_model::Rule::CalendarCheck,
            ));
        }
    }
    out
}

/// Weekdays immediately followed by a full date in the same sentence.
fn weekday_date_pairs<'a>(doc: &Document, analysis: &'a Analysis) -> Vec<(&'a Value, &'a Value)> {
    let mut pairs = Vec::new();
    for w in analysis
        .values
        .iter()
        .filter(|v| v.kind == ValueKind::Weekday)
    {
        // Values are in text order: look only from the weekday on, up to
        // MAX_GAP bytes, not through the whole document for each weekday.
        let from = analysis
            .values
            .partition_point(|d| d.span.start < w.span.end);
        let next = analysis.values[from..]
            .iter()
            .take_while(|d| d.span.start.saturating_sub(w.span.end) <= MAX_GAP)
            .find(|d| {
                d.kind == ValueKind::Date && d.sentence == w.sentence && d.span.start >= w.span.end
            });
        let Some(date) = next else { continue };
        let gap = &doc.text[w.span.end..date.span.start];
        if gap.chars().all(|c| c == ',' || c.is_whitespace()) {
            pairs.push((w, date));
        }
    }
    pairs
}

/// "2013-07-21" → "Sunday". Dates without a year or day say nothing.
fn calendar_weekday(iso: &str) -> Option<&'static str> {
    let date = NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()?;
    Some(match date.weekday() {
        chrono::Weekday::Mon => "Monday",
        chrono::Weekday::Tue => "Tuesday",
        chrono::Weekday::Wed => "Wednesday",
        chrono::Weekday::Thu => "Thursday",
        chrono::Weekday::Fri => "Friday",
        chrono::Weekday::Sat => "Saturday",
        chrono::Weekday::Sun => "Sunday",
    })
}
