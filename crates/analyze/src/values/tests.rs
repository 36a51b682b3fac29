//! End-to-end tests of [`super::find`] on hand-written sentences.
use crosscheck_model::{EntityKind, Mention, Sentence, Span, Value, ValueKind};

use super::find;
use ValueKind::*;

/// Every non-empty line is one sentence (so the tests do not depend on the
/// sentence splitter).
fn lines(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = at + (line.len() - line.trim_start().len());
            out.push(Sentence {
                span: Span::new(start, start + trimmed.len()),
                headline: false,
            });
        }
        at += line.len();
    }
    out
}

fn values(text: &str) -> Vec<Value> {
    let found = find(text, &lines(text), &[]);
    for v in &found {
        assert!(text.is_char_boundary(v.span.start) && text.is_char_boundary(v.span.end));
    }
    found
}

/// (kind, exact span text, normalized) for each value.
fn summary(text: &str) -> Vec<(ValueKind, String, String)> {
    values(text)
        .into_iter()
        .map(|v| (v.kind, v.span.slice(text).to_string(), v.normalized))
        .collect()
}

/// The only value of `kind` in `text`.
fn only(text: &str, kind: ValueKind) -> Value {
    let found: Vec<Value> = values(text)
        .into_iter()
        .filter(|v| v.kind == kind)
        .collect();
    assert_eq!(found.len(), 1, "{kind:?} in {text:?}: {found:?}");
    found.into_iter().next().expect("one value")
}

fn has(text: &str, kind: ValueKind, quote: &str, norm: &str) {
    let s = summary(text);
    assert!(
        s.iter()
            .any(|(k, q, n)| *k == kind && q == quote && n == norm),
        "expected {kind:?} {quote:?} → {norm:?} in {text:?}; got {s:?}"
    );
}

fn none_of(text: &str, kind: ValueKind) {
    let s = summary(text);
    assert!(
        s.iter().all(|(k, _, _)| *k != kind),
        "no {kind:?} expected in {text:?}; got {s:?}"
    );
}

#[test]
fn compound_durations_are_one_span_in_the_smaller_unit() {
    has(
        "Contact was lost 1 hour and 45 minutes into the dive.",
        Duration,
        "1 hour and 45 minutes",
        "105 minute",
    );
    has(
        "Contact was lost an hour and 45 minutes into the dive.",
        Duration,
        "an hour and 45 minutes",
        "105 minute",
    );
    has(
        "The siege lasted two days and six hours.",
        Duration,
        "two days and six hours",
        "54 hour",
    );
    has(
        "Contact was lost 45 minutes into the dive.",
        Duration,
        "45 minutes",
        "45 minute",
    );
}

#[test]
fn durations() {
    has(
        "The envoy held a three-hour meeting.",
        Duration,
        "three-hour",
        "3 hour",
    );
    has(
        "The ceasefire lasted ten days.",
        Duration,
        "ten days",
        "10 day",
    );
    has(
        "It took 18 months to agree.",
        Duration,
        "18 months",
        "18 month",
    );
    has("an 18-month-long process", Duration, "18-month", "18 month");
    has("a three-week window", Duration, "three-week", "3 week");
    has(
        "The talks ran for two and a half hours.",
        Duration,
        "two and a half hours",
        "2.5 hour",
    );
    has(
        "They waited half an hour.",
        Duration,
        "half an hour",
        "0.5 hour",
    );
    has("The 10-day visit ended.", Duration, "10-day", "10 day");
    has(
        "It marked the one-year anniversary.",
        Duration,
        "one-year",
        "1 year",
    );
    has(
        "after three full days of talks",
        Duration,
        "three full days",
        "3 day",
    );
    let v = only("A deal is due within approximately ten days.", Duration);
    assert!(v.approximate);
    assert_eq!((v.number, v.unit.as_deref()), (Some(10.0), Some("day")));
    let v = only("They spoke for several days.", Duration);
    assert!(v.approximate);
    assert_eq!(v.normalized, "3+ day");
}

