//! Stories: online, entity- and time-aware clustering of documents into
//! stories, one document at a time in publication order.
//!
//! Each document becomes a sparse TF-IDF vector ([`DocFeatures`]) over
//! content words, with the names it mentions (capitalised words inside a
//! sentence, and the analysis's entity keys when given) as separate features
//! weighted up: two fires are one story because they share *Lindholm* and
//! *Harbour Road*, not because they share *fire* and *firefighters*.
//!
//! A document joins the most similar live story whose cosine similarity
//! reaches the threshold, or opens a new one. Time gates it:
//! * with publication dates, a story is live only while the document falls
//!   within [`StoryConfig::window_days`] of the story's last article, so the
//!   same people in the same city on the same weekday years later open a new
//!   story;
//! * without dates, the year the text mentions most is the document's era;
//!   a story whose era differs is discounted by [`StoryConfig::era_penalty`].
//!
//! Document frequencies are counted online in hashed buckets, so IDF reflects
//! the corpus seen so far and the whole state ([`Clusterer`]) is a few flat
//! arrays that the corpus store can save and restore.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

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
const YEAR_BUCKETS: u32 = 256;

/// The bucket of a year feature.
fn year_bucket(year: i32) -> u32 {
    TERM_BUCKETS as u32 - YEAR_BUCKETS + (year - 1900).clamp(0, YEAR_BUCKETS as i32 - 1) as u32
}

fn is_year_bucket(bucket: u32) -> bool {
    bucket >= TERM_BUCKETS as u32 - YEAR_BUCKETS
}

/// The bucket of any other feature (never a year bucket).
fn term_bucket(channel: Channel, term: &str) -> u32 {
    let mut h = fnv1a(term.as_bytes());
    h ^= (channel as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h % (TERM_BUCKETS as u64 - YEAR_BUCKETS as u64)) as u32
}

/// Tunable parameters. The threshold and channel weights are the ones the
/// plateau search of `crosscheck eval --clustering` picks on the ECB+ train
/// split (best mean train B³-F1 over ±0.02 of threshold); dev only reports.
/// The remaining fields were set by hand while building the features.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryConfig {
    /// Minimum similarity to join a story.
    pub threshold: f32,
    /// Weight of the content-word cosine.
    pub word_weight: f32,
    /// Weight of the name cosine.
    pub name_weight: f32,
    /// Weight of the value (figures, weekdays, durations) cosine.
    pub value_weight: f32,
    /// Weight of the year cosine, when both sides mention years.
    pub year_weight: f32,
    /// Subtracted when both sides mention years and share none: the same
    /// kind of event in another year is another event.
    pub year_conflict: f32,
    /// Multiplier on similarity when document and story have different
    /// dominant years (only without publication dates).
    pub era_penalty: f32,
    /// Days after a story's last article during which it still takes articles.
    pub window_days: i64,
    /// Terms kept in a story centroid.
    pub centroid_terms: usize,
    /// Terms of a document used to look up candidate stories.
    pub lookup_terms: usize,
    /// Candidates scored in full: those sharing the most lookup weight with
    /// the document (0: all).
    pub candidates_scored: usize,
    /// Share of the story score that comes from the best-matching member
    /// document (the rest from the centroid): a new report usually follows
    /// one earlier report closely, while a story told from several angles
    /// has a centroid close to none of them.
    pub member_weight: f32,
    /// Most recent member vectors kept per story.
    pub members_kept: usize,
    /// Heaviest terms kept of each member vector.
    pub member_terms: usize,
    /// Days past a dated story's window after which it is retired (dropped
    /// from memory and from candidate lookup) once a newer article arrives:
    /// the slack for articles that arrive out of publication order.
    pub retire_days: i64,
}

impl Default for StoryConfig {
    fn default() -> Self {
        StoryConfig {
            threshold: 0.24,
            word_weight: 0.5,
            name_weight: 0.4,
            value_weight: 0.1,
            year_weight: 0.1,
            year_conflict: 0.1,
            era_penalty: 1.0,
            window_days: 7,
            centroid_terms: 200,
            lookup_terms: 16,
            candidates_scored: 16,
            member_weight: 1.0,
            members_kept: 8,
            member_terms: 128,
            retire_days: 30,
        }
    }
}

impl StoryConfig {
    /// Dated stories whose last article is before this day are retired once
    /// the newest article is from `newest_day` (a filter for loading saved
    /// stories: see [`Clusterer::restore`]).
    pub fn retired_before(&self, newest_day: i64) -> i64 {
        newest_day - self.window_days - self.retire_days
    }

