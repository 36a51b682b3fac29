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

use dom_query::{local_name, Document, LocalName, NodeData, NodeRef};

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
///
/// One walk measures every node's text (bottom-up sums over a pre-order
/// list), so the share guard costs a lookup per candidate instead of a walk
/// of its subtree: linear in the page, however deeply furniture nests.
pub fn remove_furniture(doc: &Document) {
    let page = Measured::new(doc.root());
    let total = page.size[0].prose.max(1) as f64;
    let total_text = page.size[0].text.max(1) as f64;
    let mut words = Words::default();
    let mut doomed: Vec<NodeRef> = Vec::new();
    for (i, node) in page.nodes.iter().enumerate() {
        // Even tags are guarded: some pages wrap everything in one `<form>`.
        // Pages without long text nodes (results tables, lists) are
        // guarded by their share of all text instead.
        let size = page.size[i];
        if is_furniture(&page, i, &mut words)
            && size.prose as f64 <= MAX_SHARE * total
            && size.text as f64 <= MAX_TEXT_SHARE * total_text
        {
            doomed.push(*node);
        }
    }
    for node in doomed {
        node.remove_from_parent();
    }
}

/// Text measures of one node's subtree, in bytes.
#[derive(Debug, Default, Clone, Copy)]
struct Size {
    /// Prose: trimmed text nodes of at least [`PROSE_NODE`] bytes, outside code.
    prose: usize,
    /// Visible text: trimmed text nodes outside scripts, styles and the like.
    text: usize,
    /// All text, untrimmed, code included (the length of `NodeRef::text`).
    raw: usize,
}

/// Every node of a tree in document order, with its parent, the end of its
/// subtree (descendants are `i + 1 .. end[i]`) and its [`Size`].
struct Measured<'a> {
    nodes: Vec<NodeRef<'a>>,
    parent: Vec<usize>,
    end: Vec<usize>,
    size: Vec<Size>,
}

