//! HTML → article body, headline, publication time and metadata.
//!
//! One DOM parse serves everything. Before it, [`prestrip`] empties
//! `<script>` and `<style>` bodies at the byte level (half of a news page's
//! bytes; JSON-LD blocks are kept). Then:
//! 1. [`metadata`] reads JSON-LD, meta tags, `<link rel=canonical>`,
//!    `<time>` and `<html lang>` from the untouched page;
//! 2. [`clean`] removes page furniture (captions, bylines, related boxes,
//!    newsletter and share blocks, footers) from the DOM by generic markup;
//! 3. dom_smoothie (a readability.js port, `TextMode::Formatted`, which
//!    scored best of the Rust extractors, see STACK.md) picks the article;
//! 4. [`lines`] drops furniture lines whose markup gave nothing away
//!    ("Updated 5:27 am …", "Photo: …", "Image 1 of 8").
//!
//! The body text does not contain the headline (the headline is
//! [`HtmlText::title`]); `crate::extract` puts it on the document text's
//! first line because headlines state facts too. When readability finds no
//! article, the page's visible body text is used instead, so no page comes
//! out empty.

mod clean;
mod dates;
mod jsonld;
mod lines;
mod metadata;
mod prestrip;

use crosscheck_model::Metadata;
use dom_smoothie::{Config, Readability, TextMode};

pub use dates::normalize_date;
pub use metadata::detect_language;

/// What the HTML stage gives the document.
#[derive(Debug, Default, PartialEq)]
pub struct HtmlText {
    /// Article body (or visible body text), whitespace tidied, without the headline.
    pub text: String,
    /// Headline: JSON-LD headline, og:title, `<title>` (site name cut) or `<h1>`.
    pub title: Option<String>,
    /// Publication time, ISO 8601 (with its offset where the page gives one).
    pub published: Option<String>,
    /// Canonical URL, site name, authors, modification time, language.
    pub meta: Metadata,
    /// True when readability found nothing and the whole body was used.
    pub fallback: bool,
}

fn config() -> Config {
    // JSON-LD is read by `metadata` before cleaning, which removes every
    // script, so readability's own JSON-LD pass would find nothing.
    Config { text_mode: TextMode::Formatted, disable_json_ld: true, ..Config::default() }
}

/// Extract the article and its metadata from a decoded page.
pub fn extract_html(html: &str) -> HtmlText {
    // Script and style bodies are half of a news page's bytes and never
    // article text: the parser and every DOM walk skip them.
    let stripped = prestrip::strip_scripts_and_styles(html);
    let html = &*stripped;
    let Ok(mut reader) = Readability::new(html, None, Some(config())) else {
        // Only a malformed document URL makes `new` fail, and none is given.
        return body_text(html, metadata::PageMeta::default());
    };
    // Metadata first: cleaning and parse() rewrite the DOM.
    let page = metadata::read(&reader.doc);
    clean::remove_furniture(&reader.doc);
    let article = reader.parse();
    let mut out = match article {
        Ok(article) => {
            let text = tidy(&lines::drop_furniture_lines(&article.text_content));
            let text = without_headline(text, &[page.h1.as_deref(), page.title.as_deref(), Some(article.title.as_str())]);
            if text.is_empty() {
                return body_text(html, page);
            }
            let title = non_empty(article.title);
            finish(text, title, page, false)
        }
        Err(_) => return body_text(html, page),
    };
    out.meta.language = out.meta.language.take().or_else(|| metadata::detect_language(&out.text));
    out
}

/// Merge what the page's metadata says with what readability found.
fn finish(text: String, readability_title: Option<String>, page: metadata::PageMeta, fallback: bool) -> HtmlText {
    HtmlText {
        title: page.title.or(readability_title),
        published: page.published,
        meta: page.meta,
        text,
        fallback,
    }
}

/// Drop the body's first line when it is the headline (shown as `<h1>`, or
/// the metadata title): the headline is [`HtmlText::title`], not body.
fn without_headline(text: String, headlines: &[Option<&str>]) -> String {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let Some(first) = text.lines().next() else { return text };
    let first_norm = norm(first);
    let is_headline = !first_norm.is_empty() && headlines.iter().flatten().any(|h| norm(h) == first_norm);
    if !is_headline {
        return text;
    }
    text[first.len()..].trim_start().to_string()
}

/// Visible body text: everything but scripts, styles, the head and furniture.
fn body_text(html: &str, page: metadata::PageMeta) -> HtmlText {
    let Ok(reader) = Readability::new(html, None, Some(config())) else {
        return HtmlText { fallback: true, ..HtmlText::default() };
    };
    let fallback_title = non_empty(reader.get_article_title().to_string());
    reader.doc.select("script, style, noscript, template, head, svg").remove();
    let body = reader.doc.select("body");
    let raw = if body.exists() { body.formatted_text() } else { reader.doc.formatted_text() };
    let mut out = finish(tidy(&lines::drop_furniture_lines(&raw)), fallback_title, page, true);
    out.meta.language = out.meta.language.take().or_else(|| metadata::detect_language(&out.text));
    out
}

fn non_empty(s: String) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Trim each line's trailing whitespace, collapse runs of blank lines to
/// one, and trim the ends: the text spans will point into.
fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank_run = 0;
    for line in raw.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests;
