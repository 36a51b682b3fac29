//! Hand-written vocabulary of news titles and organisations: role nouns,
//! role modifiers, status words, honorifics, military ranks, organisation
//! words and well-known organisation names. These are the product's own
//! vocabulary, kept small and general (nothing here is tied to one story).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crosscheck_model::RoleStatus;

use super::fold;

/// Role nouns → normalised head. Spelling variants map to one head.
const ROLE_NOUNS: &[(&str, &str)] = &[
    ("president", "president"), ("vice-president", "vice president"), ("envoy", "envoy"),
    ("emissary", "envoy"), ("ambassador", "ambassador"), ("spokesman", "spokesman"),
    ("spokeswoman", "spokeswoman"), ("spokesperson", "spokesperson"), ("minister", "minister"),
    ("secretary", "secretary"), ("adviser", "adviser"), ("advisor", "adviser"), ("aide", "aide"),
    ("chancellor", "chancellor"), ("governor", "governor"), ("senator", "senator"),
    ("congressman", "congressman"), ("congresswoman", "congresswoman"), ("lawmaker", "lawmaker"),
    ("councilman", "councilman"), ("councilwoman", "councilwoman"), ("councillor", "councillor"),
    ("councilor", "councillor"), ("alderman", "alderman"), ("qb", "quarterback"),
    ("legislator", "legislator"), ("representative", "representative"), ("mayor", "mayor"),
    ("premier", "premier"), ("king", "king"), ("queen", "queen"), ("prince", "prince"),
    ("princess", "princess"), ("emperor", "emperor"), ("sultan", "sultan"), ("emir", "emir"),
    ("pope", "pope"), ("chief", "chief"), ("head", "head"), ("leader", "leader"),
    ("negotiator", "negotiator"), ("mediator", "mediator"), ("intermediary", "intermediary"),
    ("diplomat", "diplomat"), ("commander", "commander"), ("general", "general"),
    ("admiral", "admiral"), ("commodore", "commodore"), ("colonel", "colonel"), ("captain", "captain"),
    ("lieutenant", "lieutenant"), ("sergeant", "sergeant"), ("marshal", "marshal"),
    ("brigadier", "brigadier"), ("officer", "officer"), ("official", "official"),
    ("director", "director"), ("chairman", "chairman"), ("chairwoman", "chairwoman"),
    ("chairperson", "chairperson"), ("chair", "chair"), ("ceo", "ceo"), ("cfo", "cfo"),
    ("coo", "coo"), ("founder", "founder"), ("co-founder", "co-founder"),
    ("cofounder", "co-founder"), ("executive", "executive"), ("judge", "judge"),
    ("justice", "justice"), ("prosecutor", "prosecutor"), ("attorney", "attorney"),
    ("lawyer", "lawyer"), ("counsel", "counsel"), ("businessman", "businessman"),
    ("businesswoman", "businesswoman"), ("billionaire", "billionaire"), ("tycoon", "tycoon"),
    ("magnate", "magnate"), ("oligarch", "oligarch"), ("investor", "investor"),
    ("journalist", "journalist"), ("reporter", "reporter"), ("correspondent", "correspondent"),
    ("editor", "editor"), ("columnist", "columnist"), ("analyst", "analyst"),
    ("professor", "professor"), ("researcher", "researcher"), ("scientist", "scientist"),
    ("economist", "economist"), ("commissioner", "commissioner"), ("inspector", "inspector"),
    ("detective", "detective"), ("sheriff", "sheriff"), ("coach", "coach"),
    ("undersheriff", "undersheriff"), ("trooper", "trooper"),
    ("superintendent", "superintendent"), ("warden", "warden"), ("coroner", "coroner"),
    ("technician", "technician"),
    ("manager", "manager"), ("actor", "actor"), ("actress", "actress"), ("singer", "singer"),
    ("rapper", "rapper"), ("rep", "representative"), ("publicist", "publicist"),
    ("agent", "agent"), ("lady", "lady"), ("wife", "wife"), ("husband", "husband"),
    ("son", "son"), ("daughter", "daughter"), ("son-in-law", "son-in-law"),
    ("daughter-in-law", "daughter-in-law"), ("brother", "brother"), ("sister", "sister"),
    ("father", "father"), ("mother", "mother"), ("widow", "widow"), ("dictator", "dictator"),
    ("widower", "widower"), ("nephew", "nephew"), ("niece", "niece"), ("uncle", "uncle"), ("aunt", "aunt"),
    ("cousin", "cousin"), ("grandson", "grandson"), ("granddaughter", "granddaughter"),
    ("grandmother", "grandmother"), ("grandfather", "grandfather"), ("stepson", "stepson"),
    ("stepdaughter", "stepdaughter"), ("half-brother", "brother"), ("half-sister", "sister"),
    ("fiance", "fiance"), ("fiancee", "fiancee"), ("girlfriend", "girlfriend"), ("boyfriend", "boyfriend"),
    // A plural kin noun before a list of names gives each its relation
    // ("his daughters Patricia LaRue of Arlington, Leslie LaRue of Jackson").
    ("sons", "son"), ("daughters", "daughter"), ("brothers", "brother"), ("sisters", "sister"),
    ("nephews", "nephew"), ("nieces", "niece"), ("grandsons", "grandson"), ("granddaughters", "granddaughter"),
    ("strongman", "strongman"), ("deputy", "deputy"), ("delegate", "delegate"),
    ("secretary-general", "secretary-general"), ("director-general", "director-general"),
    ("ombudsman", "ombudsman"), ("premier-designate", "premier"), ("vicar", "vicar"),
    ("bishop", "bishop"), ("cardinal", "cardinal"), ("rabbi", "rabbi"), ("imam", "imam"),
    ("owner", "owner"), ("partner", "partner"), ("player", "player"), ("striker", "striker"),
    ("goalkeeper", "goalkeeper"), ("midfielder", "midfielder"), ("defender", "defender"),
    // Sports positions and professions: news names people by what they do
    // ("cornerback Michael Lehan", "comedian Jane Doe"). Positions that are
    // also everyday words (guard, center, safety, forward) are left out.
    ("quarterback", "quarterback"), ("cornerback", "cornerback"), ("receiver", "receiver"),
    ("linebacker", "linebacker"), ("kicker", "kicker"), ("punter", "punter"),
    ("running back", "running back"), ("pitcher", "pitcher"), ("catcher", "catcher"),
    ("shortstop", "shortstop"), ("outfielder", "outfielder"), ("infielder", "infielder"),
    ("baseman", "baseman"), ("winger", "winger"), ("fullback", "fullback"), ("boxer", "boxer"),
    ("golfer", "golfer"), ("swimmer", "swimmer"), ("jockey", "jockey"), ("referee", "referee"),
    ("umpire", "umpire"), ("athlete", "athlete"), ("comedian", "comedian"),
    ("musician", "musician"), ("dancer", "dancer"), ("producer", "producer"),
    ("filmmaker", "filmmaker"), ("moviemaker", "filmmaker"), ("artist", "artist"),
    ("writer", "writer"), ("songwriter", "songwriter"), ("composer", "composer"),
    ("screenwriter", "screenwriter"), ("playwright", "playwright"), ("author", "author"), ("novelist", "novelist"), ("poet", "poet"),
    ("painter", "painter"), ("photographer", "photographer"), ("designer", "designer"),
    ("chef", "chef"), ("doctor", "doctor"), ("surgeon", "surgeon"), ("nurse", "nurse"),
    ("physician", "physician"), ("paramedic", "paramedic"), ("firefighter", "firefighter"),
    ("pastor", "pastor"), ("priest", "priest"), ("teacher", "teacher"), ("pilot", "pilot"),
    ("astronaut", "astronaut"), ("banker", "banker"), ("architect", "architect"),
];