impl<'a> Measured<'a> {
    fn new(root: NodeRef<'a>) -> Self {
        let mut m = Measured { nodes: Vec::new(), parent: Vec::new(), end: Vec::new(), size: Vec::new() };
        // (node, parent index, parent is a code element)
        let mut stack: Vec<(NodeRef<'a>, usize, bool)> = vec![(root, usize::MAX, false)];
        while let Some((node, parent, in_code)) = stack.pop() {
            let i = m.nodes.len();
            let (size, code) = node
                .query(|n| match &n.data {
                    NodeData::Text { contents } => {
                        let trimmed = if in_code { 0 } else { contents.trim().len() };
                        let prose = if trimmed >= PROSE_NODE { trimmed } else { 0 };
                        (Size { prose, text: trimmed, raw: contents.len() }, false)
                    }
                    NodeData::Element(el) => (Size::default(), CODE_TAGS.contains(&el.name.local)),
                    _ => (Size::default(), false),
                })
                .unwrap_or_default();
            m.nodes.push(node);
            m.parent.push(parent);
            m.end.push(i + 1);
            m.size.push(size);
            // Reversed, so the first child is popped (numbered) next.
            stack.extend(node.children_it(true).map(|c| (c, i, code)));
        }
        for i in (1..m.nodes.len()).rev() {
            let p = m.parent[i];
            let (child, end) = (m.size[i], m.end[i]);
            let s = &mut m.size[p];
            s.prose += child.prose;
            s.text += child.text;
            s.raw += child.raw;
            m.end[p] = m.end[p].max(end);
        }
        m
    }

    /// Descendants of node `i`, in document order.
    fn descendants(&self, i: usize) -> std::ops::Range<usize> {
        i + 1..self.end[i]
    }
}

/// Elements whose text is code or markup-like text, not prose: scripts,
/// styles, templates, form fields, the page title.
static CODE_TAGS: LazyLock<Vec<LocalName>> = LazyLock::new(|| {
    ["script", "style", "noscript", "template", "textarea", "title"].into_iter().map(LocalName::from).collect()
});

/// Furniture by tag, by its class/id words, or a promo paragraph.
fn is_furniture(page: &Measured, i: usize, words: &mut Words) -> bool {
    let node = &page.nodes[i];
    let Some(el) = node.element_ref() else { return false };
    // Names are interned atoms: comparing them is comparing integers.
    let name = &el.name.local;
    let mut attrs = Attrs::default();
    for a in &el.attrs {
        let (k, v) = (&a.name.local, Some(&*a.value));
        if *k == local_name!("class") {
            attrs.class = attrs.class.or(v);
        } else if *k == local_name!("id") {
            attrs.id = attrs.id.or(v);
        } else if *k == local_name!("hidden") {
            attrs.hidden = true;
        } else if *k == local_name!("aria-hidden") {
            attrs.aria_hidden = attrs.aria_hidden.or(v);
        } else if *k == local_name!("role") {
            attrs.role = attrs.role.or(v);
        } else if *k == local_name!("style") {
            attrs.style = attrs.style.or(v);
        }
    }
    if is_furniture_tag(page, i, name, &attrs) {
        return true;
    }
    // Structural tags keep their content whatever their class says: a table
    // with class "ad-table" is still a table, a paragraph named "byline"
    // is furniture though.
    if STRUCTURAL.contains(name) {
        return false;
    }
    words.clear();
    for v in [attrs.class, attrs.id].into_iter().flatten() {
        words.split(v);
    }
    let by_words = !words.is_empty()
        && (words.iter().any(|w| FURNITURE_SET.contains(w))
            || words.pairs().any(|(a, b)| PAIR_FIRSTS.contains(a) && FURNITURE_PAIRS.contains(&(a, b))));
    let is_p = *name == local_name!("p");
    drop(el);
    by_words || (is_p && is_link_promo(node))
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

/// Tags that never hold article prose, as atoms.
static DROP_TAG_ATOMS: LazyLock<Vec<LocalName>> = LazyLock::new(|| DROP_TAGS.iter().map(|t| LocalName::from(*t)).collect());

/// Tags whose content stays whatever their class words say.
static STRUCTURAL: LazyLock<Vec<LocalName>> = LazyLock::new(|| {
    ["html", "body", "main", "article", "table", "tbody", "tr", "td", "th"].into_iter().map(LocalName::from).collect()
});

/// Tags and attributes that make an element furniture whatever its size.
fn is_furniture_tag(page: &Measured, i: usize, name: &LocalName, attrs: &Attrs) -> bool {
    // `<time>` is usually a date line; inside a sentence ("on <time>Monday</time>") it is prose.
    if *name == local_name!("time") {
        return !inside_prose(page, i);
    }
    // An `<aside>` or `<footer>` that is the only home of long paragraphs
    // (some blogs wrap posts in odd tags) is judged by its words instead.
    DROP_TAG_ATOMS.contains(name)
        && !((*name == local_name!("aside") || *name == local_name!("footer")) && holds_prose(page, i))
        || attrs.hidden
        || attrs.aria_hidden.is_some_and(|v| v.trim() == "true")
        || attrs.role.is_some_and(|r| {
            let r = r.trim();
            ["navigation", "complementary", "contentinfo", "banner", "dialog", "menu"]
                .iter()
                .any(|k| r.eq_ignore_ascii_case(k))
        })
        || attrs.style.is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// A short paragraph that is nothing but a link: an inline "read this
/// too" teaser ("CLICK HERE TO GET THE APP", "Storm latest [VIDEO]").
/// Prose paragraphs carry words outside their links.
fn is_link_promo(node: &NodeRef) -> bool {
    let text = node.text();
    let len = text.trim().len();
    if len == 0 || len > 200 {
        return false;
    }
    let linked: usize = node
        .descendants_it()
        .filter(|d| d.element_ref().is_some_and(|e| e.name.local == local_name!("a")))
        .map(|a| a.text().trim().len())
        .sum();
    linked * 100 >= len * 95
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
        self.spans.windows(2).map(|w| (&self.buf[w[0].0..w[0].1], &self.buf[w[1].0..w[1].1]))
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
static FURNITURE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FURNITURE_WORDS.iter().copied()));

/// First words of [`FURNITURE_PAIRS`]: most word pairs are rejected by one lookup.
static PAIR_FIRSTS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FURNITURE_PAIRS.iter().map(|(a, _)| *a)));

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
fn holds_prose(page: &Measured, i: usize) -> bool {
    page.descendants(i)
        .filter(|&d| page.size[d].raw > 200 && page.nodes[d].element_ref().is_some_and(|e| e.name.local == local_name!("p")))
        .take(2)
        .count()
        >= 2
}

/// Is the element part of running text (a parent paragraph with other words)?
fn inside_prose(page: &Measured, i: usize) -> bool {
    let Some(&p) = page.parent.get(i).filter(|p| **p != usize::MAX) else { return false };
    let (own, around) = (page.size[i].raw, page.size[p].raw);
    page.nodes[p].element_ref().is_some_and(|e| {
        let n = &e.name.local;
        *n == local_name!("p") || *n == local_name!("li") || *n == local_name!("td") || *n == local_name!("blockquote")
    })
        && around > own + 40
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_punctuation_and_humps() {
        assert_eq!(split_words("articleByline__name-2 c-related"), ["article", "byline", "name", "c", "related"]);
        assert_eq!(split_words("ABC"), ["abc"]);
    }
}
