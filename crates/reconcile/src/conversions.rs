//! Figures converted in brackets, checked against arithmetic.
//!
//! "The quake struck seven km (4 miles) east of Dargahan" is consistent;
//! "seven km (11 miles)" cannot be: seven kilometres is about 4.3 miles. A
//! report whose bracketed conversion does not match its figure has had one
//! of the two changed (rewrites and content farms change a figure and miss
//! its conversion) or mistyped, and a reader can check it in seconds. The
//! values stage leaves bracketed conversions out of its comparisons across
//! reports (outlets round and convert differently); this is where they are
//! used.
//!
//! The unit table is written here rather than taken from a units crate:
//! the analyze stage already names each unit by one word ("kilometre",
//! "pound"), and all that is needed is each one's size in its dimension's
//! base unit.

use crosscheck_model::{Analysis, Document, Value, ValueKind, Verdict};

use crate::evidence::{in_sentence, self_contradiction};
use crate::pool::Pool;

/// A conversion within this fraction of the exact one is a rounding.
const TOLERANCE: f64 = 0.2;

/// Self-contradiction verdicts for bracketed conversions that do not match
/// the figure before them.
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let mut out = Vec::new();
    for (doc, analysis) in pool.docs.iter().zip(pool.analyses) {
        for (figure, converted) in bracketed_pairs(doc, analysis) {
            let (Some(a), Some(b)) = (measure(figure), measure(converted)) else {
                continue;
            };
            if a.dimension != b.dimension || a.unit == b.unit {
                continue;
            }
            let exact = a.amount * a.size / b.size;
            if agrees(exact, b.amount, figure, converted, a.size / b.size) {
                continue;
            }
            let stated = doc.slice(figure.span);
            let bracketed = doc.slice(converted.span);
            out.push(self_contradiction(
                format!("the figure {stated}"),
                "conversion",
                format!(
                    "{} gives {stated} as {bracketed} in brackets, but {stated} is about {} {}.",
                    doc.id,
                    round(exact),
                    plural(b.unit, exact)
                ),
                vec![
                    in_sentence(
                        doc,
                        analysis,
                        figure.sentence,
                        figure.span,
                        stated.to_string(),
                    ),
                    in_sentence(
                        doc,
                        analysis,
                        converted.sentence,
                        converted.span,
                        bracketed.to_string(),
                    ),
                ],
                crosscheck_model::Rule::ConversionCheck,
            ));
        }
    }
    out
}

/// A quantity with a unit the table knows.
struct Measure<'a> {
    amount: f64,
    unit: &'a str,
    dimension: Dimension,
    /// The unit's size in its dimension's base unit.
    size: f64,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dimension {
    Length,
    Mass,
    Area,
    Volume,
    Speed,
}

/// Units and their size in metres, kilograms, square metres, litres or
/// metres per second. The ton is the short ton (the long one is 12% more,
/// inside [`TOLERANCE`]); the gallon is the US one (the imperial one is
/// 20% more, at its edge).
const UNITS: &[(&str, Dimension, f64)] = &[
    ("millimetre", Dimension::Length, 0.001),
    ("centimetre", Dimension::Length, 0.01),
    ("metre", Dimension::Length, 1.0),
    ("kilometre", Dimension::Length, 1000.0),
    ("inch", Dimension::Length, 0.0254),
    ("foot", Dimension::Length, 0.3048),
    ("yard", Dimension::Length, 0.9144),
    ("mile", Dimension::Length, 1609.344),
    ("gram", Dimension::Mass, 0.001),
    ("kilogram", Dimension::Mass, 1.0),
    ("tonne", Dimension::Mass, 1000.0),
    ("ton", Dimension::Mass, 907.185),
    ("pound", Dimension::Mass, 0.453_592),
    ("ounce", Dimension::Mass, 0.028_349_5),
    ("acre", Dimension::Area, 4046.86),
    ("hectare", Dimension::Area, 10_000.0),
    ("litre", Dimension::Volume, 1.0),
    ("gallon", Dimension::Volume, 3.785_41),
    ("barrel", Dimension::Volume, 158.987),
    ("mph", Dimension::Speed, 0.447_04),
    ("km/h", Dimension::Speed, 0.277_778),
    ("knot", Dimension::Speed, 0.514_444),
];

fn measure(v: &Value) -> Option<Measure<'_>> {
    if v.kind != ValueKind::Quantity {
        return None;
    }
    let amount = v.number.filter(|n| *n > 0.0)?;
    let unit = v.unit.as_deref()?;
    let &(_, dimension, size) = UNITS.iter().find(|(u, _, _)| *u == unit)?;
    Some(Measure {
        amount,
        unit,
        dimension,
        size,
    })
}

/// Each quantity immediately followed by another in brackets:
/// "seven km (4 miles)", "948 feet (289 metres)".
fn bracketed_pairs<'a>(doc: &Document, analysis: &'a Analysis) -> Vec<(&'a Value, &'a Value)> {
    let mut values: Vec<&Value> = analysis
        .values
        .iter()
        .filter(|v| v.kind == ValueKind::Quantity)
        .collect();
    values.sort_by_key(|v| v.span.start);
    values
        .windows(2)
        .filter(|w| w[0].sentence == w[1].sentence && w[0].span.end <= w[1].span.start)
        .filter(|w| doc.text[w[0].span.end..w[1].span.start].trim() == "(")
        .map(|w| (w[0], w[1]))
        .collect()
}

/// Does the bracketed `stated` amount round `exact`? Either side may be
/// the rounded one, to its last significant digit: "1 mile (2 km)" is
/// 1.6 km rounded up, "500 km (300 miles)" is 311 miles rounded down, and
/// "4 miles (6.4 km)" rounds the other way.
fn agrees(exact: f64, stated: f64, figure: &Value, converted: &Value, factor: f64) -> bool {
    let slack = TOLERANCE * exact.max(stated) + step(converted) / 2.0 + factor * step(figure) / 2.0;
    (exact - stated).abs() <= slack
}

/// The place of a figure's last significant digit: 1 for "4", 100 for
/// "300", 0.1 for "6.4".
fn step(v: &Value) -> f64 {
    let n = v.number.unwrap_or(0.0);
    if n.fract() != 0.0 {
        let digits = format!("{n}").split('.').nth(1).map_or(0, str::len);
        return 10f64.powi(-(digits as i32));
    }
    let mut step = 1.0;
    while n >= step * 10.0 && (n / (step * 10.0)).fract() == 0.0 {
        step *= 10.0;
    }
    step
}

fn round(x: f64) -> String {
    if x >= 10.0 {
        format!("{:.0}", x)
    } else {
        format!("{:.1}", x)
    }
}

fn plural(unit: &str, amount: f64) -> String {
    if (amount - 1.0).abs() < 0.05 || unit.contains('/') || unit == "mph" {
        return unit.to_string();
    }
    match unit {
        "foot" => "feet".to_string(),
        "inch" => "inches".to_string(),
        _ => format!("{unit}s"),
    }
}
