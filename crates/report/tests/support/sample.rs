// A hand-built report used by the renderer tests (unit tests `include!` this
// file, so it names report types unqualified: the including module imports
// Report, DocumentReport, RemovedText, Problem and Severity).
//
// Every quote and span is computed from the document text, so the sample
// obeys the same invariants as real output: quote == text[start..end] and
// the value sits at text[value_start..value_end].

/// Evidence for `value` inside `sentence` of document `id` with text `text`.
#[allow(dead_code)]
fn sample_evidence(
    id: &str,
    text: &str,
    sentence: &str,
    value: &str,
) -> crosscheck_model::Evidence {
    let start = text.find(sentence).expect("sentence in text");
    let at = sentence.find(value).expect("value in sentence");
    crosscheck_model::Evidence {
        document: crosscheck_model::DocId(id.to_string()),
        start,
        end: start + sentence.len(),
        quote: sentence.to_string(),
        value_start: start + at,
        value_end: start + at + value.len(),
    }
}

/// A small report with one verdict of every kind, a syndicated pair, page
/// noise, hostile characters in quotes (`<script>`, pipes, asterisks, an
/// ANSI escape) and both kinds of problem.
#[allow(dead_code)]
fn sample_report() -> Report {
    use crosscheck_model::{DocId, NoiseKind, Origin, Verdict, VerdictKind, VerdictValue};

    let gazette =
        "Quake hits Korvath\nMayor Helena Varga said 12 people died in Korvath on Sunday. \
Varga, whom residents call Ilona Varga, asked for calm.\nShare | Tweet | Email\nPost a Comment\n";
    let wire = "The magnitude 6.9 quake struck on Sunday. A note read <script>alert('x')</script> \
and the | pipe | table *stars* stayed. Mayor Ilona Varga said 19 people died.\x1b[31m";
    let copy = "The magnitude 6.9 quake struck on Sunday, officials said.";
    let long_pre =
        "In a long and winding sentence that goes on well past the width of any terminal, "
            .repeat(3);
    let northgate = format!(
        "{long_pre}Prime Minister Marta Oleski visited Korvath on Tuesday, as rescuers ended a nine-hour operation."
    );

    let e = |id: &str, text: &str, sentence: &str, value: &str| {
        sample_evidence(id, text, sentence, value)
    };
    let g_helena = e(
        "harbour-gazette",
        gazette,
        "Mayor Helena Varga said 12 people died in Korvath on Sunday.",
        "Helena",
    );
    let g_ilona = e(
        "harbour-gazette",
        gazette,
        "Varga, whom residents call Ilona Varga, asked for calm.",
        "Ilona",
    );
    let w_ilona = e(
        "coast-wire",
        wire,
        "Mayor Ilona Varga said 19 people died.",
        "Ilona",
    );
    let g_12 = e(
        "harbour-gazette",
        gazette,
        "Mayor Helena Varga said 12 people died in Korvath on Sunday.",
        "12 people",
    );
    let w_19 = e(
        "coast-wire",
        wire,
        "Mayor Ilona Varga said 19 people died.",
        "19 people",
    );
    let w_mag = e(
        "coast-wire",
        wire,
        "A note read <script>alert('x')</script> and the | pipe | table *stars* stayed.",
        "<script>alert('x')</script>",
    );
    let w_sunday = e(
        "coast-wire",
        wire,
        "The magnitude 6.9 quake struck on Sunday.",
        "Sunday",
    );
    let c_sunday = e(
        "coast-copy",
        copy,
        "The magnitude 6.9 quake struck on Sunday, officials said.",
        "Sunday",
    );
    let g_sunday = e(
        "harbour-gazette",
        gazette,
        "Mayor Helena Varga said 12 people died in Korvath on Sunday.",
        "Sunday",
    );
    // The whole northgate text is one long sentence: it exercises trimming.
    let n_visit = e("northgate", &northgate, &northgate, "Tuesday");

    let doc = |id: &str, path: &str, title: Option<&str>, published: Option<&str>, text: &str| {
        DocumentReport {
            id: id.into(),
            path: path.into(),
            title: title.map(Into::into),
            published: published.map(Into::into),
            text: text.into(),
            removed: Vec::new(),
        }
    };
    let mut gazette_doc = doc(
        "harbour-gazette",
        "examples/harbour-gazette.txt",
        Some("Quake hits Korvath"),
        Some("2025-03-09T09:10:00+01:00"),
        gazette,
    );
    for (line, kind) in [
        ("Share | Tweet | Email", NoiseKind::SocialButtons),
        ("Post a Comment", NoiseKind::CommentWidget),
    ] {
        let start = gazette.find(line).expect("noise line");
        gazette_doc.removed.push(RemovedText {
            start,
            end: start + line.len(),
            kind,
            text: line.into(),
        });
    }

    let value =
        |value: &str, origins: usize, sources: Vec<crosscheck_model::Evidence>| VerdictValue {
            value: value.into(),
            sources,
            origins,
        };
    let verdict = |kind, subject: &str, attribute: &str, explanation: &str, values| Verdict {
        weak_match: false,
        rules: Vec::new(),
        kind,
        subject: subject.into(),
        attribute: attribute.into(),
        explanation: explanation.into(),
        values,
    };

    Report {
        generator: "crosscheck 0.1.0".into(),
        documents: vec![
            gazette_doc,
            doc(
                "coast-wire",
                "examples/coast-wire.html",
                Some("Quake <b>update</b>"),
                Some("2025-03-10T11:00:00Z"),
                wire,
            ),
            doc("coast-copy", "examples/coast-copy.txt", None, None, copy),
            doc(
                "northgate",
                "examples/northgate.html",
                None,
                Some("2025-03-11T19:30:00Z"),
                &northgate,
            ),
        ],
        origins: vec![
            Origin {
                documents: vec![DocId("harbour-gazette".into())],
                reason: "independent text".into(),
            },
            Origin {
                documents: vec![DocId("coast-wire".into()), DocId("coast-copy".into())],
                reason: "coast-copy repeats 93% of coast-wire's word 5-grams".into(),
            },
            Origin {
                documents: vec![DocId("northgate".into())],
                reason: "independent text".into(),
            },
        ],
        verdicts: vec![
            verdict(
                VerdictKind::Contested,
                "Helena Varga",
                "given_name",
                "Sources give different given names for Mayor Varga.",
                vec![
                    value("Helena", 1, vec![g_helena.clone()]),
                    value("Ilona", 2, vec![w_ilona, g_ilona.clone()]),
                ],
            ),
            verdict(
                VerdictKind::SelfContradiction,
                "Helena Varga",
                "given_name",
                "harbour-gazette gives Mayor Varga two given names.",
                vec![
                    value("Helena", 1, vec![g_helena]),
                    value("Ilona", 1, vec![g_ilona]),
                ],
            ),
            verdict(
                VerdictKind::Timeline,
                "deaths",
                "count",
                "The toll rose from 12 to 19 between reports published a day apart.",
                vec![
                    value("12 people", 1, vec![g_12]),
                    value("19 people", 1, vec![w_19]),
                ],
            ),
            verdict(
                VerdictKind::Corroborated,
                "the quake",
                "weekday",
                "Two independent origins say the quake struck on Sunday.",
                vec![value("Sunday", 2, vec![g_sunday, w_sunday, c_sunday])],
            ),
            verdict(
                VerdictKind::SingleSource,
                "the note",
                "quantity",
                "Only coast-wire quotes the note | with *markup*.",
                vec![value("<script>alert('x')</script>", 1, vec![w_mag])],
            ),
            verdict(
                VerdictKind::SingleSource,
                "Marta Oleski",
                "weekday",
                "Only northgate says when the prime minister visited.",
                vec![value("Tuesday", 1, vec![n_visit])],
            ),
        ],
        problems: vec![
            Problem {
                path: "examples/broken.html".into(),
                severity: Severity::Warning,
                message: "invalid UTF-8 replaced".into(),
            },
            Problem {
                path: "examples/missing.txt".into(),
                severity: Severity::Error,
                message: "No such file or directory".into(),
            },
        ],
    }
}
