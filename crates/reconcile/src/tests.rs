//! Reconcile tests on hand-built facts, so they do not depend on how the
//! analyze stage finds them.

use crosscheck_model::*;

/// One document, one sentence per line.
struct Doc {
    doc: Document,
    analysis: Analysis,
}

fn doc(id: &str, text: &str) -> Doc {
    let mut sentences = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        sentences.push(Sentence {
            span: Span::new(pos, pos + line.len()),
            headline: false,
        });
        pos += line.len() + 1;
    }
    Doc {
        doc: Document::from_text(id, format!("{id}.txt"), text),
        analysis: Analysis {
            sentences,
            ..Default::default()
        },
    }
}

impl Doc {
    /// Add a fact whose value is the first occurrence of `needle` on `line`.
    fn fact(
        mut self,
        line: usize,
        needle: &str,
        attribute: Attribute,
        subject: &str,
        key: &str,
        number: Option<f64>,
    ) -> Self {
        let s = self.analysis.sentences[line].span;
        let at = s.start
            + self.doc.text[s.start..s.end]
                .find(needle)
                .expect("needle on line");
        let words = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 3 && !w.chars().any(|c| c.is_ascii_digit()))
                .map(|w| w.to_lowercase())
                .collect()
        };
        let kind = if matches!(attribute, Attribute::Value(_) | Attribute::Occurrence) {
            None
        } else {
            Some(EntityKind::Person)
        };
        let entities = if attribute == Attribute::Occurrence {
            vec!["putin".into(), "witkoff".into()]
        } else {
            vec![]
        };
        self.analysis.facts.push(Fact {
            subject: subject.into(),
            subject_label: subject.into(),
            subject_kind: kind,
            attribute,
            value: FactValue {
                display: needle.into(),
                key: key.into(),
                number,
                approximate: false,
                bound: crosscheck_model::Bound::Exact,
                location: None,
            },
            span: Span::new(at, at + needle.len()),
            sentence: line,
            modality: if key == "planned" {
                Modality::Planned
            } else {
                Modality::Asserted
            },
            context: words(&self.doc.text[s.start..s.end]),
            entities,
            frame: None,
            moment: None,
        });
        self
    }
    /// Give the last fact added a typed frame: an exact figure of `measure`.
    fn framed(mut self, measure: Measure, amount: f64) -> Self {
        let f = self.analysis.facts.last_mut().expect("a fact");
        f.frame = Some(Frame {
            measure,
            holder: None,
            scope: None,
            as_of: None,
            update: false,
            attribution: None,
            bearing: None,
            bound: Bound::Exact,
            amount,
            step: 1.0,
        });
        self
    }
    /// Mark the last fact added as a written floor ("at least", "more
    /// than"), as analyze marks it.
    fn floor(mut self) -> Self {
        let f = self.analysis.facts.last_mut().expect("a fact");
        f.value.approximate = true;
        f.value.bound = Bound::AtLeast;
        self
    }
    /// Mark the last fact added as hedged ("about", "more than").
    fn hedged(mut self) -> Self {
        self.analysis
            .facts
            .last_mut()
            .expect("a fact")
            .value
            .approximate = true;
        self
    }
    fn published(mut self, when: &str) -> Self {
        self.doc.published = Some(when.into());
        self
    }
}

fn run(docs: Vec<Doc>, copies: &[&[&str]]) -> Vec<Verdict> {
    run_with(docs, copies, &crate::Config::default())
}

fn run_with(docs: Vec<Doc>, copies: &[&[&str]], config: &crate::Config) -> Vec<Verdict> {
    let (documents, analyses): (Vec<_>, Vec<_>) =
        docs.into_iter().map(|d| (d.doc, d.analysis)).unzip();
    let mut origins: Vec<Origin> = copies
        .iter()
        .map(|ids| Origin {
            documents: ids.iter().map(|i| DocId(i.to_string())).collect(),
            reason: "copy".into(),
        })
        .collect();
    for d in &documents {
        if !origins.iter().any(|o| o.documents.contains(&d.id)) {
            origins.push(Origin {
                documents: vec![d.id.clone()],
                reason: "independent text".into(),
            });
        }
    }
    let verdicts = crate::reconcile_with(&documents, &analyses, &origins, config);
    // Every verdict names the rules that decided it, and the rule that made
    // its kind is among them.
    for v in &verdicts {
        let made = match v.kind {
            VerdictKind::Contested => &[Rule::ValuesDiffer][..],
            VerdictKind::SelfContradiction => &[
                Rule::SameReportDiffers,
                Rule::CalendarCheck,
                Rule::ConversionCheck,
                Rule::GazetteerCheck,
            ][..],
            VerdictKind::Timeline => &[Rule::ReportedAtDifferentTimes][..],
            VerdictKind::Corroborated => &[Rule::IndependentOrigins][..],
            VerdictKind::SingleSource => &[Rule::OneOrigin][..],
        };
        assert!(v.rules.iter().any(|r| made.contains(r)), "{v:#?}");
        assert!(
            v.rules.windows(2).all(|w| w[0] < w[1]),
            "rules sorted, once each: {:?}",
            v.rules
        );
    }
    // Evidence is exact: every quote and value range slices its document.
    for v in &verdicts {
        for val in &v.values {
            for e in &val.sources {
                let d = documents.iter().find(|d| d.id == e.document).unwrap();
                assert_eq!(&d.text[e.start..e.end], e.quote);
                assert!(e.start <= e.value_start && e.value_end <= e.end);
            }
        }
    }
    verdicts
}

fn kinds(verdicts: &[Verdict], attribute: &str) -> Vec<VerdictKind> {
    verdicts
        .iter()
        .filter(|v| v.attribute == attribute)
        .map(|v| v.kind)
        .collect()
}

const GIVEN: Attribute = Attribute::GivenName;

#[test]
fn drifting_given_names_are_contested_and_a_two_name_article_contradicts_itself() {
    let v = run(
        vec![
            doc("a", "Envoy Steve Witkoff met Putin.")
                .fact(0, "Steve", GIVEN, "witkoff", "stephen", None),
            doc("b", "Envoy Stephen Witkoff flew in.")
                .fact(0, "Stephen", GIVEN, "witkoff", "stephen", None),
            doc(
                "c",
                "Envoy David Witkoff met Putin.\nLater envoy Amos Witkoff left.",
            )
            .fact(0, "David", GIVEN, "witkoff", "david", None)
            .fact(0, "Envoy", TITLE, "witkoff", "envoy", None)
            .fact(1, "Amos", GIVEN, "witkoff", "amos", None)
            .fact(1, "envoy", TITLE, "witkoff", "envoy", None),
        ],
        &[],
    );
    let contested: Vec<&Verdict> = v
        .iter()
        .filter(|v| v.kind == VerdictKind::Contested)
        .collect();
    assert_eq!(contested.len(), 1);
    let values: Vec<&str> = contested[0]
        .values
        .iter()
        .map(|x| x.value.as_str())
        .collect();
    assert_eq!(values.len(), 3, "{values:?}");
    assert!(values.contains(&"David") && values.contains(&"Amos"));
    let steve = contested[0]
        .values
        .iter()
        .find(|x| x.value == "Steve" || x.value == "Stephen")
        .unwrap();
    assert_eq!(steve.origins, 2, "nicknames are one name");
    let selfc: Vec<&Verdict> = v
        .iter()
        .filter(|v| v.kind == VerdictKind::SelfContradiction)
        .collect();
    assert_eq!(selfc.len(), 1);
    assert!(selfc[0]
        .values
        .iter()
        .all(|x| x.sources.iter().all(|s| s.document.as_str() == "c")));
    assert!(!contested[0].explanation.is_empty());
}

const TITLE: Attribute = Attribute::Title;

#[test]
fn the_same_age_makes_a_relative_and_a_plain_name_one_person() {
    const AGE: Attribute = Attribute::Value(ValueKind::Quantity);
    let family = |other: &str, age: &str| {
        vec![
            doc(
                "a",
                "Police arrested her son John Jenkin, 23, at the house in Millom.",
            )
            .fact(0, "John", GIVEN, "jenkin", "john", None)
            .fact(0, "son", TITLE, "jenkin", "son", None)
            .fact(0, "23", AGE, "age:jenkin#john", "age 23", Some(23.0)),
            doc(
                "b",
                "Her son John Jenkin, 23, was charged with murder on Sunday.",
            )
            .fact(0, "John", GIVEN, "jenkin", "john", None)
            .fact(0, "son", TITLE, "jenkin", "son", None)
            .fact(0, "23", AGE, "age:jenkin#john", "age 23", Some(23.0)),
            doc(
                "c",
                &format!(
                    "{other} Jenkin, {age}, had been sectioned after an apparent suicide attempt."
                ),
            )
            .fact(0, other, GIVEN, "jenkin", &other.to_lowercase(), None)
            .fact(
                0,
                age,
                AGE,
                &format!("age:jenkin#{}", other.to_lowercase()),
                &format!("age {age}"),
                Some(age.parse().unwrap()),
            ),
        ]
    };
    let contested = |v: &[Verdict]| {
        v.iter()
            .any(|v| v.kind == VerdictKind::Contested && v.attribute == "given_name")
    };
    assert!(
        contested(&run(family("Scott", "23"), &[])),
        "same age: one person, two given names"
    );
    assert!(
        !contested(&run(family("Kathryn", "20"), &[])),
        "another age: the sister"
    );
    // A slip of the given name is one person even at another age: both
    // the spelling and the age are contested.
    let named = |id: &str, given: &str, age: &str| {
        doc(
            id,
            &format!("{given} Jenkin, {age}, was charged with murder on Sunday."),
        )
        .fact(0, given, GIVEN, "jenkin", &given.to_lowercase(), None)
        .fact(
            0,
            age,
            AGE,
            &format!("age:jenkin#{}", given.to_lowercase()),
            &format!("age {age}"),
            Some(age.parse().unwrap()),
        )
    };
    let v = run(
        vec![
            named("a", "Jonathan", "23"),
            named("b", "Jonathan", "23"),
            named("c", "Jonathon", "25"),
        ],
        &[],
    );
    assert!(contested(&v), "a misspelt name at another age: {v:#?}");
}

#[test]
fn relatives_sharing_a_surname_are_not_a_name_conflict() {
    // One article names the deputy and his mother; another names only the
    // deputy. Different roles in one article: two people, no drift.
    let v = run(
        vec![
            doc(
                "a",
                "Deputy Jerry Ortiz was killed in 2005.\nHis mother Rosa Ortiz wept.",
            )
            .fact(0, "Jerry", GIVEN, "ortiz", "jerry", None)
            .fact(0, "Deputy", TITLE, "ortiz", "deputy", None)
            .fact(1, "Rosa", GIVEN, "ortiz", "rosa", None)
            .fact(1, "mother", TITLE, "ortiz", "mother", None),
            doc("b", "Deputy Jerry Ortiz died outside his home.")
                .fact(0, "Jerry", GIVEN, "ortiz", "jerry", None),
        ],
        &[],
    );
    assert!(
        kinds(&v, "given_name")
            .iter()
            .all(|k| *k != VerdictKind::Contested && *k != VerdictKind::SelfContradiction),
        "{v:#?}"
    );
    // Spelling variants of one name are not a conflict either.
    let v = run(
        vec![
            doc("a", "President Kurbanguly Berdymukhamedov voted.").fact(
                0,
                "Kurbanguly",
                GIVEN,
                "berdymukhamedov",
                "kurbanguly",
                None,
            ),
            doc("b", "President Gurbanguly Berdymukhamedov voted.").fact(
                0,
                "Gurbanguly",
                GIVEN,
                "berdymukhamedov",
                "gurbanguly",
                None,
            ),
        ],
        &[],
    );
    assert_eq!(kinds(&v, "given_name"), vec![VerdictKind::Corroborated]);
}

#[test]
fn copies_count_as_one_origin() {
    let v = run(
        vec![
            doc("a", "Envoy Steve Witkoff met Putin.")
                .fact(0, "Steve", GIVEN, "witkoff", "stephen", None),
            doc("b", "Envoy Steve Witkoff met Putin.")
                .fact(0, "Steve", GIVEN, "witkoff", "stephen", None),
        ],
        &[&["a", "b"]],
    );
    assert_eq!(kinds(&v, "given_name"), vec![VerdictKind::SingleSource]);
    let v = run(
        vec![
            doc("a", "Envoy Steve Witkoff met Putin.")
                .fact(0, "Steve", GIVEN, "witkoff", "stephen", None),
            doc("b", "Envoy Steve Witkoff met Putin.")
                .fact(0, "Steve", GIVEN, "witkoff", "stephen", None),
        ],
        &[],
    );
    assert_eq!(kinds(&v, "given_name"), vec![VerdictKind::Corroborated]);
}

const COUNT: Attribute = Attribute::Value(ValueKind::Count);

