//! Words with byte offsets, and the little context tests the candidate
//! finders share ("is the next word right after this one, capitalised?").

/// One word of a text: letters/digits, with inner apostrophes and hyphens
/// (`Reid's`, `33-year-old`, `O'Brien`) kept inside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The word as written.
    pub text: &'a str,
}

impl<'a> Word<'a> {
    /// The word without a possessive ending (`Reid's` → `Reid`, `Jones’` stays).
    pub fn stem(&self) -> &'a str {
        for suffix in ["'s", "’s"] {
            if let Some(s) = self.text.strip_suffix(suffix) {
                return s;
            }
        }
        self.text
    }

    /// True if the first character is an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Split `text` into words.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                iter.next();
            } else if matches!(d, '\'' | '’' | '-') {
                // Keep a joiner only when a letter or digit follows it.
                let after = text[j + d.len_utf8()..].chars().next();
                if after.is_some_and(char::is_alphanumeric) {
                    iter.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        out.push(Word {
            start: i,
            end,
            text: &text[i..end],
        });
    }
    out
}

/// True if words `a` and `b` (a before b) are separated by exactly one
/// space: they belong to one phrase, not across punctuation or a line.
pub fn adjacent(text: &str, a: &Word, b: &Word) -> bool {
    &text[a.end..b.start] == " "
}

/// True if the word at `i` begins a sentence or paragraph (a reasonable
/// guess: the text before it, back to the previous word, holds `.`, `!`,
/// `?`, a quote mark, a colon or a line break).
pub fn starts_sentence(text: &str, words: &[Word], i: usize) -> bool {
    let from = if i == 0 { 0 } else { words[i - 1].end };
    let gap = &text[from..words[i].start];
    i == 0 || gap.contains(['.', '!', '?', '\n', '"', '“', ':', '(', '‘'])
}

/// True if the word at `i` is directly preceded (one space) by a
/// capitalised word that is not the start of a sentence: the word at `i`
/// is then the inside of a longer name ("Betty Ford", "Los Angeles").
pub fn inside_capitalised_run(
    text: &str,
    words: &[Word],
    i: usize,
    allowed_before: &[&str],
) -> bool {
    if i == 0 {
        return false;
    }
    let p = &words[i - 1];
    p.is_capitalised()
        && adjacent(text, p, &words[i])
        && !allowed_before.contains(&p.text)
        && !starts_sentence(text, words, i - 1)
}

/// True if the word at `i` is followed (one space) by a capitalised word:
/// it is then the front of a longer name ("Chicago Bears").
pub fn followed_by_capitalised(text: &str, words: &[Word], i: usize) -> bool {
    words
        .get(i + 1)
        .is_some_and(|n| n.is_capitalised() && adjacent(text, &words[i], n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_context() {
        let t = "Reid's 33-year-old pal, O'Brien. Then Betty Ford";
        let w = words(t);
        let texts: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(
            texts,
            [
                "Reid's",
                "33-year-old",
                "pal",
                "O'Brien",
                "Then",
                "Betty",
                "Ford"
            ]
        );
        assert_eq!(w[0].stem(), "Reid");
        assert_eq!(&t[w[3].start..w[3].end], "O'Brien");
        assert!(starts_sentence(t, &w, 4));
        assert!(!starts_sentence(t, &w, 2));
        assert!(inside_capitalised_run(t, &w, 6, &[]));
        // "Then" is capitalised only because it starts a sentence.
        assert!(!inside_capitalised_run(t, &w, 5, &[]));
        assert!(followed_by_capitalised(t, &w, 5));
        assert_eq!(words("don' t").len(), 2);
    }
}