    fn weight(&self, c: Channel) -> f32 {
        match c {
            Channel::Word => self.word_weight,
            Channel::Name => self.name_weight,
            Channel::Value => self.value_weight,
            Channel::Year => self.year_weight,
        }
    }
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
const LEAD_SENTENCES: f32 = 3.0;
/// Extra count of a name per mention, at full lead weight.
const LEAD_NAME_BOOST: f32 = 3.0;
/// Extra count of a content word, at full lead weight.
const LEAD_WORD_BOOST: f32 = 1.5;

/// How much of the lead boost a term in sentence `s` gets: 1 in the first
/// sentence, falling linearly to 0 at [`LEAD_SENTENCES`]. A smooth fall
/// rather than a cut, so that whether the headline counts as a sentence of
/// its own (it does in some inputs, not in others) changes little.
fn lead_weight(s: usize) -> f32 {
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
    let sentence_ends: Vec<usize> = analysis.map(|a| a.sentences.iter().map(|s| s.span.end).collect()).unwrap_or_default();
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
            add(term_bucket(Channel::Word, &stem(&lower)), Channel::Word, count);
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
                if matches!(e.kind, EntityKind::Person | EntityKind::Place | EntityKind::Organization) && !e.key.is_empty() {
                    let lead: f32 =
                        e.mentions.iter().filter_map(|&m| a.mentions.get(m)).map(|m| lead_weight(m.sentence)).sum();
                    let count = e.mentions.len().max(1) as f32 + LEAD_NAME_BOOST * lead;
                    add(term_bucket(Channel::Name, &e.key), Channel::Name, count);
                }
            }
            for v in &a.values {
                match v.kind {
                    ValueKind::Date | ValueKind::Year => {
                        let year = v.normalized.get(0..4).and_then(|y| y.parse::<i32>().ok());
                        let Some(y) = year.filter(|y| (1900..=2100).contains(y)) else { continue };
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
                        add(term_bucket(Channel::Value, &v.normalized), Channel::Value, 1.0);
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
    let era = dateline.or_else(|| text_years.into_iter().max_by_key(|&(y, n)| (n, y)).map(|(y, _)| y));
    DocFeatures { terms, day: doc.published.as_deref().and_then(day_number), era }
}

/// Words with their byte offsets (letters and digits; inner apostrophes and
/// hyphens split).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive(|c: char| !c.is_alphanumeric()).scan(0usize, |pos, piece| {
        let start = *pos;
        *pos += piece.len();
        let word = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
        Some((start, word))
    })
    .filter(|(_, w)| !w.is_empty())
}

/// Light plural stemming: enough to merge "fires"/"fire" without a stemmer.
fn stem(word: &str) -> std::borrow::Cow<'_, str> {
    if word.len() > 4 && word.ends_with("ies") {
        format!("{}y", &word[..word.len() - 3]).into()
    } else if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") {
        word[..word.len() - 1].into()
    } else {
        word.into()
    }
}

/// Function words and reporting verbs that say nothing about which event a
/// text is about (a `match`, which compiles to a decision tree: this runs
/// for every word of every article).
fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "the" | "and" | "for" | "that" | "with" | "was" | "were" | "are" | "has" | "have" | "had" | "his" |
            "her" | "its" | "their" | "they" | "them" | "this" | "these" | "those" | "from" | "but" | "not" |
            "been" | "being" | "will" | "would" | "could" | "should" | "said" | "says" | "say" | "also" |
            "after" | "before" | "about" | "into" | "than" | "then" | "there" | "which" | "who" | "whom" |
            "what" | "when" | "where" | "while" | "one" | "two" | "she" | "him" | "our" | "out" | "over" |
            "more" | "most" | "some" | "such" | "only" | "other" | "can" | "all" | "any" | "may" | "did" |
            "does" | "just" | "now" | "new" | "very" | "many" | "much" | "like" | "told" | "you" | "your" |
            "yes" | "yet" | "because" | "during" | "through" | "under" | "until" | "upon" | "again" |
            "against" | "between" | "both" | "each" | "few" | "own" | "same" | "too" | "off" | "why" |
            "how" | "here" | "http" | "https" | "www" | "com" | "html" | "year" | "years" | "time" |
            "people" | "according" | "last" | "first" | "monday" | "tuesday" | "wednesday" | "thursday" |
            "friday" | "saturday" | "sunday" | "get" | "got" | "made" | "make" | "take" | "took" |
            "including" | "since" | "among" | "per" | "via"
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

