//! Frames: what each figure measures, of what, where, as of when, on whose
//! word and how exactly ([`crosscheck_model::Frame`]).
//!
//! Read from the figure's own sentence with the lexicon in [`words`]: the
//! unit and the words next to a length say whether it is a depth, a
//! distance, a length or a height; the outcome word of a count of people
//! says which toll it is; a year in the clause ("since 1918, when 453 people
//! died") gives the figure to another event; "in Wajima" after it scopes
//! it; "at least" bounds it; "rose to" makes it an update; the nearest
//! organisation is who it is credited to. A figure none of this recognises
//! gets no frame and is compared by its words, as before.

pub mod moment;
pub mod words;

use crosscheck_model::{
    back, Bound, Entity, EntityKind, Fact, Frame, Holder, Measure, Mention, Moment, Sentence, Span,
    Value, ValueKind,
};

use crate::facts::context::stem;

/// How far (bytes) from a figure a year may be and still name the event it
/// belongs to.
const YEAR_REACH: usize = 100;
/// How far (bytes) after a figure its scope ("in Wajima") may be.
const SCOPE_REACH: usize = 60;
/// How many words either side of a length its cue word may be.
const CUE_WORDS: usize = 5;

/// Fill the frame of every figure fact whose measure is recognised.
pub fn fill(
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    entities: &[Entity],
    values: &[Value],
    facts: &mut [Fact],
) {
    let places: Vec<(Span, String, bool)> = facts
        .iter()
        .filter(|f| f.attribute == crosscheck_model::Attribute::Value(ValueKind::Place))
        .map(|f| (f.span, f.value.key.clone(), f.value.location.is_some()))
        .collect();
    for f in facts.iter_mut() {
        if matches!(
            f.attribute,
            crosscheck_model::Attribute::Value(
                ValueKind::Weekday | ValueKind::Time | ValueKind::Date
            )
        ) {
            if let Some(sentence) = sentences.get(f.sentence) {
                f.moment = moment::of_time(text, sentence.span, f.span);
            }
            continue;
        }
        if !matches!(
            f.attribute,
            crosscheck_model::Attribute::Value(ValueKind::Count | ValueKind::Quantity)
        ) {
            continue;
        }
        let (Some(v), Some(sentence)) = (
            values.iter().find(|v| v.span == f.span),
            sentences.get(f.sentence),
        ) else {
            continue;
        };
        let context = Context {
            text,
            sentence: sentence.span,
            at: f.span,
            values,
            places: &places,
            mentions,
            entities,
        };
        f.frame = frame(&context, v);
        // A distance's value is its displacement: "72 km southwest" is
        // what a report states, and what a contest over it must quote.
        // Its comparison key carries the bearing, so that "72 km southwest"
        // and "72 km northeast" are two values; the frames judge whether
        // two bearings agree.
        if let Some(fr) = f
            .frame
            .as_mut()
            .filter(|fr| fr.measure == Measure::Distance)
        {
            if let Some((degrees, end)) = bearing_after(text, f.span.end, sentence.span.end) {
                fr.bearing = Some(degrees);
                f.span = Span::new(f.span.start, end);
                f.value.display = f.span.slice(text).to_string();
                f.value.key = format!("{} bearing {degrees}", f.value.key);
            }
        }
    }
}

/// What a frame is read from: the document, the figure's sentence and span,
/// and the other things the analysis found in it.
struct Context<'a> {
    text: &'a str,
    sentence: Span,
    at: Span,
    values: &'a [Value],
    places: &'a [(Span, String, bool)],
    mentions: &'a [Mention],
    entities: &'a [Entity],
}

