//! Facts about people: given name, title, status and affiliation, one per
//! mention that states them.

use crosscheck_model::{
    Attribute, Entity, EntityKind, Fact, FactValue, Mention, Modality, Role, RoleStatus, Sentence,
    Span, Subject,
};

use super::context::content_words;

/// Attribute facts for every person mention that states a given name or a role.
pub fn facts(
    text: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    entities: &[Entity],
    sentence_entities: &[Vec<String>],
) -> Vec<Fact> {
    let mut out = Vec::new();
    // A sentence's words, stemmed once for all the people it names.
    let mut sentence_words: std::collections::HashMap<usize, Vec<String>> =
        std::collections::HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        let Some(entity) = entities.get(m.entity) else {
            continue;
        };
        let Some(sentence) = sentences.get(m.sentence) else {
            continue;
        };
        let base = FactBase {
            subject: entity.key.clone(),
            label: entity.name.clone(),
            sentence: m.sentence,
            context: sentence_words
                .entry(m.sentence)
                .or_insert_with(|| content_words(sentence.span.slice(text), None))
                .clone(),
            entities: sentence_entities
                .get(m.sentence)
                .cloned()
                .unwrap_or_default(),
        };
        if let Some(given) = m
            .person
            .as_ref()
            .and_then(|p| p.given.as_deref())
            .and_then(|g| clean_given(g, m.role.is_some()))
        {
            if let Some(span) = locate(text, m.span, given) {
                out.push(base.fact(
                    Attribute::GivenName,
                    FactValue {
                        display: given.to_string(),
                        key: given_name_key(given),
                        number: None,
                        approximate: false,
                        bound: crosscheck_model::Bound::Exact,
                        location: None,
                    },
                    span,
                ));
            }
        }
        if let Some(role) = &m.role {
            out.extend(role_facts(text, &base, role, m.span));
        }
    }
    out
}

struct FactBase {
    subject: String,
    label: String,
    sentence: usize,
    context: Vec<String>,
    entities: Vec<String>,
}

impl FactBase {
    fn fact(&self, attribute: Attribute, value: FactValue, span: Span) -> Fact {
        Fact {
            subject: Subject::Entity(self.subject.clone()),
            subject_label: self.label.clone(),
            subject_kind: Some(EntityKind::Person),
            attribute,
            value,
            span,
            sentence: self.sentence,
            modality: Modality::Asserted,
            context: self.context.clone(),
            frame: None,
            moment: None,
            entities: self.entities.clone(),
        }
    }
}

fn role_facts(text: &str, base: &FactBase, role: &Role, name: Span) -> Vec<Fact> {
    let head = title_key(&role.title, &role.head);
    let plain = |display: &str, key: &str| FactValue {
        display: display.to_string(),
        key: key.to_string(),
        number: None,
        approximate: false,
        bound: crosscheck_model::Bound::Exact,
        location: None,
    };
    let mut out = vec![base.fact(Attribute::Title, plain(&role.title, &head), role.span)];
    // Status is only comparable for the same role: a former governor can be
    // a current senator. So the subject of a status fact is person + role.
    let status = match role.status {
        RoleStatus::Current => "current",
        RoleStatus::Former => "former",
        RoleStatus::Acting => "acting",
        RoleStatus::Future => "future",
    };
    // "the Sixers fired coach Maurice Cheeks": the title is the one he held
    // when it happened; whether he still holds it the phrase leaves open.
    // So does a title set after the name ("Fired Jim O'Brien, coach").
    let first = if role.span.start < name.start {
        role.span
    } else {
        name
    };
    // "Fire Chief John Smith", "Fire Marshal …": a fire service's post, where
    // "76ers Fire Coach Jim O'Brien" is a headline's verb.
    let fire_post = matches!(
        head.as_str(),
        "chief" | "marshal" | "captain" | "commissioner" | "inspector" | "lieutenant" | "fighter"
    );
    let in_title = fire_post
        || role.title.to_lowercase().starts_with(
            &first
                .slice(text)
                .split(' ')
                .next()
                .unwrap_or("")
                .to_lowercase(),
        );
    if !removed_from(text, first, in_title) && !removed_after(text, name) {
        let mut status_fact = base.fact(Attribute::Status, plain(status, status), role.span);
        status_fact.subject = Subject::Role {
            entity: base.subject.clone(),
            head: head.to_string(),
        };
        status_fact.subject_label = format!("{} as {}", base.label, head);
        out.push(status_fact);
    }
    if let Some(aff) = role.affiliation.as_ref().filter(|a| !is_removal(a)) {
        let display = aff.trim_end_matches("'s").trim_end_matches("’s");
        let span = locate(text, role.span, aff).unwrap_or(role.span);
        out.push(base.fact(
            Attribute::Affiliation,
            plain(display, &affiliation_key(display)),
            span,
        ));
    }
    out
}

