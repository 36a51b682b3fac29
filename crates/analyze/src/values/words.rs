//! Small closed word lists the value rules need: units, currencies,
//! approximation markers, function words, and a singulariser for counted
//! nouns. General English, nothing specific to any story.
use super::tokens::{Kind, Piece};

/// A time unit's lemma: "hours" → "hour", "yrs" → "year".
pub(crate) fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "day" | "days" => "day",
        "night" | "nights" => "night",
        "week" | "weeks" => "week",
        "fortnight" | "fortnights" => "fortnight",
        "month" | "months" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// A measurement unit's lemma, from the word as written (case kept so that
/// "m" (metre) is not "M" (million)). Spelling is normalised to one form
/// ("meters" → "metre") but units are not converted.
pub(crate) fn measure_unit(w: &str) -> Option<&'static str> {
    let lemma = match w {
        "m" => "metre",
        "g" => "gram",
        "t" => "tonne",
        "MW" => "megawatt",
        "GW" => "gigawatt",
        "kW" => "kilowatt",
        _ => "",
    };
    if !lemma.is_empty() {
        return Some(lemma);
    }
    Some(match w.to_lowercase().as_str() {
        "foot" | "feet" | "ft" => "foot",
        "inch" | "inches" => "inch",
        "yard" | "yards" | "yd" | "yds" => "yard",
        "mile" | "miles" | "mi" => "mile",
        "metre" | "metres" | "meter" | "meters" => "metre",
        "kilometre" | "kilometres" | "kilometer" | "kilometers" | "km" | "kms" => "kilometre",
        "centimetre" | "centimetres" | "centimeter" | "centimeters" | "cm" => "centimetre",
        "millimetre" | "millimetres" | "millimeter" | "millimeters" | "mm" => "millimetre",
        "gram" | "grams" | "gramme" | "grammes" => "gram",
        "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kg" | "kgs" | "kilo"
        | "kilos" => "kilogram",
        "tonne" | "tonnes" => "tonne",
        "ton" | "tons" => "ton",
        "pound" | "pounds" | "lb" | "lbs" => "pound",
        "ounce" | "ounces" | "oz" => "ounce",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" | "ha" => "hectare",
        "litre" | "litres" | "liter" | "liters" => "litre",
        "gallon" | "gallons" => "gallon",
        "barrel" | "barrels" => "barrel",
        "mph" => "mph",
        "km/h" | "kmh" | "kph" => "km/h",
        "knot" | "knots" => "knot",
        "kiloton" | "kilotons" | "kilotonne" | "kilotonnes" => "kiloton",
        "megaton" | "megatons" | "megatonne" | "megatonnes" => "megaton",
        "kilowatt" | "kilowatts" => "kilowatt",
        "megawatt" | "megawatts" => "megawatt",
        "gigawatt" | "gigawatts" => "gigawatt",
        "storey" | "storeys" | "story" | "stories" => "storey",
        _ => return None,
    })
}

/// ISO code of a currency written as a word or code after a number. Names
/// shared by several currencies ("crown", "peso", "dinar") keep the name.
pub(crate) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" | "dollar" | "dollars" => "usd",
        "EUR" | "euro" | "euros" => "eur",
        "GBP" | "sterling" => "gbp",
        "RUB" | "ruble" | "rubles" | "rouble" | "roubles" => "rub",
        "JPY" | "yen" => "jpy",
        "CNY" | "yuan" | "renminbi" => "cny",
        "UAH" | "hryvnia" | "hryvnias" | "hryvnas" => "uah",
        "INR" | "rupee" | "rupees" => "inr",
        "CHF" | "franc" | "francs" => "chf",
        "PLN" | "zloty" | "zlotys" | "zlotych" => "pln",
        "TRY" | "lira" | "liras" | "lire" => "try",
        "ILS" | "shekel" | "shekels" => "ils",
        "ZAR" | "rand" => "zar",
        "KRW" | "won" => "krw",
        "SEK" | "NOK" | "DKK" | "CZK" | "krona" | "kronor" | "krone" | "kroner" | "koruna"
        | "crown" | "crowns" => "crown",
        "peso" | "pesos" => "peso",
        "dinar" | "dinars" => "dinar",
        "riyal" | "riyals" | "rial" | "rials" => "riyal",
        _ => return None,
    })
}

