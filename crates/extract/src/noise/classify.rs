//! Classifying one line by its shape and vocabulary, without looking at its
//! neighbours (the caller does that).

use std::sync::LazyLock;

use crosscheck_model::NoiseKind;
use regex::{Regex, RegexSet};

use super::lexicon::{self, Ui};

/// What one line looks like on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Nothing but whitespace: ignored when looking for neighbours.
    Blank,
    /// Noise whatever its neighbours.
    Noise(NoiseKind),
    /// Noise only next to other noise: a counter ("0/400"), a lone
    /// lower-case icon label ("robot"). `None`: take the neighbour's kind.
    Weak(Option<NoiseKind>),
    /// A language name; a run of them is a language picker.
    Language {
        /// Written in the language itself ("Español", "日本語").
        autonym: bool,
    },
    /// A short line that is not a sentence (a heading, a slogan, a menu
    /// item): noise when noise surrounds it, content otherwise.
    Short,
    /// Content.
    Content,
}

/// Compile a pattern. `\b` and `\d` are made ASCII-only: the patterns
/// here are English UI and legal phrases, and Unicode word boundaries under
/// `(?i)` cost milliseconds each to build.
fn re(pattern: &str) -> Regex {
    Regex::new(&ascii_boundaries(pattern)).expect("valid regex")
}

fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]")
}

/// A leading list bullet, for lines like "  • Share" or "- Timing: …".
static BULLET: LazyLock<Regex> = LazyLock::new(|| re(r"^[•·●▪◦‣∙○■□➤►*+\-–—]\s+"));

/// Lines made only of image/link markup with no text: `![]() |`, `[](/x)`,
/// `![alt]()`, optionally between table pipes.
static EMPTY_MARKUP: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[\s|]*(?:(?:!?\[\s*\]\([^)]*\)|!\[[^\]]*\]\(\s*\))[\s|]*)+$"));

/// A bracketed credit: "[Photo: …]", "(AP Photo/…)", "(Image credit: …)".
static CAPTION_BRACKET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)[\[(]\s*(?:(?:ap|afp|file|reuters|getty|pool|epa)\s+)?(?:photo|image|picture|photograph|pic|video|credit|illustration|graphic)s?(?:\s+(?:by|credit))?\s*[:/]",
    )
});
/// A credit closing the line: "… Photo: Jane Doe/Reuters", "Image credit: X".
static CAPTION_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i:\b(?:photo|image|picture|photograph|credit|illustration)s?(?:\s+(?:credit|by))?\s*:)\s*\p{Lu}[^.!?:]*[\])]?\s*\|?\s*$",
    )
});
/// A photographer/agency credit closing the line: "Jane Doe/AFP", "… via Getty Images".
static CAPTION_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:/\s*|\bvia\s+)(?:AFP|AP|EPA|Reuters|REUTERS|Getty Images|Bloomberg|Xinhua|TASS|Sputnik|Anadolu|Shutterstock|Alamy|Pool)(?:\s+via\s+Getty Images)?\s*[\])]?\s*\|?\s*$",
    )
});
/// "Photo by Jane Doe on Unsplash".
static CAPTION_BY: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:photo|photograph|image|picture)\s+(?i:by)\s+\p{Lu}"));

/// A markdown table separator row: `---|---|`, `|:--|--:|`.
static TABLE_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$"));

/// A character counter under a comment box: "0/400".
static COUNTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{1,5}\s*/\s*\d{1,5}$"));

/// App-download prompts that name the app: "Scan to download Acme App",
/// "Get the Acme News app", "Available on Google Play".
static APP_PROMPT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:download|get|install|open|try)\b[^.!?]*?\bapps?\b|\bscan\b[^.!?]*?\b(?:qr|code|download|app)\b|\b(?:app store|google play|play store|qr\s*code)\b",
    )
});

