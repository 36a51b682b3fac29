//! The article of a parsed page: furniture marked (see [`super::clean`]),
//! then the content scorer ([`super::score`], [`super::select`],
//! [`super::prune`]) and the text of what it chose ([`super::render`]).
//!
//! Like readability.js, an attempt that yields less than
//! [`CHAR_THRESHOLD`] characters is repeated with one switch relaxed at a
//! time (unlikely-candidate stripping, class weights, conditional
//! cleaning), and the longest result wins. Each attempt re-runs only the
//! scorer: the page is parsed and measured once.

use super::dom::Dom;
use super::prune::Pruner;
use super::render;
use super::score::{self, DivAs, Flags, Item};
use super::select::{self, View};
use super::stats::{self, TextMeasures};
use super::weights::Marks;

/// An article shorter than this (characters) makes the scorer try again with looser rules.
const CHAR_THRESHOLD: usize = 500;

/// What the scorer found.
pub struct Found {
    /// Formatted article text (not yet line-filtered or tidied).
    pub text: String,
}

/// Find the article of `dom`; `furniture` flags removed subtrees, `title` is the page's headline.
pub fn find(dom: &Dom, furniture: &[bool], title: Option<&str>) -> Found {
    let measures = TextMeasures::new(dom);
    let marks = Marks::new(dom);
    let mut flags = Flags {
        strip_unlikely: true,
        weigh_classes: true,
        clean_conditionally: true,
    };
    let mut best: Option<(Found, usize)> = None;
    loop {
        let found = attempt(dom, &measures, &marks, furniture, title, flags);
        let len = found.text.chars().count();
        if len >= CHAR_THRESHOLD {
            return found;
        }
        if best.as_ref().is_none_or(|(_, l)| len > *l) {
            best = Some((found, len));
        }
        if flags.strip_unlikely {
            flags.strip_unlikely = false;
        } else if flags.weigh_classes {
            flags.weigh_classes = false;
        } else if flags.clean_conditionally {
            flags.clean_conditionally = false;
        } else {
            break;
        }
    }
    best.map(|(f, _)| f).unwrap_or(Found {
        text: String::new(),
    })
}

fn attempt(
    dom: &Dom,
    measures: &TextMeasures,
    marks: &Marks,
    furniture: &[bool],
    title: Option<&str>,
    flags: Flags,
) -> Found {
    let n = dom.nodes.len();
    let mut removed = furniture.to_vec();
    let mut implied = vec![0u32; n];
    let before = stats::compute(dom, measures, &removed, &implied);
    let mut div_as = vec![DivAs::Itself; n];
    let items = score::collect(dom, marks, &before, &mut removed, &mut div_as, title, flags);
    // Paragraphs readability would create: inline runs in divs, divs read as paragraphs.
    for item in &items {
        match *item {
            Item::Run { parent, .. } => implied[parent as usize] += 1,
            Item::Node(i) if div_as[i as usize] == DivAs::Paragraph => implied[i as usize] += 1,
            Item::Node(_) => {}
        }
    }
    let mut stats = stats::compute(dom, measures, &removed, &implied);
    let (mut scores, order) = score::score(dom, marks, &stats, &removed, &div_as, &items, flags);
    let article = {
        let view = View {
            dom,
            stats: &stats,
            removed: &removed,
            div_as: &div_as,
            marks,
        };
        select::select(&view, &mut scores, &order, flags)
    };
    Pruner {
        dom,
        stats: &mut stats,
        removed: &mut removed,
        div_as: &div_as,
        marks,
    }
    .prune(&article.parts, flags);
    Found {
        text: render::parts_text(dom, &removed, &article.parts),
    }
}
