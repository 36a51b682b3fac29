//! Well-known cities, replaced by another city of the same country.

use super::{draw, GroupView, Hit};
use crate::lexicon::CITIES;
use crate::rng::Rng;
use crate::tokens::{adjacent, followed_by_capitalised, inside_capitalised_run, words};

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Every city of the list, as a whole word sequence, not inside a longer
/// name ("Los Angeles County", "Chicago Bears", "New York Times").
pub fn find(text: &str) -> Vec<Hit> {
    let ws = words(text);
    let mut out = Vec::new();
    for (_, cities) in CITIES {
        for city in cities.iter() {
            for (start, _) in text.match_indices(city) {
                let end = start + city.len();
                if is_word_char(text[..start].chars().next_back()) {
                    continue;
                }
                // A possessive may follow ("Chicago's"), another letter may not.
                let rest = &text[end..];
                if is_word_char(rest.chars().next()) {
                    continue;
                }
                let Some(first) = ws.iter().position(|w| w.start == start) else {
                    continue;
                };
                let Some(last) = ws.iter().rposition(|w| w.start < end) else {
                    continue;
                };
                // "Philadelphia 76ers" is a team, like "Chicago Bears".
                let team_number = ws.get(last + 1).is_some_and(|n| {
                    adjacent(text, &ws[last], n)
                        && n.text.starts_with(|c: char| c.is_ascii_digit())
                        && n.text.chars().any(char::is_alphabetic)
                });
                // "a Delhi-class destroyer" names a ship class; a dateline
                // ("Mumbai, Nov 11 -") says where the reporter filed, which
                // may differ between true reports of one event.
                if inside_capitalised_run(text, &ws, first, &[])
                    || followed_by_capitalised(text, &ws, last)
                    || team_number
                    || rest.starts_with("-class")
                    || is_dateline(text, start, end)
                {
                    continue;
                }
                out.push(Hit {
                    key: city.to_lowercase(),
                    start,
                    end,
                    text: city.to_string(),
                });
            }
        }
    }
    // "New Delhi" also contains "Delhi": keep the longer name.
    let all = out.clone();
    out.retain(|h| {
        !all.iter().any(|o| {
            o != h && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start
        })
    });
    out.sort_by_key(|h| h.start);
    out
}

/// True when the city opens a line and is followed only by what a
/// dateline carries before its dash: a region, a date, an agency in
/// brackets ("Mumbai, Nov 11 -", "Houston, Texas (AP) —").
fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    let line_start = start == 0 || text[..start].ends_with('\n');
    let line = text[end..].split('\n').next().unwrap_or("");
    // A dash set off by a space, not one inside a score ("Indianapolis (11-4) took").
    let Some(dash) = [" -", " –", " —"].iter().filter_map(|d| line.find(d)).min() else {
        return false;
    };
    let head = &line[..dash];
    line_start
        && dash <= 40
        && head.starts_with([',', ' '])
        && head.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| ",.()".contains(c));
            w.is_empty()
                || w.chars().all(|c| c.is_ascii_digit())
                || w.starts_with(|c: char| c.is_uppercase())
        })
}

/// Another city of the same country that no article of the group names.
pub fn choose(key: &str, group: &GroupView, rng: &mut Rng) -> Option<String> {
    let (_, cities) = CITIES
        .iter()
        .find(|(_, cs)| cs.iter().any(|c| c.to_lowercase() == key))?;
    let options = cities
        .iter()
        .filter(|c| c.to_lowercase() != key && !group.joined.contains(*c))
        .map(|c| c.to_string())
        .collect();
    draw(options, rng)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cities_not_teams_or_counties() {
        let t = "Police in Chicago said. The Chicago Bears and Philadelphia 76ers won in Los Angeles County; New Delhi's mayor met him in Houston, Texas.";
        let hits = find(t);
        let keys: Vec<&str> = hits.iter().map(|h| h.key.as_str()).collect();
        assert_eq!(keys, ["chicago", "new delhi", "houston"]);
        assert_eq!(&t[hits[1].start..hits[1].end], "New Delhi");
        let group = GroupView::new(super::super::Kind::City, &[t]);
        for seed in 0..20 {
            let c = choose("houston", &group, &mut Rng::new(seed)).expect("a city");
            assert!(CITIES[0].1.contains(&c.as_str()));
            assert!(c != "Houston" && c != "Chicago" && c != "Los Angeles");
        }
        let dated = "Navy foils attack\n\nMumbai, Nov 11 -\n\nThe Mumbai-class destroyer sailed from Mumbai - and \
                     from Chennai.\nChennai, the port - calm again.\nChennai (11-4) won.";
        let found: Vec<&str> = find(dated).iter().map(|h| &dated[h.start..h.end]).collect();
        assert_eq!(found, ["Mumbai", "Chennai", "Chennai", "Chennai"]);
    }
}
