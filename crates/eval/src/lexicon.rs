//! Small general word lists for the candidate finders. They are generic
//! English / world knowledge, not taken from the evaluation data, so the
//! generator's key stays independent of what crosscheck itself knows.

/// Common English given names, women's.
#[rustfmt::skip]
pub const FEMALE_NAMES: &[&str] = &[
    "Amanda", "Amy", "Angela", "Anna", "Anne", "Ashley", "Barbara", "Betty", "Brenda", "Carol",
    "Caroline", "Catherine", "Christine", "Claire", "Cynthia", "Deborah", "Diana", "Donna", "Dorothy",
    "Elizabeth", "Ellen", "Emily", "Emma", "Grace", "Hannah", "Heather", "Helen", "Jane", "Janet",
    "Jennifer", "Jessica", "Joan", "Julia", "Julie", "Karen", "Kate", "Katherine", "Kathleen", "Kelly",
    "Laura", "Linda", "Lindsay", "Lisa", "Margaret", "Maria", "Mary", "Megan", "Melissa", "Michelle",
    "Nancy", "Natalie", "Nicole", "Olivia", "Pamela", "Patricia", "Rachel", "Rebecca", "Ruth", "Sandra",
    "Sarah", "Sharon", "Sophie", "Stephanie", "Susan", "Tara", "Teresa", "Victoria", "Virginia",
];

/// Common English given names, men's.
#[rustfmt::skip]
pub const MALE_NAMES: &[&str] = &[
    "Aaron", "Adam", "Alan", "Albert", "Andrew", "Anthony", "Arthur", "Barack", "Benjamin", "Bill",
    "Bob", "Brian", "Bruce", "Carl", "Charles", "Chris", "Christopher", "Daniel", "David", "Dennis",
    "Donald", "Douglas", "Edward", "Eric", "Frank", "Gary", "George", "Gerald", "Gregory", "Harold",
    "Henry", "Jack", "Jacob", "James", "Jason", "Jeff", "Jeffrey", "Jerry", "Jim", "Joe", "John",
    "Jonathan", "Joseph", "Joshua", "Keith", "Kenneth", "Kevin", "Larry", "Mark", "Matthew", "Michael",
    "Mike", "Nicholas", "Patrick", "Paul", "Peter", "Philip", "Ralph", "Raymond", "Richard", "Robert",
    "Roger", "Ronald", "Russell", "Ryan", "Samuel", "Scott", "Sean", "Stephen", "Steve", "Steven",
    "Thomas", "Timothy", "Tom", "Tony", "Walter", "William",
];

