//! The terminal report: a short header, then contested facts,
//! self-contradictions and timelines in full (every value, every quote),
//! corroborated and single-source facts one line each, then origins, page
//! noise and problems. Laid out for 100 columns.
//!
//! Colour is plain ANSI SGR escapes, only when asked for; without colour the
//! value inside a quote is marked «like this», so the report still says
//! which words were read.

use std::io::{self, Write};

use crosscheck_model::{Evidence, Verdict, VerdictKind};

use crate::common::{self, Excerpt};
use crate::{Report, Severity};

/// Target line width.
const WIDTH: usize = 100;
/// Compact sections show at most this many lines before "and N more".
const COMPACT_CAP: usize = 25;
/// Removed noise: lines shown per document before "and N more".
const NOISE_CAP: usize = 8;

/// Applies ANSI styles when colour is on, and nothing otherwise.
struct Style {
    color: bool,
    /// Print the rules that decided each verdict (`check --explain`).
    explain: bool,
}

impl Style {
    /// `s` wrapped in SGR `code` … reset, or `s` as is without colour.
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// The highlighted value inside a quote.
    fn value(&self, s: &str) -> String {
        if self.color {
            self.paint("1;4", s)
        } else {
            format!("«{s}»")
        }
    }

    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }

    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }

    fn doc(&self, s: &str) -> String {
        self.paint("36", s)
    }

    /// Heading colour per verdict kind: red for conflicts, green for
    /// agreement, so the eye finds problems first.
    fn kind(&self, kind: VerdictKind, s: &str) -> String {
        let code = match kind {
            VerdictKind::Contested => "1;31",
            VerdictKind::SelfContradiction => "1;35",
            VerdictKind::Timeline => "1;36",
            VerdictKind::Corroborated => "1;32",
            VerdictKind::SingleSource => "1;33",
        };
        self.paint(code, s)
    }
}

/// Write the terminal report.
pub(crate) fn render(
    report: &Report,
    options: crate::RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let st = Style {
        color: options.color,
        explain: options.explain,
    };
    header(report, &st, out)?;
    for (kind, title) in common::SECTIONS {
        let verdicts = common::of_kind(report, kind);
        if verdicts.is_empty() {
            continue;
        }
        heading(
            out,
            &st.kind(kind, &format!("{title} ({})", verdicts.len())),
            title.len() + 4,
        )?;
        if common::is_detailed(kind) {
            for v in &verdicts {
                detailed(report, v, &st, out)?;
            }
        } else {
            compact(&verdicts, &st, out)?;
        }
    }
    origins(report, &st, out)?;
    noise(report, &st, out)?;
    problems(report, &st, out)
}

fn header(report: &Report, st: &Style, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{} {}",
        st.bold("crosscheck:"),
        common::headline(report)
    )?;
    let counts: Vec<String> = common::counts(report)
        .into_iter()
        .map(|(kind, label)| st.kind(kind, &label))
        .collect();
    if counts.is_empty() {
        writeln!(out, "No facts were found to compare.")
    } else {
        writeln!(out, "{}", counts.join(" · "))
    }
}

/// A blank line, the title, and a rule as long as the title.
fn heading(out: &mut dyn Write, title: &str, len: usize) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{title}")?;
    writeln!(out, "{}", "─".repeat(len))
}

/// `[doc] …before «value» after…`, fitted to `room` characters.
fn quote_line(ev: &Evidence, room: usize, st: &Style) -> String {
    let Excerpt {
        before,
        value,
        after,
    } = common::excerpt(ev, room);
    if value.is_empty() {
        return before;
    }
    format!("{before}{}{after}", st.value(&value))
}

/// One verdict with every value and every quote.
fn detailed(report: &Report, v: &Verdict, st: &Style, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "{} {} {}",
        st.bold(&common::clean(&v.subject)),
        st.dim("·"),
        common::clean(&v.attribute)
    )?;
    for line in common::wrap(&common::clean(&v.explanation), WIDTH - 2) {
        writeln!(out, "  {line}")?;
    }
    rules(v, "  ", st, out)?;
    for val in &v.values {
        let origins = common::plural(val.origins, "origin");
        writeln!(
            out,
            "  • {} {}",
            st.bold(&common::clean(&val.value)),
            st.dim(&format!("— {origins}"))
        )?;
        for ev in &val.sources {
            // Timelines turn on when each report was written: show it.
            let tag = match (v.kind, common::published_of(report, ev.document.as_str())) {
                (VerdictKind::Timeline, Some(when)) => format!("[{} {when}]", ev.document),
                _ => format!("[{}]", ev.document),
            };
            let tag = common::clean(&tag);
            let room = WIDTH.saturating_sub(6 + tag.chars().count() + 1).max(40);
            writeln!(out, "      {} {}", st.doc(&tag), quote_line(ev, room, st))?;
        }
    }
    Ok(())
}

