//! Page metadata: headline, publication and modification times, authors,
//! site, canonical URL and language.
//!
//! Sources, most trusted first: JSON-LD article objects; OpenGraph and
//! other `<meta>` vocabularies (`article:*`, `og:*`, Dublin Core,
//! Parse.ly, Sailthru, `itemprop`); `<link rel=canonical>`; `<time
//! datetime>`; `<html lang>`; a date in the URL path. Language falls back
//! to detection on the body text (whatlang).

use std::collections::HashMap;

use crosscheck_model::Metadata;

use super::dom::{Dom, Id};
use super::tags::Tag;

use super::dates::{date_in_url, normalize_date};
use super::jsonld;

/// Everything the page says about itself.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PageMeta {
    /// Headline from metadata (JSON-LD, og:title, …), site suffix cut.
    pub title: Option<String>,
    /// Publication time, ISO 8601.
    pub published: Option<String>,
    /// URL, site, authors, modified, language.
    pub meta: Metadata,
    /// Text of the page's first `<h1>` (the headline as shown).
    pub h1: Option<String>,
}

/// The elements metadata comes from, found in one walk of the page.
#[derive(Default)]
struct Sources {
    /// `<script type="application/ld+json">` bodies.
    ld_json: Vec<String>,
    /// `<meta>` elements.
    metas: Vec<Id>,
    /// Elements with both `itemprop` and `datetime`.
    itemprop_times: Vec<Id>,
    /// `<time datetime>` elements.
    times: Vec<Id>,
    /// The first `<link rel="canonical">`.
    canonical: Option<Id>,
    /// The first `<h1>`.
    h1: Option<Id>,
}

impl Sources {
    fn find(dom: &Dom) -> Self {
        let mut s = Sources::default();
        for i in 0..dom.nodes.len() as Id {
            let tag = dom.tag(i);
            if tag == Tag::Text || dom.attrs(i).is_empty() && tag != Tag::H1 {
                continue;
            }
            // `type` and `rel` compare case-insensitively, as CSS attribute
            // selectors do for them in HTML documents.
            let is = |k: &str, v: &str| {
                dom.raw_attr(i, k)
                    .is_some_and(|a| a.eq_ignore_ascii_case(v))
            };
            match tag {
                Tag::Script if is("type", "application/ld+json") => {
                    s.ld_json.push(dom.text_of(i));
                    continue;
                }
                Tag::Meta => s.metas.push(i),
                Tag::Link if s.canonical.is_none() && is("rel", "canonical") => {
                    s.canonical = Some(i)
                }
                Tag::H1 if s.h1.is_none() => s.h1 = Some(i),
                Tag::Time if dom.has_attr(i, "datetime") => s.times.push(i),
                _ => {}
            }
            if dom.has_attr(i, "itemprop") && dom.has_attr(i, "datetime") {
                s.itemprop_times.push(i);
            }
        }
        s
    }
}

