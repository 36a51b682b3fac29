//! The Markdown report (GitHub-flavoured: tables). Same structure as the
//! terminal report; every piece of document text is escaped so a quote can
//! neither break a table (`|`) nor turn into markup (`*`, `<script>`, `[x](y)`).

use std::io::{self, Write};

use crosscheck_model::{Evidence, Verdict, VerdictKind};

use crate::common::{self, Excerpt};
use crate::{Report, Severity};

/// Quotes are trimmed to about this many characters around their value.
const QUOTE_CHARS: usize = 240;

/// Escape text for Markdown, inline or inside a table cell. Whitespace is
/// collapsed (a newline would end a table row) and every character that
/// CommonMark or GFM could read as markup gets a backslash.
pub(crate) fn escape(s: &str) -> String {
    let s = common::clean(s);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Write the Markdown report.
pub(crate) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# crosscheck report")?;
    writeln!(out)?;
    let counts: Vec<String> = common::counts(report)
        .into_iter()
        .map(|(_, label)| label)
        .collect();
    let counts = if counts.is_empty() {
        "no facts were found to compare".to_string()
    } else {
        counts.join(" · ")
    };
    writeln!(out, "{}: {counts}.", common::headline(report))?;
    for (kind, title) in common::SECTIONS {
        let verdicts = common::of_kind(report, kind);
        if verdicts.is_empty() {
            continue;
        }
        writeln!(out, "\n## {title} ({})", verdicts.len())?;
        if common::is_detailed(kind) {
            for v in verdicts {
                detailed(report, v, out)?;
            }
        } else {
            compact(kind, &verdicts, out)?;
        }
    }
    origins(report, out)?;
    noise(report, out)?;
    problems(report, out)?;
    writeln!(out, "\n---\n_{}_", escape(&report.generator))
}

/// A quote with its value in bold, escaped.
fn quote(ev: &Evidence) -> String {
    let Excerpt {
        before,
        value,
        after,
    } = common::excerpt(ev, QUOTE_CHARS);
    if value.is_empty() {
        return escape(&before);
    }
    format!(
        "{}**{}**{}",
        escape(&before),
        escape(&value),
        escape(&after)
    )
}

/// One verdict: heading, explanation, and a table of every value and quote.
fn detailed(report: &Report, v: &Verdict, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "\n### {} · {}\n",
        escape(&v.subject),
        escape(&v.attribute)
    )?;
    writeln!(out, "{}\n", escape(&v.explanation))?;
    let timeline = v.kind == VerdictKind::Timeline;
    if timeline {
        writeln!(out, "| Value | Origins | Source | Published | Quote |")?;
        writeln!(out, "|---|---|---|---|---|")?;
    } else {
        writeln!(out, "| Value | Origins | Source | Quote |")?;
        writeln!(out, "|---|---|---|---|")?;
    }
    for val in &v.values {
        for (i, ev) in val.sources.iter().enumerate() {
            // The value and its count head the first row of its group only.
            let (value, origins) = if i == 0 {
                (
                    format!("**{}**", escape(&val.value)),
                    val.origins.to_string(),
                )
            } else {
                (String::new(), String::new())
            };
            let doc = escape(ev.document.as_str());
            if timeline {
                let when = common::published_of(report, ev.document.as_str()).unwrap_or_default();
                writeln!(
                    out,
                    "| {value} | {origins} | {doc} | {} | {} |",
                    escape(&when),
                    quote(ev)
                )?;
            } else {
                writeln!(out, "| {value} | {origins} | {doc} | {} |", quote(ev))?;
            }
        }
    }
    Ok(())
}

/// Corroborated and single-source facts: one table row each.
fn compact(kind: VerdictKind, verdicts: &[&Verdict], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    if kind == VerdictKind::Corroborated {
        writeln!(out, "| Subject | Attribute | Value | Origins | Sources |")?;
        writeln!(out, "|---|---|---|---|---|")?;
    } else {
        writeln!(out, "| Subject | Attribute | Value | Source | Quote |")?;
        writeln!(out, "|---|---|---|---|---|")?;
    }
    for v in verdicts {
        let values: Vec<String> = v.values.iter().map(|x| escape(&x.value)).collect();
        let mut docs: Vec<&str> = Vec::new();
        for ev in v.values.iter().flat_map(|x| &x.sources) {
            if !docs.contains(&ev.document.as_str()) {
                docs.push(ev.document.as_str());
            }
        }
        let docs: Vec<String> = docs.into_iter().map(escape).collect();
        let head = format!(
            "| {} | {} | {} ",
            escape(&v.subject),
            escape(&v.attribute),
            values.join(" / ")
        );
        if kind == VerdictKind::Corroborated {
            let origins = v.values.iter().map(|x| x.origins).max().unwrap_or(0);
            writeln!(out, "{head}| {origins} | {} |", docs.join(", "))?;
        } else {
            let q = v
                .values
                .first()
                .and_then(|x| x.sources.first())
                .map(quote)
                .unwrap_or_default();
            writeln!(out, "{head}| {} | {q} |", docs.join(", "))?;
        }
    }
    Ok(())
}

