//! Container formats: files that hold many documents. Each is a
//! [`Source`](crate::Source) listed in [`crate::sources()`].

mod feed;
mod http;
mod jsonl;
mod warc;

pub use feed::FeedSource;
pub use jsonl::JsonlSource;
pub use warc::WarcSource;

#[cfg(test)]
pub(crate) use warc::tests as warc_tests;

/// The entry name of record `n` of a file: `#n`, appended to the file stem
/// by the caller. Numbers count records in file order (lines for JSONL), so
/// an id says where its document came from and stays the same across runs.
pub(crate) fn record_name(n: u64) -> String {
    format!("#{n}")
}