/// With `--explain`, the rules that decided `v`, on a line of their own.
fn rules(v: &Verdict, indent: &str, st: &Style, out: &mut dyn Write) -> io::Result<()> {
    if st.explain && !v.rules.is_empty() {
        let names: Vec<&str> = v.rules.iter().map(|r| r.name()).collect();
        writeln!(
            out,
            "{indent}{}",
            st.dim(&format!("rules: {}", names.join(", ")))
        )?;
    }
    Ok(())
}

/// One line per verdict: `subject · attribute: value — origins [docs]`,
/// and for single-source facts as much of the quote as fits.
fn compact(verdicts: &[&Verdict], st: &Style, out: &mut dyn Write) -> io::Result<()> {
    for v in verdicts.iter().take(COMPACT_CAP) {
        let values: Vec<String> = v.values.iter().map(|x| common::clean(&x.value)).collect();
        let origins = v.values.iter().map(|x| x.origins).max().unwrap_or(0);
        let mut docs: Vec<&str> = Vec::new();
        for ev in v.values.iter().flat_map(|x| &x.sources) {
            if !docs.contains(&ev.document.as_str()) {
                docs.push(ev.document.as_str());
            }
        }
        let label = format!(
            "{} · {}: ",
            common::clean(&v.subject),
            common::clean(&v.attribute)
        );
        let label = common::clip(&label, 45);
        let value = common::clip(&values.join(" / "), 30);
        let docs_text = common::clean(&format!("[{}]", doc_list(&docs, 38)));
        let mut line = format!("  {label}{} {}", st.bold(&value), st.doc(&docs_text));
        let used =
            2 + label.chars().count() + value.chars().count() + 1 + docs_text.chars().count();
        if v.kind == VerdictKind::Corroborated {
            line.push_str(&st.dim(&format!(" {}", common::plural(origins, "origin"))));
        } else if let Some(ev) = v.values.first().and_then(|x| x.sources.first()) {
            // Room left on the line for a glimpse of the quote.
            let room = WIDTH.saturating_sub(used + 1);
            if room >= 25 {
                line.push(' ');
                line.push_str(&quote_line(ev, room - 2, st));
            }
        }
        writeln!(out, "{line}")?;
        rules(v, "      ", st, out)?;
    }
    if verdicts.len() > COMPACT_CAP {
        let more = verdicts.len() - COMPACT_CAP;
        writeln!(
            out,
            "  {}",
            st.dim(&format!("and {more} more (use --format json for all)"))
        )?;
    }
    Ok(())
}

/// "a, b, c", or as many ids as fit in `max` characters and "+N".
fn doc_list(ids: &[&str], max: usize) -> String {
    let mut shown = String::new();
    for (i, id) in ids.iter().enumerate() {
        let rest = ids.len() - i;
        let next = if shown.is_empty() {
            id.to_string()
        } else {
            format!("{shown}, {id}")
        };
        // Leave room for " +N" unless this is the last id.
        let reserve = if rest > 1 { 4 } else { 0 };
        if next.chars().count() + reserve > max && !shown.is_empty() {
            return format!("{shown} +{rest}");
        }
        shown = next;
    }
    shown
}

/// Groups of documents counted as one origin (copies, syndication).
fn origins(report: &Report, st: &Style, out: &mut dyn Write) -> io::Result<()> {
    if report.documents.len() < 2 {
        return Ok(());
    }
    heading(out, &st.bold("Origins"), 7)?;
    let groups: Vec<_> = report
        .origins
        .iter()
        .filter(|o| o.documents.len() > 1)
        .collect();
    if groups.is_empty() {
        return writeln!(out, "  Every document is an independent origin.");
    }
    for o in groups {
        let ids: Vec<&str> = o.documents.iter().map(|d| d.as_str()).collect();
        writeln!(
            out,
            "  {} count as one origin",
            st.doc(&common::clean(&ids.join(" + ")))
        )?;
        writeln!(
            out,
            "    {}",
            common::clip(&common::clean(&o.reason), WIDTH - 4)
        )?;
    }
    Ok(())
}

