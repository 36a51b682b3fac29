//! Syndication credits: an article that says whose text it carries.
//!
//! A reprint or rewrite often keeps little of its source's wording (a
//! content farm's spin, a translation, a later update of the same wire
//! story) but names its source in a credit line: "Paralel.Az reports citing
//! The Japan News", "This article first appeared in The Conversation",
//! "Source: Reuters". When the credited outlet is itself among the
//! documents, the two are one origin whatever their overlap: the crediting
//! article repeats what the credited outlet reported.
//!
//! Only credits of the whole text count. "According to Reuters" or "told
//! AFP" credits one statement, which independent reports do all the time,
//! so those phrases are not read here.

use std::sync::LazyLock;

use crosscheck_model::Document;
use regex::Regex;

/// A capitalised outlet name of up to five words ("The Japan News",
/// "Reuters", "Paralel.Az", "The Wall Street Journal").
const NAME: &str = r"(?P<name>(?:[Tt]he )?[A-Z][\w.&'-]*(?: (?:of |for )?[A-Z][\w.&'-]*){0,4})";

static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)(?:\b(?:reports?|reported|writes|wrote|said|says),? citing |\b(?:originally|first) (?:published|appeared|ran) (?:on|in|by) |\brepublished (?:from|with permission (?:of|from)) |^\s*(?:Source|Via|Courtesy of): ){NAME}"
    ))
    .expect("credit pattern compiles")
});

/// Host labels that name no outlet.
const GENERIC_LABELS: &[&str] = &[
    "www", "m", "amp", "mobile", "en", "english", "edition", "news", "com", "org", "net", "co",
    "gov", "info", "media", "online",
];

/// The outlets a document credits its text to, as [`key`]s.
pub fn credited(doc: &Document) -> Vec<String> {
    CREDIT
        .captures_iter(&doc.text)
        .filter_map(|c| c.name("name"))
        .filter(|m| !doc.is_removed(crosscheck_model::Span::new(m.start(), m.end())))
        .map(|m| key(m.as_str()))
        .filter(|k| k.len() >= 3)
        .collect()
}

/// The names a document's own outlet goes by, as [`key`]s: its site name
/// and the labels of its URL's host that are not generic ("japannews" and
/// "yomiuri" for `japannews.yomiuri.co.jp`).
pub fn outlet_keys(doc: &Document) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(site) = &doc.meta.site {
        keys.push(key(site));
    }
    if let Some(host) = doc.meta.url.as_deref().and_then(host_of) {
        let labels: Vec<&str> = host.split('.').collect();
        // The last label is the top-level domain.
        for label in &labels[..labels.len().saturating_sub(1)] {
            let label = label.to_lowercase();
            if label.len() >= 3 && !GENERIC_LABELS.contains(&label.as_str()) {
                keys.push(key(&label));
            }
        }
    }
    keys.retain(|k| k.len() >= 3);
    keys.sort();
    keys.dedup();
    keys
}

/// Whether a credited name names an outlet known by `keys`: equal, or one
/// the start of the other ("yomiuri" for "Yomiuri Shimbun", "reuters" for
/// "Reuters.com") when the shorter has at least five letters, so that a
/// short label does not match every name it begins.
pub fn names_outlet(credited: &str, keys: &[String]) -> bool {
    keys.iter().any(|k| {
        let (short, long) = if k.len() <= credited.len() {
            (k.as_str(), credited)
        } else {
            (credited, k.as_str())
        };
        short == long || (short.len() >= 5 && long.starts_with(short))
    })
}

/// A name compared without case, spaces, punctuation or a leading "the".
fn key(name: &str) -> String {
    let name = name.trim();
    let name = name
        .strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name);
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The host of an absolute http(s) URL.
fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, url: Option<&str>) -> Document {
        let mut d = Document::from_text("d", "d.txt", text);
        d.meta.url = url.map(str::to_string);
        d
    }

    #[test]
    fn a_citing_credit_names_the_source_outlet() {
        let d = doc(
            "The toll reached 40 on Friday, Harbour Daily reports citing The Coastal Times.",
            None,
        );
        assert_eq!(credited(&d), vec!["coastaltimes"]);
        let source = doc("", Some("https://coastaltimes.example.org/a/1"));
        assert!(names_outlet(&credited(&d)[0], &outlet_keys(&source)));
    }

    #[test]
    fn credit_lines_of_reprints_are_read() {
        let d = doc(
            "Rain fell for a week.\nThis article first appeared in The Valley Ledger.\nSource: Northwire",
            None,
        );
        assert_eq!(credited(&d), vec!["valleyledger", "northwire"]);
    }

    #[test]
    fn crediting_one_statement_is_not_a_credit_of_the_text() {
        let d = doc(
            "Forty people died, according to Northwire. An official told The Valley Ledger the dam broke.",
            None,
        );
        assert!(credited(&d).is_empty());
    }

    #[test]
    fn generic_host_labels_name_no_outlet() {
        let d = doc("", Some("https://www.news.valleyledger.com/story"));
        assert_eq!(outlet_keys(&d), vec!["valleyledger"]);
        assert!(names_outlet("valleyledgerdaily", &outlet_keys(&d)));
        assert!(!names_outlet("news", &outlet_keys(&d)));
        // A short label matches only itself.
        let short = doc("", Some("https://abc.example.com/x"));
        assert!(!names_outlet("abcdefgh", &outlet_keys(&short)));
    }
}
