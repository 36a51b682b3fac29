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

use std::sync::LazyLock;

use super::dom::{Dom, Id};
use super::tags::Tag;

/// Class/id words naming furniture, matched against whole words of the
/// attribute (split on punctuation and camelCase).
const FURNITURE_WORDS: &[&str] = &[
    // captions, credits, galleries
    "caption",
    "captions",
    "credit",
    "credits",
    "gallery",
    "slideshow",
    "carousel",
    "lightbox",
    "enlarge",
    "photographer",
    // bylines and date lines
    "byline",
    "bylines",
    "author",
    "authors",
    "dateline",
    "timestamp",
    "pubdate",
    "published",
    "updated",
    "date",
    "datetime",
    "posted",
    "bio",
    "contributor",
    // related, recommended, more
    "related",
    "recommended",
    "recommendations",
    "recommendation",
    "popular",
    "trending",
    "mostread",
    "readmore",
    "morestories",
    "outbrain",
    "taboola",
    "teaser",
    "teasers",
    // newsletter, subscribe, share, social, ads
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    "share",
    "sharing",
    "sharebar",
    "social",
    "sociallinks",
    "follow",
    "promo",
    "promotion",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "adslot",
    "sponsor",
    "sponsored",
    "affiliate",
    "disclosure",
    // page chrome
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "sidebar",
    "toolbar",
    "tags",
    "taglist",
    "comments",
    "comment",
    "copyright",
    "disclaimer",
    "print",
    "widget",
    "modal",
    "popup",
    "overlay",
    "banner",
    "masthead",
    "offscreen",
    "sronly",
    "hidden",
    "hide",
    "invisible",
    "rollover",
    "tooltip",
    "popover",
    "hovercard",
    "skip",
    "subscriber",
    "paywall",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
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

/// Mark furniture in `dom`: the returned flags are true for removed
/// subtree roots (walkers skip their whole subtree).
///
/// One bottom-up pass measures every node's text, so the share guard costs
/// a lookup per candidate instead of a walk of its subtree: linear in the
/// page, however deeply furniture nests.
pub fn find_furniture(dom: &Dom) -> Vec<bool> {
    let size = measure(dom);
    let total = size[0].prose.max(1) as f64;
    let total_text = size[0].text.max(1) as f64;
    let mut words = Words::default();
    let mut doomed = vec![false; dom.nodes.len()];
    let mut i = 0;
    while i < dom.nodes.len() {
        // Even tags are guarded: some pages wrap everything in one `<form>`.
        // Pages without long text nodes (results tables, lists) are
        // guarded by their share of all text instead.
        let s = size[i];
        if is_furniture(dom, &size, i as Id, &mut words)
            && s.prose as f64 <= MAX_SHARE * total
            && s.text as f64 <= MAX_TEXT_SHARE * total_text
        {
            doomed[i] = true;
            // What lies inside goes with it.
            i = dom.end(i as Id) as usize;
            continue;
        }
        i += 1;
    }
    doomed
}

/// Text measures of one node's subtree, in bytes.
#[derive(Debug, Default, Clone, Copy)]
struct Size {
    /// Prose: trimmed text nodes of at least [`PROSE_NODE`] bytes, outside code.
    prose: usize,
    /// Visible text: trimmed text nodes outside scripts, styles and the like.
    text: usize,
    /// All text, untrimmed, code included.
    raw: usize,
    /// Trimmed text inside `<a>` elements.
    linked: usize,
}

/// [`Size`] of every node: code-ness flows down in a forward pass, sums
/// flow up in a reverse one.
fn measure(dom: &Dom) -> Vec<Size> {
    let n = dom.nodes.len();
    let mut in_code = vec![false; n];
    for i in 1..n {
        let p = dom.nodes[i].parent as usize;
        in_code[i] = in_code[p] || CODE_TAGS.contains(&dom.nodes[p].tag);
    }
    let mut size = vec![Size::default(); n];
    for i in (0..n).rev() {
        let node = &dom.nodes[i];
        if node.tag == Tag::Text {
            let t = dom.own_text(i as Id);
            let trimmed = if in_code[i] { 0 } else { t.trim().len() };
            let prose = if trimmed >= PROSE_NODE { trimmed } else { 0 };
            size[i] = Size {
                prose,
                text: trimmed,
                raw: t.len(),
                linked: 0,
            };
        } else if node.tag == Tag::A {
            size[i].linked = size[i].text;
        }
        if i > 0 {
            let (child, p) = (size[i], node.parent as usize);
            let s = &mut size[p];
            s.prose += child.prose;
            s.text += child.text;
            s.raw += child.raw;
            s.linked += child.linked;
        }
    }
    size
}

/// Elements whose text is code or markup-like text, not prose: scripts,
/// styles, templates, form fields, the page title.
const CODE_TAGS: &[Tag] = &[
    Tag::Script,
    Tag::Style,
    Tag::Noscript,
    Tag::Template,
    Tag::Textarea,
    Tag::Title,
];

/// Furniture by tag, by its class/id words, or a promo paragraph.
fn is_furniture(dom: &Dom, size: &[Size], i: Id, words: &mut Words) -> bool {
    let tag = dom.tag(i);
    if tag == Tag::Text {
        return false;
    }
    let mut attrs = Attrs::default();
    for a in dom.attrs(i) {
        let (k, v) = (dom.attr_name(a), Some(dom.raw_value(a)));
        if k.eq_ignore_ascii_case("class") {
            attrs.class = attrs.class.or(v);
        } else if k.eq_ignore_ascii_case("id") {
            attrs.id = attrs.id.or(v);
        } else if k.eq_ignore_ascii_case("hidden") {
            attrs.hidden = true;
        } else if k.eq_ignore_ascii_case("aria-hidden") {
            attrs.aria_hidden = attrs.aria_hidden.or(v);
        } else if k.eq_ignore_ascii_case("role") {
            attrs.role = attrs.role.or(v);
        } else if k.eq_ignore_ascii_case("style") {
            attrs.style = attrs.style.or(v);
        }
    }
    if is_furniture_tag(dom, size, i, tag, &attrs) {
        return true;
    }
    // Structural tags keep their content whatever their class says: a table
    // with class "ad-table" is still a table, a paragraph named "byline"
    // is furniture though.
    if STRUCTURAL.contains(&tag) {
        return false;
    }
    words.clear();
    for v in [attrs.class, attrs.id].into_iter().flatten() {
        words.split(v);
    }
    let by_words = !words.is_empty()
        && (words.iter().any(|w| FURNITURE_SET.contains(w))
            || words
                .pairs()
                .any(|(a, b)| PAIR_FIRSTS.contains(a) && FURNITURE_PAIRS.contains(&(a, b))));
    by_words || (tag == Tag::P && is_link_promo(size[i as usize]))
}

/// The attributes furniture is recognised by (first occurrence of each, as
/// the DOM's attribute lookup gives).
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    hidden: bool,
    aria_hidden: Option<&'a str>,
    role: Option<&'a str>,
    style: Option<&'a str>,
}

