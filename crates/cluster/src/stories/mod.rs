//! Stories: online, entity- and time-aware clustering of documents into
//! stories, one document at a time in publication order.
//!
//! Each document becomes a sparse TF-IDF vector ([`DocFeatures`]) over
//! content words, with the names it mentions (capitalised words inside a
//! sentence, and the analysis's entity keys when given) as separate features
//! weighted up: two fires are one story because they share *Lindholm* and
//! *Harbour Road*, not because they share *fire* and *firefighters*.
//!
//! A document joins the most similar live story whose cosine similarity
//! reaches the threshold, or opens a new one. Time gates it:
//! * with publication dates, a story is live only while the document falls
//!   within [`StoryConfig::window_days`] of the story's last article, so the
//!   same people in the same city on the same weekday years later open a new
//!   story;
//! * without dates, the year the text mentions most is the document's era;
//!   a story whose era differs is discounted by [`StoryConfig::era_penalty`].
//!
//! Document frequencies are counted online in hashed buckets, so IDF reflects
//! the corpus seen so far and the whole state ([`Clusterer`]) is a few flat
//! arrays that the corpus store can save and restore.
//!
//! The stage in files: `config` (the tunable parameters), `features` (a
//! document's hashed terms), `clusterer` (the online clusterer and its
//! stories), `vectors` (sparse-vector arithmetic) and `blob` (a story's
//! state as bytes for the corpus store).

mod blob;
mod clusterer;
mod config;
mod features;
#[cfg(test)]
mod tests;
mod vectors;

pub use blob::{story_from_bytes, story_to_bytes};
pub use clusterer::{Clusterer, Placement, StoryState};
pub use config::StoryConfig;
pub use features::{day_number, features, Channel, DocFeatures, IDF_PRIOR_DOCS, TERM_BUCKETS};
