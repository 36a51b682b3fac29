//! Exit codes, documented in the README and in `crosscheck --help`:
//! 0 success, 1 partial (some inputs could not be used; the report covers
//! the rest), 2 failure (bad usage, or no input could be used).

/// Some inputs were skipped; the output covers the rest.
pub const PARTIAL: u8 = 1;
/// Nothing useful could be done.
pub const FAILURE: u8 = 2;

/// A closed pipe (`crosscheck check … | head`) is not an error.
pub fn on_write(result: std::io::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
