//! The vocabulary frames are read with: units, the words that say what a
//! length measures, bounds, updates. The product's own small lexicon of
//! news figures; lower case, matched on whole words unless said otherwise.

use crosscheck_model::{Bound, Measure};

/// Length units (as the value parser names them) in metres.
pub const LENGTH_UNITS: &[(&str, f64)] = &[
    ("metre", 1.0),
    ("kilometre", 1000.0),
    ("centimetre", 0.01),
    ("millimetre", 0.001),
    ("foot", 0.3048),
    ("inch", 0.0254),
    ("yard", 0.9144),
    ("mile", 1609.344),
    ("nautical mile", 1852.0),
];

/// Area units in square metres.
pub const AREA_UNITS: &[(&str, f64)] = &[
    ("square metre", 1.0),
    ("square kilometre", 1.0e6),
    ("square foot", 0.092_903),
    ("square mile", 2_589_988.0),
    ("square nautical mile", 3_429_904.0),
    ("acre", 4046.856),
    ("hectare", 1.0e4),
];

/// Words near a length that say what it measures, checked in this order:
/// a depth is often also "from" somewhere ("10 km deep, 70 km from
/// Marrakesh" is two figures, each with its own word next to it).
pub const LENGTH_CUES: &[(Measure, &[&str])] = &[
    (
        Measure::Depth,
        &[
            "depth",
            "deep",
            "beneath",
            "below",
            "underwater",
            "underground",
            "seabed",
            "seafloor",
        ],
    ),
    (
        Measure::Height,
        &[
            "high",
            "height",
            "tall",
            "wave",
            "waves",
            "tsunami",
            "elevation",
            "altitude",
        ],
    ),
    (Measure::Length, &["long", "length", "lengthy"]),
    (
        Measure::Distance,
        &[
            "from",
            "away",
            "off",
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "north-east",
            "north-west",
            "south-east",
            "south-west",
            "east-northeast",
            "east-southeast",
            "west-northwest",
            "west-southwest",
            "north-northeast",
            "north-northwest",
            "south-southeast",
            "south-southwest",
            "northeastern",
            "epicentre",
            "epicenter",
        ],
    ),
];

/// Things whose size a length written as an adjective gives ("the
/// 21-foot submersible"): that length is how long they are.
pub const VESSELS: &[&str] = &[
    "submersible",
    "sub",
    "submarine",
    "vessel",
    "ship",
    "boat",
    "craft",
    "yacht",
    "ferry",
    "plane",
    "aircraft",
    "jet",
    "trawler",
    "bridge",
    "tunnel",
    "train",
    "truck",
    "bus",
    "barge",
    "tanker",
    "sailboat",
    "canoe",
    "kayak",
    "raft",
];

/// Nouns a toll may count: people, however a report words them. Snowball
/// stems, matched as prefixes.
pub const PEOPLE: &[&str] = &[
    "peopl", "person", "die", "individu", "resid", "civilian", "dead", "death", "fatal", "bodi",
    "victim", "live", "life", "injur", "casualti", "child", "adult", "men", "women", "passeng",
    "worker", "student", "tourist", "migrant", "soldier", "inhabit", "villag", "citizen", "famili",
    "survivor", "evacue", "patient", "pilgrim", "worshipp", "miner", "crew", "member",
    // People named by their state: "300 injured", "10,000 are still missing".
    "miss", "displac", "homeless", "wound", "hurt",
];

/// Outcome classes (as [`crate::facts`] names them) and the toll they count.
pub const OUTCOMES: &[(&str, Measure)] = &[
    ("dead", Measure::Deaths),
    ("injured", Measure::Injured),
    ("missing", Measure::Missing),
    ("displaced", Measure::Displaced),
    ("rescued", Measure::Rescued),
    ("population", Measure::Population),
];

