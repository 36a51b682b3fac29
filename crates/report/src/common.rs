//! What the human-readable renderers share: section order, the summary
//! counts, and cutting a quote down to the words around its value.
//!
//! Everything here is for display only. The JSON renderer never goes through
//! it, so quotes and spans in JSON stay exact.

use crosscheck_model::{Evidence, NoiseKind, Verdict, VerdictKind};

use crate::Report;

/// The sections of a report, in the order they are shown, with headings.
pub(crate) const SECTIONS: [(VerdictKind, &str); 5] = [
    (VerdictKind::Contested, "Contested"),
    (VerdictKind::SelfContradiction, "Self-contradictions"),
    (VerdictKind::Timeline, "Timeline"),
    (VerdictKind::Corroborated, "Corroborated"),
    (VerdictKind::SingleSource, "Single source"),
];

/// True for the kinds a fact-checker must read quote by quote; the other
/// kinds (corroborated, single source) can run to hundreds and are listed
/// one line each.
pub(crate) fn is_detailed(kind: VerdictKind) -> bool {
    matches!(
        kind,
        VerdictKind::Contested | VerdictKind::SelfContradiction | VerdictKind::Timeline
    )
}

/// The verdicts of one kind, in report order, strong matches first: a
/// contest whose sentences match only in part (`weak_match`) may pair two
/// different facts, so a reader should meet the firm ones before it.
pub(crate) fn of_kind(report: &Report, kind: VerdictKind) -> Vec<&Verdict> {
    let mut out: Vec<&Verdict> = report.verdicts.iter().filter(|v| v.kind == kind).collect();
    out.sort_by_key(|v| v.weak_match);
    out
}

/// Number of independent origins. A report whose origins list is empty
/// (clustering found nothing to say) treats every document as its own.
pub(crate) fn origin_count(report: &Report) -> usize {
    if report.origins.is_empty() {
        report.documents.len()
    } else {
        report.origins.len()
    }
}

/// "3 contested (1 weak)", "1 self-contradiction", "2 timelines", …:
/// the weak matches of a kind are counted apart, so the header says how
/// many conflicts are firm.
fn count_label(kind: VerdictKind, n: usize, weak: usize) -> String {
    let (one, many) = match kind {
        VerdictKind::Contested => ("contested", "contested"),
        VerdictKind::SelfContradiction => ("self-contradiction", "self-contradictions"),
        VerdictKind::Timeline => ("timeline", "timelines"),
        VerdictKind::Corroborated => ("corroborated", "corroborated"),
        VerdictKind::SingleSource => ("single-source", "single-source"),
    };
    let label = format!("{n} {}", if n == 1 { one } else { many });
    if weak > 0 {
        format!("{label} ({weak} weak)")
    } else {
        label
    }
}

/// "1 document", "4 documents".
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The first line of the report: "7 documents, 6 independent origins".
pub(crate) fn headline(report: &Report) -> String {
    format!(
        "{}, {}",
        plural(report.documents.len(), "document"),
        plural(origin_count(report), "independent origin")
    )
}

/// The per-kind counts as header labels ("3 contested (1 weak)"), skipping
/// kinds with none.
pub(crate) fn counts(report: &Report) -> Vec<(VerdictKind, String)> {
    SECTIONS
        .iter()
        .filter_map(|&(kind, _)| {
            let of_kind = || report.verdicts.iter().filter(move |v| v.kind == kind);
            let n = of_kind().count();
            (n > 0).then(|| {
                (
                    kind,
                    count_label(kind, n, of_kind().filter(|v| v.weak_match).count()),
                )
            })
        })
        .collect()
}

/// A document's publication time, short: "2025-03-09 09:10".
pub(crate) fn published_of(report: &Report, doc: &str) -> Option<String> {
    let published = report
        .documents
        .iter()
        .find(|d| d.id == doc)?
        .published
        .as_deref()?;
    let short: String = published.replace('T', " ").chars().take(16).collect();
    Some(short)
}

/// The snake_case name of a noise kind, exactly as JSON spells it.
pub(crate) fn noise_kind(kind: NoiseKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{kind:?}"))
}

/// Make document text safe and compact for one display line: every run of
/// whitespace becomes one space, and control characters (an ESC could
/// drive the terminal) and bidi overrides (they can visually reorder a
/// quote) become U+FFFD.
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
            continue;
        }
        in_space = false;
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        out.push(if c.is_control() || bidi {
            '\u{FFFD}'
        } else {
            c
        });
    }
    out
}

/// Break a display string into lines of at most `max` characters at
/// spaces (a word longer than `max` gets a line of its own). Used for
/// explanations, which must be read whole.
pub(crate) fn wrap(s: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Cut a display string to at most `max` characters, ending with "…".
pub(crate) fn clip(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        return s.to_string();
    }
    let keep = max.saturating_sub(1);
    let mut cut: String = s.chars().take(keep).collect();
    // End on a word boundary when one is close, so words are not split.
    if let Some(space) = cut.rfind(' ') {
        if cut[space..].chars().count() <= 12 && space > 0 {
            cut.truncate(space);
        }
    }
    cut.push('…');
    cut
}

/// A quote cut for display: the value with some words either side.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Excerpt {
    /// Text before the value, cleaned; starts with "…" when cut.
    pub before: String,
    /// The value words, cleaned. Empty when the evidence's value range does
    /// not fall inside its quote (then the whole quote is in `before`).
    pub value: String,
    /// Text after the value, cleaned; ends with "…" when cut.
    pub after: String,
}

