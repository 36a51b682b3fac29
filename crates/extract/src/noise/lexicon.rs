//! General vocabularies the noise finder recognises lines by: the words page
//! widgets are made of, and the names languages go by in language pickers.
//! These are lexicons of the web's UI language, not strings from any
//! particular page.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Which widget family a UI word belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    /// Comment boxes and threads.
    Comment,
    /// Share, like, repost, reward, follow, bookmark buttons and networks.
    Social,
    /// App-download and QR-code prompts.
    App,
    /// Menus, sign-in, cookie banners, "read more", ads.
    Nav,
}

const COMMENT: &[&str] = &[
    "comment",
    "comments",
    "commenting",
    "reply",
    "replies",
    "respond",
    "responses",
    "discuss",
    "discussion",
    "discussions",
];

const SOCIAL: &[&str] = &[
    "share",
    "shares",
    "shared",
    "sharing",
    "like",
    "likes",
    "liked",
    "unlike",
    "dislike",
    "repost",
    "reposts",
    "reposted",
    "retweet",
    "retweets",
    "tweet",
    "reward",
    "rewards",
    "tip",
    "donate",
    "pin",
    "pinned",
    "unpin",
    "follow",
    "follows",
    "followed",
    "following",
    "followers",
    "unfollow",
    "subscribe",
    "subscribed",
    "subscribers",
    "unsubscribe",
    "save",
    "saved",
    "bookmark",
    "bookmarks",
    "bookmarked",
    "print",
    "email",
    "e-mail",
    "mail",
    "copy",
    "copied",
    "upvote",
    "upvotes",
    "downvote",
    "vote",
    "votes",
    "favorite",
    "favourite",
    "favorites",
    "favourites",
    "react",
    "reactions",
    "clap",
    "claps",
    "views",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "reddit",
    "pinterest",
    "weibo",
    "wechat",
    "instagram",
    "youtube",
    "tiktok",
    "flipboard",
    "messenger",
    "bluesky",
    "mastodon",
    "threads",
    "sms",
    "gift",
];

const APP: &[&str] = &[
    "download",
    "downloads",
    "app",
    "apps",
    "scan",
    "qr",
    "qrcode",
    "install",
    "ios",
    "android",
    "iphone",
    "ipad",
    "store",
    "play",
    "google",
    "apple",
    "mobile",
];

const NAV: &[&str] = &[
    "home",
    "menu",
    "search",
    "login",
    "logout",
    "log",
    "sign",
    "signin",
    "signup",
    "register",
    "account",
    "profile",
    "settings",
    "cookie",
    "cookies",
    "accept",
    "reject",
    "decline",
    "manage",
    "preferences",
    "privacy",
    "policy",
    "terms",
    "newsletter",
    "newsletters",
    "next",
    "previous",
    "prev",
    "back",
    "top",
    "close",
    "skip",
    "navigation",
    "toggle",
    "show",
    "hide",
    "load",
    "read",
    "continue",
    "see",
    "related",
    "recommended",
    "trending",
    "popular",
    "latest",
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "promoted",
    "feedback",
    "contact",
    "help",
    "faq",
    "expand",
    "collapse",
    "translate",
    "edit",
    "delete",
    "open",
    "fullscreen",
    "listen",
    "watch",
];

/// Words that carry no content of their own in a widget label
/// ("Post *a* Comment", "Share *on* X", "Follow *us*").
const FUNCTION: &[&str] = &[
    "a", "an", "the", "to", "on", "in", "of", "for", "with", "and", "or", "us", "our", "your",
    "you", "this", "that", "it", "me", "my", "no", "not", "be", "is", "are", "first", "here",
    "now", "up", "via", "by", "at", "from", "all", "more", "out", "off", "as", "please", "yet",
    "only", "view", "full", "screen", "get", "being",
    // Verbs widget labels wrap around a UI word ("*Leave* a reply").
    "leave", "write", "add", "submit", "join", "send", "click", "tap",
];

/// Generic nouns widgets talk about ("Share this *article*", "*Abstract*
/// generation in progress").
const GENERIC: &[&str] = &[
    "post",
    "posts",
    "article",
    "articles",
    "story",
    "stories",
    "page",
    "pages",
    "content",
    "link",
    "links",
    "thread",
    "code",
    "abstract",
    "summary",
    "text",
    "data",
    "results",
    "answer",
    "translation",
    "response",
    "video",
    "image",
    "ai",
];

/// Words that say something is still loading.
const LOADING: &[&str] = &[
    "loading",
    "generating",
    "generation",
    "progress",
    "wait",
    "fetching",
    "processing",
    "pending",
    "preparing",
    "generated",
    "loaded",
];

