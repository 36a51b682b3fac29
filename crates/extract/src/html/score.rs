//! The content scorer: which part of the page is the article.
//!
//! This is the product's own code, written by hand over [`Dom`]; its
//! heuristics are those of Mozilla's readability.js (as ported by
//! dom_smoothie, which this extractor used before and whose dev-set
//! output it was checked against):
//! 1. drop unlikely candidates (class/id words such as "sidebar",
//!    "comment", "related" unless they also say "article", "content", …),
//!    dialogs, empty blocks and the heading that repeats the title;
//! 2. every paragraph-like element (`p`, `td`, `pre`, `section`, `h2`–`h6`,
//!    a `div` of inline content, a run of inline content inside a `div`)
//!    with at least 25 characters scores 2 + its commas + one point per
//!    100 characters (at most 3), added in full to its parent, half to its
//!    grandparent and a third of the level to ancestors up to five levels;
//! 3. each ancestor starts from its tag (`div` +5, lists −3, headings −5)
//!    and class/id weight (±25), and its total is scaled by
//!    1 − link density;
//! 4. the best candidate is moved up to a common ancestor of several near
//!    ties or to a parent whose score is higher, and siblings with high
//!    scores, the same class, or plain paragraphs of prose join it.
//!
//! Removals are flags in a side table, measures are [`stats`] sums: no
//! step re-walks a subtree per candidate, so the scorer is linear in the page.

use super::dom::{Dom, Id};
use super::stats::Stats;
use super::tags::Tag;
use super::weights::Marks;

/// How readability would see each `<div>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivAs {
    /// Not a div, or a div that stays one.
    Itself,
    /// A div of inline content only: a paragraph.
    Paragraph,
    /// A div around a single `<p>` (low link density): the `<p>` stands in its place.
    Transparent,
}

/// A paragraph-like thing to score.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    /// An element.
    Node(Id),
    /// A run of inline children of a `<div>`: `parent`, children `from..to`.
    Run { parent: Id, from: Id, to: Id },
}

/// The result of a candidate search: what to render, in document order
/// (the whole body when no candidate stood out).
pub struct Article {
    /// The parts of the article.
    pub parts: Vec<Item>,
}

/// Per-attempt switches, relaxed one by one when the article comes out short.
#[derive(Clone, Copy, Debug)]
pub struct Flags {
    /// Drop unlikely candidates before scoring.
    pub strip_unlikely: bool,
    /// Use class/id weights.
    pub weigh_classes: bool,
    /// Clean lists, tables and divs that look like furniture (see `prune`).
    pub clean_conditionally: bool,
}

/// Step 1: walk the body top-down, flagging unlikely and empty elements in
/// `removed` and collecting the things to score. `div_as` receives how
/// each div is read; `runs` the inline runs of divs that stay divs.
pub fn collect(
    dom: &Dom,
    marks: &Marks,
    stats: &[Stats],
    removed: &mut [bool],
    div_as: &mut [DivAs],
    title: Option<&str>,
    flags: Flags,
) -> Vec<Item> {
    let mut items = Vec::new();
    let mut title_heading = title.is_some_and(|t| !t.trim().is_empty());
    let mut i = dom.body + 1;
    let end = dom.end(dom.body);
    while i < end {
        let tag = dom.tag(i);
        let next = dom.end(i);
        if removed[i as usize] || tag == Tag::Svg {
            i = next;
            continue;
        }
        if tag == Tag::Text {
            i += 1;
            continue;
        }
        let remove = marks.invisible(i)
            || (title_heading
                && matches!(tag, Tag::H1 | Tag::H2)
                && title.is_some_and(|t| text_similarity(t, &dom.text_of(i)) > 0.75)
                && {
                    title_heading = false;
                    true
                })
            || flags.strip_unlikely && (is_unlikely(dom, marks, i) || marks.unlikely_role(i))
            || (matches!(tag, Tag::Div | Tag::Section | Tag::Header) || tag.is_heading())
                && without_content(dom, removed, i);
        if remove {
            removed[i as usize] = true;
            i = next;
            continue;
        }
        if matches!(
            tag,
            Tag::Section
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::P
                | Tag::Td
                | Tag::Pre
        ) {
            items.push(Item::Node(i));
        }
        if tag == Tag::Div {
            let s = &stats[i as usize];
            let (elements, only_p, inline_only) = children_shape(dom, removed, i);
            if elements == 1 && only_p && s.link_density() < 0.25 {
                div_as[i as usize] = DivAs::Transparent;
            } else if inline_only && s.link_density() < 0.25 || s.blocks == 0 && elements == 0 {
                div_as[i as usize] = DivAs::Paragraph;
                items.push(Item::Node(i));
            } else {
                inline_runs(dom, removed, i, |from, to| {
                    items.push(Item::Run {
                        parent: i,
                        from,
                        to,
                    })
                });
            }
        }
        i += 1;
    }
    items
}

/// (element children, the only element child is a `<p>` with no text beside it, all children inline).
fn children_shape(dom: &Dom, removed: &[bool], i: Id) -> (u32, bool, bool) {
    let (mut elements, mut p, mut text, mut inline) = (0, false, false, true);
    for c in dom.children(i).filter(|&c| !removed[c as usize]) {
        let n = dom.node(c);
        match n.tag {
            Tag::Text => text |= !n.blank,
            t => {
                elements += 1;
                p = t == Tag::P;
                inline &= is_phrasing(dom, removed, c);
            }
        }
    }
    (
        elements,
        elements == 1 && p && !text,
        inline && (text || elements > 0),
    )
}

