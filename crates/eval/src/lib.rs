//! Evaluation: a dev set made by injecting controlled changes into real news
//! story groups, and the scores of crosscheck on it.
#![deny(missing_docs)]
// IMPLEMENTATION OWNED BY THE EVAL HELPER.