/// Markers of legal boilerplate; two distinct ones make a disclaimer.
/// One set, so a line is scanned once for all of them.
static DISCLAIMER_MARKERS: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new(DISCLAIMER_PATTERNS.iter().map(|p| ascii_boundaries(p))).expect("valid regexes")
});
/// Any one of [`DISCLAIMER_MARKERS`]: a single fast scan that most lines
/// fail, so the set (which must find every marker) runs only on the few
/// lines that have one.
static DISCLAIMER_ANY: LazyLock<Regex> = LazyLock::new(|| {
    let any = DISCLAIMER_PATTERNS
        .iter()
        .map(|p| format!("(?:{})", p.trim_start_matches("(?i)")))
        .collect::<Vec<_>>()
        .join("|");
    re(&format!("(?i){any}"))
});
const DISCLAIMER_PATTERNS: [&str; 10] = [
    r"(?i)\bthird[- ]party (?:content|websites?|links?|sites?)",
    r"(?i)\b(?:informational|information|educational|general) purposes only\b",
    r"(?i)\b(?:financial|investment|legal|tax|professional|medical) advice\b",
    r"(?i)\bdisclaimer\b",
    r"(?i)\b(?:representations?|warrant(?:y|ies))\b",
    r"(?i)\bendorse(?:ment|ments|s)?\b",
    r"(?i)\bdo(?:es)? not necessarily (?:reflect|represent)\b",
    r"(?i)\bat (?:your|their) own risk\b",
    r"(?i)\b(?:not|no) (?:liable|liability|responsible|responsibility)\b",
    r"(?i)\bterms (?:of (?:use|service)|and conditions)\b",
];
/// Boilerplate that needs no second marker: copyright notices and
/// "See Disclaimer" links.
static DISCLAIMER_STRONG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"©\s*(?:\d{4}|\p{Lu})|(?i)\ball rights reserved\b|\(c\)\s*\d{4}|\bcopyright\s*(?:©\s*)?\d{4}|\b(?:see|read|view) (?:our |the )?(?:full )?disclaimer\b|^disclaimer\b",
    )
});

/// A lone lower-case token: an icon's ligature name ("robot", "arrow_forward").
static ICON_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"^[a-z][a-z0-9_-]{1,24}$"));

/// A trailing qualifier on a language label: "Français (Afrique)", "中文(简体)".
static LANGUAGE_QUALIFIER: LazyLock<Regex> = LazyLock::new(|| re(r"\s*[(（][^()（）]+[)）]\s*$"));

/// Longest line (in words) that can be a widget label or a short non-sentence.
const SHORT_WORDS: usize = 10;
/// Longest line (in characters) that can be a short non-sentence.
const SHORT_CHARS: usize = 80;
/// Lines longer than this (in bytes) are paragraphs, never labels.
const LONG_LINE: usize = 240;
/// Longest widget label in words ("Follow us on Twitter for updates").
const LABEL_WORDS: usize = 8;

/// Classify one line (without its newline).
pub fn classify(line: &str) -> Class {
    let t = line.trim();
    if t.is_empty() {
        return Class::Blank;
    }
    if EMPTY_MARKUP.is_match(t) {
        return Class::Noise(NoiseKind::EmptyMarkup);
    }
    if is_caption(t) {
        return Class::Noise(NoiseKind::Caption);
    }
    // Table rows are content; they are also short and sentence-less, so
    // they must be settled before the shape tests below.
    if t.matches('|').count() >= 2 || TABLE_SEPARATOR.is_match(t) {
        return Class::Content;
    }
    let item = BULLET.find(t).map_or(t, |m| &t[m.end()..]).trim();
    if item.len() > LONG_LINE {
        // A paragraph: only boilerplate can make it noise. Skipping the
        // word split and label tests keeps long texts cheap.
        let n_words = item.split_whitespace().count();
        return if is_disclaimer(t, n_words) {
            Class::Noise(NoiseKind::Disclaimer)
        } else {
            Class::Content
        };
    }
    let words = words(item);
    let sentence = ends_sentence(item) && words.len() > 3;
    if is_disclaimer(t, words.len()) {
        return Class::Noise(NoiseKind::Disclaimer);
    }
    if COUNTER.is_match(item) {
        return Class::Weak(Some(NoiseKind::CommentWidget));
    }
    if words.is_empty() {
        // Punctuation or symbols only ("|", "•", "→"): nothing to analyse.
        return Class::Short;
    }
    if !sentence && words.len() <= LABEL_WORDS {
        if let Some(kind) = placeholder(&words).or_else(|| widget_label(item, &words)) {
            return Class::Noise(kind);
        }
    }
    if !sentence && words.len() <= 12 && APP_PROMPT.is_match(item) {
        return Class::Noise(NoiseKind::AppPrompt);
    }
    if let Some(autonym) = language_label(item) {
        return Class::Language { autonym };
    }
    if ICON_LABEL.is_match(t) {
        return Class::Weak(None);
    }
    if !sentence && words.len() <= SHORT_WORDS && item.chars().count() <= SHORT_CHARS {
        return Class::Short;
    }
    Class::Content
}

