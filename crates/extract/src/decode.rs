//! Bytes → text. UTF-8 is taken as is; otherwise the charset a byte-order
//! mark, the HTTP header (when the document came from a WARC) or the page
//! itself declares is used, then one detected from the
//! bytes (chardetng), and only if none of those decodes cleanly, lossy
//! UTF-8. Every fallback leaves a warning saying what was done.

use std::borrow::Cow;
use std::sync::LazyLock;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};
use regex::bytes::Regex;

/// Decoded text plus what, if anything, the user should be told.
#[derive(Debug)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// A warning when the input was not plain UTF-8.
    pub warning: Option<String>,
}

/// How many bytes to search for an in-document charset declaration. The
/// HTML standard's prescan looks at 1024; pages with long heads put it later.
const PRESCAN_LEN: usize = 4096;

/// `<meta charset=x>` and `<meta http-equiv=Content-Type content="…; charset=x">`.
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i-u)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)"#).expect("valid regex")
});
/// `<?xml version="1.0" encoding="x"?>` (XHTML).
static XML_ENCODING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i-u)^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([a-z0-9_:.+-]+)"#)
        .expect("valid regex")
});

/// Decode `bytes`. `markup` says whether to look for a declaration inside
/// the document (HTML/XHTML); plain text has none.
pub fn decode(bytes: &[u8], markup: bool) -> Decoded {
    decode_with_charset(bytes, markup, None)
}

/// [`decode`] with the charset the transport declared (the `charset` of an
/// HTTP `Content-Type`). As in browsers it outranks `<meta>` but not a
/// byte-order mark; valid UTF-8 is still taken as UTF-8, since servers
/// that say ISO-8859-1 while sending UTF-8 are common and the reverse
/// (Latin-1 text that happens to be valid UTF-8) is vanishingly rare.
pub fn decode_with_charset(bytes: &[u8], markup: bool, charset: Option<&str>) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        let warning = match (encoding == UTF_8, had_errors) {
            (true, false) => None,
            (true, true) => Some("not valid UTF-8 despite its byte-order mark; invalid bytes replaced with U+FFFD".into()),
            (false, false) => Some(format!("not UTF-8; decoded as {} (byte-order mark)", encoding.name())),
            (false, true) => Some(format!(
                "not UTF-8; decoded as {} (byte-order mark), invalid sequences replaced with U+FFFD",
                encoding.name()
            )),
        };
        return Decoded {
            text: text.into_owned(),
            warning,
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            warning: None,
        };
    }
    if let Some(encoding) = charset
        .and_then(|c| Encoding::for_label(c.trim().as_bytes()))
        .filter(|e| usable(e))
    {
        if let Some(text) = strict(encoding, bytes) {
            return Decoded {
                text,
                warning: Some(format!(
                    "not valid UTF-8; decoded as {} (HTTP header)",
                    encoding.name()
                )),
            };
        }
    }
    if markup {
        if let Some(encoding) = declared(bytes) {
            if let Some(text) = strict(encoding, bytes) {
                return Decoded {
                    text,
                    warning: Some(format!(
                        "not valid UTF-8; decoded as {} (declared)",
                        encoding.name()
                    )),
                };
            }
        }
    }
    // The bytes are not UTF-8 (checked above), so UTF-8 is not a candidate;
    // ISO-2022-JP is 7-bit and cannot explain them either.
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, Utf8Detection::Deny);
    if guess != UTF_8 {
        if let Some(text) = strict(guess, bytes) {
            return Decoded {
                text,
                warning: Some(format!(
                    "not valid UTF-8; decoded as {} (detected)",
                    guess.name()
                )),
            };
        }
    }
    Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        warning: Some(
            "not valid UTF-8 and no known charset fits; invalid bytes replaced with U+FFFD".into(),
        ),
    }
}

/// The charset the document declares, if it is a usable one. UTF-8 (which
/// already failed) and UTF-16 (which a meta tag cannot truly declare, per
/// the HTML standard) are ignored so detection gets its turn.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_LEN)];
    let label = XML_ENCODING
        .captures(head)
        .or_else(|| META_CHARSET.captures(head))
        .and_then(|c| c.get(1))?;
    let encoding = Encoding::for_label(label.as_bytes())?;
    usable(encoding).then_some(encoding)
}

