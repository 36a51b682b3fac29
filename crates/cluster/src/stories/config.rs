//! The clusterer's tunable parameters.

use super::features::Channel;

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

    pub(super) fn weight(&self, c: Channel) -> f32 {
        match c {
            Channel::Word => self.word_weight,
            Channel::Name => self.name_weight,
            Channel::Value => self.value_weight,
            Channel::Year => self.year_weight,
        }
    }
}
