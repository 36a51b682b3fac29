//! Character references (`&amp;`, `&#8217;`, `&eacute;`) → characters, as
//! the HTML tokenizer decodes them, with the standard's table of 2,231
//! named references (markup5ever's copy, which html5ever uses).

use markup5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};

/// Longest named reference, without `&` but with `;` (`&CounterClockwiseContourIntegral;`).
const MAX_NAME: usize = 33;

/// Append `raw` to `out` with its character references decoded.
/// `in_attribute`: a legacy reference without `;` followed by `=` or an
/// alphanumeric stays as written (`?a=1&copy=2`), as in attribute values.
pub fn decode_into(raw: &str, out: &mut String, in_attribute: bool) {
    let bytes = raw.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'&', &bytes[i..]) {
        let amp = i + p;
        i = amp + 1;
        let Some((ch, len)) = reference_at(&raw[amp + 1..], in_attribute) else {
            continue;
        };
        out.push_str(&raw[copied..amp]);
        out.push(ch.0);
        if let Some(second) = ch.1 {
            out.push(second);
        }
        i = amp + 1 + len;
        copied = i;
    }
    out.push_str(&raw[copied..]);
}

/// `raw` with its character references decoded (borrowed when it has none).
pub fn decode(raw: &str, in_attribute: bool) -> std::borrow::Cow<'_, str> {
    if !raw.as_bytes().contains(&b'&') {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    decode_into(raw, &mut out, in_attribute);
    std::borrow::Cow::Owned(out)
}

/// The character(s) a reference just after `&` stands for, and how many
/// bytes of `rest` it takes.
fn reference_at(rest: &str, in_attribute: bool) -> Option<((char, Option<char>), usize)> {
    let b = rest.as_bytes();
    if b.first() == Some(&b'#') {
        return numeric(&b[1..]).map(|(c, n)| ((c, None), n + 1));
    }
    let run = b
        .iter()
        .take(MAX_NAME)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if run == 0 {
        return None;
    }
    if b.get(run) == Some(&b';') {
        if let Some(&(a, z)) = NAMED_ENTITIES.get(&rest[..=run]) {
            return Some((chars(a, z)?, run + 1));
        }
    }
    // Legacy references without `;` (`&amp`, `&copy`): the longest prefix that is one.
    for len in (2..=run.min(6)).rev() {
        if let Some(&(a, z)) = NAMED_ENTITIES.get(&rest[..len]) {
            let next = b.get(len).copied();
            if in_attribute && next.is_some_and(|c| c == b'=' || c.is_ascii_alphanumeric()) {
                return None;
            }
            return Some((chars(a, z)?, len));
        }
    }
    None
}

fn chars(a: u32, z: u32) -> Option<(char, Option<char>)> {
    let first = char::from_u32(a)?;
    Some((first, if z == 0 { None } else { char::from_u32(z) }))
}

/// `#` already consumed: `123;` or `x7B;` (the `;` may be missing).
fn numeric(b: &[u8]) -> Option<(char, usize)> {
    let (hex, start) = match b.first() {
        Some(b'x' | b'X') => (true, 1),
        _ => (false, 0),
    };
    let digits = b[start..]
        .iter()
        .take_while(|c| {
            if hex {
                c.is_ascii_hexdigit()
            } else {
                c.is_ascii_digit()
            }
        })
        .count();
    if digits == 0 {
        return None;
    }
    let mut value: u32 = 0;
    for &c in &b[start..start + digits] {
        let d = char::from(c).to_digit(16).unwrap_or(0);
        value = value
            .saturating_mul(if hex { 16 } else { 10 })
            .saturating_add(d);
    }
    let mut len = start + digits;
    if b.get(len) == Some(&b';') {
        len += 1;
    }
    let ch = match value {
        0 => '\u{FFFD}',
        0x80..=0x9F => C1_REPLACEMENTS[(value - 0x80) as usize]
            .unwrap_or_else(|| char::from_u32(value).unwrap_or('\u{FFFD}')),
        _ => char::from_u32(value).unwrap_or('\u{FFFD}'),
    };
    Some((ch, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_legacy() {
        assert_eq!(
            decode("Caf&eacute; &amp; bar &#8217;s &#x2014; &lt;b&gt;", false),
            "Café & bar ’s — <b>"
        );
        assert_eq!(
            decode("AT&T &notanentity; &amp x &#150;", false),
            "AT&T ¬anentity; & x –"
        );
        assert_eq!(decode("?a=1&copy=2", true), "?a=1&copy=2");
        assert_eq!(
            decode("&#0; &#xD800; &#99999999;", false),
            "\u{FFFD} \u{FFFD} \u{FFFD}"
        );
        assert_eq!(decode("no refs", false), "no refs");
        assert_eq!(decode("trailing &", false), "trailing &");
    }
}