/// Phrases right before a figure that bound it, longest first within each
/// bound so "more over" is read before "over".
pub const BOUNDS: &[(&str, Bound)] = &[
    ("at least", Bound::AtLeast),
    ("more than", Bound::AtLeast),
    ("more over", Bound::AtLeast),
    ("upwards of", Bound::AtLeast),
    ("in excess of", Bound::AtLeast),
    ("no fewer than", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("a minimum of", Bound::AtLeast),
    ("over", Bound::AtLeast),
    ("passes", Bound::AtLeast),
    ("passed", Bound::AtLeast),
    ("exceeded", Bound::AtLeast),
    ("topped", Bound::AtLeast),
    ("up to", Bound::AtMost),
    ("as many as", Bound::AtMost),
    ("as much as", Bound::AtMost),
    ("as high as", Bound::AtMost),
    ("less than", Bound::AtMost),
    ("fewer than", Bound::AtMost),
    ("no more than", Bound::AtMost),
    ("at most", Bound::AtMost),
    ("a maximum of", Bound::AtMost),
    ("maximum height of", Bound::AtMost),
    ("under", Bound::AtMost),
    ("about", Bound::About),
    ("around", Bound::About),
    ("approximately", Bound::About),
    ("roughly", Bound::About),
    ("some", Bound::About),
    // "nearly 100" is just under 100: 93 is nearly 100, 104 is not.
    ("nearly", Bound::AtMost),
    ("near", Bound::AtMost),
    ("almost", Bound::AtMost),
    ("close to", Bound::About),
    ("an estimated", Bound::About),
    ("estimated", Bound::About),
    ("circa", Bound::About),
    ("approx.", Bound::About),
];

/// Words before a figure in its sentence that state it as an update of an
/// earlier one ("the death toll has risen to 55", "the number injured also
/// lifted to 2059", "the latest death toll figure").
pub const UPDATES: &[&str] = &[
    "rose to",
    "risen to",
    "rise to",
    "rising to",
    "climbed to",
    "climb to",
    "jumped to",
    "increased to",
    "lifted to",
    "grew to",
    "reached",
    "has reached",
    "had reached",
    "latest",
    "updated",
    "revised",
    "now stands at",
    "brought the",
    "bringing the",
    "passes",
    "passed",
    "topped",
];

/// Words that place a figure in a critical condition.
pub const CRITICAL: &[&str] = &["critical", "critically", "serious condition", "seriously"];

/// Words close to a figure that make it an aftershock's.
pub const AFTERSHOCK: &[&str] = &[
    "aftershock",
    "aftershocks",
    "foreshock",
    "foreshocks",
    "aftershock's",
];

/// Verbs of telling (as written, base form): a day or time they hang on
/// dates a statement ("said on Saturday", "when asked on Sunday"), not the
/// event the statement is about.
pub const TELLING: &[&str] = &[
    "say",
    "tell",
    "announce",
    "state",
    "confirm",
    "report",
    "ask",
    "express",
    "add",
    "note",
    "warn",
    "explain",
    "declare",
    "disclose",
    "reveal",
    "comment",
    "respond",
    "acknowledge",
    "claim",
    "insist",
    "describe",
    "write",
    "post",
    "tweet",
    "brief",
    "urge",
    "appeal",
    "pledge",
    "promise",
    "vow",
    "call",
];

/// Verbs a running count moves by: a day they hang on is the day the count
/// stood so ("rose to 93 on Saturday", "had reached 72 on Wednesday").
pub const COUNTING: &[&str] = &[
    "rise", "reach", "climb", "increase", "jump", "stand", "top", "surpass", "grow", "lift",
    "count", "tally", "complete", "search", "observe", "record",
];

/// Words before a time that make it the end of a span a count covers:
/// "as of Tuesday morning", "by 8 a.m.", "until Monday".
pub const SNAPSHOT_BEFORE: &[&str] = &["as of", "by", "until", "through", "since"];

/// Words that make a clause one more occurrence of its verb ("another
/// press conference was held at 1 PM"), not the first restated.
/// ("later Tuesday" is a later hour of the same day, and "new" or "latest"
/// qualify things more often than occurrences: not markers.)
pub const AGAIN: &[&str] = &[
    "another",
    "again",
    "second",
    "third",
    "fourth",
    "subsequent",
    "follow-up",
];

/// Words between a time and the preposition that governs it, skipped to
/// find that preposition ("as of early Friday", "by about 8 a.m.").
pub const TIME_MODIFIERS: &[&str] = &[
    "early",
    "late",
    "earlier",
    "on",
    "at",
    "around",
    "about",
    "approximately",
    "roughly",
    "this",
    "last",
    "the",
    "midday",
    "noon",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// The sixteen compass points, written as one word without hyphens, and
/// their bearings in degrees clockwise from north.
const COMPASS: &[(&str, f64)] = &[
    ("north", 0.0),
    ("northnortheast", 22.5),
    ("northeast", 45.0),
    ("eastnortheast", 67.5),
    ("east", 90.0),
    ("eastsoutheast", 112.5),
    ("southeast", 135.0),
    ("southsoutheast", 157.5),
    ("south", 180.0),
    ("southsouthwest", 202.5),
    ("southwest", 225.0),
    ("westsouthwest", 247.5),
    ("west", 270.0),
    ("westnorthwest", 292.5),
    ("northwest", 315.0),
    ("northnorthwest", 337.5),
];

/// The bearing of a compass point written without hyphens or spaces
/// ("southwest", "eastnortheast").
pub fn compass(name: &str) -> Option<f64> {
    COMPASS.iter().find(|(n, _)| *n == name).map(|&(_, d)| d)
}

/// True for a word that starts or continues a compass point ("south" in
/// "south-west", "east" in "east-northeast").
pub fn is_compass_part(word: &str) -> bool {
    word.len() >= 4 && COMPASS.iter().any(|(n, _)| n.contains(word))
}
