//! What the clusterer sees of a document: hashed terms by channel, the
//! publication day and the era.

use std::collections::HashMap;

use crosscheck_model::{Analysis, Document, EntityKind, ValueKind};

use crate::lsh::fnv1a;

/// Number of hashed term buckets (document frequencies and vector keys).
pub const TERM_BUCKETS: usize = 1 << 20;

/// Pseudo-documents assumed before the first one (see `Clusterer::idf`).
pub const IDF_PRIOR_DOCS: f32 = 50.0;

/// Which kind of evidence a feature is. Each channel is its own unit
/// vector, and a document–document similarity is the weighted sum of the
/// channels' cosines ([`StoryConfig`] weights): two fires share the words
/// *fire* and *blaze* with every other fire, but only the same fire shares
/// *Lindholm*, *Harbour Road*, "six hours" and 2024.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Channel {
    /// Content words, lower-cased and lightly stemmed.
    Word,
    /// Names: the analysis's person/place/organisation keys, or capitalised
    /// words inside a sentence when there is no analysis.
    Name,
    /// Figures, weekdays, times, durations, ordinals (normalised values).
    Value,
    /// Years the text mentions (dates and bare years).
    Year,
}

/// Buckets reserved at the top of the term space for years 1900–2155, so
/// a year feature is recognisable from its bucket alone (see [`year_bucket`]).
pub(super) const YEAR_BUCKETS: u32 = 256;

/// The bucket of a year feature.
pub(super) fn year_bucket(year: i32) -> u32 {
    TERM_BUCKETS as u32 - YEAR_BUCKETS + (year - 1900).clamp(0, YEAR_BUCKETS as i32 - 1) as u32
}

pub(super) fn is_year_bucket(bucket: u32) -> bool {
    bucket >= TERM_BUCKETS as u32 - YEAR_BUCKETS
}

/// The bucket of any other feature (never a year bucket).
pub(super) fn term_bucket(channel: Channel, term: &str) -> u32 {
    let mut h = fnv1a(term.as_bytes());
    h ^= (channel as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h % (TERM_BUCKETS as u64 - YEAR_BUCKETS as u64)) as u32
}

/// What the clusterer needs from one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocFeatures {
    /// (term bucket, raw count, channel), sorted by bucket.
    pub terms: Vec<(u32, f32, Channel)>,
    /// Publication day (days since 1970-01-01), if known.
    pub day: Option<i64>,
    /// The article's own year: the year of a date in its first sentences
    /// (a dateline), else the year the text mentions most.
    pub era: Option<i32>,
}

/// Sentences over which the lead weight falls to zero: the headline and
/// first sentences say what the story is (who was arrested, who was hired),
/// the body adds background people and places that other stories share.
pub(super) const LEAD_SENTENCES: f32 = 3.0;
/// Extra count of a name per mention, at full lead weight.
pub(super) const LEAD_NAME_BOOST: f32 = 3.0;
/// Extra count of a content word, at full lead weight.
pub(super) const LEAD_WORD_BOOST: f32 = 1.5;

/// How much of the lead boost a term in sentence `s` gets: 1 in the first
/// sentence, falling linearly to 0 at [`LEAD_SENTENCES`]. A smooth fall
/// rather than a cut, so that whether the headline counts as a sentence of
/// its own (it does in some inputs, not in others) changes little.
pub(super) fn lead_weight(s: usize) -> f32 {
    (1.0 - s as f32 / LEAD_SENTENCES).max(0.0)
}