#[test]
fn counts() {
    has(
        "Russia has 24,400 military personnel there.",
        Count,
        "24,400 military personnel",
        "24400 personnel",
    );
    has(
        "Officials said 812 people were evacuated.",
        Count,
        "812 people",
        "812 people",
    );
    has("Three people were hurt.", Count, "Three people", "3 people");
    has("one person died", Count, "one person", "1 people");
    // Two nouns for the same people are one unit.
    has(
        "3 bank employees burnt to death.",
        Count,
        "3 bank employees",
        "3 worker",
    );
    has(
        "It came after three bank workers died.",
        Count,
        "three bank workers",
        "3 worker",
    );
    has(
        "The war caused hundreds of thousands of casualties.",
        Count,
        "hundreds of thousands of casualties",
        "200000+ casualty",
    );
    has(
        "Three Russian officials attended.",
        Count,
        "Three Russian officials",
        "3 official",
    );
    has(
        "He brought 1.5 million troops.",
        Count,
        "1.5 million troops",
        "1500000 troop",
    );
    has(
        "a dozen reporters waited",
        Count,
        "a dozen reporters",
        "12 reporter",
    );
    let v = only("Dozens of people gathered outside.", Count);
    assert!(v.approximate);
    assert_eq!((v.number, v.unit.as_deref()), (Some(24.0), Some("people")));
    let v = only("More than 200 protesters were detained.", Count);
    assert!(v.approximate);
    assert_eq!(
        v.span.slice("More than 200 protesters were detained."),
        "200 protesters"
    );
    let v = only("an estimated 5,000 refugees crossed", Count);
    assert!(v.approximate);
    assert!(!only("exactly 5,000 refugees crossed", Count).approximate);
}

#[test]
fn news_conventions() {
    has(
        "more than 300 injured, 41 of them seriously",
        Count,
        "300 injured",
        "300 injured",
    );
    has("The blast left 12 dead.", Count, "12 dead", "12 dead");
    has("12 killed in the blast", Count, "12 killed", "12 dead");
    has(
        "The death toll stood at 12 on Sunday.",
        Count,
        "12",
        "12 dead",
    );
    has("The toll rose to 19 by Monday.", Count, "19", "19 dead");
    has("Milan Dusek, 58, was pulled out.", Quantity, "58", "age 58");
    has("said Dora Palic, 34.", Quantity, "34", "age 34");
    has("The Two-Year War", Duration, "Two-Year", "2 year");
    has(
        "released 50 million crowns in aid",
        Quantity,
        "50 million crowns",
        "50000000 crown",
    );
    none_of("On March 9, 2025, the quake struck.", Quantity);
    none_of("He scored 12 points.", Quantity);
}

#[test]
fn numbers_that_are_not_counts() {
    for text in [
        "Traffic stopped on U.S. Route 1 near the bridge.",
        "Call 555-123-4567 for details.",
        "Call (202) 555 0100 for details.",
        "COVID-19 cases fell.",
        "The G7 leaders met.",
        "Fox News 2 reported the story.",
        "He is one of the negotiators.",
        "No one came to the talks.",
        "The score was 2-1 to the hosts.",
        "Article 5 commitments were discussed.",
        "See No. 5 on the list.",
    ] {
        none_of(text, Count);
        none_of(text, Quantity);
        none_of(text, Duration);
    }
}

