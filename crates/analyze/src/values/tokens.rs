//! Word pieces of one sentence: the unit the value rules walk over.
//!
//! A token is a run of letters and digits that may hold `.` `,` `:` `/` `'`
//! and `-` *between* two alphanumerics ("24,400", "1.5", "U.S", "o'clock",
//! "15:30", "three-hour"). Each token is then cut at its hyphens into pieces,
//! with `joined` marking a piece glued to the one before ("three" + "hour"),
//! so "three-hour", "33-year-old" and "6.7-magnitude" read like "three hour"
//! but a rule can still tell that they were written as one compound.
//! Everything else is a one-character punctuation piece, except a final
//! possessive "'s" / "’s", which is its own piece so that "Tuesday’s" yields
//! the piece "Tuesday".

/// What a piece is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (and inner `.` or apostrophes): "three", "U.S", "o'clock".
    Word,
    /// Digits with inner `,` `.` `:` `/`: "24,400", "1.5", "15:30".
    Number,
    /// Digits and letters mixed: "3rd", "5bn", "G7", "30km".
    Mixed,
    /// A possessive ending "'s" / "’s".
    Possessive,
    /// Any other single character: "," "$" "%" "(" "—".
    Punct,
}

/// One piece of a sentence, with absolute byte offsets into the document.
#[derive(Clone, Debug)]
pub(crate) struct Piece<'a> {
    /// The piece as written.
    pub text: &'a str,
    /// Lower-case form, for lexicon look-ups.
    pub lower: String,
    /// First byte (absolute).
    pub start: usize,
    /// One past the last byte (absolute).
    pub end: usize,
    /// What the piece is made of.
    pub kind: Kind,
    /// Glued to the previous piece by a hyphen.
    pub joined: bool,
}

impl Piece<'_> {
    /// True for a word whose first letter is upper case.
    pub fn is_capitalized(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True for a word written wholly in lower case.
    pub fn is_lower_word(&self) -> bool {
        self.kind == Kind::Word && !self.text.chars().any(char::is_uppercase)
    }
}

/// Cut `sentence` (which starts at absolute byte `base`) into pieces.
pub(crate) fn pieces(sentence: &str, base: usize) -> Vec<Piece<'_>> {
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let mut out = Vec::with_capacity(chars.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() && continues_token(&chars, j) {
                j += 1;
            }
            let end = chars.get(j).map_or(sentence.len(), |&(b, _)| b);
            push_token(&mut out, sentence, at, end, base);
            i = j;
        } else if is_apostrophe(c) && possessive_at(&chars, i) {
            let end = chars.get(i + 2).map_or(sentence.len(), |&(b, _)| b);
            out.push(piece(sentence, at, end, base, Kind::Possessive, false));
            i += 2;
        } else {
            let end = at + c.len_utf8();
            out.push(piece(sentence, at, end, base, Kind::Punct, false));
            i += 1;
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// "'s" followed by a non-alphanumeric (or the end).
fn possessive_at(chars: &[(usize, char)], i: usize) -> bool {
    matches!(chars.get(i + 1), Some((_, 's' | 'S')))
        && !chars.get(i + 2).is_some_and(|&(_, c)| c.is_alphanumeric())
}

/// Does the character at `j` continue the token that runs up to `j - 1`?
fn continues_token(chars: &[(usize, char)], j: usize) -> bool {
    let c = chars[j].1;
    if c.is_alphanumeric() {
        return true;
    }
    let prev = chars[j - 1].1;
    let Some(&(_, next)) = chars.get(j + 1) else {
        return false;
    };
    match c {
        ',' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
        '.' | '-' | '/' => prev.is_alphanumeric() && next.is_alphanumeric(),
        // An inner apostrophe ("o'clock", "didn't") but not a final "'s".
        '\'' | '’' => prev.is_alphabetic() && next.is_alphabetic() && !possessive_at(chars, j),
        _ => false,
    }
}

/// Split one token at its hyphens and push the pieces.
fn push_token<'a>(out: &mut Vec<Piece<'a>>, s: &'a str, start: usize, end: usize, base: usize) {
    let mut from = start;
    let mut joined = false;
    for (off, _) in s[start..end].match_indices('-') {
        let to = start + off;
        out.push(piece(s, from, to, base, kind_of(&s[from..to]), joined));
        let dash = is_dash(&s[from..to], &s[to + 1..end]);
        if dash {
            out.push(piece(s, to, to + 1, base, Kind::Punct, false));
        }
        from = to + 1;
        joined = !dash;
    }
    out.push(piece(s, from, end, base, kind_of(&s[from..end]), joined));
}

