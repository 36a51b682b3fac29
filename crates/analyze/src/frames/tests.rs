//! Frame slots on sentences written for these tests.

use crosscheck_model::{Bound, Document, Fact, Frame, Holder, Measure};

/// The fact analyze finds at the figure `figure` in `text`.
fn fact_at(text: &str, figure: &str) -> Option<Fact> {
    let doc = Document::from_text("t", "t.txt", text);
    let analysis = crate::analyze(&doc);
    let at = text.find(figure).expect("figure in text");
    analysis
        .facts
        .into_iter()
        .find(|f| f.span.start <= at && at < f.span.end)
}

/// The frame of the figure `figure` in `text`.
fn frame_of(text: &str, figure: &str) -> Option<Frame> {
    fact_at(text, figure)?.frame
}

#[test]
fn a_length_is_a_depth_a_distance_a_length_or_a_height_by_the_word_next_to_it() {
    let text = "The quake struck at a depth of 12 kilometres, about 40 km southwest of Tarnow, officials said.";
    assert_eq!(
        frame_of(text, "12 kilometres").map(|f| f.measure),
        Some(Measure::Depth)
    );
    let distance = frame_of(text, "40 km").expect("a frame");
    assert_eq!(distance.measure, Measure::Distance);
    assert_eq!(distance.scope.as_deref(), Some("tarnow"));
    assert_eq!(
        frame_of("Divers reached the 30-foot trawler at dawn.", "30-foot").map(|f| f.measure),
        Some(Measure::Length)
    );
    assert_eq!(
        frame_of("Waves as high as 4 metres hit the harbour.", "4 metres")
            .map(|f| (f.measure, f.bound)),
        Some((Measure::Height, Bound::AtMost))
    );
}

#[test]
fn a_length_in_feet_is_counted_in_metres_with_its_rounding() {
    let f = frame_of("Divers reached the 30-foot trawler at dawn.", "30-foot").expect("a frame");
    assert!((f.amount - 9.144).abs() < 1e-6);
    assert!(f.step > 0.0 && f.step <= 3.048);
}

#[test]
fn a_count_of_people_is_the_toll_its_outcome_word_names() {
    let text = "The storm killed at least 41 people and injured 300, including 12 in a critical condition.";
    let dead = frame_of(text, "41 people").expect("a frame");
    assert_eq!(
        (dead.measure, dead.bound),
        (Measure::Deaths, Bound::AtLeast)
    );
    let text = "Another 80 people were injured, including 12 people in a critical condition.";
    assert_eq!(
        frame_of(text, "12 people").map(|f| f.measure),
        Some(Measure::Critical)
    );
    assert_eq!(
        frame_of("Rescuers found 14 trucks buried in mud.", "14 trucks"),
        None
    );
}

#[test]
fn a_year_in_the_clause_gives_the_figure_to_another_event() {
    let text = "It is the deadliest blaze since 1871, when 250 people died in a fire in Chicago.";
    assert_eq!(
        frame_of(text, "250 people").and_then(|f| f.holder),
        Some(Holder::Year(1871))
    );
}

#[test]
fn an_update_and_its_day_are_read() {
    let f = frame_of(
        "The death toll has risen to 58 as of Thursday, the ministry said.",
        "58",
    )
    .expect("a frame");
    assert!(f.update);
    assert_eq!(f.as_of.as_deref(), Some("thursday"));
}

#[test]
fn a_figure_is_credited_to_the_organisation_before_it() {
    let text = "The Seismic Bureau measured magnitude 6.1 and the European-Mediterranean Seismological Centre magnitude 6.3.";
    let a = frame_of(text, "magnitude 6.1");
    let b = frame_of(text, "magnitude 6.3");
    assert!(a.is_some() && b.is_some());
    assert_ne!(a.and_then(|f| f.attribution), b.and_then(|f| f.attribution));
}

#[test]
fn an_aftershock_magnitude_is_the_aftershock_s() {
    let f = frame_of(
        "A magnitude 5.2 aftershock rattled the valley on Sunday.",
        "magnitude 5.2",
    )
    .expect("a frame");
    assert_eq!(f.holder, Some(Holder::Aftershock));
}

#[test]
fn lives_counted_are_lives_lost_unless_a_verb_says_otherwise() {
    let text = "The storm of 1987, which claimed 42 lives, was the worst until now.";
    let f = frame_of(text, "42 lives").expect("a frame");
    assert_eq!(
        (f.measure, f.holder),
        (Measure::Deaths, Some(Holder::Year(1987)))
    );
    let saved = frame_of("Lifeguards saved 12 lives on the beach.", "12 lives").map(|f| f.measure);
    assert_eq!(saved, Some(Measure::Rescued));
}