fn is_caption(t: &str) -> bool {
    CAPTION_BRACKET.is_match(t)
        || CAPTION_CREDIT.is_match(t)
        || CAPTION_AGENCY.is_match(t)
        || CAPTION_BY.is_match(t)
}

/// Two distinct boilerplate markers, or one strong marker on a line that
/// is not a long paragraph ("© 2024 Example Media", "See Disclaimer").
fn is_disclaimer(t: &str, n_words: usize) -> bool {
    if n_words <= 40 && DISCLAIMER_STRONG.is_match(t) {
        return true;
    }
    DISCLAIMER_ANY.is_match(t) && DISCLAIMER_MARKERS.matches(t).iter().nth(1).is_some()
}

/// "Loading…", "Abstract generation in progress", "Please wait".
fn placeholder(words: &[String]) -> Option<NoiseKind> {
    let all_known = words
        .iter()
        .all(|w| lexicon::is_loading(w) || lexicon::is_filler(w));
    let any_loading = words.iter().any(|w| lexicon::is_loading(w));
    (all_known && any_loading && words.len() <= 6).then_some(NoiseKind::Placeholder)
}

/// A label made of UI words: "Post a Comment", "Share", "Follow us on X",
/// "12 Likes". One unknown capitalised word (a brand) is allowed when at
/// least two UI words vouch for the line ("Follow Acme on Twitter").
fn widget_label(item: &str, words: &[String]) -> Option<NoiseKind> {
    let mut families = Vec::new();
    let mut unknown = 0;
    for w in words {
        if let Some(f) = lexicon::ui(w) {
            families.push(f);
        } else if !(lexicon::is_filler(w) || is_number(w)) {
            unknown += 1;
        }
    }
    if families.is_empty() {
        return None;
    }
    if unknown > 0 {
        let brand_ok = unknown == 1 && families.len() >= 2 && has_capitalised_unknown(item);
        if !brand_ok {
            return None;
        }
    }
    let kind = if families.contains(&Ui::App) {
        NoiseKind::AppPrompt
    } else if families.contains(&Ui::Comment) {
        NoiseKind::CommentWidget
    } else if families.contains(&Ui::Social) {
        NoiseKind::SocialButtons
    } else {
        NoiseKind::Navigation
    };
    Some(kind)
}

/// True if some word of `item` that no lexicon knows starts upper-case.
fn has_capitalised_unknown(item: &str) -> bool {
    item.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let lower = w.to_lowercase();
        w.chars().next().is_some_and(char::is_uppercase)
            && lexicon::ui(&lower).is_none()
            && !lexicon::is_filler(&lower)
    })
}

/// `Some(autonym?)` if the whole line is a language name, ignoring a
/// region qualifier in parentheses.
fn language_label(item: &str) -> Option<bool> {
    if item.chars().count() > 40 {
        return None;
    }
    let bare = LANGUAGE_QUALIFIER.replace(item, "");
    let label = bare
        .trim()
        .trim_end_matches([',', ';', '|'])
        .trim()
        .to_lowercase();
    lexicon::language(&label)
}

/// Lower-case word tokens; camelCase is split ("qrCode" → "qr", "code").
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if c.is_alphanumeric() || (c == '\'' || c == '’') && !cur.is_empty() {
            if c.is_uppercase() && prev_lower && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = c.is_lowercase();
            cur.extend(c.to_lowercase());
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    // "Trump's" → "trump": possessives do not change what a word is.
    for w in &mut out {
        for suffix in ["'s", "’s", "'", "’"] {
            if let Some(stripped) = w.strip_suffix(suffix) {
                *w = stripped.to_string();
                break;
            }
        }
    }
    out
}

/// "12", "1.2k", "3K": counts shown on buttons.
fn is_number(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// True if the line ends like a sentence: ". ! ?" (closing quotes and
/// brackets aside), but not an ellipsis, which placeholders end with.
pub fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)]»".contains(c));
    if t.ends_with("...") || t.ends_with('…') {
        return false;
    }
    t.ends_with(['.', '!', '?', '。', '！', '？'])
}
