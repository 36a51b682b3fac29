//! Inside the chosen article, readability's clean-up: drop embeds, form
//! controls, footers and asides, headings with furniture class words, and
//! — "conditionally" — forms, tables, lists and divs whose measures look
//! like furniture (more images than paragraphs, dense links, few commas
//! and many inputs, …). Data tables stay.
//!
//! Children are judged before their parents (reverse document order), and
//! a removal subtracts the child's measures from its ancestors, so a
//! parent is judged by what is left of it.

use super::dom::{Dom, Id};
use super::score::{DivAs, Flags, Item};
use super::stats::Stats;
use super::tags::Tag;
use super::weights::Marks;

/// Whole-text words that make a small block an ad slot or a loading placeholder.
const AD_WORDS: &[&str] = &[
    "ad",
    "advertising",
    "advertisement",
    "pub",
    "publicité",
    "werb",
    "werbung",
    "广告",
    "реклама",
    "anuncio",
];
const LOADING_WORDS: &[&str] = &["loading", "正在加载", "загрузка", "chargement", "cargando"];

/// Mutable state of one attempt.
pub struct Pruner<'a, 's> {
    /// The page.
    pub dom: &'a Dom<'s>,
    /// Subtree measures (updated on removal).
    pub stats: &'a mut [Stats],
    /// Removed subtree roots.
    pub removed: &'a mut [bool],
    /// How each div is read.
    pub div_as: &'a [DivAs],
    /// Attribute facts.
    pub marks: &'a Marks<'a, 's>,
}

impl Pruner<'_, '_> {
    /// Clean the article's parts.
    pub fn prune(&mut self, parts: &[Item], flags: Flags) {
        for &part in parts {
            let (from, to) = match part {
                Item::Node(i) => (i, self.dom.end(i)),
                Item::Run { from, to, .. } => (from, to),
            };
            let data = self.data_tables(from, to);
            if flags.clean_conditionally {
                for j in self.live(from, to).into_iter().rev() {
                    if matches!(self.dom.tag(j), Tag::Form | Tag::Fieldset)
                        && self.should_clean(j, &data, flags)
                    {
                        self.remove(j);
                    }
                }
            }
            for j in self.live(from, to) {
                let tag = self.dom.tag(j);
                let drop = matches!(
                    tag,
                    Tag::Footer
                        | Tag::Link
                        | Tag::Aside
                        | Tag::Input
                        | Tag::Textarea
                        | Tag::Select
                        | Tag::Button
                ) || matches!(tag, Tag::Object | Tag::Embed | Tag::Iframe)
                    && self.stats[j as usize].video == 0
                    || matches!(tag, Tag::H1 | Tag::H2)
                        && flags.weigh_classes
                        && self.marks.class_weight(j) < 0.0;
                if drop && !self.is_removed_within(j, from) {
                    self.remove(j);
                }
            }
            if flags.clean_conditionally {
                for j in self.live(from, to).into_iter().rev() {
                    let tag = self.dom.tag(j);
                    let div = tag == Tag::Div && self.div_as[j as usize] == DivAs::Itself;
                    if (div || matches!(tag, Tag::Table | Tag::Ul))
                        && self.should_clean(j, &data, flags)
                    {
                        self.remove(j);
                    }
                }
            }
        }
    }

    /// Kept elements of `from..to`, in document order.
    fn live(&self, from: Id, to: Id) -> Vec<Id> {
        let mut out = Vec::new();
        let mut j = from;
        while j < to {
            if self.removed[j as usize] {
                j = self.dom.end(j);
                continue;
            }
            if self.dom.tag(j) != Tag::Text {
                out.push(j);
            }
            j += 1;
        }
        out
    }

    /// Text of `j`'s kept nodes.
    fn live_text(&self, j: Id) -> String {
        let mut out = String::new();
        let (mut k, end) = (j + 1, self.dom.end(j));
        while k < end {
            if self.removed[k as usize] {
                k = self.dom.end(k);
                continue;
            }
            out.push_str(self.dom.own_text(k));
            k += 1;
        }
        out
    }

    /// Is `j` or an ancestor of it (down to `floor`) removed?
    fn is_removed_within(&self, j: Id, floor: Id) -> bool {
        let mut a = Some(j);
        while let Some(x) = a.filter(|&x| x >= floor) {
            if self.removed[x as usize] {
                return true;
            }
            a = self.dom.parent(x);
        }
        false
    }

