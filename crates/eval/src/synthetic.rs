//! A synthetic news stream for scale tests of the corpus store: many
//! stories, each reported by several outlets over a few days, with wire
//! copies (the same text with another outlet's page furniture), light
//! rewrites, exact re-sends, drifting figures and name spellings, and old
//! stories recurring years later in the same places with the same people.
//!
//! Every article carries its gold story and origin family, so clustering
//! and near-duplicate detection can be scored at any size. The stream is
//! produced lazily, in publication order, and is fully determined by the seed.

use crosscheck_model::Document;

use crate::rng::Rng;

/// What to generate.
#[derive(Clone, Debug)]
pub struct SyntheticConfig {
    /// Number of articles.
    pub articles: usize,
    /// Seed.
    pub seed: u64,
    /// Articles per day (sets how many stories run at once).
    pub per_day: usize,
}

impl Default for SyntheticConfig {
    fn default() -> Self {
        SyntheticConfig {
            articles: 10_000,
            seed: 7,
            per_day: 400,
        }
    }
}

/// One generated article with its answer key.
#[derive(Clone, Debug)]
pub struct SyntheticDoc {
    /// The article.
    pub doc: Document,
    /// Gold story.
    pub story: u64,
    /// Gold origin family (articles sharing wording).
    pub family: u64,
    /// True if the bytes repeat an earlier article exactly.
    pub exact_repeat: bool,
}

const EVENTS: &[(&str, &[&str])] = &[
    ("fire", &["A fire destroyed {org} warehouse in {city} on {weekday}, officials said.",
        "Firefighters fought the blaze for {n} hours before bringing it under control.",
        "{person}, the city's fire chief, said the cause was still under investigation.",
        "{n2} people were evacuated from nearby homes as thick smoke spread across {city}."]),
    ("flood", &["Heavy rain flooded large parts of {city} on {weekday}, cutting off roads and rail lines.",
        "Rescue teams used boats to reach {n2} residents trapped in their homes.",
        "{person}, who leads the regional emergency service, warned that river levels would rise for {n} more days.",
        "The flooding is the worst to hit {city} in decades, according to {org}."]),
    ("election", &["Voters in {city} elected {person} as mayor on {weekday} after a tight race.",
        "{person} won {n2} votes, beating the incumbent by a narrow margin.",
        "Turnout was {n} percent, the electoral commission said.",
        "{org} called the result a turning point for the region."]),
    ("trial", &["A court in {city} sentenced {person} to {n} years in prison on {weekday}.",
        "Prosecutors said {person} had embezzled funds from {org} over several years.",
        "The defence said it would appeal the verdict, which followed a trial lasting {n2} days.",
        "Judges rejected a request to hear further witnesses."]),
    ("strike", &["Workers at {org} in {city} walked out on {weekday} in a dispute over pay.",
        "Union leader {person} said {n2} employees had joined the strike.",
        "Management offered a raise of {n} percent, which the union rejected as too low.",
        "Talks are due to resume next week, both sides said."]),
    ("quake", &["An earthquake of magnitude {n}.{d} struck near {city} on {weekday}.",
        "At least {n2} buildings were damaged and power was cut across the district.",
        "{person}, a seismologist at {org}, said aftershocks were likely for several days.",
        "Schools in {city} were closed while engineers inspected them."]),
    ("rescue", &["Climbers rescued a group of hikers stranded on a ridge above {city} on {weekday}.",
        "The hikers had been missing for {n} days, said {person} of the mountain rescue service.",
        "A helicopter from {org} lifted {n2} of them to hospital.",
        "Officials urged walkers to check the weather before setting out."]),
    ("merger", &["{org} agreed on {weekday} to buy a rival based in {city} for {n2} million crowns.",
        "Chief executive {person} said the deal would be completed within {n} months.",
        "Shares rose sharply after the announcement.",
        "Regulators are expected to review the merger closely."]),
];

const FILLER: &[&str] = &[
    "Local media reported long queues at the scene.",
    "The ministry said it was monitoring the situation closely.",
    "Residents described a tense night as the news spread.",
    "Further details were expected at a press conference later in the day.",
    "Opposition politicians demanded a full inquiry.",
    "It was not immediately clear how the decision would affect neighbouring districts.",
    "Police asked the public to avoid the area.",
    "Experts said similar events had become more frequent in recent years.",
];

const NOISE: &[&str] = &[
    "Share this article on social media",
    "Subscribe to our newsletter for daily updates",
    "Read more: top stories of the week",
    "Advertisement",
    "All rights reserved by the publisher",
];

