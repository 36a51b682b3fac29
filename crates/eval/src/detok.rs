//! Turn ECB+'s space-separated tokens back into article-like text.
//!
//! The injected spans of the dev set are byte offsets into this text, so the
//! output must depend on nothing but the input tokens: no locale, no
//! randomness, no state that outlives one document.
//!
//! Layout: one original sentence per paragraph (`"\n\n"` between them, one
//! `"\n"` at the end), so a sentence splitter sees the original sentence
//! boundaries and headlines or date lines without final punctuation stay
//! apart from the sentence after them.

/// Detokenise a whole document: drop URL-like sentences, detokenise the rest
/// and join them as paragraphs.
pub fn document(sentences: &[String]) -> String {
    let mut out = String::new();
    for s in sentences {
        if is_url_like(s) {
            continue;
        }
        let line = sentence(s);
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// True for a tokenised web address such as `http : / / www . x . com / a`,
/// which ECB+ keeps as the first "sentence" of many documents.
pub fn is_url_like(sentence: &str) -> bool {
    let squeezed: String = sentence.chars().filter(|c| !c.is_whitespace()).collect();
    let lower = squeezed.to_ascii_lowercase();
    if lower.starts_with("www.") || lower.starts_with("http") && lower.contains("://") {
        return true;
    }
    // A path without the scheme: a web suffix, and hardly any real words.
    let has_suffix = [".com/", ".org/", ".net/", ".html", ".htm", ".php", ".aspx"]
        .iter()
        .any(|t| lower.contains(t));
    let tokens = sentence.split_whitespace().count();
    let words = sentence
        .split_whitespace()
        .filter(|t| t.len() > 1 && t.chars().all(char::is_alphabetic))
        .count();
    has_suffix && words * 2 < tokens
}

/// How a token joins its neighbours.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Glue {
    /// Spaces on both sides.
    Free,
    /// No space before it (`,`, `'s`, closing quotes).
    Left,
    /// No space after it (`(`, `$`, opening quotes).
    Right,
    /// No space on either side (`-` in `rear - ended`, `’` in `Fox ’ s`).
    Both,
}

/// Detokenise one sentence given as space-separated tokens.
pub fn sentence(tokenised: &str) -> String {
    let toks: Vec<&str> = tokenised.split_whitespace().collect();
    let mut out = String::new();
    // Straight double quotes carry no direction: alternate open / close
    // within the sentence (ECB+ sentence tokens are the unit we are given).
    let mut dquote_open = false;
    let mut squote_open = false;
    let mut glue_prev = Glue::Right; // no space before the first token
    for (i, raw) in toks.iter().enumerate() {
        let prev = if i > 0 { Some(toks[i - 1]) } else { None };
        let next = toks.get(i + 1).copied();
        let (text, glue) = classify(raw, prev, next, &mut dquote_open, &mut squote_open);
        let space = !matches!(glue_prev, Glue::Right | Glue::Both)
            && !matches!(glue, Glue::Left | Glue::Both);
        if space {
            out.push(' ');
        }
        out.push_str(text);
        glue_prev = glue;
    }
    out
}

fn ends_alnum(t: Option<&str>) -> bool {
    t.and_then(|t| t.chars().last())
        .is_some_and(char::is_alphanumeric)
}

fn starts_alnum(t: Option<&str>) -> bool {
    t.and_then(|t| t.chars().next())
        .is_some_and(char::is_alphanumeric)
}

fn classify<'a>(
    tok: &'a str,
    prev: Option<&str>,
    next: Option<&str>,
    dquote_open: &mut bool,
    squote_open: &mut bool,
) -> (&'a str, Glue) {
    match tok {
        "``" | "“" => {
            *dquote_open = true;
            (if tok == "``" { "\"" } else { tok }, Glue::Right)
        }
        "''" | "”" => {
            *dquote_open = false;
            (if tok == "''" { "\"" } else { tok }, Glue::Left)
        }
        "\"" => {
            *dquote_open = !*dquote_open;
            (
                "\"",
                if *dquote_open {
                    Glue::Right
                } else {
                    Glue::Left
                },
            )
        }
        "-LRB-" => ("(", Glue::Right),
        "-RRB-" => (")", Glue::Left),
        "-LSB-" => ("[", Glue::Right),
        "-RSB-" => ("]", Glue::Left),
        "-LCB-" => ("{", Glue::Right),
        "-RCB-" => ("}", Glue::Left),
        "(" | "[" | "{" | "$" | "#" | "£" | "€" => (tok, Glue::Right),
        // Numbers split by the tokeniser: "1 , 300", "2 , 000ft", "2 . 5"
        // (sentences are already split, so a full stop between digits is a
        // decimal point).
        "," if ends_digit(prev) && next.is_some_and(thousands_group) => (tok, Glue::Both),
        "." if ends_digit(prev) && starts_digit(next) => (tok, Glue::Both),
        "," | "." | ";" | "!" | "?" | "%" | ")" | "]" | "}" | "..." => (tok, Glue::Left),
        // "06 : 00" is a clock time; elsewhere a colon ends a clause.
        ":" if ends_digit(prev) && starts_digit(next) => (tok, Glue::Both),
        ":" => (tok, Glue::Left),
        // A hyphen or slash between two words joins them ("90 - day",
        // "Jekyll / Hyde"); a dash standing alone keeps its spaces.
        "-" | "/" if ends_alnum(prev) && starts_alnum(next) => (tok, Glue::Both),
        // Curly apostrophe split off a contraction or possessive: "Fox ’ s".
        "’" if ends_alnum(prev) && next.is_some_and(is_clitic_tail) => (tok, Glue::Both),
        "‘" => {
            *squote_open = true;
            (tok, Glue::Right)
        }
        "’" => {
            *squote_open = false;
            (tok, Glue::Left)
        }
        // A lone straight apostrophe after an s-word is a plural possessive
        // ("Thomas ' mother"); otherwise it is a single quote mark.
        "'" if prev.is_some_and(|p| p.ends_with(['s', 'S'])) && !*squote_open => (tok, Glue::Left),
        "'" => {
            *squote_open = !*squote_open;
            (
                tok,
                if *squote_open {
                    Glue::Right
                } else {
                    Glue::Left
                },
            )
        }
        _ if is_clitic(tok) => (tok, Glue::Left),
        _ => (tok, Glue::Free),
    }
}

