//! Story clustering tests.

use crosscheck_model::Document;

use super::clusterer::*;
use super::features::*;
use super::*;

fn dated(id: &str, day: &str, text: &str) -> Document {
    let mut d = Document::from_text(id, id, text);
    d.published = Some(day.to_string());
    d
}

const FIRE_A: &str =
    "A fire destroyed the Halvard Mill warehouse in Korsby on Tuesday. Firefighters from \
    Korsby and Endmoor fought the blaze for six hours. Mayor Ingrid Tollan said nobody was hurt.";
const FIRE_B: &str =
    "Mayor Ingrid Tollan thanked the crews from Endmoor after the Halvard Mill warehouse \
    burned down in Korsby. The blaze took six hours to bring under control.";
const VOTE: &str =
    "Parliament in Velmora passed the pension bill by 212 votes to 190 after a long night \
    session. Finance minister Oskar Brandt called the result a compromise.";

#[test]
fn same_event_joins_other_event_does_not() {
    let mut c = Clusterer::new(StoryConfig::default());
    let a = c.add(&features(&dated("a", "2024-03-05", FIRE_A), None), 1);
    let b = c.add(&features(&dated("b", "2024-03-06", FIRE_B), None), 2);
    let v = c.add(&features(&dated("v", "2024-03-06", VOTE), None), 3);
    assert!(a.new);
    assert_eq!(b.story, a.story, "similarity {}", b.similarity);
    assert!(v.new);
    assert_eq!(c.stories().count(), 2);
}

#[test]
fn same_people_same_place_years_later_is_another_story() {
    let mut c = Clusterer::new(StoryConfig::default());
    let a = c.add(&features(&dated("a", "2019-03-05", FIRE_A), None), 1);
    let b = c.add(&features(&dated("b", "2024-03-05", FIRE_A), None), 2);
    assert!(a.new && b.new, "{b:?}");
}

#[test]
fn state_round_trips() {
    let mut c = Clusterer::new(StoryConfig::default());
    c.add(&features(&dated("a", "2024-03-05", FIRE_A), None), 7);
    let s = c.story(7).expect("story").clone();
    assert_eq!(story_from_bytes(&story_to_bytes(&s)), Some(s.clone()));
    let restored = Clusterer::restore(
        StoryConfig::default(),
        &c.df_bytes(),
        c.documents(),
        c.newest_day(),
        vec![s],
    );
    let mut r = restored;
    assert_eq!(
        r.add(&features(&dated("b", "2024-03-06", FIRE_B), None), 8)
            .story,
        7
    );
    assert_eq!(day_number("1970-01-02"), Some(1));
    assert_eq!(
        day_number("2024-03-01").and_then(|d| day_number("2024-02-28").map(|e| d - e)),
        Some(2)
    );
    assert_eq!(day_number("n/a"), None);
}

#[test]
fn dated_stories_retire_once_their_window_is_long_past() {
    let mut c = Clusterer::new(StoryConfig::default());
    let a = c.add(&features(&dated("a", "2024-03-05", FIRE_A), None), 1);
    // A month and a half later: the fire story is retired, the vote is live.
    let v = c.add(&features(&dated("v", "2024-04-20", VOTE), None), 2);
    assert!(a.new && v.new);
    assert_eq!(c.stories().map(|s| s.id).collect::<Vec<_>>(), vec![2]);
    assert!(c.story(1).is_none());
    // Restoring with every saved story gives the same live set.
    let saved = [
        placeholder_with(1, "2024-03-05"),
        c.story(2).cloned().expect("live"),
    ];
    let r = Clusterer::restore(
        StoryConfig::default(),
        &c.df_bytes(),
        c.documents(),
        c.newest_day(),
        saved,
    );
    assert_eq!(r.stories().map(|s| s.id).collect::<Vec<_>>(), vec![2]);
    assert_eq!(
        StoryConfig::default().retired_before(c.newest_day().expect("day")),
        day_number("2024-04-20").expect("day") - 37
    );
}

fn placeholder_with(id: u64, day: &str) -> StoryState {
    StoryState {
        id,
        last_day: day_number(day),
        ..placeholder()
    }
}

#[test]
fn reads_version_1_blobs_and_rejects_torn_ones() {
    let mut b = Vec::new();
    b.extend_from_slice(&9u64.to_le_bytes());
    b.extend_from_slice(&2u32.to_le_bytes());
    b.extend_from_slice(&i64::MIN.to_le_bytes());
    b.extend_from_slice(&i32::MIN.to_le_bytes());
    b.extend_from_slice(&0u32.to_le_bytes());
    b.extend_from_slice(&5u32.to_le_bytes());
    b.extend_from_slice(&0.5f32.to_le_bytes());
    let s = story_from_bytes(&b).expect("version 1");
    assert_eq!(
        (s.id, s.size, s.centroid.clone(), s.members.len()),
        (9, 2, vec![(5, 0.5)], 0)
    );
    let mut c = Clusterer::new(StoryConfig::default());
    c.add(&features(&dated("a", "2024-03-05", FIRE_A), None), 7);
    let full = story_to_bytes(c.story(7).expect("story"));
    assert!(story_from_bytes(&full[..full.len() - 4]).is_none());
}

#[test]
fn another_year_lowers_similarity_without_dates() {
    // No publication dates: only the years in the texts tell the two
    // apart, and a year conflict costs `year_conflict`. (With dates the
    // window keeps them apart, see the test above.)
    let a =
        "In March 2019 a fire destroyed the Halvard Mill warehouse in Korsby. Firefighters fought \
        the blaze for six hours.";
    let b =
        "In March 2024 a fire destroyed the Halvard Mill warehouse in Korsby. Firefighters fought \
        the blaze for six hours.";
    let config = StoryConfig {
        threshold: 0.0,
        ..StoryConfig::default()
    };
    let mut c = Clusterer::new(config.clone());
    c.add(&features(&Document::from_text("a", "a", a), None), 1);
    let other_year = c.add(&features(&Document::from_text("b", "b", b), None), 2);
    let mut c = Clusterer::new(config);
    c.add(&features(&Document::from_text("a", "a", a), None), 1);
    let same = c.add(&features(&Document::from_text("c", "c", a), None), 3);
    assert!(
        same.similarity > other_year.similarity + 0.1,
        "{same:?} {other_year:?}"
    );
}

#[test]
fn mini_batch_counts_before_placing() {
    let docs = [FIRE_A, FIRE_B, VOTE].map(|t| features(&dated("x", "2024-03-05", t), None));
    let mut c = Clusterer::new(StoryConfig::default());
    for f in &docs {
        c.observe(f);
    }
    let placed: Vec<Placement> = docs
        .iter()
        .enumerate()
        .map(|(i, f)| c.place(f, i as u64))
        .collect();
    assert_eq!(c.documents(), 3);
    assert_eq!(placed[1].story, placed[0].story);
    assert!(placed[2].new);
}