/// Read the metadata of an unmodified page.
pub fn read(dom: &Dom) -> PageMeta {
    let found = Sources::find(dom);
    let ld = jsonld::read(found.ld_json.iter().map(String::as_str)).unwrap_or_default();
    let tags = meta_tags(dom, &found);
    let tag = |keys: &[&str]| keys.iter().find_map(|k| tags.get(*k).cloned());

    let site = ld
        .publisher
        .clone()
        .or_else(|| tag(&["og:site_name", "application-name", "twitter:site"]));
    let site = site
        .filter(|s| !s.starts_with('@') || s.len() > 1)
        .map(|s| s.trim_start_matches('@').to_string());
    let url = found
        .canonical
        .and_then(|l| dom.attr(l, "href"))
        .map(|h| h.trim().to_string())
        .filter(|h| h.starts_with("http"))
        .or_else(|| tag(&["og:url", "twitter:url"]))
        .or(ld.url.clone());

    let published = [ld.published.clone()]
        .into_iter()
        .chain(
            [
                "article:published_time",
                "og:published_time",
                "itemprop:datepublished",
                "parsely-pub-date",
                "sailthru.date",
                "dc.date.issued",
                "dcterms.issued",
                "dc.date",
                "dcterms.date",
                "dcterms.created",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "article.published",
                "date",
            ]
            .iter()
            .map(|k| tags.get(*k).cloned()),
        )
        .chain([time_datetime(dom, &found.times)])
        .flatten()
        .find_map(|d| normalize_date(&d))
        .or_else(|| url.as_deref().and_then(date_in_url));
    let modified = [ld.modified.clone()]
        .into_iter()
        .chain(
            [
                "article:modified_time",
                "og:updated_time",
                "itemprop:datemodified",
                "dcterms.modified",
                "lastmod",
                "last-modified",
            ]
            .iter()
            .map(|k| tags.get(*k).cloned()),
        )
        .flatten()
        .find_map(|d| normalize_date(&d));

    let mut authors = ld.authors.clone();
    if authors.is_empty() {
        for key in [
            "article:author",
            "author",
            "parsely-author",
            "sailthru.author",
            "dc.creator",
            "dcterms.creator",
            "byl",
        ] {
            if let Some(v) = tags.get(key) {
                authors = split_authors(v);
                if !authors.is_empty() {
                    break;
                }
            }
        }
    }
    let authors = authors
        .iter()
        .flat_map(|a| split_authors(a))
        .collect::<Vec<_>>();
    let authors = dedup(authors);

    let language = dom
        .attr(0, "lang")
        .map(|l| l.to_string())
        .or_else(|| tag(&["og:locale", "content-language", "dc.language", "language"]))
        .or(ld.language.clone())
        .and_then(|l| primary_subtag(&l));

    let title = ld
        .headline
        .clone()
        .or_else(|| {
            tag(&[
                "og:title",
                "twitter:title",
                "parsely-title",
                "sailthru.title",
                "dc.title",
                "headline",
            ])
        })
        .map(|t| cut_site(&t, site.as_deref()))
        .filter(|t| !t.is_empty());

    let h1 = found.h1.map(|n| {
        dom.text_of(n)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    });
    let h1 = h1.filter(|h| !h.is_empty());
    PageMeta {
        title,
        published,
        meta: Metadata {
            url,
            site,
            authors,
            modified,
            language,
        },
        h1,
    }
}

/// `<meta>` values by lowercased `property`/`name`/`http-equiv` (and
/// `itemprop:<name>` for microdata), first occurrence wins.
fn meta_tags(dom: &Dom, found: &Sources) -> HashMap<String, String> {
    let mut tags = HashMap::new();
    for &node in &found.metas {
        let Some(content) = dom.attr(node, "content") else {
            continue;
        };
        let content = content.split_whitespace().collect::<Vec<_>>().join(" ");
        if content.is_empty() {
            continue;
        }
        for attr in ["property", "name", "http-equiv"] {
            if let Some(k) = dom.attr(node, attr) {
                tags.entry(k.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
        if let Some(k) = dom.attr(node, "itemprop") {
            tags.entry(format!("itemprop:{}", k.trim().to_ascii_lowercase()))
                .or_insert_with(|| content.clone());
        }
    }
    // Microdata on other elements: `<time itemprop="datePublished" datetime=…>`.
    for &node in &found.itemprop_times {
        if let (Some(k), Some(v)) = (dom.attr(node, "itemprop"), dom.attr(node, "datetime")) {
            tags.entry(format!("itemprop:{}", k.trim().to_ascii_lowercase()))
                .or_insert_with(|| v.trim().to_string());
        }
    }
    tags
}

/// The page's publication `<time datetime>`: one marked as such (`pubdate`,
/// a "publish" class) if any, else the first.
fn time_datetime(dom: &Dom, nodes: &[Id]) -> Option<String> {
    let marked = nodes.iter().find(|&&n| {
        dom.has_attr(n, "pubdate")
            || dom
                .raw_attr(n, "class")
                .is_some_and(|c| c.to_ascii_lowercase().contains("publish"))
    });
    marked
        .or(nodes.first())
        .and_then(|&n| dom.attr(n, "datetime"))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// "By Ana Ruiz and Bo Chen" → ["Ana Ruiz", "Bo Chen"]; URLs (profile
/// links in `article:author`) are not names.
fn split_authors(raw: &str) -> Vec<String> {
    let raw = raw.trim();
    if raw.contains("://") || raw.starts_with("www.") {
        return Vec::new();
    }
    let raw = raw
        .strip_prefix("By ")
        .or_else(|| raw.strip_prefix("by "))
        .unwrap_or(raw);
    raw.split([',', ';', '|'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty() && p.chars().count() <= 80 && p.chars().any(char::is_alphabetic))
        .collect()
}

fn dedup(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&i)) {
            out.push(i);
        }
    }
    out
}

/// "en-US", "en_GB" → "en"; junk → None.
fn primary_subtag(tag: &str) -> Option<String> {
    let p = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic())).then_some(p)
}

