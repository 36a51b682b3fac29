//! The headline of a plain-text article: its first non-empty line, when
//! that line looks like a headline.

use crate::noise;

/// Longest headline, in words.
const MAX_WORDS: usize = 25;
/// Longest headline, in characters.
const MAX_CHARS: usize = 200;

/// The first non-empty line of `text`, trimmed, if it is short, does not end
/// like a sentence (a question or exclamation is fine), is not a list item,
/// table row or page noise. The text itself is never changed.
pub fn text_title(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let words = noise::words(line);
    let sentence_end = (noise::ends_sentence(line) && !line.ends_with(['?', '!']))
        || line.ends_with([':', ';', ',']);
    let shaped = !words.is_empty()
        && words.len() <= MAX_WORDS
        && line.chars().count() <= MAX_CHARS
        && !sentence_end
        && !line.starts_with(['-', '*', '•', '|', '#', '>', '[', '!'])
        && !line.contains(" | ");
    (shaped && noise::find_noise(line).is_empty()).then(|| line.to_string())
}

/// The metadata lines a plain-text article may open with, one `KEY:
/// value` per line up to the first blank line: "URL: https://…" and
/// "TITLE: …", a common convention of scraped text dumps.
#[derive(Debug, Default)]
pub struct TextHeader {
    /// The "URL:" value, if any.
    pub url: Option<String>,
    /// The "TITLE:" value, if any and not empty.
    pub title: Option<String>,
    /// The header lines (without line ends), to be set aside as removed;
    /// of a "TITLE:" line only its key, the headline itself being text.
    pub lines: Vec<crosscheck_model::Span>,
}

/// Read a [`TextHeader`]; empty when the text does not open with one.
pub fn text_header(text: &str) -> TextHeader {
    let mut header = TextHeader::default();
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let value = |key: &str| line.strip_prefix(key).map(|v| v.trim().to_string());
        // The header ends where its text does; a title's own words stay
        // text, so that they are analysed as the headline, as an HTML
        // page's headline is (see `with_headline`).
        let mut end = line.len();
        if let Some(url) = value("URL:") {
            header.url = Some(url).filter(|u| !u.is_empty());
        } else if let Some(title) = value("TITLE:") {
            if !title.is_empty() {
                end = line.find(title.as_str()).unwrap_or(end);
            }
            header.title = Some(title).filter(|t| !t.is_empty());
        } else {
            break;
        }
        header.lines.push(crosscheck_model::Span::new(at, at + end));
        at += raw.len();
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_and_title_header_lines_are_metadata() {
        let text = "URL: https://example.org/a\nTITLE: Pier Closes\n\nThe council voted on Monday.";
        let h = text_header(text);
        assert_eq!(h.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(h.title.as_deref(), Some("Pier Closes"));
        assert_eq!(
            h.lines
                .iter()
                .map(|s| &text[s.start..s.end])
                .collect::<Vec<_>>(),
            ["URL: https://example.org/a", "TITLE: "]
        );
        assert!(text_header("The council voted.\nURL: x").lines.is_empty());
    }

    #[test]
    fn headline_lines_are_titles() {
        assert_eq!(
            text_title("\n\n  Ferry Terminal to Close After Pier Damage  \nThe council voted.")
                .as_deref(),
            Some("Ferry Terminal to Close After Pier Damage")
        );
        assert_eq!(
            text_title("Will the Pier Survive?\nBody.").as_deref(),
            Some("Will the Pier Survive?")
        );
    }

    #[test]
    fn sentences_lists_and_noise_are_not_titles() {
        assert_eq!(
            text_title("The council voted on Monday to close the terminal.\nMore."),
            None
        );
        assert_eq!(text_title("- Timing: spring\n"), None);
        assert_eq!(text_title("| Item | Value |\n"), None);
        assert_eq!(text_title("Post a Comment\nBody"), None);
        assert_eq!(text_title("   \n\n"), None);
        let long = "word ".repeat(40);
        assert_eq!(text_title(&long), None);
    }
}
