//! Readability's class/id weight: −25 for words that name furniture
//! ("comment", "sidebar", "share", …), +25 for words that name content
//! ("article", "content", "post", …), both possible at once.

use super::dom::{Dom, Id};

const NEGATIVE: &[&str] = &[
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
    "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
    "tags", "widget",
];
const POSITIVE: &[&str] = &["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story"];

/// Weight of element `i` by its `class` and `id`.
pub fn class_weight(dom: &Dom, i: Id) -> f32 {
    let mut weight = 0.0;
    for name in ["class", "id"] {
        let Some(v) = dom.raw_attr(i, name) else { continue };
        if v.is_empty() {
            continue;
        }
        let v = v.to_ascii_lowercase();
        if NEGATIVE.iter().any(|w| v.contains(w)) || v.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == "hid") {
            weight -= 25.0;
        }
        if POSITIVE.iter().any(|w| v.contains(w)) {
            weight += 25.0;
        }
    }
    weight
}
