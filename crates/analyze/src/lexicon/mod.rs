//! Word lists the rules lean on: given names, places, countries and
//! demonyms, role nouns, organisation words. The large lists are generated
//! data under `data/` (see `data/README.md` for sources and licences); the
//! product's own vocabulary (roles, titles, organisation words) is written
//! by hand in [`words`].
//!
//! Every lookup folds case and diacritics first ([`fold`]), so "Zelenskyy",
//! "ZELENSKYY" and "Zelenskyý" look the same. Generated data is parsed once,
//! on first use.

mod table;
mod words;

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crosscheck_model::RoleStatus;

pub use words::{
    affiliation_noun, compound_head, is_city_part, is_connector, is_honorific, is_name_particle,
    is_name_suffix, is_org_word, is_place_word, is_role_modifier, is_speech_verb, is_status_adverb,
    is_stopword, known_org, rank, role_head, status_word, Rank,
};

/// What kind of place a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A sovereign country or territory.
    Country,
    /// A first-level division: US state, province, oblast.
    State,
    /// A named region without an administrative status: "Crimea", "Middle East".
    Region,
    /// A city or town.
    City,
    /// A continent.
    Continent,
}

/// A gazetteer entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// Canonical lower-case name: "united states" for "U.S.", "kyiv" for "Kiev".
    pub canonical: &'static str,
    /// Country, state, region, city or continent.
    pub kind: PlaceKind,
}

static GIVEN_DATA: &str = include_str!("../../data/given_names.txt");
static WORD_GIVEN_DATA: &str = include_str!("../../data/word_given_names.txt");
static PLACES_DATA: &str = include_str!("../../data/places.tsv");
static DEMONYMS_DATA: &str = include_str!("../../data/demonyms.tsv");
static FOLD_DATA: &str = include_str!("../../data/fold.tsv");
static CITIES_DATA: &str = include_str!("../../data/cities.tsv");
static CITY_REGION_DATA: &str = include_str!("../../data/city_region_names.txt");

static GIVEN: table::Table = table::table!(GIVEN_DATA);

static PLACES: table::Table = table::table!(PLACES_DATA);

/// The place a `places.tsv` entry names: `kind[<TAB>canonical]` after the key.
fn place_entry(surface: &'static str, rest: &'static str) -> Place {
    let (kind, canonical) = rest.split_once('\t').unwrap_or((rest, surface));
    let kind = match kind {
        "c" => PlaceKind::Country,
        "s" => PlaceKind::State,
        "r" => PlaceKind::Region,
        "k" => PlaceKind::Continent,
        _ => PlaceKind::City,
    };
    Place { canonical, kind }
}

/// A `places.tsv` entry by its key.
fn place_by_key(key: &str) -> Option<Place> {
    let (surface, rest) = PLACES.entry(key)?;
    Some(place_entry(surface, rest))
}

static DEMONYMS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    DEMONYMS_DATA
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

static FOLD: LazyLock<HashMap<char, &'static str>> = LazyLock::new(|| {
    FOLD_DATA
        .lines()
        .filter_map(|l| {
            let (c, f) = l.split_once('\t')?;
            let mut chars = c.chars();
            let ch = chars.next()?;
            chars.next().is_none().then_some((ch, f))
        })
        .collect()
});

/// Lower-case `s`, fold Latin diacritics to ASCII ("Zelenskyý" →
/// "zelenskyy"), turn typographic apostrophes into `'` and collapse runs of
/// whitespace to one space. Allocates only the output string.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.chars() {
        if ch.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match ch {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => match FOLD.get(&c) {
                Some(f) => out.extend(f.chars().map(|c| c.to_ascii_lowercase())),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
    out
}

/// Call `f` with the folded form of `s` ([`fold`]), without allocating for
/// short ASCII words (the common case on the hot path).
pub(crate) fn with_folded<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 48;
    if s.len() <= MAX && s.is_ascii() && !s.bytes().any(|b| b.is_ascii_whitespace()) {
        let mut buf = [0u8; MAX];
        let b = &mut buf[..s.len()];
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        // Lower-casing ASCII keeps it valid UTF-8.
        f(std::str::from_utf8(b).unwrap_or_default())
    } else {
        f(&fold(s))
    }
}

