//! Noise finder tests: each class positive and negative, plus whole
//! page-copy fixtures whose content lines must survive.

use super::*;

/// Lines of `text` that were removed, with their kinds.
fn removed(text: &str) -> Vec<(&str, NoiseKind)> {
    find_noise(text)
        .into_iter()
        .map(|r| (r.span.slice(text), r.kind))
        .collect()
}

fn removed_lines(text: &str) -> Vec<&str> {
    removed(text).into_iter().map(|(l, _)| l).collect()
}

/// Kind of the single-line text on its own, as the whole document.
fn kind_alone(line: &str) -> Option<NoiseKind> {
    find_noise(line).first().map(|r| r.kind)
}

const PARA_A: &str = "The council voted on Monday to close the old ferry terminal after inspectors found cracks in the pier.";
const PARA_B: &str =
    "Residents said the decision would lengthen their commute by almost an hour each way.";

/// `line` between two ordinary paragraphs.
fn in_prose(line: &str) -> String {
    format!("{PARA_A}\n{line}\n{PARA_B}\n")
}

#[test]
fn comment_widgets() {
    for line in [
        "Post a Comment",
        "Comments",
        "No comments",
        "Leave a reply",
        "View 12 comments",
        "Add your comment",
    ] {
        assert_eq!(kind_alone(line), Some(NoiseKind::CommentWidget), "{line}");
    }
    // A counter alone in prose is left; next to a comment box it goes.
    assert!(removed(&in_prose("3/4")).is_empty());
    let text = "Write a comment\n0/500\nSubmit your thoughts in full sentences, please.\n";
    assert_eq!(removed_lines(text), ["Write a comment", "0/500"]);
    // Negative: prose about comments.
    assert!(removed(&in_prose("Comments from the minister drew criticism.")).is_empty());
    assert!(removed(&in_prose("Comment and Analysis of the Budget")).is_empty());
}

#[test]
fn social_buttons() {
    let row = "  • Like\n  • Reply\n  • Retweet\n  • Bookmark\n";
    let got = removed(row);
    assert_eq!(got.len(), 4);
    assert!(got
        .iter()
        .all(|(_, k)| matches!(k, NoiseKind::SocialButtons | NoiseKind::CommentWidget)));
    assert_eq!(got[0].0, "  • Like", "span covers the whole line");
    for line in [
        "Share on Facebook",
        "Follow us on Telegram",
        "Share this article",
        "1.2K Likes",
        "Follow Acme on Twitter",
    ] {
        assert_eq!(kind_alone(line), Some(NoiseKind::SocialButtons), "{line}");
    }
    // Negatives: UI words used as ordinary words.
    for line in [
        "Share prices fell sharply",
        "Like Father, Like Son",
        "Follow the Money Trail",
        "Sign of the Times",
    ] {
        assert!(removed(&in_prose(line)).is_empty(), "{line}");
    }
}

#[test]
fn app_prompts() {
    for line in [
        "Scan to download Zephyr App",
        "qrCode",
        "QR code",
        "Get the Daily Planet app",
        "Available on Google Play",
    ] {
        assert_eq!(kind_alone(line), Some(NoiseKind::AppPrompt), "{line}");
    }
    let sentence = "Officials urged travellers to download the app before arriving at the border.";
    assert!(removed(&in_prose(sentence)).is_empty());
}

#[test]
fn disclaimers() {
    let legal = "Content on this site is for general information purposes only and does not constitute investment advice; the publisher is not liable for losses.";
    assert_eq!(kind_alone(legal), Some(NoiseKind::Disclaimer));
    assert_eq!(
        kind_alone("© 2025 Harbour Media Group. All rights reserved."),
        Some(NoiseKind::Disclaimer)
    );
    assert_eq!(
        kind_alone("Read our full disclaimer"),
        Some(NoiseKind::Disclaimer)
    );
    let news = "The regulator said the firm had given investment advice without a licence.";
    assert!(removed(&in_prose(news)).is_empty());
}

#[test]
fn language_menus() {
    let menu =
        "Deutsch\n  • Italiano\n  • 한국어\n  • Polski\n  • Português (Brasil)\n  • Tiếng Việt\n";
    let got = removed(menu);
    assert_eq!(got.len(), 6, "{got:?}");
    assert!(got.iter().all(|(_, k)| *k == NoiseKind::LanguageMenu));
    // A name the lexicon lacks does not split the run.
    let gap = "Polski\nFrysk\nSvenska\n";
    assert_eq!(removed_lines(gap), ["Polski", "Frysk", "Svenska"]);
    // English names in a content list are not a picker.
    let list = "The leaflet is printed in:\n- French\n- German\n- Italian\nCopies are free at the town hall.\n";
    assert!(removed(list).is_empty(), "{:?}", removed(list));
    // A single language name in prose stays.
    assert!(removed(&in_prose("English")).is_empty());
}