/// Two-word titles whose head is the pair, not the last noun: "prime
/// minister" is not a kind of "minister" for comparison purposes.
const COMPOUND_HEADS: &[(&str, &str, &str)] = &[
    ("prime", "minister", "prime minister"), ("vice", "president", "vice president"),
    ("first", "lady", "first lady"), ("attorney", "general", "attorney general"),
    ("secretary", "general", "secretary-general"), ("surgeon", "general", "surgeon general"),
    ("inspector", "general", "inspector general"), ("chief", "executive", "chief executive"),
    ("solicitor", "general", "solicitor general"), ("crown", "prince", "crown prince"),
];

/// Words that narrow a role without being its head: "special envoy",
/// "foreign policy chief", "deputy prime minister".
const ROLE_MODIFIERS: &[&str] = &[
    "special", "prime", "foreign", "defence", "defense", "press", "deputy", "vice", "chief",
    "senior", "top", "lead", "principal", "assistant", "associate", "executive", "national",
    "security", "policy", "trade", "finance", "financial", "economic", "economy", "interior",
    "home", "justice", "health", "energy", "climate", "military", "intelligence", "peace",
    "presidential", "personal", "informal", "frequent", "longtime", "long-time", "close",
    "trusted", "strategic", "regional", "state", "federal", "permanent", "first", "high",
    "communications", "cabinet", "general", "supreme", "army", "naval",
    "navy", "air", "force", "police", "party", "opposition", "government",
    "affairs", "development", "transport", "education", "culture",
    "agriculture", "labour", "labor", "environment", "treasury", "war", "veterans",
    "immigration", "border", "housing", "digital", "technology", "science", "research",
    "managing", "operating", "financial", "technical", "political", "legal", "media",
    "campaign", "election", "union", "club", "team", "company", "international", "global",
    "european", "humanitarian", "nuclear", "arms", "crown", "surgeon", "attorney",
    "inspector", "solicitor", "informal", "unofficial", "official", "key", "most", "public",
];