    fn remove(&mut self, j: Id) {
        self.removed[j as usize] = true;
        let s = self.stats[j as usize];
        let mut a = self.dom.parent(j);
        while let Some(p) = a {
            self.stats[p as usize].sub(&s);
            a = self.dom.parent(p);
        }
    }

    /// Data tables among `from..to` (readability's `_markDataTables`).
    fn data_tables(&self, from: Id, to: Id) -> Vec<Id> {
        let dom = self.dom;
        let mut out = Vec::new();
        for t in (from..to).filter(|&t| dom.tag(t) == Tag::Table) {
            if dom.raw_attr(t, "role") == Some("presentation")
                || dom.raw_attr(t, "datatable") == Some("0")
            {
                continue;
            }
            if dom.has_attr(t, "summary") {
                out.push(t);
                continue;
            }
            let inner = t + 1..dom.end(t);
            if inner.clone().any(|d| {
                matches!(
                    dom.tag(d),
                    Tag::Caption | Tag::Col | Tag::Colgroup | Tag::Tfoot | Tag::Thead | Tag::Th
                )
            }) {
                out.push(t);
                continue;
            }
            if inner.clone().any(|d| dom.tag(d) == Tag::Table) {
                continue;
            }
            let (mut rows, mut cols) = (0usize, 0usize);
            for tr in inner.clone().filter(|&d| dom.tag(d) == Tag::Tr) {
                rows += 1;
                let in_row: usize = (tr + 1..dom.end(tr))
                    .filter(|&d| dom.tag(d) == Tag::Td)
                    .map(|d| {
                        dom.raw_attr(d, "colspan")
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(1)
                            .clamp(1, 1000)
                    })
                    .sum();
                cols = cols.max(in_row);
            }
            if rows == 1 || cols == 1 {
                continue;
            }
            if rows >= 10 || cols > 4 || rows * cols > 10 {
                out.push(t);
            }
        }
        out
    }

    fn should_clean(&self, j: Id, data: &[Id], flags: Flags) -> bool {
        let dom = self.dom;
        let end = dom.end(j);
        // Holds, is, or is inside a data table.
        if data
            .iter()
            .any(|&t| t >= j && t < end || t < j && j < dom.end(t))
        {
            return false;
        }
        let weight = if flags.weigh_classes {
            self.marks.class_weight(j)
        } else {
            0.0
        };
        let s = self.stats[j as usize];
        if weight < 0.0 {
            return s.pre == 0;
        }
        if s.commas >= 10 || s.video > 0 {
            return false;
        }
        if s.chars < 24 {
            let text = self.live_text(j).trim().to_lowercase();
            if AD_WORDS.contains(&text.as_str())
                || LOADING_WORDS.iter().any(|w| text.starts_with(w))
            {
                return true;
            }
        }
        let tag = dom.tag(j);
        let chars = s.chars as f32;
        let is_list =
            matches!(tag, Tag::Ul | Tag::Ol) || chars > 0.0 && s.list as f32 / chars > 0.9;
        let figure_child = {
            let mut a = dom.parent(j);
            let mut found = false;
            while let Some(p) = a {
                if dom.tag(p) == Tag::Figure {
                    found = true;
                    break;
                }
                a = dom.parent(p);
            }
            found
        };
        let (img, p, li) = (s.img as f32, s.p as f32, s.li as f32);
        let ld = s.link_density();
        let embeds = s.embed - s.video.min(s.embed);
        let heading_share = if chars > 0.0 {
            s.heading as f32 / chars
        } else {
            0.0
        };
        let remove = (!figure_child && img > 1.0 && p / img < 0.5)
            || (!is_list && li - 100.0 > p)
            || (s.input as f32 > (p / 3.0).floor())
            || (!is_list
                && !figure_child
                && chars < 25.0
                && (s.img == 0 || s.img > 2)
                && ld > 0.0
                && heading_share < 0.9)
            || (!is_list && weight < 25.0 && ld > 0.2)
            || (weight >= 25.0 && ld > 0.5)
            || (embeds == 1 && chars < 75.0 || embeds > 1)
            || (s.img == 0 && s.textish == 0);
        if is_list && remove {
            // A list whose items are single elements is kept unless it is a list of images.
            for c in dom
                .children(j)
                .filter(|&c| !self.removed[c as usize] && dom.tag(c) != Tag::Text)
            {
                if dom
                    .children(c)
                    .filter(|&k| !self.removed[k as usize] && dom.tag(k) != Tag::Text)
                    .count()
                    > 1
                {
                    return true;
                }
            }
            return s.img != s.li;
        }
        remove
    }
}
