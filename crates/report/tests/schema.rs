//! The JSON output matches `schema/report.schema.json`, and the schema is
//! strict enough to reject reports that drift from it.

use crosscheck_model::{NoiseKind, VerdictKind};
use crosscheck_report::{
    render_to_string, DocumentReport, Format, Problem, RemovedText, RenderOptions, Report, Severity,
};
use serde_json::{json, Value};

include!("support/sample.rs");

fn schema() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schema/report.schema.json"
    );
    let text = std::fs::read_to_string(path).expect("schema file readable");
    serde_json::from_str(&text).expect("schema is JSON")
}

fn rendered() -> Value {
    let s = render_to_string(&sample_report(), Format::Json, RenderOptions::default());
    serde_json::from_str(&s).expect("report is JSON")
}

/// Validation errors as readable lines (empty when valid).
fn errors(instance: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(&schema()).expect("schema compiles");
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn schema_is_valid_draft_2020_12() {
    let s = schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    if let Err(e) = jsonschema::meta::validate(&s) {
        panic!("schema is not a valid JSON Schema: {e}");
    }
}

#[test]
fn rendered_report_validates() {
    let errs = errors(&rendered());
    assert!(errs.is_empty(), "{errs:#?}");
}

#[test]
fn empty_report_validates() {
    let r = Report {
        generator: "crosscheck 0.1.0".into(),
        documents: vec![],
        origins: vec![],
        verdicts: vec![],
        problems: vec![],
    };
    let v: Value = serde_json::from_str(&render_to_string(
        &r,
        Format::Json,
        RenderOptions::default(),
    ))
    .unwrap();
    assert!(errors(&v).is_empty());
}

/// Each mutation must make the report invalid: the schema is not a rubber stamp.
#[test]
fn drifted_reports_are_rejected() {
    type Mutation = (&'static str, fn(&mut Value));
    let mutations: [Mutation; 10] = [
        ("missing generator", |v| {
            v.as_object_mut().unwrap().remove("generator");
        }),
        ("unknown top-level field", |v| v["extra"] = json!(1)),
        ("unknown verdict kind", |v| {
            v["verdicts"][0]["kind"] = json!("disputed")
        }),
        ("negative offset", |v| {
            v["verdicts"][0]["values"][0]["sources"][0]["start"] = json!(-1)
        }),
        ("fractional offset", |v| {
            v["verdicts"][0]["values"][0]["sources"][0]["value_end"] = json!(1.5)
        }),
        ("title not a string", |v| {
            v["documents"][0]["title"] = json!(7)
        }),
        ("published missing", |v| {
            v["documents"][0]
                .as_object_mut()
                .unwrap()
                .remove("published");
        }),
        ("unknown noise kind", |v| {
            v["documents"][0]["removed"][0]["kind"] = json!("advert")
        }),
        ("unknown severity", |v| {
            v["problems"][0]["severity"] = json!("fatal")
        }),
        ("origin without documents", |v| {
            v["origins"][0]["documents"] = json!([])
        }),
    ];
    for (name, mutate) in mutations {
        let mut v = rendered();
        mutate(&mut v);
        assert!(
            !errors(&v).is_empty(),
            "schema accepted a report with {name}"
        );
    }
}

/// Every enum value the Rust types can produce is allowed by the schema,
/// so adding a variant without updating the schema fails here.
#[test]
fn enums_match_the_types() {
    let s = schema();
    let allowed = |path: &str| -> Vec<String> {
        s.pointer(path)
            .and_then(Value::as_array)
            .expect(path)
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    let verdict_kinds = allowed("/$defs/verdict/properties/kind/enum");
    for k in all_verdict_kinds() {
        assert!(
            verdict_kinds.contains(&k.name().to_string()),
            "{k:?} missing from schema"
        );
    }
    assert_eq!(verdict_kinds.len(), all_verdict_kinds().len());
    let noise_kinds = allowed("/$defs/removed/properties/kind/enum");
    for k in all_noise_kinds() {
        let name = serde_json::to_value(k)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string();
        assert!(noise_kinds.contains(&name), "{k:?} missing from schema");
    }
    assert_eq!(noise_kinds.len(), all_noise_kinds().len());
    let severities = allowed("/$defs/problem/properties/severity/enum");
    for sev in [Severity::Warning, Severity::Error] {
        let name = serde_json::to_value(sev)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string();
        assert!(severities.contains(&name));
    }
}

fn all_verdict_kinds() -> Vec<VerdictKind> {
    use VerdictKind::*;
    let all = vec![
        Contested,
        SelfContradiction,
        Timeline,
        Corroborated,
        SingleSource,
    ];
    // Exhaustive match: a new variant stops this test from compiling until
    // it is added to the list above (and to the schema).
    for k in &all {
        match k {
            Contested | SelfContradiction | Timeline | Corroborated | SingleSource => {}
        }
    }
    all
}

fn all_noise_kinds() -> Vec<NoiseKind> {
    use NoiseKind::*;
    let all = vec![
        CommentWidget,
        SocialButtons,
        AppPrompt,
        Disclaimer,
        LanguageMenu,
        EmptyMarkup,
        Placeholder,
        Navigation,
        Caption,
        Header,
    ];
    for k in &all {
        match k {
            CommentWidget | SocialButtons | AppPrompt | Disclaimer | LanguageMenu | EmptyMarkup
            | Placeholder | Navigation | Caption | Header => {}
        }
    }
    all
}