/// Capitalised words that start a sentence or headline without being names.
const STOPWORDS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "by", "for", "with", "from", "to", "of", "and", "or",
    "but", "as", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "our", "my", "your", "there", "here", "what", "when",
    "where", "why", "how", "who", "whom", "which", "while", "after", "before", "during",
    "since", "despite", "although", "though", "if", "unlike", "like", "according",
    "meanwhile", "however", "moreover", "furthermore", "additionally", "still", "yet", "also",
    "both", "neither", "either", "each", "every", "all", "some", "many", "several", "most", "no", "not", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
    "second", "third", "last", "next", "new", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "earlier", "later",
    "today", "yesterday", "tomorrow", "tonight", "then", "now", "so", "thus", "instead",
    "until", "about", "above", "over", "under", "between", "among", "amid", "amidst", "into",
    "onto", "upon", "within", "without", "against", "toward", "towards", "through", "via",
    "per", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "does", "did", "said", "says", "say",
    "other", "another", "such", "any", "only", "even",
    "just", "very", "more", "less", "much", "few", "further", "finally", "overall",
    "conclusion", "summary", "update", "updated", "breaking", "exclusive", "read", "watch",
    "photo", "video", "comments", "comment", "share", "advertisement", "related", "see",
    "please", "click", "yes", "ok", "okay", "well", "because", "unless", "whether", "once",
    "again", "always", "never", "often", "sometimes", "perhaps", "maybe", "indeed",
    "nevertheless", "nonetheless", "therefore", "hence", "otherwise", "similarly",
    "likewise", "alternatively", "specifically", "notably", "importantly", "initially",
    "previously", "subsequently", "ultimately", "currently", "recently", "together",
];

/// Status words → the status they give a role.
const STATUS: &[(&str, RoleStatus)] = &[
    ("former", RoleStatus::Former), ("ex", RoleStatus::Former),
    ("erstwhile", RoleStatus::Former), ("onetime", RoleStatus::Former),
    ("one-time", RoleStatus::Former), ("late", RoleStatus::Former),
    ("acting", RoleStatus::Acting), ("interim", RoleStatus::Acting),
    ("caretaker", RoleStatus::Acting), ("incoming", RoleStatus::Future),
    ("future", RoleStatus::Future), ("designate", RoleStatus::Future),
    ("elect", RoleStatus::Future), ("would-be", RoleStatus::Future),
    ("soon-to-be", RoleStatus::Future), ("current", RoleStatus::Current),
    ("sitting", RoleStatus::Current), ("outgoing", RoleStatus::Current),
    ("incumbent", RoleStatus::Current), ("serving", RoleStatus::Current),
    ("new", RoleStatus::Current), ("newly", RoleStatus::Current),
];

/// Adverbs that may sit inside a status phrase: "former and potentially future".
const STATUS_ADVERBS: &[&str] =
    &["potentially", "possibly", "likely", "perhaps", "probably", "once", "and", "or", "now"];

const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "prof", "rev", "reverend",
    "fr", "sheikh", "madam", "madame", "monsieur", "herr", "frau",
];

/// A military or civil rank written before a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rank {
    /// The rank spelt out, lower case: "admiral" for "Adm.".
    pub full: &'static str,
    /// True for words that qualify a following rank ("Rear", "Vice", "Lt.").
    pub prefix: bool,
}

