//! The single writer: assigns families and stories in ingest order and
//! commits each batch, with the clusterers' state, in one transaction.

use std::collections::{HashMap, HashSet};

use crosscheck_cluster::lsh::{Assignment, OriginIndex, Signature};
use crosscheck_cluster::stories::{
    story_from_bytes, story_to_bytes, Clusterer, DocFeatures, StoryConfig,
};
use crosscheck_model::{Analysis, Document, Origin, Verdict, VerdictKind};
use rusqlite::{params, OptionalExtension, TransactionBehavior};

use crate::{Result, Store, StoreError};

/// One document ready to store: everything per-document work produces,
/// already encoded for its rows, so the single writer only does the
/// order-dependent steps (families, stories) and the inserts. Build it with
/// [`Prepared::new`] on the worker threads.
pub struct Prepared {
    /// [`crate::content_hash`] of the input bytes.
    pub hash: String,
    /// The extracted document.
    pub doc: Document,
    /// Its MinHash signature.
    pub signature: Signature,
    /// Its story-clustering features.
    pub features: DocFeatures,
    meta: String,
    removed: String,
    warnings: String,
    /// The analysis as deflated JSON ([`crate::packed`]).
    analysis: Vec<u8>,
}

impl Prepared {
    /// Encode a document and its analysis for storing. The analysis is
    /// stored without its document id: the display id is only settled by the
    /// writer (a repeated file stem gets a suffix), and readers take it from
    /// the document row.
    pub fn new(
        hash: String,
        doc: Document,
        analysis: &Analysis,
        signature: Signature,
        features: DocFeatures,
    ) -> Prepared {
        use erased::Json;
        let analysis = if analysis.doc.is_some() {
            let mut a = analysis.clone();
            a.doc = None;
            crate::packed::pack(a.json().as_bytes())
        } else {
            crate::packed::pack(analysis.json().as_bytes())
        };
        Prepared {
            meta: doc.meta.json(),
            removed: doc.removed.json(),
            warnings: doc.warnings.json(),
            analysis,
            hash,
            doc,
            signature,
            features,
        }
    }
}

/// An input that could not be made into a document (bad bytes, no text,
/// analysis failure). Recorded so the user can see it; a rerun retries it.
pub struct Failure {
    /// Content hash of the input.
    pub hash: String,
    /// Where it came from.
    pub path: String,
    /// What went wrong.
    pub error: String,
}

/// What one batch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// Documents newly stored.
    pub stored: usize,
    /// Documents skipped because their content was already stored.
    pub duplicates: usize,
    /// Stored documents that joined an existing origin family (copies, rewrites).
    pub copies: usize,
    /// Stories opened.
    pub new_stories: usize,
    /// Failures recorded.
    pub failed: usize,
}

/// Reconcile stories with more members than this over their earliest
/// documents only, so one giant story cannot stall an ingest; the report
/// says how many documents it covers.
pub const MAX_VERDICT_DOCUMENTS: usize = 200;

/// The one writer of a store. Holds the in-memory indexes (content hashes,
/// LSH buckets, story centroids) restored from the file at open.
///
/// If a batch fails (disk full, I/O error) its transaction is rolled back
/// but the in-memory indexes may already hold part of it, so the writer
/// refuses further batches: reopen the store to resume from what is committed.
pub struct Writer {
    store: Store,
    hashes: HashSet<u128>,
    doc_ids: HashSet<String>,
    origins: OriginIndex,
    family_story: HashMap<u64, u64>,
    clusterer: Clusterer,
    next_id: i64,
    poisoned: bool,
    /// Rows in `df_updates` not yet folded into `state.df`.
    df_updates: usize,
}

/// A set of content hashes: the store's at some moment, for callers that
/// skip known inputs before doing per-document work on them (the writer
/// itself always checks its own set).
#[derive(Clone, Default)]
pub struct KnownHashes(HashSet<u128>);

impl KnownHashes {
    /// True if the hash is in the set.
    pub fn contains(&self, hash: &str) -> bool {
        self.0.contains(&hash_key(hash))
    }