/// Build features from a document and, optionally, its analysis (entity
/// keys become names, typed values become values and years). With an
/// analysis, terms of the lead sentences count more ([`lead_weight`]).
pub fn features(doc: &Document, analysis: Option<&Analysis>) -> DocFeatures {
    // (bucket, count, channel) as found; summed per bucket at the end, the
    // channel being the first one seen for the bucket.
    let mut counts: Vec<(u32, f32, Channel)> = Vec::with_capacity(256);
    let mut add = |bucket: u32, channel: Channel, count: f32| counts.push((bucket, count, channel));
    // Sentence of a byte offset, for the lead weight of words.
    let sentence_ends: Vec<usize> = analysis
        .map(|a| a.sentences.iter().map(|s| s.span.end).collect())
        .unwrap_or_default();
    let sentence_of = |byte: usize| sentence_ends.partition_point(|&end| end <= byte);
    let mut text_years: HashMap<i32, u32> = HashMap::new();
    let text = &doc.text;
    let mut sentence_start = true;
    let mut lower = String::new();
    for (start, word) in words(text) {
        let first = word.chars().next().unwrap_or(' ');
        if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(y) = word.parse::<i32>() {
                if (1900..=2100).contains(&y) {
                    *text_years.entry(y).or_default() += 1;
                }
            }
        }
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        let capitalised = first.is_uppercase() && word.chars().skip(1).any(|c| c.is_lowercase());
        if !is_stopword(&lower) && (lower.chars().count() >= 3 || first.is_ascii_digit()) {
            let count = match analysis {
                Some(_) => 1.0 + LEAD_WORD_BOOST * lead_weight(sentence_of(start)),
                None => 1.0,
            };
            add(
                term_bucket(Channel::Word, &stem(&lower)),
                Channel::Word,
                count,
            );
            // Without an analysis, a capitalised word that does not open a
            // sentence is (part of) a name.
            if analysis.is_none() && capitalised && !sentence_start {
                add(term_bucket(Channel::Name, &lower), Channel::Name, 1.0);
            }
        }
        let after = &text[start + word.len()..];
        let next = after.trim_start_matches([' ', '\t', '"', '\'', ')', '\u{201d}', '\u{2019}']);
        sentence_start = next.starts_with(['.', '!', '?', '\n', ':']) || after.starts_with("\n");
    }
    // A full date near the top of the text is the article's dateline: a far
    // better guess at when it was written than the year mentioned most.
    let mut dateline: Option<i32> = None;
    match analysis {
        Some(a) => {
            for e in &a.entities {
                if matches!(
                    e.kind,
                    EntityKind::Person | EntityKind::Place | EntityKind::Organization
                ) && !e.key.is_empty()
                {
                    let lead: f32 = e
                        .mentions
                        .iter()
                        .filter_map(|&m| a.mentions.get(m))
                        .map(|m| lead_weight(m.sentence))
                        .sum();
                    let count = e.mentions.len().max(1) as f32 + LEAD_NAME_BOOST * lead;
                    add(term_bucket(Channel::Name, &e.key), Channel::Name, count);
                }
            }
            for v in &a.values {
                match v.kind {
                    ValueKind::Date | ValueKind::Year => {
                        let year = v.normalized.get(0..4).and_then(|y| y.parse::<i32>().ok());
                        let Some(y) = year.filter(|y| (1900..=2100).contains(y)) else {
                            continue;
                        };
                        add(year_bucket(y), Channel::Year, 1.0);
                        if v.kind == ValueKind::Date && dateline.is_none() && v.sentence < 3 {
                            dateline = Some(y);
                        }
                    }
                    ValueKind::Count
                    | ValueKind::Quantity
                    | ValueKind::Weekday
                    | ValueKind::Time
                    | ValueKind::Duration
                    | ValueKind::Ordinal => {
                        add(
                            term_bucket(Channel::Value, &v.normalized),
                            Channel::Value,
                            1.0,
                        );
                    }
                    ValueKind::Place => {}
                }
            }
        }
        None => {
            for (&y, &n) in &text_years {
                add(year_bucket(y), Channel::Year, n as f32);
            }
        }
    }
    counts.sort_by_key(|t| t.0); // stable: the first channel of a bucket stays first
    let mut terms: Vec<(u32, f32, Channel)> = Vec::with_capacity(counts.len());
    for (k, c, ch) in counts {
        match terms.last_mut() {
            Some(last) if last.0 == k => last.1 += c,
            _ => terms.push((k, 0.0 + c, ch)),
        }
    }
    let era = dateline.or_else(|| {
        text_years
            .into_iter()
            .max_by_key(|&(y, n)| (n, y))
            .map(|(y, _)| y)
    });
    DocFeatures {
        terms,
        day: doc.published.as_deref().and_then(day_number),
        era,
    }
}

/// Words with their byte offsets (letters and digits; inner apostrophes and
/// hyphens split).
pub(super) fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive(|c: char| !c.is_alphanumeric())
        .scan(0usize, |pos, piece| {
            let start = *pos;
            *pos += piece.len();
            let word = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
            Some((start, word))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Light plural stemming: enough to merge "fires"/"fire" without a stemmer.
pub(super) fn stem(word: &str) -> std::borrow::Cow<'_, str> {
    if word.len() > 4 && word.ends_with("ies") {
        format!("{}y", &word[..word.len() - 3]).into()
    } else if word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
    {
        word[..word.len() - 1].into()
    } else {
        word.into()
    }
}

/// Function words and reporting verbs that say nothing about which event a
/// text is about (a `match`, which compiles to a decision tree: this runs
/// for every word of every article).
pub(super) fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "and"
            | "for"
            | "that"
            | "with"
            | "was"
            | "were"
            | "are"
            | "has"
            | "have"
            | "had"
            | "his"
            | "her"
            | "its"
            | "their"
            | "they"
            | "them"
            | "this"
            | "these"
            | "those"
            | "from"
            | "but"
            | "not"
            | "been"
            | "being"
            | "will"
            | "would"
            | "could"
            | "should"
            | "said"
            | "says"
            | "say"
            | "also"
            | "after"
            | "before"
            | "about"
            | "into"
            | "than"
            | "then"
            | "there"
            | "which"
            | "who"
            | "whom"
            | "what"
            | "when"
            | "where"
            | "while"
            | "one"
            | "two"
            | "she"
            | "him"
            | "our"
            | "out"
            | "over"
            | "more"
            | "most"
            | "some"
            | "such"
            | "only"
            | "other"
            | "can"
            | "all"
            | "any"
            | "may"
            | "did"
            | "does"
            | "just"
            | "now"
            | "new"
            | "very"
            | "many"
            | "much"
            | "like"
            | "told"
            | "you"
            | "your"
            | "yes"
            | "yet"
            | "because"
            | "during"
            | "through"
            | "under"
            | "until"
            | "upon"
            | "again"
            | "against"
            | "between"
            | "both"
            | "each"
            | "few"
            | "own"
            | "same"
            | "too"
            | "off"
            | "why"
            | "how"
            | "here"
            | "http"
            | "https"
            | "www"
            | "com"
            | "html"
            | "year"
            | "years"
            | "time"
            | "people"
            | "according"
            | "last"
            | "first"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "get"
            | "got"
            | "made"
            | "make"
            | "take"
            | "took"
            | "including"
            | "since"
            | "among"
            | "per"
            | "via"
    )
}

/// Days since 1970-01-01 of an ISO 8601 date prefix (`2024-03-05…`).
pub fn day_number(iso: &str) -> Option<i64> {
    let b = iso.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = iso.get(0..4)?.parse().ok()?;
    let m: i64 = iso.get(5..7)?.parse().ok()?;
    let d: i64 = iso.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}