impl Rank {
    /// True when the word is a rank before a name on its own too: "Lt.
    /// Marty Earley" is a lieutenant as surely as "Lt. Gen." is a
    /// lieutenant general; "Rear" or "Vice" alone is no rank.
    pub fn alone(&self) -> bool {
        !self.prefix || matches!(self.full, "lieutenant" | "major" | "brigadier")
    }
}

const RANKS: &[(&str, &str, bool)] = &[
    ("gen", "general", false), ("general", "general", false), ("lt", "lieutenant", true),
    ("lieut", "lieutenant", true), ("lieutenant", "lieutenant", true), ("col", "colonel", false),
    ("colonel", "colonel", false), ("maj", "major", false), ("major", "major", true),
    ("capt", "captain", false), ("captain", "captain", false), ("sgt", "sergeant", false),
    ("sergeant", "sergeant", false), ("adm", "admiral", false), ("admiral", "admiral", false),
    ("cmdr", "commander", false), ("cdr", "commander", false), ("brig", "brigadier", true),
    ("brigadier", "brigadier", true), ("pvt", "private", false), ("cpl", "corporal", false),
    ("corporal", "corporal", false), ("commodore", "commodore", false), ("rear", "rear", true), ("vice", "vice", true),
    ("sen", "senator", false), ("rep", "representative", false), ("gov", "governor", false),
    ("pres", "president", false), ("amb", "ambassador", false), ("supt", "superintendent", false),
    ("insp", "inspector", false), ("det", "detective", false), ("marshal", "marshal", false),
    ("field", "field", true), ("staff", "staff", true), ("master", "master", true),
    ("chief", "chief", true), ("warrant", "warrant", true), ("petty", "petty", true),
];

/// Words that make a capitalised name an organisation.
const ORG_WORDS: &[&str] = &[
    "ministry", "department", "agency", "council", "party", "university", "college", "school",
    "bank", "news", "times", "post", "journal", "herald", "tribune", "telegraph", "gazette",
    "press", "court", "commission", "committee", "union", "institute", "institution", "center",
    "centre", "group", "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc",
    "gmbh", "foundation", "association", "organization", "organisation", "federation", "league",
    "authority", "office", "bureau", "service", "services", "forces", "army", "navy",
    "police", "parliament", "congress", "senate", "assembly", "cabinet", "government",
    "administration", "alliance", "fund", "network", "media", "television", "tv", "radio",
    "broadcasting", "magazine", "airlines", "airways", "holdings", "industries",
    "technologies", "motors", "exchange", "club", "hospital", "clinic", "church", "museum",
    "studios", "records", "reserve", "board", "directorate", "secretariat", "embassy",
    "consulate", "coalition", "movement", "brigade", "battalion", "regiment", "guard",
    "academy", "society", "trust", "partners", "capital", "systems", "labs", "laboratory",
    "review", "daily", "weekly", "monitor", "observer", "chronicle", "independent", "wire",
    "insider", "mail", "express", "sun", "mirror", "standard", "today", "observatory",
    "command", "staff", "initiative", "program", "programme", "project", "council", "treasury",
    "advisors", "advisers", "associates", "consultants", "award", "awards", "prize",
];

