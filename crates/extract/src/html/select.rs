//! Step 4 of the content scorer (see [`super::score`]): from candidate
//! scores to the article — the best candidate, moved up where its
//! ancestors say the article is larger, plus the siblings that belong to it.

use super::dom::{Dom, Id};
use super::render;
use super::score::{self, Article, DivAs, Flags, Item};
use super::stats::Stats;
use super::tags::Tag;
use super::weights::Marks;

/// How many candidates take part in the common-ancestor test.
const TOP_CANDIDATES: usize = 5;
/// A common ancestor must hold this many near-tie candidates.
const MIN_COMMON: usize = 3;

/// The page seen through readability's rewrites, for one attempt.
pub struct View<'a, 's> {
    /// The page.
    pub dom: &'a Dom<'s>,
    /// Subtree measures.
    pub stats: &'a [Stats],
    /// Removed subtree roots.
    pub removed: &'a [bool],
    /// How each div is read.
    pub div_as: &'a [DivAs],
    /// Attribute facts.
    pub marks: &'a Marks<'a, 's>,
}

impl View<'_, '_> {
    fn tag(&self, i: Id) -> Tag {
        if self.div_as[i as usize] == DivAs::Paragraph {
            Tag::P
        } else {
            self.dom.tag(i)
        }
    }

    /// Element children after readability's rewrites: a div's inline runs
    /// are paragraphs, a div around one `<p>` is that `<p>`.
    pub fn element_children(&self, parent: Id) -> Vec<Item> {
        let dom = self.dom;
        let mut out = Vec::new();
        if dom.tag(parent) == Tag::Div && self.div_as[parent as usize] == DivAs::Itself {
            let mut runs = Vec::new();
            score::inline_runs(dom, self.removed, parent, |from, to| runs.push((from, to)));
            let mut r = runs.into_iter().peekable();
            for c in dom.children(parent).filter(|&c| !self.removed[c as usize]) {
                while let Some(&(from, to)) = r.peek() {
                    if from > c {
                        break;
                    }
                    out.push(Item::Run { parent, from, to });
                    r.next();
                }
                if dom.tag(c) != Tag::Text && !score::is_phrasing(dom, self.removed, c) {
                    out.push(self.stand_in(c));
                }
            }
            out.extend(r.map(|(from, to)| Item::Run { parent, from, to }));
            return out;
        }
        for c in dom
            .children(parent)
            .filter(|&c| !self.removed[c as usize] && dom.tag(c) != Tag::Text)
        {
            out.push(self.stand_in(c));
        }
        out
    }

    /// A transparent div stands for its `<p>`.
    fn stand_in(&self, c: Id) -> Item {
        if self.div_as[c as usize] == DivAs::Transparent {
            if let Some(p) = self
                .dom
                .children(c)
                .find(|&k| !self.removed[k as usize] && self.dom.tag(k) == Tag::P)
            {
                return Item::Node(p);
            }
        }
        Item::Node(c)
    }

    /// Measures of an item.
    pub fn item_stats(&self, item: Item) -> Stats {
        match item {
            Item::Node(i) => self.stats[i as usize],
            Item::Run { parent, from, to } => {
                let mut s = Stats::default();
                for j in from..to {
                    if self.dom.node(j).parent == parent && !self.removed[j as usize] {
                        let c = &self.stats[j as usize];
                        s.chars += c.chars;
                        s.commas += c.commas;
                        s.link_tenths += c.link_tenths;
                    }
                }
                s
            }
        }
    }
}

