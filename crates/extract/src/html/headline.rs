//! The headline a page's `<title>` gives when its metadata gives none:
//! readability.js's rules for cutting the site name off (`Headline | Site`,
//! `Site - Section - Headline`), and the page's only `<h1>` when the title
//! is too short or too long to be a headline.

use super::dom::Dom;
use super::tags::Tag;

const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » "];
const HIERARCHICAL: &[&str] = &[" \\ ", " / ", " > ", " » "];

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The `<title>`-based headline of a page.
pub fn document_title(dom: &Dom) -> Option<String> {
    let title_node = (0..dom.nodes.len() as u32).find(|&i| dom.tag(i) == Tag::Title)?;
    let orig = dom
        .text_of(title_node)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if orig.is_empty() {
        return None;
    }
    let mut cur = orig.clone();
    let mut hierarchical = false;
    let last = SEPARATORS
        .iter()
        .filter_map(|s| orig.rfind(s).map(|p| (p, s.len())))
        .max();
    if let Some((pos, _)) = last {
        hierarchical = HIERARCHICAL.iter().any(|s| orig.contains(s));
        cur = orig[..pos].to_string();
        if words(&cur) < 3 {
            // The site name came first: keep what follows the first separator.
            let first = SEPARATORS
                .iter()
                .filter_map(|s| orig.find(s).map(|p| (p, s.len())))
                .min();
            if let Some((p, l)) = first {
                cur = orig[p + l..].to_string();
            }
        }
    } else if orig.chars().count() > 150 || orig.chars().count() < 15 {
        let mut h1s = (0..dom.nodes.len() as u32).filter(|&i| dom.tag(i) == Tag::H1);
        if let (Some(h), None) = (h1s.next(), h1s.next()) {
            let h = dom
                .text_of(h)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if !h.is_empty() {
                cur = h;
            }
        }
    }
    let cur = cur.trim().to_string();
    let without_separators = SEPARATORS
        .iter()
        .fold(orig.clone(), |t, s| t.replace(s, " "));
    if words(&cur) <= 4
        && (!hierarchical || words(&cur) != words(&without_separators).saturating_sub(1))
    {
        return Some(orig);
    }
    Some(cur)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse::parse;

    fn title(html: &str) -> Option<String> {
        document_title(&parse(html))
    }

    #[test]
    fn site_names_are_cut() {
        assert_eq!(
            title("<title>Storm closes the harbour for three days | Coast Daily</title>")
                .as_deref(),
            Some("Storm closes the harbour for three days")
        );
        assert_eq!(
            title("<title>Coast Daily - Storm closes the harbour for three days</title>")
                .as_deref(),
            Some("Storm closes the harbour for three days")
        );
        assert_eq!(title("<title>Note</title>").as_deref(), Some("Note"));
        assert_eq!(
            title("<title>Short | Site</title>").as_deref(),
            Some("Short | Site")
        );
        assert_eq!(
            title("<title>Hi</title><h1>Harbour shut after the storm</h1>").as_deref(),
            Some("Harbour shut after the storm")
        );
        assert_eq!(title("<p>no title</p>"), None);
    }
}