/// Well-known organisations, often used as metonyms ("the Kremlin said"):
/// surface (folded, dots removed from acronyms) → canonical key.
const KNOWN_ORGS: &[(&str, &str)] = &[
    ("kremlin", "kremlin"), ("white house", "white house"), ("pentagon", "pentagon"),
    ("state department", "state department"), ("department of state", "state department"),
    ("downing street", "downing street"), ("elysee", "elysee"), ("elysee palace", "elysee"),
    ("nato", "nato"), ("un", "united nations"), ("united nations", "united nations"),
    ("eu", "european union"), ("european union", "european union"),
    ("european commission", "european commission"), ("european parliament", "european parliament"),
    ("security council", "un security council"), ("un security council", "un security council"),
    ("imf", "imf"), ("international monetary fund", "imf"), ("world bank", "world bank"),
    ("osce", "osce"), ("iaea", "iaea"), ("opec", "opec"), ("fbi", "fbi"), ("cia", "cia"),
    ("nsa", "nsa"), ("kgb", "kgb"), ("fsb", "fsb"), ("gru", "gru"), ("sbu", "sbu"),
    ("nbc", "nbc"), ("nbc news", "nbc"), ("cbs", "cbs"), ("cbs news", "cbs"), ("abc", "abc"),
    ("abc news", "abc"), ("cnn", "cnn"), ("bbc", "bbc"), ("fox news", "fox news"),
    ("reuters", "reuters"), ("ap", "associated press"), ("associated press", "associated press"),
    ("afp", "afp"), ("agence france-presse", "afp"), ("bloomberg", "bloomberg"),
    ("al jazeera", "al jazeera"), ("tass", "tass"), ("ria novosti", "ria novosti"),
    ("interfax", "interfax"), ("xinhua", "xinhua"), ("new york times", "new york times"),
    ("washington post", "washington post"), ("wall street journal", "wall street journal"),
    ("financial times", "financial times"), ("guardian", "guardian"), ("politico", "politico"),
    ("axios", "axios"), ("npr", "npr"), ("pbs", "pbs"), ("hamas", "hamas"),
    ("hezbollah", "hezbollah"), ("taliban", "taliban"), ("isis", "isis"), ("nasa", "nasa"),
    ("congress", "congress"), ("senate", "senate"), ("supreme court", "supreme court"),
    ("federal reserve", "federal reserve"), ("g7", "g7"), ("g20", "g20"), ("brics", "brics"),
    ("african union", "african union"), ("arab league", "arab league"),
    ("red cross", "red cross"), ("amnesty international", "amnesty international"),
    ("human rights watch", "human rights watch"), ("unicef", "unicef"), ("unesco", "unesco"),
    ("wto", "wto"), ("oecd", "oecd"), ("asean", "asean"),
    ("gazprom", "gazprom"), ("rosneft", "rosneft"), ("duma", "duma"), ("knesset", "knesset"),
    ("bundestag", "bundestag"), ("verkhovna rada", "verkhovna rada"),
];

/// Words that end names of sites and features: "Fenway Park", "Red Square".
const PLACE_WORDS: &[&str] = &[
    "street", "avenue", "road", "square", "park", "bridge", "airport", "stadium", "arena",
    "river", "lake", "mountain", "mountains", "island", "islands", "valley", "bay", "beach",
    "county", "province", "district", "oblast", "region", "palace", "tower", "cathedral",
    "mosque", "temple", "port", "harbour", "harbor", "canal", "sea", "ocean", "desert",
    "forest", "heights", "hills", "plaza", "boulevard", "station", "peninsula", "strait",
    "gulf", "coast", "border", "crossing", "dam", "base", "prison", "cemetery", "township",
    "borough", "parish",
];

/// Nouns that turn a preceding name into an affiliation: "Trump administration".
const AFFILIATION_NOUNS: &[&str] =
    &["administration", "government", "campaign", "team", "camp", "cabinet", "transition", "regime"];

/// Lower-case words that may sit inside an organisation name.
const CONNECTORS: &[&str] = &["of", "for", "and", "&", "the", "on", "in", "de", "du", "des", "la"];

/// Lower-case particles inside personal names: "Ursula von der Leyen".
const PARTICLES: &[&str] = &[
    "van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "bin", "ibn", "al",
    "el", "le", "la", "dos", "das", "ter", "ten", "st", "bint", "abu",
];

/// Past and present forms of verbs that report speech ("Miles Vinar
/// spoke to ONE News", "DeGeneres tweeted Wednesday").
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "spoke", "speaks", "added", "explained", "recalled", "wrote", "writes", "tweeted", "tweets",
    "asked", "asks", "posted", "stated", "announced", "declared", "insisted", "noted", "replied", "shouted",
];

const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

static ROLE_MAP: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| ROLE_NOUNS.iter().copied().collect());
static MODIFIERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(ROLE_MODIFIERS));
static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(STOPWORDS));
static STATUS_MAP: LazyLock<HashMap<&'static str, RoleStatus>> =
    LazyLock::new(|| STATUS.iter().copied().collect());
static HONORIFIC_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(HONORIFICS));
static RANK_MAP: LazyLock<HashMap<&'static str, Rank>> = LazyLock::new(|| {
    RANKS.iter().map(|&(w, full, prefix)| (w, Rank { full, prefix })).collect()
});
static ORG_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(ORG_WORDS));
static PLACE_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(PLACE_WORDS));
static KNOWN: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| KNOWN_ORGS.iter().copied().collect());

