//! The JSON report: the [`Report`] serialised as is, pretty-printed. This is
//! the machine interface, described by `schema/report.schema.json`; nothing
//! is trimmed or cleaned, so every quote equals `text[start..end]`.

use std::io::{self, Write};

use crate::Report;

/// Write `report` as pretty JSON followed by a newline.
pub(crate) fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use crate::{
        render_to_string, DocumentReport, Format, Problem, RemovedText, RenderOptions, Report,
        Severity,
    };

    include!("../tests/support/sample.rs");

    fn json() -> Value {
        let s = render_to_string(
            &sample_report(),
            Format::Json,
            RenderOptions {
                color: true,
                explain: true,
            },
        );
        serde_json::from_str(&s).expect("valid JSON")
    }

    #[test]
    fn has_the_required_fields() {
        let v = json();
        for key in ["generator", "documents", "origins", "verdicts", "problems"] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        let d = &v["documents"][0];
        for key in ["id", "path", "title", "published", "text", "removed"] {
            assert!(d.get(key).is_some(), "document missing {key}");
        }
        assert_eq!(d["removed"][0]["kind"], "social_buttons");
        assert_eq!(v["verdicts"][1]["kind"], "self_contradiction");
        assert_eq!(v["verdicts"][4]["kind"], "single_source");
        assert_eq!(v["problems"][1]["severity"], "error");
        assert_eq!(v["origins"][1]["documents"][1], "coast-copy");
        // Missing metadata is an explicit null, not an absent key.
        assert!(v["documents"][2]["title"].is_null());
    }

    #[test]
    fn quotes_and_spans_are_exact() {
        let v = json();
        let texts: std::collections::HashMap<&str, &str> = v["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["id"].as_str().unwrap(), d["text"].as_str().unwrap()))
            .collect();
        let mut checked = 0;
        for verdict in v["verdicts"].as_array().unwrap() {
            for value in verdict["values"].as_array().unwrap() {
                for s in value["sources"].as_array().unwrap() {
                    let text = texts[s["document"].as_str().unwrap()];
                    let at = |k: &str| s[k].as_u64().unwrap() as usize;
                    // JSON quotes are never trimmed (unlike the text report).
                    assert_eq!(&text[at("start")..at("end")], s["quote"].as_str().unwrap());
                    assert!(at("start") <= at("value_start") && at("value_end") <= at("end"));
                    checked += 1;
                }
            }
        }
        assert!(checked >= 10);
        // Hostile text survives untouched, control characters included.
        assert!(texts["coast-wire"].contains("<script>alert('x')</script>"));
        assert!(texts["coast-wire"].ends_with("\u{1b}[31m"));
    }

    #[test]
    fn round_trips_through_value_and_back() {
        let report = sample_report();
        let v = serde_json::to_value(&report).unwrap();
        let back: Report = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(serde_json::to_value(&back).unwrap(), v);
        assert_eq!(back.verdicts, report.verdicts);
    }
}