/// ISO code of a currency sign, with the letters that may be glued before
/// it ("US$", "A$", "HK$").
pub(crate) fn currency_sign(sign: &str, prefix: Option<&str>) -> Option<&'static str> {
    Some(match (sign, prefix) {
        ("$", Some("A" | "AU")) => "aud",
        ("$", Some("C" | "CA")) => "cad",
        ("$", Some("HK")) => "hkd",
        ("$", Some("NZ")) => "nzd",
        ("$", Some("S")) => "sgd",
        ("$", _) => "usd",
        ("€", _) => "eur",
        ("£", _) => "gbp",
        ("¥", _) => "jpy",
        ("₽", _) => "rub",
        ("₴", _) => "uah",
        ("₹", _) => "inr",
        _ => return None,
    })
}

/// Multiplier suffix glued to money digits: "5bn", "3m", "10k".
pub(crate) fn money_suffix(s: &str) -> Option<f64> {
    match s {
        "k" | "K" => Some(1e3),
        // "$20MM": the finance pages' thousand thousand.
        "m" | "M" | "mn" | "mln" | "MM" => Some(1e6),
        "b" | "B" | "bn" | "bln" => Some(1e9),
        "tn" | "trn" | "T" => Some(1e12),
        _ => None,
    }
}

/// Is the value starting at piece `i` hedged by a marker just before it
/// ("about", "more than", "at least", "an estimated", "within", …)?
pub(crate) fn approximate_before(p: &[Piece], i: usize) -> bool {
    // The up to three words just before, stopping at punctuation.
    let mut prev = ["", "", ""];
    for (k, slot) in prev.iter_mut().enumerate() {
        match i.checked_sub(k + 1).map(|j| &p[j]) {
            Some(q) if q.kind == Kind::Word => *slot = q.lower.as_str(),
            _ => break,
        }
    }
    let [w1, w2, w3] = prev;
    matches!(
        w1,
        "about"
            | "around"
            | "approximately"
            | "approx"
            | "nearly"
            | "almost"
            | "over"
            | "some"
            | "roughly"
            | "circa"
            | "ca"
            | "estimated"
            | "within"
            | "under"
            | "upwards"
            | "nigh"
    ) || matches!(
        (w2, w1),
        ("more" | "less" | "fewer", "than")
            | ("at", "least" | "most")
            | ("up" | "close" | "upward" | "upwards", "to" | "of")
            | ("excess", "of")
    ) || matches!((w3, w2), ("as", "many" | "much"))
}

/// Function words and common verbs: they end the search for a counted noun
/// ("one of the", "2014 was").
pub(crate) fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "as"
            | "than"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "you"
            | "i"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "them"
            | "him"
            | "us"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "shall"
            | "said"
            | "says"
            | "say"
            | "not"
            | "no"
            | "also"
            | "after"
            | "before"
            | "ago"
            | "later"
            | "earlier"
            | "since"
            | "until"
            | "during"
            | "per"
            | "each"
            | "into"
            | "over"
            | "under"
            | "about"
            | "around"
            | "across"
            | "against"
            | "between"
            | "among"
            | "through"
            | "out"
            | "up"
            | "down"
            | "off"
            | "away"
            | "back"
            | "still"
            | "just"
            | "only"
            | "even"
            | "so"
            | "if"
            | "when"
            | "where"
            | "while"
            | "because"
            | "there"
            | "here"
            | "then"
            | "now"
            | "yet"
            | "all"
            | "both"
            | "either"
            | "neither"
            | "apiece"
            | "another"
            | "other"
            | "others"
            | "own"
            | "such"
            | "ever"
            | "percent"
            | "cent"
            | "half"
            | "third"
            | "thirds"
            | "quarter"
            | "quarters"
            | "marks"
            | "remains"
            | "shows"
            | "means"
            | "makes"
            | "seems"
            | "comes"
            | "goes"
            | "looks"
            | "appears"
            | "takes"
            | "gives"
            | "sees"
            | "becomes"
            | "includes"
            | "represents"
            | "saw"
            | "met"
            | "held"
            | "took"
            | "went"
            | "came"
            | "made"
            | "told"
            | "gave"
            | "got"
            | "left"
            | "led"
            | "won"
            | "lost"
            | "killed"
            | "died"
            | "whereas"
            | "although"
            | "though"
            | "however"
            | "via"
            | "like"
            | "unlike"
            | "without"
            | "within"
            | "today"
            | "tomorrow"
            | "yesterday"
            | "tonight"
            | "toward"
            | "towards"
            | "upon"
            | "onto"
    )
}

