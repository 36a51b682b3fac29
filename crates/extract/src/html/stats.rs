//! Bottom-up measures of every node's kept content (characters, commas,
//! link text, counts of paragraphs, images, list items, …): what the
//! content scorer and the conditional cleaner decide by. One reverse loop
//! over the tree computes them all; removing a node later subtracts its
//! measures from its ancestors instead of measuring again.

use super::dom::{Dom, Id};
use super::tags::Tag;

/// Measures of one subtree (kept nodes only).
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    /// Characters, whitespace runs counted once.
    pub chars: u32,
    /// Commas (Latin, Arabic, CJK, …).
    pub commas: u32,
    /// Characters inside links, tenths (in-page `#` links weigh 0.3).
    pub link_tenths: u32,
    /// `<p>` elements (and readability's implied paragraphs).
    pub p: u32,
    /// Images.
    pub img: u32,
    /// List items.
    pub li: u32,
    /// Form inputs.
    pub input: u32,
    /// `<object>`, `<embed>`, `<iframe>`.
    pub embed: u32,
    /// Embeds that show a video.
    pub video: u32,
    /// Characters inside headings.
    pub heading: u32,
    /// Characters inside lists (`ul`, `ol`) below this node.
    pub list: u32,
    /// Text-bearing blocks (`p`, `div`, `li`, `td`, `span`, …) with text below this node.
    pub textish: u32,
    /// `<pre>` elements.
    pub pre: u32,
    /// Readability block elements (`div`, `p`, `img`, `table`, …) below this node.
    pub blocks: u32,
}

impl Stats {
    /// Link density: share of the characters that are link text.
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_tenths as f32 / 10.0 / self.chars as f32
        }
    }

    fn add(&mut self, o: &Stats) {
        self.chars += o.chars;
        self.commas += o.commas;
        self.link_tenths += o.link_tenths;
        self.p += o.p;
        self.img += o.img;
        self.li += o.li;
        self.input += o.input;
        self.embed += o.embed;
        self.video += o.video;
        self.heading += o.heading;
        self.list += o.list;
        self.textish += o.textish;
        self.pre += o.pre;
        self.blocks += o.blocks;
    }

    /// Take `o` (a removed descendant's measures) out of these.
    pub fn sub(&mut self, o: &Stats) {
        let s = |a: &mut u32, b: u32| *a = a.saturating_sub(b);
        s(&mut self.chars, o.chars);
        s(&mut self.commas, o.commas);
        s(&mut self.link_tenths, o.link_tenths);
        s(&mut self.p, o.p);
        s(&mut self.img, o.img);
        s(&mut self.li, o.li);
        s(&mut self.input, o.input);
        s(&mut self.embed, o.embed);
        s(&mut self.video, o.video);
        s(&mut self.heading, o.heading);
        s(&mut self.list, o.list);
        s(&mut self.textish, o.textish);
        s(&mut self.pre, o.pre);
        s(&mut self.blocks, o.blocks);
    }
}

/// Characters and commas of each text node, measured once per page.
pub struct TextMeasures {
    /// (characters with whitespace runs counted once, commas) per node; zero for elements.
    pub of: Vec<(u32, u32)>,
}

impl TextMeasures {
    /// Measure every text node of `dom`.
    pub fn new(dom: &Dom) -> Self {
        let of = (0..dom.nodes.len() as Id)
            .map(|i| {
                if dom.tag(i) == Tag::Text {
                    measure_text(dom.own_text(i), dom.node(i).blank)
                } else {
                    (0, 0)
                }
            })
            .collect();
        TextMeasures { of }
    }
}

/// Non-ASCII commas readability counts.
const WIDE_COMMAS: &[char] = &[
    '\u{060C}', '\u{FE50}', '\u{FE10}', '\u{FE11}', '\u{2E41}', '\u{2E34}', '\u{2E32}', '\u{FF0C}',
];