/// The value's byte range inside `ev.quote`, if the evidence is consistent.
fn value_range(ev: &Evidence) -> Option<(usize, usize)> {
    let s = ev.value_start.checked_sub(ev.start)?;
    let e = ev.value_end.checked_sub(ev.start)?;
    let q = &ev.quote;
    (s <= e && e <= q.len() && q.is_char_boundary(s) && q.is_char_boundary(e)).then_some((s, e))
}

/// Cut `ev.quote` to about `max` characters around its value. Short quotes
/// come back whole. Evidence whose value range is outside its quote (a bug
/// upstream) is shown unhighlighted rather than panicking.
pub(crate) fn excerpt(ev: &Evidence, max: usize) -> Excerpt {
    let Some((s, e)) = value_range(ev) else {
        return Excerpt {
            before: clip(clean(&ev.quote).trim(), max),
            value: String::new(),
            after: String::new(),
        };
    };
    let before = clean(&ev.quote[..s]).trim_start().to_string();
    let value = clip(&clean(&ev.quote[s..e]), max.max(8));
    let after = clean(&ev.quote[e..]).trim_end().to_string();
    let (nb, nv, na) = (
        before.chars().count(),
        value.chars().count(),
        after.chars().count(),
    );
    if nb + nv + na <= max {
        return Excerpt {
            before,
            value,
            after,
        };
    }
    // Share the room left between the two sides, giving unused room on
    // one side to the other; a little more goes before the value, where
    // the subject usually is.
    let room = max.saturating_sub(nv);
    let mut want_b = room * 3 / 5;
    let mut want_a = room - want_b;
    if nb < want_b {
        want_a += want_b - nb;
        want_b = nb;
    } else if na < want_a {
        want_b += want_a - na;
        want_a = na;
    }
    Excerpt {
        before: keep_tail(&before, want_b),
        value,
        after: keep_head(&after, want_a),
    }
}

/// The last `n` characters of `s` (starting at a word), with "…" in front
/// when anything was cut.
fn keep_tail(s: &str, n: usize) -> String {
    let len = s.chars().count();
    if len <= n {
        return s.to_string();
    }
    let tail: String = s.chars().skip(len - n.saturating_sub(1)).collect();
    // Start at a word boundary when one is near, so no word is split.
    let tail = match tail.find(' ') {
        Some(i) if i > 0 && tail[..i].chars().count() <= 12 => tail[i + 1..].to_string(),
        _ => tail,
    };
    format!("…{tail}")
}

/// The first `n` characters of `s` (ending at a word), with "…" after when
/// anything was cut.
fn keep_head(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    clip(s, n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::DocId;

    fn ev(quote: &str, value: &str) -> Evidence {
        let at = quote.find(value).unwrap();
        Evidence {
            document: DocId("d".into()),
            start: 100,
            end: 100 + quote.len(),
            quote: quote.into(),
            value_start: 100 + at,
            value_end: 100 + at + value.len(),
        }
    }

    #[test]
    fn short_quotes_are_whole() {
        let x = excerpt(&ev("The dam is 948 feet high.", "948 feet"), 80);
        assert_eq!(
            x,
            Excerpt {
                before: "The dam is ".into(),
                value: "948 feet".into(),
                after: " high.".into()
            }
        );
    }

    #[test]
    fn long_quotes_are_cut_around_the_value() {
        let pre = "word ".repeat(60);
        let post = " more".repeat(60);
        let q = format!("{pre}magnitude 6.7{post}");
        let x = excerpt(&ev(&q, "magnitude 6.7"), 60);
        assert!(x.before.starts_with('…'), "{x:?}");
        assert!(x.after.ends_with('…'), "{x:?}");
        assert_eq!(x.value, "magnitude 6.7");
        let total = x.before.chars().count() + x.value.chars().count() + x.after.chars().count();
        assert!(total <= 62, "{total}");
        // No word is split at either cut.
        assert!(
            x.before.trim_start_matches('…').starts_with("word"),
            "{x:?}"
        );
        assert!(x.after.trim_end_matches('…').ends_with("more"), "{x:?}");
    }

    #[test]
    fn unused_room_on_one_side_goes_to_the_other() {
        let q = format!("Toll: 19 dead{}", " and rising".repeat(30));
        let x = excerpt(&ev(&q, "19 dead"), 60);
        assert_eq!(x.before, "Toll: ");
        assert!(x.after.chars().count() > 40, "{x:?}");
    }

    #[test]
    fn inconsistent_offsets_do_not_panic() {
        let mut e = ev("Café owner said 12 people died.", "12 people");
        e.value_start = 103; // inside "é": not a char boundary
        e.value_end = 104;
        let x = excerpt(&e, 80);
        assert_eq!(x.value, "");
        assert_eq!(x.before, "Café owner said 12 people died.");
        e.value_start = 10; // before the quote
        assert_eq!(excerpt(&e, 80).value, "");
    }

    #[test]
    fn clean_neutralises_controls_and_collapses_space() {
        assert_eq!(
            clean("a\n\t b\x1b[31mc\u{202E}d"),
            "a b\u{FFFD}[31mc\u{FFFD}d"
        );
    }

    #[test]
    fn wrap_keeps_every_word_within_the_width() {
        let text = "Sources give Witkoff 5 different given names: “Steve” (003, 004), “David” (001), “Amos” (001).";
        let lines = wrap(text, 30);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= 30));
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn clip_ends_on_a_word() {
        assert_eq!(clip("one two three four", 12), "one two…");
        assert_eq!(clip("short", 12), "short");
    }
}
