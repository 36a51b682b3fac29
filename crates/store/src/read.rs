//! Readers: story lists, one story's documents and verdicts, search, counts.

use std::collections::BTreeMap;

use crosscheck_model::{Analysis, DocId, Document, Origin, Verdict};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::{Result, Store, StoreError};

/// One line of `crosscheck stories`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StorySummary {
    /// Story id.
    pub id: i64,
    /// Title (its first article's headline or first line).
    pub title: Option<String>,
    /// Member articles.
    pub articles: i64,
    /// Independent origin families among them.
    pub origins: i64,
    /// Contested facts and self-contradictions; `None` while verdicts are not computed.
    pub contested: Option<i64>,
    /// True when members changed since verdicts were computed.
    pub stale: bool,
}

/// A stored story with what `report` needs.
pub struct StoredStory {
    /// The summary row.
    pub summary: StorySummary,
    /// Member documents (the earliest [`crate::writer::MAX_VERDICT_DOCUMENTS`] when larger), in ingest order.
    pub documents: Vec<Document>,
    /// Their analyses, same order.
    pub analyses: Vec<Analysis>,
    /// Their origin families.
    pub origins: Vec<Origin>,
    /// Stored verdicts, if computed and not stale.
    pub verdicts: Option<Vec<Verdict>>,
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hit {
    /// Document id.
    pub doc_id: String,
    /// Its story.
    pub story: i64,
    /// Headline.
    pub title: Option<String>,
    /// Matching text with the hits in `[`…`]`.
    pub snippet: String,
    /// BM25 score (higher is better).
    pub score: f64,
}

/// Totals over the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Documents stored.
    pub documents: i64,
    /// Distinct documents by content hash (equals `documents` unless the store is broken).
    pub distinct_hashes: i64,
    /// Origin families.
    pub families: i64,
    /// Stories.
    pub stories: i64,
    /// Stories whose verdicts need recomputing.
    pub stale: i64,
    /// Inputs that failed and are not stored.
    pub failures: i64,
}

fn json<T: serde::de::DeserializeOwned>(store: &Store, what: &str, s: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::BadRow {
        path: store.path.clone(),
        what: what.into(),
        detail: e.to_string(),
    })
}

impl Store {
    /// Totals.
    pub fn counts(&self) -> Result<Counts> {
        let q = |sql: &str| {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map_err(|e| self.err(e))
        };
        Ok(Counts {
            documents: q("SELECT count(*) FROM documents")?,
            distinct_hashes: q("SELECT count(DISTINCT hash) FROM documents")?,
            families: q("SELECT count(DISTINCT family) FROM documents")?,
            stories: q("SELECT count(*) FROM stories")?,
            stale: q("SELECT count(*) FROM stories WHERE stale = 1")?,
            failures: q("SELECT count(*) FROM failures")?,
        })
    }