/// Readability's phrasing content: inline elements, and links/edits holding only inline content.
pub fn is_phrasing(dom: &Dom, removed: &[bool], i: Id) -> bool {
    let tag = dom.tag(i);
    if matches!(tag, Tag::A | Tag::Del | Tag::Ins) {
        return dom
            .children(i)
            .filter(|&c| !removed[c as usize])
            .all(|c| is_phrasing(dom, removed, c));
    }
    tag.is_phrasing()
}

/// Runs of inline children of `div` (split at double `<br>`), as child index ranges.
pub fn inline_runs(dom: &Dom, removed: &[bool], div: Id, mut run: impl FnMut(Id, Id)) {
    let mut start: Option<Id> = None;
    let mut last_br = false;
    let mut last: Id = div;
    for c in dom.children(div).filter(|&c| !removed[c as usize]) {
        let n = dom.node(c);
        let blank = n.tag == Tag::Text && n.blank;
        if blank {
            continue;
        }
        let br = n.tag == Tag::Br;
        if is_phrasing(dom, removed, c) && !(br && last_br) {
            if start.is_none() && !br {
                start = Some(c);
            }
            last = c;
            last_br = br;
            continue;
        }
        if let Some(s) = start.take() {
            run(s, dom.end(last));
        }
        last_br = br;
    }
    if let Some(s) = start {
        run(s, dom.end(last));
    }
}

/// An unlikely candidate by its class/id words, unless inside a table or code.
fn is_unlikely(dom: &Dom, marks: &Marks, i: Id) -> bool {
    if matches!(dom.tag(i), Tag::A | Tag::Body | Tag::Html) || !marks.unlikely_words(i) {
        return false;
    }
    let mut a = dom.parent(i);
    while let Some(p) = a {
        if matches!(dom.tag(p), Tag::Table | Tag::Code) {
            return false;
        }
        a = dom.parent(p);
    }
    true
}

/// No text at all, and no element children but line breaks.
fn without_content(dom: &Dom, removed: &[bool], i: Id) -> bool {
    let has_text = (i + 1..dom.end(i)).any(|d| dom.tag(d) == Tag::Text && !dom.node(d).blank);
    if has_text {
        return false;
    }
    dom.children(i)
        .filter(|&c| !removed[c as usize] && dom.tag(c) != Tag::Text)
        .all(|c| matches!(dom.tag(c), Tag::Br | Tag::Hr))
}

/// Readability's title similarity: share of `b`'s words (by length) also in `a`.
pub fn text_similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let len = |ws: &[&String]| {
        ws.iter().map(|w| w.chars().count()).sum::<usize>() + ws.len().saturating_sub(1)
    };
    let all: Vec<&String> = wb.iter().collect();
    let unique: Vec<&String> = wb.iter().filter(|w| !wa.contains(w)).collect();
    1.0 - len(&unique) as f64 / len(&all).max(1) as f64
}

/// Step 2–3: scores of candidate ancestors.
pub fn score(
    dom: &Dom,
    marks: &Marks,
    stats: &[Stats],
    removed: &[bool],
    div_as: &[DivAs],
    items: &[Item],
    flags: Flags,
) -> (Vec<f32>, Vec<Id>) {
    let mut score = vec![f32::NAN; dom.nodes.len()];
    let mut order: Vec<Id> = Vec::new();
    for item in items {
        let (parent, chars, commas) = match *item {
            Item::Node(i) => (
                dom.parent(i),
                stats[i as usize].chars,
                stats[i as usize].commas,
            ),
            Item::Run { parent, from, to } => {
                let kept = |j: Id| dom.node(j).parent == parent && !removed[j as usize];
                let (c, k) = (from..to).filter(|&j| kept(j)).fold((0, 0), |(c, k), j| {
                    (c + stats[j as usize].chars, k + stats[j as usize].commas)
                });
                (Some(parent), c, k)
            }
        };
        if chars < 25 {
            continue;
        }
        let content = (2 + commas + (chars / 100).min(3)) as f32;
        let mut level = 0;
        let mut a = parent;
        while let Some(anc) = a {
            if level >= 5 {
                break;
            }
            if div_as[anc as usize] == DivAs::Transparent {
                a = dom.parent(anc);
                continue;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => (l * 3) as f32,
            };
            let s = &mut score[anc as usize];
            if s.is_nan() {
                *s = initial_score(dom, marks, div_as, anc, flags);
                order.push(anc);
            }
            *s += content / divider;
            if anc == dom.body {
                break;
            }
            level += 1;
            a = dom.parent(anc);
        }
    }
    for &c in &order {
        let s = &mut score[c as usize];
        if *s > 5.0 {
            *s *= 1.0 - stats[c as usize].link_density();
        }
    }
    (score, order)
}

/// A candidate's starting score: its tag and its class/id weight.
pub fn initial_score(dom: &Dom, marks: &Marks, div_as: &[DivAs], i: Id, flags: Flags) -> f32 {
    let tag = if div_as[i as usize] == DivAs::Paragraph {
        Tag::P
    } else {
        dom.tag(i)
    };
    let base = match tag {
        Tag::Div => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Address | Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form => {
            -3.0
        }
        t if t.is_heading() || t == Tag::Th => -5.0,
        _ => 0.0,
    };
    base + if flags.weigh_classes {
        marks.class_weight(i)
    } else {
        0.0
    }
}
