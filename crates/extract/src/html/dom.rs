//! A compact, read-only document tree: every node of the page in document
//! order in one `Vec`, each with its parent and the end of its subtree, so
//! a subtree is the index range `i + 1 .. end` and skipping one is a jump.
//! Bottom-up measures are one reverse loop over the vector; nothing is
//! ever moved or freed node by node. Later stages "remove" a node by
//! flagging it in their own side tables.
//!
//! Attribute names and values are byte ranges into the page (decoded only
//! when read); text nodes are ranges into one buffer of decoded text.

use std::borrow::Cow;

use super::entities;
use super::tags::Tag;

/// Index of a node in [`Dom::nodes`].
pub type Id = u32;

/// One element or text node.
#[derive(Clone, Copy, Debug)]
pub struct Node {
    /// Element name, or [`Tag::Text`].
    pub tag: Tag,
    /// A text node of nothing but whitespace.
    pub blank: bool,
    /// Parent (the root is its own parent).
    pub parent: Id,
    /// One past the last node of this subtree.
    pub end: Id,
    /// Elements: first attribute in [`Dom::attrs`]; text: start in [`Dom::text`].
    pub start: u32,
    /// Elements: number of attributes; text: byte length.
    pub len: u32,
    /// [`Tag::Other`] elements: a hash of the lowercased name, so end tags find them.
    pub name: u32,
}

/// One attribute: byte ranges of its name and raw value in the page.
#[derive(Clone, Copy, Debug)]
pub struct Attr {
    /// Name range.
    pub name: (u32, u32),
    /// Raw value range (character references not yet decoded).
    pub value: (u32, u32),
}

/// A parsed page. Node 0 is the `<html>` element (implied when missing).
pub struct Dom<'s> {
    /// The page source attributes point into.
    pub src: &'s str,
    /// All nodes, in document order.
    pub nodes: Vec<Node>,
    /// All attributes, element by element.
    pub attrs: Vec<Attr>,
    /// Decoded text of every text node, back to back.
    pub text: String,
    /// The `<head>` element, if any.
    pub head: Option<Id>,
    /// The `<body>` element (implied when missing; may be empty).
    pub body: Id,
}

impl<'s> Dom<'s> {
    /// The node at `i`.
    #[inline]
    pub fn node(&self, i: Id) -> &Node {
        &self.nodes[i as usize]
    }

    /// Tag of node `i`.
    #[inline]
    pub fn tag(&self, i: Id) -> Tag {
        self.nodes[i as usize].tag
    }

    /// End of node `i`'s subtree.
    #[inline]
    pub fn end(&self, i: Id) -> Id {
        self.nodes[i as usize].end
    }

    /// Parent of node `i` (`None` for the root).
    pub fn parent(&self, i: Id) -> Option<Id> {
        let p = self.nodes[i as usize].parent;
        (p != i).then_some(p)
    }

    /// Children of node `i`, in order.
    pub fn children(&self, i: Id) -> Children<'_, 's> {
        Children {
            dom: self,
            next: i + 1,
            end: self.end(i),
        }
    }

    /// Text of a text node (empty for elements).
    pub fn own_text(&self, i: Id) -> &str {
        let n = &self.nodes[i as usize];
        if n.tag != Tag::Text {
            return "";
        }
        &self.text[n.start as usize..(n.start + n.len) as usize]
    }

    /// All text under node `i`, concatenated as written.
    pub fn text_of(&self, i: Id) -> String {
        let mut out = String::new();
        for j in i..self.end(i) {
            out.push_str(self.own_text(j));
        }
        out
    }

    /// Attributes of element `i`.
    pub fn attrs(&self, i: Id) -> &[Attr] {
        let n = &self.nodes[i as usize];
        if n.tag == Tag::Text {
            return &[];
        }
        &self.attrs[n.start as usize..(n.start + n.len) as usize]
    }

    /// An attribute's name as written.
    pub fn attr_name(&self, a: &Attr) -> &'s str {
        &self.src[a.name.0 as usize..a.name.1 as usize]
    }

    /// An attribute's raw value (character references not decoded).
    pub fn raw_value(&self, a: &Attr) -> &'s str {
        &self.src[a.value.0 as usize..a.value.1 as usize]
    }

    /// Raw value of the first attribute `name` (lowercase) of element `i`.
    pub fn raw_attr(&self, i: Id, name: &str) -> Option<&'s str> {
        self.attrs(i)
            .iter()
            .find(|a| self.attr_name(a).eq_ignore_ascii_case(name))
            .map(|a| self.raw_value(a))
    }

    /// Decoded value of the first attribute `name` (lowercase) of element `i`.
    pub fn attr(&self, i: Id, name: &str) -> Option<Cow<'s, str>> {
        self.raw_attr(i, name).map(|v| entities::decode(v, true))
    }

    /// Does element `i` have attribute `name` (lowercase)?
    pub fn has_attr(&self, i: Id, name: &str) -> bool {
        self.raw_attr(i, name).is_some()
    }
}

/// Iterator over a node's children.
pub struct Children<'d, 's> {
    dom: &'d Dom<'s>,
    next: Id,
    end: Id,
}

impl Iterator for Children<'_, '_> {
    type Item = Id;

    fn next(&mut self) -> Option<Id> {
        if self.next >= self.end {
            return None;
        }
        let i = self.next;
        self.next = self.dom.end(i);
        Some(i)
    }
}
