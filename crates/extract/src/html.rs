//! HTML → article body, headline, publication time and metadata.
//!
//! One parse serves everything: [`parse`] builds a compact tree
//! ([`dom`]) in one pass, skipping script and style bodies unread. Then:
//! 1. [`metadata`] reads JSON-LD, meta tags, `<link rel=canonical>`,
//!    `<time>` and `<html lang>`;
//! 2. [`clean`] marks page furniture (captions, bylines, related boxes,
//!    newsletter and share blocks, footers) by generic markup;
//! 3. the content scorer ([`article`]: readability.js's heuristics over the
//!    tree, written for it) picks the article and renders its text;
//! 4. [`lines`] drops furniture lines whose markup gave nothing away
//!    ("Updated 5:27 am …", "Photo: …", "Image 1 of 8").
//!
//! The body text does not contain the headline (the headline is
//! [`HtmlText::title`]); `crate::extract` puts it on the document text's
//! first line because headlines state facts too. When the scorer finds no
//! text, the page's visible body text is used instead, so no page comes
//! out empty.

mod article;
mod clean;
mod dates;
mod dom;
mod entities;
mod headline;
mod jsonld;
mod lines;
mod metadata;
pub(crate) mod parse;
mod prune;
mod render;
mod score;
mod select;
mod stats;
mod tags;
mod weights;

use crosscheck_model::Metadata;

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

/// Extract the article and its metadata from a decoded page.
pub fn extract_html(html: &str) -> HtmlText {
    let dom = parse::parse(html);
    let page = metadata::read(&dom);
    let doc_title = headline::document_title(&dom);
    let furniture = clean::find_furniture(&dom);
    let headline = page.title.clone().or_else(|| doc_title.clone());
    let found = article::find(&dom, &furniture, headline.as_deref());
    let text = tidy(&lines::drop_furniture_lines(&found.text));
    let text = without_headline(
        text,
        &[
            page.h1.as_deref(),
            page.title.as_deref(),
            doc_title.as_deref(),
        ],
    );
    if text.is_empty() {
        return body_text(&dom, page, doc_title);
    }
    let mut out = finish(text, doc_title, page, false);
    out.meta.language = out
        .meta
        .language
        .take()
        .or_else(|| metadata::detect_language(&out.text));
    out
}

/// Merge what the page's metadata says with what readability found.
fn finish(
    text: String,
    readability_title: Option<String>,
    page: metadata::PageMeta,
    fallback: bool,
) -> HtmlText {
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
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let Some(first) = text.lines().next() else {
        return text;
    };
    let first_norm = norm(first);
    let is_headline =
        !first_norm.is_empty() && headlines.iter().flatten().any(|h| norm(h) == first_norm);
    if !is_headline {
        return text;
    }
    text[first.len()..].trim_start().to_string()
}

/// Visible body text: everything but scripts, styles, the head and furniture lines.
fn body_text(dom: &dom::Dom, page: metadata::PageMeta, doc_title: Option<String>) -> HtmlText {
    use tags::Tag;
    let removed: Vec<bool> = dom
        .nodes
        .iter()
        .map(|n| {
            matches!(
                n.tag,
                Tag::Script
                    | Tag::Style
                    | Tag::Noscript
                    | Tag::Template
                    | Tag::Head
                    | Tag::Svg
                    | Tag::Title
            )
        })
        .collect();
    let raw = render::parts_text(dom, &removed, &[score::Item::Node(dom.body)]);
    let mut out = finish(
        tidy(&lines::drop_furniture_lines(&raw)),
        doc_title,
        page,
        true,
    );
    out.meta.language = out
        .meta
        .language
        .take()
        .or_else(|| metadata::detect_language(&out.text));
    out
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
