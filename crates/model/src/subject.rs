//! What a fact is about, as a type both stages share.
//!
//! The analyze stage says what each fact is about (a person, a person in a
//! role, the age of someone described as "the actress", a count of
//! residents, a rate per game); the reconcile stage groups and compares
//! facts by it. [`Subject`] is that vocabulary as a type, so neither side
//! builds or parses strings the other must agree with. Its string form
//! ("count:resident", "age:reid#tara", "trump|president") is what JSON and
//! the store hold, unchanged from before the type existed.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ValueKind;

/// What a fact is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    /// A named person, organisation or place, by its key ("reid#tara").
    Entity(String),
    /// A named person in a role, for the role's status ("former"): the
    /// person's key and the title's head noun ("trump", "president").
    Role {
        /// The person's key.
        entity: String,
        /// The head noun of the title.
        head: String,
    },
    /// An event of a family ("attack", "arrest").
    Event(String),
    /// A named person's age, by the person's key.
    Age(String),
    /// A figure of someone described by a noun: "the 33-year-old actress"
    /// (an age), "a four-time All-Star" (an epithet count).
    Described {
        /// Which figure: an age or an "N-time" count.
        figure: Epithet,
        /// The noun's stem ("actress", "all-star").
        noun: String,
        /// The noun names one person: their figures are compared whatever
        /// the sentences say. False for things ("a 24-year-old scoring
        /// mark") and for nouns a report uses for several people.
        person: bool,
    },
    /// An age tied to nobody ("then-15-year-old", "at the age of 17"):
    /// never compared.
    UnattachedAge,
    /// A value of a kind, with the thing it counts or measures ("count" of
    /// "resident", "place" of class "city", "ordinal" of "time"). Years are
    /// dates.
    Value {
        /// The kind of value.
        kind: ValueKind,
        /// What it counts, measures or ranks, or the class of a place.
        unit: Option<String>,
    },
    /// A rate: a figure per unit ("15.5 points per game").
    Rate {
        /// What is counted.
        of: Box<Subject>,
        /// Per what.
        per: String,
    },
}

/// The figure a [`Subject::Described`] person has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Epithet {
    /// An age ("the 33-year-old actress").
    Age,
    /// An "N-time" count ("a four-time All-Star").
    Times,
}

impl Subject {
    /// A value of `kind` counting or measuring `unit` (none when empty).
    /// An age with no noun ("a 33-year-old in Marrakech", an amount whose
    /// unit is "age") is [`Subject::UnattachedAge`].
    pub fn value(kind: ValueKind, unit: &str) -> Self {
        if kind == ValueKind::Quantity && unit == "age" {
            return Subject::UnattachedAge;
        }
        let kind = if kind == ValueKind::Year {
            ValueKind::Date
        } else {
            kind
        };
        Subject::Value {
            kind,
            unit: (!unit.is_empty()).then(|| unit.to_string()),
        }
    }

    /// This subject per `unit`.
    pub fn per(self, unit: &str) -> Self {
        Subject::Rate {
            of: Box::new(self),
            per: unit.to_string(),
        }
    }

    /// Whether the facts of this subject are one person's, compared
    /// whatever their sentences say: a named person's age, or a figure of
    /// someone described by a noun that names one person (within one story
    /// "the 33-year-old actress" is nearly always one person, and so is
    /// "a four-time All-Star").
    pub fn is_personal(&self) -> bool {
        matches!(
            self,
            Subject::Age(_) | Subject::Described { person: true, .. }
        )
    }

    /// The same description taken as not one person's ([`Self::is_personal`]
    /// false): for a noun a report uses for several people.
    pub fn as_impersonal(&self) -> Option<Subject> {
        match self {
            Subject::Described {
                figure,
                noun,
                person: true,
            } => Some(Subject::Described {
                figure: *figure,
                noun: noun.clone(),
                person: false,
            }),
            _ => None,
        }
    }

    /// The key of the named person (or organisation, place) the subject is
    /// about: an entity's, a role holder's or an aged person's.
    pub fn entity_key(&self) -> Option<&str> {
        match self {
            Subject::Entity(key) | Subject::Age(key) => Some(key),
            Subject::Role { entity, .. } => Some(entity),
            _ => None,
        }
    }

    /// The head noun of a role's title.
    pub fn role_head(&self) -> Option<&str> {
        match self {
            Subject::Role { head, .. } => Some(head),
            _ => None,
        }
    }