/// One story's running state.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryState {
    /// Story id (assigned by the caller).
    pub id: u64,
    /// Sum of member document unit vectors, truncated to the heaviest terms; sorted by bucket.
    pub centroid: Vec<(u32, f32)>,
    /// Number of member documents.
    pub size: u32,
    /// Last member's publication day.
    pub last_day: Option<i64>,
    /// Dominant year of the members' texts, with its vote count.
    pub era: Option<(i32, u32)>,
    /// The most recent members' unit vectors, truncated to their heaviest
    /// terms (sorted by bucket), oldest first.
    pub members: Vec<Vec<(u32, f32)>>,
}

/// Where a document went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// The story id.
    pub story: u64,
    /// True if the document opened the story.
    pub new: bool,
    /// Similarity to the story it joined (0 for a new story).
    pub similarity: f32,
}

/// The online clusterer: document frequencies, the live stories and a
/// term → story index over their centroid terms.
///
/// Everything a placement depends on is a function of the saved state
/// (document frequencies, the newest publication day, the live stories),
/// never of the order in which this process happened to see things, so a
/// store restored after a crash clusters exactly like one that never
/// stopped. Dated stories whose window closed more than
/// [`StoryConfig::retire_days`] before the newest article are retired, which
/// keeps memory and candidate lists bounded by the stories running at once
/// rather than by the size of the corpus.
pub struct Clusterer {
    config: StoryConfig,
    df: Vec<u32>,
    docs: u64,
    /// Story slots; `None` once retired. Slots are never reused.
    stories: Vec<Option<StoryState>>,
    by_id: HashMap<u64, usize>,
    postings: HashMap<u32, Vec<u32>>,
    /// The terms each story is posted under, so re-indexing can remove the
    /// ones it lost: candidate lookup must depend only on the current
    /// centroids, never on history.
    indexed: Vec<Vec<u32>>,
    /// Newest publication day observed.
    newest_day: Option<i64>,
    /// (retirement day, story id) of dated stories, soonest first; an entry
    /// is stale when the story has since taken a later article.
    retire: BinaryHeap<Reverse<(i64, u64)>>,
    /// Candidate de-duplication: `seen[slot] == epoch` once looked at.
    seen: Vec<u32>,
    epoch: u32,
    /// Per slot, the lookup weight a candidate shares with the document.
    overlap: Vec<f32>,
}

impl Clusterer {
    /// An empty clusterer.
    pub fn new(config: StoryConfig) -> Self {
        Clusterer {
            config,
            df: vec![0; TERM_BUCKETS],
            docs: 0,
            stories: Vec::new(),
            by_id: HashMap::new(),
            postings: HashMap::new(),
            indexed: Vec::new(),
            newest_day: None,
            retire: BinaryHeap::new(),
            seen: Vec::new(),
            epoch: 0,
            overlap: Vec::new(),
        }
    }

    /// Restore from saved parts ([`Clusterer::df_bytes`], [`Clusterer::documents`],
    /// [`Clusterer::newest_day`], [`Clusterer::stories`]). Stories already past
    /// retirement are skipped, so the caller may pass every story it has or
    /// only those [`StoryConfig::retired_before`] does not rule out.
    pub fn restore(
        config: StoryConfig,
        df_bytes: &[u8],
        docs: u64,
        newest_day: Option<i64>,
        stories: impl IntoIterator<Item = StoryState>,
    ) -> Self {
        let mut c = Clusterer::new(config);
        if df_bytes.len() == TERM_BUCKETS * 4 {
            for (i, chunk) in df_bytes.chunks_exact(4).enumerate() {
                c.df[i] = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
            }
        }
        c.docs = docs;
        c.newest_day = newest_day;
        for s in stories {
            if !c.is_retired(&s) {
                c.insert_story(s);
            }
        }
        c
    }

    fn is_retired(&self, s: &StoryState) -> bool {
        match (s.last_day, self.newest_day) {
            (Some(last), Some(newest)) => last < self.config.retired_before(newest),
            _ => false,
        }
    }

    fn insert_story(&mut self, s: StoryState) -> usize {
        let si = self.stories.len();
        self.index_story(&s, si);
        if let Some(last) = s.last_day {
            self.retire.push(Reverse((last + self.config.window_days + self.config.retire_days, s.id)));
        }
        self.by_id.insert(s.id, si);
        self.stories.push(Some(s));
        si
    }

