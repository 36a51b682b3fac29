//! What an element's attributes tell the content scorer, read once per
//! page instead of once per attempt and candidate: readability's
//! class/id weight (−25 for words that name furniture — "comment",
//! "sidebar", "share" —, +25 for words that name content — "article",
//! "content", "post" —, both possible at once), whether the class/id
//! marks an unlikely candidate, an unlikely ARIA role, and visibility.

use std::cell::Cell;
use std::sync::LazyLock;

use super::dom::{Dom, Id};
use super::tags::Tag;

const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story",
];
/// Readability's unlikely-candidate words (substrings of class + id).
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];
/// Words that keep an unlikely-looking element.
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "layout", "main", "mathjax", "shadow",
];
/// Roles that are never the article.
const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// Case-insensitive search for any of a few ASCII words inside short
/// strings (class and id values): the words are bucketed by first byte,
/// so most positions of the haystack cost one table lookup.
struct AnyOf {
    buckets: Vec<Vec<&'static [u8]>>,
}

impl AnyOf {
    fn new(words: &[&'static str]) -> Self {
        let mut buckets = vec![Vec::new(); 256];
        for w in words {
            let b = w.as_bytes();
            buckets[usize::from(b[0].to_ascii_lowercase())].push(b);
        }
        AnyOf { buckets }
    }

    fn is_match(&self, hay: &str) -> bool {
        let h = hay.as_bytes();
        (0..h.len()).any(|i| {
            self.buckets[usize::from(h[i].to_ascii_lowercase())]
                .iter()
                .any(|w| h.len() - i >= w.len() && h[i..i + w.len()].eq_ignore_ascii_case(w))
        })
    }
}

static NEGATIVE_SET: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(NEGATIVE));
static POSITIVE_SET: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(POSITIVE));
static UNLIKELY_SET: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(UNLIKELY));
static MAYBE_SET: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(MAYBE));
static HID_SET: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(&["hid"]));

/// Per-element attribute facts of one page, read when first asked for
/// (most elements are inside furniture or never candidates) and kept for
/// the scorer's later attempts.
pub struct Marks<'d, 's> {
    dom: &'d Dom<'s>,
    /// Class/id weight.
    weight: Vec<Cell<f32>>,
    /// [`KNOWN`] once read, plus the flag bits.
    flags: Vec<Cell<u8>>,
}

const UNLIKELY_WORDS: u8 = 1;
const UNLIKELY_ROLE: u8 = 2;
const INVISIBLE: u8 = 4;
const KNOWN: u8 = 128;

impl<'d, 's> Marks<'d, 's> {
    /// Facts of the elements of `dom`, none read yet.
    pub fn new(dom: &'d Dom<'s>) -> Self {
        let n = dom.nodes.len();
        Marks {
            dom,
            weight: vec![Cell::new(0.0); n],
            flags: vec![Cell::new(0); n],
        }
    }

    fn flags(&self, i: Id) -> u8 {
        let f = self.flags[i as usize].get();
        if f & KNOWN != 0 {
            return f;
        }
        let (w, f) = read(self.dom, i);
        self.weight[i as usize].set(w);
        self.flags[i as usize].set(f | KNOWN);
        f | KNOWN
    }

    /// Readability's class/id weight of element `i`.
    pub fn class_weight(&self, i: Id) -> f32 {
        self.flags(i);
        self.weight[i as usize].get()
    }

    /// Do element `i`'s class/id words mark an unlikely candidate?
    pub fn unlikely_words(&self, i: Id) -> bool {
        self.flags(i) & UNLIKELY_WORDS != 0
    }

    /// Does element `i` have a role that is never the article?
    pub fn unlikely_role(&self, i: Id) -> bool {
        self.flags(i) & UNLIKELY_ROLE != 0
    }

    /// Is element `i` hidden (`hidden`, `aria-hidden`, an invisible style)?
    pub fn invisible(&self, i: Id) -> bool {
        self.flags(i) & INVISIBLE != 0
    }
}

/// (weight, flags) of element `i`.
fn read(dom: &Dom, i: Id) -> (f32, u8) {
    if dom.tag(i) == Tag::Text || dom.attrs(i).is_empty() {
        return (0.0, 0);
    }
    let (mut class, mut id, mut role, mut style, mut aria, mut hidden) =
        (None, None, None, None, None, false);
    for a in dom.attrs(i) {
        let k = dom.attr_name(a);
        let v = Some(dom.raw_value(a));
        match k.len() {
            5 if k.eq_ignore_ascii_case("class") => class = class.or(v),
            2 if k.eq_ignore_ascii_case("id") => id = id.or(v),
            4 if k.eq_ignore_ascii_case("role") => role = role.or(v),
            5 if k.eq_ignore_ascii_case("style") => style = style.or(v),
            11 if k.eq_ignore_ascii_case("aria-hidden") => aria = aria.or(v),
            6 if k.eq_ignore_ascii_case("hidden") => hidden = true,
            _ => {}
        }
    }
    let mut w = 0.0;
    let values = || [class, id].into_iter().flatten().filter(|v| !v.is_empty());
    for v in values() {
        if NEGATIVE_SET.is_match(v)
            || HID_SET.is_match(v)
                && v.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|x| x.eq_ignore_ascii_case("hid"))
        {
            w -= 25.0;
        }
        if POSITIVE_SET.is_match(v) {
            w += 25.0;
        }
    }
    // Readability tests class and id joined by a space; no word of either list spans it.
    let unlikely =
        values().any(|v| UNLIKELY_SET.is_match(v)) && !values().any(|v| MAYBE_SET.is_match(v));
    let mut f = 0;
    if unlikely {
        f |= UNLIKELY_WORDS;
    }
    if role.is_some_and(|r| UNLIKELY_ROLES.contains(&r)) {
        f |= UNLIKELY_ROLE;
    }
    let invisible = hidden
        || style.is_some_and(hides)
        || aria == Some("true") && !class.is_some_and(|c| c.contains("fallback-image"));
    if invisible {
        f |= INVISIBLE;
    }
    (w, f)
}

/// `display: none` or `visibility: hidden` among an inline style's declarations.
fn hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((k, v)) = decl.split_once(':') else {
            return false;
        };
        let (k, first) = (k.trim(), v.split_whitespace().next().unwrap_or(""));
        k.eq_ignore_ascii_case("display") && first.eq_ignore_ascii_case("none")
            || k.eq_ignore_ascii_case("visibility") && first.eq_ignore_ascii_case("hidden")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse::parse;

    #[test]
    fn weights_unlikely_words_and_visibility() {
        let dom = parse(
            r#"<div class="post-content">a</div><div id="sidebar">b</div><div class="related-article">c</div><p style="display: none">d</p><p aria-hidden="true">e</p><nav role="navigation">f</nav>"#,
        );
        let m = Marks::new(&dom);
        let ids: Vec<Id> = (0..dom.nodes.len() as Id)
            .filter(|&i| {
                dom.tag(i) != Tag::Text && !matches!(dom.tag(i), Tag::Html | Tag::Head | Tag::Body)
            })
            .collect();
        let [content, sidebar, related, hidden, aria, nav] = ids[..] else {
            panic!("{ids:?}")
        };
        assert_eq!(m.class_weight(content), 25.0);
        assert_eq!(m.class_weight(sidebar), -25.0);
        assert!(m.unlikely_words(sidebar));
        assert!(!m.unlikely_words(related), "'article' keeps it");
        assert!(m.invisible(hidden) && m.invisible(aria));
        assert!(m.unlikely_role(nav));
        assert!(!m.invisible(content));
    }
}
