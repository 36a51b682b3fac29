//! Page source → [`Dom`], in one forward pass with no per-node allocation.
//!
//! The tokenizer follows the HTML standard where it decides what is text
//! and what is markup: comments, doctypes and bogus comments, quoted
//! attribute values (which may hold `>`), the raw-text bodies of
//! `script`, `style`, `iframe`, `xmp`, `noembed`, `noframes` (skipped
//! unread, except JSON data scripts, which metadata reads) and of
//! `title`, `textarea` (kept as text), and `<plaintext>`. Text runs are
//! found with memchr; character references are decoded once, into
//! [`Dom::text`].
//!
//! Tree construction implements the part of the standard's repair rules
//! that decides which element text belongs to: void elements, implied
//! `<head>`/`<body>`, start tags that close an open `<p>`, `<li>`,
//! `<dt>`/`<dd>`, table cells and rows, `<option>`, nested `<a>`, headings
//! that close headings, end tags that close up to their element unless a
//! scope boundary (table, cell, …) or — for ordinary inline elements — a
//! block lies between, stray end tags ignored, and SVG/MathML content
//! (self-closing tags honoured, HTML tags breaking out). It does not move
//! misplaced table content out of tables or re-open formatting elements
//! across blocks: neither changes which words are on the page, only, in
//! rare misnested cases, which element holds them.
//!
//! Why not a crate: measured on the dev pages (one core), html5ever +
//! dom_query builds the DOM at ~225 pages/s; `html5gum` 0.8 (a WHATWG
//! tokenizer) tokenizes at ~130 MB/s with its callback emitter, about the
//! whole time budget, before any tree exists; `lol_html` 2.9 runs at
//! ~250 MB/s with handlers on every element and text chunk but builds no
//! tree and gives raw (undecoded) text; `tl` 0.7 is fast (~400 MB/s) but
//! reads script bodies as markup, matches end tags case-sensitively and
//! only against the innermost open element, so one unclosed `<p>` or
//! `<li>` nests the rest of the page under it. This pass runs at several
//! hundred MB/s and builds the tree the extractor needs.

use memchr::memchr;

/// The deepest the tree is built. Blink stops nesting at 512 for the same
/// reason: hostile pages nest tens of thousands of elements, and the
/// parser's scope checks and the extractor's walks up the tree would cost
/// the square of that. No real article comes near (news pages nest a few
/// dozen deep).
pub const MAX_DEPTH: usize = 512;

mod scan;

use scan::{comment_end, find_end_tag, is_space, name_end, name_hash, scan_attributes};

use super::dom::{Dom, Id, Node};
use super::entities;
use super::tags::Tag;

/// Parse a page.
pub fn parse(src: &str) -> Dom<'_> {
    let mut b = Builder::new(src);
    b.run();
    b.finish()
}

struct Builder<'s> {
    dom: Dom<'s>,
    /// Open elements; `stack[0]` is the root `<html>`.
    stack: Vec<Id>,
    /// How many `<svg>`/`<math>` elements are open.
    foreign: u32,
    /// `<body>` exists (explicit or implied).
    in_body: bool,
    /// The `<html>` start tag's attributes were taken.
    html_attrs: bool,
}

impl<'s> Builder<'s> {
    fn new(src: &'s str) -> Self {
        let root = Node {
            tag: Tag::Html,
            blank: false,
            parent: 0,
            end: 0,
            start: 0,
            len: 0,
            name: 0,
        };
        let dom = Dom {
            src,
            nodes: vec![root],
            attrs: Vec::new(),
            text: String::new(),
            head: None,
            body: 0,
        };
        Builder {
            dom,
            stack: vec![0],
            foreign: 0,
            in_body: false,
            html_attrs: false,
        }
    }

