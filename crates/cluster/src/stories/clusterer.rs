//! The online clusterer: live stories, the term index over their centroids,
//! placement of a document and retirement of old stories.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use super::config::StoryConfig;
use super::features::*;
use super::vectors::*;

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
            self.retire.push(Reverse((
                last + self.config.window_days + self.config.retire_days,
                s.id,
            )));
        }
        self.by_id.insert(s.id, si);
        self.stories.push(Some(s));
        si
    }

    /// Retire the stories whose time has passed at the newest day. Runs in
    /// [`Clusterer::observe`], never while a mini-batch is being placed, so
    /// every story a batch touched is still there when the batch is saved.
    fn retire_expired(&mut self) {
        let Some(newest) = self.newest_day else {
            return;
        };
        while let Some(&Reverse((day, id))) = self.retire.peek() {
            if day >= newest {
                break;
            }
            self.retire.pop();
            let Some(&si) = self.by_id.get(&id) else {
                continue;
            };
            if self.stories[si]
                .as_ref()
                .is_some_and(|s| !self.is_retired(s))
            {
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
        let channel = |k: u32| {
            f.terms
                .binary_search_by_key(&k, |t| t.0)
                .map_or(Channel::Word, |i| f.terms[i].2)
        };
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
                let ch = f
                    .terms
                    .binary_search_by_key(&k, |t| t.0)
                    .map_or(Channel::Word, |i| f.terms[i].2);
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

    fn similarity(
        &self,
        wv: &[(u32, f32)],
        doc_years: bool,
        s: &StoryState,
        f: &DocFeatures,
    ) -> f32 {
        // The best-matching member: a new report usually follows one earlier
        // report of its story closely.
        let member = s
            .members
            .iter()
            .map(|m| self.pair_similarity(wv, doc_years, m))
            .fold(f32::MIN, f32::max);
        let mw = if s.members.is_empty() {
            0.0
        } else {
            self.config.member_weight
        };
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
            let Some(list) = self.postings.get(k) else {
                continue;
            };
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
            candidates.select_nth_unstable_by(keep - 1, |&a, &b| {
                overlap[b].total_cmp(&overlap[a]).then(id(a).cmp(&id(b)))
            });
            candidates.truncate(keep);
        }
        // (slot, id, similarity) of the best story so far.
        let mut best: Option<(usize, u64, f32)> = None;
        for si in candidates {
            let Some(s) = self.stories[si].as_ref() else {
                continue;
            };
            let sim = self.similarity(&wv, doc_years, s, f);
            // Ties go to the older story, whatever order candidates came in.
            if sim >= self.config.threshold
                && best.is_none_or(|(_, bid, b)| sim > b || (sim == b && s.id < bid))
            {
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
                    self.retire.push(Reverse((
                        last + self.config.window_days + self.config.retire_days,
                        id,
                    )));
                }
                self.stories[si] = Some(s);
                Placement {
                    story: id,
                    new: false,
                    similarity: sim,
                }
            }
            None => {
                let mut s = placeholder();
                s.id = new_id;
                merge(&mut s, &v, f, &self.config);
                self.insert_story(s);
                Placement {
                    story: new_id,
                    new: true,
                    similarity: 0.0,
                }
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

pub(super) fn placeholder() -> StoryState {
    StoryState {
        id: 0,
        centroid: Vec::new(),
        size: 0,
        last_day: None,
        era: None,
        members: Vec::new(),
    }
}