/// Tags that never hold article prose.
const DROP_TAGS: &[Tag] = &[
    Tag::Figcaption,
    Tag::Aside,
    Tag::Footer,
    Tag::Nav,
    Tag::Form,
    Tag::Button,
    Tag::Select,
    Tag::Dialog,
    Tag::Menu,
    Tag::Noscript,
    Tag::Template,
    Tag::Iframe,
    Tag::Svg,
    Tag::Style,
    Tag::Script,
    Tag::Video,
    Tag::Audio,
    Tag::Time,
];

/// Tags whose content stays whatever their class words say.
const STRUCTURAL: &[Tag] = &[
    Tag::Html,
    Tag::Body,
    Tag::Main,
    Tag::Article,
    Tag::Table,
    Tag::Tbody,
    Tag::Tr,
    Tag::Td,
    Tag::Th,
];

/// Tags and attributes that make an element furniture whatever its size.
fn is_furniture_tag(dom: &Dom, size: &[Size], i: Id, tag: Tag, attrs: &Attrs) -> bool {
    // `<time>` is usually a date line; inside a sentence ("on <time>Monday</time>") it is prose.
    if tag == Tag::Time {
        return !inside_prose(dom, size, i);
    }
    // An `<aside>` or `<footer>` that is the only home of long paragraphs
    // (some blogs wrap posts in odd tags) is judged by its words instead.
    DROP_TAGS.contains(&tag)
        && !(matches!(tag, Tag::Aside | Tag::Footer) && holds_prose(dom, size, i))
        || attrs.hidden
        || attrs.aria_hidden.is_some_and(|v| v.trim() == "true")
        || attrs.role.is_some_and(|r| {
            let r = r.trim();
            [
                "navigation",
                "complementary",
                "contentinfo",
                "banner",
                "dialog",
                "menu",
            ]
            .iter()
            .any(|k| r.eq_ignore_ascii_case(k))
        })
        || attrs.style.is_some_and(hides)
}

/// Does an inline style say `display:none` or `visibility:hidden` (any
/// case and spacing)? Most styles mention neither word, and are passed
/// over without building a squeezed copy.
fn hides(style: &str) -> bool {
    let mentions = |w: &[u8]| {
        style
            .as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w))
    };
    if !(mentions(b"none") || mentions(b"hidden")) {
        return false;
    }
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// A short paragraph that is nothing but a link: an inline "read this
/// too" teaser ("CLICK HERE TO GET THE APP", "Storm latest [VIDEO]").
/// Prose paragraphs carry words outside their links.
fn is_link_promo(size: Size) -> bool {
    let len = size.text;
    len > 0 && len <= 200 && size.linked * 100 >= len * 95
}

