//! Typed fact frames: what a figure measures, of what, where, as of when,
//! on whose word and how exactly.
//!
//! A bag of context words can tell that two sentences are alike; it cannot
//! tell that "the 6.7 metre-long vessel" and "the 21-foot submersible" give
//! one fact, nor that "killed 453 people" in 1918 and "killing at least 96
//! people" this week give two. A frame says so in types: the analyze stage
//! fills it from its lexicon, and the reconcile stage compares frames
//! without reading the sentence again.

use serde::{Deserialize, Serialize};

/// What a figure measures. Tolls (people killed, hurt, missing, …) are
/// counted in people; physical measures in their SI base unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// People killed or dead.
    Deaths,
    /// People injured.
    Injured,
    /// People injured and in a critical condition: a part of [`Measure::Injured`].
    Critical,
    /// People missing or unaccounted for.
    Missing,
    /// People displaced, evacuated, left homeless.
    Displaced,
    /// People rescued.
    Rescued,
    /// How many people live somewhere.
    Population,
    /// An earthquake's magnitude.
    Magnitude,
    /// How deep something is (a quake's focus, a wreck), in metres.
    Depth,
    /// How far something is from a place, in metres.
    Distance,
    /// How long a thing is (a vessel, a bridge), in metres.
    Length,
    /// How high something is (a wave, a building), in metres.
    Height,
    /// An area (searched, burnt, flooded), in square metres.
    Area,
}

impl Measure {
    /// A count of people something happened to: a toll, which grows as a
    /// story goes on.
    pub fn is_toll(self) -> bool {
        matches!(
            self,
            Measure::Deaths
                | Measure::Injured
                | Measure::Critical
                | Measure::Missing
                | Measure::Displaced
                | Measure::Rescued
        )
    }

    /// Lower-case name for reports and JSON: "deaths", "magnitude".
    pub fn name(self) -> &'static str {
        match self {
            Measure::Deaths => "deaths",
            Measure::Injured => "injured",
            Measure::Critical => "critically injured",
            Measure::Missing => "missing",
            Measure::Displaced => "displaced",
            Measure::Rescued => "rescued",
            Measure::Population => "population",
            Measure::Magnitude => "magnitude",
            Measure::Depth => "depth",
            Measure::Distance => "distance",
            Measure::Length => "length",
            Measure::Height => "height",
            Measure::Area => "area",
        }
    }
}

/// How exactly a figure is given.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// As written: "820 people".
    #[default]
    Exact,
    /// "about", "around", "some", "nearly", "an estimated".
    About,
    /// "at least", "more than", "over": the true figure is this or higher.
    AtLeast,
    /// "up to", "as many as", "less than": the true figure is this or lower.
    AtMost,
    /// A vague amount ("dozens", "hundreds of thousands", "several"): at
    /// least the smallest figure it admits, and under the next order of
    /// magnitude, since a writer who knew of 296 would say "hundreds".
    Vague,
}

impl Bound {
    /// True for a figure as written, with no bound word.
    pub fn is_exact(&self) -> bool {
        *self == Bound::Exact
    }
}

/// The thing or event a figure belongs to, when it is not the story's own
/// main event: "an aftershock", "the 1995 Kobe quake".
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Holder {
    /// An aftershock or foreshock, not the main shock.
    Aftershock,
    /// An event of this year, named in the figure's clause ("since 1918,
    /// when 453 people died"; "the 2018 Camp Fire, which claimed 86 lives").
    Year(i32),
}

/// One figure, typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    /// What is measured.
    pub measure: Measure,
    /// The thing or event it belongs to, if not the story's main event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<Holder>,
    /// The place the figure is given for ("31 people died in Wajima"), or,
    /// for a distance, the place it is measured from; lower-case key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The day the figure is given as of ("as of early Friday", "rose to 93
    /// on Saturday"), lower case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// The figure is stated as an update ("rose to", "has risen to",
    /// "climbed to", "latest").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub update: bool,
    /// Who the sentence credits the figure to (an organisation's or
    /// person's key: "us geological survey").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// For a distance, the compass bearing from its scope place, in
    /// degrees clockwise from north ("72 km southwest of Marrakesh": 225).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearing: Option<f64>,
    /// How exactly it is given.
    #[serde(default)]
    pub bound: Bound,
    /// The figure in the measure's base unit (people, metres, m², magnitude).
    pub amount: f64,
    /// The rounding step of the figure as written, in the base unit: 1 for
    /// "2,012", 1,000 for "2,000", 0.1 for "6.8", 0.3048 for "21 feet".
    pub step: f64,
}