const GIVEN: &[&str] = &[
    "Anna", "Jonas", "Maria", "Erik", "Lena", "Tomas", "Sofia", "Piotr", "Clara", "Mikael", "Ines",
    "Victor",
];
const SYL: &[&str] = &[
    "kor", "vel", "mar", "dan", "lin", "hol", "bra", "sten", "tor", "vik", "ran", "mel", "sor",
    "gal", "ber", "fen", "ost", "ula", "dra", "nes",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const OUTLETS: usize = 60;

fn word(rng: &mut Rng, parts: usize) -> String {
    let mut s = String::new();
    for _ in 0..parts {
        s.push_str(SYL[rng.below(SYL.len())]);
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => s,
    }
}

/// One story's facts, from which its articles are written.
struct Story {
    id: u64,
    event: usize,
    city: String,
    person: (String, String),
    org: String,
    n: u64,
    n2: u64,
    weekday: usize,
    day: i64,
    /// Texts written so far (family id, body) for copies and rewrites.
    written: Vec<(u64, String)>,
}

/// The lazy stream; see [`generate`].
pub struct Synthetic {
    config: SyntheticConfig,
    rng: Rng,
    produced: usize,
    live: Vec<Story>,
    next_story: u64,
    next_family: u64,
    /// Old stories kept so their city and people can recur years later.
    archive: Vec<(usize, String, (String, String), String)>,
}

/// Generate `config.articles` articles in publication order.
pub fn generate(config: SyntheticConfig) -> Synthetic {
    Synthetic {
        rng: Rng::new(config.seed),
        config,
        produced: 0,
        live: Vec::new(),
        next_story: 1,
        next_family: 1,
        archive: Vec::new(),
    }
}

fn civil(day: i64) -> String {
    // Inverse of days_from_civil (Howard Hinnant).
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}")
}

impl Synthetic {
    fn new_story(&mut self, day: i64) -> Story {
        let rng = &mut self.rng;
        // One story in ten revisits an old story's place and people, years later.
        let recur = !self.archive.is_empty() && rng.below(10) == 0;
        let (event, city, person, org) = if recur {
            self.archive[rng.below(self.archive.len())].clone()
        } else {
            let event = rng.below(EVENTS.len());
            let parts = 2 + rng.below(2);
            let city = word(rng, parts);
            let person = (GIVEN[rng.below(GIVEN.len())].to_string(), word(rng, 2));
            let org = format!(
                "{} {}",
                word(rng, 2),
                ["Group", "Institute", "Holdings", "Council", "Works"][rng.below(5)]
            );
            (event, city, person, org)
        };
        if !recur && self.archive.len() < 5000 {
            self.archive
                .push((event, city.clone(), person.clone(), org.clone()));
        }
        let id = self.next_story;
        self.next_story += 1;
        Story {
            id,
            event,
            city,
            person,
            org,
            n: 2 + rng.below(30) as u64,
            n2: 10 + rng.below(5000) as u64,
            weekday: rng.below(7),
            day,
            written: Vec::new(),
        }
    }

    fn fresh_text(rng: &mut Rng, s: &Story) -> String {
        let templates = EVENTS[s.event].1;
        // Drift: later reports may give other figures and spell the name differently.
        let n2 = if rng.below(4) == 0 {
            s.n2 + rng.below(20) as u64
        } else {
            s.n2
        };
        let given = if rng.below(8) == 0 {
            format!("{}a", &s.person.0)
        } else {
            s.person.0.clone()
        };
        let person = format!("{given} {}", s.person.1);
        let mut order: Vec<usize> = (0..templates.len()).collect();
        for k in (2..order.len()).rev() {
            let j = 1 + rng.below(k);
            order.swap(k, j);
        }
        let mut sentences: Vec<String> = order
            .iter()
            .map(|&i| {
                templates[i]
                    .replace("{city}", &s.city)
                    .replace("{person}", &person)
                    .replace("{org}", &s.org)
                    .replace("{n2}", &n2.to_string())
                    .replace("{n}", &s.n.to_string())
                    .replace("{d}", &(s.n2 % 10).to_string())
                    .replace("{weekday}", WEEKDAYS[s.weekday])
            })
            .collect();
        for _ in 0..2 + rng.below(4) {
            let at = 1 + rng.below(sentences.len());
            sentences.insert(at, FILLER[rng.below(FILLER.len())].to_string());
        }
        sentences.join(" ")
    }