impl Context<'_> {
    /// Lower-case words of the sentence before the figure, nearest last.
    fn words_before(&self) -> Vec<String> {
        words(&self.text[self.sentence.start..self.at.start])
    }

    /// Lower-case words of the sentence after the figure, nearest first.
    fn words_after(&self) -> Vec<String> {
        words(&self.text[self.at.end..self.sentence.end])
    }

    /// The sentence before the figure, lower case, at most `bytes` long.
    fn lead(&self, bytes: usize) -> String {
        self.text[back(self.text, self.at.start, bytes).max(self.sentence.start)..self.at.start]
            .to_lowercase()
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '-' | '–' | '—'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn frame(c: &Context, v: &Value) -> Option<Frame> {
    let unit = v.unit.as_deref().unwrap_or("");
    let number = v.number?;
    let (measure, factor) = if unit == "magnitude" {
        (Measure::Magnitude, 1.0)
    } else if let Some(&(_, f)) = words::LENGTH_UNITS.iter().find(|(u, _)| *u == unit) {
        (length_measure(c)?, f)
    } else if let Some(&(_, f)) = words::AREA_UNITS.iter().find(|(u, _)| *u == unit) {
        (Measure::Area, f)
    } else if v.kind == ValueKind::Count {
        (toll(c, unit)?, 1.0)
    } else {
        return None;
    };
    let scope = scope(c, measure);
    // A distance from nowhere named ("1,600 feet from the ship") is not a
    // fact of the story's geography: left to word comparison.
    if measure == Measure::Distance && scope.is_none() {
        return None;
    }
    let display = v.span.slice(c.text);
    let (bound, vague) = bound(c, v);
    let amount = number * factor;
    let step = if vague {
        amount
    } else {
        step(display, number) * factor
    };
    Some(Frame {
        measure,
        holder: holder(c, measure),
        // Read by `fill`, which also widens the fact to cover it.
        bearing: None,
        scope,
        as_of: as_of(c),
        update: words::UPDATES.iter().any(|u| c.lead(80).contains(u)),
        attribution: attribution(c),
        bound,
        amount,
        step,
    })
}

/// The compass direction written right after a distance, past a bracketed
/// conversion: "72km southwest of", "72 kilometres (45 miles) south-west
/// of", "30 km east-northeast of". Returns the bearing in degrees and the
/// byte where the direction's words end.
pub fn bearing_after(text: &str, from: usize, end: usize) -> Option<(f64, usize)> {
    let rest = text.get(from..end)?;
    let mut at = rest.len() - rest.trim_start().len();
    if rest[at..].starts_with('(') {
        at += rest[at..].find(')')? + 1;
        at += rest[at..].len() - rest[at..].trim_start().len();
    }
    // Up to three compass words joined by spaces or hyphens; the longest
    // run that names a point wins ("east-northeast", not "east").
    let mut name = String::new();
    let mut best = None;
    let mut i = at;
    for _ in 0..3 {
        let len = rest[i..]
            .find(|ch: char| !ch.is_ascii_alphabetic())
            .unwrap_or(rest.len() - i);
        let word = rest[i..i + len].to_ascii_lowercase();
        if !words::is_compass_part(&word) {
            break;
        }
        name.push_str(&word);
        if let Some(degrees) = words::compass(&name) {
            best = Some((degrees, from + i + len));
        }
        i += len;
        if !rest[i..].starts_with(['-', ' ']) {
            break;
        }
        i += 1;
    }
    best
}

/// Depth, height, length or distance: the cue word nearest the figure.
fn length_measure(c: &Context) -> Option<Measure> {
    let (before, after) = (c.words_before(), c.words_after());
    // "the 21-foot submersible": a length written as an adjective of a vessel.
    if after
        .first()
        .is_some_and(|w| words::VESSELS.contains(&w.as_str()))
    {
        return Some(Measure::Length);
    }
    let mut best: Option<(usize, Measure)> = None;
    for (measure, cues) in words::LENGTH_CUES {
        let near_before = before
            .iter()
            .rev()
            .take(CUE_WORDS)
            .position(|w| cues.contains(&w.as_str()));
        let near_after = after
            .iter()
            .take(CUE_WORDS)
            .position(|w| cues.contains(&w.as_str()));
        for d in [near_before, near_after].into_iter().flatten() {
            if best.is_none_or(|(b, _)| d < b) {
                best = Some((d, *measure));
            }
        }
    }
    best.map(|(_, m)| m)
}

/// Which toll a count of people is, from the outcome word nearest it.
fn toll(c: &Context, noun: &str) -> Option<Measure> {
    let noun = stem(noun);
    if !noun.is_empty() && !words::PEOPLE.iter().any(|p| noun.starts_with(p)) {
        return None;
    }
    // "10 bodies", "2059 injured", "30 reported injuries": the counted noun
    // names the outcome itself.
    // "Residents" count anyone; "inhabitants" count a population.
    let own = crate::facts::outcome_of_word(&noun)
        .filter(|class| *class != "population" || noun.starts_with("inhabit"));
    // Else the state written right after it ("5,000 people believed
    // dead"), else the verb before it in its clause ("killed at least 41
    // people"), else a word after it ("812 people … were displaced"); never a verb
    // before another figure ("killed 12 people and left hundreds of
    // families without shelter").
    let from_figure = Span::new(c.at.start, c.sentence.end);
    let population =
        crate::facts::outcome(c.text, c.sentence, c.at).filter(|class| *class == "population");
    // "claimed 86 lives", "took 200 lives": lives counted are lives lost,
    // unless a verb says otherwise ("saved 10 lives").
    let lives = (noun == "live" || noun == "life").then_some("dead");
    let class = own
        .or(population)
        .or_else(|| crate::facts::outcome_after(c.text, c.sentence, c.at))
        .or_else(|| crate::facts::outcome_before(c.text, c.sentence, c.at))
        .or(lives)
        .or_else(|| crate::facts::outcome(c.text, from_figure, c.at))?;
    let measure = words::OUTCOMES.iter().find(|(name, _)| *name == class)?.1;
    // "including 1,404 in critical condition" after "2,059 injured" is
    // another figure's: read only up to the next comma or figure.
    let rest = &c.text[c.at.end..c.sentence.end];
    let clause = &rest[..rest
        .find(|ch: char| matches!(ch, ',' | ';') || ch.is_ascii_digit())
        .unwrap_or(rest.len())];
    let after: String = words(clause)
        .into_iter()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    let critical =
        words::CRITICAL.iter().any(|w| after.contains(w)) || c.lead(20).contains("critically");
    Some(
        if critical && matches!(measure, Measure::Injured | Measure::Deaths) {
            Measure::Critical
        } else {
            measure
        },
    )
}

/// "at least", "up to", "about" right before the figure, or a vague amount
/// ("thousands of people"), a floor under the next order of magnitude. The flag is true for a vague
/// amount, whose rounding step is its whole size.
fn bound(c: &Context, v: &Value) -> (Bound, bool) {
    bound_as_written(c.text, c.sentence, v)
}

/// How the figure `v` of `sentence` is bounded as written, and whether it is
/// a vague amount ("dozens of", "hundreds"), which is [`Bound::Vague`]. Longer
/// phrases are tried first, so "no more than" is not read as "more than".
pub(crate) fn bound_as_written(text: &str, sentence: Span, v: &Value) -> (Bound, bool) {
    let lead = text[back(text, v.span.start, 24).max(sentence.start)..v.span.start].to_lowercase();
    let lead = lead.trim_end();
    let display = v.span.slice(text).to_lowercase();
    if v.normalized.contains('+')
        || display.starts_with(|ch: char| ch.is_alphabetic()) && display.contains("s of")
    {
        return (Bound::Vague, true);
    }
    let mut phrases: Vec<&(&str, Bound)> = words::BOUNDS.iter().collect();
    phrases.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
    for (phrase, bound) in phrases {
        let at_word_start = |s: &str| {
            s.len() == phrase.len()
                || !s.as_bytes()[s.len() - phrase.len() - 1].is_ascii_alphabetic()
        };
        if lead.ends_with(phrase) && at_word_start(lead)
            || display.starts_with(&format!("{phrase} "))
        {
            return (*bound, false);
        }
    }
    (
        if v.approximate {
            Bound::About
        } else {
            Bound::Exact
        },
        false,
    )
}

/// The rounding step of a figure as written: its last significant digit,
/// at most a twentieth of its size ("10,000 square miles" is not "anything
/// from 5,000 to 15,000").
fn step(display: &str, number: f64) -> f64 {
    let digits: String = display
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let digits = digits.trim_end_matches(['.', ',']).replace(',', "");
    let raw = if digits.is_empty() {
        1.0
    } else if let Some((_, decimals)) = digits.split_once('.') {
        10f64.powi(-(decimals.len() as i32))
    } else {
        let zeros = digits.chars().rev().take_while(|&c| c == '0').count();
        // "2.3 million" is rounded at its decimal, handled above; "2,000" at its thousands.
        10f64.powi(zeros as i32)
    };
    // The written digits times this give the figure ("2.3 million": 2.3 × 10⁶).
    let scale = if digits.is_empty() {
        1.0
    } else {
        number
            / digits
                .parse::<f64>()
                .unwrap_or(number)
                .max(f64::MIN_POSITIVE)
    };
    (raw * scale).min((number.abs() / 20.0).max(raw.min(1.0) * scale))
}

/// An aftershock's figure, or one of an event of a named year.
fn holder(c: &Context, measure: Measure) -> Option<Holder> {
    if measure == Measure::Magnitude {
        let (before, after) = (c.words_before(), c.words_after());
        // "more than 40 aftershocks had been recorded, the strongest of magnitude 4.8"
        let mut near = before.iter().rev().take(10).chain(after.iter().take(2));
        if near.any(|w| words::AFTERSHOCK.contains(&w.as_str())) {
            return Some(Holder::Aftershock);
        }
    }
    // Years are read off the sentence itself: the value finder keeps a
    // year only where it dates something ("in 2014"), not in "since 1918,
    // when" or "the 2018 Camp Fire".
    let s = &c.text[c.sentence.start..c.sentence.end];
    let bytes = s.as_bytes();
    let mut best: Option<(usize, i32)> = None;
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let token = i == 0
            || !bytes[i - 1].is_ascii_alphanumeric()
                && bytes[i - 1] != b','
                && bytes[i - 1] != b'.';
        let four = bytes[i..i + 4].iter().all(u8::is_ascii_digit);
        let ends = bytes.get(i + 4).is_none_or(|b| {
            !b.is_ascii_digit() && (*b != b',' || !bytes.get(i + 5).is_some_and(u8::is_ascii_digit))
        });
        if token && four && ends {
            let at = c.sentence.start + i;
            let year: i32 = s[i..i + 4].parse().unwrap_or(0);
            let gap = if at + 4 <= c.at.start {
                c.at.start - at - 4
            } else {
                at.saturating_sub(c.at.end)
            };
            // "2,012 people had been killed and 2059 injured": a figure, not a year.
            let inside = c.values.iter().any(|v| {
                matches!(v.kind, ValueKind::Count | ValueKind::Quantity)
                    && v.span.start <= at
                    && at < v.span.end
            });
            if !inside
                && (1800..=2100).contains(&year)
                && gap <= YEAR_REACH
                && best.is_none_or(|(g, _)| gap < g)
            {
                best = Some((gap, year));
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    best.map(|(_, y)| Holder::Year(y))
}

/// For a distance, the place it is measured from ("72 km southwest of
/// Marrakesh"); for other figures, a city the figure is given for ("31
/// people died in Wajima"). Countries and regions do not scope: a national
/// toll is the story's toll.
fn scope(c: &Context, measure: Measure) -> Option<String> {
    let reach = c.at.end + SCOPE_REACH;
    let mut after = c.places.iter().filter(|(span, ..)| {
        span.start >= c.at.end && span.end <= c.sentence.end && span.start <= reach
    });
    if measure == Measure::Distance {
        return after.next().map(|(_, key, _)| key.clone());
    }
    if let Some((span, key, _)) = after.find(|(_, _, city)| *city) {
        let between = &c.text[c.at.end..span.start];
        if between.contains(" in ") && !between.contains([',', ';', '.']) {
            return Some(key.clone());
        }
    }
    // "In the eastern town of Derna, which was the hardest hit, up to 6,000
    // people were missing": a city the sentence opens with, before the figure.
    let (span, key, _) = c
        .places
        .iter()
        .filter(|(span, _, city)| *city && span.start >= c.sentence.start && span.end <= c.at.start)
        .min_by_key(|(span, ..)| span.start)?;
    let opening = c.text[c.sentence.start..span.start].to_lowercase();
    let between = &c.text[span.end..c.at.start];
    (opening.starts_with("in ")
        && !between.contains([';', '.'])
        && !between.chars().any(|ch| ch.is_ascii_digit()))
    .then(|| key.clone())
}

/// The day the figure is given as of: a weekday or date of its sentence
/// that dates a count ([`Moment::Snapshot`]: "as of Tuesday", "rose to 93
/// on Saturday"). The day of the event itself ("killed 12 people on
/// Monday") is not an as-of day: two reports giving different tolls for
/// it disagree.
fn as_of(c: &Context) -> Option<String> {
    c.values
        .iter()
        .filter(|d| {
            matches!(d.kind, ValueKind::Weekday | ValueKind::Date)
                && d.span.start >= c.sentence.start
                && d.span.end <= c.sentence.end
        })
        .find(|d| moment::of_time(c.text, c.sentence, d.span) == Some(Moment::Snapshot))
        .map(|d| d.normalized.clone())
}

/// The organisation the sentence credits the figure to: the nearest one
/// before it ("The US Geological Survey said the quake had a magnitude of
/// 6.8"), else the nearest after ("…, the US Geological Survey reported").
fn attribution(c: &Context) -> Option<String> {
    let orgs = c.mentions.iter().filter(|m| {
        m.kind == EntityKind::Organization
            && m.span.start >= c.sentence.start
            && m.span.end <= c.sentence.end
    });
    let before = orgs
        .clone()
        .filter(|m| m.span.end <= c.at.start)
        .max_by_key(|m| m.span.end);
    let chosen = before.or_else(|| {
        orgs.filter(|m| m.span.start >= c.at.end)
            .min_by_key(|m| m.span.start)
    })?;
    c.entities.get(chosen.entity).map(|e| e.key.clone())
}

#[cfg(test)]
mod tests;