    /// Retire the stories whose time has passed at the newest day. Runs in
    /// [`Clusterer::observe`], never while a mini-batch is being placed, so
    /// every story a batch touched is still there when the batch is saved.
    fn retire_expired(&mut self) {
        let Some(newest) = self.newest_day else { return };
        while let Some(&Reverse((day, id))) = self.retire.peek() {
            if day >= newest {
                break;
            }
            self.retire.pop();
            let Some(&si) = self.by_id.get(&id) else { continue };
            if self.stories[si].as_ref().is_some_and(|s| !self.is_retired(s)) {
                continue; // it took a later article; a later entry stands for it
            }
            self.by_id.remove(&id);
            self.stories[si] = None;
            for k in std::mem::take(&mut self.indexed[si]) {
                if let Some(list) = self.postings.get_mut(&k) {
                    if let Some(at) = list.iter().position(|&x| x == si as u32) {
                        list.swap_remove(at);
                    }
                    if list.is_empty() {
                        self.postings.remove(&k);
                    }
                }
            }
        }
    }

    /// Document frequencies as little-endian bytes, for saving.
    pub fn df_bytes(&self) -> Vec<u8> {
        self.df.iter().flat_map(|d| d.to_le_bytes()).collect()
    }

    /// Documents seen.
    pub fn documents(&self) -> u64 {
        self.docs
    }

    /// The live (not retired) stories, oldest first.
    pub fn stories(&self) -> impl Iterator<Item = &StoryState> {
        self.stories.iter().flatten()
    }

    /// A live story by id.
    pub fn story(&self, id: u64) -> Option<&StoryState> {
        self.by_id.get(&id).and_then(|&i| self.stories[i].as_ref())
    }

    /// The newest publication day observed (saved with the state).
    pub fn newest_day(&self) -> Option<i64> {
        self.newest_day
    }

    /// The configuration.
    pub fn config(&self) -> &StoryConfig {
        &self.config
    }

    /// Smoothed IDF with a prior of [`IDF_PRIOR_DOCS`] background documents
    /// that do not contain the term: on a young corpus every term weighs
    /// about the same (plain TF cosine, which works for a handful of
    /// articles), and corpus statistics take over as it grows.
    fn idf(&self, bucket: u32) -> f32 {
        let n = self.docs as f32 + IDF_PRIOR_DOCS;
        (n / (self.df[bucket as usize] as f32 + 1.0)).ln()
    }