#[test]
fn different_counts_of_the_same_thing_are_contested() {
    let v = run(
        vec![
            doc(
                "a",
                "Rescuers evacuated 812 residents from the flooded Varna district overnight.",
            )
            .fact(
                0,
                "812",
                COUNT,
                "count:resident",
                "812 resident",
                Some(812.0),
            ),
            doc(
                "b",
                "Overnight rescuers evacuated 318 residents from the flooded Varna district.",
            )
            .fact(
                0,
                "318",
                COUNT,
                "count:resident",
                "318 resident",
                Some(318.0),
            ),
        ],
        &[],
    );
    assert_eq!(kinds(&v, "count"), vec![VerdictKind::Contested]);
}

/// Give every sentence of the document the meaning `vector`.
fn meaning(mut d: Doc, vector: &[f32]) -> Doc {
    d.analysis.meanings = d
        .analysis
        .sentences
        .iter()
        .map(|_| Meaning::new(vector.to_vec()))
        .collect();
    d
}

fn evacuated(id: &str, text: &str, figure: &str) -> Doc {
    let n: f64 = figure.parse().unwrap();
    doc(id, text).fact(
        0,
        figure,
        COUNT,
        "count:resident",
        &format!("{figure} resident"),
        Some(n),
    )
}

#[test]
fn meanings_far_apart_keep_like_wordings_apart_when_the_veto_is_on() {
    let docs = || {
        vec![
            meaning(
                evacuated(
                    "a",
                    "Rescuers evacuated 812 residents from the flooded Varna district overnight.",
                    "812",
                ),
                &[1.0, 0.0],
            ),
            meaning(
                evacuated(
                    "b",
                    "Overnight rescuers evacuated 318 residents from the flooded Varna district.",
                    "318",
                ),
                &[0.0, 1.0],
            ),
        ]
    };
    assert_eq!(
        kinds(&run(docs(), &[]), "count"),
        vec![VerdictKind::Contested]
    );
    let config = crate::Config {
        meaning_veto: 0.5,
        ..Default::default()
    };
    assert!(!kinds(&run_with(docs(), &[], &config), "count").contains(&VerdictKind::Contested));
}

#[test]
fn close_meanings_line_up_unlike_wordings_when_the_floor_is_set() {
    let docs = || {
        vec![
            meaning(
                evacuated(
                    "a",
                    "Rescuers evacuated 812 residents from the flooded Varna district overnight.\nThe 40 pumps ran all week.",
                    "812",
                )
                .fact(1, "40", COUNT, "count:resident", "40 resident", Some(40.0)),
                &[1.0, 0.0],
            ),
            meaning(
                evacuated(
                    "b",
                    "Some 318 residents of Varna had to leave homes swamped by the river.\nThe 75 pumps ran all week.",
                    "318",
                )
                .fact(1, "75", COUNT, "count:resident", "75 resident", Some(75.0)),
                &[1.0, 0.05],
            ),
        ]
    };
    let contested = |v: &[Verdict]| {
        v.iter()
            .filter(|v| v.kind == VerdictKind::Contested)
            .flat_map(|v| v.values.iter().map(|x| x.value.clone()))
            .collect::<Vec<_>>()
    };
    let off = contested(&run(docs(), &[]));
    let config = crate::Config {
        meaning_floor: 0.5,
        ..Default::default()
    };
    let on = contested(&run_with(docs(), &[], &config));
    assert!(
        on.contains(&"812".to_string()) && on.contains(&"318".to_string()),
        "with meanings: {on:?}"
    );
    assert!(
        !(off.contains(&"812".to_string()) && off.contains(&"318".to_string())),
        "words alone: {off:?}"
    );
}

