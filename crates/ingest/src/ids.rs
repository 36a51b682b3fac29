//! Document ids: the file name stem, made unique within a batch by
//! appending `-2`, `-3`, … in the order documents are read.

use std::collections::HashSet;

use crosscheck_model::DocId;

/// Hands out ids unique within one batch.
#[derive(Debug, Default)]
pub(crate) struct IdAllocator {
    used: HashSet<String>,
}

impl IdAllocator {
    /// `base` if unused, else the first free `base-N` with N ≥ 2. A file
    /// literally named `a-2` cannot collide: every id handed out is recorded.
    pub fn allocate(&mut self, base: &str) -> DocId {
        let mut id = base.to_string();
        let mut n = 2u64;
        while self.used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.used.insert(id.clone());
        DocId(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collisions_get_suffixes() {
        let mut ids = IdAllocator::default();
        assert_eq!(ids.allocate("a").0, "a");
        assert_eq!(ids.allocate("a").0, "a-2");
        assert_eq!(ids.allocate("a-2").0, "a-2-2");
        assert_eq!(ids.allocate("a").0, "a-3");
        assert_eq!(ids.allocate("b").0, "b");
    }
}
