//! Where a document puts a place, checked against the gazetteer.
//!
//! "buried in Calvary Cemetery, Houston, California" cannot be right: no
//! Houston of any size lies in California. Nor can "in Brooklyn, Memphis",
//! or "Santa Rosa, California, 55 miles north of Boston". A rewrite that
//! swaps one city for another usually leaves the state, the district or the
//! distance that came with it, and a reader can check the result on a map
//! in seconds. Three shapes are checked, each only where the gazetteer can
//! say no with certainty:
//!
//! - **"City, Country"** and **"City, US state"**: some city of that name
//!   (every city of 15,000 people or more, not only the best known) must lie
//!   in that country or state. Provinces outside the US are not checked:
//!   the gazetteer does not say which city lies in which.
//! - **"City, City"** ("Brooklyn, New York", "Hollywood, Los Angeles"): some
//!   pair of cities of those names in one country must lie within
//!   [`NEAR_KM`]. Names of cities in different countries are not compared.
//! - **"N miles/km (direction) of City"** after a city: the two must lie
//!   within a generous margin of that distance ([`DISTANCE_FACTOR`],
//!   [`DISTANCE_SLACK_KM`]).
//!
//! Lists ("Boston, Chicago and Denver") are not placements and are skipped.
use std::sync::LazyLock;

use crosscheck_model::{distance_km, EntityKind, Mention, Misplacement, Nesting, Sentence, Span};
use regex::Regex;

use crate::lexicon::{self, CitySite, PlaceKind};

/// "Brooklyn, New York" and "Hollywood, Los Angeles" name a district and
/// its city; the gazetteer's points for the two can lie this far apart.
const NEAR_KM: f64 = 100.0;
/// A stated distance agrees with the map when the real one is at most this
/// many times it ...
const DISTANCE_FACTOR: f64 = 3.0;
/// ... or at most this much more (small distances, big cities).
const DISTANCE_SLACK_KM: f64 = 150.0;

const KM_PER_MILE: f64 = 1.609_344;

/// "55 miles (90 km) north of ", "64 kilometres south-west of ".
static DISTANCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(\d{1,3}(?:,\d{3})*(?:\.\d+)?)[\s-]*(miles?|kilomet(?:re|er)s?|km)\b(?:\s*\([^)]{0,30}\))?\s+(?:(?:north|south|east|west)[a-z-]*\s+)?(?:of|from)\s+$",
    )
    .expect("distance pattern")
});

/// A gazetteer place the mention finder found.
struct Named<'t> {
    span: Span,
    sentence: usize,
    words: &'t str,
    kind: PlaceKind,
    canonical: &'static str,
}

/// Every placement of the document: those the gazetteer rules out, and
/// the rest of "Place, Place" and "Place in Place" as nestings.
pub fn find(
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
) -> (Vec<Misplacement>, Vec<Nesting>) {
    let places: Vec<Named> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Place)
        .filter_map(|m| {
            let words = m.span.slice(text);
            let p = lexicon::place(words)?;
            Some(Named {
                span: m.span,
                sentence: m.sentence,
                words,
                kind: p.kind,
                canonical: p.canonical,
            })
        })
        .collect();
    let mut out = Vec::new();
    let mut nestings = Vec::new();
    for (i, pair) in places.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        let gap = &text[a.span.end..b.span.start];
        // "Brooklyn's Brownsville section": the second lies in the first.
        if a.sentence == b.sentence && matches!(gap, "'s " | "’s ") && b.kind == PlaceKind::City {
            nestings.push(Nesting {
                place: b.span,
                within: a.span,
                sentence: a.sentence,
            });
            continue;
        }
        let nested = is_comma(gap) || gap == " in ";
        if a.sentence != b.sentence || !nested || a.kind != PlaceKind::City {
            continue;
        }
        let listed_before = i > 0
            && places[i - 1].sentence == a.sentence
            && is_list_gap(&text[places[i - 1].span.end..a.span.start]);
        let listed_after = places.get(i + 2).is_some_and(|c| {
            c.sentence == b.sentence && is_list_gap(&text[b.span.end..c.span.start])
        }) || starts_list(&text[b.span.end..]);
        if is_comma(gap) && (listed_before || listed_after) {
            continue;
        }
        match containment(a, b).filter(|_| is_comma(gap)) {
            Some(reason) => out.push(Misplacement {
                place: a.span,
                within: b.span,
                sentence: a.sentence,
                reason,
            }),
            None => nestings.push(Nesting {
                place: a.span,
                within: b.span,
                sentence: a.sentence,
            }),
        }
    }
    distances(text, sentences, &places, &mut out);
    out.sort_by_key(|m| (m.place.start, m.within.start));
    out.dedup();
    (out, nestings)
}