#[test]
fn quantities() {
    has(
        "The tower is 948 feet tall.",
        Quantity,
        "948 feet",
        "948 foot",
    );
    has("a 300-metre wall", Quantity, "300-metre", "300 metre");
    has(
        "The crater was 30km wide.",
        Quantity,
        "30km",
        "30 kilometre",
    );
    has(
        "an area of 300 square kilometres",
        Quantity,
        "300 square kilometres",
        "300 square kilometre",
    );
    has(
        "winds of 90 miles per hour",
        Quantity,
        "90 miles per hour",
        "90 mile per hour",
    );
    has(
        "The fund holds $5 million.",
        Quantity,
        "$5 million",
        "5000000 usd",
    );
    has("a €3bn loan", Quantity, "€3bn", "3000000000 eur");
    has(
        "aid worth US$2.5 billion",
        Quantity,
        "US$2.5 billion",
        "2500000000 usd",
    );
    has(
        "a fine of 5 million euros",
        Quantity,
        "5 million euros",
        "5000000 eur",
    );
    has("a bill of 300 rubles", Quantity, "300 rubles", "300 rub");
    has("prices rose 12%", Quantity, "12%", "12 percent");
    has(
        "prices rose 12 percent",
        Quantity,
        "12 percent",
        "12 percent",
    );
    has(
        "prices rose 4 per cent",
        Quantity,
        "4 per cent",
        "4 percent",
    );
    has(
        "a magnitude 6.7 quake",
        Quantity,
        "magnitude 6.7",
        "magnitude 6.7",
    );
    has(
        "a 6.7-magnitude quake",
        Quantity,
        "6.7-magnitude",
        "magnitude 6.7",
    );
    has(
        "a magnitude-6.7 quake",
        Quantity,
        "magnitude-6.7",
        "magnitude 6.7",
    );
    has(
        "Earlier a 5.6 quake jolted the island",
        Quantity,
        "5.6",
        "magnitude 5.6",
    );
    has("the 33-year-old envoy", Quantity, "33-year-old", "age 33");
    has("He is 33 years old.", Quantity, "33 years old", "age 33");
    has("a man aged 71", Quantity, "aged 71", "age 71");
    has(
        "temperatures of 30 degrees Celsius",
        Quantity,
        "30 degrees Celsius",
        "30 celsius",
    );
    has("it was 86°F outside", Quantity, "86°F", "86 fahrenheit");
    has("a 5 pound bag", Quantity, "5 pound", "5 pound");
    has(
        "a 5 million pounds deal",
        Quantity,
        "5 million pounds",
        "5000000 gbp",
    );
    let v = only("Millions of dollars were lost.", Quantity);
    assert!(v.approximate);
    assert_eq!(v.normalized, "2000000+ usd");
    assert!(only("nearly 12% of voters", Quantity).approximate);
}

#[test]
fn dates_years_weekdays_times() {
    has(
        "The invasion began in February 2022.",
        Date,
        "February 2022",
        "2022-02",
    );
    has(
        "On Jan. 5, 2024 they met.",
        Date,
        "Jan. 5, 2024",
        "2024-01-05",
    );
    has(
        "On 5 January 2024 they met.",
        Date,
        "5 January 2024",
        "2024-01-05",
    );
    has(
        "They met on January 5 in Paris.",
        Date,
        "January 5",
        "--01-05",
    );
    has(
        "Tuesday, November 27-2005 at 16:12",
        Date,
        "November 27-2005",
        "2005-11-27",
    );
    has(
        "Talks ran January 5-10 in Paris.",
        Date,
        "January 5",
        "--01-05",
    );
    has("Talks resume Dec. 2.", Date, "Dec. 2", "--12-02");
    has("Talks resume Dec 2nd.", Date, "Dec 2nd", "--12-02");
    has("It struck on 9 March.", Date, "9 March", "--03-09");
    has("It struck on Sept. 9.", Date, "Sept. 9", "--09-09");
    has(
        "Published 2024-03-09 in print.",
        Date,
        "2024-03-09",
        "2024-03-09",
    );
    has("The truce held since March.", Date, "March", "--03");
    none_of("Protesters march on the capital.", Date);
    none_of("They may meet on Feb. 30.", Date);

    has("Crimea was annexed in 2014.", Year, "2014", "2014");
    has("Sanctions have grown since 2014.", Year, "2014", "2014");
    has("It is 2022’s largest deal.", Year, "2022", "2022");
    has("after the 2014 annexation of Crimea", Year, "2014", "2014");
    has("in mid-2014 the war began", Year, "2014", "2014");
    none_of("In all, 2014 people signed.", Year);
    none_of("The stadium holds 2014 people.", Year);
    none_of("It cost 2,014 dollars.", Year);
    none_of("the 2014-15 season", Year);
    has(
        "The stadium holds 2014 people.",
        Count,
        "2014 people",
        "2014 people",
    );

    has("They meet on Tuesday.", Weekday, "Tuesday", "tuesday");
    has("Tuesday’s meeting was long.", Weekday, "Tuesday", "tuesday");
    has(
        "in the latter half of Tuesday",
        Weekday,
        "Tuesday",
        "tuesday",
    );

    has(
        "The talks start at 3 p.m. local time.",
        Time,
        "3 p.m.",
        "15:00",
    );
    has("The talks start at 3:30 pm.", Time, "3:30 pm", "15:30");
    has("The talks start at 11 AM.", Time, "11 AM", "11:00");
    has("The talks start at 15:30 sharp.", Time, "15:30", "15:30");
    for clock in [
        "He tied Ford with 14:05 left in the half.",
        "Drake scored with 1:41 to play.",
        "It was 45-36 with 13:41 remaining.",
    ] {
        none_of(clock, Time);
    }
    has("They met at noon.", Time, "noon", "12:00");
    has("They met at midnight.", Time, "midnight", "00:00");
    has("They met at 12 a.m.", Time, "12 a.m.", "00:00");
    has("They met at 10 o'clock.", Time, "10 o'clock", "10:00");
    has("They met at ten o’clock.", Time, "ten o’clock", "10:00");
}