/// True if `word` is a known given name ("Vladimir", "Tara", "Karoline").
/// Months, function words and the commonest English words that double as
/// names ("May", "Will", "Grant") are left out on purpose.
pub fn is_given_name(word: &str) -> bool {
    with_folded(word, |f| {
        // "Jean-Pierre": each part a given name.
        if f.contains('-') {
            return f.split('-').all(|p| GIVEN.get(p).is_some());
        }
        GIVEN.get(f).is_some()
    })
}

static WORD_GIVEN: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| WORD_GIVEN_DATA.lines().filter(|l| !l.is_empty()).collect());

/// True for given names that are also ordinary words ("Mark", "Will",
/// "Bill"): too ambiguous to find a name by, but a name found by other
/// means may well open with one.
pub fn is_word_given_name(word: &str) -> bool {
    with_folded(word, |f| WORD_GIVEN.contains(f))
}

/// Look up a place name (one or more words, any case, dotted or not):
/// "U.S.", "Kiev", "New York", "Eastern Europe".
pub fn place(name: &str) -> Option<Place> {
    let lookup = |f: &str| {
        let f = f.strip_prefix("the ").unwrap_or(f);
        if let Some(p) = place_by_key(f) {
            return Some(p);
        }
        // "U.S" / "US." / "U. S." spelt loosely: retry without dots and spaces
        // for short codes only, so "St. Louis" keeps its dot.
        if f.len() <= 8 && f.contains('.') {
            let bare: String = f.chars().filter(|c| *c != '.' && *c != ' ').collect();
            return place_by_key(&bare);
        }
        None
    };
    if name.contains(' ') {
        lookup(&fold(name))
    } else {
        with_folded(name, lookup)
    }
}

static CITIES: table::Table = table::table!(CITIES_DATA);

/// One city of a name: where it is, and the country and (in the US) the
/// state it lies in, as canonical lower-case names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CitySite {
    /// Latitude and longitude in degrees.
    pub location: [f64; 2],
    /// "united states", "france".
    pub country: &'static str,
    /// "texas" for US cities, "" elsewhere.
    pub state: &'static str,
}

/// Every city of a canonical name ("paris": France's, then Texas's), most
/// populous first.
pub fn city_sites(canonical: &str) -> impl Iterator<Item = CitySite> + '_ {
    CITIES.get_all(canonical).filter_map(|rest| {
        let mut cols = rest.split('\t');
        let lat = cols.next()?.parse().ok()?;
        let lon = cols.next()?.parse().ok()?;
        Some(CitySite {
            location: [lat, lon],
            country: cols.next().unwrap_or(""),
            state: cols.next().unwrap_or(""),
        })
    })
}

static CITY_REGIONS: table::Table = table::table!(CITY_REGION_DATA);

/// True for a city name that also names a state, province or region
/// ("ontario", "quebec", "almaty"): "London, Ontario" names the province.
pub fn city_also_names_region(canonical: &str) -> bool {
    CITY_REGIONS.get(canonical).is_some()
}

/// True for the canonical name of a US state ("texas"): the states
/// `cities.tsv` places its US cities in.
pub fn is_us_state(canonical: &str) -> bool {
    static STATES: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
        CITIES_DATA
            .lines()
            .filter_map(|l| l.rsplit('\t').next())
            .filter(|s| !s.is_empty())
            .collect()
    });
    STATES.contains(canonical)
}

/// Latitude and longitude of a city, by its canonical name ("los angeles").
/// A name several cities share gives the most populous one's.
pub fn city_location(canonical: &str) -> Option<[f64; 2]> {
    city_sites(canonical).next().map(|s| s.location)
}

/// The city a state's bare name means in news, where that is the city:
/// "new york" → "new york city". One entry: "Oklahoma", "Iowa" or
/// "Quebec" alone mean the state or province.
pub fn city_of_state_name(canonical: &str) -> Option<&'static str> {
    (canonical == "new york").then_some("new york city")
}

