//! What the analyze stage finds in one document: sentences, mentions of
//! people / organisations / places with their roles, typed values (dates,
//! counts, durations, …) and the facts built from them.

use serde::{Deserialize, Serialize};

use crate::{DocId, Span};

/// One sentence of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where the sentence is, without surrounding whitespace.
    pub span: Span,
    /// The sentence is the document's headline (its title, as the text
    /// gives it on a line of its own).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
}

/// What kind of thing a name refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, party, news outlet, government body.
    Organization,
    /// A city, country, region or named site.
    Place,
}

/// A person's name as one mention writes it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PersonName {
    /// Given name(s) as written, if any ("Elliott Broidy" in "Elliott Broidy Witkoff").
    pub given: Option<String>,
    /// Family name as written ("Witkoff").
    pub surname: String,
}

/// Whether a role is held now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleStatus {
    /// No qualifier: held now ("President Trump").
    Current,
    /// "former", "ex-", "then-".
    Former,
    /// "acting", "interim".
    Acting,
    /// "incoming", "president-elect", "designate", "future".
    Future,
}

/// A title or role attached to a mention: "former US President",
/// "Kremlin spokesman", "Rear Adm.", "special envoy".
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Role {
    /// The whole role phrase as written.
    pub span: Span,
    /// The role with status and affiliation stripped, lower case: "special envoy", "president".
    pub title: String,
    /// The head noun of the role, lower case, spelling normalised ("advisor" → "adviser").
    pub head: String,
    /// Whether the role is held now.
    pub status: RoleStatus,
    /// Who the role is for, as written: "US", "Russian", "Kremlin", "Trump's".
    pub affiliation: Option<String>,
}

/// One occurrence of a name in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The name words only (not the title).
    pub span: Span,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// Person, organisation or place.
    pub kind: EntityKind,
    /// For people: the name as this mention writes it.
    pub person: Option<PersonName>,
    /// A title or role written with this mention (premodifier or apposition).
    pub role: Option<Role>,
    /// Index into [`Analysis::entities`]: the document-local entity this
    /// mention refers to, after coreference ("Witkoff" → "Steve Witkoff").
    pub entity: usize,
}

/// A person, organisation or place as one document refers to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Person, organisation or place.
    pub kind: EntityKind,
    /// The fullest name the document uses for it.
    pub name: String,
    /// Key for matching across documents: lower-case surname for people,
    /// lower-case normalised name otherwise.
    pub key: String,
    /// Indexes into [`Analysis::mentions`].
    pub mentions: Vec<usize>,
}

/// The kinds of typed value crosscheck reads from text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    /// A calendar date or month: "February 2022", "Jan. 5, 2024", "Dec 2".
    Date,
    /// A bare year: "in 2014".
    Year,
    /// A day of the week: "on Tuesday".
    Weekday,
    /// A clock time: "3 p.m.", "15:30".
    Time,
    /// A length of time: "three-hour", "ten days", "18 months".
    Duration,
    /// A number of countable things: "24,400 personnel", "hundreds of thousands of casualties".
    Count,
    /// A measured amount with a unit: "948 feet", "magnitude 6.7", "$5 million", "12%".
    Quantity,
    /// An ordinal: "third meeting", "fourth year".
    Ordinal,
    /// A named place given as where something happened: "in Moscow".
    Place,
}

/// One typed value found in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Value {
    /// What kind of value.
    pub kind: ValueKind,
    /// The value words exactly ("three-hour", "24,400 personnel").
    pub span: Span,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// Canonical form for comparison: "3 hour", "2022-02", "tuesday",
    /// "24400 personnel", "magnitude 6.7", "moscow".
    pub normalized: String,
    /// The number, where there is one.
    pub number: Option<f64>,
    /// Unit or counted noun, lower case, singular: "hour", "foot", "personnel", "casualty".
    pub unit: Option<String>,
    /// "about", "at least", "more than", "nearly", "some": not an exact figure.
    pub approximate: bool,
}

/// How a sentence presents what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as having happened or being so ("met", "is").
    Asserted,
    /// Stated as planned or expected ("is scheduled to meet", "will meet", "upcoming").
    Planned,
    /// Stated as possible, conditional or hoped for ("could", "may", "if").
    Hypothetical,
    /// Stated as not so ("did not meet", "denied").
    Negated,
}

/// Which attribute a fact gives a value for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribute {
    /// A person's given name.
    GivenName,
    /// A person's title or role head ("envoy", "president").
    Title,
    /// Whether the role is current or former.
    Status,
    /// Who the role is for ("US", "Russian").
    Affiliation,
    /// Whether an event (a meeting, a visit, a vote) is reported as having
    /// happened or as planned.
    Occurrence,
    /// A typed value of something that happened.
    Value(ValueKind),
}

impl ValueKind {
    /// Lower-case name used in reports, JSON and subjects: "date", "count", ….
    pub fn name(self) -> &'static str {
        match self {
            ValueKind::Date => "date",
            ValueKind::Year => "year",
            ValueKind::Weekday => "weekday",
            ValueKind::Time => "time",
            ValueKind::Duration => "duration",
            ValueKind::Count => "count",
            ValueKind::Quantity => "quantity",
            ValueKind::Ordinal => "ordinal",
            ValueKind::Place => "place",
        }
    }
}

