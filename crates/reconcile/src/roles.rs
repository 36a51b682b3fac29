//! Which titles exclude one another.
//!
//! A person can be a businessman and an envoy, or a senator and a former
//! governor; but not both the president and the prime minister, nor an
//! actress and a singer in the same story unless a source says so. Titles are
//! only called contested when both belong to a class here and [`exclusive`]
//! does not pair them (a ranked officer serving as spokesman, a company's top
//! posts). A title outside every class is never contested: precision over
//! recall, since a wrong "contested" costs a fact-checker more than a missed
//! one.

/// Words before "president" that make it a company's post ("team president").
pub const COMPANIES: &[&str] = &[
    "team",
    "club",
    "company",
    "franchise",
    "league",
    "network",
    "studio",
    "firm",
    "bank",
];

/// The class a title key belongs to, if any.
pub fn class_of(title_key: &str) -> Option<&'static str> {
    // A public defender is a lawyer, whatever a defender is on the pitch.
    if title_key.ends_with("public defender") {
        return Some("law");
    }
    // "surgeon general", "attorney general": offices, not a general's rank.
    const GENERAL_OFFICES: &[&str] = &[
        "surgeon",
        "attorney",
        "solicitor",
        "inspector",
        "postmaster",
        "governor",
        "secretary",
        "consul",
        "director",
    ];
    let mut words = title_key.rsplit(' ');
    let head = words.next().unwrap_or(title_key);
    let modifier = words.next();
    if head == "general" && modifier.is_some_and(|w| GENERAL_OFFICES.contains(&w)) {
        return Some("office");
    }
    // A team's or a company's president is an executive, not a head of state.
    if head == "president" && modifier.is_some_and(|w| COMPANIES.contains(&w)) {
        return Some("corporate");
    }
    let class = match head {
        "president" | "minister" | "chancellor" | "premier" | "governor" | "mayor" | "senator"
        | "congressman" | "congresswoman" | "representative" | "lawmaker" | "king" | "queen"
        | "prince" | "princess" | "speaker" | "emir" | "sultan" | "ayatollah" | "pope"
        | "secretary" | "commissioner" | "councillor" | "councilman" | "councilwoman"
        | "sheriff" => "office",
        "envoy" | "ambassador" | "negotiator" | "diplomat" | "emissary" => "diplomacy",
        "spokesperson" => "spokesperson",
        "general" | "admiral" | "colonel" | "major" | "captain" | "lieutenant" | "sergeant"
        | "commander" | "corporal" | "private" | "commodore" | "marshal" | "brigadier"
        | "detective" | "inspector" | "constable" | "trooper" => "rank",
        "ceo" | "cfo" | "coo" | "chairman" | "chairwoman" | "chair" | "founder" | "director"
        | "executive" | "owner" | "manager" | "treasurer" => "corporate",
        "actress" | "actor" | "singer" | "rapper" | "musician" | "comedian" | "model"
        | "dancer" | "director-" | "producer" | "writer" | "songwriter" | "composer"
        | "screenwriter" | "playwright" | "author" | "novelist" | "poet" | "painter"
        | "photographer" | "designer" | "chef" => "arts",
        "coach" | "quarterback" | "pitcher" | "striker" | "goalkeeper" | "midfielder"
        | "defender" | "forward" | "guard" | "catcher" | "outfielder" | "infielder"
        | "linebacker" | "receiver" | "boxer" | "golfer" | "cornerback" | "safety" | "tackle"
        | "end" | "kicker" | "punter" | "center" | "shortstop" | "baseman" | "winger"
        | "fullback" | "halfback" | "running back" | "tight end" | "wide receiver"
        | "point guard" | "swimmer" | "jockey" | "referee" | "umpire" => "sport",
        "judge" | "justice" | "prosecutor" | "attorney" | "lawyer" | "magistrate" => "law",
        "doctor" | "surgeon" | "nurse" | "physician" | "paramedic" => "medicine",
        "professor" | "lecturer" | "teacher" | "principal" | "dean" | "researcher"
        | "scientist" => "academia",
        _ => return None,
    };
    Some(class)
}

/// Two titles of the vocabulary that one person does not hold at once
/// (a judge is no senator, a coach no manager, a spokesman no chief
/// executive), unless they are one job ([`one_job`]) or one of the pairs
/// that go together: a ranked officer serving as spokesman (Inspector Dave
/// Gaskin, the police spokesman), a physician in an office (the surgeon
/// general), a company's top posts held together (a team's president and
/// general manager; a founder, owner or chairman who is also its chief
/// executive). "Executive" alone is too vague to contradict any title.
pub fn exclusive(a: &str, b: &str) -> bool {
    let (ca, cb) = (class_of(a), class_of(b));
    if ca.is_none() || cb.is_none() || one_job(a, b) {
        return false;
    }
    let pair = |x: &str, y: &str| ca == Some(x) && cb == Some(y) || ca == Some(y) && cb == Some(x);
    let head = |t: &str| t.rsplit(' ').next().unwrap_or(t).to_string();
    let (ha, hb) = (head(a), head(b));
    if pair("rank", "spokesperson")
        || pair("medicine", "office")
        || ha == "executive"
        || hb == "executive"
    {
        return false;
    }
    let held_together = |h: &str| {
        matches!(
            h,
            "founder" | "co-founder" | "owner" | "chairman" | "chairwoman" | "chair" | "president"
        )
    };
    !(ca == Some("corporate")
        && cb == Some("corporate")
        && (held_together(&ha) || held_together(&hb)))
}