/// Page noise set aside, per document, so nothing is dropped silently.
fn noise(report: &Report, st: &Style, out: &mut dyn Write) -> io::Result<()> {
    let docs: Vec<_> = report
        .documents
        .iter()
        .filter(|d| !d.removed.is_empty())
        .collect();
    if docs.is_empty() {
        return Ok(());
    }
    heading(out, &st.bold("Removed page noise"), 18)?;
    for d in docs {
        // One removed stretch can span several lines: list lines, not stretches.
        let lines: Vec<(String, &str)> = d
            .removed
            .iter()
            .flat_map(|r| {
                let kind = common::noise_kind(r.kind);
                r.text
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(move |l| (kind.clone(), l))
            })
            .collect();
        writeln!(
            out,
            "  {} {}",
            st.doc(&common::clean(&d.id)),
            st.dim(&format!("({})", common::plural(lines.len(), "line")))
        )?;
        for (kind, line) in lines.iter().take(NOISE_CAP) {
            let text = common::clip(&common::clean(line), WIDTH - 22);
            writeln!(out, "    {} {text}", st.dim(&format!("{kind:<15}")))?;
        }
        if lines.len() > NOISE_CAP {
            writeln!(
                out,
                "    {}",
                st.dim(&format!("and {} more", lines.len() - NOISE_CAP))
            )?;
        }
    }
    Ok(())
}

