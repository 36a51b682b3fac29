//! The HTML report: one self-contained page (inline CSS, no scripts, no
//! external assets) that can be mailed or archived as a single file. Every
//! piece of document text goes through [`escape`]; values are `<mark>`ed.

use std::io::{self, Write};

use crosscheck_model::{Evidence, Verdict, VerdictKind};

use crate::common::{self, Excerpt};
use crate::{DocumentReport, Report, Severity};

/// Quotes are trimmed to about this many characters around their value.
const QUOTE_CHARS: usize = 320;

/// Escape text for HTML element content and quoted attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Document text made safe for display: collapsed, controls neutralised, escaped.
fn text(s: &str) -> String {
    escape(&common::clean(s))
}

/// An element id for a document anchor (`doc-<id>`, whitespace replaced:
/// HTML ids must not contain it).
fn doc_anchor(id: &str) -> String {
    let id: String = id
        .chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect();
    format!("doc-{}", escape(&id))
}

/// A link to a document's entry in the documents list.
fn doc_link(id: &str) -> String {
    format!(
        "<a class=\"doc\" href=\"#{}\">{}</a>",
        doc_anchor(id),
        text(id)
    )
}

/// CSS class and anchor for a verdict kind (the JSON name, hyphenated).
fn kind_class(kind: VerdictKind) -> String {
    kind.name().replace('_', "-")
}

const STYLE: &str = "
:root{color-scheme:light dark;--fg:#1d232b;--muted:#5f6b7a;--bg:#fff;--card:#f6f7f9;--line:#dde1e6;
--contested:#c0392b;--self-contradiction:#8e44ad;--timeline:#1f7a8c;--corroborated:#2e7d32;--single-source:#9a6b00;--mark:#ffe58a}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ee;--muted:#9aa5b4;--bg:#15181d;--card:#1e232a;--line:#333a44;--mark:#6b5a12}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1rem;margin:0 0 .25rem}
.summary{color:var(--muted);margin:0 0 .75rem}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0}
.counts a{display:inline-block;padding:.15rem .6rem;border-radius:1rem;color:#fff;text-decoration:none;font-weight:600;font-size:.9rem}
.verdict{background:var(--card);border-left:4px solid var(--line);border-radius:4px;padding:.75rem 1rem;margin:0 0 1rem}
.attr{color:var(--muted);font-weight:normal}
.why{margin:0 0 .5rem}
.value{margin:.5rem 0 .25rem;font-weight:600}
.n{color:var(--muted);font-weight:normal;font-size:.9rem}
blockquote{margin:.25rem 0 .25rem 1rem;padding:.1rem .6rem;border-left:2px solid var(--line)}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:2px;font-weight:600}
a.doc{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem;color:var(--muted)}
.when{color:var(--muted);font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
th{color:var(--muted);font-weight:600}
details{margin:.25rem 0}
summary{cursor:pointer;color:var(--muted)}
.noise li{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.82rem;overflow-wrap:anywhere}
.kind{color:var(--muted)}
.error{color:var(--contested);font-weight:600}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
";

/// Write the HTML page.
pub(crate) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
    )?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        out,
        "<title>crosscheck report: {}</title>",
        escape(&common::headline(report))
    )?;
    write!(out, "<style>{STYLE}")?;
    for (kind, _) in common::SECTIONS {
        let c = kind_class(kind);
        writeln!(out, ".{c} .verdict,.verdict.{c}{{border-left-color:var(--{c})}} .counts a.{c}{{background:var(--{c})}}")?;
    }
    writeln!(out, "</style>\n</head>\n<body>\n<main>")?;
    header(report, out)?;
    for (kind, title) in common::SECTIONS {
        let verdicts = common::of_kind(report, kind);
        if verdicts.is_empty() {
            continue;
        }
        let c = kind_class(kind);
        writeln!(
            out,
            "<section id=\"{c}\" class=\"{c}\">\n<h2>{title} <span class=\"n\">{}</span></h2>",
            verdicts.len()
        )?;
        if common::is_detailed(kind) {
            for v in verdicts {
                detailed(report, v, out)?;
            }
        } else {
            compact(kind, &verdicts, out)?;
        }
        writeln!(out, "</section>")?;
    }
    origins(report, out)?;
    documents(report, out)?;
    problems(report, out)?;
    writeln!(
        out,
        "<footer>Generated by {}.</footer>\n</main>\n</body>\n</html>",
        escape(&report.generator)
    )
}