/// Call `f` with `word` folded and a trailing period removed ("Adm." → "adm").
fn with_bare<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    super::with_folded(word, |w| f(w.strip_suffix('.').unwrap_or(w)))
}

/// The normalised head a role noun gives: "advisor" → "adviser",
/// "Spokesman" → "spokesman"; None for other words.
pub fn role_head(word: &str) -> Option<&'static str> {
    with_bare(word, |w| ROLE_MAP.get(w).copied())
}

/// The compound head of two role words: ("Prime", "Minister") → "prime minister".
pub fn compound_head(first: &str, second: &str) -> Option<&'static str> {
    with_bare(first, |a| {
        with_bare(second, |b| COMPOUND_HEADS.iter().find(|(x, y, _)| *x == a && *y == b).map(|(_, _, h)| *h))
    })
}

/// True for words that narrow a role: "special", "foreign", "press".
pub fn is_role_modifier(word: &str) -> bool {
    with_bare(word, |w| MODIFIERS.contains(w))
}

/// The status a word gives a role: "former" → Former, "acting" → Acting,
/// "incoming"/"elect"/"designate" → Future, "current"/"new" → Current.
pub fn status_word(word: &str) -> Option<RoleStatus> {
    with_bare(word, |w| STATUS_MAP.get(w).copied())
}

/// Adverbs and conjunctions allowed inside a status phrase.
pub fn is_status_adverb(word: &str) -> bool {
    with_bare(word, |w| STATUS_ADVERBS.contains(&w))
}

/// True for honorifics: "Mr.", "Mrs", "Dr.", "Sir", "Dame".
pub fn is_honorific(word: &str) -> bool {
    with_bare(word, |w| HONORIFIC_SET.contains(w))
}

/// A rank or civil title written before a name: "Gen." → general,
/// "Rear" → rear (prefix), "Sen." → senator.
pub fn rank(word: &str) -> Option<Rank> {
    with_bare(word, |w| RANK_MAP.get(w).copied())
}

/// True for capitalised function words and other words that begin
/// sentences or headlines without being names ("The", "However", "Tuesday").
pub fn is_stopword(word: &str) -> bool {
    with_bare(word, |w| STOP.contains(w))
}

/// True for words that mark an organisation name: "Ministry", "News", "Inc".
pub fn is_org_word(word: &str) -> bool {
    with_bare(word, |w| ORG_SET.contains(w))
}

/// True for words that name a part of a city before its name: "Northeast"
/// (Philadelphia), "Downtown" (Dallas), "Greater" (Manchester).
pub fn is_city_part(word: &str) -> bool {
    const PARTS: &[&str] = &[
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "downtown",
        "uptown", "midtown", "greater", "metro", "suburban", "northern", "southern", "eastern", "western", "inner",
    ];
    with_bare(word, |w| PARTS.contains(&w))
}

/// True for words that end names of sites: "Park", "Square", "Airport".
pub fn is_place_word(word: &str) -> bool {
    with_bare(word, |w| PLACE_SET.contains(w))
}

/// Canonical key of a well-known organisation: "the Kremlin" → "kremlin",
/// "U.N." → "united nations", "NBC News" → "nbc".
pub fn known_org(name: &str) -> Option<&'static str> {
    let f = fold(name);
    let f = f.strip_prefix("the ").unwrap_or(&f);
    if let Some(k) = KNOWN.get(f) {
        return Some(k);
    }
    if f.contains('.') {
        let bare: String = f.chars().filter(|c| *c != '.').collect();
        return KNOWN.get(bare.trim()).copied();
    }
    None
}

/// True for nouns that make a preceding name an affiliation: "administration".
pub fn affiliation_noun(word: &str) -> bool {
    with_bare(word, |w| AFFILIATION_NOUNS.contains(&w))
}

/// True for lower-case words allowed inside organisation names: "of", "and".
pub fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

/// True for lower-case name particles: "van", "de", "bin".
pub fn is_name_particle(word: &str) -> bool {
    with_bare(word, |w| PARTICLES.contains(&w))
}

/// True for a verb form that reports speech, lower case ("said", "tweeted").
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word)
}

/// True for name suffixes: "Jr.", "III".
pub fn is_name_suffix(word: &str) -> bool {
    with_bare(word, |w| SUFFIXES.contains(&w))
}