#[test]
fn parts_that_add_up_to_a_total_are_not_a_conflict() {
    let v = run(
        vec![
            doc("a", "Rescuers evacuated 812 residents from Varna and 790 residents from Lodz overnight.")
                .fact(0, "812", COUNT, "count:resident", "812 resident", Some(812.0))
                .fact(0, "790", COUNT, "count:resident", "790 resident", Some(790.0)),
            doc("b", "Overnight rescuers evacuated 1,602 residents from Varna and Lodz.")
                .fact(0, "1,602", COUNT, "count:resident", "1602 resident", Some(1602.0)),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "count").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn figures_far_apart_that_happen_to_add_up_are_not_parts() {
    // 130 + 32 = 162 by chance: the box score's two figures are ten
    // sentences apart, so the changed passing yards are still contested.
    let mut long =
        String::from("Quinn was 10 of 22 for 130 yards with two interceptions and a fumble.");
    for _ in 0..9 {
        long.push_str("\nThe crowd waited in the cold for the second half.");
    }
    long.push_str("\nButler returned an interception 32 yards for a touchdown in the rain.");
    let v = run(
        vec![
            doc("a", &long)
                .fact(0, "130", COUNT, "count:yard", "130 yard", Some(130.0))
                .fact(10, "32", COUNT, "count:yard", "32 yard", Some(32.0)),
            doc(
                "b",
                "Quinn was 10 of 22 for 162 yards with two interceptions and a fumble.",
            )
            .fact(0, "162", COUNT, "count:yard", "162 yard", Some(162.0)),
        ],
        &[],
    );
    assert!(
        kinds(&v, "count").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn durations_in_other_units_are_not_parts_of_a_total() {
    // 11 years and a few weeks do not make 13 years: the figures are
    // summed by length, and a vague one is no part.
    const DURATION: Attribute = Attribute::Value(ValueKind::Duration);
    const YEAR_S: f64 = 31_557_600.0;
    let v = run(
        vec![
            doc("a", "Williams, an 11-year veteran, shared the award with the quarterback.\nThe result of the test will be known in a few weeks.")
                .fact(0, "11-year", DURATION, "duration", &format!("{}s", 11.0 * YEAR_S), Some(11.0))
                .fact(1, "a few weeks", DURATION, "duration", "1814400s", Some(2.0)),
            doc("b", "Williams, a 13-year veteran, shared the award with the quarterback.")
                .fact(0, "13-year", DURATION, "duration", &format!("{}s", 13.0 * YEAR_S), Some(13.0)),
        ],
        &[],
    );
    assert!(
        kinds(&v, "duration").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn agreement_does_not_chain_through_a_vague_figure() {
    // Both floors agree with "hundreds of years"; that does not make
    // "more than three years" agree with "more than six years".
    const DURATION: Attribute = Attribute::Value(ValueKind::Duration);
    let v = run(
        vec![
            doc("a", "The sentence caps more than three years of efforts to bring Nichols to justice since his arrest.")
                .fact(0, "three years", DURATION, "duration", "94670856s", Some(3.0)),
            doc("b", "The sentence ends more than six years of efforts to bring Nichols to justice since his arrest.")
                .fact(0, "six years", DURATION, "duration", "189341712s", Some(6.0)),
            doc("c", "Nichols was sentenced to life and hundreds of years more for his efforts since his arrest.")
                .fact(0, "hundreds of years", DURATION, "duration", "6311390400s", Some(200.0)),
        ],
        &[],
    );
    let agreed: Vec<&Verdict> = v
        .iter()
        .filter(|v| v.kind == VerdictKind::Corroborated)
        .collect();
    for verdict in &agreed {
        let docs: Vec<&str> = verdict
            .values
            .iter()
            .flat_map(|x| x.sources.iter().map(|s| s.document.as_str()))
            .collect();
        assert!(
            !(docs.contains(&"a") && docs.contains(&"b")),
            "{verdict:#?}"
        );
    }
}

/// A count fact with an outcome class in its context (as analyze marks it).
fn with_outcome(mut d: Doc, class: &str) -> Doc {
    let f = d.analysis.facts.last_mut().expect("a fact");
    f.context.push(format!("{}{class}", context::OUTCOME));
    d
}

#[test]
fn plain_people_with_and_without_an_outcome_are_different_figures() {
    let v = run(
        vec![
            with_outcome(
                doc("a", "Mayor Varga said 19 people were confirmed dead in the city of Korvath on Monday.")
                    .fact(0, "19", COUNT, "count:people", "19 people", Some(19.0)),
                "dead",
            ),
            doc("b", "Mayor Varga said 812 people in the city of Korvath had been forced from their homes on Monday.")
                .fact(0, "812", COUNT, "count:people", "812 people", Some(812.0)),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "count").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // Named victims: the class on one side came from the arrest, not them.
    let v = run(
        vec![
            with_outcome(
                doc("a", "Police arrested Sharron Smith in the 1967 slayings of four women at the Staunton ice cream shop.")
                    .fact(0, "four", COUNT, "count:woman", "4 woman", Some(4.0)),
                "arrested",
            ),
            doc("b", "Sharron Smith is accused of murdering two women at the Staunton ice cream shop in 1967.")
                .fact(0, "two", COUNT, "count:woman", "2 woman", Some(2.0)),
        ],
        &[],
    );
    assert!(
        kinds(&v, "count").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_toll_that_rises_in_a_later_report_is_a_timeline() {
    let a = || {
        doc(
            "a",
            "The flood killed 12 people in the valley, officials said.",
        )
        .fact(0, "12", COUNT, "count:people", "12 people", Some(12.0))
        .published("2026-03-01T08:00:00Z")
    };
    let b = || {
        doc(
            "b",
            "Officials said the flood killed 19 people in the valley.",
        )
        .fact(0, "19", COUNT, "count:people", "19 people", Some(19.0))
    };
    let v = run(vec![a(), b().published("2026-03-02T08:00:00Z")], &[]);
    assert_eq!(kinds(&v, "count"), vec![VerdictKind::Timeline]);
    // The same figures with no dates and no update language: contested.
    let v = run(vec![a(), b()], &[]);
    assert_eq!(kinds(&v, "count"), vec![VerdictKind::Contested]);
}

#[test]
fn only_a_count_with_update_words_is_a_timeline() {
    // "climbers" is not "climbed": the larger count is no update.
    let v = run(
        vec![
            doc("a", "The avalanche killed 3 climbers on the ridge.").fact(
                0,
                "3",
                COUNT,
                "count:climber",
                "3 climber",
                Some(3.0),
            ),
            doc("b", "The avalanche killed 5 climbers on the ridge.").fact(
                0,
                "5",
                COUNT,
                "count:climber",
                "5 climber",
                Some(5.0),
            ),
        ],
        &[],
    );
    assert_eq!(kinds(&v, "count"), vec![VerdictKind::Contested]);
    // A duration near "die" is no toll: seven nights against two is drift.
    const DURATION: Attribute = Attribute::Value(ValueKind::Duration);
    let v = run(
        vec![
            doc(
                "a",
                "A climber survived two nights on the mountain after seeing his brother die.",
            )
            .fact(0, "two nights", DURATION, "duration", "172800s", Some(2.0)),
            doc(
                "b",
                "A climber survived seven nights on the mountain after seeing his brother die.",
            )
            .fact(
                0,
                "seven nights",
                DURATION,
                "duration",
                "604800s",
                Some(7.0),
            )
            .published("2026-03-02T08:00:00Z"),
        ],
        &[],
    );
    assert_eq!(kinds(&v, "duration"), vec![VerdictKind::Contested]);
}

const YEAR: Attribute = Attribute::Value(ValueKind::Year);

#[test]
fn two_years_for_two_events_are_not_a_contradiction() {
    let v = run(
        vec![
            doc("a", "The conflict, which has persisted since 2014, worsened the crisis in Ukraine.")
                .fact(0, "2014", YEAR, "date", "2014", Some(2014.0)),
            doc("b", "The war began with the full-scale invasion of Ukraine in 2022.")
                .fact(0, "2022", YEAR, "date", "2022", Some(2022.0)),
            doc("c", "The crisis in Ukraine began in 2014 with the annexation of Crimea.\nThe full-scale invasion came in 2022.")
                .fact(0, "2014", YEAR, "date", "2014", Some(2014.0))
                .fact(1, "2022", YEAR, "date", "2022", Some(2022.0)),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "year").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn planned_then_held_is_a_timeline() {
    let v = run(
        vec![
            doc("a", "Putin is scheduled to meet Witkoff on Tuesday.").fact(
                0,
                "meet",
                Attribute::Occurrence,
                "event:meeting",
                "planned",
                None,
            ),
            doc("b", "Witkoff met Putin in Moscow on Tuesday.").fact(
                0,
                "met",
                Attribute::Occurrence,
                "event:meeting",
                "took place",
                None,
            ),
        ],
        &[],
    );
    assert_eq!(kinds(&v, "occurrence"), vec![VerdictKind::Timeline]);
}

impl Doc {
    /// Add a typed value: the first occurrence of `needle` on `line`.
    fn value(mut self, line: usize, needle: &str, kind: ValueKind, normalized: &str) -> Self {
        let s = self.analysis.sentences[line].span;
        let at = s.start
            + self.doc.text[s.start..s.end]
                .find(needle)
                .expect("needle on line");
        self.analysis.values.push(Value {
            kind,
            span: Span::new(at, at + needle.len()),
            sentence: line,
            normalized: normalized.into(),
            number: None,
            unit: None,
            approximate: false,
        });
        self
    }
}

impl Doc {
    /// Add a quantity with its number and unit: the first `needle` on `line`.
    fn quantity(self, line: usize, needle: &str, number: f64, unit: &str) -> Self {
        let mut d = self.value(
            line,
            needle,
            ValueKind::Quantity,
            &format!("{number} {unit}"),
        );
        let v = d.analysis.values.last_mut().expect("just pushed");
        v.number = Some(number);
        v.unit = Some(unit.into());
        d
    }
}

#[test]
fn a_conversion_in_brackets_that_does_not_match_its_figure_is_a_self_contradiction() {
    let wrong = doc(
        "a",
        "The quake struck seven km (11 miles) east of Dargahan.",
    )
    .quantity(0, "seven km", 7.0, "kilometre")
    .quantity(0, "11 miles", 11.0, "mile");
    let verdicts = run(vec![wrong], &[]);
    let v: Vec<_> = verdicts
        .iter()
        .filter(|v| v.attribute == "conversion")
        .collect();
    assert_eq!(v.len(), 1, "{verdicts:#?}");
    assert_eq!(v[0].kind, VerdictKind::SelfContradiction);
    assert!(
        v[0].explanation.contains("about 4.3 miles"),
        "{}",
        v[0].explanation
    );
    assert_eq!(
        v[0].values[1].sources[0].quote,
        "The quake struck seven km (11 miles) east of Dargahan."
    );
}

#[test]
fn a_rounded_conversion_agrees_with_its_figure() {
    let rounded = [
        (
            "It struck seven km (4 miles) east.",
            "seven km",
            7.0,
            "kilometre",
            "4 miles",
            4.0,
            "mile",
        ),
        (
            "A walk of 1 mile (2 km) in all.",
            "1 mile",
            1.0,
            "mile",
            "2 km",
            2.0,
            "kilometre",
        ),
        (
            "It flew 500 km (300 miles) south.",
            "500 km",
            500.0,
            "kilometre",
            "300 miles",
            300.0,
            "mile",
        ),
        (
            "A tower of 948 feet (289 metres) high.",
            "948 feet",
            948.0,
            "foot",
            "289 metres",
            289.0,
            "metre",
        ),
        (
            "A 5 kg (11 pounds) baby.",
            "5 kg",
            5.0,
            "kilogram",
            "11 pounds",
            11.0,
            "pound",
        ),
    ];
    for (text, a, an, au, b, bn, bu) in rounded {
        let d = doc("a", text).quantity(0, a, an, au).quantity(0, b, bn, bu);
        let verdicts = run(vec![d], &[]);
        assert!(
            verdicts.iter().all(|v| v.attribute != "conversion"),
            "{text}: {verdicts:#?}"
        );
    }
}

#[test]
fn a_weekday_its_own_date_contradicts_is_a_self_contradiction() {
    let wrong = doc(
        "a",
        "Major fire at supermarket\nWednesday, July 21, 2013\nCrews were called this morning.",
    )
    .value(1, "Wednesday", ValueKind::Weekday, "wednesday")
    .value(1, "July 21, 2013", ValueKind::Date, "2013-07-21");
    let right = doc("b", "Fire at supermarket\nSunday 21 July 2013")
        .value(1, "Sunday", ValueKind::Weekday, "sunday")
        .value(1, "21 July 2013", ValueKind::Date, "2013-07-21");
    let verdicts = run(vec![wrong, right], &[]);
    let calendar: Vec<_> = verdicts
        .iter()
        .filter(|v| v.attribute == "weekday")
        .collect();
    assert_eq!(calendar.len(), 1, "{calendar:#?}");
    let v = calendar[0];
    assert_eq!(v.kind, VerdictKind::SelfContradiction);
    assert!(v.explanation.contains("Sunday"), "{}", v.explanation);
    let source = &v.values[0].sources[0];
    assert_eq!(source.document.as_str(), "a");
    assert_eq!(source.value_end - source.value_start, "Wednesday".len());
}

#[test]
fn a_weekday_far_from_a_date_or_a_date_without_year_is_not_checked() {
    let far = doc(
        "a",
        "On Wednesday the council met; the fire was on July 21, 2013.\nMonday, July 22",
    )
    .value(0, "Wednesday", ValueKind::Weekday, "wednesday")
    .value(0, "July 21, 2013", ValueKind::Date, "2013-07-21")
    .value(1, "Monday", ValueKind::Weekday, "monday")
    .value(1, "July 22", ValueKind::Date, "--07-22");
    let verdicts = run(vec![far], &[]);
    assert!(
        verdicts.iter().all(|v| v.attribute != "weekday"),
        "{verdicts:#?}"
    );
}

#[test]
fn a_district_and_its_city_are_one_place_but_distant_cities_conflict() {
    let located = |d: Doc, at: [f64; 2]| {
        let mut d = d;
        if let Some(f) = d.analysis.facts.last_mut() {
            f.value.location = Some(at);
        }
        d
    };
    let place = Attribute::Value(ValueKind::Place);
    let line = |city: &str| {
        format!("Tara Reid checked into the Promises Treatment Center rehab clinic in {city} on Monday.")
    };
    let la = [34.05, -118.24];
    let run_with = |other: &str, at: [f64; 2]| {
        let a = located(
            doc("a", &line("Los Angeles")).fact(
                0,
                "Los Angeles",
                place,
                "place:city",
                "los angeles",
                None,
            ),
            la,
        );
        let b = located(
            doc("b", &line("Los Angeles")).fact(
                0,
                "Los Angeles",
                place,
                "place:city",
                "los angeles",
                None,
            ),
            la,
        );
        let c = located(
            doc("c", &line(other)).fact(0, other, place, "place:city", &other.to_lowercase(), None),
            at,
        );
        run(vec![a, b, c], &[])
    };
    let contested = |vs: &[Verdict]| {
        vs.iter()
            .any(|v| v.kind == VerdictKind::Contested && v.attribute == "place")
    };
    assert!(!contested(&run_with("Hollywood", [34.10, -118.33])));
    assert!(contested(&run_with("San Antonio", [29.42, -98.49])));
}

#[test]
fn figures_of_different_outcomes_are_never_one_fact() {
    let count = Attribute::Value(ValueKind::Count);
    let with_outcome = |mut d: Doc, class: &str| {
        if let Some(f) = d.analysis.facts.last_mut() {
            f.context.push(format!("={class}"));
        }
        d
    };
    let a = with_outcome(
        doc(
            "a",
            "The earthquake near Korvath killed 12 people in the city, officials said.",
        )
        .fact(0, "12 people", count, "count:people", "12", Some(12.0)),
        "dead",
    );
    let b = with_outcome(
        doc(
            "b",
            "The earthquake near Korvath struck a city of 180,000 people, officials said.",
        )
        .fact(
            0,
            "180,000 people",
            count,
            "count:people",
            "180000",
            Some(180000.0),
        ),
        "population",
    );
    let verdicts = run(vec![a, b], &[]);
    assert!(
        verdicts.iter().all(|v| v.kind != VerdictKind::Contested),
        "{verdicts:#?}"
    );
}

#[test]
fn a_lone_figure_whose_report_also_gives_the_consensus_figure_is_another_fact() {
    let dur = Attribute::Value(ValueKind::Duration);
    let rescue = |id: &str| {
        doc(id, "Firefighters freed the baker from his collapsed shop nine hours after the earthquake struck the city.").fact(0, "nine hours", dur, "duration", "32400", Some(9.0))
    };
    let d = doc("d", "Firefighters spent nine hours freeing the baker from his collapsed shop.\nThe prime minister walked the city two days after the earthquake struck.")
        .fact(0, "nine hours", dur, "duration", "32400", Some(9.0))
        .fact(1, "two days", dur, "duration", "172800", Some(2.0));
    let verdicts = run(vec![rescue("a"), rescue("b"), rescue("c"), d], &[]);
    assert!(
        verdicts.iter().all(|v| v.kind != VerdictKind::Contested),
        "{verdicts:#?}"
    );
    // Without its own "nine hours", the same report's "two days" stands against the others.
    let d = doc("d", "The prime minister walked the city two days after the earthquake struck, after firefighters freed the baker from his collapsed shop.")
        .fact(0, "two days", dur, "duration", "172800", Some(2.0));
    let verdicts = run(vec![rescue("a"), rescue("b"), rescue("c"), d], &[]);
    assert!(
        verdicts.iter().any(|v| v.kind == VerdictKind::Contested),
        "{verdicts:#?}"
    );
}

#[test]
fn a_floor_agrees_with_a_larger_figure_and_with_another_floor() {
    let floor_and = |other: &str, number: f64, other_is_floor: bool| {
        let b = doc(
            "b",
            &format!("Crews from both stations used {other} ladder trucks at the blaze."),
        )
        .fact(
            0,
            other.rsplit(' ').next().unwrap(),
            COUNT,
            "count:truck",
            &format!("{number} truck"),
            Some(number),
        );
        run(
            vec![
                doc(
                    "a",
                    "Crews from both stations used at least two ladder trucks at the blaze.",
                )
                .fact(0, "two", COUNT, "count:truck", "2 truck", Some(2.0))
                .floor(),
                if other_is_floor { b.floor() } else { b },
            ],
            &[],
        )
    };
    assert!(!kinds(&floor_and("three", 3.0, false), "count").contains(&VerdictKind::Contested));
    // Two floors can both be true: successive assessments, each a minimum.
    assert!(
        !kinds(&floor_and("at least five", 5.0, true), "count").contains(&VerdictKind::Contested)
    );
    // A figure under the floor is not.
    assert_eq!(
        kinds(&floor_and("one", 1.0, false), "count"),
        vec![VerdictKind::Contested]
    );
}

#[test]
fn one_hedged_figure_does_not_stretch_the_figures_that_agree_with_it() {
    let v = run(
        vec![
            doc(
                "a",
                "Crews from both stations used eight ladder trucks at the blaze.",
            )
            .fact(0, "eight", COUNT, "count:truck", "8 truck", Some(8.0)),
            doc(
                "b",
                "Crews from both stations used about eight ladder trucks at the blaze.",
            )
            .fact(0, "eight", COUNT, "count:truck", "8 truck", Some(8.0))
            .hedged(),
            doc(
                "c",
                "Crews from both stations used seven ladder trucks at the blaze.",
            )
            .fact(0, "seven", COUNT, "count:truck", "7 truck", Some(7.0)),
        ],
        &[],
    );
    assert_eq!(kinds(&v, "count"), vec![VerdictKind::Contested], "{v:#?}");
    // A figure hedged in every report that gives it still agrees.
    let v = run(
        vec![
            doc(
                "a",
                "Crews from both stations used about eight ladder trucks at the blaze.",
            )
            .fact(0, "eight", COUNT, "count:truck", "8 truck", Some(8.0))
            .hedged(),
            doc(
                "c",
                "Crews from both stations used seven ladder trucks at the blaze.",
            )
            .fact(0, "seven", COUNT, "count:truck", "7 truck", Some(7.0)),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "count").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn two_sentences_whose_own_figures_agree_are_no_self_contradiction() {
    const QUANTITY: Attribute = Attribute::Value(ValueKind::Quantity);
    // The 70 percent joins the hedged "more than 75" first; that group and
    // the "close to 90" cannot merge, though 75+ and 90 agree.
    let text = "The January outage cut 70 percent of the network in India.\n\
                Three cable systems carry more than 75 percent of traffic between Europe and Asia.\n\
                Close to 90 percent of traffic between Europe and Asia is carried by three cable systems.";
    let other = "The January outage cut 70 percent of the network in India and of traffic between Europe and Asia on three cable systems.";
    let v = run(
        vec![
            doc("a", text)
                .fact(
                    0,
                    "70 percent",
                    QUANTITY,
                    "percent",
                    "70 percent",
                    Some(70.0),
                )
                .fact(
                    1,
                    "75 percent",
                    QUANTITY,
                    "percent",
                    "75 percent",
                    Some(75.0),
                )
                .floor()
                .fact(
                    2,
                    "90 percent",
                    QUANTITY,
                    "percent",
                    "90 percent",
                    Some(90.0),
                )
                .hedged(),
            doc("b", other).fact(
                0,
                "70 percent",
                QUANTITY,
                "percent",
                "70 percent",
                Some(70.0),
            ),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "quantity").contains(&VerdictKind::SelfContradiction),
        "{v:#?}"
    );
}

#[test]
fn a_misplaced_city_is_a_self_contradiction_quoting_both_names() {
    let text = "Intro line.\nHe is buried in Calvary Cemetery, Houston, California.";
    let mut d = doc("a", text);
    let at = |w: &str| {
        let s = text.find(w).expect("word");
        Span::new(s, s + w.len())
    };
    d.analysis.misplacements.push(Misplacement {
        place: at("Houston"),
        within: at("California"),
        sentence: 1,
        reason: "no city named Houston lies in California".into(),
    });
    let verdicts = run(vec![d, doc("b", "Other text.")], &[]);
    let geo: Vec<_> = verdicts.iter().filter(|v| v.attribute == "place").collect();
    assert_eq!(geo.len(), 1, "{geo:#?}");
    assert_eq!(geo[0].kind, VerdictKind::SelfContradiction);
    assert!(
        geo[0]
            .explanation
            .contains("no city named Houston lies in California"),
        "{}",
        geo[0].explanation
    );
    let sources: Vec<&Evidence> = geo[0].values.iter().flat_map(|v| &v.sources).collect();
    assert_eq!(sources.len(), 2);
    for e in sources {
        assert_eq!(e.quote, &text[e.start..e.end]);
        assert_eq!(
            e.quote,
            "He is buried in Calvary Cemetery, Houston, California."
        );
    }
    assert_eq!(
        &text[geo[0].values[0].sources[0].value_start..geo[0].values[0].sources[0].value_end],
        "Houston"
    );
}

#[test]
fn a_weekday_is_compared_whatever_an_if_later_in_its_sentence_hedges() {
    let weekday = Attribute::Value(ValueKind::Weekday);
    let hedged = |mut d: Doc| {
        d.analysis.facts[0].modality = Modality::Hypothetical;
        d
    };
    let v = run(
        vec![
            doc("a", "On Saturday the governor apologized to the pastor of the burned church.")
                .fact(0, "Saturday", weekday, "weekday", "saturday", None),
            hedged(doc("b", "On Tuesday the governor apologized to the pastor if the burned church fire was connected.")
                .fact(0, "Tuesday", weekday, "weekday", "tuesday", None)),
        ],
        &[],
    );
    assert_eq!(kinds(&v, "weekday"), vec![VerdictKind::Contested]);
}

#[test]
fn a_report_that_repeats_its_only_figure_still_states_one_value() {
    let acre = Attribute::Value(ValueKind::Quantity);
    let v = run(
        vec![
            doc("a", "The dairy building stood on a six acre site beside the old colony hall downtown.\nFirefighters circled the six acre block and found flames under the eaves.")
                .fact(0, "six acre", acre, "quantity:acre", "6 acre", Some(6.0))
                .fact(1, "six acre", acre, "quantity:acre", "6 acre", Some(6.0)),
            doc("b", "The chief drove around the 9-acre dairy complex and spotted flames under the eaves of its roof.")
                .fact(0, "9-acre", acre, "quantity:acre", "9 acre", Some(9.0)),
        ],
        &[],
    );
    assert_eq!(kinds(&v, "quantity"), vec![VerdictKind::Contested]);
}

#[test]
fn a_terse_sentence_is_compared_only_with_one_that_says_nearly_the_same() {
    let years = Attribute::Value(ValueKind::Duration);
    let pair = |a: &str, b: &str| {
        run(
            vec![
                doc("a", a).fact(0, "5 years", years, "duration", "5 year", Some(5.0)),
                doc("b", b).fact(0, "15 years", years, "duration", "15 year", Some(15.0)),
            ],
            &[],
        )
    };
    assert_eq!(
        kinds(
            &pair("Members serve 5 years.", "Members serve 15 years."),
            "duration"
        ),
        vec![VerdictKind::Contested]
    );
    let loose = pair("Members serve 5 years.", "Senators serve 15 years.");
    assert!(
        !kinds(&loose, "duration").contains(&VerdictKind::Contested),
        "{loose:#?}"
    );
}

#[test]
fn two_weekdays_stated_with_the_same_clock_time_are_one_moment() {
    let weekday = Attribute::Value(ValueKind::Weekday);
    let clocked = |mut d: Doc| {
        d.analysis.facts[0].context.push("#06:00".into());
        d
    };
    let docs = |clock: bool| {
        let a = doc("a", "Dozens of firefighters tackled the blaze after the alarm was raised at about 6am on Thursday morning.")
            .fact(0, "Thursday", weekday, "weekday", "thursday", None);
        let b = doc("b", "The service was called at 06:00 BST to the Waitrose store in High Street, Wellington, on Sunday.")
            .fact(0, "Sunday", weekday, "weekday", "sunday", None);
        if clock {
            vec![clocked(a), clocked(b)]
        } else {
            vec![a, b]
        }
    };
    assert!(
        !kinds(&run(docs(false), &[]), "weekday").contains(&VerdictKind::Contested),
        "different words, no shared time"
    );
    assert_eq!(
        kinds(&run(docs(true), &[]), "weekday"),
        vec![VerdictKind::Contested]
    );
}

#[test]
fn titles_are_compatible_pair_by_pair_and_a_longer_form_is_the_same_title() {
    // Report a gives one title at two lengths; report b gives two offices
    // (former senator, secretary), which makes those two compatible but
    // says nothing for the governor report c has.
    let v = run(
        vec![
            doc(
                "a",
                "Interior Secretary Ken Salazar spoke.\nSecretary Salazar left.",
            )
            .fact(
                0,
                "Interior Secretary",
                TITLE,
                "salazar",
                "interior secretary",
                None,
            )
            .fact(1, "Secretary", TITLE, "salazar", "secretary", None),
            doc("b", "Secretary Salazar, a senator before, spoke.")
                .fact(0, "Secretary", TITLE, "salazar", "secretary", None)
                .fact(0, "senator", TITLE, "salazar", "senator", None),
            doc("c", "Governor Salazar spoke.")
                .fact(0, "Governor", TITLE, "salazar", "governor", None),
        ],
        &[],
    );
    let contested: Vec<&Verdict> = v
        .iter()
        .filter(|v| v.attribute == "title" && v.kind == VerdictKind::Contested)
        .collect();
    assert_eq!(contested.len(), 1, "{v:#?}");
    let values: Vec<&str> = contested[0]
        .values
        .iter()
        .map(|x| x.value.as_str())
        .collect();
    assert!(values.contains(&"Governor"), "{values:?}");
}

#[test]
fn a_second_in_command_is_another_title() {
    assert!(crate::roles::same_title("interior secretary", "secretary"));
    assert!(!crate::roles::same_title("vice president", "president"));
    assert!(!crate::roles::same_title("prime minister", "minister"));
    assert!(!crate::roles::same_title("governor", "senator"));
}

#[test]
fn synonyms_and_a_generic_title_name_one_job_but_two_specific_ones_do_not() {
    use crate::roles::one_job;
    assert!(one_job("judge", "justice"));
    assert!(one_job("prosecutor", "assistant district attorney"));
    assert!(one_job("novelist", "author"));
    assert!(!one_job("prosecutor", "judge"));
    assert!(!one_job("novelist", "actress"));
    assert!(!one_job("attorney", "senator"));
    let v = run(
        vec![
            doc("a", "Prosecutor David Rossi said Timmons is charged.").fact(
                0,
                "Prosecutor",
                TITLE,
                "rossi",
                "prosecutor",
                None,
            ),
            doc("b", "District Attorney David Rossi asked the witness.").fact(
                0,
                "District Attorney",
                TITLE,
                "rossi",
                "district attorney",
                None,
            ),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "title").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn durations_of_other_orders_of_magnitude_time_different_things() {
    const DURATION: Attribute = Attribute::Value(ValueKind::Duration);
    let day = 86_400.0;
    let case = |other: &str, key: f64, number: f64| {
        run(
            vec![
                doc(
                    "a",
                    "The jury deliberated for 30 hours over four days before the verdict.",
                )
                .fact(0, "30 hours", DURATION, "duration", "108000s", Some(30.0)),
                doc(
                    "b",
                    "The jury deliberated for eight months over four days before the verdict.",
                )
                .fact(
                    0,
                    other,
                    DURATION,
                    "duration",
                    &format!("{key}s"),
                    Some(number),
                ),
            ],
            &[],
        )
    };
    // 30 hours against eight months: 160 times longer, another fact.
    assert!(
        !kinds(&case("eight months", 8.0 * 30.0 * day, 8.0), "duration")
            .contains(&VerdictKind::Contested)
    );
    // The same figure in another unit is drift, however far apart.
    assert!(kinds(&case("eight months", 30.0 * 60.0, 30.0), "duration")
        .contains(&VerdictKind::Contested));
    // 30 hours against 40 hours: the same scale, contested.
    assert!(
        kinds(&case("eight months", 40.0 * 3600.0, 40.0), "duration")
            .contains(&VerdictKind::Contested)
    );
}

impl Doc {
    /// Add a person mention with a given name and surname: the first
    /// occurrence of `given surname` on `line`.
    fn person(mut self, line: usize, given: &str, surname: &str) -> Self {
        let s = self.analysis.sentences[line].span;
        let full = format!("{given} {surname}");
        let at = s.start
            + self.doc.text[s.start..s.end]
                .find(&full)
                .expect("name on line");
        self.analysis.mentions.push(Mention {
            span: Span::new(at, at + full.len()),
            sentence: line,
            kind: EntityKind::Person,
            person: Some(PersonName {
                given: Some(given.into()),
                surname: surname.into(),
            }),
            role: None,
            entity: 0,
        });
        self
    }
}

#[test]
fn a_word_most_reports_use_as_a_name_is_not_a_place_in_any() {
    const PLACE: Attribute = Attribute::Value(ValueKind::Place);
    let story = |names: usize| {
        let mut docs = vec![
            doc(
                "a",
                "The fire at the church of Sarah Palin's town was set in Wasilla.",
            )
            .fact(0, "Wasilla", PLACE, "place:city", "wasilla", None),
            doc(
                "b",
                "Palin's church was damaged by the fire set in Wasilla overnight.",
            )
            .fact(0, "Palin", PLACE, "place:city", "palin", None),
        ];
        for i in 0..names {
            docs.push(
                doc(
                    &format!("n{i}"),
                    "Governor Sarah Palin spoke at the church.",
                )
                .person(0, "Sarah", "Palin"),
            );
        }
        run(docs, &[])
    };
    // Two reports name Sarah Palin, one has "Palin" as a town: a person.
    assert!(!kinds(&story(2), "place").contains(&VerdictKind::Contested));
    // With no report naming her, the town is compared like any place.
    assert!(
        kinds(&story(0), "place").contains(&VerdictKind::Contested),
        "{:#?}",
        story(0)
    );
}

#[test]
fn places_a_report_nests_one_in_the_other_are_one_place() {
    const PLACE: Attribute = Attribute::Value(ValueKind::Place);
    let line = |place: &str| {
        format!("More than 50 firefighters tackled the blaze at the supermarket in {place} on Friday night.")
    };
    let story = |nested: bool| {
        let mut d = doc(
            "d",
            "Police in Banstead, Surrey said the fire was suspicious.",
        )
        .fact(0, "Banstead", PLACE, "place:city", "banstead", None)
        .fact(0, "Surrey", PLACE, "place:city", "surrey", None);
        if nested {
            let (inner, outer) = (d.analysis.facts[0].span, d.analysis.facts[1].span);
            d.analysis.nestings.push(Nesting {
                place: inner,
                within: outer,
                sentence: 0,
            });
        }
        run(
            vec![
                doc("a", &line("Banstead")).fact(
                    0,
                    "Banstead",
                    PLACE,
                    "place:city",
                    "banstead",
                    None,
                ),
                doc("b", &line("Banstead")).fact(
                    0,
                    "Banstead",
                    PLACE,
                    "place:city",
                    "banstead",
                    None,
                ),
                doc("c", &line("Surrey")).fact(0, "Surrey", PLACE, "place:city", "surrey", None),
                d,
            ],
            &[],
        )
    };
    let contested = |vs: &[Verdict]| {
        vs.iter()
            .any(|v| v.kind == VerdictKind::Contested && v.attribute == "place")
    };
    assert!(!contested(&story(true)));
    // Without a report that nests them, two names are compared.
    assert!(contested(&story(false)));
}

#[test]
fn one_report_or_an_acting_title_is_no_status_conflict() {
    const STATUS: Attribute = Attribute::Status;
    // One report calls him "the late Sen. Jackson" and "Senator Jackson".
    let v = run(
        vec![doc(
            "a",
            "The late Sen. Henry Jackson backed the law.\nSenator Jackson had foresight.",
        )
        .fact(0, "late", STATUS, "jackson|senator", "former", None)
        .fact(1, "Senator", STATUS, "jackson|senator", "current", None)],
        &[],
    );
    assert!(
        !kinds(&v, "status").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // "Interim director Gray" and "the director Gray" agree; "former" does not.
    let story = |other: &str| {
        run(
            vec![
                doc("a", "Nixon ordered interim FBI director Gray to fire Felt.").fact(
                    0,
                    "interim",
                    STATUS,
                    "gray|director",
                    "acting",
                    None,
                ),
                doc(
                    "b",
                    &format!("Nixon ordered the {other} FBI director Gray to fire Felt."),
                )
                .fact(
                    0,
                    "FBI",
                    STATUS,
                    "gray|director",
                    if other.is_empty() {
                        "current"
                    } else {
                        "former"
                    },
                    None,
                ),
            ],
            &[],
        )
    };
    assert!(!kinds(&story(""), "status").contains(&VerdictKind::Contested));
    assert!(kinds(&story("former"), "status").contains(&VerdictKind::Contested));
}

#[test]
fn one_span_in_two_units_agrees() {
    const DURATION: Attribute = Attribute::Value(ValueKind::Duration);
    let day: f64 = 86_400.0;
    let story = |other: &str, secs: f64, n: f64| {
        run(
            vec![
                doc("a", "Lohan checked into the Betty Ford Center to begin a 90-day court-mandated stay.")
                    .fact(0, "90-day", DURATION, "duration", &format!("{}s", 90.0 * day), Some(90.0)),
                doc("b", &format!("Lohan checked into the Betty Ford Center for what is to be a {other} court-mandated stay."))
                    .fact(0, other, DURATION, "duration", &format!("{secs}s"), Some(n)),
            ],
            &[],
        )
    };
    assert!(!kinds(
        &story("three-month", (3.0 * 30.436_875 * day).round(), 3.0),
        "duration"
    )
    .contains(&VerdictKind::Contested));
    assert!(kinds(&story("30-day", 30.0 * day, 30.0), "duration").contains(&VerdictKind::Contested));
}

#[test]
fn a_contest_lined_up_by_a_lowered_bar_says_its_sentences_match_only_in_part() {
    let dur = Attribute::Value(ValueKind::Duration);
    let rescue = |id: &str| {
        doc(id, "Firefighters freed the baker from his collapsed shop nine hours after the earthquake struck the city.").fact(0, "nine hours", dur, "duration", "32400", Some(9.0))
    };
    // A lone report whose sentence shares only part of the others' words.
    let partial = doc(
        "d",
        "The prime minister walked the city two days after the earthquake struck.",
    )
    .fact(0, "two days", dur, "duration", "172800", Some(2.0));
    let v = run(vec![rescue("a"), rescue("b"), rescue("c"), partial], &[]);
    let contest = v
        .iter()
        .find(|v| v.kind == VerdictKind::Contested)
        .expect("contested");
    assert!(
        contest.weak_match && contest.explanation.contains("match only in part"),
        "{contest:#?}"
    );
    // The same sentence with another figure: a strong match.
    let same = doc("d", "Firefighters freed the baker from his collapsed shop two days after the earthquake struck the city.")
        .fact(0, "two days", dur, "duration", "172800", Some(2.0));
    let v = run(vec![rescue("a"), rescue("b"), rescue("c"), same], &[]);
    let contest = v
        .iter()
        .find(|v| v.kind == VerdictKind::Contested)
        .expect("contested");
    assert!(
        !contest.weak_match && !contest.explanation.contains("match only in part"),
        "{contest:#?}"
    );
}

#[test]
fn page_stamps_are_not_compared() {
    const TIME: Attribute = Attribute::Value(ValueKind::Time);
    // Stemmed as the analyze stage writes them: five words, one "updat".
    let stamp = |id: &str, at: &str| {
        let mut d = doc(
            id,
            &format!("BBC News 21 July 2013 Last updated at {at} GMT"),
        )
        .fact(0, at, TIME, "time", at, None);
        d.analysis.facts[0].context = ["bbc", "news", "juli", "last", "updat"]
            .map(String::from)
            .to_vec();
        d
    };
    let v = run(
        vec![
            stamp("a", "11:11"),
            stamp("b", "11:11"),
            stamp("c", "13:42"),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "time").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // A sentence about the event, as short, is compared.
    let event = |id: &str, at: &str| {
        doc(
            id,
            &format!("The quake struck the island town at {at} local time"),
        )
        .fact(0, at, TIME, "time", at, None)
    };
    let v = run(
        vec![
            event("a", "11:11"),
            event("b", "11:11"),
            event("c", "13:42"),
        ],
        &[],
    );
    assert!(
        kinds(&v, "time").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_figure_converted_in_brackets_is_not_compared() {
    const QTY: Attribute = Attribute::Value(ValueKind::Quantity);
    let report = |id: &str, dollars: &str| {
        let text = format!("Armed robbers stole diamonds valued at 85 million euros ({dollars}) from the Paris store.");
        doc(id, &text)
            .fact(
                0,
                "85 million euros",
                QTY,
                "quantity:eur",
                "85000000 eur",
                Some(85e6),
            )
            .fact(0, dollars, QTY, "quantity:usd", dollars, None)
    };
    let v = run(
        vec![
            report("a", "$108 million"),
            report("b", "$108 million"),
            report("c", "$137 million"),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "quantity").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // Outside brackets the same figures are compared.
    let plain = |id: &str, dollars: &str| {
        doc(
            id,
            &format!("Armed robbers stole diamonds valued at {dollars} from the Paris store."),
        )
        .fact(0, dollars, QTY, "quantity:usd", dollars, None)
    };
    let v = run(
        vec![
            plain("a", "$108 million"),
            plain("b", "$108 million"),
            plain("c", "$137 million"),
        ],
        &[],
    );
    assert!(
        kinds(&v, "quantity").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_committee_chair_is_held_alongside_a_members_title() {
    let story = |chair: &str| {
        run(
            vec![
                doc("a", "Rep. Nick Rahall says he will invoke the review act.").fact(
                    0,
                    "Rep.",
                    TITLE,
                    "rahall",
                    "representative",
                    None,
                ),
                doc(
                    "b",
                    &format!("Rahall, the {chair}, called the rule a pot shot."),
                )
                .fact(0, chair, TITLE, "rahall", "chairman", None),
            ],
            &[],
        )
    };
    assert!(!kinds(
        &story("chairman of the House Natural Resources Committee"),
        "title"
    )
    .contains(&VerdictKind::Contested));
    // A chairman of nothing named is another job than a representative.
    assert!(kinds(&story("chairman"), "title").contains(&VerdictKind::Contested));
}

#[test]
fn the_weekdays_of_two_leads_are_the_main_events_even_in_other_words() {
    let wd = Attribute::Value(ValueKind::Weekday);
    let story = |lead_line: usize| {
        let other = 1 - lead_line;
        let mut a_lines = ["", ""];
        a_lines[lead_line] = "Sheriff deputies announced Wednesday they arrested two gang members.";
        a_lines[other] = "A court hearing is set for Monday at the courthouse downtown.";
        let mut b_lines = ["", ""];
        b_lines[lead_line] = "Detectives arrested two gang members Saturday.";
        b_lines[other] = "Relatives gathered on Friday at a church to remember him.";
        let a = doc("a", &a_lines.join("\n"))
            .fact(lead_line, "Wednesday", wd, "weekday", "wednesday", None)
            .fact(other, "Monday", wd, "weekday", "monday", None);
        let b = doc("b", &b_lines.join("\n"))
            .fact(lead_line, "Saturday", wd, "weekday", "saturday", None)
            .fact(other, "Friday", wd, "weekday", "friday", None);
        run(vec![a, b], &[])
    };
    let contested = |v: &[Verdict]| {
        v.iter().any(|v| {
            v.kind == VerdictKind::Contested && v.values.iter().any(|x| x.value == "Wednesday")
        })
    };
    assert!(contested(&story(0)), "{:#?}", story(0));
    assert!(!contested(&story(1)), "{:#?}", story(1));
}

#[test]
fn durations_in_different_units_are_compared_by_length_not_by_number() {
    let how_long = Attribute::Value(ValueKind::Duration);
    let mut a = doc(
        "a",
        "The gunman fired again less than two seconds later at the crowd.",
    )
    .fact(0, "two seconds", how_long, "duration", "2s", Some(2.0));
    a.analysis.facts[0].value.approximate = true;
    let b = doc("b", "The gunman fired again two weeks later at the crowd.").fact(
        0,
        "two weeks",
        how_long,
        "duration",
        "1209600s",
        Some(2.0),
    );
    let v = run(vec![a, b], &[]);
    // Never one value: two seconds is not "about" two weeks.
    assert!(
        v.iter()
            .all(|v| v.values.iter().all(|x| x.sources.len() == 1)),
        "{v:#?}"
    );
    // A vague floor agrees with any longer span: "a few minutes" and "10 minutes".
    let a = doc(
        "a",
        "Officers arrived at the plant a few minutes after the shooting.",
    )
    .fact(0, "a few minutes", how_long, "duration", "120s+", Some(2.0));
    let b = doc(
        "b",
        "Officers arrived at the plant 10 minutes after the shooting.",
    )
    .fact(0, "10 minutes", how_long, "duration", "600s", Some(10.0));
    let v = run(vec![a, b], &[]);
    assert!(
        !kinds(&v, "duration").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_city_far_from_every_place_the_other_reports_name_is_compared_at_a_lower_bar() {
    let place = Attribute::Value(ValueKind::Place);
    let located = |mut d: Doc, at: [f64; 2]| {
        d.analysis.facts.last_mut().expect("a fact").value.location = Some(at);
        d
    };
    let story = |city: &str, at: [f64; 2]| {
        // A second place in a report ("Marseille", where the cable lands)
        // keeps the bar for reports that state one place each out of play.
        let a = located(doc("a", "Internet users in Cairo saw slower connections after the cable damage.\nThe damaged cable runs under the sea to Marseille.").fact(0, "Cairo", place, "place:city", "cairo", None), [30.04, 31.24])
            .fact(1, "Marseille", place, "place:city", "marseille", None);
        let b = located(
            doc(
                "b",
                "Engineers in Alexandria repaired the damaged undersea cable.",
            )
            .fact(0, "Alexandria", place, "place:city", "alexandria", None),
            [31.20, 29.92],
        );
        let text =
            format!("At local cafes in {city}, users immediately noticed slower connections.");
        let c = located(
            doc("c", &text).fact(0, city, place, "place:city", &city.to_lowercase(), None),
            at,
        );
        run(vec![a, b, c], &[])
    };
    let contested = |v: &[Verdict]| {
        v.iter()
            .any(|v| v.kind == VerdictKind::Contested && v.attribute == "place")
    };
    // Kandahar is 3,500 km from Cairo and Alexandria; Tanta lies between them.
    assert!(
        contested(&story("Kandahar", [31.61, 65.71])),
        "{:#?}",
        story("Kandahar", [31.61, 65.71])
    );
    assert!(
        !contested(&story("Tanta", [30.79, 31.00])),
        "{:#?}",
        story("Tanta", [30.79, 31.00])
    );
}

#[test]
fn a_report_that_gives_one_person_two_current_offices_contradicts_itself() {
    let status = Attribute::Status;
    let report = |second: &str, standing: &str| {
        let text = format!("Commerce Secretary Gary Locke announced the rules.\nThe coalition thanked {second} Locke for his work.");
        let title = second.rsplit(' ').next().unwrap_or(second);
        let key = title.to_lowercase();
        doc("a", &text)
            .fact(
                0,
                "Commerce Secretary",
                TITLE,
                "locke",
                "commerce secretary",
                None,
            )
            .fact(
                0,
                "Commerce Secretary",
                status,
                "locke|commerce secretary",
                "current",
                None,
            )
            .fact(1, title, TITLE, "locke", &key, None)
            .fact(1, title, status, &format!("locke|{key}"), standing, None)
    };
    let contradicts = |v: &[Verdict]| {
        v.iter()
            .any(|v| v.kind == VerdictKind::SelfContradiction && v.attribute == "title")
    };
    assert!(contradicts(&run(vec![report("Senator", "current")], &[])));
    // A former office is a career, and a title at another length is the same office.
    assert!(!contradicts(&run(
        vec![report("former Senator", "former")],
        &[]
    )));
    assert!(!contradicts(&run(
        vec![report("Secretary", "current")],
        &[]
    )));
}

#[test]
fn a_teams_president_may_be_its_general_manager_but_not_its_coach() {
    let titles = |second: &str, key: &str| {
        let v = run(
            vec![
                doc(
                    "a",
                    "The Sixers fired coach Maurice Cheeks, said team president Ed Stefanski.",
                )
                .fact(0, "team president", TITLE, "stefanski", "president", None),
                doc(
                    "b",
                    &format!("The Sixers fired coach Maurice Cheeks, said {second} Ed Stefanski."),
                )
                .fact(0, second, TITLE, "stefanski", key, None),
            ],
            &[],
        );
        kinds(&v, "title")
    };
    assert!(!titles("general manager", "manager").contains(&VerdictKind::Contested));
    assert!(titles("head coach", "coach").contains(&VerdictKind::Contested));
}

#[test]
fn a_report_that_gives_one_person_two_grades_contradicts_itself() {
    let status = Attribute::Status;
    // `second` is written before the name in the second sentence; `key` is its title key.
    let report = |second: &str, key: &str| {
        let text = format!("Police Lt. Gerry Scherlinck described the shooter.\nThe man fled, {second} Gerry Scherlinck said.");
        doc("a", &text)
            .fact(
                0,
                "Police Lt.",
                TITLE,
                "scherlinck",
                "police lieutenant",
                None,
            )
            .fact(
                0,
                "Police Lt.",
                status,
                "scherlinck|police lieutenant",
                "current",
                None,
            )
            .fact(1, second, TITLE, "scherlinck", key, None)
            .fact(
                1,
                second,
                status,
                &format!("scherlinck|{key}"),
                "current",
                None,
            )
    };
    let contradicts = |v: &[Verdict]| {
        v.iter()
            .any(|v| v.kind == VerdictKind::SelfContradiction && v.attribute == "title")
    };
    assert!(contradicts(&run(
        vec![report("police Sgt.", "police sergeant")],
        &[]
    )));
    assert!(contradicts(&run(
        vec![report("police Cmdr.", "police commander")],
        &[]
    )));
    // A commander spelt out may be a post at any grade; a grade's longer
    // form is the same grade.
    assert!(!contradicts(&run(
        vec![report("commander", "commander")],
        &[]
    )));
    assert!(!contradicts(&run(
        vec![report("Deputy Police Lt.", "deputy police lieutenant")],
        &[]
    )));
}

#[test]
fn one_persons_age_under_two_spellings_of_the_given_name_is_compared() {
    let age = Attribute::Value(ValueKind::Quantity);
    let a = doc("a", "The trial of 25-year-old Jermayne Timmons began.").fact(
        0,
        "25-year-old",
        age,
        "age:timmons#jermayne",
        "25 age",
        Some(25.0),
    );
    let b = doc(
        "b",
        "The trial against 16 year-old Jerymayne Timmons started late.",
    )
    .fact(
        0,
        "16 year-old",
        age,
        "age:timmons#jerymayne",
        "16 age",
        Some(16.0),
    );
    let v = run(vec![a, b], &[]);
    assert!(
        kinds(&v, "quantity").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // Two given names that are not spellings of one are two relatives.
    let a = doc("a", "The trial of 25-year-old Jermayne Timmons began.").fact(
        0,
        "25-year-old",
        age,
        "age:timmons#jermayne",
        "25 age",
        Some(25.0),
    );
    let b = doc("b", "His 16 year-old brother Marcus Timmons testified.").fact(
        0,
        "16 year-old",
        age,
        "age:timmons#marcus",
        "16 age",
        Some(16.0),
    );
    assert!(!kinds(&run(vec![a, b], &[]), "quantity").contains(&VerdictKind::Contested));
}

#[test]
fn a_kinship_word_tells_a_relative_apart_only_where_the_family_is_named() {
    let given = |d: Doc, line: usize, name: &str| {
        d.fact(
            line,
            name,
            GIVEN,
            "carrasquillo",
            &name.to_lowercase(),
            None,
        )
    };
    // The half-brother of someone named Lopez: no other Carrasquillo is named
    // beside him, so the word does not make him someone else.
    let a = given(
        doc(
            "a",
            "Andrew Lopez and his brother Jonathan Carrasquillo were charged.",
        ),
        0,
        "Jonathan",
    )
    .fact(0, "brother", TITLE, "carrasquillo", "brother", None);
    let b = given(
        doc("b", "Andrew Lopez and Jonathan Carrasquillo were charged."),
        0,
        "Jonathan",
    );
    let c = given(
        doc(
            "c",
            "Jury deliberations go on for the second suspect, Robert Carrasquillo.",
        ),
        0,
        "Robert",
    );
    assert!(kinds(&run(vec![a, b, c], &[]), "given_name").contains(&VerdictKind::Contested));
    // Where the family is named, the brother is another person.
    let a = given(
        given(
            doc(
                "a",
                "Maria Carrasquillo wept.\nHer brother Jonathan Carrasquillo was charged.",
            ),
            0,
            "Maria",
        ),
        1,
        "Jonathan",
    )
    .fact(1, "brother", TITLE, "carrasquillo", "brother", None);
    let c = given(
        doc("c", "Maria Carrasquillo, 40, spoke to reporters."),
        0,
        "Maria",
    );
    assert!(!kinds(&run(vec![a, c], &[]), "given_name").contains(&VerdictKind::Contested));
}

#[test]
fn a_persons_verdicts_use_the_name_most_reports_give_the_person() {
    let labelled = |mut d: Doc, name: &str| {
        for f in &mut d.analysis.facts {
            f.subject_label = name.to_string();
        }
        d
    };
    let aff = Attribute::Affiliation;
    // Two reports call him Steve Witkoff (one of them gives no affiliation);
    // the one odd name must not label the affiliation they agree on.
    let a = labelled(
        doc("a", "US envoy Steve Witkoff met Putin.")
            .fact(0, "envoy", TITLE, "witkoff", "envoy", None)
            .fact(0, "US", aff, "witkoff", "united states", None),
        "Steve Witkoff",
    );
    let b = labelled(
        doc("b", "Special envoy Steve Witkoff flew to Moscow.")
            .fact(0, "envoy", TITLE, "witkoff", "envoy", None),
        "Steve Witkoff",
    );
    let c = labelled(
        doc("c", "US envoy Elliott Broidy Witkoff is due in Moscow.").fact(
            0,
            "US",
            aff,
            "witkoff",
            "united states",
            None,
        ),
        "Elliott Broidy Witkoff",
    );
    let v = run(vec![a, b, c], &[]);
    let affiliation = v
        .iter()
        .find(|v| v.attribute == "affiliation")
        .expect("an affiliation verdict");
    assert_eq!(affiliation.subject, "Steve Witkoff", "{v:#?}");
}

#[test]
fn a_lone_value_is_contested_against_the_consensus_value_it_matches_best_only() {
    let wd = Attribute::Value(ValueKind::Weekday);
    let report = |id: &str, quake: &str, rescue: &str| {
        doc(id, &format!("The earthquake struck the city of Korvath on {quake} morning, killing nineteen people.\nThe rescuers pulled a baker alive from his bakery on {rescue}."))
            .fact(0, quake, wd, "weekday", &quake.to_lowercase(), None)
            .fact(1, rescue, wd, "weekday", &rescue.to_lowercase(), None)
    };
    let lone = doc("c", "The earthquake struck the city of Korvath on Saturday morning, killing nineteen people, and rescuers pulled survivors.").fact(0, "Saturday", wd, "weekday", "saturday", None);
    let v = run(
        vec![
            report("a", "Sunday", "Tuesday"),
            report("b", "Sunday", "Tuesday"),
            lone,
        ],
        &[],
    );
    let contest = v
        .iter()
        .find(|v| v.kind == VerdictKind::Contested)
        .expect("a contest");
    let values: Vec<&str> = contest.values.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(values.len(), 2, "{values:?}");
    assert!(
        values.contains(&"Saturday") && values.contains(&"Sunday"),
        "{values:?}"
    );
}

#[test]
fn a_contest_of_many_values_is_a_weak_match_whatever_its_sentences() {
    let figures = ["812", "318", "420", "97", "1,203"];
    let story = |n: usize| {
        let docs = figures[..n]
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let id = format!("d{i}");
                let number: f64 = f.replace(',', "").parse().expect("a figure");
                doc(&id, &format!("Rescuers evacuated {f} residents from the flooded Varna district overnight."))
                    .fact(0, f, COUNT, "count:resident", &format!("{number} resident"), Some(number))
            })
            .collect();
        run(docs, &[])
    };
    let contest = |v: &[Verdict]| {
        v.iter()
            .find(|v| v.kind == VerdictKind::Contested)
            .cloned()
            .expect("a contest")
    };
    assert!(!contest(&story(2)).weak_match);
    let many = contest(&story(5));
    assert_eq!(many.values.len(), 5);
    assert!(
        many.weak_match && many.explanation.contains("several facts"),
        "{many:#?}"
    );
}

#[test]
fn two_reports_only_durations_in_one_unit_are_compared_at_a_lower_bar() {
    let dur = Attribute::Value(ValueKind::Duration);
    let week = 604_800.0;
    let a = || {
        doc("a", "Negotiations with the actor only began roughly three weeks before the first film opened in cinemas.")
            .fact(0, "three weeks", dur, "duration", &format!("{}s", 3.0 * week), Some(3.0))
    };
    let b = || {
        doc("b", "The studio said negotiations with the actor opened about eight weeks before its March premiere.")
            .fact(0, "eight weeks", dur, "duration", &format!("{}s", 8.0 * week), Some(8.0))
    };
    let v = run(vec![a(), b()], &[]);
    assert_eq!(
        kinds(&v, "duration"),
        vec![VerdictKind::Contested],
        "{v:#?}"
    );
    assert!(
        v[0].weak_match,
        "below the main bar, the contest says its sentences match only in part"
    );
    // A report that times two things in weeks leaves no telling which one the
    // other report's figure is: the main bar holds.
    let mut b2 = b();
    b2.doc
        .text
        .push_str("\nThe actor signed for the sequel two weeks later.");
    let start = b2.analysis.sentences[0].span.end + 1;
    b2.analysis.sentences.push(Sentence {
        span: Span::new(start, b2.doc.text.len()),
        headline: false,
    });
    let b2 = b2.fact(
        1,
        "two weeks",
        dur,
        "duration",
        &format!("{}s", 2.0 * week),
        Some(2.0),
    );
    let v = run(vec![a(), b2], &[]);
    assert!(
        !kinds(&v, "duration").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_time_rounded_to_five_minutes_agrees_but_a_time_in_another_zone_is_not_compared() {
    const TIME: Attribute = Attribute::Value(ValueKind::Time);
    let hours = |h: f64, m: f64| Some(h + m / 60.0);
    let report = |id: &str, time: &str, key: &str, n: Option<f64>| {
        doc(id, &format!("Dispatchers got the first call about the warehouse fire at {time} on Tuesday, the chief said."))
            .fact(0, time, TIME, "time", key, n)
    };
    let v = run(
        vec![
            report("a", "3:33 a.m.", "03:33", hours(3.0, 33.0)),
            report("b", "3:30 a.m.", "03:30", hours(3.0, 30.0)),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "time").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // Two exact minutes that differ, or a rounded time further off, still conflict.
    let v = run(
        vec![
            report("a", "3:33 a.m.", "03:33", hours(3.0, 33.0)),
            report("b", "3:37 a.m.", "03:37", hours(3.0, 37.0)),
        ],
        &[],
    );
    assert!(
        kinds(&v, "time").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    let v = run(
        vec![
            report("a", "3:33 a.m.", "03:33", hours(3.0, 33.0)),
            report("b", "3:45 a.m.", "03:45", hours(3.0, 45.0)),
        ],
        &[],
    );
    assert!(
        kinds(&v, "time").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // The bracketed time converts the local one: it is not a value of its own.
    let text =
        "The network registered the quake at 17:06 hours local time (13:36 GMT) on the island.";
    assert!(crate::values::is_zone_conversion(
        text,
        text.find("13:36").unwrap()
    ));
    assert!(!crate::values::is_zone_conversion(
        text,
        text.find("17:06").unwrap()
    ));
    let text = "Voting ends (as officials said on Sunday) at 18:00 local time.";
    assert!(!crate::values::is_zone_conversion(
        text,
        text.find("18:00").unwrap()
    ));
}

#[test]
fn a_title_one_career_turned_into_holds_both_careers() {
    let story = |first: &str| {
        run(
            vec![
                doc("a", &format!("Esther Williams, Olympic {first} turned actress and pinup girl, dies at 91."))
                    .fact(0, &format!("Olympic {first} turned actress"), TITLE, "williams", "actress", None),
                doc("b", "The 1940s Hollywood star and record-setting swimmer Esther Williams died in her sleep.")
                    .fact(0, "swimmer", TITLE, "williams", "swimmer", None),
            ],
            &[],
        )
    };
    assert!(!kinds(&story("swimmer"), "title").contains(&VerdictKind::Contested));
    // The career before "turned" must be the other report's title.
    assert!(kinds(&story("golfer"), "title").contains(&VerdictKind::Contested));
    let hyphened = run(
        vec![
            doc(
                "a",
                "Championship swimmer-turned-legendary Hollywood actress Esther Williams has died.",
            )
            .fact(0, "actress", TITLE, "williams", "actress", None),
            doc(
                "b",
                "The record-setting swimmer Esther Williams died in her sleep.",
            )
            .fact(0, "swimmer", TITLE, "williams", "swimmer", None),
        ],
        &[],
    );
    assert!(!kinds(&hyphened, "title").contains(&VerdictKind::Contested));
}

#[test]
fn two_values_several_reports_both_state_are_two_facts() {
    const PLACE: Attribute = Attribute::Value(ValueKind::Place);
    let both = |id: &str| {
        doc(id, "Fans greeted the team at the airport in Indianapolis after the long road win.\nThe team beat the home side in Kansas City on Sunday.")
            .fact(0, "Indianapolis", PLACE, "place:city", "indianapolis", None)
            .fact(1, "Kansas City", PLACE, "place:city", "kansas city", None)
    };
    let swapped = || {
        doc(
            "c",
            "Fans greeted the team at the airport in Kansas City after the long road win.",
        )
        .fact(0, "Kansas City", PLACE, "place:city", "kansas city", None)
    };
    let v = run(vec![both("a"), both("b"), swapped()], &[]);
    assert!(
        !kinds(&v, "place").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // One report that states both is not enough: the swap is contested.
    let v = run(vec![both("a"), swapped()], &[]);
    assert!(
        kinds(&v, "place").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn the_time_a_thing_began_and_the_time_it_ended_are_two_moments_not_a_contradiction() {
    const TIME: Attribute = Attribute::Value(ValueKind::Time);
    let hours = |h: f64| Some(h);
    let polls = doc("a", "Voting began at 8:00 am Sunday at polling stations across the capital.\nVoting will close at 6:00 pm Sunday at polling stations across the capital.")
        .fact(0, "8:00 am", TIME, "time", "08:00", hours(8.0))
        .fact(1, "6:00 pm", TIME, "time", "18:00", hours(18.0));
    let v = run(vec![polls], &[]);
    assert!(
        !kinds(&v, "time").contains(&VerdictKind::SelfContradiction),
        "{v:#?}"
    );
    // Two reports of when the same thing began still disagree.
    let began = |id: &str, time: &str, n: f64| {
        doc(
            id,
            &format!("Voters began casting ballots at {time} Sunday in the capital."),
        )
        .fact(0, time, TIME, "time", &format!("{n:02}:00"), hours(n))
    };
    let v = run(
        vec![began("a", "8:00 am", 8.0), began("b", "10:00 am", 10.0)],
        &[],
    );
    assert!(
        kinds(&v, "time").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // And one report of when voting began, another of when it will close, are a timeline, not two stories.
    let opened = doc(
        "c",
        "Polling stations began receiving voters at 7:00 am on Sunday.",
    )
    .fact(0, "7:00 am", TIME, "time", "07:00", hours(7.0));
    let closing = doc(
        "d",
        "Polling stations close to voters at 9:00 pm on Sunday.",
    )
    .fact(0, "9:00 pm", TIME, "time", "21:00", hours(21.0));
    let v = run(vec![opened, closing], &[]);
    assert!(
        !kinds(&v, "time").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_short_form_or_a_middle_name_is_the_same_given_name() {
    let given = |pairs: &[(&str, &str, &str)]| {
        let docs = pairs
            .iter()
            .map(|(id, text, name)| {
                doc(id, text).fact(
                    0,
                    name,
                    GIVEN,
                    "williams",
                    &name.split(' ').next().unwrap().to_lowercase(),
                    None,
                )
            })
            .collect();
        kinds(&run(docs, &[]), "given_name")
    };
    let short = given(&[
        ("a", "Coach Lou Williams scored 20 points.", "Lou"),
        ("b", "Guard Louis Williams scored 20 points.", "Louis"),
    ]);
    assert!(!short.contains(&VerdictKind::Contested), "{short:?}");
    let middle = given(&[
        (
            "a",
            "Academy president Cheryl Boone Williams spoke.",
            "Cheryl Boone",
        ),
        ("b", "Academy president Boone Williams spoke.", "Boone"),
    ]);
    assert!(!middle.contains(&VerdictKind::Contested), "{middle:?}");
    // Two names that only share letters are still two names.
    let other = given(&[
        ("a", "Coach Lou Williams scored 20 points.", "Lou"),
        ("b", "Coach Luke Williams scored 20 points.", "Luke"),
    ]);
    assert!(other.contains(&VerdictKind::Contested), "{other:?}");
}

#[test]
fn a_name_suffix_is_not_shown_as_the_surname() {
    let mut a = doc("a", "Anthony LaCalamita III was charged.").fact(
        0,
        "Anthony",
        GIVEN,
        "lacalamita",
        "anthony",
        None,
    );
    a.analysis.facts[0].subject_label = "Anthony LaCalamita III".into();
    let mut b = doc("b", "Suspect Andrew LaCalamita III was charged.").fact(
        0,
        "Andrew",
        GIVEN,
        "lacalamita",
        "andrew",
        None,
    );
    b.analysis.facts[0].subject_label = "Andrew LaCalamita III".into();
    let v = run(vec![a, b], &[]);
    let contest = v
        .iter()
        .find(|v| v.attribute == "given_name" && v.kind == VerdictKind::Contested)
        .expect("a contest");
    assert_eq!(contest.subject, "LaCalamita", "{contest:#?}");
}

#[test]
fn two_places_one_sentence_states_side_by_side_are_no_self_contradiction() {
    const PLACE: Attribute = Attribute::Value(ValueKind::Place);
    let headline = "Schenectady man charged in fatal Queens crash";
    let body = "A Schenectady man has been charged in a fatal hit-and-run crash that killed a woman in Queens Friday night.";
    let d = doc("a", &format!("{headline}\n{body}"))
        .fact(0, "Queens", PLACE, "place:city", "queens", None)
        .fact(1, "Schenectady", PLACE, "place:city", "schenectady", None)
        .fact(1, "Queens", PLACE, "place:city", "queens", None);
    let v = run(vec![d], &[]);
    assert!(
        !kinds(&v, "place").contains(&VerdictKind::SelfContradiction),
        "{v:#?}"
    );
    // Without the sentence that names both, the headline and the body disagree.
    let d = doc("b", "Schenectady man charged in fatal Queens crash\nA man has been charged in a fatal hit-and-run crash that killed a woman in Albany Friday night.")
        .fact(0, "Queens", PLACE, "place:city", "queens", None)
        .fact(1, "Albany", PLACE, "place:city", "albany", None);
    let v = run(vec![d], &[]);
    assert!(
        kinds(&v, "place").contains(&VerdictKind::SelfContradiction),
        "{v:#?}"
    );
}

#[test]
fn a_description_one_report_gives_several_ages_is_several_people() {
    const QUANTITY: Attribute = Attribute::Value(ValueKind::Quantity);
    let age = |d: Doc, line: usize, figure: &str, years: f64| {
        d.fact(
            line,
            figure,
            QUANTITY,
            "age-of:man",
            &format!("{years} age"),
            Some(years),
        )
    };
    let victims = age(
        age(
            doc(
                "a",
                "Police identified the victims as a 47-year-old man and a 48-year-old man.",
            ),
            0,
            "47-year-old",
            47.0,
        ),
        0,
        "48-year-old",
        48.0,
    );
    let tipster = age(
        doc(
            "b",
            "A 50-year-old man from Dexter tipped off authorities after hearing the radio.",
        ),
        0,
        "50-year-old",
        50.0,
    );
    let v = run(vec![victims, tipster], &[]);
    assert!(
        !kinds(&v, "quantity").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // One man described by his age in each report is one person, whatever the sentences.
    let suspect = age(
        doc(
            "c",
            "Police said the 39-year-old man shot his former co-workers.",
        ),
        0,
        "39-year-old",
        39.0,
    );
    let v = run(
        vec![
            suspect,
            age(
                doc("d", "A 50-year-old man from Dexter tipped off authorities."),
                0,
                "50-year-old",
                50.0,
            ),
        ],
        &[],
    );
    assert!(
        kinds(&v, "quantity").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_given_name_contest_under_a_common_surname_is_a_weak_match() {
    let story = |surname: &str| {
        let key = surname.to_lowercase();
        run(
            vec![
                doc(
                    "a",
                    &format!("North Carolina coach Dean {surname} invited his star guard."),
                )
                .fact(0, "Dean", GIVEN, &key, "dean", None),
                doc("b", &format!("Dean {surname} ran the offense for years."))
                    .fact(0, "Dean", GIVEN, &key, "dean", None),
                doc(
                    "c",
                    &format!("Tyler {surname} added 17 points for the Vols."),
                )
                .fact(0, "Tyler", GIVEN, &key, "tyler", None),
            ],
            &[],
        )
    };
    let contest = |v: Vec<Verdict>| {
        v.into_iter()
            .find(|v| v.kind == VerdictKind::Contested && v.attribute == "given_name")
            .expect("a contest")
    };
    let smith = contest(story("Smith"));
    assert!(
        smith.weak_match && smith.explanation.contains("common surname"),
        "{smith:#?}"
    );
    let witkoff = contest(story("Witkoff"));
    assert!(!witkoff.weak_match, "{witkoff:#?}");
    // A title both names carry makes them one person: drift, not a namesake.
    let v = run(
        vec![
            doc("a", "Coach Dean Smith invited his star guard.")
                .fact(0, "Dean", GIVEN, "smith", "dean", None)
                .fact(0, "Coach", TITLE, "smith", "coach", None),
            doc("b", "Coach Tyler Smith ran the offense.")
                .fact(0, "Tyler", GIVEN, "smith", "tyler", None)
                .fact(0, "Coach", TITLE, "smith", "coach", None),
        ],
        &[],
    );
    assert!(!contest(v).weak_match);
}

#[test]
fn an_epithet_count_is_one_persons_whatever_the_sentences() {
    let all_star = |d: Doc, figure: &str, n: f64| {
        d.fact(
            0,
            figure,
            COUNT,
            "times-of:all-star",
            &format!("{n} time"),
            Some(n),
        )
    };
    let fired = all_star(doc("a", "Cheeks, 48, a four-time NBA all-star while with the Sixers, was fired from the Blazers."), "four-time", 4.0);
    let career = all_star(
        doc(
            "b",
            "The six-time All-Star helped guide the 76ers to 10 playoff appearances.",
        ),
        "six-time",
        6.0,
    );
    let v = run(vec![fired, career], &[]);
    assert!(
        kinds(&v, "count").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    // A report that gives the epithet two values speaks of two people.
    let two = all_star(
        all_star(
            doc(
                "c",
                "The four-time All-Star faced the six-time All-Star on Sunday.",
            ),
            "four-time",
            4.0,
        ),
        "six-time",
        6.0,
    );
    let other = all_star(
        doc(
            "d",
            "The six-time All-Star scored 30 points in the final game of the series.",
        ),
        "six-time",
        6.0,
    );
    let v = run(vec![two, other], &[]);
    assert!(
        !kinds(&v, "count").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_month_alone_agrees_with_a_date_in_that_month() {
    const DATE: Attribute = Attribute::Value(ValueKind::Date);
    let report = |id: &str, when: &str, key: &str| {
        doc(
            id,
            &format!(
                "The frigate was deployed to the Gulf of Aden on {when} to escort merchant ships."
            ),
        )
        .fact(0, when, DATE, "date", key, None)
    };
    let v = run(
        vec![
            report("a", "September 15, 2008", "2008-09-15"),
            report("b", "September", "--09"),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "date").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    let v = run(
        vec![
            report("a", "September 15, 2008", "2008-09-15"),
            report("b", "October", "--10"),
        ],
        &[],
    );
    assert!(
        kinds(&v, "date").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_stamp_of_calendar_words_and_a_few_names_dates_the_page_not_the_event() {
    const TIME: Attribute = Attribute::Value(ValueKind::Time);
    let stamp = doc(
        "a",
        "Reuters Mumbai desk, Thursday Sept 12, 2011, 05.51 GMT",
    )
    .fact(0, "05.51", TIME, "time", "05:51", Some(5.85));
    let report = doc("b", "Reuters Mumbai desk: pirates attacked the convoy on Thursday Sept 12 at 09.25 GMT, the navy said.")
        .fact(0, "09.25", TIME, "time", "09:25", Some(9.42));
    let v = run(vec![stamp, report], &[]);
    assert!(
        !kinds(&v, "time").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_part_and_the_running_total_one_report_gives_are_no_self_contradiction() {
    let seized = |total: &str| {
        doc("a", &format!("During the operation, six rifles, 12 magazines and 300 rounds of ammunition were found and seized, the officer said.\nThe officer said the ship has seized {total} 31 magazines and 923 rounds of ammunition during the operations."))
            .fact(0, "12 magazines", COUNT, "count:magazine", "12 magazine", Some(12.0))
            .fact(1, "31 magazines", COUNT, "count:magazine", "31 magazine", Some(31.0))
    };
    let v = run(vec![seized("a total of")], &[]);
    assert!(
        !kinds(&v, "count").contains(&VerdictKind::SelfContradiction),
        "{v:#?}"
    );
    let v = run(vec![seized("some")], &[]);
    assert!(
        kinds(&v, "count").contains(&VerdictKind::SelfContradiction),
        "{v:#?}"
    );
}

#[test]
fn a_short_sentence_with_a_verb_and_a_clock_time_dates_the_event() {
    const WEEKDAY: Attribute = Attribute::Value(ValueKind::Weekday);
    // Context as the analyze stage writes it: stems, the clock time, the verb.
    let marked = |mut d: Doc, words: &[&str], verb: &str| {
        let f = d.analysis.facts.last_mut().expect("a fact");
        f.context = words.iter().map(|w| w.to_string()).collect();
        f.context.push("#20:30".into());
        f.context.push(format!("{}{verb}", context::ANCHOR));
        d
    };
    let short = marked(
        doc(
            "a",
            "The shootings happened shortly after 8:30 p.m. Saturday.",
        )
        .fact(0, "Saturday", WEEKDAY, "weekday", "saturday", None),
        &["happen", "shoot", "short"],
        "happen",
    );
    let long = marked(
        doc("b", "The shooting took place along Roosevelt Boulevard inside the old Nabisco factory at 8:30 p.m. Thursday night.")
            .fact(0, "Thursday", WEEKDAY, "weekday", "thursday", None),
        &["shoot", "took", "place", "along", "roosevelt", "boulevard", "insid", "nabisco", "factori", "night"],
        "take",
    );
    let v = run(vec![short, long], &[]);
    assert!(
        kinds(&v, "weekday").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn two_vague_amounts_of_one_order_say_the_same() {
    let caught = |id: &str, amount: &str, key: &str, n: f64| {
        doc(
            id,
            &format!("Police caught up with the driver, who is from Schenectady, {amount} away."),
        )
        .fact(0, amount, COUNT, "count:block", key, Some(n))
    };
    let v = run(
        vec![
            caught("a", "a few blocks", "2+ block", 2.0),
            caught("b", "several blocks", "3+ block", 3.0),
        ],
        &[],
    );
    assert!(
        !kinds(&v, "count").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
    let v = run(
        vec![
            caught("a", "dozens of blocks", "24+ block", 24.0),
            caught("b", "hundreds of blocks", "200+ block", 200.0),
        ],
        &[],
    );
    assert!(
        kinds(&v, "count").contains(&VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn a_misspelt_given_name_is_contested_not_merged() {
    let v = run(
        vec![
            doc("a", "The diver Paul-Henri Nargeolet was aboard.").fact(
                0,
                "Paul-Henri",
                GIVEN,
                "nargeolet",
                "paul-henri",
                None,
            ),
            doc("b", "The diver Paul-Henry Nargeolet was aboard.").fact(
                0,
                "Paul-Henry",
                GIVEN,
                "nargeolet",
                "paul-henry",
                None,
            ),
        ],
        &[],
    );
    assert_eq!(
        kinds(&v, "given_name"),
        vec![VerdictKind::Contested],
        "{v:#?}"
    );
}

#[test]
fn a_surname_spelt_two_ways_is_contested_with_the_surname_quoted() {
    let v = run(
        vec![
            doc("a", "Salvage chief Paul Hankins spoke to reporters.")
                .fact(0, "Paul", GIVEN, "hankins", "paul", None)
                .person(0, "Paul", "Hankins"),
            doc("b", "Navy official Paul Hankin said the search goes on.")
                .fact(0, "Paul", GIVEN, "hankin", "paul", None)
                .person(0, "Paul", "Hankin"),
        ],
        &[],
    );
    let spelling: Vec<&Verdict> = v
        .iter()
        .filter(|x| x.attribute == "surname_spelling")
        .collect();
    assert_eq!(spelling.len(), 1, "{v:#?}");
    assert_eq!(spelling[0].kind, VerdictKind::Contested);
    let quoted: Vec<&str> = spelling[0]
        .values
        .iter()
        .map(|val| {
            &val.sources[0].quote[val.sources[0].value_start - val.sources[0].start
                ..val.sources[0].value_end - val.sources[0].start]
        })
        .collect();
    assert_eq!(quoted, vec!["Hankin", "Hankins"]);
}

#[test]
fn a_full_name_transliterated_two_ways_is_one_name_spelt_two_ways() {
    let v = run(
        vec![
            doc(
                "a",
                "The health minister, Othman Belkacemi, said the toll would rise.",
            )
            .fact(0, "Othman", GIVEN, "belkacemi", "othman", None)
            .person(0, "Othman", "Belkacemi"),
            doc("b", "Health minister Osman Belkasemi visited the port.")
                .fact(0, "Osman", GIVEN, "belkasemi", "osman", None)
                .person(0, "Osman", "Belkasemi"),
        ],
        &[],
    );
    assert!(
        v.iter()
            .any(|x| x.attribute == "surname_spelling" && x.kind == VerdictKind::Contested),
        "{v:#?}"
    );
}

#[test]
fn different_surnames_or_given_names_are_not_spellings() {
    let v = run(
        vec![
            doc("a", "Paul Hankins spoke.")
                .fact(0, "Paul", GIVEN, "hankins", "paul", None)
                .person(0, "Paul", "Hankins"),
            doc("b", "Mary Hankin spoke.")
                .fact(0, "Mary", GIVEN, "hankin", "mary", None)
                .person(0, "Mary", "Hankin"),
            doc("c", "Paul Jenkins spoke.")
                .fact(0, "Paul", GIVEN, "jenkins", "paul", None)
                .person(0, "Paul", "Jenkins"),
            // A report that writes both spellings writes two words.
            doc("d", "West German teams.\nIn West Germany.")
                .fact(0, "West", GIVEN, "german", "west", None)
                .person(0, "West", "German")
                .fact(1, "West", GIVEN, "germany", "west", None)
                .person(1, "West", "Germany"),
            doc("e", "The West German league.")
                .fact(0, "West", GIVEN, "german", "west", None)
                .person(0, "West", "German"),
        ],
        &[],
    );
    assert!(
        v.iter().all(|x| x.attribute != "surname_spelling"),
        "{v:#?}"
    );
}

#[test]
fn verdicts_name_the_rules_that_lined_their_values_up() {
    // The same sentence but for the figure: lined up by its words.
    let v = run(
        vec![
            doc(
                "a",
                "The ferry carried 212 passengers when it struck the Lindholm breakwater.",
            )
            .fact(0, "212", COUNT, "count:passenger", "212", Some(212.0)),
            doc(
                "b",
                "The ferry carried 214 passengers when it struck the Lindholm breakwater.",
            )
            .fact(0, "214", COUNT, "count:passenger", "214", Some(214.0)),
        ],
        &[],
    );
    let contest = v
        .iter()
        .find(|x| x.kind == VerdictKind::Contested)
        .expect("a contest");
    assert!(
        contest.rules.contains(&Rule::ContextAligned),
        "{:?}",
        contest.rules
    );
    // Serialised under their printed names.
    let json = serde_json::to_value(contest).unwrap();
    assert!(
        json["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "context-aligned"),
        "{json}"
    );
}

#[test]
fn a_toll_that_moved_with_the_reports_other_tolls_is_a_timeline() {
    // The earlier report: 820 dead, 672 injured; the later: 2,012 dead,
    // 2,059 injured. Neither says "rose", but the deaths show the two
    // reports are of two moments, so the injured figure moved too.
    let early = "The quake killed 820 people in the mountains.\nAnother 672 people were injured in the quake.";
    let late = "The quake killed 2,012 people in the mountains.\nAnother 2,059 people were injured in the quake.";
    let report = |id: &str, text: &str, dead: (&str, f64), hurt: (&str, f64)| {
        doc(id, text)
            .fact(0, dead.0, COUNT, "count:people", dead.0, Some(dead.1))
            .framed(Measure::Deaths, dead.1)
            .fact(1, hurt.0, COUNT, "count:people", hurt.0, Some(hurt.1))
            .framed(Measure::Injured, hurt.1)
    };
    let v = run(
        vec![
            report("a", early, ("820", 820.0), ("672", 672.0)),
            report("b", late, ("2,012", 2012.0), ("2,059", 2059.0)),
        ],
        &[],
    );
    let injured = v
        .iter()
        .find(|x| x.values.iter().any(|val| val.value == "672"))
        .expect("the injured figure");
    assert_eq!(injured.kind, VerdictKind::Timeline, "{v:#?}");
    // Undated, two reports' figures of a toll were counted when each was
    // written: its timeline. Dated to one day by both, they are rival
    // counts of that day.
    let injured = |as_of: Option<&str>| {
        let one = |id: &str, figure: &str, n: f64| {
            let mut d = doc(
                id,
                &format!("Another {figure} people were injured on Saturday."),
            )
            .fact(0, figure, COUNT, "count:people", figure, Some(n))
            .framed(Measure::Injured, n);
            let f = d.analysis.facts.last_mut().unwrap().frame.as_mut().unwrap();
            f.as_of = as_of.map(str::to_string);
            d
        };
        run(vec![one("a", "672", 672.0), one("b", "2,059", 2059.0)], &[])
    };
    let undated = injured(None);
    assert!(
        undated.iter().any(|x| x.kind == VerdictKind::Timeline),
        "{undated:#?}"
    );
    let dated = injured(Some("saturday"));
    assert!(
        dated.iter().any(|x| x.kind == VerdictKind::Contested),
        "{dated:#?}"
    );
}

#[test]
fn the_toll_of_an_earlier_years_event_is_settled_not_a_timeline() {
    let report = |id: &str, figure: &str, n: f64, holder: Option<Holder>| {
        let text = format!("It passed the toll of the fire of 2018, which killed {figure} people.");
        let mut d = doc(id, &text)
            .published("2023-08-12")
            .fact(0, figure, COUNT, "count:people", figure, Some(n))
            .framed(Measure::Deaths, n);
        let f = d.analysis.facts.last_mut().unwrap().frame.as_mut().unwrap();
        f.holder = holder;
        f.update = true;
        d
    };
    let past = Some(Holder::Year(2018));
    let v = run(
        vec![
            report("a", "85", 85.0, past.clone()),
            report("b", "86", 86.0, past),
        ],
        &[],
    );
    assert!(v.iter().any(|x| x.kind == VerdictKind::Contested), "{v:#?}");
    // The story's own toll, given as an update, moves.
    let v = run(
        vec![report("a", "85", 85.0, None), report("b", "86", 86.0, None)],
        &[],
    );
    assert!(v.iter().any(|x| x.kind == VerdictKind::Timeline), "{v:#?}");
}

#[test]
fn a_report_that_times_one_verb_two_ways_contradicts_itself() {
    const DURATION: Attribute = Attribute::Value(ValueKind::Duration);
    let anchored = |mut d: Doc| {
        for f in &mut d.analysis.facts {
            f.context.push(format!("{}lose", context::ANCHOR));
        }
        d
    };
    let v = run(
        vec![
            anchored(doc("a", "The crew lost contact with the submersible 105 minutes into its dive on Sunday.").fact(0, "105 minutes", DURATION, "duration", "6300s", Some(105.0))),
            anchored(doc("b", "Its support ship lost contact with the submersible 105 minutes into the dive.").fact(0, "105 minutes", DURATION, "duration", "6300s", Some(105.0))),
            anchored(
                doc("c", "The vessel lost contact 45 minutes after submerging on Sunday.\nA research ship reported it lost contact about 105 minutes later.")
                    .fact(0, "45 minutes", DURATION, "duration", "2700s", Some(45.0))
                    .fact(1, "105 minutes", DURATION, "duration", "6300s", Some(105.0)),
            ),
        ],
        &[],
    );
    let own = v
        .iter()
        .find(|x| x.kind == VerdictKind::SelfContradiction)
        .unwrap_or_else(|| panic!("{v:#?}"));
    assert!(own.rules.contains(&Rule::SameMoment), "{:?}", own.rules);
    assert!(own
        .values
        .iter()
        .all(|val| val.sources.iter().all(|e| e.document.as_str() == "c")));
}

#[test]
fn a_title_written_as_a_mans_and_as_a_womans_is_contested() {
    const TITLE_OF: Attribute = Attribute::Title;
    let v = run(
        vec![
            doc("a", "Morgue staff are overwhelmed, said Sami Adel, a spokeswoman for the ambulance service.")
                .fact(0, "spokeswoman", TITLE_OF, "adel", "spokesman", None)
                .fact(0, "spokeswoman", Attribute::Status, "adel|spokesman", "current", None),
            doc("b", "Ambulance service spokesman Sami Adel said hospitals had stopped working.")
                .fact(0, "spokesman", TITLE_OF, "adel", "spokesman", None)
                .fact(0, "spokesman", Attribute::Status, "adel|spokesman", "current", None),
        ],
        &[],
    );
    let titles: Vec<&Verdict> = v.iter().filter(|x| x.attribute == "title").collect();
    assert_eq!(
        titles.len(),
        1,
        "no corroboration swallows the contest: {titles:#?}"
    );
    // Nor does a corroboration of the status the same phrases state.
    assert!(v.iter().all(|x| x.attribute != "status"), "{v:#?}");
    assert_eq!(titles[0].kind, VerdictKind::Contested);
    assert!(titles[0].rules.contains(&Rule::GenderDiffers));
    // The same form in both reports is one title.
    let v = run(
        vec![
            doc("a", "Sami Adel, a spokesman for the service, spoke.").fact(
                0,
                "spokesman",
                TITLE_OF,
                "adel",
                "spokesman",
                None,
            ),
            doc("b", "Service spokesman Sami Adel spoke.").fact(
                0,
                "spokesman",
                TITLE_OF,
                "adel",
                "spokesman",
                None,
            ),
        ],
        &[],
    );
    assert!(v.iter().all(|x| x.kind != VerdictKind::Contested), "{v:#?}");
}