/// Cut " | Site" / " - Site" off a headline when the site is known.
fn cut_site(title: &str, site: Option<&str>) -> String {
    let t = title.trim();
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        for sep in [" | ", " - ", " – ", " — ", " :: "] {
            if let Some(head) = t.strip_suffix(site).and_then(|h| h.strip_suffix(sep)) {
                return head.trim().to_string();
            }
        }
    }
    t.to_string()
}

/// Language of a body text by whatlang, as an ISO 639-1 code where one
/// exists (else ISO 639-3), when the detection is reliable.
pub fn detect_language(text: &str) -> Option<String> {
    // A few thousand characters decide as well as the whole article.
    let sample = match text.char_indices().nth(4000) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() {
        return None;
    }
    let code = info.lang().code();
    Some(
        ISO_639_1
            .iter()
            .find(|(three, _)| *three == code)
            .map_or(code, |(_, two)| two)
            .to_string(),
    )
}

/// whatlang's ISO 639-3 codes → ISO 639-1.
const ISO_639_1: &[(&str, &str)] = &[
    ("epo", "eo"),
    ("eng", "en"),
    ("rus", "ru"),
    ("cmn", "zh"),
    ("spa", "es"),
    ("por", "pt"),
    ("ita", "it"),
    ("ben", "bn"),
    ("fra", "fr"),
    ("deu", "de"),
    ("ukr", "uk"),
    ("kat", "ka"),
    ("ara", "ar"),
    ("hin", "hi"),
    ("jpn", "ja"),
    ("heb", "he"),
    ("yid", "yi"),
    ("pol", "pl"),
    ("amh", "am"),
    ("jav", "jv"),
    ("kor", "ko"),
    ("nob", "nb"),
    ("dan", "da"),
    ("swe", "sv"),
    ("fin", "fi"),
    ("tur", "tr"),
    ("nld", "nl"),
    ("hun", "hu"),
    ("ces", "cs"),
    ("ell", "el"),
    ("bul", "bg"),
    ("bel", "be"),
    ("mar", "mr"),
    ("kan", "kn"),
    ("ron", "ro"),
    ("slv", "sl"),
    ("hrv", "hr"),
    ("srp", "sr"),
    ("mkd", "mk"),
    ("lit", "lt"),
    ("lav", "lv"),
    ("est", "et"),
    ("tam", "ta"),
    ("vie", "vi"),
    ("urd", "ur"),
    ("tha", "th"),
    ("guj", "gu"),
    ("uzb", "uz"),
    ("pan", "pa"),
    ("aze", "az"),
    ("ind", "id"),
    ("tel", "te"),
    ("pes", "fa"),
    ("mal", "ml"),
    ("ori", "or"),
    ("mya", "my"),
    ("nep", "ne"),
    ("sin", "si"),
    ("khm", "km"),
    ("tuk", "tk"),
    ("aka", "ak"),
    ("zul", "zu"),
    ("sna", "sn"),
    ("afr", "af"),
    ("lat", "la"),
    ("slk", "sk"),
    ("cat", "ca"),
    ("tgl", "tl"),
    ("hye", "hy"),
    ("cym", "cy"),
];

#[cfg(test)]
mod tests;