/// Lowercase words of class/id values, split at punctuation, digits and
/// camelCase humps, kept in one reused buffer (no allocation per word).
#[derive(Default)]
struct Words {
    buf: String,
    spans: Vec<(usize, usize)>,
}

impl Words {
    fn clear(&mut self) {
        self.buf.clear();
        self.spans.clear();
    }

    fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Append the words of one attribute value: `articleByline__name-2` → article, byline, name.
    fn split(&mut self, value: &str) {
        let mut start = self.buf.len();
        let mut prev_lower = false;
        for c in value.bytes() {
            if c.is_ascii_alphabetic() {
                if c.is_ascii_uppercase() && prev_lower && self.buf.len() > start {
                    self.spans.push((start, self.buf.len()));
                    start = self.buf.len();
                }
                prev_lower = c.is_ascii_lowercase();
                self.buf.push(char::from(c.to_ascii_lowercase()));
            } else {
                prev_lower = false;
                if self.buf.len() > start {
                    self.spans.push((start, self.buf.len()));
                    start = self.buf.len();
                }
            }
        }
        if self.buf.len() > start {
            self.spans.push((start, self.buf.len()));
        }
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        self.spans.iter().map(|&(a, b)| &self.buf[a..b])
    }

    fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.spans
            .windows(2)
            .map(|w| (&self.buf[w[0].0..w[0].1], &self.buf[w[1].0..w[1].1]))
    }
}

/// Split a class/id value into lowercase words at punctuation, digits and
/// camelCase humps: `articleByline__name-2` → article, byline, name.
#[cfg(test)]
fn split_words(value: &str) -> Vec<String> {
    let mut w = Words::default();
    w.split(value);
    w.iter().map(str::to_string).collect()
}

/// [`FURNITURE_WORDS`] as a [`WordSet`].
static FURNITURE_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(FURNITURE_WORDS.iter().copied()));

/// First words of [`FURNITURE_PAIRS`]: most word pairs are rejected by one lookup.
static PAIR_FIRSTS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(FURNITURE_PAIRS.iter().map(|(a, _)| *a)));

/// A set of short lowercase ASCII words. Nearly every class word on a page
/// is not furniture, so membership first checks a bitmap of (first letter,
/// length) pairs the set's words have, and only then searches.
struct WordSet {
    /// Bit `len` of `shapes[first letter]` is set when a word of that shape is in the set.
    shapes: [u64; 26],
    sorted: Vec<&'static str>,
}

impl WordSet {
    fn new(words: impl Iterator<Item = &'static str>) -> Self {
        let mut sorted: Vec<&'static str> = words.collect();
        sorted.sort_unstable();
        sorted.dedup();
        let mut shapes = [0u64; 26];
        for w in &sorted {
            if let Some(slot) = Self::slot(w) {
                shapes[slot.0] |= 1 << slot.1;
            }
        }
        WordSet { shapes, sorted }
    }

    /// (first letter index, length) of a word, when both fit the bitmap.
    fn slot(w: &str) -> Option<(usize, usize)> {
        let first = *w.as_bytes().first()?;
        (first.is_ascii_lowercase() && w.len() < 64).then(|| (usize::from(first - b'a'), w.len()))
    }

    fn contains(&self, w: &str) -> bool {
        match Self::slot(w) {
            Some((letter, len)) if self.shapes[letter] & (1 << len) == 0 => false,
            _ => self.sorted.binary_search(&w).is_ok(),
        }
    }
}

/// Text nodes at least this long (bytes) are prose, whatever tag holds them.
const PROSE_NODE: usize = 150;

/// Does the element hold at least two long paragraphs?
fn holds_prose(dom: &Dom, size: &[Size], i: Id) -> bool {
    (i + 1..dom.end(i))
        .filter(|&d| dom.tag(d) == Tag::P && size[d as usize].raw > 200)
        .take(2)
        .count()
        >= 2
}

/// Is the element part of running text (a parent paragraph with other words)?
fn inside_prose(dom: &Dom, size: &[Size], i: Id) -> bool {
    let Some(p) = dom.parent(i) else { return false };
    let (own, around) = (size[i as usize].raw, size[p as usize].raw);
    matches!(dom.tag(p), Tag::P | Tag::Li | Tag::Td | Tag::Blockquote) && around > own + 40
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_punctuation_and_humps() {
        assert_eq!(
            split_words("articleByline__name-2 c-related"),
            ["article", "byline", "name", "c", "related"]
        );
        assert_eq!(split_words("ABC"), ["abc"]);
    }
}
