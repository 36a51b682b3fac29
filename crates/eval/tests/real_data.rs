//! Checks of the generator on the real ECB+ file, when it is present
//! (`../shared` beside the repository); skipped with a note otherwise.

use crosscheck_eval::{generate, load, Kind, DEFAULT_SEED};

#[test]
fn every_case_on_the_real_data_is_exact_and_checkable() {
    let path = crosscheck_eval::default_data_path();
    if !path.exists() {
        eprintln!("skipped: {} not found", path.display());
        return;
    }
    let groups = load(&path).expect("the data file parses");
    assert_eq!(groups.iter().map(|g| g.docs.len()).sum::<usize>(), 772);
    let cases = generate(&groups, DEFAULT_SEED);
    for kind in Kind::ALL {
        for split in ["train", "dev"] {
            let n = cases
                .iter()
                .filter(|c| c.key.kind == kind && c.key.split == split)
                .count();
            assert!(n >= 5, "only {n} {kind} cases on {split}");
        }
    }
    for c in &cases {
        let group = groups.iter().find(|g| g.id == c.key.group).expect("group");
        let original = &group
            .docs
            .iter()
            .find(|d| d.doc_id == c.key.doc_id)
            .expect("doc")
            .text;
        let mut rebuilt = c.text.clone();
        for s in c.key.spans.iter().rev() {
            assert_eq!(&c.text[s.start..s.end], s.replacement, "{}", c.key.id);
            rebuilt.replace_range(s.start..s.end, &s.original);
        }
        assert_eq!(
            &rebuilt, original,
            "{}: only the injected stretches change",
            c.key.id
        );
        // The original value is stated (under the same key) in another article.
        let elsewhere = group
            .docs
            .iter()
            .filter(|d| d.doc_id != c.key.doc_id)
            .any(|d| {
                c.key
                    .kind
                    .find(&d.text)
                    .iter()
                    .any(|h| h.key == c.key.about)
            });
        assert!(elsewhere, "{}", c.key.id);
    }
}
