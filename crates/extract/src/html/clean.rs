//! Remove page furniture from the DOM before readability scores it: photo
//! captions and credits, bylines and date lines, related-story and
//! "more" boxes, newsletter and share blocks, galleries, hover cards,
//! footers and screen-reader-only labels.
//!
//! Elements are recognised by generic markup only: tag names (`figcaption`,
//! `aside`, `footer`, `nav`, `form`, `button`), the `hidden` attribute and
//! ARIA roles, and a vocabulary of words web developers use in `class` and
//! `id` values everywhere ("caption", "byline", "related", "newsletter",
//! "share"). Nothing keys on a site.
//!
//! The guard against removing the article itself: an element that holds a
//! large share of the page's prose (long text nodes) is never removed by its class
//! words, so a wrapper named `article-with-related` survives.

use dom_query::{Document, NodeRef};

/// Tags that never hold article prose.
const DROP_TAGS: &[&str] = &[
    "figcaption", "aside", "footer", "nav", "form", "button", "select", "dialog", "menu", "noscript", "template",
    "iframe", "svg", "style", "script", "video", "audio", "time",
];

/// Class/id words naming furniture, matched against whole words of the
/// attribute (split on punctuation and camelCase).
const FURNITURE_WORDS: &[&str] = &[
    // captions, credits, galleries
    "caption", "captions", "credit", "credits", "gallery", "slideshow", "carousel", "lightbox", "enlarge",
    "photographer",
    // bylines and date lines
    "byline", "bylines", "author", "authors", "dateline", "timestamp", "pubdate", "published", "updated", "date",
    "datetime", "posted", "bio", "contributor",
    // related, recommended, more
    "related", "recommended", "recommendations", "recommendation", "popular", "trending", "mostread", "readmore",
    "morestories", "outbrain", "taboola", "teaser", "teasers",
    // newsletter, subscribe, share, social, ads
    "newsletter", "newsletters", "subscribe", "subscription", "signup", "share", "sharing", "sharebar", "social",
    "sociallinks", "follow", "promo", "promotion", "advert", "advertisement", "ad", "ads", "adslot", "sponsor",
    "sponsored", "affiliate", "disclosure",
    // page chrome
    "breadcrumb", "breadcrumbs", "footer", "sidebar", "toolbar", "tags", "taglist", "comments", "comment", "copyright",
    "disclaimer", "print", "widget", "modal", "popup", "overlay", "banner", "masthead", "offscreen", "sronly",
    "hidden", "hide", "invisible", "rollover", "tooltip", "popover", "hovercard", "skip", "subscriber", "paywall",
    "cookie", "cookies", "consent", "gdpr",
];

/// Word pairs that name furniture only together ("more" alone names too
/// much; "read more", "you may also like", "see also" do not).
const FURNITURE_PAIRS: &[(&str, &str)] = &[
    ("read", "more"),
    ("more", "stories"),
    ("more", "from"),
    ("see", "also"),
    ("also", "like"),
    ("most", "read"),
    ("most", "popular"),
    ("screen", "reader"),
    ("visually", "hidden"),
    ("sr", "only"),
    ("off", "screen"),
    ("sign", "up"),
    ("about", "author"),
    ("story", "list"),
];

/// An element holding more than this share of the page's prose is
/// the article (or contains it) and is never removed for its class words.
const MAX_SHARE: f64 = 0.35;

/// An element holding more than this share of all the page's text is never
/// removed for its class words either.
const MAX_TEXT_SHARE: f64 = 0.5;

/// Remove furniture from `doc` in place.
pub fn remove_furniture(doc: &Document) {
    let total = paragraph_chars(&doc.root()).max(1) as f64;
    let total_text = text_chars(&doc.root()).max(1) as f64;
    let mut doomed: Vec<NodeRef> = Vec::new();
    for node in doc.root().descendants_it() {
        if !node.is_element() {
            continue;
        }
        if is_furniture(&node) {
            // The share guard costs a subtree walk: only pay it for candidates.
            // Even tags are guarded: some pages wrap everything in one `<form>`.
            // Pages without long text nodes (results tables, lists) are
            // guarded by their share of all text instead.
            if paragraph_chars(&node) as f64 <= MAX_SHARE * total && text_chars(&node) as f64 <= MAX_TEXT_SHARE * total_text {
                doomed.push(node);
            }
        }
    }
    for node in doomed {
        node.remove_from_parent();
    }
}

