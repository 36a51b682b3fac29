//! Lookups straight into the embedded, sorted lexicon files.
//!
//! `generate.py` writes every table sorted by its first column (Python
//! sorts strings by code point, which is Rust's byte order for UTF-8), so
//! a lookup is a binary search over line starts. Building hash maps from
//! the 1.4 MB of tables instead took about a third of a short `check` run
//! (80 M instructions before the first document), for a few hundred
//! lookups.

use std::sync::LazyLock;

/// A sorted, tab-separated table embedded in the binary.
pub struct Table {
    data: &'static str,
    starts: LazyLock<Vec<u32>, fn() -> Vec<u32>>,
}

impl Table {
    /// A table over `data` (lines sorted by their first column).
    pub const fn new(data: &'static str, starts: LazyLock<Vec<u32>, fn() -> Vec<u32>>) -> Self {
        Table { data, starts }
    }

    /// The rest of the line whose first column is `key` ("" when the line
    /// has only the key), if there is one.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.entry(key).map(|(_, rest)| rest)
    }

    /// The key as stored (so it lives as long as the table) and the rest of
    /// its line.
    pub fn entry(&self, key: &str) -> Option<(&'static str, &'static str)> {
        let i = self
            .starts
            .binary_search_by(|&s| first_column(line_at(self.data, s)).cmp(key))
            .ok()?;
        let line = line_at(self.data, self.starts[i]);
        Some(line.split_once('\t').unwrap_or((line, "")))
    }

    /// The rest of every line whose first column is `key`, in file order
    /// (tables like `cities.tsv` hold one line per place of a name).
    pub fn get_all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        let from = self
            .starts
            .partition_point(|&s| first_column(line_at(self.data, s)) < key);
        self.starts[from..]
            .iter()
            .map(|&s| line_at(self.data, s))
            .take_while(move |l| first_column(l) == key)
            .map(|l| l.split_once('\t').map_or("", |(_, rest)| rest))
    }
}

/// A line's key: its text up to the first tab.
fn first_column(line: &'static str) -> &'static str {
    line.split_once('\t').map_or(line, |(k, _)| k)
}

/// The line starting at byte `s`.
fn line_at(data: &'static str, s: u32) -> &'static str {
    let rest = &data[s as usize..];
    rest.split_once('\n').map_or(rest, |(l, _)| l)
}

/// Byte offsets of the non-empty lines of `data`.
pub fn line_starts(data: &str) -> Vec<u32> {
    let bytes = data.as_bytes();
    let mut out = Vec::with_capacity(data.len() / 16);
    let mut start = 0usize;
    for end in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())) {
        if end > start {
            out.push(start as u32);
        }
        start = end + 1;
    }
    out
}

/// Declare a [`Table`] over an embedded file.
macro_rules! table {
    ($data:path) => {
        $crate::lexicon::table::Table::new(
            $data,
            std::sync::LazyLock::new(|| $crate::lexicon::table::line_starts($data)),
        )
    };
}
pub(crate) use table;

#[cfg(test)]
mod tests {
    static DATA: &str = "apple\t1\nbanana\nkiwi\t3\tx\n";
    static T: super::Table = table!(DATA);

    #[test]
    fn finds_keys_and_their_columns() {
        assert_eq!(T.get("apple"), Some("1"));
        assert_eq!(T.get("banana"), Some(""));
        assert_eq!(T.get("kiwi"), Some("3\tx"));
        assert_eq!(T.get("cherry"), None);
        assert_eq!(T.get(""), None);
    }

    static MULTI: &str = "apple\t1\nkiwi\t3\nkiwi\t4\nkiwi\t5\nlime\t6\n";
    static M: super::Table = table!(MULTI);

    #[test]
    fn get_all_gives_every_line_of_a_key_in_order() {
        assert_eq!(M.get_all("kiwi").collect::<Vec<_>>(), ["3", "4", "5"]);
        assert_eq!(M.get_all("apple").collect::<Vec<_>>(), ["1"]);
        assert_eq!(M.get_all("lime").collect::<Vec<_>>(), ["6"]);
        assert_eq!(M.get_all("fig").count(), 0);
        assert_eq!(M.get_all("zzz").count(), 0);
    }

    #[test]
    fn the_generated_tables_are_sorted() {
        let keys = |data: &'static str| -> Vec<&'static str> {
            data.lines()
                .filter(|l| !l.is_empty())
                .map(|l| l.split('\t').next().unwrap_or(l))
                .collect()
        };
        for data in [
            super::super::PLACES_DATA,
            super::super::GIVEN_DATA,
            super::super::CITY_REGION_DATA,
        ] {
            assert!(
                keys(data).windows(2).all(|w| w[0] < w[1]),
                "a lexicon table is not sorted: binary search would miss entries"
            );
        }
        // One line per city of a name: sorted, keys repeat.
        assert!(
            keys(super::super::CITIES_DATA)
                .windows(2)
                .all(|w| w[0] <= w[1]),
            "cities.tsv is not sorted"
        );
    }
}