#[test]
fn every_figure_keeps_its_written_bound_longest_phrase_first() {
    let bound_of = |text: &str, figure: &str| fact_at(text, figure).map(|f| f.value.bound);
    // Trucks have no frame: the bound is on the fact's value all the same.
    assert_eq!(
        bound_of("Crews used at least two ladder trucks.", "two"),
        Some(Bound::AtLeast)
    );
    assert_eq!(
        bound_of("Crews used no more than five ladder trucks.", "five"),
        Some(Bound::AtMost)
    );
    assert_eq!(
        bound_of("Crews used five ladder trucks.", "five"),
        Some(Bound::Exact)
    );
}

#[test]
fn a_vague_amount_is_bounded_by_the_next_order_of_magnitude() {
    let f = frame_of("Dozens feared dead as floods sweep Varnow", "Dozens").expect("a frame");
    assert_eq!((f.measure, f.bound), (Measure::Deaths, Bound::Vague));
    let exact = |amount: f64| Frame {
        bound: Bound::Exact,
        amount,
        step: 1.0,
        ..f.clone()
    };
    assert!(f.agrees_with(&exact(40.0)));
    assert!(!f.agrees_with(&exact(212.0)));
    let hundreds =
        frame_of("Hundreds of people are missing in Varnow.", "Hundreds").expect("a frame");
    assert_eq!(hundreds.measure, Measure::Missing);
    assert!(hundreds.agrees_with(&exact(450.0)) && !hundreds.agrees_with(&exact(4500.0)));
}

#[test]
fn the_state_written_after_a_count_names_its_toll() {
    let text = "The floods left hundreds of people missing and over 5,000 people believed dead.";
    assert_eq!(
        frame_of(text, "5,000").map(|f| (f.measure, f.bound)),
        Some((Measure::Deaths, Bound::AtLeast))
    );
    assert_eq!(
        frame_of(
            "Officials said 1,200 are still missing in the valley.",
            "1,200"
        )
        .map(|f| f.measure),
        Some(Measure::Missing)
    );
}

#[test]
fn a_toll_may_open_a_long_clause_that_ends_in_its_figure() {
    let text = "The official death toll from the floods in the northern town of Varnow has risen to 31 as of Thursday.";
    let f = frame_of(text, "31").expect("a frame");
    assert_eq!(f.measure, Measure::Deaths);
    assert!(f.update);
    // Without a linking word right before it, a figure that far from the
    // toll is not the toll's.
    let text = "The official death toll from the floods in the northern town of Varnow rose after 31 bridges fell.";
    assert_ne!(
        frame_of(text, "31").map(|f| f.measure),
        Some(Measure::Deaths)
    );
}

#[test]
fn nearly_a_figure_is_at_most_that_figure() {
    assert_eq!(
        frame_of("The fire killed nearly 100 people.", "100").map(|f| f.bound),
        Some(Bound::AtMost)
    );
}

#[test]
fn a_url_slug_gives_its_tolls_and_nothing_else() {
    let text = "URL: https://news.example/world/14-killed-as-magnitude-62-quake-hits-varnow-3321\n\nThe quake killed 31 people in Varnow on Thursday.";
    let mut doc = Document::from_text("t", "t.txt", text);
    doc.removed = vec![crosscheck_model::Removed {
        span: crosscheck_model::Span::new(0, text.find('\n').unwrap()),
        kind: crosscheck_model::NoiseKind::Header,
    }];
    let analysis = crate::analyze(&doc);
    let slug_start = text.find("14-killed").unwrap();
    let from_slug: Vec<&Fact> = analysis
        .facts
        .iter()
        .filter(|f| f.span.start >= slug_start && f.span.end < text.find('\n').unwrap())
        .collect();
    assert_eq!(from_slug.len(), 1, "{from_slug:?}");
    assert_eq!(from_slug[0].span.slice(text), "14-killed");
    assert_eq!(from_slug[0].frame.as_ref().map(|f| f.amount), Some(14.0));
    assert!(analysis
        .sentences
        .iter()
        .any(|s| s.headline && s.span.slice(text).starts_with("14-killed")));
}

#[test]
fn a_distance_carries_the_bearing_written_after_it() {
    let text = "The quake struck 72 kilometres (45 miles) south-west of Tarnow on Friday.";
    let f = fact_at(text, "72 kilometres").expect("a fact");
    let frame = f.frame.expect("a frame");
    assert_eq!(frame.measure, Measure::Distance);
    assert_eq!(frame.bearing, Some(225.0));
    assert_eq!(f.span.slice(text), "72 kilometres (45 miles) south-west");
    let ene = frame_of("It was centred 30 km east-northeast of Tarnow.", "30 km").expect("a frame");
    assert_eq!(ene.bearing, Some(67.5));
    let none = frame_of("It was centred 30 km from Tarnow.", "30 km").expect("a frame");
    assert_eq!(none.bearing, None);
    // One compass point apart agrees; opposite bearings do not.
    let at = |bearing: f64| Frame {
        bearing: Some(bearing),
        ..frame.clone()
    };
    assert!(at(225.0).agrees_with(&at(247.5)));
    assert!(!at(225.0).agrees_with(&at(45.0)));
    assert!(at(225.0).agrees_with(&Frame {
        bearing: None,
        ..frame.clone()
    }));
}
