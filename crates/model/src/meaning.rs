//! What a sentence means, as a point in a sentence-embedding space.
//!
//! Two reports word one fact differently ("the ship is 22 feet long", "the
//! 22-foot-long vessel"); their words overlap little, their meanings lie
//! close. The analyze stage embeds each sentence (a static embedding
//! distilled from all-MiniLM-L6-v2, see `crates/analyze/src/meaning.rs`);
//! reconcile compares the vectors and never the words behind them.

/// A sentence's meaning: a unit vector, compared by cosine.
#[derive(Clone, Debug, PartialEq)]
pub struct Meaning(Vec<f32>);

impl Meaning {
    /// The meaning `vector` points at, scaled to unit length; `None` for a
    /// zero or non-finite vector (a sentence with no known token).
    pub fn new(mut vector: Vec<f32>) -> Option<Self> {
        let norm = vector.iter().map(|x| x * x).sum::<f32>().sqrt();
        if !norm.is_finite() || norm <= f32::EPSILON {
            return None;
        }
        vector.iter_mut().for_each(|x| *x /= norm);
        Some(Meaning(vector))
    }

    /// Cosine similarity, -1 to 1; 0 for vectors of different sizes.
    pub fn similarity(&self, other: &Meaning) -> f64 {
        if self.0.len() != other.0.len() {
            return 0.0;
        }
        self.0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| f64::from(*a) * f64::from(*b))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meanings_are_compared_by_direction_not_length() {
        let a = Meaning::new(vec![3.0, 4.0]).unwrap();
        let b = Meaning::new(vec![6.0, 8.0]).unwrap();
        let c = Meaning::new(vec![-4.0, 3.0]).unwrap();
        assert!((a.similarity(&b) - 1.0).abs() < 1e-6);
        assert!(a.similarity(&c).abs() < 1e-6);
        assert!(Meaning::new(vec![0.0, 0.0]).is_none());
        assert!(Meaning::new(vec![f32::NAN]).is_none());
        assert_eq!(a.similarity(&Meaning::new(vec![1.0]).unwrap()), 0.0);
    }
}
