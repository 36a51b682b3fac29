//! Drop boilerplate lines that survive in the extracted text because their
//! markup gave nothing away: "Updated 5:27 am …" date lines, "Photo: …" and
//! "(Image: …)" credits, gallery counters ("Image 1 of 8"), single UI words
//! ("Advert", "Close", "Read More"), "Related: …" and "Follow us …"
//! promos, newsletter calls, copyright notices.
//!
//! Each rule looks at one line's shape and a small general vocabulary of
//! page furniture, never at a site's strings. Lines are short when they are
//! furniture: every rule has a length cap so prose survives.

use std::sync::LazyLock;

use regex::Regex;

/// Longest line (in chars) any rule will drop; prose lines are longer.
const MAX_FURNITURE: usize = 220;

/// Date/time words: a line led by "Updated"/"Published" must also carry one.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^[\s|]*(?:last\s+)?(?:updated|published|posted|modified|first\s+published|updated\s+on|published\s+on|posted\s+on)\b[\s:]*.*(?:\d{1,2}[:.]\d{2}|\b(?:19|20)\d{2}\b|\bjan|\bfeb|\bmar|\bapr|\bmay\b|\bjun|\bjul|\baug|\bsep|\boct|\bnov|\bdec|\bago\b|\btoday\b|\byesterday\b)",
    )
    .expect("date line regex")
});

/// A line that is only a date, a time, and separators ("November 19, 2019 | 4:20am").
static BARE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^[\s|/,.:\-–]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{1,4}(?:st|nd|rd|th)?|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|at|\||/|,|-|–|:|\.|\s)+$",
    )
    .expect("bare date regex")
});

/// Photo credits and gallery furniture.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^\s*(?:
            \(?\s*(?:photo|image|picture|pic|illustration|graphic|video|credit|source|file\s+photo)s?(?:\s+(?:credit|copyright|caption))?\s*[:©]
          | (?:image|photo|slide|picture)\s+\d+\s+of\s*/?\s*\d+
          | image\s+(?:copyright|caption)\b
          | \(?(?:©|\(c\)|copyright\b)
          | photo(?:graph)?s?\s+by\b
          | all\s+rights\s+reserved
        )",
    )
    .expect("credit regex")
});

/// Promo lines: calls to subscribe, follow, read more, and related-link leads.
static PROMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^\s*(?:
            (?:related|read\s+more|more|see\s+more|see\s+also|also|also\s+read|read\s+also|watch|listen|recommended|trending|don'?t\s+miss|must\s+read)\s*:
          | (?:subscribe|sign\s+up|click\s+here|get\s+the\s+latest|follow\s+(?:us|him|her|them)?|join\s+our|download\s+(?:the|our)|get\s+.{0,40}\s+(?:app|newsletter))\b
          | (?:sharing\s+is\s+caring|you\s+may\s+also\s+like|you\s+might\s+also\s+like|more\s+from\b|most\s+(?:read|popular)|related\s+(?:stories|articles|news|coverage|content|posts)|top\s+stories|view\s+author\s+archive|this\s+(?:web)?site\s+uses\s+cookies|we\s+use\s+cookies|email\s+the\s+author|about\s+the\s+author|this\s+(?:post|article|page)\s+(?:may\s+)?contains?\s+affiliate)
        )",
    )
    .expect("promo regex")
});

/// "3/8", "3 / 8": a gallery position.
static COUNTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}\s*/\s*\d{1,3}$").expect("counter regex"));

/// Lines that are one UI word or two.
const UI_LINES: &[&str] = &[
    "advert",
    "advertisement",
    "ad",
    "caption",
    "close",
    "enlarge image",
    "enlarge",
    "read more",
    "continue reading",
    "continue reading below",
    "share",
    "share this",
    "share this article",
    "tweet",
    "email",
    "print",
    "comments",
    "comment",
    "loading",
    "loading content",
    "loading content ...",
    "highlights",
    "subscribe",
    "sign up",
    "trending",
    "popular",
    "related",
    "related news",
    "related articles",
    "don't miss",
    "see more",
    "more",
    "more:",
    "skip",
    "next",
    "previous",
    "back to top",
    "learn more",
    "home",
    "news",
    "menu",
    "search",
    "image",
    "photo",
    "video",
    "playback",
    "hide caption",
    "show caption",
    "toggle caption",
    "view comments",
    "follow",
    "like",
    "reply",
];

/// Keep the lines of `text` that are not furniture; blank lines are kept so
/// paragraph breaks survive (the caller tidies runs of them).
pub fn drop_furniture_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if !is_furniture_line(line) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Is this one line page furniture?
pub fn is_furniture_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > MAX_FURNITURE {
        return false;
    }
    let lower = t.to_lowercase();
    let bare = lower.trim_end_matches(['.', ':', '!', '…', '|', ' ']);
    if UI_LINES.contains(&bare) || UI_LINES.contains(&lower.as_str()) {
        return true;
    }
    // Separators only ("|", "•"), or a gallery counter ("1/8"); a bare
    // number may be a table cell and stays.
    if !t.chars().any(char::is_alphanumeric) || COUNTER.is_match(t) {
        return true;
    }
    let short = t.chars().count() <= 120;
    // "Updated figures released on May 3 showed …" is a sentence, not a date line.
    let sentence = t.ends_with('.') && t.split_whitespace().count() > 8;
    (short && !sentence && DATE_LINE.is_match(t))
        || (digit_runs(t) >= 2 && BARE_DATE.is_match(t))
        || CREDIT.is_match(t)
        || (short && PROMO.is_match(t))
}

/// How many runs of ASCII digits the line has ("19.11.2019" has three).
fn digit_runs(t: &str) -> usize {
    let mut runs = 0;
    let mut in_run = false;
    for c in t.chars() {
        let d = c.is_ascii_digit();
        if d && !in_run {
            runs += 1;
        }
        in_run = d;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines_go() {
        for l in [
            "Updated 5:27 am CST, Wednesday, November 20, 2019",
            "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
            "| UPDATED: 11:05, Tue, Nov 19, 2019",
            "Published 1 day ago",
            "Posted: Fri 6:45 PM, Feb 16, 2018 |",
            "November 19, 2019 | 4:20am",
            "19.11.2019, 08:57",
        ] {
            assert!(is_furniture_line(l), "{l}");
        }
    }

    #[test]
    fn credits_and_promos_go() {
        for l in [
            "Photo: Hau Dinh, AP",
            "Image 1 of / 8",
            "(Image: © TNG Collaboration)",
            "Image copyright Getty Images",
            "Related: The 15 Weirdest Galaxies in Our Universe",
            "Subscribe to the Morning Review newsletter",
            "Sharing is caring!",
            "Advert",
            "Caption",
            "© 2019 Coast Daily. All rights reserved.",
        ] {
            assert!(is_furniture_line(l), "{l}");
        }
    }

    #[test]
    fn prose_stays() {
        for l in [
            "The council updated its guidance on Tuesday after the storm damaged the harbour wall.",
            "Updated figures released on Monday showed 41 people were injured.",
            "Photographs of the damage circulated widely on social media within hours of the collapse, officials said.",
            "2019",
            "Follow-up inspections found no further damage to the pier, the harbour master said in a statement on Friday.",
        ] {
            assert!(!is_furniture_line(l), "{l}");
        }
    }
}
