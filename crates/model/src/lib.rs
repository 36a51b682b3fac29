//! The shared vocabulary of crosscheck.
//!
//! Every stage of the pipeline (ingest → extract → analyze → cluster →
//! reconcile → report) speaks in these types and nothing else, so each stage
//! can be read and tested without knowing the stages after it. This crate has
//! no I/O and almost no dependencies.
//!
//! The one invariant everything rests on: a [`Span`] is a byte range into
//! [`Document::text`], the document's decoded text. Every quote crosscheck
//! shows is `&document.text[span.start..span.end]`, so any reader can check
//! it by slicing.
#![deny(missing_docs)]

mod analysis;
pub mod context;
mod document;
mod frame;
mod meaning;
mod rule;
mod span;
pub mod subject;
mod verdict;

pub use analysis::{
    distance_km, Analysis, Attribute, Entity, EntityKind, Fact, FactValue, Mention, Misplacement,
    Modality, Nesting, PersonName, Role, RoleStatus, Sentence, Value, ValueKind,
};
pub use document::{DocId, Document, Metadata, NoiseKind, Removed};
pub use frame::{Bound, Frame, Holder, Measure, Moment, ABOUT_SLACK};
pub use meaning::Meaning;
pub use rule::Rule;
pub use span::{back, Span};
pub use subject::{Epithet, Subject};
pub use verdict::{Evidence, Origin, Story, Verdict, VerdictKind, VerdictValue};
