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
    let sentence_end =
        (noise::ends_sentence(line) && !line.ends_with(['?', '!'])) || line.ends_with([':', ';', ',']);
    let shaped = !words.is_empty()
        && words.len() <= MAX_WORDS
        && line.chars().count() <= MAX_CHARS
        && !sentence_end
        && !line.starts_with(['-', '*', '•', '|', '#', '>', '[', '!'])
        && !line.contains(" | ");
    (shaped && noise::find_noise(line).is_empty()).then(|| line.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_lines_are_titles() {
        assert_eq!(
            text_title("\n\n  Ferry Terminal to Close After Pier Damage  \nThe council voted.").as_deref(),
            Some("Ferry Terminal to Close After Pier Damage")
        );
        assert_eq!(text_title("Will the Pier Survive?\nBody.").as_deref(), Some("Will the Pier Survive?"));
    }

    #[test]
    fn sentences_lists_and_noise_are_not_titles() {
        assert_eq!(text_title("The council voted on Monday to close the terminal.\nMore."), None);
        assert_eq!(text_title("- Timing: spring\n"), None);
        assert_eq!(text_title("| Item | Value |\n"), None);
        assert_eq!(text_title("Post a Comment\nBody"), None);
        assert_eq!(text_title("   \n\n"), None);
        let long = "word ".repeat(40);
        assert_eq!(text_title(&long), None);
    }
}