/// Adverbs in "-ly" end a noun search; a few nouns end in "-ly" too.
pub(crate) fn is_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "family" | "ally" | "rally" | "assembly" | "supply" | "reply" | "anomaly" | "monopoly"
        )
}

/// Plural nouns that do not end in "s".
fn irregular_plural(w: &str) -> Option<&'static str> {
    Some(match w {
        "people" | "persons" => "people",
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "teeth" => "tooth",
        "mice" => "mouse",
        "geese" => "goose",
        "lives" => "life",
        "wives" => "wife",
        "knives" => "knife",
        "halves" => "half",
        "thieves" => "thief",
        "leaves" => "leaf",
        "wolves" => "wolf",
        "shelves" => "shelf",
        "selves" => "self",
        "criteria" => "criterion",
        "phenomena" => "phenomenon",
        _ => return None,
    })
}

/// Nouns with one form for singular and plural, usable as counted nouns.
pub(crate) fn is_invariant_noun(w: &str) -> bool {
    matches!(
        w,
        "personnel"
            | "staff"
            | "police"
            | "crew"
            | "aircraft"
            | "cattle"
            | "livestock"
            | "sheep"
            | "deer"
            | "fish"
            | "militia"
            | "infantry"
            | "clergy"
            | "spacecraft"
            | "offspring"
            | "series"
            | "species"
    )
}

/// Does this lower-case word look like a plural noun?
pub(crate) fn is_plural_noun(w: &str) -> bool {
    if irregular_plural(w).is_some() {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !is_stopword(w)
        && !matches!(
            w,
            "news"
                | "always"
                | "perhaps"
                | "besides"
                | "afterwards"
                | "sometimes"
                | "whereas"
                | "series"
                | "species"
        )
}

/// Singular lemma of a counted noun: "casualties" → "casualty",
/// "people"/"persons"/"person" → "people", "troops" → "troop".
pub(crate) fn singular(w: &str) -> String {
    if w == "person" {
        return "people".to_string();
    }
    if let Some(s) = irregular_plural(w) {
        return s.to_string();
    }
    if is_invariant_noun(w)
        || !w.ends_with('s')
        || w.ends_with("ss")
        || w.ends_with("us")
        || w.ends_with("is")
    {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.len() > 1 {
            return format!("{stem}y");
        }
    }
    for end in ["ches", "shes", "xes", "zes", "sses", "oes"] {
        if w.ends_with(end) {
            return w[..w.len() - 2].to_string();
        }
    }
    w[..w.len() - 1].to_string()
}

#[cfg(test)]
mod tests {
    use super::super::tokens::pieces;
    use super::*;

    #[test]
    fn lemmas() {
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("people"), "people");
        assert_eq!(singular("person"), "people");
        assert_eq!(singular("personnel"), "personnel");
        assert_eq!(singular("troops"), "troop");
        assert_eq!(singular("churches"), "church");
        assert_eq!(singular("forces"), "force");
        assert_eq!(singular("heroes"), "hero");
        assert_eq!(singular("children"), "child");
        assert!(is_plural_noun("officials"));
        assert!(!is_plural_noun("status"));
        assert!(!is_plural_noun("was"));
    }

    #[test]
    fn units() {
        assert_eq!(measure_unit("feet"), Some("foot"));
        assert_eq!(measure_unit("Meters"), Some("metre"));
        assert_eq!(
            measure_unit("M"),
            None,
            "capital M is a million, not a metre"
        );
        assert_eq!(time_unit("months"), Some("month"));
        assert_eq!(currency_sign("$", Some("HK")), Some("hkd"));
    }

    #[test]
    fn markers() {
        let at = |s: &str, word: &str| {
            let p = pieces(s, 0);
            let i = p.iter().position(|x| x.text == word).unwrap();
            approximate_before(&p, i)
        };
        assert!(at("about 200 people", "200"));
        assert!(at("More than 200 people", "200"));
        assert!(at("at least 3 dead", "3"));
        assert!(at("up to 10 days", "10"));
        assert!(at("as many as 40 ships", "40"));
        assert!(at("within approximately ten days", "ten"));
        assert!(!at("exactly 200 people", "200"));
        assert!(!at("200 people", "200"));
        assert!(!at("than, 200", "200"), "punctuation breaks a marker");
    }
}