#[test]
fn empty_markup() {
    for line in [
        "![]() |",
        "[]()",
        "![](https://img.example/a.jpg)",
        "| ![]() | []() |",
    ] {
        assert_eq!(kind_alone(line), Some(NoiseKind::EmptyMarkup), "{line}");
    }
    assert!(removed(&in_prose("![Map of the route](map.png)")).is_empty());
    assert!(removed(&in_prose("See the [full report](https://example.org/r).")).is_empty());
}

#[test]
fn placeholders_and_icon_labels() {
    for line in [
        "Loading...",
        "Summary generation in progress",
        "Please wait",
        "Loading…",
    ] {
        assert_eq!(kind_alone(line), Some(NoiseKind::Placeholder), "{line}");
    }
    let text =
        format!("Ferry Terminal to Close\n\nsparkles\nAI summary is being generated\n\n{PARA_A}\n");
    assert_eq!(
        removed(&text),
        [
            ("sparkles", NoiseKind::Placeholder),
            ("AI summary is being generated", NoiseKind::Placeholder)
        ]
    );
    // Negatives: a heading with "in progress", a lone lower-case word in prose.
    assert!(removed(&in_prose("Repairs in Progress")).is_empty());
    assert!(removed(&in_prose("meanwhile")).is_empty());
}

#[test]
fn captions() {
    for line in [
        "Divers inspect the damaged pier on Sunday. [Photo: Ana Silva/Reuters] |",
        "The mayor speaks to reporters (Photo: Harbour Times)",
        "Crowds gathered at the gate. (AP Photo/Sam Lee)",
        "Ferry passengers queue in the rain. Photo: Tom Reyes",
        "The terminal at dusk. John Smith/AFP via Getty Images",
        "Photo by Mira Chen on Unsplash",
    ] {
        assert_eq!(kind_alone(line), Some(NoiseKind::Caption), "{line}");
    }
    let prose =
        "The photo ops were carefully staged, critics said, and the image of unity was thin.";
    assert!(removed(&in_prose(prose)).is_empty());
}

#[test]
fn tables_bullets_and_headings_stay() {
    let text = "\
Key figures from the report:
| Item | Value |
|---|---|
| Inspector | Dana Whitfield |
| Cost | 4 million |
Cause | Remedy |
---|---|
Cracked pier | Replace piles |
- Timing: Work starts in spring once the water is calm enough for divers.
- Funding: The regional government covers two thirds of the bill.
Next Steps
Analysis of Options Facing the Council
Closing Remarks
The council will meet again next month to approve the contract.
";
    assert!(removed(text).is_empty(), "{:?}", removed(text));
}

#[test]
fn slogans_between_noise_are_absorbed_but_not_headings_after_content() {
    let text = format!(
        "{PARA_A}\nWas this helpful?\n  • Share\n  • Pin\n\nFast Ferries Everywhere\nqrCode\nScan to download Wavely App\nCommunity\nEnglish\n  • Español\n  • 日本語\n"
    );
    let got = removed(&text);
    let lines: Vec<&str> = got.iter().map(|(l, _)| *l).collect();
    assert_eq!(
        lines,
        [
            "  • Share",
            "  • Pin",
            "Fast Ferries Everywhere",
            "qrCode",
            "Scan to download Wavely App",
            "Community",
            "English",
            "  • Español",
            "  • 日本語"
        ]
    );
    assert_eq!(got[2].1, NoiseKind::Navigation);
    assert_eq!(got[6].1, NoiseKind::LanguageMenu);
    // "Was this helpful?" has content above it: kept.
    assert!(!lines.contains(&"Was this helpful?"));
}

#[test]
fn long_runs_of_short_lines_are_not_absorbed() {
    let text = "Share\nFirst Heading\nSecond Heading\nThird Heading\nFourth Heading\nComments\n";
    assert_eq!(removed_lines(text), ["Share", "Comments"]);
}

#[test]
fn spans_are_exact_lines_with_crlf() {
    let text = "Story line one is here and it is long.\r\nShare\r\nComments\r\n";
    let got = find_noise(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].span.slice(text), "Share");
    assert_eq!(got[1].span.slice(text), "Comments");
    assert!(got[0].span.end < got[1].span.start);
    assert!(text.is_char_boundary(got[1].span.end));
}

#[test]
fn word_tokens() {
    assert_eq!(words("qrCode"), ["qr", "code"]);
    assert_eq!(words("  • Post a Comment!"), ["post", "a", "comment"]);
    assert_eq!(words("Trump's envoy"), ["trump", "envoy"]);
    assert!(ends_sentence("He left."));
    assert!(ends_sentence("“He left.”"));
    assert!(!ends_sentence("Loading..."));
    assert!(!ends_sentence("Key points include:"));
}