/// Tags and attributes that make an element furniture whatever its size.
fn is_furniture_tag(node: &NodeRef) -> bool {
    let Some(name) = node.node_name() else { return false };
    let name = name.to_ascii_lowercase();
    // `<time>` is usually a date line; inside a sentence ("on <time>Monday</time>") it is prose.
    if name == "time" {
        return !inside_prose(node);
    }
    // An `<aside>` or `<footer>` that is the only home of long paragraphs
    // (some blogs wrap posts in odd tags) is judged by its words instead.
    DROP_TAGS.contains(&name.as_str()) && !(matches!(name.as_str(), "aside" | "footer") && holds_prose(node))
        || node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        || node.attr("role").is_some_and(|r| {
            let r = r.to_ascii_lowercase();
            matches!(r.trim(), "navigation" | "complementary" | "contentinfo" | "banner" | "dialog" | "menu")
        })
        || node.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// Furniture by tag, by its class/id words, or a promo paragraph.
fn is_furniture(node: &NodeRef) -> bool {
    if is_furniture_tag(node) || is_link_promo(node) {
        return true;
    }
    let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
    // Structural tags keep their content whatever their class says: a table
    // with class "ad-table" is still a table, a paragraph named "byline"
    // is furniture though.
    if matches!(name.as_str(), "html" | "body" | "main" | "article" | "table" | "tbody" | "tr" | "td" | "th") {
        return false;
    }
    let mut words = Vec::new();
    for attr in ["class", "id"] {
        if let Some(v) = node.attr(attr) {
            split_words(&v, &mut words);
        }
    }
    if words.is_empty() {
        return false;
    }
    words.iter().any(|w| FURNITURE_WORDS.contains(&w.as_str()))
        || FURNITURE_PAIRS.iter().any(|(a, b)| words.windows(2).any(|p| p[0] == *a && p[1] == *b))
}

/// A short paragraph that is nothing but a link: an inline "read this
/// too" teaser ("CLICK HERE TO GET THE APP", "Storm latest [VIDEO]").
/// Prose paragraphs carry words outside their links.
fn is_link_promo(node: &NodeRef) -> bool {
    if !node.node_name().is_some_and(|t| t.eq_ignore_ascii_case("p")) {
        return false;
    }
    let text = node.text();
    let len = text.trim().len();
    if len == 0 || len > 200 {
        return false;
    }
    let linked: usize = node
        .descendants_it()
        .filter(|d| d.is_element() && d.node_name().is_some_and(|t| t.eq_ignore_ascii_case("a")))
        .map(|a| a.text().trim().len())
        .sum();
    linked * 100 >= len * 95
}

/// Split a class/id value into lowercase words at punctuation, digits and
/// camelCase humps: `articleByline__name-2` → article, byline, name.
pub(crate) fn split_words(value: &str, out: &mut Vec<String>) {
    let mut word = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if c.is_ascii_alphabetic() {
            if c.is_ascii_uppercase() && prev_lower && !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            prev_lower = c.is_ascii_lowercase();
            word.push(c.to_ascii_lowercase());
        } else {
            prev_lower = false;
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
}

/// Bytes of visible text under `node` (scripts and styles left out).
fn text_chars(node: &NodeRef) -> usize {
    node.descendants_it().filter(|d| d.is_text() && !in_code(d)).map(|d| d.text().trim().len()).sum()
}

/// Text nodes at least this long (bytes) are prose, whatever tag holds them.
const PROSE_NODE: usize = 150;

/// Bytes of prose under `node`: long text nodes, whether pages wrap them in
/// `<p>`, `<div>` or `<br>`-separated runs.
fn paragraph_chars(node: &NodeRef) -> usize {
    let mut n = 0;
    for d in node.descendants_it() {
        if d.is_text() && !in_code(&d) {
            let len = d.text().trim().len();
            if len >= PROSE_NODE {
                n += len;
            }
        }
    }
    n
}

/// Is a text node the body of a script, style or template (not prose)?
fn in_code(text: &NodeRef) -> bool {
    text.parent().and_then(|p| p.node_name()).is_some_and(|t| {
        matches!(t.to_ascii_lowercase().as_str(), "script" | "style" | "noscript" | "template" | "textarea" | "title")
    })
}

/// Does the element hold at least two long paragraphs?
fn holds_prose(node: &NodeRef) -> bool {
    node.descendants_it()
        .filter(|d| d.is_element() && d.node_name().is_some_and(|t| t.eq_ignore_ascii_case("p")))
        .filter(|p| p.text().len() > 200)
        .take(2)
        .count()
        >= 2
}

/// Is the element part of running text (a parent paragraph with other words)?
fn inside_prose(node: &NodeRef) -> bool {
    let Some(parent) = node.parent() else { return false };
    let own = node.text().len();
    let around = parent.text().len();
    parent.node_name().is_some_and(|t| matches!(t.to_ascii_lowercase().as_str(), "p" | "li" | "td" | "blockquote"))
        && around > own + 40
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_punctuation_and_humps() {
        let mut w = Vec::new();
        split_words("articleByline__name-2 c-related", &mut w);
        assert_eq!(w, ["article", "byline", "name", "c", "related"]);
    }
}
