//! The named rules that decide verdicts.
//!
//! Every verdict says which rules decided it (`"rules"` in JSON, `check
//! --explain` in the terminal), so a reader can tell a contest found by two
//! near-identical sentences from one found by a lone voice against a
//! consensus, and a developer can count what each rule does on an eval.
//! One list, here, so the names cannot drift between the stage that
//! applies a rule and the reports that print it.

use serde::{Deserialize, Serialize};

/// A rule of agreement or precision that decided (part of) a verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    // ---- How facts of different reports are lined up.
    /// Sentences share enough of the story's rarer words (context
    /// similarity at or above the alignment bar).
    ContextAligned,
    /// A value one origin gives against one several independent origins
    /// agree on is compared at a lower bar: drift looks like a lone voice.
    LoneVoice,
    /// Both reports give only this one value of the subject, so the bar is
    /// lower.
    OnlyValue,
    /// Two figures share a typed frame (what is measured, of what, where)
    /// however they are worded.
    SameFrame,
    /// A weekday or clock time dates the same moment: the same clock time,
    /// or the same verb's event, not a marked repeat or another time zone.
    SameMoment,
    /// One person's facts, lined up by the person's name.
    SamePerson,

    // ---- Why values are one fact, or two facts, not a conflict.
    /// The values are equal, or equal after normalising (units, rounding,
    /// nicknames, initials).
    SameValue,
    /// Figures whose rounding and bounds ("about", "at least", "up to")
    /// allow one true value.
    BoundsAllow,
    /// One figure is a part of another the same report gives ("12 of the
    /// 19 dead").
    PartAndTotal,
    /// Several independent reports state both values: two facts of the
    /// story side by side.
    CoStated,
    /// A figure is a running total that rose between reports, or a toll
    /// given as a floor, an update or as of another day.
    TollRises,
    /// A report credits the two values to two different sources.
    TwoSourcesReadings,
    /// Two durations of different orders of magnitude time different
    /// things ("12 seconds" left on the clock, "eight months" out).
    OtherScale,
    /// A lone report that also states the consensus value elsewhere, in a
    /// sentence that matches only in part, is talking of something else.
    LoneVoiceAgrees,

    // ---- What makes a verdict.
    /// Different values of one fact from different origins.
    ValuesDiffer,
    /// Two near-identical sentences of one report give different values.
    SameReportDiffers,
    /// A report's headline gives a figure its own body rules out ("Dozens
    /// feared dead" over a body that counts 296): a headline left behind
    /// when the body was updated, or written apart from it.
    HeadlineVsBody,
    /// A report gives a toll as at least some figure and, as plainly, as a
    /// smaller exact figure: an older count left in an updated article.
    BelowOwnFloor,
    /// Values that differ because they were reported at different times.
    ReportedAtDifferentTimes,
    /// Several independent origins state the value (copies count once).
    IndependentOrigins,
    /// Only one origin states the value.
    OneOrigin,
    /// A slip of spelling in a name ("Hankins", "Hankin"), compared
    /// across reports that give the same person.
    NameSpelling,
    /// Two titles from the vocabulary of offices that one person cannot
    /// hold at once, and no report gives both.
    ExclusiveTitles,
    /// "Former" against a title held now.
    FormerVsCurrent,
    /// One person's title written as a man's and as a woman's
    /// ("spokesman", "spokeswoman").
    GenderDiffers,
    /// One report calls an event planned, another says it happened.
    PlannedVsHappened,
    /// A weekday its own adjacent date says is wrong.
    CalendarCheck,
    /// A figure whose conversion in brackets does not match it.
    ConversionCheck,
    /// A place put where the gazetteer says it is not.
    GazetteerCheck,
}

impl Rule {
    /// The rule's name as JSON and `--explain` print it ("lone-voice").
    pub fn name(self) -> &'static str {
        match self {
            Rule::ContextAligned => "context-aligned",
            Rule::LoneVoice => "lone-voice",
            Rule::OnlyValue => "only-value",
            Rule::SameFrame => "same-frame",
            Rule::SameMoment => "same-moment",
            Rule::SamePerson => "same-person",
            Rule::SameValue => "same-value",
            Rule::BoundsAllow => "bounds-allow",
            Rule::PartAndTotal => "part-and-total",
            Rule::CoStated => "co-stated",
            Rule::TollRises => "toll-rises",
            Rule::TwoSourcesReadings => "two-sources-readings",
            Rule::OtherScale => "other-scale",
            Rule::LoneVoiceAgrees => "lone-voice-agrees",
            Rule::ValuesDiffer => "values-differ",
            Rule::SameReportDiffers => "same-report-differs",
            Rule::HeadlineVsBody => "headline-vs-body",
            Rule::BelowOwnFloor => "below-own-floor",
            Rule::ReportedAtDifferentTimes => "reported-at-different-times",
            Rule::IndependentOrigins => "independent-origins",
            Rule::OneOrigin => "one-origin",
            Rule::NameSpelling => "name-spelling",
            Rule::ExclusiveTitles => "exclusive-titles",
            Rule::FormerVsCurrent => "former-vs-current",
            Rule::GenderDiffers => "gender-differs",
            Rule::PlannedVsHappened => "planned-vs-happened",
            Rule::CalendarCheck => "calendar-check",
            Rule::ConversionCheck => "conversion-check",
            Rule::GazetteerCheck => "gazetteer-check",
        }
    }

    /// Every rule, in the order of the list above.
    pub const ALL: [Rule; 29] = [
        Rule::ContextAligned,
        Rule::LoneVoice,
        Rule::OnlyValue,
        Rule::SameFrame,
        Rule::SameMoment,
        Rule::SamePerson,
        Rule::SameValue,
        Rule::BoundsAllow,
        Rule::PartAndTotal,
        Rule::CoStated,
        Rule::TollRises,
        Rule::TwoSourcesReadings,
        Rule::OtherScale,
        Rule::LoneVoiceAgrees,
        Rule::ValuesDiffer,
        Rule::SameReportDiffers,
        Rule::HeadlineVsBody,
        Rule::BelowOwnFloor,
        Rule::ReportedAtDifferentTimes,
        Rule::IndependentOrigins,
        Rule::OneOrigin,
        Rule::NameSpelling,
        Rule::ExclusiveTitles,
        Rule::FormerVsCurrent,
        Rule::GenderDiffers,
        Rule::PlannedVsHappened,
        Rule::CalendarCheck,
        Rule::ConversionCheck,
        Rule::GazetteerCheck,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_names_are_the_printed_names() {
        for rule in Rule::ALL {
            let json = serde_json::to_string(&rule).unwrap();
            assert_eq!(json, format!("\"{}\"", rule.name()));
        }
    }
}
