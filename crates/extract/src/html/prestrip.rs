//! Byte-level pre-pass that empties `<script>` and `<style>` bodies before
//! the page reaches the HTML parser.
//!
//! On news pages a good half of the bytes are inline JavaScript and CSS
//! (bundles, JSON state blobs, critical-path stylesheets). None of it can be
//! article text, every later stage removes those elements anyway, and the
//! tokenizer pays for each byte. Emptying them here makes parsing (and every
//! DOM walk after it) cheaper without changing the tree's shape: the start
//! and end tags stay, only their text child goes.
//!
//! The scanner follows the HTML tokenizer closely enough to know where tags
//! really are: it skips comments, doctype/bogus comments, quoted attribute
//! values and the raw-text bodies of `textarea`, `title`, `xmp`, `iframe`,
//! `noembed` and `noframes` (copied verbatim), so a `<script` inside any of
//! them is not mistaken for a tag. Scripts with a JSON `type`
//! (`application/ld+json` and other data blocks) keep their bodies: metadata
//! reads them. Wherever the scanner is unsure it stops stripping and copies
//! the rest of the page unchanged, so it can only ever leave work to the
//! parser, never change what the parser would have built elsewhere:
//! * a script body holding both `<!--` and `<script` may be in the
//!   tokenizer's "double-escaped" state, where the first `</script>` does not
//!   close it;
//! * `<plaintext>` makes the rest of the page text;
//! * an unterminated comment, tag or raw-text element runs to the end.

use std::borrow::Cow;

/// Elements whose bodies the tokenizer reads as (RC)DATA up to their end
/// tag: copied verbatim, never scanned for tags. `noscript` is not among
/// them because dom_query parses with scripting disabled (its content is markup).
const RAW_TEXT: &[&str] = &["textarea", "title", "xmp", "iframe", "noembed", "noframes"];

/// `html` with the bodies of `<script>` (non-JSON) and `<style>` elements
/// removed; borrowed unchanged when there is nothing to strip.
pub fn strip_scripts_and_styles(html: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    // `copied`: bytes of `html` before this index are already in `out` (or
    // are a stripped body); `pos`: the scan position.
    let mut copied = 0;
    let mut pos = 0;
    while let Some(lt) = find_byte(html, pos, b'<') {
        let Some(step) = markup_at(html, lt) else { break };
        match step {
            Markup::Skip(end) => pos = end,
            Markup::StartTag { end, name, keep_body } => {
                pos = end;
                let Some(kind) = body_kind(name, keep_body) else { continue };
                let close = match kind {
                    Body::Strip(tag) | Body::Copy(tag) => find_end_tag(html, end, tag),
                };
                let Some(close) = close else { break };
                if let Body::Strip(tag) = kind {
                    if tag == "script" && may_double_escape(&html[end..close]) {
                        break;
                    }
                    if close > end {
                        let buf = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
                        buf.push_str(&html[copied..end]);
                        copied = close;
                    }
                }
                pos = close;
            }
            Markup::Rest => break,
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(&html[copied..]);
            Cow::Owned(buf)
        }
    }
}