    /// The document's TF-IDF vector under the current statistics, each
    /// channel normalised to unit length on its own (sorted by bucket).
    fn vector(&self, f: &DocFeatures) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = Vec::with_capacity(f.terms.len());
        let mut norms = [0.0f32; 4];
        for &(k, c, ch) in &f.terms {
            let w = (1.0 + c.ln()) * self.idf(k);
            if w > 0.0 {
                norms[ch as usize] += w * w;
                v.push((k, w));
            }
        }
        let channel = |k: u32| f.terms.binary_search_by_key(&k, |t| t.0).map_or(Channel::Word, |i| f.terms[i].2);
        for (k, w) in v.iter_mut() {
            *w /= norms[channel(*k) as usize].sqrt().max(1e-9);
        }
        v
    }

    /// `v` with each channel scaled by its weight: its dot product with a
    /// channel-normalised vector is the weighted sum of channel cosines.
    fn weighted(&self, v: &[(u32, f32)], f: &DocFeatures) -> Vec<(u32, f32)> {
        v.iter()
            .map(|&(k, w)| {
                let ch = f.terms.binary_search_by_key(&k, |t| t.0).map_or(Channel::Word, |i| f.terms[i].2);
                (k, w * self.config.weight(ch))
            })
            .collect()
    }

    fn live(&self, s: &StoryState, f: &DocFeatures) -> bool {
        match (s.last_day, f.day) {
            (Some(last), Some(day)) => day >= last - 1 && day <= last + self.config.window_days,
            _ => true,
        }
    }

    /// Weighted channel similarity of a document (weighted vector `wv`) to
    /// one channel-normalised vector, with the year conflict applied.
    fn pair_similarity(&self, wv: &[(u32, f32)], doc_years: bool, m: &[(u32, f32)]) -> f32 {
        let (mut s, shared_year) = shared_dot(wv, m);
        // Year buckets sort last, so the last term says whether `m` has any.
        let member_years = m.last().is_some_and(|t| is_year_bucket(t.0));
        if doc_years && member_years && !shared_year {
            s -= self.config.year_conflict;
        }
        s
    }

    fn similarity(&self, wv: &[(u32, f32)], doc_years: bool, s: &StoryState, f: &DocFeatures) -> f32 {
        // The best-matching member: a new report usually follows one earlier
        // report of its story closely.
        let member = s.members.iter().map(|m| self.pair_similarity(wv, doc_years, m)).fold(f32::MIN, f32::max);
        let mw = if s.members.is_empty() { 0.0 } else { self.config.member_weight };
        let mut sim = mw * member;
        if mw < 1.0 {
            // The centroid is a sum of member vectors: over the size, its dot
            // product is the mean similarity to the members (average link).
            let mean = dot(wv, &s.centroid) / s.size.max(1) as f32;
            sim += (1.0 - mw) * mean;
        }
        if let (Some((era, _)), Some(doc_era)) = (s.era, f.era) {
            if era != doc_era && f.day.is_none() {
                sim *= self.config.era_penalty;
            }
        }
        sim
    }

    /// The document frequency of one term bucket.
    pub fn df(&self, bucket: u32) -> u32 {
        self.df.get(bucket as usize).copied().unwrap_or(0)
    }

    /// Count a document in the document frequencies without clustering it
    /// (to warm IDF up on a background corpus).
    pub fn observe(&mut self, f: &DocFeatures) {
        self.docs += 1;
        if let Some(day) = f.day {
            if self.newest_day.is_none_or(|n| day > n) {
                self.newest_day = Some(day);
                self.retire_expired();
            }
        }
        for &(k, _, _) in &f.terms {
            self.df[k as usize] += 1;
        }
    }

    /// Count one document and place it; `new_id` is the id a new story gets.
    pub fn add(&mut self, f: &DocFeatures, new_id: u64) -> Placement {
        self.observe(f);
        self.place(f, new_id)
    }

    /// Place a document already counted with [`Clusterer::observe`].
    ///
    /// Mini-batches: observing a whole batch first, then placing its
    /// documents, gives every document of the batch the batch's term
    /// statistics. This matters when a story breaks: its first reports all
    /// arrive together, and until they are counted their shared words (the
    /// place, the kind of event) look rare, so two different incidents of
    /// the same kind would match on them.
    pub fn place(&mut self, f: &DocFeatures, new_id: u64) -> Placement {
        let v = self.vector(f);
        let wv = self.weighted(&v, f);
        let doc_years = f.terms.iter().any(|t| t.2 == Channel::Year);
        let mut lookup = wv.clone();
        lookup.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        lookup.truncate(self.config.lookup_terms);
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.seen.iter_mut().for_each(|x| *x = 0);
            self.epoch = 1;
        }
        self.seen.resize(self.stories.len(), 0);
        self.overlap.resize(self.stories.len(), 0.0);
        // Candidates: live stories indexed under a lookup term, with the
        // lookup weight they share.
        let mut candidates: Vec<usize> = Vec::new();
        for (k, w) in &lookup {
            let Some(list) = self.postings.get(k) else { continue };
            for &si in list {
                let si = si as usize;
                if self.seen[si] != self.epoch {
                    self.seen[si] = self.epoch;
                    self.overlap[si] = 0.0;
                    if self.stories[si].as_ref().is_some_and(|s| self.live(s, f)) {
                        candidates.push(si);
                    }
                }
                self.overlap[si] += w;
            }
        }
        // Score only the candidates that share the most lookup weight: in a
        // busy news day a hundred live stories share some heavy word with a
        // document (the kind of event, the weekday), and comparing it with
        // all their members was most of ingest's writer time.
        let keep = self.config.candidates_scored;
        if keep > 0 && candidates.len() > keep {
            let (overlap, stories) = (&self.overlap, &self.stories);
            let id = |si: usize| stories[si].as_ref().map_or(u64::MAX, |s| s.id);
            candidates.select_nth_unstable_by(keep - 1, |&a, &b| overlap[b].total_cmp(&overlap[a]).then(id(a).cmp(&id(b))));
            candidates.truncate(keep);
        }
        // (slot, id, similarity) of the best story so far.
        let mut best: Option<(usize, u64, f32)> = None;
        for si in candidates {
            let Some(s) = self.stories[si].as_ref() else { continue };
            let sim = self.similarity(&wv, doc_years, s, f);
            // Ties go to the older story, whatever order candidates came in.
            if sim >= self.config.threshold && best.is_none_or(|(_, bid, b)| sim > b || (sim == b && s.id < bid)) {
                best = Some((si, s.id, sim));
            }
        }
        match best {
            Some((si, id, sim)) => {
                let mut s = self.stories[si].take().unwrap_or_else(placeholder);
                let last_before = s.last_day;
                merge(&mut s, &v, f, &self.config);
                self.index_story(&s, si);
                if let Some(last) = s.last_day.filter(|&l| Some(l) != last_before) {
                    self.retire.push(Reverse((last + self.config.window_days + self.config.retire_days, id)));
                }
                self.stories[si] = Some(s);
                Placement { story: id, new: false, similarity: sim }
            }
            None => {
                let mut s = placeholder();
                s.id = new_id;
                merge(&mut s, &v, f, &self.config);
                self.insert_story(s);
                Placement { story: new_id, new: true, similarity: 0.0 }
            }
        }
    }

    /// Index a story under its heaviest centroid terms (and only those).
    fn index_story(&mut self, s: &StoryState, si: usize) {
        let take = self.config.lookup_terms * 3;
        let mut top = s.centroid.clone();
        if top.len() > take {
            top.select_nth_unstable_by(take - 1, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            top.truncate(take);
        }
        // Sorted by bucket, so membership tests are binary searches; the
        // order of a posting list never matters (candidates are ranked by
        // weight and id), so removal swaps.
        let mut terms: Vec<u32> = top.iter().map(|t| t.0).collect();
        terms.sort_unstable();
        if self.indexed.len() <= si {
            self.indexed.resize(si + 1, Vec::new());
        }
        let old = std::mem::take(&mut self.indexed[si]);
        let slot = si as u32;
        for k in old.iter().filter(|k| terms.binary_search(k).is_err()) {
            if let Some(list) = self.postings.get_mut(k) {
                if let Some(at) = list.iter().position(|&x| x == slot) {
                    list.swap_remove(at);
                }
                if list.is_empty() {
                    self.postings.remove(k);
                }
            }
        }
        for k in terms.iter().filter(|k| old.binary_search(k).is_err()) {
            self.postings.entry(*k).or_default().push(slot);
        }
        self.indexed[si] = terms;
    }
}