/// Just a comma between two names: "Houston, California".
fn is_comma(gap: &str) -> bool {
    gap.trim() == ","
}

/// What separates the items of a list of places.
fn is_list_gap(gap: &str) -> bool {
    matches!(gap.trim(), "," | "and" | "or" | "&" | ", and" | ", or")
}

/// The text after a place goes on with "and"/"or", or with another name
/// and a comma or "and" ("Anchorage, Palmer, Wasilla, and all the
/// valley"): the place is an item of a list, whether or not the gazetteer
/// knows the next item.
fn starts_list(after: &str) -> bool {
    static MORE_ITEMS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^,\s+\p{Lu}[\w.'-]*(?:\s+\p{Lu}[\w.'-]*){0,2}\s*(?:,|and\b|or\b|&)")
            .expect("list pattern")
    });
    let t = after.trim_start();
    ["and ", "or ", "& "].iter().any(|w| t.starts_with(w)) || MORE_ITEMS.is_match(after)
}

/// Why `a` cannot lie in `b`, if the gazetteer is sure.
fn containment(a: &Named, b: &Named) -> Option<String> {
    let sites: Vec<CitySite> = lexicon::city_sites(a.canonical).collect();
    let best = *sites.first()?;
    let fits = match b.kind {
        PlaceKind::Country => sites.iter().any(|s| s.country == b.canonical),
        PlaceKind::State if lexicon::is_us_state(b.canonical) => {
            sites.iter().any(|s| s.state == b.canonical)
        }
        // "London, Ontario": a city named like its province names the province.
        PlaceKind::City if lexicon::city_also_names_region(b.canonical) => return None,
        PlaceKind::City => {
            let near = closest_km(&sites, b.canonical)?;
            return (near > NEAR_KM)
                .then(|| format!("{} and {} lie {} apart", a.words, b.words, km(near)));
        }
        _ => return None,
    };
    if fits || best.country.is_empty() {
        return None;
    }
    let home = if best.state.is_empty() {
        title(best.country)
    } else {
        format!("{}, {}", title(best.state), title(best.country))
    };
    Some(format!(
        "no city named {} lies in {}; the best-known {} is in {home}",
        a.words, b.words, a.words
    ))
}

/// Placements by distance: "Santa Rosa, California, 55 miles north of Boston".
fn distances(text: &str, sentences: &[Sentence], places: &[Named], out: &mut Vec<Misplacement>) {
    for (k, reference) in places.iter().enumerate() {
        if reference.kind != PlaceKind::City {
            continue;
        }
        let Some(sentence) = sentences.get(reference.sentence).map(|s| s.span) else {
            continue;
        };
        let before = &text[sentence.start..reference.span.start];
        let Some(m) = DISTANCE.captures(before) else {
            continue;
        };
        let Ok(figure) = m[1].replace(',', "").parse::<f64>() else {
            continue;
        };
        let stated_km = if m[2].to_lowercase().starts_with('m') {
            figure * KM_PER_MILE
        } else {
            figure
        };
        let number_at = sentence.start + m.get(0).map_or(0, |g| g.start());
        // The place being located: the last city named before the figure.
        let mut same_sentence = places[..k]
            .iter()
            .rev()
            .take_while(|p| p.sentence == reference.sentence);
        let Some(subject) =
            same_sentence.find(|p| p.span.end <= number_at && p.kind == PlaceKind::City)
        else {
            continue;
        };
        let sites: Vec<CitySite> = lexicon::city_sites(subject.canonical).collect();
        let Some(real) = closest_km(&sites, reference.canonical) else {
            continue;
        };
        if real > (stated_km * DISTANCE_FACTOR).max(stated_km + DISTANCE_SLACK_KM) {
            out.push(Misplacement {
                place: subject.span,
                within: reference.span,
                sentence: subject.sentence,
                reason: format!(
                    "{} and {} lie {} apart, not {} {}",
                    subject.words,
                    reference.words,
                    km(real),
                    &m[1],
                    &m[2]
                ),
            });
        }
    }
}

