//! schema.org JSON-LD: the article object (`NewsArticle`, `Article`,
//! `BlogPosting`, …), found at the top level, in arrays or in `@graph`.

use serde_json::Value;

/// What an article's JSON-LD says. Strings are as given (dates not yet normalised).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct LdArticle {
    /// `headline` (or `name`).
    pub headline: Option<String>,
    /// `datePublished`.
    pub published: Option<String>,
    /// `dateModified`.
    pub modified: Option<String>,
    /// `author` names.
    pub authors: Vec<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `url` or `mainEntityOfPage`.
    pub url: Option<String>,
    /// `inLanguage`.
    pub language: Option<String>,
}

/// Read the first article object of the given `<script type="application/ld+json">`
/// bodies. A `WebPage` object is used only when no article object exists.
pub fn read<'a>(scripts: impl IntoIterator<Item = &'a str>) -> Option<LdArticle> {
    let mut best: Option<(u8, LdArticle)> = None;
    for body in scripts {
        let body = body
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>")
            .trim();
        // Invalid JSON-LD is common (trailing commas, raw newlines in strings): skip it.
        let Ok(value) = serde_json::from_str::<Value>(body) else {
            continue;
        };
        let mut found = Vec::new();
        collect(&value, &mut found, 0);
        for obj in found {
            let rank = rank(obj);
            if rank > 0 && best.as_ref().is_none_or(|(r, _)| rank > *r) {
                best = Some((rank, article(obj)));
            }
        }
    }
    best.map(|(_, a)| a)
}

/// All objects in the tree (arrays and `@graph` walked, depth-capped).
fn collect<'v>(v: &'v Value, out: &mut Vec<&'v Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect(i, out, depth + 1)),
        Value::Object(map) => {
            out.push(v);
            if let Some(g) = map.get("@graph") {
                collect(g, out, depth + 1);
            }
            if let Some(m) = map.get("mainEntity") {
                collect(m, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// 2 for article types, 1 for web pages, 0 for anything else.
fn rank(obj: &Value) -> u8 {
    let types: Vec<&str> = match obj.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => return 0,
    };
    let article = |t: &str| t.ends_with("Article") || t.ends_with("Posting") || t == "Report";
    if types.iter().any(|t| article(t)) {
        2
    } else if types.iter().any(|t| t.ends_with("WebPage")) {
        1
    } else {
        0
    }
}

fn article(obj: &Value) -> LdArticle {
    let s = |k: &str| obj.get(k).and_then(text);
    LdArticle {
        headline: s("headline").or_else(|| s("name")),
        published: s("datePublished").or_else(|| s("dateCreated")),
        modified: s("dateModified"),
        authors: obj.get("author").map(names).unwrap_or_default(),
        publisher: obj
            .get("publisher")
            .and_then(|p| names(p).into_iter().next()),
        url: s("url").or_else(|| {
            obj.get("mainEntityOfPage")
                .and_then(|m| text(m).or_else(|| m.get("@id").and_then(text)))
        }),
        language: obj
            .get("inLanguage")
            .and_then(|l| text(l).or_else(|| l.get("alternateName").and_then(text))),
    }
}

/// A non-empty string value, whitespace collapsed.
fn text(v: &Value) -> Option<String> {
    let s = v.as_str()?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// Names from a string, an object with `name`, or an array of either.
fn names(v: &Value) -> Vec<String> {
    match v {
        Value::String(_) => text(v).into_iter().collect(),
        Value::Object(m) => m.get("name").and_then(text).into_iter().collect(),
        Value::Array(a) => a.iter().flat_map(names).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_article_wins_over_webpage() {
        let ld = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","name":"Page","datePublished":"2020-01-01"},
            {"@type":["NewsArticle"],"headline":"Dam holds","datePublished":"2024-03-05T08:00:00Z",
             "dateModified":"2024-03-06T09:00:00Z","author":[{"@type":"Person","name":"Ana Ruiz"},"Bo Chen"],
             "publisher":{"@type":"Organization","name":"Valley Post"},
             "mainEntityOfPage":{"@id":"https://valley.example/dam"},"inLanguage":"en-GB"}]}"#;
        let a = read([ld]).expect("article");
        assert_eq!(a.headline.as_deref(), Some("Dam holds"));
        assert_eq!(a.published.as_deref(), Some("2024-03-05T08:00:00Z"));
        assert_eq!(a.modified.as_deref(), Some("2024-03-06T09:00:00Z"));
        assert_eq!(a.authors, ["Ana Ruiz", "Bo Chen"]);
        assert_eq!(a.publisher.as_deref(), Some("Valley Post"));
        assert_eq!(a.url.as_deref(), Some("https://valley.example/dam"));
        assert_eq!(a.language.as_deref(), Some("en-GB"));
    }

    #[test]
    fn broken_and_unrelated_json_is_ignored() {
        assert_eq!(
            read(["{not json", r#"{"@type":"Organization","name":"X"}"#]),
            None
        );
    }
}