#[test]
fn ordinals() {
    has(
        "It was their third extended meeting.",
        Ordinal,
        "third extended meeting",
        "3 meeting",
    );
    has(
        "It was the 3rd meeting.",
        Ordinal,
        "3rd meeting",
        "3 meeting",
    );
    has(
        "For the first time, they agreed.",
        Ordinal,
        "first time",
        "1 time",
    );
    has(
        "The first ever meeting took place.",
        Ordinal,
        "first ever meeting",
        "1 meeting",
    );
    has(
        "the twenty-first century",
        Ordinal,
        "twenty-first century",
        "21 century",
    );
    has("the fourth year of war", Ordinal, "fourth year", "4 year");
    none_of("First, the envoy flew in.", Ordinal);
    none_of("They first met in 2019.", Ordinal);
    none_of("They first visited Moscow.", Ordinal);
    none_of("The Second World War ended.", Ordinal);
    none_of("It lasted 30 second intervals.", Ordinal);
    none_of("On January 5th talks began.", Ordinal);
}

#[test]
fn places_from_gazetteer_and_mentions() {
    has(
        "Witkoff met Putin in Moscow on Tuesday.",
        Place,
        "Moscow",
        "moscow",
    );
    has("Talks in Geneva stalled.", Place, "Geneva", "geneva");
    has(
        "He flew to the U.S. on Monday.",
        Place,
        "U.S",
        "united states",
    );
    has("They met in central Moscow.", Place, "Moscow", "moscow");
    none_of("Witkoff met Putin in March.", Place);
    none_of("Moscow rejected the plan.", Place);
    has(
        "The town lies about 40 miles north of Anchorage.",
        Place,
        "Anchorage",
        "anchorage",
    );
    none_of("The north of the country was quiet.", Place);

    // Names the gazetteer does not know, in a narrow context.
    has(
        "The quake hit the city of Korvath at dawn.",
        Place,
        "Korvath",
        "korvath",
    );
    has(
        "Rescuers worked in Sarnow overnight.",
        Place,
        "Sarnow",
        "sarnow",
    );
    for text in [
        "The shift in Trump's view was clear.",
        "The bill stalled in Congress again.",
        "He replied in English to the question.",
        "Members spoke in NATO meetings.",
        "It happened in Vladimir Putin's first term.",
        "Witkoff Meets Putin In Push For Peace Talks",
        "They spoke to Zorbania officials.",
    ] {
        none_of(text, Place);
    }

    // A place mention from the mention finder is used as is.
    let text = "The envoy flew to Zorbania.";
    let start = text.find("Zorbania").expect("name");
    let mention = Mention {
        span: Span::new(start, start + "Zorbania".len()),
        sentence: 0,
        kind: EntityKind::Place,
        person: None,
        role: None,
        entity: 0,
    };
    let found = find(text, &lines(text), &[mention]);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].kind, found[0].normalized.as_str()),
        (Place, "zorbania")
    );
    // Without the mention, an unknown name after "to" is not a place.
    none_of(text, Place);
}