/// A hyphen between a lower-case word and a capitalised one stands for a
/// dash ("some 20,000 scientists-The Ornithological Council, …", as text
/// that lost its em dashes writes it), except after a prefix that goes
/// before proper names ("anti-American", "post-Soviet", "then-President");
/// so does one between a plural noun and a number word.
fn is_dash(before: &str, after: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "anti", "pro", "non", "mid", "ex", "pre", "post", "trans", "pan", "neo", "un", "all",
        "semi", "inter", "intra", "ultra", "super", "pseudo", "quasi", "counter", "multi", "cross",
        "over", "under", "then", "half", "self",
    ];
    let lower_word = before.chars().count() >= 3 && before.chars().all(|c| c.is_lowercase());
    let capitalised = after.chars().next().is_some_and(char::is_uppercase)
        && after
            .chars()
            .skip(1)
            .take_while(|c| *c != '-')
            .any(char::is_lowercase);
    // "three bank workers-two women and a man-were killed": a number word
    // glued to a plural noun starts an aside; before a compound's number
    // stands a number or a singular ("twenty-two", "top-ten").
    let next = after.split('-').next().unwrap_or(after);
    let number = |w: &str| {
        super::numbers::small_word(w).is_some() || super::numbers::scale_word(w).is_some()
    };
    let aside = before.len() >= 4 && before.ends_with('s') && !number(before) && number(next);
    lower_word && (capitalised || aside) && !PREFIXES.contains(&before)
}

fn kind_of(t: &str) -> Kind {
    let digits = t.chars().any(|c| c.is_ascii_digit());
    let letters = t.chars().any(char::is_alphabetic);
    match (digits, letters) {
        (true, true) => Kind::Mixed,
        (true, false) => Kind::Number,
        _ => Kind::Word,
    }
}

fn piece(s: &str, start: usize, end: usize, base: usize, kind: Kind, joined: bool) -> Piece<'_> {
    let text = &s[start..end];
    Piece {
        text,
        lower: text.to_lowercase(),
        start: base + start,
        end: base + end,
        kind,
        joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(String, Kind, bool)> {
        pieces(s, 0)
            .into_iter()
            .map(|p| (p.text.to_string(), p.kind, p.joined))
            .collect()
    }

    #[test]
    fn compounds_numbers_and_possessives() {
        let t = texts("A three-hour talk, 24,400 troops, Tuesday’s U.S. 1.5 15:30 G7.");
        let words: Vec<&str> = t.iter().map(|(w, _, _)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "A", "three", "hour", "talk", ",", "24,400", "troops", ",", "Tuesday", "’s", "U.S",
                ".", "1.5", "15:30", "G7", "."
            ]
        );
        assert!(t[2].2, "hour is glued to three");
        assert_eq!(t[5].1, Kind::Number);
        assert_eq!(t[9].1, Kind::Possessive);
        assert_eq!(t[14].1, Kind::Mixed);
    }

    #[test]
    fn offsets_are_absolute_and_exact() {
        let s = "é 10-day";
        for p in pieces(s, 100) {
            assert_eq!(&s[p.start - 100..p.end - 100], p.text);
        }
        let trailing_comma = texts("in 2014, then");
        assert_eq!(trailing_comma[1].0, "2014");
        assert_eq!(trailing_comma[2].0, ",");
    }

    #[test]
    fn a_hyphen_before_a_capitalised_word_or_a_number_word_is_a_dash() {
        let t = texts("20,000 scientists-The Council");
        assert_eq!(t[1], ("scientists".to_string(), Kind::Word, false));
        assert_eq!(t[2], ("-".to_string(), Kind::Punct, false));
        assert_eq!(t[3], ("The".to_string(), Kind::Word, false));
        let t = texts("three bank workers-two women");
        assert_eq!(
            (t[2].0.as_str(), t[3].0.as_str(), t[4].2),
            ("workers", "-", false)
        );
        for compound in [
            "anti-American",
            "post-Soviet",
            "then-President",
            "Coca-Cola",
            "Detroit-based",
            "non-EU",
            "twenty-two",
            "top-ten",
        ] {
            let t = texts(compound);
            assert!(t.len() == 2 && t[1].2, "{compound}: {t:?}");
        }
    }
}