fn header(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<header>\n<h1>crosscheck report</h1>")?;
    writeln!(
        out,
        "<p class=\"summary\">{}</p>",
        escape(&common::headline(report))
    )?;
    let counts = common::counts(report);
    if counts.is_empty() {
        writeln!(out, "<p>No facts were found to compare.</p>")?;
    } else {
        writeln!(out, "<ul class=\"counts\">")?;
        for (kind, label) in counts {
            let c = kind_class(kind);
            writeln!(
                out,
                "<li><a class=\"{c}\" href=\"#{c}\">{}</a></li>",
                escape(&label)
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</header>")
}

/// A quote with its value in `<mark>`, escaped.
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
        "{}<mark>{}</mark>{}",
        escape(&before),
        escape(&value),
        escape(&after)
    )
}

fn detailed(report: &Report, v: &Verdict, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<article class=\"verdict\">")?;
    writeln!(
        out,
        "<h3>{} <span class=\"attr\">· {}</span></h3>",
        text(&v.subject),
        text(&v.attribute)
    )?;
    writeln!(out, "<p class=\"why\">{}</p>", text(&v.explanation))?;
    for val in &v.values {
        writeln!(
            out,
            "<p class=\"value\">{} <span class=\"n\">{}</span></p>",
            text(&val.value),
            escape(&common::plural(val.origins, "origin"))
        )?;
        for ev in &val.sources {
            let when = match (v.kind, common::published_of(report, ev.document.as_str())) {
                (VerdictKind::Timeline, Some(w)) => {
                    format!(" <span class=\"when\">{}</span>", escape(&w))
                }
                _ => String::new(),
            };
            writeln!(
                out,
                "<blockquote>{}{when}<br>{}</blockquote>",
                doc_link(ev.document.as_str()),
                quote(ev)
            )?;
        }
    }
    writeln!(out, "</article>")
}

/// Corroborated and single-source facts: one table row each.
fn compact(kind: VerdictKind, verdicts: &[&Verdict], out: &mut dyn Write) -> io::Result<()> {
    let last = if kind == VerdictKind::Corroborated {
        "Origins"
    } else {
        "Quote"
    };
    writeln!(out, "<table>\n<thead><tr><th>Subject</th><th>Attribute</th><th>Value</th><th>Sources</th><th>{last}</th></tr></thead>\n<tbody>")?;
    for v in verdicts {
        let values: Vec<String> = v.values.iter().map(|x| text(&x.value)).collect();
        let mut docs: Vec<&str> = Vec::new();
        for ev in v.values.iter().flat_map(|x| &x.sources) {
            if !docs.contains(&ev.document.as_str()) {
                docs.push(ev.document.as_str());
            }
        }
        let docs: Vec<String> = docs.into_iter().map(doc_link).collect();
        let last = if kind == VerdictKind::Corroborated {
            v.values
                .iter()
                .map(|x| x.origins)
                .max()
                .unwrap_or(0)
                .to_string()
        } else {
            v.values
                .first()
                .and_then(|x| x.sources.first())
                .map(quote)
                .unwrap_or_default()
        };
        writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td><strong>{}</strong></td><td>{}</td><td>{last}</td></tr>",
            text(&v.subject),
            text(&v.attribute),
            values.join(" / "),
            docs.join(" ")
        )?;
    }
    writeln!(out, "</tbody>\n</table>")
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
    writeln!(
        out,
        "<section id=\"origins\">\n<h2>Origins</h2>\n<p>Documents counted as one origin:</p>\n<ul>"
    )?;
    for o in groups {
        let ids: Vec<String> = o.documents.iter().map(|d| doc_link(d.as_str())).collect();
        writeln!(out, "<li>{}: {}</li>", ids.join(" + "), text(&o.reason))?;
    }
    writeln!(out, "</ul>\n</section>")
}

fn documents(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    if report.documents.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "<section id=\"documents\">\n<h2>Documents <span class=\"n\">{}</span></h2>",
        report.documents.len()
    )?;
    writeln!(out, "<table>\n<thead><tr><th>Id</th><th>Title</th><th>Published</th><th>Path</th></tr></thead>\n<tbody>")?;
    for d in &report.documents {
        document_row(d, out)?;
    }
    writeln!(out, "</tbody>\n</table>\n</section>")
}