/// Canonical lower-case name of a place, country alias or demonym:
/// "U.S." / "US" / "United States" / "American" → "united states".
pub fn normalize_place(name: &str) -> Option<&'static str> {
    place(name).map(|p| p.canonical).or_else(|| demonym(name))
}

/// The country (canonical lower-case name) a demonym or national adjective
/// names: "Russian" → "russia", "Ukrainians" → "ukraine", "U.S." → "united states".
pub fn demonym(word: &str) -> Option<&'static str> {
    with_folded(word, |f| {
        if let Some(c) = DEMONYMS.get(f) {
            return Some(*c);
        }
        // Plural of people: "Ukrainians", "Americans".
        f.strip_suffix('s').and_then(|s| DEMONYMS.get(s).copied())
    })
}

/// True if `word` is a role noun that can head a title ("envoy",
/// "spokeswoman", "President", "advisor").
pub fn is_role_noun(word: &str) -> bool {
    role_head(word).is_some()
}

/// Map a status word to the status it gives a role ("former" → Former).
pub fn role_status(word: &str) -> Option<RoleStatus> {
    status_word(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_apostrophes() {
        assert_eq!(fold("Zelenskyý’s  Kyïv"), "zelenskyy's kyiv");
        assert_eq!(fold("Łódź"), "lodz");
    }

    #[test]
    fn given_names_cover_several_languages_and_skip_words() {
        for n in [
            "Vladimir",
            "Dmitry",
            "Volodymyr",
            "Tara",
            "Emmanuel",
            "Jean-Pierre",
        ] {
            assert!(is_given_name(n), "{n}");
        }
        for w in ["May", "Key", "Final", "The", "Peace"] {
            assert!(!is_given_name(w), "{w}");
        }
    }

    #[test]
    fn places_and_aliases_normalise() {
        assert_eq!(normalize_place("U.S."), Some("united states"));
        assert_eq!(normalize_place("US"), Some("united states"));
        assert_eq!(normalize_place("United States"), Some("united states"));
        assert_eq!(normalize_place("American"), Some("united states"));
        assert_eq!(normalize_place("Kiev"), Some("kyiv"));
        assert_eq!(place("Moscow").map(|p| p.kind), Some(PlaceKind::City));
        assert_eq!(place("Ukraine").map(|p| p.kind), Some(PlaceKind::Country));
        assert_eq!(place("Crimea").map(|p| p.kind), Some(PlaceKind::Region));
        assert_eq!(demonym("Russian"), Some("russia"));
        assert_eq!(demonym("Ukrainians"), Some("ukraine"));
        assert!(place("Meeting").is_none());
        let la = city_location("los angeles").expect("Los Angeles is located");
        assert!(
            (la[0] - 34.05).abs() < 0.1 && (la[1] + 118.24).abs() < 0.1,
            "{la:?}"
        );
        let paris: Vec<CitySite> = city_sites("paris").collect();
        assert_eq!(
            paris[0].country, "france",
            "the most populous Paris comes first"
        );
        assert!(paris.iter().any(|p| p.state == "texas"), "{paris:?}");
        // English names of cities GeoNames names natively.
        for (english, native) in [("Cologne", "koln"), ("Frankfurt", "frankfurt am main")] {
            let p = place(english).expect("a known city");
            assert_eq!((p.kind, p.canonical), (PlaceKind::City, native));
            assert_eq!(
                city_sites(native).next().map(|c| c.country),
                Some("germany")
            );
        }
    }

    #[test]
    fn role_words() {
        assert_eq!(role_head("advisor"), Some("adviser"));
        assert_eq!(role_head("Spokeswoman"), Some("spokeswoman"));
        assert!(is_role_noun("envoy"));
        assert!(!is_role_noun("meeting"));
        assert_eq!(role_status("ex"), Some(RoleStatus::Former));
        assert_eq!(role_status("interim"), Some(RoleStatus::Acting));
        assert_eq!(role_status("incoming"), Some(RoleStatus::Future));
        assert_eq!(rank("Adm.").map(|r| r.full), Some("admiral"));
        assert_eq!(known_org("White House"), Some("white house"));
        assert_eq!(known_org("U.N."), Some("united nations"));
    }
}