fn placeholder() -> StoryState {
    StoryState { id: 0, centroid: Vec::new(), size: 0, last_day: None, era: None, members: Vec::new() }
}

/// Add a unit vector into a story's centroid and update its time facts.
fn merge(s: &mut StoryState, v: &[(u32, f32)], f: &DocFeatures, config: &StoryConfig) {
    let keep = config.centroid_terms;
    if config.members_kept > 0 {
        let mut m = v.to_vec();
        if m.len() > config.member_terms {
            m.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            m.truncate(config.member_terms);
            m.sort_unstable_by_key(|t| t.0);
        }
        if s.members.len() >= config.members_kept {
            s.members.remove(0);
        }
        s.members.push(m);
    }
    let mut sum: HashMap<u32, f32> = s.centroid.iter().copied().collect();
    for &(k, w) in v {
        *sum.entry(k).or_default() += w;
    }
    let mut c: Vec<(u32, f32)> = sum.into_iter().collect();
    if c.len() > keep {
        // Ties broken by key: HashMap order differs between processes.
        c.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        c.truncate(keep);
    }
    c.sort_unstable_by_key(|t| t.0);
    s.centroid = c;
    s.size += 1;
    if let Some(d) = f.day {
        s.last_day = Some(s.last_day.map_or(d, |l| l.max(d)));
    }
    if let Some(y) = f.era {
        s.era = match s.era {
            None => Some((y, 1)),
            Some((e, n)) if e == y => Some((e, n + 1)),
            Some((e, n)) if n > 1 => Some((e, n - 1)),
            Some(_) => Some((y, 1)),
        };
    }
}

/// Dot product of two vectors sorted by key.
fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    shared_dot(a, b).0
}

/// The dot product of two vectors sorted by key, and whether they share a
/// year bucket. The merge has no data-dependent branch (both cursors move
/// by comparison results, the product is added or 0 is): with keys spread
/// by hashing, a branchy merge mispredicts on most steps, and this loop is
/// most of the clusterer's time.
fn shared_dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> (f32, bool) {
    let (mut i, mut j, mut s, mut year) = (0, 0, 0.0f32, false);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        let same = x.0 == y.0;
        s += if same { x.1 * y.1 } else { 0.0 };
        year |= same & is_year_bucket(x.0);
        i += usize::from(x.0 <= y.0);
        j += usize::from(y.0 <= x.0);
    }
    (s, year)
}

/// Marks the count that opens a list in the current blob layout. Version 1
/// blobs went straight from the header to (bucket, weight) pairs, and a
/// bucket is below [`TERM_BUCKETS`], so its top bit is never set.
const LIST_MARK: u32 = 0x8000_0000;