/// What a start tag's body is to the pre-pass.
enum Body {
    /// Removed (script or style).
    Strip(&'static str),
    /// Raw text copied unchanged (and not scanned).
    Copy(&'static str),
}

fn body_kind(name: &str, keep_body: bool) -> Option<Body> {
    if name.eq_ignore_ascii_case("script") {
        Some(if keep_body { Body::Copy("script") } else { Body::Strip("script") })
    } else if name.eq_ignore_ascii_case("style") {
        Some(Body::Strip("style"))
    } else {
        RAW_TEXT.iter().find(|t| t.eq_ignore_ascii_case(name)).map(|t| Body::Copy(t))
    }
}

/// One piece of markup found at a `<`.
enum Markup<'a> {
    /// Not a start tag of interest (comment, end tag, other tag, a lone
    /// `<`): scanning resumes at this index.
    Skip(usize),
    /// A start tag ending just before `end`, with its name (as written) and,
    /// for scripts, whether its body is a JSON data block to keep.
    StartTag { end: usize, name: &'a str, keep_body: bool },
    /// The tokenizer's reading of the rest is not followed (`<plaintext>`,
    /// unterminated markup): copy everything from here on.
    Rest,
}

/// Classify the markup starting at `bytes[lt] == b'<'`.
fn markup_at(html: &str, lt: usize) -> Option<Markup<'_>> {
    let bytes = html.as_bytes();
    let rest = &bytes[lt + 1..];
    match rest.first() {
        Some(b'!') => {
            if rest.starts_with(b"!--") {
                return Some(comment_end(html, lt + 4).map_or(Markup::Rest, Markup::Skip));
            }
            // Doctype, CDATA outside foreign content, bogus comment: up to `>`.
            Some(find_byte(html, lt + 2, b'>').map_or(Markup::Rest, |e| Markup::Skip(e + 1)))
        }
        Some(b'?') => Some(find_byte(html, lt + 2, b'>').map_or(Markup::Rest, |e| Markup::Skip(e + 1))),
        Some(b'/') => match rest.get(1) {
            Some(c) if c.is_ascii_alphabetic() => {
                Some(tag_end(html, lt + 2).map_or(Markup::Rest, |(end, _)| Markup::Skip(end)))
            }
            // `</>` is dropped; `</` + anything else opens a bogus comment.
            Some(b'>') => Some(Markup::Skip(lt + 3)),
            Some(_) => Some(find_byte(html, lt + 2, b'>').map_or(Markup::Rest, |e| Markup::Skip(e + 1))),
            None => Some(Markup::Rest),
        },
        Some(c) if c.is_ascii_alphabetic() => {
            let Some((end, tag)) = tag_end(html, lt + 1) else { return Some(Markup::Rest) };
            if tag.name.eq_ignore_ascii_case("plaintext") {
                return Some(Markup::Rest);
            }
            Some(Markup::StartTag { end, keep_body: tag.json_type, name: tag.name })
        }
        // A `<` before anything else is text.
        Some(_) => Some(Markup::Skip(lt + 1)),
        None => None,
    }
}

/// End of a comment whose text starts at `from` (just past `<!--`): the index
/// after `-->` (or `--!>`, or the abrupt `<!-->` / `<!--->`).
fn comment_end(html: &str, from: usize) -> Option<usize> {
    let bytes = html.as_bytes();
    let rest = bytes.get(from..)?;
    if rest.starts_with(b">") {
        return Some(from + 1);
    }
    if rest.starts_with(b"->") {
        return Some(from + 2);
    }
    let mut i = from;
    while let Some(d) = find_byte(html, i, b'-') {
        let r = &bytes[d..];
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

/// What the pre-pass needs of a tag.
struct Tag<'a> {
    name: &'a str,
    /// The tag has a `type` attribute naming JSON (`application/ld+json`, `application/json`).
    json_type: bool,
}

/// Walk a tag from its name (at `from`) past its attributes, as the
/// tokenizer does (quoted values may hold `>`). Returns the index after the
/// closing `>` and the tag, or `None` when the page ends inside the tag.
fn tag_end(html: &str, from: usize) -> Option<(usize, Tag<'_>)> {
    let bytes = html.as_bytes();
    let is_space = |c: u8| matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ');
    let mut i = from;
    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    // Tag names start and end at ASCII bytes, so the slice is on char boundaries.
    let name = html.get(from..i).unwrap_or("");
    let mut json_type = false;
    loop {
        // Before an attribute name: whitespace and stray `/` are skipped.
        while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
            i += 1;
        }
        if *bytes.get(i)? == b'>' {
            return Some((i + 1, Tag { name, json_type }));
        }
        // Attribute name: a first `=` belongs to the name (a parse error the tokenizer tolerates).
        let name_start = i;
        i += 1;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr = &bytes[name_start..i];
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if bytes.get(i)? != &b'=' {
            continue;
        }
        i += 1;
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let value = match bytes.get(i)? {
            q @ (b'"' | b'\'') => {
                let close = find_byte(html, i + 1, *q)?;
                let v = &bytes[i + 1..close];
                i = close + 1;
                v
            }
            b'>' => continue,
            _ => {
                let start = i;
                while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                    i += 1;
                }
                &bytes[start..i]
            }
        };
        if attr.eq_ignore_ascii_case(b"type") && contains_ignore_case(value, b"json") {
            json_type = true;
        }
    }
}