/// The role written right after a verb of removal from office ("fired
/// president Billy King", "ousted Prime Minister …"). A headline or a name
/// run may take the verb in ("76ers Fire Coach Jim O'Brien", "Fired Jim
/// O'Brien, coach"), so the span's own first word counts too. A present
/// form counts only capitalised, as headlines write verbs, and not where it
/// can be part of the title (`in_title`: "Fire Chief John Smith").
fn removed_from(text: &str, role: Span, in_title: bool) -> bool {
    let before = text[..role.start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let own = role
        .slice(text)
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let removal = |w: &str| {
        let lower = w.to_lowercase();
        PAST_REMOVAL.contains(&lower.as_str())
            || !in_title
                && w.starts_with(char::is_uppercase)
                && PRESENT_REMOVAL.contains(&lower.as_str())
    };
    before.len() < role.start && removal(word)
        || own.starts_with(char::is_uppercase) && removal(own)
}

/// The name followed by a passive of removal: "Sixers' Coach Jim O'Brien
/// was fired today", "… has been ousted".
fn removed_after(text: &str, name: Span) -> bool {
    let mut words = text[name.end..]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase());
    let aux = |w: &str| {
        matches!(
            w,
            "was" | "is" | "were" | "has" | "had" | "have" | "been" | "being" | "got"
        )
    };
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    aux(&a)
        && (PAST_REMOVAL.contains(&b.as_str())
            || b == "been"
                && words
                    .next()
                    .is_some_and(|c| PAST_REMOVAL.contains(&c.as_str())))
}

/// A verb of removal from office in any form ("fired", "Fire").
fn is_removal(word: &str) -> bool {
    let lower = word.to_lowercase();
    PAST_REMOVAL.contains(&lower.as_str()) || PRESENT_REMOVAL.contains(&lower.as_str())
}

const PRESENT_REMOVAL: &[&str] = &[
    "fire",
    "fires",
    "oust",
    "ousts",
    "sack",
    "sacks",
    "dismiss",
    "dismisses",
];
const PAST_REMOVAL: &[&str] = &[
    "fired",
    "ousted",
    "sacked",
    "dismissed",
    "deposed",
    "toppled",
    "unseated",
    "overthrew",
    "impeached",
    "firing",
    "ousting",
    "sacking",
    "dismissing",
];

/// The given name without words that only look like part of it because
/// they are capitalised: titles, ranks, demonyms, places, acronyms
/// ("Judge James G." → "James G.", "Interior Ken" → "Ken", "GM Theo" →
/// "Theo"). None if nothing name-like is left. `titled`: the mention has
/// a title ("President Barack Obama"), so a lone given name is taken
/// whatever the lexicon knows of it (but not "Panthers Cam", where
/// an unknown capitalised word opens two).
fn clean_given(given: &str, titled: bool) -> Option<&str> {
    use crate::lexicon;
    let mut rest = given.trim();
    loop {
        let (word, tail) = match rest.split_once(' ') {
            Some((w, t)) => (w, t.trim_start()),
            None => (rest, ""),
        };
        let bare = word.trim_end_matches('.');
        let acronym = bare.len() >= 2 && bare.chars().all(|c| c.is_ascii_uppercase());
        let not_a_name = !lexicon::is_given_name(bare)
            && (lexicon::is_role_noun(&bare.to_lowercase())
                || lexicon::is_role_modifier(&bare.to_lowercase())
                || lexicon::is_honorific(word)
                || lexicon::rank(word).is_some()
                || lexicon::demonym(bare).is_some()
                || lexicon::place(bare).is_some()
                || lexicon::is_org_word(bare)
                || acronym);
        if !not_a_name {
            // What is left must open with a known given name or an initial:
            // "Indiana State", "Matanuska Maid Dairy", "Internet Explorer
            // Web" are not people, and their first word is no given name.
            let initial = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
            let named = |w: &str| lexicon::is_given_name(w) || lexicon::is_word_given_name(w);
            let known = named(bare)
                || initial
                || bare.contains('-') && bare.split('-').all(named)
                || titled && bare.chars().count() >= 2 && tail.is_empty();
            return Some(rest).filter(|r| !r.is_empty() && known);
        }
        if tail.is_empty() {
            return None;
        }
        rest = tail;
    }
}

/// Byte span of `needle` inside `within`, if it occurs there.
fn locate(text: &str, within: Span, needle: &str) -> Option<Span> {
    let hay = text.get(within.start..within.end)?;
    hay.find(needle)
        .map(|i| Span::new(within.start + i, within.start + i + needle.len()))
}