    /// A light rewrite: drop a sentence, swap two, change a few words.
    fn rewrite(rng: &mut Rng, text: &str) -> String {
        let mut sentences: Vec<&str> = text.split_inclusive(". ").collect();
        if sentences.len() > 4 {
            sentences.remove(1 + rng.below(sentences.len() - 1));
        }
        let mut out = sentences.concat();
        for (a, b) in [
            ("said", "stated"),
            ("officials", "authorities"),
            ("on ", "late on "),
            ("more", "further"),
        ] {
            if rng.below(2) == 0 {
                out = out.replacen(a, b, 1);
            }
        }
        out
    }
}

impl Iterator for Synthetic {
    type Item = SyntheticDoc;

    fn next(&mut self) -> Option<SyntheticDoc> {
        if self.produced >= self.config.articles {
            return None;
        }
        let i = self.produced;
        self.produced += 1;
        let day = 19_000 + (i / self.config.per_day.max(1)) as i64;
        self.live.retain(|s| s.day + 4 >= day);
        // About one article in four opens a story; stories live five days.
        if self.live.is_empty() || self.rng.below(4) == 0 {
            let s = self.new_story(day);
            self.live.push(s);
        }
        let si = if self.live.len() > 1 && self.rng.below(3) > 0 {
            self.live.len() - 1 - self.rng.below(self.live.len().min(40))
        } else {
            self.rng.below(self.live.len())
        };
        let outlet = self.rng.below(OUTLETS);
        let roll = self.rng.below(100);
        let (family, body, exact) = {
            let rng = &mut self.rng;
            let s = &mut self.live[si];
            if !s.written.is_empty() && roll < 25 {
                let (f, t) = s.written[rng.below(s.written.len())].clone();
                (f, t, false) // wire copy, new page furniture
            } else if !s.written.is_empty() && roll < 35 {
                let (f, t) = s.written[rng.below(s.written.len())].clone();
                (f, Synthetic::rewrite(rng, &t), false)
            } else if !s.written.is_empty() && roll < 38 {
                let (f, t) = s.written[rng.below(s.written.len())].clone();
                (f, t, true) // exact re-send
            } else {
                let f = self.next_family;
                self.next_family += 1;
                let t = Synthetic::fresh_text(rng, s);
                s.written.push((f, t.clone()));
                (f, t, false)
            }
        };
        let s = &self.live[si];
        let title = format!(
            "{} in {}",
            ["Update", "Breaking", "Report", "News"][s.id as usize % 4],
            s.city
        );
        let (text, doc_id) = if exact {
            (
                format!("{title}\n\n{body}\n"),
                format!("syn-{}-{}", s.id, family),
            )
        } else {
            let noise = NOISE[self.rng.below(NOISE.len())];
            (
                format!("{title}\n\n{body}\n\nOutlet {outlet}. {noise}.\n"),
                format!("syn-{i}"),
            )
        };
        let mut doc = Document::from_text(doc_id.clone(), format!("synthetic:{doc_id}"), text);
        doc.title = Some(title);
        doc.published = Some(civil(day));
        doc.meta.site = Some(format!("outlet{outlet}.example"));
        Some(SyntheticDoc {
            doc,
            story: s.id,
            family,
            exact_repeat: exact,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_ordered_and_keyed() {
        let cfg = SyntheticConfig {
            articles: 500,
            seed: 3,
            per_day: 50,
        };
        let a: Vec<SyntheticDoc> = generate(cfg.clone()).collect();
        let b: Vec<SyntheticDoc> = generate(cfg).collect();
        assert_eq!(a.len(), 500);
        assert!(a
            .iter()
            .zip(&b)
            .all(|(x, y)| x.doc.text == y.doc.text && x.story == y.story));
        let days: Vec<&str> = a
            .iter()
            .map(|d| d.doc.published.as_deref().unwrap_or(""))
            .collect();
        assert!(days.windows(2).all(|w| w[0] <= w[1]), "publication order");
        assert_eq!(days[0], "2022-01-08");
        let stories: std::collections::HashSet<u64> = a.iter().map(|d| d.story).collect();
        let families: std::collections::HashSet<u64> = a.iter().map(|d| d.family).collect();
        assert!(
            stories.len() > 50 && families.len() > stories.len(),
            "{} {}",
            stories.len(),
            families.len()
        );
        assert!(a.iter().any(|d| d.exact_repeat));
    }
}