impl Frame {
    /// True when the two figures can be the same true value, given how each
    /// is rounded and bounded: "72 km" and "45 miles"; "more than 2,000"
    /// and "2,012"; "about 125,000" and "120,000".
    pub fn agrees_with(&self, other: &Frame) -> bool {
        // Open intervals: "6.8" (6.75 to 6.85) and "6.9" (6.85 to 6.95) only
        // touch, and are two readings.
        let (a, b) = (self.interval(), other.interval());
        a.0 < b.1 && b.0 < a.1 && self.same_bearing(other)
    }

    /// True unless both figures give a bearing and they are more than one
    /// compass point (45°) apart: "southwest" and "south-southwest" are one
    /// direction told finer, "southwest" and "northeast" are not.
    fn same_bearing(&self, other: &Frame) -> bool {
        match (self.bearing, other.bearing) {
            (Some(a), Some(b)) => {
                let d = (a - b).rem_euclid(360.0);
                d.min(360.0 - d) <= MAX_BEARING_GAP
            }
            _ => true,
        }
    }

    /// True when the figure's last significant digit is 0 or 5.
    fn is_round(&self) -> bool {
        self.step > 0.0 && ((self.amount / self.step).round() as i64) % 5 == 0
    }

    /// The range of true values the figure allows.
    fn interval(&self) -> (f64, f64) {
        // A hair under half a step, so that figures one step apart (6.8 and
        // 6.9) do not meet at a shared edge through float rounding.
        let half = self.step / 2.0 * (1.0 - 1e-6);
        let slack = ABOUT_SLACK * self.amount.abs();
        match self.bound {
            Bound::Exact => (self.amount - half, self.amount + half),
            // "about 125,000" is a round figure standing for a range; "some
            // 72 km" is as exact as its digits.
            Bound::About if self.is_round() => {
                (self.amount - half.max(slack), self.amount + half.max(slack))
            }
            Bound::About => (self.amount - half, self.amount + half),
            Bound::AtLeast => (self.amount - half, f64::INFINITY),
            Bound::AtMost => (f64::NEG_INFINITY, self.amount + half),
            Bound::Vague => (self.amount - half, vague_ceiling(self.amount)),
        }
    }
}

/// The figure a vague amount stays under: the next power of ten above its
/// smallest figure ("dozens", 24: under 100; "thousands", 2,000: under
/// 10,000; "several", 3: under 10).
pub fn vague_ceiling(floor: f64) -> f64 {
    if floor <= 0.0 {
        return f64::INFINITY;
    }
    10f64.powi(floor.log10().floor() as i32 + 1)
}

/// Degrees two bearings of one distance may differ by and still agree.
pub const MAX_BEARING_GAP: f64 = 45.0;

/// How far an "about" figure may be from the true one: "about 13,000
/// feet" is 12,500 feet, but "some 77 kilometres" is not 72.
pub const ABOUT_SLACK: f64 = 0.05;

/// What a stated day or clock time dates. A story's reports name many
/// moments (when the quake struck, when a minister spoke, when a toll was
/// counted), and only two datings of one moment can disagree: "struck on
/// Monday" and "said on Tuesday" are two facts, as are "held a press
/// conference at 4:30 PM" and "another press conference was held at 1 PM".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "dates")]
pub enum Moment {
    /// When something happened or will: the verb the time hangs on
    /// (Snowball stem: "strike", "occur", "meet").
    Event {
        /// The verb's stem.
        verb: String,
        /// The clause marks a repeat ("another", "again", "a second"):
        /// one more occurrence of the verb, not the first one restated.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        again: bool,
        /// The time zone the report names right after the time ("late on
        /// Saturday (AEST)", "2211 GMT"), upper case: a day or hour in
        /// another zone is a conversion, not a rival dating.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        zone: Option<String>,
    },
    /// When something was said ("said on Saturday", "when asked on
    /// Sunday"): the report's own time line, not the event's.
    Telling,
    /// The day or hour a running figure was counted at ("as of Tuesday
    /// morning", "had reached 72 on Wednesday", "by 8 a.m."): it dates the
    /// figure, which a later count replaces.
    Snapshot,
}

impl Moment {
    /// True when two datings can be of one moment, and so disagree if
    /// their values differ: both date the same verb in the same zone, and
    /// neither is a marked repeat.
    pub fn same_moment(&self, other: &Moment) -> bool {
        match (self, other) {
            (
                Moment::Event {
                    verb: a,
                    again: ra,
                    zone: za,
                },
                Moment::Event {
                    verb: b,
                    again: rb,
                    zone: zb,
                },
            ) => a == b && !ra && !rb && za == zb,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vague_amount_stays_under_the_next_power_of_ten() {
        assert_eq!(vague_ceiling(24.0), 100.0);
        assert_eq!(vague_ceiling(200.0), 1000.0);
        assert_eq!(vague_ceiling(3.0), 10.0);
        assert_eq!(vague_ceiling(20_000.0), 100_000.0);
    }
}
