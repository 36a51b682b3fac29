//! Kept nodes → plain text with line structure, as `dom_query`'s formatted
//! text (which the line rules and the dev-set scores were tuned on) lays
//! it out: paragraph-like blocks (`p`, `div`, headings, lists, tables, …)
//! start on a new line and end with a blank line, `br`, `li`, `tr` end a
//! line, table cells are separated by a space, `pre` keeps its text as
//! written, and whitespace runs elsewhere become one space.

use super::dom::{Dom, Id};
use super::score::Item;
use super::select::View;
use super::tags::Tag;

/// Formatted text of the given parts (skipping `removed` subtrees).
pub fn parts_text(dom: &Dom, removed: &[bool], parts: &[Item]) -> String {
    let mut out = String::new();
    for &part in parts {
        // Every part is a block of the article.
        block_break(&mut out);
        match part {
            Item::Node(i) => node_text(dom, removed, i, i + 1, dom.end(i), &mut out),
            Item::Run { parent, from, to } => {
                node_text(dom, removed, parent, from, to, &mut out);
            }
        }
        close_block(&mut out);
    }
    out.truncate(out.trim_end().len());
    out
}

/// Text of one item (for short sibling checks).
pub fn item_text(view: &View, item: Item) -> String {
    let mut out = String::new();
    match item {
        Item::Node(i) => node_text(view.dom, view.removed, i, i + 1, view.dom.end(i), &mut out),
        Item::Run { parent, from, to } => {
            node_text(view.dom, view.removed, parent, from, to, &mut out)
        }
    }
    out
}

fn block_break(out: &mut String) {
    if !(out.is_empty() || out.ends_with("\n\n")) {
        out.push('\n');
    }
}

fn close_block(out: &mut String) {
    if out.is_empty() || out.ends_with("\n\n") {
        return;
    }
    out.truncate(out.trim_end_matches(' ').len());
    out.push_str("\n\n");
}

/// Append the formatted text of nodes `from..to` (children of `root`'s subtree).
fn node_text(dom: &Dom, removed: &[bool], _root: Id, from: Id, to: Id, out: &mut String) {
    // Open elements: (end of subtree, tag).
    let mut open: Vec<(Id, Tag)> = Vec::new();
    let mut i = from;
    loop {
        while let Some(&(end, tag)) = open.last() {
            if i < end {
                break;
            }
            open.pop();
            close(out, tag);
        }
        if i >= to {
            break;
        }
        let n = dom.node(i);
        if removed[i as usize] {
            i = n.end;
            continue;
        }
        match n.tag {
            Tag::Text => {
                push_normalized(out, if n.blank { " " } else { dom.own_text(i) });
                i += 1;
            }
            tag => {
                if tag.is_paragraph_block() {
                    block_break(out);
                }
                if tag == Tag::Pre {
                    for j in i + 1..n.end {
                        out.push_str(dom.own_text(j));
                    }
                    close(out, tag);
                    i = n.end;
                    continue;
                }
                open.push((n.end, tag));
                i += 1;
            }
        }
    }
}

fn close(out: &mut String, tag: Tag) {
    if out.is_empty() || out.ends_with("\n\n") {
        return;
    }
    if tag.is_paragraph_block() {
        close_block(out);
    } else if tag.is_line_block() {
        out.truncate(out.trim_end_matches(' ').len());
        out.push('\n');
    } else if matches!(tag, Tag::Td | Tag::Th) && !out.ends_with(['\n', ' ']) {
        out.push(' ');
    }
}

/// Append `text` with whitespace runs as one space, no space after a line start.
fn push_normalized(out: &mut String, text: &str) {
    let follows_break = out.is_empty() || out.ends_with(['\n', ' ']);
    let starts_space = text.starts_with(char::is_whitespace);
    let ends_space = text.ends_with(char::is_whitespace);
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else {
        if !follows_break {
            out.push(' ');
        }
        return;
    };
    if starts_space && !follows_break {
        out.push(' ');
    }
    out.push_str(first);
    for w in words {
        out.push(' ');
        out.push_str(w);
    }
    if ends_space {
        out.push(' ');
    }
}
