//! Prefixes of [`Fact::subject`](crate::Fact::subject) for ages and
//! epithet counts, whose subject says whose figure it is.
//!
//! The analyze stage writes them and the reconcile stage reads them (one
//! person's figures are compared whatever their sentences say): they are
//! defined once, here.

/// A named person's age: `age:` + the person's key ("age:reid#tara").
pub const AGE: &str = "age:";
/// The age of someone described by a person noun: `age-of:` + the noun's
/// stem ("the 33-year-old actress" → "age-of:actress").
pub const AGE_OF: &str = "age-of:";
/// The age of a thing ("a 24-year-old scoring mark" → "age-of-other:mark"),
/// or of a described person the reconcile stage finds given several ages in
/// one report.
pub const AGE_OF_OTHER: &str = "age-of-other:";
/// An "N-time" epithet of a person by a noun: `times-of:` + the noun's stem
/// ("a four-time All-Star" → "times-of:all-star").
pub const TIMES_OF: &str = "times-of:";
/// An epithet count the reconcile stage treats as ordinary figures.
pub const TIMES_OF_OTHER: &str = "times-of-other:";
/// An age tied to nobody ("then-15-year-old", "at the age of 17"): never
/// compared.
pub const UNATTACHED_AGE: &str = "quantity:age";
