//! Cluster: which documents are copies of one another (origins), and which
//! documents tell one story.
#![deny(missing_docs)]

pub mod credits;
pub mod lsh;
pub mod origins;
pub mod stories;

pub use origins::find_origins;