/// UTF-8 has already failed by the time a declaration is consulted, and
/// UTF-16 without a byte-order mark is never what a label truly means.
fn usable(encoding: &'static Encoding) -> bool {
    encoding != UTF_8 && encoding != encoding_rs::UTF_16LE && encoding != encoding_rs::UTF_16BE
}

/// Decode only if every byte sequence is valid in `encoding`.
fn strict(encoding: &'static Encoding, bytes: &[u8]) -> Option<String> {
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(Cow::into_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through_without_warning() {
        let d = decode("Café – “quoted”".as_bytes(), false);
        assert_eq!(d.text, "Café – “quoted”");
        assert!(d.warning.is_none());
    }

    #[test]
    fn utf8_bom_is_stripped_silently() {
        let d = decode(b"\xEF\xBB\xBFHello", false);
        assert_eq!(d.text, "Hello");
        assert!(d.warning.is_none());
    }

    #[test]
    fn utf16_bom_decodes_with_a_note() {
        let d = decode(b"\xFF\xFEH\x00i\x00", false);
        assert_eq!(d.text, "Hi");
        assert_eq!(
            d.warning.as_deref(),
            Some("not UTF-8; decoded as UTF-16LE (byte-order mark)")
        );
    }

    #[test]
    fn windows_1252_text_is_detected() {
        // "The minister’s café visit – a “surprise”, said the résumé."
        let bytes = b"The minister\x92s caf\xe9 visit \x96 a \x93surprise\x94, said the r\xe9sum\xe9 of the d\xe9l\xe9gation in M\xfcnchen.";
        let d = decode(bytes, false);
        assert!(
            d.text
                .starts_with("The minister’s café visit – a “surprise”"),
            "{}",
            d.text
        );
        assert_eq!(
            d.warning.as_deref(),
            Some("not valid UTF-8; decoded as windows-1252 (detected)")
        );
    }

    #[test]
    fn html_meta_charset_is_honoured() {
        // KOI8-R bytes for "Привет"; the page declares it.
        let mut page = b"<html><head><meta charset=\"koi8-r\"></head><body>".to_vec();
        page.extend_from_slice(b"\xf0\xd2\xc9\xd7\xc5\xd4</body></html>");
        let d = decode(&page, true);
        assert!(d.text.contains("Привет"), "{}", d.text);
        assert_eq!(
            d.warning.as_deref(),
            Some("not valid UTF-8; decoded as KOI8-R (declared)")
        );

        let http_equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>na\xefve</p>";
        let d = decode(http_equiv, true);
        assert!(d.text.contains("naïve"));
        assert_eq!(
            d.warning.as_deref(),
            Some("not valid UTF-8; decoded as windows-1252 (declared)")
        );
    }

    #[test]
    fn false_utf8_declaration_falls_back_to_detection() {
        let page = b"<meta charset=utf-8><p>Le pr\xe9sident a d\xe9clar\xe9 que la r\xe9union \xe9tait termin\xe9e.</p>";
        let d = decode(page, true);
        assert!(d.text.contains("président"), "{}", d.text);
        assert!(
            d.warning
                .as_deref()
                .is_some_and(|w| w.ends_with("(detected)")),
            "{:?}",
            d.warning
        );
    }

    #[test]
    fn http_charset_outranks_meta_but_not_utf8() {
        // The page claims KOI8-R, the server says windows-1251: the server wins.
        let page = b"<meta charset=koi8-r><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        let d = decode_with_charset(page, true, Some("windows-1251"));
        assert!(d.text.contains("Привет"), "{}", d.text);
        assert_eq!(
            d.warning.as_deref(),
            Some("not valid UTF-8; decoded as windows-1251 (HTTP header)")
        );
        let utf8 = "<p>Привет</p>".as_bytes();
        let d = decode_with_charset(utf8, true, Some("iso-8859-1"));
        assert_eq!(d.text, "<p>Привет</p>");
        assert!(d.warning.is_none());
        // Unknown labels are ignored.
        let d = decode_with_charset(b"caf\xe9 au lait", false, Some("no-such-charset"));
        assert!(d
            .warning
            .as_deref()
            .is_some_and(|w| w.ends_with("(detected)")));
    }

    #[test]
    fn declarations_in_plain_text_are_ignored() {
        let text = b"<meta charset=koi8-r> is how pages declare it; caf\xe9";
        let d = decode(text, false);
        assert!(d
            .warning
            .as_deref()
            .is_some_and(|w| w.ends_with("(detected)")));
    }
}