    /// Stories, largest first (by independent origins, then articles).
    pub fn stories(&self, limit: usize) -> Result<Vec<StorySummary>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, title, articles, origins, contested, stale FROM stories \
                 ORDER BY origins DESC, articles DESC, id LIMIT ?1",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([limit as i64], summary)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// Failures recorded (path, error).
    pub fn failures(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT path, error FROM failures ORDER BY path")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// One story with its documents, analyses, origins and stored verdicts.
    pub fn story(&self, id: i64) -> Result<StoredStory> {
        let summary = self
            .conn
            .query_row(
                "SELECT id, title, articles, origins, contested, stale FROM stories WHERE id = ?1",
                [id],
                summary,
            )
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or_else(|| StoreError::NoStory(id.to_string()))?;
        let verdicts: Option<String> = self
            .conn
            .query_row(
                "SELECT verdicts FROM stories WHERE id = ?1 AND stale = 0",
                [id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?
            .flatten();
        let verdicts = match verdicts {
            Some(v) => Some(json(self, "verdicts", &v)?),
            None => None,
        };
        let (documents, analyses, origins) =
            self.story_inputs(id, crate::writer::MAX_VERDICT_DOCUMENTS)?;
        Ok(StoredStory {
            summary,
            documents,
            analyses,
            origins,
            verdicts,
        })
    }

    /// The earliest `max` documents of a story with analyses and origin families.
    pub(crate) fn story_inputs(
        &self,
        id: i64,
        max: usize,
    ) -> Result<(Vec<Document>, Vec<Analysis>, Vec<Origin>)> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT d.doc_id, d.path, d.title, d.published, d.meta, d.text, d.removed, d.warnings, d.family, \
                 d.family_note, a.json FROM documents d JOIN analyses a ON a.doc = d.id \
                 WHERE d.story = ?1 ORDER BY d.id LIMIT ?2",
            )
            .map_err(|e| self.err(e))?;
        type Row = (
            String,
            String,
            Option<String>,
            Option<String>,
            String,
            String,
            String,
            String,
            i64,
            Option<String>,
            rusqlite::types::Value,
        );
        let rows: Vec<Row> = stmt
            .query_map(params![id, max as i64], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                ))
            })
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        let mut docs = Vec::with_capacity(rows.len());
        let mut analyses = Vec::with_capacity(rows.len());
        let mut families: BTreeMap<i64, (Vec<DocId>, Vec<String>)> = BTreeMap::new();
        for (
            doc_id,
            path,
            title,
            published,
            meta,
            text,
            removed,
            warnings,
            family,
            note,
            analysis,
        ) in rows
        {
            let mut d = Document::from_text(doc_id.clone(), path, text);
            d.title = title;
            d.published = published;
            d.meta = json(self, "metadata", &meta)?;
            d.removed = json(self, "removed spans", &removed)?;
            d.warnings = json(self, "warnings", &warnings)?;
            let f = families.entry(family).or_default();
            f.0.push(d.id.clone());
            if let Some(n) = note {
                f.1.push(format!("{doc_id} {n}"));
            }
            docs.push(d);
            let analysis = crate::packed::text(analysis).map_err(|detail| StoreError::BadRow {
                path: self.path.clone(),
                what: "analysis".into(),
                detail,
            })?;
            let mut analysis: Analysis = json(self, "analysis", &analysis)?;
            analysis.doc = Some(DocId(doc_id));
            analyses.push(analysis);
        }
        let origins = families
            .into_values()
            .map(|(documents, notes)| Origin {
                documents,
                reason: if notes.is_empty() {
                    "independent text".to_string()
                } else {
                    notes.join("; ")
                },
            })
            .collect();
        // Copies are families of the whole corpus; paraphrases are found
        // within the story, as `check` finds them.
        let origins = crosscheck_cluster::origins::merge_rewrites(&docs, origins);
        Ok((docs, analyses, origins))
    }

    /// Full-text search with BM25 ranking (title matches weigh double). The
    /// query's words must all occur; FTS5 operators are not interpreted, so
    /// any user text is a valid query.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        let terms: Vec<String> = query
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| format!("\"{w}\""))
            .collect();
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT d.doc_id, d.story, d.title, snippet(documents_fts, 1, '[', ']', '…', 16), \
                 bm25(documents_fts, 2.0, 1.0) AS rank \
                 FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid \
                 WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![terms.join(" "), limit as i64], |r| {
                Ok(Hit {
                    doc_id: r.get(0)?,
                    story: r.get(1)?,
                    title: r.get(2)?,
                    snippet: r.get(3)?,
                    score: -r.get::<_, f64>(4)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

fn summary(r: &rusqlite::Row<'_>) -> rusqlite::Result<StorySummary> {
    Ok(StorySummary {
        id: r.get(0)?,
        title: r.get(1)?,
        articles: r.get(2)?,
        origins: r.get(3)?,
        contested: r.get(4)?,
        stale: r.get::<_, i64>(5)? != 0,
    })
}