/// Three digits, alone or glued to a unit ("300", "000ft").
fn thousands_group(t: &str) -> bool {
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits == 3 && t[3..].chars().all(char::is_alphabetic)
}

fn ends_digit(t: Option<&str>) -> bool {
    t.and_then(|t| t.chars().last())
        .is_some_and(|c| c.is_ascii_digit())
}

fn starts_digit(t: Option<&str>) -> bool {
    t.and_then(|t| t.chars().next())
        .is_some_and(|c| c.is_ascii_digit())
}

/// Penn-style split clitics: `'s`, `n't`, `'re`, … (straight or curly).
fn is_clitic(tok: &str) -> bool {
    let t = tok.to_ascii_lowercase().replace('’', "'");
    matches!(
        t.as_str(),
        "'s" | "n't" | "'re" | "'ve" | "'m" | "'ll" | "'d"
    )
}

/// What follows a split-off curly apostrophe in a contraction.
fn is_clitic_tail(tok: &str) -> bool {
    matches!(
        tok.to_ascii_lowercase().as_str(),
        "s" | "t" | "re" | "ve" | "m" | "ll" | "d"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_clitics() {
        assert_eq!(
            sentence("`` We appreciate your respect , '' the 33-year-old actress 's rep said ."),
            "\"We appreciate your respect,\" the 33-year-old actress's rep said."
        );
        assert_eq!(
            sentence("She was n't there ; it 's 24 % off !"),
            "She wasn't there; it's 24% off!"
        );
        assert_eq!(
            sentence("-LRB- AP -RRB- fined $ 25,000 : yes ?"),
            "(AP) fined $25,000: yes?"
        );
        assert_eq!(
            sentence("He fell 2 , 000ft , or 2 , 5000 people , 1 , 300 ."),
            "He fell 2,000ft, or 2, 5000 people, 1,300."
        );
    }

    #[test]
    fn hyphens_slashes_and_curly_apostrophes() {
        assert_eq!(
            sentence("a 90 - day court - mandated stay"),
            "a 90-day court-mandated stay"
        );
        assert_eq!(
            sentence("the Jekyll / Hyde nature -- and more"),
            "the Jekyll/Hyde nature -- and more"
        );
        assert_eq!(
            sentence("Fox ’ s option , we ’ ll see"),
            "Fox’s option, we’ll see"
        );
        assert_eq!(sentence("the “ Mean Girls ” star"), "the “Mean Girls” star");
        assert_eq!(
            sentence("sequel ‘ Catching Fire ’ as"),
            "sequel ‘Catching Fire’ as"
        );
        assert_eq!(sentence("at 06 : 00 today"), "at 06:00 today");
        assert_eq!(
            sentence("1 , 300 biologists , 2 . 5 million , 12 , 14"),
            "1,300 biologists, 2.5 million, 12, 14"
        );
    }

    #[test]
    fn straight_quotes_alternate() {
        assert_eq!(
            sentence("He said \" go \" and \" stay \" ."),
            "He said \"go\" and \"stay\"."
        );
        assert_eq!(sentence("for Thomas ' mother"), "for Thomas' mother");
        assert_eq!(sentence("told him , ' Greg , go '"), "told him, 'Greg, go'");
    }

    #[test]
    fn documents_drop_urls_and_are_reproducible() {
        let sents: Vec<String> = [
            "http : / / articles . latimes . com / 2013 / may / 03 / lohan",
            "Lindsay Lohan checks into Betty Ford Center",
            "May 03 , 2013",
            "Lohan was there .",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let text = document(&sents);
        assert_eq!(
            text,
            "Lindsay Lohan checks into Betty Ford Center\n\nMay 03, 2013\n\nLohan was there.\n"
        );
        assert_eq!(text, document(&sents));
        assert!(is_url_like("www . example . org / news"));
        assert!(!is_url_like(
            "Lohan said the site www . x . com was down , and left for good ."
        ));
    }
}