/// One document: its metadata, and the page noise set aside in a
/// collapsed `<details>` so a reader can check nothing real was dropped.
fn document_row(d: &DocumentReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<tr id=\"{}\"><td><code>{}</code></td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
        doc_anchor(&d.id),
        text(&d.id),
        d.title.as_deref().map(text).unwrap_or_default(),
        d.published.as_deref().map(text).unwrap_or_default(),
        text(&d.path)
    )?;
    if d.removed.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "<tr><td></td><td colspan=\"3\"><details><summary>{} of page noise removed</summary><ul class=\"noise\">",
        escape(&common::plural(d.removed.len(), "item"))
    )?;
    for r in &d.removed {
        writeln!(
            out,
            "<li><span class=\"kind\">{}</span> {}</li>",
            escape(&common::noise_kind(r.kind)),
            text(&common::clip(&r.text, 300))
        )?;
    }
    writeln!(out, "</ul></details></td></tr>")
}

fn problems(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    if report.problems.is_empty() {
        return Ok(());
    }
    writeln!(out, "<section id=\"problems\">\n<h2>Problems</h2>\n<ul>")?;
    for p in &report.problems {
        let sev = match p.severity {
            Severity::Warning => "<span>warning</span>",
            Severity::Error => "<span class=\"error\">error</span>",
        };
        let path = if p.path.is_empty() {
            "(input)"
        } else {
            &p.path
        };
        writeln!(
            out,
            "<li>{sev} <code>{}</code>: {}</li>",
            text(path),
            text(&p.message)
        )?;
    }
    writeln!(out, "</ul>\n</section>")
}

#[cfg(test)]
mod tests {
    use super::escape;
    use crate::{
        render_to_string, DocumentReport, Format, Problem, RemovedText, RenderOptions, Report,
        Severity,
    };

    include!("../tests/support/sample.rs");

    fn html() -> String {
        render_to_string(&sample_report(), Format::Html, RenderOptions::default())
    }

    #[test]
    fn escape_covers_the_five() {
        assert_eq!(
            escape(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn quotes_are_escaped_and_values_marked() {
        let h = html();
        assert!(!h.contains("<script"), "unescaped script tag");
        assert!(
            h.contains("<mark>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</mark>"),
            "{h}"
        );
        assert!(
            h.contains("Mayor <mark>Helena</mark> Varga said 12 people died"),
            "{h}"
        );
        // A title with markup is shown as text.
        assert!(h.contains("Quake &lt;b&gt;update&lt;/b&gt;"));
        assert!(!h.contains('\x1b'));
    }

    #[test]
    fn page_is_self_contained() {
        let h = html();
        assert!(h.starts_with("<!DOCTYPE html>"));
        assert!(h.trim_end().ends_with("</html>"));
        for external in [
            "<script", "<link", "src=", "http://", "https://", "@import", "url(",
        ] {
            assert!(
                !h.contains(external),
                "external asset or script: {external}"
            );
        }
    }

    #[test]
    fn sections_documents_and_noise() {
        let h = html();
        let at = |s: &str| h.find(s).unwrap_or_else(|| panic!("{s:?} missing"));
        assert!(at("id=\"contested\"") < at("id=\"self-contradiction\""));
        assert!(at("id=\"timeline\"") < at("id=\"corroborated\""));
        assert!(at("id=\"single-source\"") < at("id=\"origins\""));
        assert!(at("id=\"documents\"") < at("id=\"problems\""));
        assert!(
            h.contains("<details><summary>2 items of page noise removed</summary>"),
            "{h}"
        );
        assert!(h.contains("<span class=\"kind\">comment_widget</span> Post a Comment"));
        assert!(h.contains("<tr id=\"doc-coast-copy\">"));
        assert!(h.contains("href=\"#doc-coast-wire\""));
        assert!(h.contains("<span class=\"error\">error</span> <code>examples/missing.txt</code>"));
    }

    #[test]
    fn tags_balance() {
        let h = html();
        for tag in [
            "section",
            "article",
            "blockquote",
            "table",
            "details",
            "ul",
            "mark",
            "tr",
        ] {
            let open =
                h.matches(&format!("<{tag}>")).count() + h.matches(&format!("<{tag} ")).count();
            let close = h.matches(&format!("</{tag}>")).count();
            assert_eq!(open, close, "<{tag}> unbalanced");
        }
    }
}