    /// Add a hash; false if it was already there.
    pub fn insert(&mut self, hash: &str) -> bool {
        self.0.insert(hash_key(hash))
    }
}

fn hash_key(hex: &str) -> u128 {
    u128::from_str_radix(hex, 16).unwrap_or_else(|_| {
        // Not produced by content_hash: fold the text so it still dedupes.
        let h = crosscheck_cluster::lsh::fnv1a(hex.as_bytes());
        ((h as u128) << 64) | h as u128
    })
}

impl Writer {
    /// Restore the writer's indexes from the store.
    pub fn new(store: Store, config: StoryConfig) -> Result<Writer> {
        let e = |e| store.err(e);
        let conn = &store.conn;
        let mut hashes = HashSet::new();
        let mut doc_ids = HashSet::new();
        let mut stmt = conn
            .prepare("SELECT hash, doc_id FROM documents")
            .map_err(e)?;
        let mut rows = stmt.query([]).map_err(e)?;
        while let Some(r) = rows.next().map_err(e)? {
            hashes.insert(hash_key(&r.get::<_, String>(0).map_err(e)?));
            doc_ids.insert(r.get::<_, String>(1).map_err(e)?);
        }
        drop(rows);
        drop(stmt);
        let next_id: i64 = conn
            .query_row("SELECT coalesce(max(id), 0) + 1 FROM documents", [], |r| {
                r.get(0)
            })
            .map_err(e)?;
        let mut origins = OriginIndex::new();
        let mut family_story = HashMap::new();
        let mut stmt = conn
            .prepare("SELECT id, story, signature FROM documents WHERE id = family")
            .map_err(e)?;
        let mut rows = stmt.query([]).map_err(e)?;
        while let Some(r) = rows.next().map_err(e)? {
            let id: i64 = r.get(0).map_err(e)?;
            let story: i64 = r.get(1).map_err(e)?;
            let blob: Vec<u8> = r.get(2).map_err(e)?;
            let sig = Signature::from_bytes(&blob)
                .ok_or_else(|| bad(&store, "signature", format!("document {id}")))?;
            origins.insert_family(id as u64, sig);
            family_story.insert(id as u64, story as u64);
        }
        drop(rows);
        drop(stmt);
        let df: Option<Vec<u8>> = conn
            .query_row("SELECT value FROM state WHERE key = 'df'", [], |r| r.get(0))
            .optional()
            .map_err(e)?;
        let docs: Option<Vec<u8>> = conn
            .query_row("SELECT value FROM state WHERE key = 'docs'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(e)?;
        let docs = docs
            .and_then(|b| b.try_into().ok())
            .map(u64::from_le_bytes)
            .unwrap_or(0);
        let mut df = df.unwrap_or_default();
        let mut stmt = conn
            .prepare("SELECT value FROM df_updates ORDER BY batch")
            .map_err(e)?;
        let mut rows = stmt.query([]).map_err(e)?;
        let mut df_updates = 0usize;
        while let Some(r) = rows.next().map_err(e)? {
            let blob: Vec<u8> = r.get(0).map_err(e)?;
            apply_df_update(&mut df, &blob);
            df_updates += 1;
        }
        drop(rows);
        drop(stmt);
        let newest_day: Option<Vec<u8>> = conn
            .query_row(
                "SELECT value FROM state WHERE key = 'newest_day'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(e)?;
        let newest_day = newest_day
            .and_then(|b| b.try_into().ok())
            .map(i64::from_le_bytes);
        // Only stories that can still take articles: retired ones stay on
        // disk (see `Clusterer`). NULL: undated, or saved before schema 3.
        let live_from = newest_day.map_or(i64::MIN, |d| config.retired_before(d));
        let mut stories = Vec::new();
        let mut stmt = conn
            .prepare("SELECT id, state FROM stories WHERE last_day IS NULL OR last_day >= ?1 ORDER BY id")
            .map_err(e)?;
        let mut rows = stmt.query([live_from]).map_err(e)?;
        while let Some(r) = rows.next().map_err(e)? {
            let id: i64 = r.get(0).map_err(e)?;
            let blob: Vec<u8> = r.get(1).map_err(e)?;
            stories.push(
                story_from_bytes(&blob)
                    .ok_or_else(|| bad(&store, "story state", format!("story {id}")))?,
            );
        }
        drop(rows);
        drop(stmt);
        let clusterer = Clusterer::restore(config, &df, docs, newest_day, stories);
        Ok(Writer {
            store,
            hashes,
            doc_ids,
            origins,
            family_story,
            clusterer,
            next_id,
            poisoned: false,
            df_updates,
        })
    }

    /// The store being written.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// True if a document with this content hash is stored.
    pub fn knows(&self, hash: &str) -> bool {
        self.hashes.contains(&hash_key(hash))
    }

    /// The content hashes stored so far.
    pub fn known_hashes(&self) -> KnownHashes {
        KnownHashes(self.hashes.clone())
    }

    /// Store a batch in one transaction. Documents already stored (by content
    /// hash, also within the batch) are skipped; failures are recorded.
    pub fn write_batch(
        &mut self,
        docs: Vec<Prepared>,
        failures: Vec<Failure>,
    ) -> Result<BatchOutcome> {
        if self.poisoned {
            return Err(StoreError::BadRow {
                path: self.store.path.clone(),
                what: "writer state".into(),
                detail: "an earlier batch failed; reopen the store to resume".into(),
            });
        }
        self.poisoned = true;
        let outcome = self.write_batch_inner(docs, failures)?;
        self.poisoned = false;
        Ok(outcome)
    }

    fn write_batch_inner(
        &mut self,
        docs: Vec<Prepared>,
        failures: Vec<Failure>,
    ) -> Result<BatchOutcome> {
        let path = self.store.path.clone();
        let e = |e| crate::error::classify(&path, e);
        let mut out = BatchOutcome::default();
        let tx = self
            .store
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(e)?;
        // Per touched story: display title, articles and origin families added.
        let mut touched: HashMap<u64, (Option<String>, i64, i64)> = HashMap::new();
        {
            let mut ins_doc = tx
                .prepare_cached(
                    "INSERT INTO documents (id, hash, doc_id, path, title, published, meta, text, removed, warnings, \
                     family, family_note, story, signature) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                )
                .map_err(e)?;
            let mut ins_analysis = tx
                .prepare_cached("INSERT INTO analyses (doc, json) VALUES (?1, ?2)")
                .map_err(e)?;
            let mut ins_fts = tx
                .prepare_cached(
                    "INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)",
                )
                .map_err(e)?;
            let mut del_failure = tx
                .prepare_cached("DELETE FROM failures WHERE hash = ?1")
                .map_err(e)?;
            // Count the whole batch into the term statistics before placing
            // any of it (mini-batch clustering, see `Clusterer::place`). The
            // batches of a rerun are the same, so a resumed ingest still
            // clusters exactly as an uninterrupted one.
            let mut fresh: HashSet<u128> = HashSet::new();
            let mut changed: Vec<u32> = Vec::new();
            for p in &docs {
                let key = hash_key(&p.hash);
                if !self.hashes.contains(&key) && fresh.insert(key) {
                    self.clusterer.observe(&p.features);
                    changed.extend(p.features.terms.iter().map(|t| t.0));
                }
            }
            changed.sort_unstable();
            changed.dedup();
            for p in docs {
                let key = hash_key(&p.hash);
                if !self.hashes.insert(key) {
                    out.duplicates += 1;
                    continue;
                }
                let id = self.next_id;
                self.next_id += 1;
                let mut doc_id = p.doc.id.0.clone();
                if !self.doc_ids.insert(doc_id.clone()) {
                    doc_id = format!("{doc_id}~{id}");
                    self.doc_ids.insert(doc_id.clone());
                }
                let (family, note, story) = match self.origins.assign(&p.signature, id as u64) {
                    Assignment::Copy {
                        family,
                        containment,
                    } => {
                        out.copies += 1;
                        let story = self.family_story.get(&family).copied().unwrap_or(family);
                        let note = format!("repeats about {:.0}% of the word 5-grams of the family's first document (MinHash estimate)", containment * 100.0);
                        (family, Some(note), story)
                    }
                    Assignment::New { family } => {
                        let placed = self.clusterer.place(&p.features, id as u64);
                        if placed.new {
                            out.new_stories += 1;
                        }
                        self.family_story.insert(family, placed.story);
                        (family, None, placed.story)
                    }
                };
                let entry = touched
                    .entry(story)
                    .or_insert_with(|| (title_of(&p.doc), 0, 0));
                entry.1 += 1;
                // A copy joins its family's story, so only a new family adds an origin.
                entry.2 += i64::from(note.is_none());
                ins_doc
                    .execute(params![
                        id,
                        p.hash,
                        doc_id,
                        p.doc.path,
                        p.doc.title,
                        p.doc.published,
                        p.meta,
                        p.doc.text,
                        p.removed,
                        p.warnings,
                        family as i64,
                        note,
                        story as i64,
                        p.signature.to_bytes(),
                    ])
                    .map_err(e)?;
                ins_analysis.execute(params![id, p.analysis]).map_err(e)?;
                ins_fts
                    .execute(params![
                        id,
                        p.doc.title.as_deref().unwrap_or(""),
                        p.doc.text
                    ])
                    .map_err(e)?;
                del_failure.execute(params![p.hash]).map_err(e)?;
                out.stored += 1;
            }
            let mut ins_failure = tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO failures (hash, path, error) VALUES (?1, ?2, ?3)",
                )
                .map_err(e)?;
            for f in failures {
                ins_failure
                    .execute(params![f.hash, f.path, f.error])
                    .map_err(e)?;
                out.failed += 1;
            }
            // Counts are kept incrementally: recounting a story's rows on
            // every batch it gains articles made ingest time grow with story size.
            let mut upsert = tx
                .prepare_cached(
                    "INSERT INTO stories (id, title, articles, origins, contested, verdicts, stale, state, last_day) \
                     VALUES (?1, ?2, ?3, ?4, NULL, NULL, 1, ?5, ?6) \
                     ON CONFLICT(id) DO UPDATE SET articles = stories.articles + excluded.articles, \
                             origins = stories.origins + excluded.origins, stale = 1, \
                             state = CASE WHEN length(excluded.state) > 0 THEN excluded.state ELSE stories.state END, \
                             last_day = coalesce(excluded.last_day, stories.last_day)",
                )
                .map_err(e)?;
            for (story, (title, articles, origins)) in &touched {
                // A copy can join the story of an old family after the story
                // retired: its counts grow, its saved state stays as it was.
                let (state, last_day) = match self.clusterer.story(*story) {
                    Some(s) => (story_to_bytes(s), s.last_day),
                    None => (Vec::new(), None),
                };
                upsert
                    .execute(params![
                        *story as i64,
                        title,
                        articles,
                        origins,
                        state,
                        last_day
                    ])
                    .map_err(e)?;
            }
            if out.stored > 0 {
                let mut put = tx
                    .prepare_cached("INSERT OR REPLACE INTO state (key, value) VALUES (?1, ?2)")
                    .map_err(e)?;
                if self.df_updates + 1 >= DF_FOLD {
                    put.execute(params!["df", self.clusterer.df_bytes()])
                        .map_err(e)?;
                    tx.execute("DELETE FROM df_updates", []).map_err(e)?;
                    self.df_updates = 0;
                } else {
                    let mut blob = Vec::with_capacity(changed.len() * 8);
                    for k in &changed {
                        blob.extend_from_slice(&k.to_le_bytes());
                        blob.extend_from_slice(&self.clusterer.df(*k).to_le_bytes());
                    }
                    tx.execute("INSERT INTO df_updates (value) VALUES (?1)", params![blob])
                        .map_err(e)?;
                    self.df_updates += 1;
                }
                put.execute(params![
                    "docs",
                    self.clusterer.documents().to_le_bytes().to_vec()
                ])
                .map_err(e)?;
                if let Some(day) = self.clusterer.newest_day() {
                    put.execute(params!["newest_day", day.to_le_bytes().to_vec()])
                        .map_err(e)?;
                }
            }
        }
        tx.commit().map_err(e)?;
        Ok(out)
    }

    /// Recompute verdicts for up to `limit` stories whose members changed,
    /// with `reconcile` (the pipeline's reconcile stage), in parallel on
    /// `threads` threads. Returns how many stories were refreshed.
    pub fn refresh_verdicts<F>(
        &mut self,
        limit: usize,
        threads: usize,
        reconcile: F,
    ) -> Result<usize>
    where
        F: Fn(&[Document], &[Analysis], &[Origin]) -> Vec<Verdict> + Sync,
    {
        let ids: Vec<i64> = {
            let mut stmt = self
                .store
                .conn
                .prepare("SELECT id FROM stories WHERE stale = 1 ORDER BY id LIMIT ?1")
                .map_err(|e| self.store.err(e))?;
            let rows = stmt
                .query_map([limit as i64], |r| r.get(0))
                .map_err(|e| self.store.err(e))?;
            rows.collect::<rusqlite::Result<_>>()
                .map_err(|e| self.store.err(e))?
        };
        let mut loaded = Vec::with_capacity(ids.len());
        for &id in &ids {
            loaded.push((id, self.store.story_inputs(id, MAX_VERDICT_DOCUMENTS)?));
        }
        let threads = threads.max(1);
        let chunk = loaded.len().div_ceil(threads).max(1);
        let results: Vec<(i64, Vec<Verdict>)> = std::thread::scope(|s| {
            let handles: Vec<_> = loaded
                .chunks(chunk)
                .map(|part| {
                    let reconcile = &reconcile;
                    s.spawn(move || {
                        part.iter()
                            .map(|(id, (d, a, o))| (*id, reconcile(d, a, o)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        });
        let path = self.store.path.clone();
        let e = |e| crate::error::classify(&path, e);
        let tx = self
            .store
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(e)?;
        {
            let mut upd = tx
                .prepare_cached(
                    "UPDATE stories SET verdicts = ?2, contested = ?3, stale = 0 WHERE id = ?1",
                )
                .map_err(e)?;
            for (id, verdicts) in &results {
                let contested = verdicts
                    .iter()
                    .filter(|v| {
                        matches!(
                            v.kind,
                            VerdictKind::Contested | VerdictKind::SelfContradiction
                        )
                    })
                    .count();
                upd.execute(params![id, erased::Json::json(verdicts), contested as i64])
                    .map_err(e)?;
            }
        }
        tx.commit().map_err(e)?;
        Ok(results.len())
    }
}

/// Batches of document-frequency updates kept before the whole table is
/// written again (see schema migration 2).
const DF_FOLD: usize = 64;

/// Apply one `df_updates` row ((bucket, count) pairs, little-endian u32s)
/// to the little-endian u32 table `df`, growing it to the full size if it
/// is still empty.
fn apply_df_update(df: &mut Vec<u8>, blob: &[u8]) {
    let full = crosscheck_cluster::stories::TERM_BUCKETS * 4;
    if df.len() != full {
        df.clear();
        df.resize(full, 0);
    }
    for pair in blob.chunks_exact(8) {
        let k = u32::from_le_bytes([pair[0], pair[1], pair[2], pair[3]]) as usize;
        if k * 4 + 4 <= df.len() {
            df[k * 4..k * 4 + 4].copy_from_slice(&pair[4..8]);
        }
    }
}

fn bad(store: &Store, what: &str, detail: String) -> StoreError {
    StoreError::BadRow {
        path: store.path.clone(),
        what: what.into(),
        detail,
    }
}

/// A display title: the document's title, else its first line, shortened.
fn title_of(doc: &Document) -> Option<String> {
    let t = doc.title.clone().or_else(|| {
        doc.text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(str::to_string)
    })?;
    Some(if t.chars().count() > 120 {
        format!("{}…", t.chars().take(119).collect::<String>())
    } else {
        t
    })
}

/// JSON encoding of the stored values (serialising these model types cannot fail).
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap_or_else(|_| "null".to_string())
        }
    }
}
