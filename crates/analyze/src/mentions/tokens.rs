//! A small tokenizer for name finding: words (with internal dots, hyphens
//! and apostrophes kept, possessive `'s` split off) and single punctuation
//! characters, each with its absolute byte span. Allocation-free per token.

use crate::lexicon;

/// Word or punctuation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, possibly with inner `.`, `-`, `'`.
    Word,
    /// One punctuation character (or a detached `'s`).
    Punct,
}

/// One token with its absolute byte span.
#[derive(Clone, Copy, Debug)]
pub struct Tok<'a> {
    /// Start byte in the document.
    pub start: usize,
    /// End byte of the word itself (without any possessive).
    pub end: usize,
    /// End byte including a possessive `'s` / `’s` if there is one.
    pub full_end: usize,
    /// The word text (without possessive).
    pub text: &'a str,
    /// Word or punctuation.
    pub kind: Kind,
    /// True when followed by a possessive `'s` (attached or detached).
    pub possessive: bool,
}

impl Tok<'_> {
    /// True for words whose first letter is upper case ("Putin", "U.S.", "al-Assad" no).
    pub fn is_cap(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// True for all-capital words of two or more letters ("NATO", "U.S.").
    pub fn is_all_caps(&self) -> bool {
        let mut letters = 0;
        for c in self.text.chars() {
            if c.is_alphabetic() {
                if !c.is_uppercase() {
                    return false;
                }
                letters += 1;
            }
        }
        letters >= 2
    }

    /// True for a word.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// True for punctuation equal to `p`.
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == Kind::Punct && self.text == p
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Words that keep a following period: honorifics, ranks, suffixes and
/// common abbreviations inside names ("St.", "Inc.", "Co.").
fn keeps_period(word: &str) -> bool {
    let single_letter = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    single_letter
        || word.contains('.')
        || lexicon::is_honorific(word)
        || lexicon::rank(word).is_some()
        || lexicon::is_name_suffix(word)
        || matches!(
            word,
            "St" | "Inc"
                | "Corp"
                | "Co"
                | "Ltd"
                | "Mt"
                | "Ft"
                | "Jan"
                | "Feb"
                | "Aug"
                | "Sept"
                | "Oct"
                | "Nov"
                | "Dec"
        )
}

/// Tokenize `text[start..end]`; spans are absolute.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok<'_>> {
    let s = &text[start..end];
    let bytes = s.as_bytes();
    let mut out: Vec<Tok<'_>> = Vec::with_capacity(s.len() / 5);
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            // Scan a word: alphanumerics joined by single inner . - ' ’.
            let mut j = i + c.len_utf8();
            loop {
                let rest = &s[j..];
                let mut chars = rest.chars();
                match chars.next() {
                    Some(d) if d.is_alphanumeric() => j += d.len_utf8(),
                    Some(d) if d == '.' || d == '-' || is_apostrophe(d) || d == '\u{2011}' => {
                        match chars.next() {
                            Some(e) if e.is_alphanumeric() => j += d.len_utf8(),
                            _ => break,
                        }
                    }
                    _ => break,
                }
            }
            let mut word = &s[i..j];
            let mut word_end = j;
            let mut possessive = false;
            // Possessive 's / ’s (and plural s' / s’) split off the word.
            if let Some((k, a)) = word.char_indices().rev().nth(1) {
                if is_apostrophe(a) && word.ends_with(['s', 'S']) && k > 0 {
                    word = &word[..k];
                    word_end = i + k;
                    possessive = true;
                }
            }
            if !possessive && j < s.len() {
                if let Some(a) = s[j..].chars().next() {
                    if is_apostrophe(a)
                        && word.ends_with('s')
                        && s[j + a.len_utf8()..]
                            .chars()
                            .next()
                            .is_none_or(|n| !n.is_alphanumeric())
                    {
                        possessive = true; // "the Smiths’ house"
                        j += a.len_utf8();
                    }
                }
            }
            // A following period belongs to abbreviations and initials.
            if !possessive && bytes.get(j) == Some(&b'.') && keeps_period(word) {
                j += 1;
                word_end = j;
                word = &s[i..j];
            }
            out.push(Tok {
                start: start + i,
                end: start + word_end,
                full_end: start + j,
                text: word,
                kind: Kind::Word,
                possessive,
            });
            while it.peek().is_some_and(|(k, _)| *k < j) {
                it.next();
            }
            continue;
        }
        // Detached possessive from tokenised text: "Reid 's rep".
        if is_apostrophe(c) {
            let after = i + c.len_utf8();
            let next = s[after..].chars().next();
            let next2 = s[after..].chars().nth(1);
            if matches!(next, Some('s' | 'S')) && next2.is_none_or(|n| !n.is_alphanumeric()) {
                if let Some(prev) = out.last_mut() {
                    if prev.kind == Kind::Word && prev.full_end <= start + i {
                        prev.possessive = true;
                        prev.full_end = start + after + 1;
                        it.next();
                        continue;
                    }
                }
            }
        }
        let len = c.len_utf8();
        out.push(Tok {
            start: start + i,
            end: start + i + len,
            full_end: start + i + len,
            text: &s[i..i + len],
            kind: Kind::Punct,
            possessive: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, bool)> {
        tokenize(text, 0, text.len())
            .iter()
            .map(|t| (t.text.to_string(), t.possessive))
            .collect()
    }

    #[test]
    fn abbreviations_possessives_and_punctuation() {
        let got = words("Mr. Trump’s U.S. envoy, Witkoff's aide; Reid 's rep J. Smith Jr. left.");
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Mr.", "Trump", "U.S.", "envoy", ",", "Witkoff", "aide", ";", "Reid", "rep", "J.",
                "Smith", "Jr.", "left", "."
            ]
        );
        assert!(got[1].1 && got[5].1 && got[8].1);
        assert!(!got[0].1);
    }

    #[test]
    fn spans_are_exact() {
        let text = "  Zelenskyy’s team met Kallas.";
        for t in tokenize(text, 2, text.len()) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }
}