fn problems(report: &Report, st: &Style, out: &mut dyn Write) -> io::Result<()> {
    if report.problems.is_empty() {
        return Ok(());
    }
    heading(out, &st.bold("Problems"), 8)?;
    for p in &report.problems {
        let sev = match p.severity {
            Severity::Warning => st.paint("33", "warning"),
            Severity::Error => st.paint("1;31", "error  "),
        };
        let path = if p.path.is_empty() {
            "(input)"
        } else {
            &p.path
        };
        writeln!(
            out,
            "  {sev} {}: {}",
            common::clean(path),
            common::clean(&p.message)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::{
        render_to_string, DocumentReport, Format, Problem, RemovedText, RenderOptions, Report,
        Severity,
    };

    include!("../tests/support/sample.rs");

    fn text(color: bool) -> String {
        render_to_string(
            &sample_report(),
            Format::Text,
            RenderOptions {
                color,
                explain: false,
            },
        )
    }

    #[test]
    fn sections_come_in_order() {
        let t = text(false);
        let at = |s: &str| t.find(s).unwrap_or_else(|| panic!("{s:?} missing in\n{t}"));
        assert!(at("crosscheck: 4 documents, 3 independent origins") < at("Contested (1)"));
        assert!(t.contains("1 contested · 1 self-contradiction · 1 timeline · 1 corroborated · 2 single-source"), "{t}");
        assert!(at("Contested (1)") < at("Self-contradictions (1)"));
        assert!(at("Self-contradictions (1)") < at("Timeline (1)"));
        assert!(at("Timeline (1)") < at("Corroborated (1)"));
        assert!(at("Corroborated (1)") < at("Single source (2)"));
        assert!(at("Single source (2)") < at("Origins"));
        assert!(at("Origins") < at("Removed page noise"));
        assert!(at("Removed page noise") < at("Problems"));
    }

    #[test]
    fn firm_contests_come_before_weak_matches_and_the_header_counts_these() {
        let mut r = sample_report();
        let contested = r
            .verdicts
            .iter()
            .position(|v| v.kind == crosscheck_model::VerdictKind::Contested)
            .expect("a contest");
        let mut weak = r.verdicts[contested].clone();
        weak.weak_match = true;
        weak.subject = "Weakly matched".into();
        r.verdicts.insert(contested, weak);
        let t = render_to_string(
            &r,
            Format::Text,
            RenderOptions {
                color: false,
                explain: false,
            },
        );
        assert!(t.contains("2 contested (1 weak) ·"), "{t}");
        let at = |s: &str| t.find(s).unwrap_or_else(|| panic!("{s:?} missing in\n{t}"));
        assert!(
            at(&r.verdicts[contested + 1].subject) < at("Weakly matched"),
            "{t}"
        );
    }

    #[test]
    fn explain_prints_the_rules_of_each_verdict() {
        let mut r = sample_report();
        for v in &mut r.verdicts {
            v.rules = vec![
                crosscheck_model::Rule::SamePerson,
                crosscheck_model::Rule::ValuesDiffer,
            ];
        }
        let explained = render_to_string(
            &r,
            Format::Text,
            RenderOptions {
                color: false,
                explain: true,
            },
        );
        let lines = explained
            .lines()
            .filter(|l| l.trim() == "rules: same-person, values-differ")
            .count();
        assert_eq!(lines, r.verdicts.len(), "{explained}");
        let plain = render_to_string(
            &r,
            Format::Text,
            RenderOptions {
                color: false,
                explain: false,
            },
        );
        assert!(!plain.contains("rules:"), "{plain}");
    }

    #[test]
    fn colour_only_when_asked() {
        let plain = text(false);
        assert!(!plain.contains('\x1b'), "escape in plain output");
        assert!(
            plain.contains("Mayor «Helena» Varga said 12 people died"),
            "{plain}"
        );
        let coloured = text(true);
        assert!(coloured.contains("\x1b[1;4mHelena\x1b[0m"), "{coloured}");
        assert!(coloured.contains("\x1b[1;31m"), "contested heading not red");
        assert!(!coloured.contains('«'));
    }

    #[test]
    fn escapes_from_documents_are_neutralised() {
        let mut r = sample_report();
        r.verdicts[0].subject = "Evil\x1b[2J name".into();
        let t = render_to_string(
            &r,
            Format::Text,
            RenderOptions {
                color: false,
                explain: false,
            },
        );
        assert!(!t.contains('\x1b'));
        assert!(t.contains("Evil\u{FFFD}[2J name"));
    }

    #[test]
    fn lines_fit_100_columns_and_long_quotes_are_trimmed() {
        let t = text(false);
        for line in t.lines() {
            assert!(line.chars().count() <= 100, "too wide: {line:?}");
        }
        // The long northgate sentence is cut around its value.
        let line = t
            .lines()
            .find(|l| l.contains("[northgate]"))
            .expect("northgate line");
        assert!(line.contains("…") && line.contains("«Tuesday»"), "{line}");
    }

    #[test]
    fn timeline_sources_show_publication_time() {
        let t = text(false);
        assert!(t.contains("[harbour-gazette 2025-03-09 09:10]"), "{t}");
        assert!(t.contains("[coast-wire 2025-03-10 11:00]"), "{t}");
    }

    #[test]
    fn origins_noise_and_problems_are_listed() {
        let t = text(false);
        assert!(
            t.contains("coast-wire + coast-copy count as one origin"),
            "{t}"
        );
        assert!(t.contains("repeats 93%"));
        assert!(
            !t.contains("harbour-gazette count as one origin"),
            "single-document origins are not groups"
        );
        assert!(t.contains("harbour-gazette (2 lines)"), "{t}");
        assert!(t.contains("social_buttons  Share | Tweet | Email"), "{t}");
        assert!(
            t.contains("error   examples/missing.txt: No such file or directory"),
            "{t}"
        );
        assert!(
            t.contains("warning examples/broken.html: invalid UTF-8 replaced"),
            "{t}"
        );
    }

    #[test]
    fn compact_sections_are_capped() {
        let mut r = sample_report();
        let one = r.verdicts[3].clone();
        r.verdicts.extend(std::iter::repeat_n(one, 40));
        let t = render_to_string(&r, Format::Text, RenderOptions::default());
        assert!(t.contains("Corroborated (41)"));
        assert!(t.contains("and 16 more (use --format json for all)"), "{t}");
    }

    #[test]
    fn long_document_lists_end_with_a_count() {
        assert_eq!(super::doc_list(&["a", "b"], 10), "a, b");
        assert_eq!(
            super::doc_list(&["alpha", "beta", "gamma", "delta"], 16),
            "alpha, beta +2"
        );
    }

    #[test]
    fn empty_report_says_so() {
        let r = Report {
            generator: "x".into(),
            documents: vec![],
            origins: vec![],
            verdicts: vec![],
            problems: vec![],
        };
        let t = render_to_string(&r, Format::Text, RenderOptions::default());
        assert!(t.contains("0 documents, 0 independent origins"));
        assert!(t.contains("No facts were found to compare."));
    }
}
