//! Why a document could not be turned into text.

/// Why a document could not be turned into text. [`ExtractError::NoText`]
/// is bad input (tell the user, go on with the batch);
/// [`ExtractError::Internal`] is a bug in crosscheck.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// Decoding and extraction left nothing but whitespace (a page with no
    /// visible text, a UTF-16 file of spaces, …).
    #[error("{path}: no text ({what})")]
    NoText {
        /// The path (or `-` for stdin).
        path: String,
        /// What was tried, for the message ("the HTML page has no visible text").
        what: String,
    },
    /// An internal invariant failed (a noise span off a character
    /// boundary, …). Not the input's fault: please report it.
    #[error("{path}: internal error (a bug in crosscheck, please report it): {message}")]
    Internal {
        /// The path.
        path: String,
        /// What went wrong.
        message: String,
    },
}

impl ExtractError {
    /// The input the error is about.
    pub fn path(&self) -> &str {
        match self {
            ExtractError::NoText { path, .. } | ExtractError::Internal { path, .. } => path,
        }
    }

    /// True when the input is at fault rather than crosscheck.
    pub fn is_bad_input(&self) -> bool {
        matches!(self, ExtractError::NoText { .. })
    }
}