fn origins(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let groups: Vec<_> = report
        .origins
        .iter()
        .filter(|o| o.documents.len() > 1)
        .collect();
    if groups.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n## Origins\n")?;
    writeln!(out, "Documents counted as one origin:\n")?;
    for o in groups {
        let ids: Vec<String> = o.documents.iter().map(|d| escape(d.as_str())).collect();
        writeln!(out, "- {}: {}", ids.join(" + "), escape(&o.reason))?;
    }
    Ok(())
}

fn noise(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let docs: Vec<_> = report
        .documents
        .iter()
        .filter(|d| !d.removed.is_empty())
        .collect();
    if docs.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n## Removed page noise")?;
    for d in docs {
        writeln!(
            out,
            "\n### {} ({})\n",
            escape(&d.id),
            common::plural(d.removed.len(), "item")
        )?;
        writeln!(out, "| Kind | Bytes | Text |")?;
        writeln!(out, "|---|---|---|")?;
        for r in &d.removed {
            let text = common::clip(&common::clean(&r.text), 200);
            writeln!(
                out,
                "| {} | {}–{} | {} |",
                common::noise_kind(r.kind),
                r.start,
                r.end,
                escape(&text)
            )?;
        }
    }
    Ok(())
}

fn problems(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    if report.problems.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n## Problems\n")?;
    for p in &report.problems {
        let sev = match p.severity {
            Severity::Warning => "warning",
            Severity::Error => "**error**",
        };
        let path = if p.path.is_empty() {
            "(input)"
        } else {
            &p.path
        };
        writeln!(out, "- {sev}: {}: {}", escape(path), escape(&p.message))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::escape;
    use crate::{
        render_to_string, DocumentReport, Format, Problem, RemovedText, RenderOptions, Report,
        Severity,
    };

    include!("../tests/support/sample.rs");

    fn md() -> String {
        render_to_string(&sample_report(), Format::Markdown, RenderOptions::default())
    }

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(
            escape("*x* _y_ [l](u) <b>"),
            "\\*x\\* \\_y\\_ \\[l\\](u) \\<b\\>"
        );
        assert_eq!(escape("two\nlines"), "two lines");
    }

    #[test]
    fn structure_and_bold_values() {
        let m = md();
        let at = |s: &str| m.find(s).unwrap_or_else(|| panic!("{s:?} missing in\n{m}"));
        assert!(at("# crosscheck report") < at("## Contested (1)"));
        assert!(at("## Contested (1)") < at("## Self-contradictions (1)"));
        assert!(at("## Timeline (1)") < at("## Corroborated (1)"));
        assert!(at("## Single source (2)") < at("## Origins"));
        assert!(at("## Removed page noise") < at("## Problems"));
        assert!(m.contains("### Helena Varga · given\\_name"), "{m}");
        assert!(
            m.contains("Mayor **Helena** Varga said 12 people died"),
            "{m}"
        );
        assert!(
            m.contains("| 2025-03-09 09:10 |"),
            "timeline shows publication time"
        );
    }

    #[test]
    fn table_rows_keep_their_column_count() {
        let m = md();
        // Every table row of a table has as many unescaped pipes as its header.
        let pipes = |l: &str| l.replace("\\|", "").matches('|').count();
        let mut header = None;
        for line in m.lines() {
            if line.starts_with('|') {
                let n = pipes(line);
                let h = *header.get_or_insert(n);
                assert_eq!(n, h, "row breaks its table: {line}");
            } else {
                header = None;
            }
        }
        // The quote with pipes and stars is escaped, not rendered.
        assert!(
            m.contains("the \\| pipe \\| table \\*stars\\* stayed"),
            "{m}"
        );
        assert!(m.contains("\\<script\\>"), "{m}");
        assert!(!m.contains("<script>"));
    }

    #[test]
    fn noise_and_problems() {
        let m = md();
        assert!(m.contains("| social_buttons |"), "{m}");
        assert!(m.contains("Share \\| Tweet \\| Email"));
        assert!(
            m.contains("- **error**: examples/missing.txt: No such file or directory"),
            "{m}"
        );
        assert!(
            m.contains(
                "- coast-wire + coast-copy: coast-copy repeats 93% of coast-wire's word 5-grams"
            ),
            "{m}"
        );
    }
}