/// Index of the `<` of the first `</tag` (any case) followed by whitespace,
/// `/` or `>` at or after `from`: where the tokenizer ends a raw-text body.
fn find_end_tag(html: &str, from: usize, tag: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(lt) = find_byte(html, i, b'<') {
        let after = lt + 2 + tag.len();
        if bytes.get(lt + 1) == Some(&b'/')
            && bytes.get(lt + 2..after).is_some_and(|n| n.eq_ignore_ascii_case(tag.as_bytes()))
            && matches!(bytes.get(after), Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'))
        {
            return Some(lt);
        }
        i = lt + 1;
    }
    None
}

/// Could this script body put the tokenizer in its "double-escaped" state
/// (`<!--` then `<script`), where `</script>` does not end the script?
fn may_double_escape(body: &str) -> bool {
    let Some(open) = body.find("<!--") else { return false };
    contains_ignore_case(&body.as_bytes()[open..], b"<script")
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

/// Index of the first ASCII byte `b` at or after `from`. `str::find` with
/// an ASCII char runs the standard library's memchr; `from` always follows
/// an ASCII byte, so it is a char boundary (the byte loop is a fallback).
fn find_byte(html: &str, from: usize, b: u8) -> Option<usize> {
    match html.get(from..) {
        Some(rest) => rest.find(char::from(b)).map(|p| from + p),
        None => html.as_bytes().get(from..)?.iter().position(|&c| c == b).map(|p| from + p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        strip_scripts_and_styles(s).into_owned()
    }

    #[test]
    fn script_and_style_bodies_go_tags_stay() {
        assert_eq!(
            strip("<head><style>p{color:red}</style><script src=a.js>var a = 1 < 2;</script ></head><p>Text</p>"),
            "<head><style></style><script src=a.js></script ></head><p>Text</p>"
        );
        assert_eq!(strip("<SCRIPT>x()</SCRIPT><p>a</p>"), "<SCRIPT></SCRIPT><p>a</p>");
    }

    #[test]
    fn json_data_blocks_are_kept() {
        let page = r#"<script type="application/ld+json">{"headline":"A < B"}</script><script>y()</script>"#;
        assert_eq!(strip(page), r#"<script type="application/ld+json">{"headline":"A < B"}</script><script></script>"#);
    }

    #[test]
    fn script_lookalikes_in_text_comments_and_attributes_stay() {
        for page in [
            "<!-- <script>x()</script> --><p>a</p>",
            r#"<a title="<script>x()</script>">a</a>"#,
            "<textarea><style>a{}</style></textarea>",
            "<title>1 <script> 2</title>",
            "<p>a < b <script</p>",
        ] {
            assert_eq!(strip(page), page, "{page}");
        }
    }

    #[test]
    fn end_tag_must_be_a_whole_name() {
        assert_eq!(strip("<script>a='</scripts>'</script>b"), "<script></script>b");
    }

    #[test]
    fn unsure_cases_copy_the_rest() {
        let double = "<script><!-- <script></script> x --></script><style>a{}</style>";
        assert_eq!(strip(double), double);
        let open = "<style>a{}</style><script>never closed";
        assert_eq!(strip(open), "<style></style><script>never closed");
        let plain = "<plaintext><script>x</script>";
        assert_eq!(strip(plain), plain);
    }

    /// The tree the parser builds from the stripped page is the tree it
    /// builds from the page, less the script and style text.
    fn same_tree(page: &str) {
        let empty_code = |doc: &dom_query::Document| {
            for n in doc.select("script:not([type*=json]), style").nodes() {
                for c in n.children() {
                    c.remove_from_parent();
                }
            }
            doc.html().to_string()
        };
        let stripped = strip(page);
        assert!(stripped.len() <= page.len());
        assert_eq!(
            empty_code(&dom_query::Document::from(page)),
            empty_code(&dom_query::Document::from(stripped.as_str())),
            "{page}"
        );
    }

    #[test]
    fn parsed_tree_is_unchanged() {
        same_tree(include_str!("../../tests/fixtures/harbour-page.html"));
        same_tree(concat!(
            "<!doctype html><html><head><title>a <b> c</title>",
            "<script type='application/ld+json'>{\"x\":\"</p>\"}</script>",
            "<style media=\"a>b\">p::after{content:'<p>'}</style></head>",
            "<body><p data-x='<script>'>one <!-- <style> --> two</p>",
            "<table><tr><td>x<script>document.write('<td>y')</script></td></tr></table>",
            "<svg><style>.c{}</style><path d='M0 0'/></svg>",
            "<noscript><style>q{}</style><p>enable js</p></noscript>",
            "<textarea></style><script>x</textarea><p>after</p></body></html>",
        ));
    }

    #[test]
    fn multibyte_text_survives() {
        assert_eq!(strip("<p>Ελλάδα</p><script>ü()</script><p>日本</p>"), "<p>Ελλάδα</p><script></script><p>日本</p>");
    }
}