    /// What a value counts or measures, or a place's class; a rate's
    /// counted thing.
    pub fn unit(&self) -> Option<&str> {
        match self {
            Subject::Value { unit, .. } => unit.as_deref(),
            Subject::Rate { of, .. } => of.unit(),
            _ => None,
        }
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Entity(key) => f.write_str(key),
            Subject::Role { entity, head } => write!(f, "{entity}|{head}"),
            Subject::Event(family) => write!(f, "event:{family}"),
            Subject::Age(key) => write!(f, "age:{key}"),
            Subject::Described {
                figure,
                noun,
                person,
            } => {
                let figure = match figure {
                    Epithet::Age => "age",
                    Epithet::Times => "times",
                };
                let other = if *person { "" } else { "-other" };
                write!(f, "{figure}-of{other}:{noun}")
            }
            Subject::UnattachedAge => f.write_str("quantity:age"),
            Subject::Value { kind, unit } => {
                let name = kind_name(*kind);
                match (kind, unit) {
                    (_, Some(unit)) => write!(f, "{name}:{unit}"),
                    // An amount of nothing named keeps its colon, as it
                    // always has been written.
                    (ValueKind::Quantity, None) => write!(f, "{name}:"),
                    (_, None) => f.write_str(name),
                }
            }
            Subject::Rate { of, per } => write!(f, "{of} per {per}"),
        }
    }
}

/// How a value kind is written in a subject: its name, a year as a date.
fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Year => ValueKind::Date.name(),
        kind => kind.name(),
    }
}

const KINDS: [ValueKind; 8] = [
    ValueKind::Date,
    ValueKind::Weekday,
    ValueKind::Time,
    ValueKind::Duration,
    ValueKind::Count,
    ValueKind::Quantity,
    ValueKind::Ordinal,
    ValueKind::Place,
];

impl From<&str> for Subject {
    /// Read a subject's string form (as JSON and the store hold it). Every
    /// string is some subject: one that is no other form is an entity key.
    fn from(s: &str) -> Self {
        if let Some((of, per)) = s.rsplit_once(" per ") {
            return Subject::from(of).per(per);
        }
        if s == "quantity:age" {
            return Subject::UnattachedAge;
        }
        let described = [
            ("age-of:", Epithet::Age, true),
            ("age-of-other:", Epithet::Age, false),
            ("times-of:", Epithet::Times, true),
            ("times-of-other:", Epithet::Times, false),
        ];
        for (prefix, figure, person) in described {
            if let Some(noun) = s.strip_prefix(prefix) {
                return Subject::Described {
                    figure,
                    noun: noun.to_string(),
                    person,
                };
            }
        }
        if let Some(key) = s.strip_prefix("age:") {
            return Subject::Age(key.to_string());
        }
        if let Some(family) = s.strip_prefix("event:") {
            return Subject::Event(family.to_string());
        }
        let (name, unit) = s.split_once(':').unwrap_or((s, ""));
        if let Some(kind) = KINDS.into_iter().find(|k| kind_name(*k) == name) {
            return Subject::value(kind, unit);
        }
        match s.split_once('|') {
            Some((entity, head)) => Subject::Role {
                entity: entity.to_string(),
                head: head.to_string(),
            },
            None => Subject::Entity(s.to_string()),
        }
    }
}

impl Serialize for Subject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Subject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Ok(Subject::from(s.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_reads_back_as_it_was_written() {
        for s in [
            "reid#tara",
            "trump|president",
            "event:attack",
            "age:reid#tara",
            "age-of:actress",
            "age-of-other:mark",
            "times-of:all-star",
            "times-of-other:all-star",
            "quantity:age",
            "count:resident",
            "count",
            "quantity:",
            "quantity:mile",
            "duration",
            "weekday",
            "date",
            "time",
            "ordinal:place",
            "ordinal",
            "place:city",
            "count:point per game",
        ] {
            assert_eq!(Subject::from(s).to_string(), s);
        }
    }

    #[test]
    fn subjects_say_what_they_are_about() {
        assert!(Subject::from("age:reid#tara").is_personal());
        let actress = Subject::from("age-of:actress");
        assert!(actress.is_personal());
        assert_eq!(
            actress.as_impersonal().map(|s| s.to_string()).as_deref(),
            Some("age-of-other:actress")
        );
        assert!(!Subject::from("count:resident").is_personal());
        assert_eq!(
            Subject::from("trump|president").role_head(),
            Some("president")
        );
        assert_eq!(Subject::from("trump|president").entity_key(), Some("trump"));
        assert_eq!(Subject::from("count:point per game").unit(), Some("point"));
        assert_eq!(
            Subject::value(ValueKind::Year, ""),
            Subject::value(ValueKind::Date, "")
        );
        assert_eq!(
            Subject::value(ValueKind::Quantity, "age"),
            Subject::UnattachedAge
        );
    }

    #[test]
    fn json_holds_the_string_form() {
        let s: Subject = serde_json::from_str("\"age-of:actress\"").unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"age-of:actress\"");
    }
}