/// A story's state as bytes: id, size, last day, era (28 bytes), then the
/// centroid and each member vector as a marked count of (bucket, weight) pairs.
pub fn story_to_bytes(s: &StoryState) -> Vec<u8> {
    let terms = s.centroid.len() + s.members.iter().map(Vec::len).sum::<usize>();
    let mut out = Vec::with_capacity(32 + 4 * (1 + s.members.len()) + 8 * terms);
    out.extend_from_slice(&s.id.to_le_bytes());
    out.extend_from_slice(&s.size.to_le_bytes());
    out.extend_from_slice(&s.last_day.unwrap_or(i64::MIN).to_le_bytes());
    let (era, votes) = s.era.unwrap_or((i32::MIN, 0));
    out.extend_from_slice(&era.to_le_bytes());
    out.extend_from_slice(&votes.to_le_bytes());
    for list in std::iter::once(&s.centroid).chain(&s.members) {
        out.extend_from_slice(&(LIST_MARK | list.len() as u32).to_le_bytes());
        for (k, w) in list {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out
}

/// Inverse of [`story_to_bytes`] (also reads the version 1 layout, a bare
/// centroid); `None` for a malformed blob.
pub fn story_from_bytes(b: &[u8]) -> Option<StoryState> {
    if b.len() < 28 {
        return None;
    }
    let u64_at = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0; 8]));
    let u32_at = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or([0; 4]));
    let pairs = |from: usize, to: usize| -> Vec<(u32, f32)> {
        (from..to).step_by(8).map(|i| (u32_at(i), f32::from_bits(u32_at(i + 4)))).collect()
    };
    let last = u64_at(12) as i64;
    let era = u32_at(20) as i32;
    let mut lists: Vec<Vec<(u32, f32)>> = Vec::new();
    if b.len() >= 32 && u32_at(28) & LIST_MARK != 0 {
        let mut at = 28;
        while at < b.len() {
            let head = u32_at(at);
            let n = (head & !LIST_MARK) as usize;
            let end = at + 4 + 8 * n;
            if head & LIST_MARK == 0 || at + 4 > b.len() || end > b.len() {
                return None;
            }
            lists.push(pairs(at + 4, end));
            at = end;
        }
    } else if (b.len() - 28) % 8 == 0 {
        lists.push(pairs(28, b.len()));
    } else {
        return None;
    }
    let mut lists = lists.into_iter();
    let centroid = lists.next().unwrap_or_default();
    Some(StoryState {
        id: u64_at(0),
        size: u32_at(8),
        last_day: (last != i64::MIN).then_some(last),
        era: (era != i32::MIN).then_some((era, u32_at(24))),
        centroid,
        members: lists.collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(id: &str, day: &str, text: &str) -> Document {
        let mut d = Document::from_text(id, id, text);
        d.published = Some(day.to_string());
        d
    }

    const FIRE_A: &str = "A fire destroyed the Halvard Mill warehouse in Korsby on Tuesday. Firefighters from \
        Korsby and Endmoor fought the blaze for six hours. Mayor Ingrid Tollan said nobody was hurt.";
    const FIRE_B: &str = "Mayor Ingrid Tollan thanked the crews from Endmoor after the Halvard Mill warehouse \
        burned down in Korsby. The blaze took six hours to bring under control.";
    const VOTE: &str = "Parliament in Velmora passed the pension bill by 212 votes to 190 after a long night \
        session. Finance minister Oskar Brandt called the result a compromise.";

    #[test]
    fn same_event_joins_other_event_does_not() {
        let mut c = Clusterer::new(StoryConfig::default());
        let a = c.add(&features(&dated("a", "2024-03-05", FIRE_A), None), 1);
        let b = c.add(&features(&dated("b", "2024-03-06", FIRE_B), None), 2);
        let v = c.add(&features(&dated("v", "2024-03-06", VOTE), None), 3);
        assert!(a.new);
        assert_eq!(b.story, a.story, "similarity {}", b.similarity);
        assert!(v.new);
        assert_eq!(c.stories().count(), 2);
    }

    #[test]
    fn same_people_same_place_years_later_is_another_story() {
        let mut c = Clusterer::new(StoryConfig::default());
        let a = c.add(&features(&dated("a", "2019-03-05", FIRE_A), None), 1);
        let b = c.add(&features(&dated("b", "2024-03-05", FIRE_A), None), 2);
        assert!(a.new && b.new, "{b:?}");
    }

    #[test]
    fn state_round_trips() {
        let mut c = Clusterer::new(StoryConfig::default());
        c.add(&features(&dated("a", "2024-03-05", FIRE_A), None), 7);
        let s = c.story(7).expect("story").clone();
        assert_eq!(story_from_bytes(&story_to_bytes(&s)), Some(s.clone()));
        let restored = Clusterer::restore(StoryConfig::default(), &c.df_bytes(), c.documents(), c.newest_day(), vec![s]);
        let mut r = restored;
        assert_eq!(r.add(&features(&dated("b", "2024-03-06", FIRE_B), None), 8).story, 7);
        assert_eq!(day_number("1970-01-02"), Some(1));
        assert_eq!(day_number("2024-03-01").and_then(|d| day_number("2024-02-28").map(|e| d - e)), Some(2));
        assert_eq!(day_number("n/a"), None);
    }

    #[test]
    fn dated_stories_retire_once_their_window_is_long_past() {
        let mut c = Clusterer::new(StoryConfig::default());
        let a = c.add(&features(&dated("a", "2024-03-05", FIRE_A), None), 1);
        // A month and a half later: the fire story is retired, the vote is live.
        let v = c.add(&features(&dated("v", "2024-04-20", VOTE), None), 2);
        assert!(a.new && v.new);
        assert_eq!(c.stories().map(|s| s.id).collect::<Vec<_>>(), vec![2]);
        assert!(c.story(1).is_none());
        // Restoring with every saved story gives the same live set.
        let saved = [placeholder_with(1, "2024-03-05"), c.story(2).cloned().expect("live")];
        let r = Clusterer::restore(StoryConfig::default(), &c.df_bytes(), c.documents(), c.newest_day(), saved);
        assert_eq!(r.stories().map(|s| s.id).collect::<Vec<_>>(), vec![2]);
        assert_eq!(StoryConfig::default().retired_before(c.newest_day().expect("day")), day_number("2024-04-20").expect("day") - 37);
    }

    fn placeholder_with(id: u64, day: &str) -> StoryState {
        StoryState { id, last_day: day_number(day), ..placeholder() }
    }

    #[test]
    fn reads_version_1_blobs_and_rejects_torn_ones() {
        let mut b = Vec::new();
        b.extend_from_slice(&9u64.to_le_bytes());
        b.extend_from_slice(&2u32.to_le_bytes());
        b.extend_from_slice(&i64::MIN.to_le_bytes());
        b.extend_from_slice(&i32::MIN.to_le_bytes());
        b.extend_from_slice(&0u32.to_le_bytes());
        b.extend_from_slice(&5u32.to_le_bytes());
        b.extend_from_slice(&0.5f32.to_le_bytes());
        let s = story_from_bytes(&b).expect("version 1");
        assert_eq!((s.id, s.size, s.centroid.clone(), s.members.len()), (9, 2, vec![(5, 0.5)], 0));
        let mut c = Clusterer::new(StoryConfig::default());
        c.add(&features(&dated("a", "2024-03-05", FIRE_A), None), 7);
        let full = story_to_bytes(c.story(7).expect("story"));
        assert!(story_from_bytes(&full[..full.len() - 4]).is_none());
    }

    #[test]
    fn another_year_lowers_similarity_without_dates() {
        // No publication dates: only the years in the texts tell the two
        // apart, and a year conflict costs `year_conflict`. (With dates the
        // window keeps them apart, see the test above.)
        let a = "In March 2019 a fire destroyed the Halvard Mill warehouse in Korsby. Firefighters fought \
            the blaze for six hours.";
        let b = "In March 2024 a fire destroyed the Halvard Mill warehouse in Korsby. Firefighters fought \
            the blaze for six hours.";
        let config = StoryConfig { threshold: 0.0, ..StoryConfig::default() };
        let mut c = Clusterer::new(config.clone());
        c.add(&features(&Document::from_text("a", "a", a), None), 1);
        let other_year = c.add(&features(&Document::from_text("b", "b", b), None), 2);
        let mut c = Clusterer::new(config);
        c.add(&features(&Document::from_text("a", "a", a), None), 1);
        let same = c.add(&features(&Document::from_text("c", "c", a), None), 3);
        assert!(same.similarity > other_year.similarity + 0.1, "{same:?} {other_year:?}");
    }

    #[test]
    fn mini_batch_counts_before_placing() {
        let docs = [FIRE_A, FIRE_B, VOTE].map(|t| features(&dated("x", "2024-03-05", t), None));
        let mut c = Clusterer::new(StoryConfig::default());
        for f in &docs {
            c.observe(f);
        }
        let placed: Vec<Placement> = docs.iter().enumerate().map(|(i, f)| c.place(f, i as u64)).collect();
        assert_eq!(c.documents(), 3);
        assert_eq!(placed[1].story, placed[0].story);
        assert!(placed[2].new);
    }
}
