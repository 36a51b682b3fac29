use serde::{Deserialize, Serialize};

use crate::Span;

/// A document's stable id: the input file's name stem (`reuters.html` →
/// `reuters`), made unique within a run by the ingest stage.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocId(pub String);

impl DocId {
    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for DocId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a stretch of text was set aside as page noise rather than content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoiseKind {
    /// Comment widgets: "Post a Comment", "0/400", "No comments".
    CommentWidget,
    /// Share / like / repost / reward rows.
    SocialButtons,
    /// App-download prompts, QR-code lines.
    AppPrompt,
    /// Disclaimers and legal boilerplate.
    Disclaimer,
    /// A list of languages (a language picker).
    LanguageMenu,
    /// Empty image or link markup such as `![]() |`.
    EmptyMarkup,
    /// Placeholder text a page shows while loading ("Abstract generation in progress").
    Placeholder,
    /// Navigation or other short non-sentence lines in a run of such lines.
    Navigation,
    /// A photo caption or credit line.
    Caption,
    /// A metadata line of a plain-text article ("URL: …", "TITLE: …"):
    /// read into the document's URL and title, not analysed as its text.
    Header,
}

/// One stretch of text that crosscheck did not analyse, with the reason.
/// Removed text stays in [`Document::text`]; the span says where it is, so
/// nothing is dropped silently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Where the removed text is.
    pub span: Span,
    /// Why it was removed.
    pub kind: NoiseKind,
}

/// What is known about an article besides its text. Every field is
/// optional: plain text files have none of it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// Canonical URL of the article (`<link rel=canonical>`, `og:url`, or the URL it was fetched from).
    pub url: Option<String>,
    /// Outlet or site name ("Reuters").
    pub site: Option<String>,
    /// Authors, as bylines give them.
    pub authors: Vec<String>,
    /// Last modification time, ISO 8601.
    pub modified: Option<String>,
    /// Language as a BCP 47 / ISO 639-1 code ("en").
    pub language: Option<String>,
}

/// One article after extraction: its decoded text and what is known about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id (file name stem).
    pub id: DocId,
    /// Where it came from (a path, or `-` for stdin).
    pub path: String,
    /// Headline, if the input had one (HTML `<title>`/`h1`, or the first line
    /// of a plain-text file when it looks like a headline).
    pub title: Option<String>,
    /// Publication time as ISO 8601, if known. Weekdays in the text resolve
    /// against it.
    pub published: Option<String>,
    /// URL, site, authors, modification time, language.
    #[serde(default)]
    pub meta: Metadata,
    /// The decoded text. All spans point into it.
    pub text: String,
    /// Page noise found in `text`, in order, not overlapping.
    pub removed: Vec<Removed>,
    /// Non-fatal problems met while reading this document (lossy decoding, …).
    pub warnings: Vec<String>,
}

impl Document {
    /// A document with no metadata, no noise and no warnings.
    pub fn from_text(
        id: impl Into<String>,
        path: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Document {
            id: DocId(id.into()),
            path: path.into(),
            title: None,
            published: None,
            meta: Metadata::default(),
            text: text.into(),
            removed: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// True if any part of `span` was set aside as noise.
    pub fn is_removed(&self, span: Span) -> bool {
        self.removed.iter().any(|r| r.span.overlaps(span))
    }
}