fn measure_text(t: &str, blank: bool) -> (u32, u32) {
    if blank {
        return (1, 0);
    }
    let (mut chars, mut commas, mut in_space, mut ascii) = (0u32, 0u32, false, true);
    for &c in t.as_bytes() {
        if c.is_ascii_whitespace() {
            if !in_space {
                chars += 1;
            }
            in_space = true;
            continue;
        }
        in_space = false;
        if c == b',' {
            commas += 1;
        }
        if c >= 0x80 {
            ascii = false;
        }
        // Count characters, not bytes: UTF-8 continuation bytes are 0b10xxxxxx.
        if c & 0xC0 != 0x80 {
            chars += 1;
        }
    }
    if !ascii {
        commas += t.chars().filter(|c| WIDE_COMMAS.contains(c)).count() as u32;
    }
    (chars, commas)
}

/// Is `href` an in-page link (`#section`)?
fn in_page(dom: &Dom, i: Id) -> bool {
    dom.raw_attr(i, "href")
        .is_some_and(|h| h.len() > 1 && h.starts_with('#'))
}

/// Does an embed's markup name a video host (such embeds are content)?
pub fn is_video_embed(dom: &Dom, i: Id) -> bool {
    const HOSTS: &[&str] = &[
        "youtube.com",
        "youtube-nocookie.com",
        "player.vimeo.com",
        "dailymotion.com",
        "player.twitch.tv",
        "archive.org",
        "upload.wikimedia.org",
        "bilibili.com",
        "v.qq.com",
    ];
    dom.attrs(i).iter().any(|a| {
        let v = dom.raw_value(a);
        HOSTS.iter().any(|h| v.contains(h))
    })
}

/// Measures of every node, with the subtrees rooted at `removed` nodes
/// left out of their ancestors. `implied_p[i]`: paragraphs readability
/// would create inside node `i` (runs of inline content in a `<div>`).
pub fn compute(dom: &Dom, text: &TextMeasures, removed: &[bool], implied_p: &[u32]) -> Vec<Stats> {
    let n = dom.nodes.len();
    let mut stats = vec![Stats::default(); n];
    for i in (0..n).rev() {
        let id = i as Id;
        let tag = dom.tag(id);
        let s = &mut stats[i];
        match tag {
            Tag::Text => {
                let (chars, commas) = text.of[i];
                s.chars = chars;
                s.commas = commas;
            }
            Tag::A => s.link_tenths = s.chars * if in_page(dom, id) { 3 } else { 10 },
            Tag::P => s.p += 1,
            Tag::Img => s.img += 1,
            Tag::Li => s.li += 1,
            Tag::Input => s.input += 1,
            Tag::Object | Tag::Embed | Tag::Iframe => {
                s.embed += 1;
                if is_video_embed(dom, id) {
                    s.video += 1;
                }
            }
            Tag::Pre => s.pre += 1,
            t if t.is_heading() => s.heading = s.chars,
            _ => {}
        }
        s.p += implied_p[i];
        s.textish += implied_p[i];
        if i == 0 || removed[i] {
            continue;
        }
        let child = stats[i];
        let parent = &mut stats[dom.node(id).parent as usize];
        parent.add(&child);
        if matches!(tag, Tag::Ul | Tag::Ol) {
            parent.list += child.chars - child.list.min(child.chars);
        }
        if child.chars > 0 && is_textish(tag) {
            parent.textish += 1;
        }
        if tag.is_readability_block() {
            parent.blocks += 1;
        }
    }
    stats
}

/// Readability's "textish" elements.
fn is_textish(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Blockquote
            | Tag::Dl
            | Tag::Div
            | Tag::Img
            | Tag::Ol
            | Tag::P
            | Tag::Pre
            | Tag::Table
            | Tag::Ul
            | Tag::Span
            | Tag::Li
            | Tag::Td
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_measures_count_characters_and_commas() {
        assert_eq!(measure_text("a,  b,\n c", false), (7, 2));
        assert_eq!(measure_text("日本，東京", false), (5, 1));
        assert_eq!(measure_text("   ", true), (1, 0));
    }
}