/// The shortest distance between any city of `sites` and any city named
/// `other` in the same country; `None` when no two share a country. Then the
/// second name is most likely a county or region the gazetteer lacks that a
/// city abroad is named after ("Banstead, Surrey": Surrey, England, not the
/// Canadian city).
fn closest_km(sites: &[CitySite], other: &str) -> Option<f64> {
    let others: Vec<CitySite> = lexicon::city_sites(other).collect();
    sites
        .iter()
        .flat_map(|a| {
            others
                .iter()
                .filter(|b| b.country == a.country && !a.country.is_empty())
                .map(move |b| distance_km(a.location, b.location))
        })
        .min_by(f64::total_cmp)
}

/// "1,540 km".
fn km(d: f64) -> String {
    let n = (d.round() as u64).to_string();
    let mut out = String::new();
    for (i, c) in n.chars().enumerate() {
        if i > 0 && (n.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out + " km"
}

/// "united states" → "United States".
fn title(canonical: &str) -> String {
    canonical
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or(String::new(), |f| {
                f.to_uppercase().collect::<String>() + c.as_str()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::Document;

    /// (inner, outer) place pairs: misplaced ones, then nestings.
    type Pairs = Vec<(String, String)>;

    fn placements(text: &str) -> (Pairs, Pairs) {
        let doc = Document::from_text("t", "t.txt", text);
        let sentences = crate::sentences::split(&doc);
        let (mentions, _) = crate::mentions::find(&doc.text, &sentences);
        let (wrong, nested) = find(&doc.text, &sentences, &mentions);
        let words = |a: Span, b: Span| {
            (
                a.slice(&doc.text).to_string(),
                b.slice(&doc.text).to_string(),
            )
        };
        (
            wrong.iter().map(|m| words(m.place, m.within)).collect(),
            nested.iter().map(|n| words(n.place, n.within)).collect(),
        )
    }

    fn misplaced(text: &str) -> Vec<(String, String)> {
        placements(text).0
    }

    #[test]
    fn a_city_in_the_wrong_state_country_or_city_is_found() {
        let pair = |a: &str, b: &str| vec![(a.to_string(), b.to_string())];
        assert_eq!(
            misplaced("He is buried in Calvary Cemetery, Houston, California.\n"),
            pair("Houston", "California")
        );
        assert_eq!(
            misplaced("A vigil was held in Brooklyn, Memphis, where the boy was shot.\n"),
            pair("Brooklyn", "Memphis")
        );
        assert_eq!(
            misplaced("The talks opened in Lyon, Germany, on Monday.\n"),
            pair("Lyon", "Germany")
        );
        assert_eq!(
            misplaced("He read a newspaper in Santa Rosa, California, 55 miles (90 km) north of Boston.\n"),
            pair("Santa Rosa", "Boston")
        );
    }

    #[test]
    fn true_placements_and_lists_are_left_alone() {
        for ok in [
            "He is buried in Calvary Cemetery, Los Angeles, California.\n",
            "The bank was founded in Paris, Texas, in 1890.\n",
            "A vigil was held in Brooklyn, New York, where the boy was shot.\n",
            "He read a newspaper in Santa Rosa, California, 55 miles (90 km) north of San Francisco.\n",
            "He missed games against Atlanta, Denver and Chicago this season.\n",
            "Flights left Boston, Chicago, and Denver late.\n",
            "It serves Anchorage, Palmer, Wasilla, and all the valley.\n",
            "The firm has offices in London, Ontario, and in Toronto.\n",
            "The blaze destroyed the store in Banstead, Surrey, before 9.\n",
        ] {
            assert!(misplaced(ok).is_empty(), "{ok}: {:?}", misplaced(ok));
        }
    }

    #[test]
    fn a_place_written_inside_another_is_a_nesting_but_a_list_is_not() {
        let pair = |a: &str, b: &str| vec![(a.to_string(), b.to_string())];
        assert_eq!(
            placements("The blaze destroyed the store in Banstead, Surrey, before 9.\n").1,
            pair("Banstead", "Surrey")
        );
        assert_eq!(
            placements("Police treat the fire in Banstead in Surrey as suspicious.\n").1,
            pair("Banstead", "Surrey")
        );
        assert!(
            placements("Parts of the Donetsk, Luhansk, and Kherson regions were claimed.\n")
                .1
                .is_empty()
        );
        assert_eq!(
            placements("She was shot in Brooklyn's Brownsville section on Friday.\n").1,
            pair("Brownsville", "Brooklyn")
        );
        assert!(
            placements("A vigil was held in Brooklyn, Memphis, where the boy was shot.\n")
                .1
                .is_empty()
        );
    }
}
