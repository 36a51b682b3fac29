//! Content words of a sentence, for comparing what two sentences talk about.

use std::collections::HashSet;
use std::sync::LazyLock;

use crosscheck_model::{Entity, Mention, Span};

/// Function words that say nothing about which fact a sentence states.
static STOPWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    "a about above after again against all also am an and any are as at be because been before being \
     below between both but by can could did do does doing down during each few for from further had has \
     have having he her here hers herself him himself his how i if in into is it its itself just me more \
     most my myself no nor not now of off on once only or other our ours ourselves out over own same she \
     should so some such than that the their theirs them themselves then there these they this those \
     through to too under until up very was we were what when where which while who whom why will with \
     would you your yours yourself s t said says say told according reported reports also however \
     still yet one two three may might must shall us mr mrs ms dr per via amid"
        .split_whitespace()
        .collect()
});

/// True for a lower-case function word ("and", "who").
pub fn is_function_word(word: &str) -> bool {
    STOPWORDS.contains(word)
}

/// Lower-case content words of `text` (minus the bytes in `skip`), crudely
/// stemmed so "meetings"/"meeting" and "talks"/"talk" match. Numbers are left
/// out: they are what is being compared, not the context.
pub fn content_words(text: &str, skip: Option<Span>) -> Vec<String> {
    let words = SentenceWords::of(text);
    match skip {
        Some(skip) => words.except(skip),
        None => words.sorted,
    }
}

/// A text's content words, each with its byte range, in text order.
type Words = Vec<(usize, usize, String)>;

/// The content words of `text` with their byte ranges, in text order.
fn words(text: &str) -> Words {
    let mut out = Vec::new();
    let mut start = None;
    let flush = |s: usize, e: usize, out: &mut Words| {
        let w = &text[s..e];
        if w.chars().any(|c| c.is_ascii_digit()) {
            return;
        }
        let lower = w.to_lowercase();
        let lower = lower.trim_end_matches("'s").trim_end_matches("’s");
        if lower.chars().count() < 3 || STOPWORDS.contains(lower) {
            return;
        }
        out.push((s, e, stem(lower)));
    };
    for (i, c) in text.char_indices() {
        let word_char = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                flush(s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        flush(s, text.len(), &mut out);
    }
    out
}

/// A sentence's content words, found once and reused for each of its
/// values: a sentence with many figures would otherwise be stemmed and
/// sorted once per figure, the square of its length.
pub struct SentenceWords {
    words: Words,
    sorted: Vec<String>,
}

impl SentenceWords {
    /// The content words of `text`.
    pub fn of(text: &str) -> Self {
        let words = words(text);
        let mut sorted: Vec<String> = words.iter().map(|(_, _, w)| w.clone()).collect();
        sorted.sort();
        sorted.dedup();
        SentenceWords { words, sorted }
    }

    /// [`content_words`] of the sentence minus the bytes in `skip`.
    pub fn except(&self, skip: Span) -> Vec<String> {
        let overlaps = |(s, e, _): &&(usize, usize, String)| *s < skip.end && skip.start < *e;
        if !self.words.iter().any(|w| overlaps(&w)) {
            return self.sorted.clone();
        }
        let mut out: Vec<String> = self
            .words
            .iter()
            .filter(|w| !overlaps(w))
            .map(|(_, _, w)| w.clone())
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// The Snowball (Porter 2) English stem, so "announced"/"announcement",
/// "RBIs"/"RBI" and "meetings"/"meeting" match. A few irregular forms that
/// news reports use for the same event are folded first ("died", "death",
/// "dead" → "die"; "met" → "meet"): the stemmer only strips suffixes.
pub fn stem(word: &str) -> String {
    static STEMMER: LazyLock<rust_stemmers::Stemmer> =
        LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    let w = word.trim_matches(|c: char| c == '-' || c == '\'' || c == '’');
    let w = match w {
        "died" | "dies" | "dying" | "death" | "deaths" | "dead" => "die",
        "met" => "meet",
        "held" => "hold",
        "fled" => "flee",
        "struck" => "strike",
        "shot" => "shoot",
        "quake" | "quakes" | "earthquakes" => "earthquake",
        "blaze" | "blazes" => "fire",
        "lawsuit" | "lawsuits" => "suit",
        other => other,
    };
    STEMMER.stem(w).into_owned()
}

/// For each sentence, the sorted keys of the entities mentioned in it.
pub fn entities_by_sentence(
    n: usize,
    mentions: &[Mention],
    entities: &[Entity],
) -> Vec<Vec<String>> {
    let mut out = vec![Vec::new(); n];
    for m in mentions {
        if let (Some(slot), Some(e)) = (out.get_mut(m.sentence), entities.get(m.entity)) {
            slot.push(e.key.clone());
        }
    }
    for v in &mut out {
        v.sort();
        v.dedup();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_drop_function_words_numbers_and_the_value() {
        let s = "The envoy met Putin for three hours in 24 meetings.";
        let skip = Span::new(s.find("three").unwrap(), s.find("three").unwrap() + 11);
        let words = content_words(s, Some(skip));
        assert_eq!(words, vec!["envoy", "meet", "putin"]);
    }

    #[test]
    fn stems_match_simple_inflections() {
        assert_eq!(stem("talks"), "talk");
        assert_eq!(stem("casualties"), stem("casualty"));
        assert_eq!(stem("announced"), stem("announcement"));
        assert_eq!(stem("died"), stem("death"));
        assert_eq!(stem("meeting"), "meet");
        assert_eq!(stem("meetings"), "meet");
        assert_eq!(stem("running"), "run");
        assert_eq!(stem("planned"), "plan");
        assert_eq!(stem("press"), "press");
    }
}