/// Choose the article from the scores.
pub fn select(view: &View, score: &mut [f32], order: &[Id], flags: Flags) -> Article {
    let dom = view.dom;
    let mut ranked: Vec<Id> = order
        .iter()
        .copied()
        .filter(|&c| score[c as usize] > 0.0)
        .collect();
    // Stable: equal scores keep document order.
    ranked.sort_by(|a, b| score[*b as usize].total_cmp(&score[*a as usize]));
    ranked.truncate(TOP_CANDIDATES);
    let Some(&first) = ranked.first().filter(|&&c| c != dom.body) else {
        return Article {
            parts: vec![Item::Node(dom.body)],
        };
    };
    let mut tc = common_candidate(view, score, first, &ranked);
    tc = higher_parent(view, score, tc);
    // An only child: its parent joins siblings better.
    while let Some(p) = dom.parent(tc).filter(|&p| p != dom.body) {
        if view.element_children(p).len() != 1 {
            break;
        }
        tc = p;
    }
    if score[tc as usize].is_nan() {
        score[tc as usize] = score::initial_score(dom, view.marks, view.div_as, tc, flags);
    }
    let Some(parent) = dom.parent(tc) else {
        return Article {
            parts: vec![Item::Node(tc)],
        };
    };
    Article {
        parts: siblings(view, score, tc, parent),
    }
}

/// readability.js: when at least three other top candidates score within
/// 75% of the best, the first ancestor of the best that contains three of them.
fn common_candidate(view: &View, score: &[f32], tc: Id, ranked: &[Id]) -> Id {
    let dom = view.dom;
    let best = score[tc as usize];
    let alternatives: Vec<Id> = ranked[1..]
        .iter()
        .copied()
        .filter(|&c| score[c as usize] / best >= 0.75)
        .collect();
    if alternatives.len() <= MIN_COMMON {
        return tc;
    }
    let is_ancestor = |a: Id, of: Id| a < of && of < dom.end(a);
    let mut p = dom.parent(tc);
    while let Some(a) = p.filter(|&a| a != dom.body) {
        if alternatives
            .iter()
            .filter(|&&alt| is_ancestor(a, alt))
            .count()
            >= MIN_COMMON
        {
            return a;
        }
        p = dom.parent(a);
    }
    tc
}

/// A parent scoring higher than the candidate (within the first steps up) holds more of the article.
fn higher_parent(view: &View, score: &[f32], tc: Id) -> Id {
    let dom = view.dom;
    let mut last = score[tc as usize];
    let threshold = last / 3.0;
    let mut p = dom.parent(tc);
    while let Some(a) = p.filter(|&a| a != dom.body) {
        let s = score[a as usize];
        if s.is_nan() {
            p = dom.parent(a);
            continue;
        }
        if s < threshold {
            break;
        }
        if s > last {
            return a;
        }
        last = s;
        p = dom.parent(a);
    }
    tc
}

/// The candidate and the siblings that join it, in document order.
fn siblings(view: &View, score: &[f32], tc: Id, parent: Id) -> Vec<Item> {
    let dom = view.dom;
    let tc_score = score[tc as usize];
    let threshold = (tc_score * 0.2).max(10.0);
    let tc_class = dom.raw_attr(tc, "class").unwrap_or("");
    let mut parts = Vec::new();
    for sib in view.element_children(parent) {
        let join = match sib {
            Item::Node(s) if s == tc => true,
            _ => {
                let mut bonus = 0.0;
                if let Item::Node(s) = sib {
                    if !tc_class.is_empty() && dom.raw_attr(s, "class") == Some(tc_class) {
                        bonus = tc_score * 0.2;
                    }
                }
                let own = match sib {
                    Item::Node(s) if !score[s as usize].is_nan() => score[s as usize],
                    _ => 0.0,
                };
                let is_p = match sib {
                    Item::Node(s) => view.tag(s) == Tag::P,
                    Item::Run { .. } => true,
                };
                if own > 0.0 {
                    own + bonus >= threshold
                } else if is_p {
                    let st = view.item_stats(sib);
                    let (len, ld) = (st.chars, st.link_density());
                    (len > 80 && ld < 0.25)
                        || (len < 80
                            && len > 0
                            && ld == 0.0
                            && is_sentence(&render::item_text(view, sib)))
                } else {
                    false
                }
            }
        };
        if join {
            parts.push(sib);
        }
    }
    parts
}

fn is_sentence(text: &str) -> bool {
    let t = text.trim();
    t.ends_with('.') || t.contains(". ")
}