/// Comparison key of a given name: the first name, lower case, with common
/// short forms mapped to one name (Steve = Steven = Stephen) so a nickname is
/// not reported as a different person. An initial keeps its dot ("j.") so
/// reconcile can treat it as compatible with any name of that initial.
pub fn given_name_key(given: &str) -> String {
    let first = given.split_whitespace().next().unwrap_or(given);
    let lower = first.to_lowercase();
    let bare = lower.trim_end_matches('.');
    if bare.chars().count() == 1 {
        return format!("{bare}.");
    }
    for group in NICKNAMES {
        if group.contains(&bare) {
            return group[0].to_string();
        }
    }
    bare.to_string()
}

/// Short and long forms of the same given name; the first is the key.
const NICKNAMES: &[&[&str]] = &[
    &["stephen", "steven", "steve", "stevie"],
    &["william", "bill", "billy", "will", "willie"],
    &["robert", "bob", "bobby", "rob", "robbie", "bert"],
    &["richard", "dick", "rick", "ricky", "rich"],
    &["james", "jim", "jimmy", "jamie"],
    &["michael", "mike", "mikey", "mick"],
    &["thomas", "tom", "tommy"],
    &["joseph", "joe", "joey"],
    &["charles", "charlie", "chuck"],
    &["edward", "ed", "eddie", "ted", "ned"],
    &["anthony", "tony"],
    &["daniel", "dan", "danny"],
    &["david", "dave", "davey"],
    &["matthew", "matt"],
    &["christopher", "chris"],
    &["nicholas", "nick", "nicky"],
    &["alexander", "alex", "sasha"],
    &["benjamin", "ben", "benny"],
    &["samuel", "sam", "sammy"],
    &["andrew", "andy", "drew"],
    &["jonathan", "jon"],
    &["john", "jon", "johnny", "jack"],
    &["donald", "don", "donnie"],
    &["ronald", "ron", "ronnie"],
    &["gerald", "gerry", "jerry"],
    &["lawrence", "larry"],
    &["timothy", "tim"],
    &["kenneth", "ken", "kenny"],
    &["patrick", "pat", "paddy"],
    &["peter", "pete"],
    &["vladimir", "vova", "volodya"],
    &["elizabeth", "liz", "beth", "betty", "eliza", "lizzie"],
    &[
        "katherine",
        "catherine",
        "kathryn",
        "kate",
        "katie",
        "kathy",
        "cathy",
    ],
    &["margaret", "maggie", "meg", "peggy"],
    &["jennifer", "jen", "jenny"],
    &["rebecca", "becky"],
    &["susan", "sue", "suzy"],
    &["patricia", "patty", "trish"],
    &["deborah", "debbie", "deb"],
    &["victoria", "vicky", "tori"],
];

/// Comparison key of a role: the head noun with spelling and synonyms
/// folded, plus the modifiers that make a different office ("prime
/// minister" is not "foreign minister"; "special envoy" is an envoy).
pub fn title_key(title: &str, head: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.windows(2).any(|w| w == ["press", "secretary"])
        || matches!(head, "spokesman" | "spokeswoman" | "spokesperson")
    {
        return "spokesperson".to_string();
    }
    // A public defender is a lawyer; a defender alone plays at the back.
    if head == "defender" && words.iter().any(|w| w.eq_ignore_ascii_case("public")) {
        return "public defender".to_string();
    }
    let head = match head {
        "advisor" | "counsellor" | "counselor" => "adviser",
        "attorney" | "lawyer" | "solicitor" | "barrister" => "lawyer",
        "spokesman" | "spokeswoman" => "spokesperson",
        "chief executive" | "chief executive officer" => "ceo",
        "defence" => "defense",
        h => h,
    };
    const DISTINCT: &[&str] = &[
        "prime",
        "vice",
        "deputy",
        "foreign",
        "defense",
        "defence",
        "finance",
        "interior",
        "justice",
        "health",
        "lieutenant",
        "rear",
        "major",
        "assistant",
        "associate",
        "first",
    ];
    let mut parts: Vec<&str> = words
        .iter()
        .map(|w| if *w == "defence" { "defense" } else { w })
        // A modifier the head already holds ("prime" of "prime minister") is not repeated.
        .filter(|w| DISTINCT.contains(w) && !head.split(' ').any(|h| h == *w))
        .collect();
    parts.dedup();
    parts.push(head);
    parts.join(" ")
}