/// Well-known cities by country. Names that are also common surnames or
/// given names (Washington, Jackson, Austin, Orlando, Lincoln) are left out:
/// a changed surname is not a changed place.
#[rustfmt::skip]
pub const CITIES: &[(&str, &[&str])] = &[
    ("us", &[
        "New York", "Los Angeles", "Chicago", "Houston", "Philadelphia", "San Antonio", "San Diego",
        "Dallas", "San Francisco", "Seattle", "Denver", "Boston", "Detroit", "Nashville", "Baltimore",
        "Atlanta", "Miami", "Minneapolis", "Cleveland", "New Orleans", "Las Vegas", "Pittsburgh",
        "Cincinnati", "Sacramento", "Portland", "Indianapolis", "Milwaukee", "Oakland", "Tampa",
        "Memphis", "Louisville", "Albuquerque", "Tucson", "Phoenix", "Honolulu", "Anchorage",
    ]),
    ("uk", &["London", "Manchester", "Birmingham", "Liverpool", "Leeds", "Glasgow", "Edinburgh", "Bristol", "Cardiff", "Belfast"]),
    ("canada", &["Toronto", "Montreal", "Vancouver", "Ottawa", "Calgary", "Edmonton", "Winnipeg"]),
    ("australia", &["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra"]),
    ("india", &["Mumbai", "Delhi", "New Delhi", "Kolkata", "Chennai", "Bangalore", "Hyderabad", "Ahmedabad", "Pune"]),
    ("pakistan", &["Karachi", "Lahore", "Islamabad", "Peshawar", "Quetta", "Rawalpindi"]),
    ("france", &["Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Bordeaux", "Strasbourg"]),
    ("germany", &["Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt", "Stuttgart", "Dresden"]),
    ("italy", &["Rome", "Milan", "Naples", "Turin", "Florence", "Venice", "Palermo"]),
    ("spain", &["Madrid", "Barcelona", "Valencia", "Seville", "Bilbao", "Malaga"]),
    ("mexico", &["Mexico City", "Guadalajara", "Monterrey", "Tijuana", "Acapulco", "Cancun"]),
    ("china", &["Beijing", "Shanghai", "Guangzhou", "Shenzhen", "Chengdu", "Wuhan"]),
    ("japan", &["Tokyo", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Sapporo"]),
    ("russia", &["Moscow", "St. Petersburg", "Novosibirsk", "Yekaterinburg", "Kazan"]),
    ("middle_east", &["Baghdad", "Basra", "Mosul", "Tehran", "Kabul", "Kandahar", "Damascus", "Beirut", "Jerusalem", "Tel Aviv", "Gaza", "Cairo", "Amman", "Riyadh", "Dubai"]),
    ("indonesia", &["Jakarta", "Surabaya", "Bandung", "Medan", "Bali"]),
    ("philippines", &["Manila", "Quezon City", "Davao", "Cebu"]),
    ("africa", &["Lagos", "Abuja", "Nairobi", "Johannesburg", "Cape Town", "Durban", "Khartoum", "Mogadishu"]),
];

/// Title families: a title is replaced by another of its family, so the
/// change stays plausible ("Governor" → "Senator", never → "actress").
/// Each entry: (canonical lower-case form, abbreviation if any).
#[rustfmt::skip]
pub const TITLE_FAMILIES: &[&[(&str, Option<&str>)]] = &[
    &[
        ("president", None), ("governor", Some("Gov")), ("senator", Some("Sen")),
        ("representative", Some("Rep")), ("mayor", None), ("secretary", None), ("minister", None),
        ("judge", None),
    ],
    &[
        ("general", Some("Gen")), ("lieutenant", Some("Lt")), ("sergeant", Some("Sgt")),
        ("captain", Some("Capt")), ("colonel", Some("Col")), ("admiral", Some("Adm")),
        ("detective", Some("Det")), ("sheriff", None), ("officer", None), ("deputy", None),
        ("commander", Some("Cmdr")),
    ],
    &[("coach", None), ("manager", None)],
    &[("quarterback", None), ("linebacker", None), ("receiver", None), ("cornerback", None)],
    &[("pitcher", None), ("catcher", None), ("shortstop", None), ("outfielder", None)],
    &[("striker", None), ("goalkeeper", None), ("midfielder", None)],
    &[
        ("actress", None), ("singer", None), ("rapper", None), ("director", None), ("producer", None),
        ("comedian", None), ("songwriter", None),
    ],
    // Not "founder": how a person started a company, not a post, so a
    // founder who is also chairman or CEO is no contradiction.
    &[("spokesman", None), ("ceo", None), ("chairman", None), ("cfo", None)],
];

/// Title words that name the same role as a canonical title (a change
/// between them would not be a different title).
#[rustfmt::skip]
pub const TITLE_ALIASES: &[(&str, &str)] = &[
    ("spokeswoman", "spokesman"),
    ("spokesperson", "spokesman"),
    // A star's publicist is the spokesman news reports quote.
    ("publicist", "spokesman"),
    ("actor", "actress"),
    ("chairwoman", "chairman"),
    ("chair", "chairman"),
];

/// Words that make a title part of a longer one ("general manager",
/// "public defender", "wide receiver", "prime minister", "vice president"):
/// a title right after one of them is left alone.
#[rustfmt::skip]
pub const TITLE_MODIFIERS: &[&str] = &[
    "general", "assistant", "vice", "deputy", "executive", "public", "wide", "prime", "chief", "head",
    "associate", "managing", "creative", "art", "artistic", "fire", "district", "attorney", "surgeon",
    "defensive", "offensive", "press", "first", "second", "third", "pitching", "hitting", "casting",
    "music", "film", "program", "stage", "former", "lieutenant", "co", "interim",
];

/// Capitalised words that are part of an office, not of a person's name
/// ("Deputy District Attorney Lowell", "Judge Advocate General").
#[rustfmt::skip]
pub const NOT_NAME_WORDS: &[&str] = &[
    "Attorney", "District", "General", "Chief", "Deputy", "Assistant", "Public", "Police", "County",
    "State", "City", "Fire", "Department", "Court", "Surgeon", "Secretary", "Minister", "Prime",
    "Vice", "Executive", "Director", "Officer", "Advocate", "Marshal", "Emeritus", "Elect",
];

/// Titles written in capitals (`CEO`), not capitalised like words.
#[rustfmt::skip]
pub const UPPER_TITLES: &[&str] = &["ceo", "cfo"];

/// Days of the week.
#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Month names and their abbreviations (a number after one is a day of month).
#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec",
];

/// Number words two to twenty (one is left out: "one of", "one person"
/// makes poor, sometimes ungrammatical changes).
#[rustfmt::skip]
pub const NUMBER_WORDS: &[(&str, u64)] = &[
    ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
    ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
    ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19),
    ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
];

/// Words after a number that are not the thing counted.
#[rustfmt::skip]
pub const NOT_NOUNS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with",
    "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "than",
    "who", "which", "when", "where", "after", "before", "during", "into", "over", "under", "more",
    "less", "times", "percent", "per", "p", "a.m", "am", "pm", "et", "said", "says", "he", "she",
    "they", "it", "we", "i", "you", "his", "her", "their", "its", "other", "others", "million",
    "billion", "trillion", "thousand", "hundred", "dozen", "st", "nd", "rd", "th", "s",
];

/// Capitalised words that end names of things, not people: "Tony Awards",
/// "Grace Hospital", "Mary Street" are not full person names.
#[rustfmt::skip]
pub const THING_NAME_WORDS: &[&str] = &[
    "Award", "Awards", "Prize", "Center", "Centre", "Foundation", "University", "College", "School",
    "Hospital", "Clinic", "Street", "Avenue", "Road", "Lane", "Drive", "Boulevard", "Park", "Hall",
    "Stadium", "Arena", "Field", "Airport", "Institute", "Church", "Cathedral", "Bridge", "Festival",
    "Show", "Theatre", "Theater", "Museum", "Hotel", "Club", "Company", "Inc", "Corp", "Group",
    "Island", "River", "Lake", "Mountain", "County", "Building", "Tower", "Square", "Cup", "Trophy",
    "Games", "Bowl", "Series", "Act", "Law", "Day", "Fund", "Trust", "Library", "Memorial",
];
