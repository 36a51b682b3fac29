//! Finding the noun a number or ordinal is about, without a tagger.
//!
//! From the word after the number, look at up to three words, stopping at
//! punctuation, numbers, function words, common verbs and "-ly" adverbs:
//! - after a plural number ("24,400 military personnel", "three Russian
//!   officials") the noun is the *first* plural-looking word; words before it
//!   are taken as adjectives. With no regular plural, an invariant noun
//!   ("personnel", "staff", "police") is the noun.
//! - after "one" or an ordinal ("one senior official said", "third extended
//!   meeting") the noun is the *last* word of the run, dropping trailing
//!   participles ("-ed") since those are verbs ("first visited").
//!
//! Capitalised words and hyphenated compounds ("U.S", "Russian-backed") can
//! only be adjectives: a counted noun in running text is lower case, and
//! this keeps "Fox News", "Route" and other names from being counted.
use super::tokens::{Kind, Piece};
use super::words::{is_adverb, is_invariant_noun, is_plural_noun, is_stopword, singular};

/// One word of the run after a number.
struct Word {
    /// Index of the (last) piece of the word.
    idx: usize,
    /// May be the noun (lower case, single piece).
    noun_ok: bool,
}

/// The noun after piece `k - 1`: its piece index and singular lemma.
/// `singular` selects the rule for "one" and ordinals.
pub(crate) fn counted(p: &[Piece], k: usize, singular_rule: bool) -> Option<(usize, String)> {
    // "a four-book series", "a two-party basis", "a three-story building":
    // a noun glued to the number by a hyphen is what it counts, singular as
    // compounds are. Not when the compound goes on ("33-year-old").
    if let Some(w) = p.get(k).filter(|w| w.joined && w.kind == Kind::Word) {
        let lower = w.lower.as_str();
        let ends = !p.get(k + 1).is_some_and(|q| q.joined);
        if ends
            && lower.len() >= 3
            && lower.chars().all(|c| c.is_ascii_lowercase())
            && !is_stopword(lower)
            && !is_adverb(lower)
        {
            return Some((k, singular(lower)));
        }
    }
    let words = run(p, k);
    let noun = if singular_rule {
        words
            .iter()
            .rev()
            // Trailing names and participles are not the noun: "first visited Moscow".
            .find(|w| w.noun_ok && !p[w.idx].lower.ends_with("ed"))
            .filter(|w| !is_plural_noun(&p[w.idx].lower) || is_invariant_noun(&p[w.idx].lower))
    } else {
        words
            .iter()
            .find(|w| w.noun_ok && is_plural_noun(&p[w.idx].lower))
            .or_else(|| {
                words
                    .iter()
                    .rev()
                    .find(|w| w.noun_ok && is_invariant_noun(&p[w.idx].lower))
            })
    }?;
    let lemma = singular(&p[noun.idx].lower);
    Some((noun.idx, of_what(p, noun.idx, &lemma).unwrap_or(lemma)))
}

/// Nouns that count what their "of" names: "one count of third-degree
/// murder and three counts of criminal vehicular homicide" are two counts.
const CONTAINERS: &[&str] = &["count", "charge"];

/// "count of homicide" for a container noun at `idx` followed by "of" and
/// a noun phrase (its last lower-case word is the head).
fn of_what(p: &[Piece], idx: usize, lemma: &str) -> Option<String> {
    if !CONTAINERS.contains(&lemma) || p.get(idx + 1).is_none_or(|q| q.lower != "of") {
        return None;
    }
    let head = run(p, idx + 2).into_iter().rfind(|w| w.noun_ok)?;
    Some(format!("{lemma} of {}", singular(&p[head.idx].lower)))
}

/// Up to three words from piece `k`, ended by anything that cannot sit in a
/// noun phrase.
fn run(p: &[Piece], mut k: usize) -> Vec<Word> {
    let mut words = Vec::with_capacity(3);
    while words.len() < 3 {
        let Some(first) = p.get(k) else { break };
        if first.kind != Kind::Word || first.joined {
            break;
        }
        // A hyphenated compound is one word.
        let mut last = k;
        while p.get(last + 1).is_some_and(|q| q.joined) {
            last += 1;
        }
        let compound = last > k;
        let w = first.lower.as_str();
        if !compound && (is_stopword(w) || is_adverb(w)) {
            break;
        }
        if compound && p[k..=last].iter().any(|q| q.kind != Kind::Word) {
            break;
        }
        let capital = first.is_capitalized();
        words.push(Word {
            idx: last,
            noun_ok: !compound && !capital,
        });
        k = last + 1;
        // The full stop that closes a dotted abbreviation ("32 million U.S.
        // viewers") belongs to it.
        if capital
            && first.text.contains('.')
            && p.get(k)
                .is_some_and(|q| q.text == "." && q.start == first.end)
        {
            k += 1;
        }
        // A possessive ends the phrase: "three Russia's" is not a count.
        if p.get(k).is_some_and(|q| q.kind == Kind::Possessive) {
            break;
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::super::tokens::pieces;
    use super::*;

    fn noun(s: &str, singular_rule: bool) -> Option<String> {
        let p = pieces(s, 0);
        counted(&p, 0, singular_rule).map(|(_, n)| n)
    }

    #[test]
    fn plural_rule() {
        assert_eq!(
            noun("military personnel were", false).as_deref(),
            Some("personnel")
        );
        assert_eq!(
            noun("Russian officials said", false).as_deref(),
            Some("official")
        );
        assert_eq!(noun("wounded soldiers", false).as_deref(), Some("soldier"));
        assert_eq!(noun("police officers", false).as_deref(), Some("officer"));
        assert_eq!(noun("of the", false), None);
        assert_eq!(
            noun("counts of criminal vehicular homicide", false).as_deref(),
            Some("count of homicide")
        );
        assert_eq!(
            noun("count of third-degree murder and", true).as_deref(),
            Some("count of murder")
        );
        assert_eq!(noun("counts, police said", false).as_deref(), Some("count"));
        assert_eq!(
            noun("U.S. viewers watched", false).as_deref(),
            Some("viewer")
        );
        assert_eq!(noun("Fox News", false), None);
        assert_eq!(noun("killed in", false), None);
    }

    #[test]
    fn hyphen_compounds_count_their_noun() {
        let p = pieces("four-book series", 0);
        assert_eq!(
            counted(&p, 1, false).map(|(_, n)| n).as_deref(),
            Some("book")
        );
        let p = pieces("33-year-old envoy", 0);
        assert_eq!(counted(&p, 1, false).map(|(_, n)| n), None);
    }

    #[test]
    fn singular_rule() {
        assert_eq!(
            noun("senior official said", true).as_deref(),
            Some("official")
        );
        assert_eq!(
            noun("extended meeting on", true).as_deref(),
            Some("meeting")
        );
        assert_eq!(noun("visited Moscow", true), None);
        assert_eq!(noun("met in", true), None);
        assert_eq!(noun(", then", true), None);
    }
}