#[test]
fn values_are_ordered_disjoint_and_in_their_sentence() {
    let text = "Witkoff met Putin in Moscow on Tuesday, Jan. 5, 2024 at 3 p.m.\n\
                The three-hour talks, their third extended meeting, involved 24,400 military personnel.\n";
    let found = values(text);
    let kinds: Vec<ValueKind> = found.iter().map(|v| v.kind).collect();
    assert_eq!(
        kinds,
        [Place, Weekday, Date, Time, Duration, Ordinal, Count]
    );
    for pair in found.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
    }
    assert_eq!(
        found.iter().map(|v| v.sentence).collect::<Vec<_>>(),
        [0, 0, 0, 0, 1, 1, 1]
    );
}

#[test]
fn a_thirty_kilobyte_text_is_read_whole() {
    // Speed is measured by `crosscheck bench`, not asserted here.
    let para = "Witkoff met Putin in Moscow on Tuesday for a three-hour meeting, the third since February 2022. \
                About 24,400 military personnel and hundreds of thousands of casualties were discussed at 3 p.m.\n";
    let text = para.repeat(30_000 / para.len() + 1);
    let sentences = lines(&text);
    let found = find(&text, &sentences, &[]);
    assert!(found.len() > 1000);
    assert!(
        found
            .last()
            .is_some_and(|v| v.span.end > text.len() - para.len()),
        "values up to the last paragraph"
    );
}

#[test]
fn a_range_shares_the_scale_word_of_its_second_figure() {
    use ValueKind::Quantity;
    has(
        "the Orioles (seven years, $140- $150 million)",
        Quantity,
        "$140",
        "140000000 usd",
    );
    has(
        "a deal worth $140 to $150 million",
        Quantity,
        "$140",
        "140000000 usd",
    );
    has(
        "a deal worth $2-$3 billion",
        Quantity,
        "$2",
        "2000000000 usd",
    );
    has("tickets cost $5-$10 each", Quantity, "$5", "5 usd");
    has(
        "the Orioles (seven years, $140-150 million), Washington",
        Quantity,
        "$140",
        "140000000 usd",
    );
    has(
        "the Orioles around seven years, $140-150MM, and the Nationals",
        Quantity,
        "$140",
        "140000000 usd",
    );
    has(
        "the Orioles offered between $140 and $150 million over seven years",
        Quantity,
        "$140",
        "140000000 usd",
    );
}

#[test]
fn a_finance_million_is_a_million() {
    use ValueKind::Quantity;
    has(
        "plans included dropping $20MM per year on Teixeira",
        Quantity,
        "$20MM",
        "20000000 usd",
    );
    // Without a currency sign, "MM" stays a length.
    has("a 20mm cannon", Quantity, "20mm", "20 millimetre");
}

#[test]
fn a_number_word_after_a_year_is_a_number_of_its_own() {
    let found = summary("In 2008 three people died.");
    assert!(
        found
            .iter()
            .any(|(k, s, _)| *k == Count && s == "three people"),
        "{found:?}"
    );
    let found = summary("The February 2008 three-hour plus broadcast hit a low.");
    assert!(
        found
            .iter()
            .any(|(k, s, _)| *k == Duration && s == "three-hour"),
        "{found:?}"
    );
    // Digits after digits are a table or a score, not a count.
    let found = summary("The scores were 10 3 people apart.");
    assert!(!found.iter().any(|(k, _, _)| *k == Count), "{found:?}");
}

#[test]
fn a_number_word_after_a_name_is_not_part_of_it() {
    let found = summary("Stefanski had given Cheeks two contract extensions.");
    assert!(
        found
            .iter()
            .any(|(k, s, _)| *k == Count && s == "two contract extensions"),
        "{found:?}"
    );
    // A name's own number is in digits or capitalised.
    for text in [
        "Fox News 2 reported the story.",
        "Apollo Eleven people gathered.",
    ] {
        none_of(text, Count);
    }
}

#[test]
fn a_fraction_of_something_is_a_percentage() {
    has(
        "The floods destroyed up to a fifth of the city.",
        Quantity,
        "a fifth",
        "20 percent",
    );
    has(
        "Two thirds of the homes were lost.",
        Quantity,
        "Two thirds",
        "66.7 percent",
    );
    has(
        "Half of the town was flooded.",
        Quantity,
        "Half",
        "50 percent",
    );
    assert!(values("He waited a quarter hour.").is_empty());
}
