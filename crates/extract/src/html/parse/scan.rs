//! Byte-level scanning for the tokenizer: tag names, attributes (quoted
//! values may hold `>`), comments and raw-text end tags, as the HTML
//! standard's tokenizer states read them.

use memchr::memchr;

use crate::html::dom::Attr;

pub fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// FNV-1a of a lowercased name: how end tags find unknown elements.
pub fn name_hash(name: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &c in name {
        h = (h ^ u32::from(c.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
    }
    h | 1
}

/// End of a tag name starting at `i`.
pub fn name_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    i
}

/// Attributes from `i` to the tag's `>`, each given to `found`: the
/// index after the `>` and whether the tag ended in `/>`. `None` when the
/// page ends inside the tag.
pub fn scan_attributes(
    b: &[u8],
    mut i: usize,
    mut found: impl FnMut(Attr),
) -> Option<(usize, bool)> {
    loop {
        let mut slash = false;
        while i < b.len() && (is_space(b[i]) || b[i] == b'/') {
            slash = b[i] == b'/';
            i += 1;
        }
        if *b.get(i)? == b'>' {
            return Some((i + 1, slash));
        }
        // A first `=` belongs to the name (a parse error the tokenizer tolerates).
        let name_start = i;
        i += 1;
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let name = (name_start as u32, i as u32);
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        let mut value = (i as u32, i as u32);
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            match *b.get(i)? {
                q @ (b'"' | b'\'') => {
                    let close = i + 1 + memchr(q, &b[i + 1..])?;
                    value = ((i + 1) as u32, close as u32);
                    i = close + 1;
                }
                b'>' => {}
                _ => {
                    let start = i;
                    while i < b.len() && !is_space(b[i]) && b[i] != b'>' {
                        i += 1;
                    }
                    value = (start as u32, i as u32);
                }
            }
        }
        found(Attr { name, value });
    }
}

/// After `<!--` at `from`: the index past `-->` (or `--!>`, `<!-->`, `<!--->`).
pub fn comment_end(b: &[u8], from: usize) -> Option<usize> {
    let rest = b.get(from..)?;
    if rest.starts_with(b">") {
        return Some(from + 1);
    }
    if rest.starts_with(b"->") {
        return Some(from + 2);
    }
    let mut i = from;
    while let Some(d) = memchr(b'-', &b[i..]) {
        let d = i + d;
        let r = &b[d..];
        if r.starts_with(b"-->") {
            return Some(d + 3);
        }
        if r.starts_with(b"--!>") {
            return Some(d + 4);
        }
        i = d + 1;
    }
    None
}

/// Index of the `<` of the first `</name` (any case) followed by
/// whitespace, `/` or `>` at or after `from`.
pub fn find_end_tag(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr(b'<', &b[i..]) {
        let lt = i + off;
        let after = lt + 2 + name.len();
        if b.get(lt + 1) == Some(&b'/')
            && b.get(lt + 2..after)
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && matches!(
                b.get(after),
                Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>') | None
            )
        {
            return Some(lt);
        }
        i = lt + 1;
    }
    None
}