impl Attribute {
    /// Lower-case name used in reports and JSON: "given_name", "duration", ….
    pub fn name(&self) -> &'static str {
        match self {
            Attribute::GivenName => "given_name",
            Attribute::Title => "title",
            Attribute::Status => "status",
            Attribute::Affiliation => "affiliation",
            Attribute::Occurrence => "occurrence",
            Attribute::Value(kind) => kind.name(),
        }
    }
}

/// The value a fact states, in display and comparison form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactValue {
    /// As written (or lightly cleaned) for display: "Steve", "former", "three-hour".
    pub display: String,
    /// Comparison key: two facts agree when their keys are equal.
    pub key: String,
    /// The number, for numeric values.
    pub number: Option<f64>,
    /// "about", "at least": agreement with nearby figures is not a conflict.
    pub approximate: bool,
    /// How the figure is bounded as written ("at least", "up to", "about"),
    /// for counts, amounts and durations; exact otherwise.
    #[serde(default, skip_serializing_if = "crate::Bound::is_exact")]
    pub bound: crate::Bound,
    /// Latitude and longitude in degrees, for places the gazetteer locates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<[f64; 2]>,
}

/// One claim a document makes: `subject`'s `attribute` is `value`, stated at `span`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// What the fact is about: an entity, a person in a role, an age, a
    /// count of something ([`crate::Subject`]).
    pub subject: crate::Subject,
    /// The subject for display ("Steve Witkoff", "the meeting").
    pub subject_label: String,
    /// Entity kind of the subject, when the subject is an entity.
    pub subject_kind: Option<EntityKind>,
    /// Which attribute.
    pub attribute: Attribute,
    /// The stated value.
    pub value: FactValue,
    /// The value words exactly.
    pub span: Span,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// How the sentence presents it.
    pub modality: Modality,
    /// Content words near the value (lower case, stemmed), used to tell
    /// whether two values in different documents are about the same thing.
    pub context: Vec<String>,
    /// Entity keys named in the same sentence.
    pub entities: Vec<String>,
    /// For a figure whose measured thing the analyze stage recognises:
    /// what it measures, of what, where, as of when, on whose word and how
    /// exactly. Reconcile compares these frames, not the words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<crate::Frame>,
    /// For a weekday, clock time or date: which moment it dates (an
    /// event's verb, a statement, a count's as-of time). Reconcile compares
    /// two datings only of one moment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moment: Option<crate::Moment>,
}

/// Great-circle distance in km between two (latitude, longitude) points in
/// degrees, such as two [`FactValue::location`]s.
pub fn distance_km(a: [f64; 2], b: [f64; 2]) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a[0].to_radians(),
        a[1].to_radians(),
        b[0].to_radians(),
        b[1].to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Everything the analyze stage found in one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The document analysed.
    pub doc: Option<DocId>,
    /// Sentences, in order, outside removed noise.
    pub sentences: Vec<Sentence>,
    /// Name mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Document-local entities (coreference chains).
    pub entities: Vec<Entity>,
    /// Typed values, in text order.
    pub values: Vec<Value>,
    /// Facts built from mentions and values.
    pub facts: Vec<Fact>,
    /// Places the text puts where no place of that name is ("Houston,
    /// California"; "Santa Rosa … 55 miles north of Boston").
    #[serde(default)]
    pub misplacements: Vec<Misplacement>,
    /// Places the text puts inside another ("Banstead, Surrey", "a store
    /// in Banstead in Surrey"), where the gazetteer does not rule it out.
    #[serde(default)]
    pub nestings: Vec<Nesting>,
    /// What each sentence means, parallel to `sentences`; empty when the
    /// build has no meaning model. Not stored: it is recomputed from the
    /// text (microseconds a sentence) whenever an analysis is loaded, so
    /// the store does not carry a vector per sentence.
    #[serde(skip)]
    pub meanings: Vec<Option<crate::Meaning>>,
    /// Facts found past the analyze stage's cap per document and left out
    /// (0 for any news report; see `crosscheck_analyze::MAX_FACTS`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub facts_dropped: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// One place written inside another: the story's own reports say how its
/// places nest, where the gazetteer may know only a namesake (Surrey,
/// British Columbia, for the English county).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nesting {
    /// The inner place ("Banstead").
    pub place: Span,
    /// The place it is said to lie in ("Surrey").
    pub within: Span,
    /// Index of the sentence holding both.
    pub sentence: usize,
}

/// A place the document puts in, or near, another place that the
/// gazetteer says it cannot be in or near: no city of the first name lies
/// in that state or country, or close enough to the second city.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Misplacement {
    /// The place being located ("Houston").
    pub place: Span,
    /// The place it is said to lie in or near ("California", "Boston").
    pub within: Span,
    /// Index of the sentence holding both.
    pub sentence: usize,
    /// Why it cannot be: "no Houston lies in California; the best-known
    /// Houston is in Texas, United States".
    pub reason: String,
}