/// Language names as pickers show them: autonyms (each language in its own
/// name, the usual picker form).
const AUTONYMS: &[&str] = &[
    "english",
    "español",
    "عربي",
    "بالعربية",
    "français",
    "deutsch",
    "italiano",
    "português",
    "русский",
    "简体中文",
    "繁體中文",
    "繁体中文",
    "正體中文",
    "中文",
    "日本語",
    "한국어",
    "العربية",
    "türkçe",
    "tiếng việt",
    "bahasa indonesia",
    "bahasa melayu",
    "ไทย",
    "polski",
    "nederlands",
    "українська",
    "हिन्दी",
    "বাংলা",
    "فارسی",
    "עברית",
    "ελληνικά",
    "čeština",
    "magyar",
    "română",
    "svenska",
    "dansk",
    "norsk",
    "norsk bokmål",
    "suomi",
    "filipino",
    "tagalog",
    "kiswahili",
    "català",
    "hrvatski",
    "srpski",
    "српски",
    "български",
    "slovenčina",
    "slovenščina",
    "lietuvių",
    "latviešu",
    "eesti",
    "afrikaans",
    "اردو",
    "қазақша",
    "oʻzbekcha",
    "o'zbek",
    "azərbaycan",
    "ქართული",
    "հայերեն",
    "монгол",
    "မြန်မာ",
    "ខ្មែរ",
    "ລາວ",
    "नेपाली",
    "मराठी",
    "తెలుగు",
    "தமிழ்",
    "ಕನ್ನಡ",
    "മലയാളം",
    "ગુજરાતી",
    "ਪੰਜਾਬੀ",
    "සිංහල",
    "euskara",
    "galego",
    "gaeilge",
    "cymraeg",
    "íslenska",
    "shqip",
    "македонски",
    "bosanski",
    "беларуская",
    "粵語",
    "廣東話",
    "hausa",
    "yorùbá",
    "igbo",
    "አማርኛ",
    "soomaali",
    "español (latinoamérica)",
];

/// English names of languages (pickers on English sites use these).
const EXONYMS: &[&str] = &[
    "spanish",
    "french",
    "german",
    "italian",
    "portuguese",
    "russian",
    "chinese",
    "simplified chinese",
    "traditional chinese",
    "japanese",
    "korean",
    "arabic",
    "turkish",
    "vietnamese",
    "indonesian",
    "malay",
    "thai",
    "polish",
    "dutch",
    "ukrainian",
    "hindi",
    "bengali",
    "persian",
    "farsi",
    "hebrew",
    "greek",
    "czech",
    "hungarian",
    "romanian",
    "swedish",
    "danish",
    "norwegian",
    "finnish",
    "catalan",
    "croatian",
    "serbian",
    "bulgarian",
    "slovak",
    "slovenian",
    "lithuanian",
    "latvian",
    "estonian",
    "urdu",
    "kazakh",
    "uzbek",
    "georgian",
    "armenian",
    "tamil",
    "swahili",
    "cantonese",
    "mandarin",
];

fn set(words: &[&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

static COMMENT_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(COMMENT));
static SOCIAL_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(SOCIAL));
static APP_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(APP));
static NAV_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(NAV));
static FILLER_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    let mut s = set(FUNCTION);
    s.extend(GENERIC.iter().copied());
    s
});
static LOADING_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(LOADING));
static AUTONYM_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(AUTONYMS));
static EXONYM_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(EXONYMS));

/// The widget family of a lower-case word, if it is a UI word.
pub fn ui(word: &str) -> Option<Ui> {
    if APP_SET.contains(word) {
        Some(Ui::App)
    } else if COMMENT_SET.contains(word) {
        Some(Ui::Comment)
    } else if SOCIAL_SET.contains(word) {
        Some(Ui::Social)
    } else if NAV_SET.contains(word) {
        Some(Ui::Nav)
    } else {
        None
    }
}

/// Function words and generic nouns that widget labels are padded with.
pub fn is_filler(word: &str) -> bool {
    FILLER_SET.contains(word)
}

/// Words of loading placeholders ("loading", "progress").
pub fn is_loading(word: &str) -> bool {
    LOADING_SET.contains(word)
}

/// Whether a normalised (lower-case, qualifier-free) label names a
/// language: `Some(true)` for an autonym, `Some(false)` for an English name.
pub fn language(label: &str) -> Option<bool> {
    if AUTONYM_SET.contains(label) {
        Some(true)
    } else if EXONYM_SET.contains(label) {
        Some(false)
    } else {
        None
    }
}
