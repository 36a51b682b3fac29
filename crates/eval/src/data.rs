//! Reading the ECB+ train/dev file into story groups of detokenised articles.

use std::collections::BTreeMap;
use std::path::Path;

use crosscheck_model::Document;
use serde::Deserialize;

use crate::detok;

/// One line of `docs-train-dev.jsonl` (other fields are ignored).
#[derive(Deserialize)]
struct Line {
    doc_id: String,
    subtopic: String,
    split: String,
    sentences: Vec<String>,
}

/// One article of a story group, as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceDoc {
    /// ECB+ document id, e.g. `1_10ecbplus`.
    pub doc_id: String,
    /// Detokenised text (see [`crate::detok`]).
    pub text: String,
}

/// All articles about one seminal event (an ECB+ subtopic).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The subtopic id, e.g. `1_ecbplus`.
    pub id: String,
    /// `train` or `dev`.
    pub split: String,
    /// Articles, in file order.
    pub docs: Vec<SourceDoc>,
}

impl Group {
    /// The group as pipeline documents, optionally with one article's text
    /// replaced (`(doc_id, text)`).
    pub fn documents(&self, replace: Option<(&str, &str)>) -> Vec<Document> {
        self.docs
            .iter()
            .map(|d| {
                let text = match replace {
                    Some((id, t)) if id == d.doc_id => t,
                    _ => d.text.as_str(),
                };
                Document::from_text(d.doc_id.clone(), format!("ecbplus:{}", d.doc_id), text)
            })
            .collect()
    }
}

/// Why the data file could not be read.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be opened or read.
    Io(String, std::io::Error),
    /// A line is not a valid record.
    Parse(String, usize, serde_json::Error),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Io(path, e) => write!(f, "cannot read {path}: {e}"),
            LoadError::Parse(path, line, e) => write!(f, "{path}:{line}: bad record: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Read the JSONL file and group its documents by subtopic, groups sorted by
/// id and documents kept in file order.
pub fn load(path: &Path) -> Result<Vec<Group>, LoadError> {
    let name = path.display().to_string();
    let raw = std::fs::read_to_string(path).map_err(|e| LoadError::Io(name.clone(), e))?;
    parse(&raw, &name)
}

/// [`load`] on text already in memory (`name` is used in error messages).
pub fn parse(raw: &str, name: &str) -> Result<Vec<Group>, LoadError> {
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for (i, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: Line =
            serde_json::from_str(line).map_err(|e| LoadError::Parse(name.to_string(), i + 1, e))?;
        let text = detok::document(&rec.sentences);
        let group = groups.entry(rec.subtopic.clone()).or_insert_with(|| Group {
            id: rec.subtopic.clone(),
            split: rec.split.clone(),
            docs: Vec::new(),
        });
        group.docs.push(SourceDoc {
            doc_id: rec.doc_id,
            text,
        });
    }
    Ok(groups.into_values().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_subtopic() {
        let raw = r#"{"doc_id":"1_1ecb","topic":1,"subtopic":"1_ecb","split":"train","sentences":["A b ."]}
{"doc_id":"2_1ecb","topic":2,"subtopic":"2_ecb","split":"dev","sentences":["C d ."]}
{"doc_id":"1_2ecb","topic":1,"subtopic":"1_ecb","split":"train","sentences":["E , f ."]}"#;
        let groups = parse(raw, "t").expect("parses");
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].id, "1_ecb");
        assert_eq!(groups[0].docs[1].text, "E, f.\n");
        assert_eq!(groups[1].split, "dev");
        let docs = groups[0].documents(Some(("1_2ecb", "X.\n")));
        assert_eq!(docs[0].text, "A b.\n");
        assert_eq!(docs[1].text, "X.\n");
        assert!(parse("{not json", "t").is_err());
    }
}