/// Comparison key of an affiliation: countries folded to one name
/// ("US", "U.S.", "American" → "united states"), otherwise lower case.
pub fn affiliation_key(aff: &str) -> String {
    let lower = aff.to_lowercase();
    let bare: String = lower.chars().filter(|c| *c != '.').collect();
    match bare.as_str() {
        "us" | "usa" | "american" | "united states" | "washington" => "united states".into(),
        "uk" | "british" | "britain" | "united kingdom" => "united kingdom".into(),
        "russian" | "russia" | "kremlin" | "moscow" => "russia".into(),
        "ukrainian" | "ukraine" | "kyiv" | "kiev" => "ukraine".into(),
        "chinese" | "china" | "beijing" => "china".into(),
        "french" | "france" => "france".into(),
        "german" | "germany" | "berlin" => "germany".into(),
        _ => bare,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_acronyms_are_not_given_names() {
        assert_eq!(clean_given("Judge James G.", false), Some("James G."));
        assert_eq!(clean_given("GM Theo", false), Some("Theo"));
        assert_eq!(clean_given("American Hasim", false), Some("Hasim"));
        assert_eq!(clean_given("Steve", false), Some("Steve"));
        assert_eq!(clean_given("President", false), None);
        // A titled mention is a person even with a name the lexicon lacks.
        assert_eq!(clean_given("Barack", true), Some("Barack"));
        assert_eq!(clean_given("Barack", false), None);
        assert_eq!(clean_given("Panthers Cam", true), None);
        assert_eq!(clean_given("Councilman Jumaane", true), Some("Jumaane"));
        // Organisations and places read as "given name + surname".
        assert_eq!(clean_given("Matanuska Maid", false), None);
        assert_eq!(clean_given("Trustworthy", false), None);
        // Names that are also words still count once a name is found.
        assert_eq!(clean_given("Mark", false), Some("Mark"));
    }

    #[test]
    fn a_title_just_lost_says_nothing_of_its_status() {
        let statuses = |text: &str| -> Vec<String> {
            let doc = crosscheck_model::Document::from_text("t", "t.txt", text);
            crate::analyze(&doc)
                .facts
                .into_iter()
                .filter(|f| f.attribute == Attribute::Status)
                .map(|f| f.value.key)
                .collect()
        };
        assert!(statuses("A year ago, the Sixers fired president Billy King.").is_empty());
        assert_eq!(
            statuses("The Sixers hired president Billy King."),
            ["current"]
        );
        assert_eq!(
            statuses("That was former president Billy King."),
            ["former"]
        );
        // Headlines, and a title set after the name.
        assert!(
            statuses("Philadelphia 76ers Fire Coach Jim O'Brien, Hire Maurice Cheeks").is_empty()
        );
        assert!(statuses("PHILADELPHIA 76ERS Fired Jim O'Brien, coach.").is_empty());
        assert!(statuses("Sixers' Coach Jim O'Brien was fired today.").is_empty());
        assert!(statuses("The Sixers made a move, firing head coach Jim O'Brien.").is_empty());
        assert!(statuses("Coach Jim O'Brien has been ousted.").is_empty());
        assert_eq!(statuses("Coach Jim O'Brien was happy."), ["current"]);
        // A fire chief is no chief removed.
        assert_eq!(
            statuses("Fire Chief John Smith said the blaze was out."),
            ["current"]
        );
        assert_eq!(
            statuses("Crews fought the blaze, fire chief John Smith said."),
            ["current"]
        );
    }

    #[test]
    fn nicknames_share_a_key_and_initials_keep_a_dot() {
        assert_eq!(given_name_key("Steve"), given_name_key("Stephen"));
        assert_ne!(given_name_key("Steve"), given_name_key("David"));
        assert_eq!(given_name_key("Elliott Broidy"), "elliott");
        assert_eq!(given_name_key("J."), "j.");
    }

    #[test]
    fn title_keys_keep_distinguishing_modifiers() {
        assert_eq!(title_key("special envoy", "envoy"), "envoy");
        assert_eq!(title_key("prime minister", "minister"), "prime minister");
        assert_eq!(
            title_key("uk prime minister", "prime minister"),
            "prime minister"
        );
        assert_ne!(
            title_key("prime minister", "minister"),
            title_key("foreign minister", "minister")
        );
        assert_eq!(
            title_key("press secretary", "secretary"),
            title_key("spokesman", "spokesman")
        );
        assert_eq!(title_key("strategic advisor", "advisor"), "adviser");
        assert_eq!(title_key("public defender", "defender"), "public defender");
        assert_eq!(title_key("central defender", "defender"), "defender");
    }

    #[test]
    fn affiliations_fold_country_names() {
        assert_eq!(affiliation_key("U.S."), affiliation_key("American"));
        assert_eq!(affiliation_key("Russian"), "russia");
    }
}
