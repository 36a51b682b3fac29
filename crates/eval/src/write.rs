//! Writing cases to disk so a user can run `crosscheck check DIR/<case>/`.

use std::fs;
use std::io;
use std::path::Path;

use crate::data::Group;
use crate::generate::{Case, CaseKey};

/// Write each case as `dir/<case id>/<doc id>.txt` (the whole group, one
/// article perturbed) plus `dir/<case id>/key.json`, and every key together
/// in `dir/key.json`.
pub fn write_cases(dir: &Path, groups: &[Group], cases: &[Case]) -> io::Result<usize> {
    fs::create_dir_all(dir)?;
    let mut keys: Vec<&CaseKey> = Vec::new();
    for c in cases {
        let Some(g) = groups.iter().find(|g| g.id == c.key.group) else {
            continue;
        };
        let case_dir = dir.join(&c.key.id);
        fs::create_dir_all(&case_dir)?;
        for d in &g.docs {
            let text = if d.doc_id == c.key.doc_id {
                &c.text
            } else {
                &d.text
            };
            fs::write(case_dir.join(format!("{}.txt", d.doc_id)), text)?;
        }
        fs::write(case_dir.join("key.json"), to_json(&c.key)?)?;
        keys.push(&c.key);
    }
    fs::write(dir.join("key.json"), to_json(&keys)?)?;
    Ok(keys.len())
}

fn to_json<T: serde::Serialize>(v: &T) -> io::Result<String> {
    serde_json::to_string_pretty(v)
        .map(|s| s + "\n")
        .map_err(io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::SourceDoc;
    use crate::generate::generate;

    #[test]
    fn writes_a_folder_per_case() {
        let doc = |id: &str, text: &str| SourceDoc {
            doc_id: id.into(),
            text: text.into(),
        };
        let groups = vec![Group {
            id: "7_t".into(),
            split: "dev".into(),
            docs: vec![
                doc("a", "It happened on Monday.\n"),
                doc("b", "On Monday it happened.\n"),
            ],
        }];
        let cases = generate(&groups, 1);
        assert_eq!(cases.len(), 1);
        let dir =
            std::env::temp_dir().join(format!("crosscheck-eval-write-{}", std::process::id()));
        let n = write_cases(&dir, &groups, &cases).expect("writes");
        assert_eq!(n, 1);
        let case = dir.join("7_t-weekday");
        let changed =
            fs::read_to_string(case.join(format!("{}.txt", cases[0].key.doc_id))).expect("txt");
        assert_eq!(changed, cases[0].text);
        let key: CaseKey =
            serde_json::from_str(&fs::read_to_string(case.join("key.json")).expect("key"))
                .expect("json");
        assert_eq!(key, cases[0].key);
        fs::remove_dir_all(&dir).ok();
    }
}