    fn finish(mut self) -> Dom<'s> {
        self.ensure_body();
        while !self.stack.is_empty() {
            self.pop();
        }
        self.dom
    }

    // --- tokenizer -----------------------------------------------------------

    fn run(&mut self) {
        let src = self.dom.src;
        let b = src.as_bytes();
        let mut pos = 0;
        let mut text_start = 0;
        while let Some(off) = memchr(b'<', &b[pos..]) {
            let lt = pos + off;
            let next = b.get(lt + 1).copied();
            let after = match next {
                Some(b'!') => {
                    self.text(&src[text_start..lt]);
                    if b[lt..].starts_with(b"<!--") {
                        comment_end(b, lt + 4)
                    } else {
                        memchr(b'>', &b[lt..]).map(|e| lt + e + 1)
                    }
                }
                Some(b'?') => {
                    self.text(&src[text_start..lt]);
                    memchr(b'>', &b[lt..]).map(|e| lt + e + 1)
                }
                Some(b'/') => match b.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        self.text(&src[text_start..lt]);
                        let name_end = name_end(b, lt + 2);
                        let end = scan_attributes(b, name_end, |_| {}).map(|(e, _)| e);
                        if end.is_some() {
                            self.end_tag(&b[lt + 2..name_end]);
                        }
                        end
                    }
                    Some(b'>') => {
                        self.text(&src[text_start..lt]);
                        Some(lt + 3)
                    }
                    Some(_) => {
                        self.text(&src[text_start..lt]);
                        memchr(b'>', &b[lt..]).map(|e| lt + e + 1)
                    }
                    None => None,
                },
                Some(c) if c.is_ascii_alphabetic() => {
                    self.text(&src[text_start..lt]);
                    self.start_tag_at(lt)
                }
                // A `<` before anything else is text.
                _ => {
                    pos = lt + 1;
                    continue;
                }
            };
            // Markup the page ends inside of is dropped, as the tokenizer does.
            let Some(after) = after else {
                text_start = b.len();
                break;
            };
            pos = after;
            text_start = after;
        }
        self.text(&src[text_start.min(b.len())..]);
    }

    /// A start tag at `lt`; returns where scanning resumes (past a raw-text body).
    fn start_tag_at(&mut self, lt: usize) -> Option<usize> {
        let b = self.dom.src.as_bytes();
        let name_end = name_end(b, lt + 1);
        let name = &b[lt + 1..name_end];
        let first_attr = self.dom.attrs.len();
        let attrs = &mut self.dom.attrs;
        let (end, self_closing) = scan_attributes(b, name_end, |a| attrs.push(a))?;
        let tag = Tag::from_name(name);
        let hash = if tag == Tag::Other {
            name_hash(name)
        } else {
            0
        };
        let attrs = (
            first_attr as u32,
            (self.dom.attrs.len() - first_attr) as u32,
        );
        if tag == Tag::Plaintext {
            self.start_tag(tag, attrs, false, 0);
            self.text(&self.dom.src[end..]);
            return Some(b.len());
        }
        if !tag.is_raw_text() || self_closing && self.foreign > 0 {
            self.start_tag(tag, attrs, self_closing, hash);
            return Some(end);
        }
        let close = find_end_tag(b, end, name);
        if close.is_none() && matches!(tag, Tag::Title | Tag::Textarea) {
            // Unclosed title (a truncated page): read the rest as markup.
            self.start_tag(tag, attrs, false, hash);
            return Some(end);
        }
        let body_end = close.unwrap_or(b.len());
        self.start_tag(tag, attrs, false, hash);
        let keep = match tag {
            Tag::Title | Tag::Textarea => true,
            Tag::Script => self.dom.attrs[attrs.0 as usize..].iter().any(|a| {
                self.dom.attr_name(a).eq_ignore_ascii_case("type")
                    && self.dom.raw_value(a).to_ascii_lowercase().contains("json")
            }),
            _ => false,
        };
        if keep {
            let body = &self.dom.src[end..body_end];
            if tag == Tag::Script {
                self.raw_text(body);
            } else {
                self.text(body);
            }
        }
        self.pop_element(tag);
        match close {
            Some(c) => scan_attributes(b, c + 2 + name.len(), |_| {})
                .map(|(e, _)| e)
                .or(Some(b.len())),
            None => Some(b.len()),
        }
    }

    // --- tree construction ---------------------------------------------------

    fn top(&self) -> Id {
        *self.stack.last().unwrap_or(&0)
    }

    fn top_tag(&self) -> Tag {
        self.dom.tag(self.top())
    }

    fn open(&mut self, tag: Tag, attrs: (u32, u32), name: u32) -> Id {
        let id = self.dom.nodes.len() as Id;
        let parent = self.top();
        self.dom.nodes.push(Node {
            tag,
            blank: false,
            parent,
            end: id + 1,
            start: attrs.0,
            len: attrs.1,
            name,
        });
        id
    }

    fn push(&mut self, id: Id) {
        if matches!(self.dom.tag(id), Tag::Svg | Tag::Math) {
            self.foreign += 1;
        }
        self.stack.push(id);
    }

    fn pop(&mut self) {
        if let Some(id) = self.stack.pop() {
            self.dom.nodes[id as usize].end = self.dom.nodes.len() as Id;
            if matches!(self.dom.tag(id), Tag::Svg | Tag::Math) {
                self.foreign -= 1;
            }
        }
    }

    /// Pop everything above and including stack position `pos`.
    fn pop_to(&mut self, pos: usize) {
        while self.stack.len() > pos.max(1) {
            self.pop();
        }
    }

    /// Pop the element just opened for a raw-text body.
    fn pop_element(&mut self, tag: Tag) {
        if self.top_tag() == tag {
            self.pop();
        }
    }

    /// Stack position of the nearest open element matching `want`, looking
    /// down from the top and stopping at `stop`.
    fn find(&self, want: impl Fn(Tag, u32) -> bool, stop: impl Fn(Tag) -> bool) -> Option<usize> {
        for pos in (1..self.stack.len()).rev() {
            let n = self.dom.node(self.stack[pos]);
            if want(n.tag, n.name) {
                return Some(pos);
            }
            if stop(n.tag) {
                return None;
            }
        }
        None
    }

    fn close_p(&mut self) {
        if let Some(pos) = self.find(
            |t, _| t == Tag::P,
            |t| t.is_scope_boundary() || t == Tag::Button,
        ) {
            self.pop_to(pos);
        }
    }

    fn ensure_head(&mut self) {
        if self.dom.head.is_none() {
            let id = self.open(Tag::Head, (0, 0), 0);
            self.push(id);
            self.dom.head = Some(id);
        }
    }

    fn ensure_body(&mut self) {
        if self.in_body {
            return;
        }
        self.in_body = true;
        self.pop_to(1);
        let id = self.open(Tag::Body, (0, 0), 0);
        self.push(id);
        self.dom.body = id;
    }

    fn start_tag(&mut self, tag: Tag, attrs: (u32, u32), self_closing: bool, name: u32) {
        match tag {
            Tag::Html => {
                if !self.html_attrs {
                    self.html_attrs = true;
                    let root = &mut self.dom.nodes[0];
                    (root.start, root.len) = attrs;
                }
                return;
            }
            Tag::Head => {
                if !self.in_body {
                    self.ensure_head();
                }
                return;
            }
            Tag::Body => return self.ensure_body(),
            _ => {}
        }
        if !self.in_body {
            let head_content = matches!(
                tag,
                Tag::Meta
                    | Tag::Link
                    | Tag::Title
                    | Tag::Script
                    | Tag::Style
                    | Tag::Base
                    | Tag::Noscript
                    | Tag::Template
            );
            if head_content {
                // After `</head>`, head content goes beside it (this tree never reopens a closed element).
                if self.dom.head.is_none() {
                    self.ensure_head();
                }
                return self.insert(tag, attrs, self_closing, name);
            }
            self.ensure_body();
        }
        if self.foreign > 0 {
            if breaks_out_of_foreign(tag) {
                while self.foreign > 0 {
                    self.pop();
                }
            } else {
                return self.insert(tag, attrs, self_closing, name);
            }
        }
        if tag.closes_p() {
            self.close_p();
        }
        match tag {
            Tag::Li => self.close_list_item(|t| t == Tag::Li),
            Tag::Dd | Tag::Dt => self.close_list_item(|t| matches!(t, Tag::Dd | Tag::Dt)),
            t if t.is_heading() && self.top_tag().is_heading() => self.pop(),
            Tag::Td | Tag::Th => self.close_table_part(
                |t| matches!(t, Tag::Td | Tag::Th),
                |t| matches!(t, Tag::Tr | Tag::Table),
            ),
            Tag::Tr => self.close_table_part(
                |t| matches!(t, Tag::Tr | Tag::Td | Tag::Th),
                |t| matches!(t, Tag::Table | Tag::Tbody | Tag::Thead | Tag::Tfoot),
            ),
            Tag::Tbody | Tag::Thead | Tag::Tfoot => self.close_table_part(
                |t| {
                    matches!(
                        t,
                        Tag::Tbody | Tag::Thead | Tag::Tfoot | Tag::Tr | Tag::Td | Tag::Th
                    )
                },
                |t| t == Tag::Table,
            ),
            Tag::Option if self.top_tag() == Tag::Option => self.pop(),
            Tag::Optgroup => {
                while matches!(self.top_tag(), Tag::Option | Tag::Optgroup) {
                    self.pop();
                }
            }
            // `<a>` inside an open `<a>` closes it (when only inline elements lie between).
            Tag::A => {
                if let Some(pos) = self.find(|t, _| t == Tag::A, |t| t.is_special()) {
                    self.pop_to(pos);
                }
            }
            _ => {}
        }
        self.insert(tag, attrs, self_closing, name);
    }

    fn insert(&mut self, tag: Tag, attrs: (u32, u32), self_closing: bool, name: u32) {
        let id = self.open(tag, attrs, name);
        let foreign = self.foreign > 0 || matches!(tag, Tag::Svg | Tag::Math);
        // Past MAX_DEPTH open elements a new one is not opened for content:
        // what follows becomes its sibling, as in browsers, so the tree
        // stays at most MAX_DEPTH deep and every walk up it bounded.
        if !(tag.is_void() || self_closing && foreign) && self.stack.len() < MAX_DEPTH {
            self.push(id);
        }
    }

    /// `<li>`, `<dd>`, `<dt>` close an open item of their kind unless a
    /// block other than `address`, `div`, `p` lies between.
    fn close_list_item(&mut self, item: impl Fn(Tag) -> bool) {
        let stop = |t: Tag| t.is_special() && !matches!(t, Tag::Address | Tag::Div | Tag::P);
        if let Some(pos) = self.find(|t, _| item(t), stop) {
            self.pop_to(pos);
        }
    }

    fn close_table_part(&mut self, part: impl Fn(Tag) -> bool, stop: impl Fn(Tag) -> bool) {
        if let Some(pos) = self.find(
            |t, _| part(t),
            |t| stop(t) || t == Tag::Html || t == Tag::Template,
        ) {
            // The outermost matching part below the stop (a row's cells go with it).
            let mut outer = pos;
            for p in (1..pos).rev() {
                let t = self.dom.tag(self.stack[p]);
                if stop(t) {
                    break;
                }
                if part(t) {
                    outer = p;
                }
            }
            self.pop_to(outer);
        }
    }

    fn end_tag(&mut self, name: &[u8]) {
        let tag = Tag::from_name(name);
        let hash = if tag == Tag::Other {
            name_hash(name)
        } else {
            0
        };
        let same = |t: Tag, h: u32| t == tag && h == hash;
        if !self.in_body {
            // `</head>`, `</noscript>` and the like close their element.
            if let Some(pos) = self.find(same, |_| false) {
                self.pop_to(pos);
            }
            return;
        }
        if self.foreign > 0 {
            if let Some(pos) = self.find(same, |t| t == Tag::Html) {
                self.pop_to(pos);
                return;
            }
        }
        let pos = match tag {
            Tag::Body | Tag::Html | Tag::Head => None,
            Tag::Br => {
                self.insert(Tag::Br, (0, 0), false, 0);
                None
            }
            Tag::P => self.find(
                |t, _| t == Tag::P,
                |t| t.is_scope_boundary() || t == Tag::Button,
            ),
            Tag::Li => self.find(
                |t, _| t == Tag::Li,
                |t| t.is_scope_boundary() || matches!(t, Tag::Ul | Tag::Ol),
            ),
            t if t.is_heading() => self.find(|t, _| t.is_heading(), Tag::is_scope_boundary),
            Tag::Td | Tag::Th | Tag::Tr | Tag::Tbody | Tag::Thead | Tag::Tfoot | Tag::Caption => {
                self.find(
                    |t, _| t == tag,
                    |t| matches!(t, Tag::Table | Tag::Html | Tag::Template),
                )
            }
            Tag::Table => self.find(
                |t, _| t == Tag::Table,
                |t| matches!(t, Tag::Html | Tag::Template),
            ),
            t if t.is_formatting() || t.is_special() => self.find(same, Tag::is_scope_boundary),
            // Any other element: its end tag does not close across a block.
            _ => self.find(same, Tag::is_special),
        };
        if let Some(pos) = pos {
            self.pop_to(pos);
        }
    }

    /// A text run between markup.
    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let blank = raw.bytes().all(is_space);
        if !self.in_body {
            if blank || matches!(self.top_tag(), Tag::Title | Tag::Textarea) {
                if !blank {
                    self.push_text(raw, true);
                }
                return;
            }
            self.ensure_body();
        }
        if blank {
            // Whitespace between tags: only that it is there matters (a word break).
            let id = self.open(Tag::Text, (self.dom.text.len() as u32, 0), 0);
            self.dom.nodes[id as usize].blank = true;
            return;
        }
        self.push_text(raw, true);
    }

    /// Script data (JSON) is not HTML text: no character references.
    fn raw_text(&mut self, raw: &str) {
        let start = self.dom.text.len();
        self.dom.text.push_str(raw);
        self.open(Tag::Text, (start as u32, raw.len() as u32), 0);
    }

    fn push_text(&mut self, raw: &str, decode: bool) {
        let start = self.dom.text.len();
        if decode {
            entities::decode_into(raw, &mut self.dom.text, false);
        } else {
            self.dom.text.push_str(raw);
        }
        let len = self.dom.text.len() - start;
        self.open(Tag::Text, (start as u32, len as u32), 0);
    }
}

/// HTML start tags that end SVG/MathML content.
fn breaks_out_of_foreign(tag: Tag) -> bool {
    use Tag::*;
    matches!(
        tag,
        B | Big
            | Blockquote
            | Body
            | Br
            | Center
            | Code
            | Dd
            | Div
            | Dl
            | Dt
            | Em
            | Embed
            | H1
            | H2
            | H3
            | H4
            | H5
            | H6
            | Head
            | Hr
            | I
            | Img
            | Li
            | Listing
            | Menu
            | Meta
            | Nobr
            | Ol
            | P
            | Pre
            | Ruby
            | S
            | Small
            | Span
            | Strong
            | Strike
            | Sub
            | Sup
            | Table
            | Tt
            | U
            | Ul
            | Var
    )
}

#[cfg(test)]
mod tests;