/// A military or police grade a person holds one of at a time ("police
/// lieutenant", "Sgt."), by its key and as written. Not "detective" or
/// "inspector", nor "commander" spelt out, which also name a post held at
/// any grade ("Capt. Smith, the ship's commander"); abbreviated, "Cmdr." is
/// the grade.
pub fn is_grade(title_key: &str, written: &str) -> bool {
    let head = title_key.rsplit(' ').next().unwrap_or(title_key);
    let abbreviated_commander = written
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w == "Cmdr" || w == "Cdr");
    matches!(
        head,
        "general"
            | "admiral"
            | "commodore"
            | "colonel"
            | "major"
            | "captain"
            | "lieutenant"
            | "sergeant"
            | "corporal"
            | "private"
    ) || head == "commander" && abbreviated_commander
}

/// One title at two lengths: "secretary" and "interior secretary",
/// "justice" and "chief justice". Not "president" and "vice president", nor
/// "minister" and "prime minister": a word that makes a second-in-command
/// or a different office turns the longer title into another job.
pub fn same_title(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(head) = long.strip_suffix(short).and_then(|h| h.strip_suffix(' ')) else {
        return a == b;
    };
    // A sheriff's deputy holds a grade like any officer: "deputy sergeant"
    // is a sergeant, where "deputy sheriff" is not the sheriff.
    let deputy_grade = |w: &str| w == "deputy" && is_grade(short, short);
    !head
        .split(' ')
        .any(|w| CHANGES_OFFICE.contains(&w) && !deputy_grade(w))
}

/// Two titles that can name one job: the same title at two lengths
/// ([`same_title`]), synonyms ("judge", "justice"), or a generic title and
/// a specific one of its class ("attorney" and "prosecutor", "author" and
/// "novelist"). Two specific titles still exclude each other: a prosecutor
/// is not the defender.
pub fn one_job(a: &str, b: &str) -> bool {
    let head = |t: &str| t.rsplit(' ').next().unwrap_or(t).to_string();
    let (ha, hb) = (head(a), head(b));
    let synonyms = SYNONYMS
        .iter()
        .any(|group| group.contains(&ha.as_str()) && group.contains(&hb.as_str()));
    let generic = |h: &str| GENERIC.contains(&h);
    same_title(a, b) || synonyms || (generic(&ha) || generic(&hb)) && class_of(a) == class_of(b)
}

/// Heads that name one job.
const SYNONYMS: &[&[&str]] = &[
    &["judge", "justice", "magistrate"],
    &["doctor", "physician"],
    &["actor", "actress"],
];

/// Heads too general to exclude a more specific title of their class.
const GENERIC: &[&str] = &["attorney", "lawyer", "author", "writer", "executive"];

/// First words that make a longer title a different office.
const CHANGES_OFFICE: &[&str] = &[
    "vice",
    "prime",
    "deputy",
    "assistant",
    "under",
    "lieutenant",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_exclude_each_other_but_not_other_classes() {
        assert_eq!(class_of("president"), class_of("prime minister"));
        assert_ne!(class_of("envoy"), class_of("president"));
        assert_eq!(class_of("businessman"), None);
        assert_eq!(class_of("songwriter"), class_of("actress"));
        assert_eq!(class_of("detective"), class_of("captain"));
        assert_eq!(class_of("public defender"), class_of("defense lawyer"));
        assert!(one_job("public defender", "defense lawyer"));
        assert!(!one_job("defender", "defense lawyer"));
    }

    #[test]
    fn titles_that_go_together_are_not_exclusive() {
        // Drift a reader would call a contradiction.
        assert!(exclusive("judge", "senator"));
        assert!(exclusive("coach", "manager"));
        assert!(exclusive("spokesperson", "ceo"));
        assert!(exclusive("ceo", "cfo"));
        assert!(exclusive("president", "manager"));
        // Posts held together.
        assert!(!exclusive("inspector", "spokesperson"));
        assert!(!exclusive("surgeon general", "physician"));
        assert!(!exclusive("team president", "manager"));
        assert!(!exclusive("founder", "ceo"));
        assert!(!exclusive("president", "executive"));
        assert_eq!(class_of("attorney general"), Some("office"));
        assert_eq!(class_of("general"), Some("rank"));
    }

    #[test]
    fn a_deputy_with_a_grade_holds_that_grade() {
        assert!(same_title("deputy sergeant", "sergeant"));
        assert!(!exclusive("deputy sergeant", "sergeant"));
        assert!(!same_title("deputy sheriff", "sheriff"));
        assert!(!same_title("lieutenant general", "general"));
        assert!(exclusive("deputy sergeant", "captain"));
    }
}
