//! What a container format says about a document besides its bytes: the
//! URL it was fetched from, a headline, a date, the outlet, the charset the
//! HTTP server declared. The extract stage uses these to fill gaps in what
//! it finds in the document itself.

use std::collections::BTreeMap;

/// Metadata a source found next to a document. Every field is optional:
/// plain files have none of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Hints {
    /// Where the document was fetched from (WARC target URI, JSONL `url`, feed item link).
    pub url: Option<String>,
    /// Headline (JSONL `title`, feed item title).
    pub title: Option<String>,
    /// Publication time as the source gives it (JSONL `published`, feed pubDate as RFC 3339).
    pub published: Option<String>,
    /// Outlet or site name (JSONL `source`, the feed's own title).
    pub site: Option<String>,
    /// Authors (feed item authors).
    pub authors: Vec<String>,
    /// Charset label the transport declared (the HTTP `Content-Type` of a
    /// WARC response). Weaker than a byte-order mark, stronger than `<meta>`.
    pub charset: Option<String>,
    /// Fields the source had that crosscheck does not interpret (unknown
    /// JSONL fields, WARC record ids and dates), kept for the output.
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Hints {
    /// True when the source said nothing about the document.
    pub fn is_empty(&self) -> bool {
        *self == Hints::default()
    }
}

/// Trim and drop empty strings: sources often carry `""` for "unknown".
pub(crate) fn clean(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// The `charset` parameter of a MIME type (`text/html; charset="utf-8"` → `utf-8`).
pub(crate) fn charset_param(content_type: &str) -> Option<String> {
    content_type
        .split(';')
        .skip(1)
        .find_map(|param| {
            let (name, value) = param.split_once('=')?;
            name.trim()
                .eq_ignore_ascii_case("charset")
                .then(|| value.trim().trim_matches(['"', '\'']).to_string())
        })
        .filter(|c| !c.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_parameter() {
        assert_eq!(
            charset_param("text/html; charset=ISO-8859-1").as_deref(),
            Some("ISO-8859-1")
        );
        assert_eq!(
            charset_param("text/html;Charset=\"utf-8\" ; q=1").as_deref(),
            Some("utf-8")
        );
        assert_eq!(charset_param("text/html"), None);
        assert_eq!(charset_param("text/html; charset="), None);
    }
}
