//! Page noise: the widgets, footers and menus that text copied from web
//! pages carries along ("Post a Comment", share rows, "Scan to download …",
//! language pickers, disclaimers, photo credits).
//!
//! Two steps, both linear in the number of lines:
//! 1. [`classify`] each line on its own, by shape and by general UI and
//!    language vocabularies;
//! 2. settle the lines whose status depends on their neighbours: runs of
//!    language names become a language menu, counters and icon labels next
//!    to noise are noise, and a few short non-sentence lines (headings,
//!    slogans) sandwiched between noise lines are absorbed into it.
//!
//! Blank lines are skipped when looking for neighbours and never reported.

mod classify;
mod lexicon;

use crosscheck_model::{NoiseKind, Removed, Span};

use classify::{classify, Class};

pub use classify::{ends_sentence, words};

/// How many short lines in a row can be absorbed between two noise lines.
/// Longer stretches are more likely real headings and list items.
const MAX_ABSORBED: usize = 3;

/// A run of language names this long (with at least two autonyms) is a
/// language picker even with no other noise around it.
const MIN_MENU: usize = 3;

/// Find page-noise lines in `text`. Each [`Removed`] covers one whole line
/// (without its line ending); results are in text order and never overlap.
pub fn find_noise(text: &str) -> Vec<Removed> {
    // Blank lines are neither noise nor neighbours: work on the others only,
    // so a line's neighbours are simply the entries beside it.
    let mut lines: Vec<(Span, Class)> = split_lines(text)
        .into_iter()
        .map(|span| (span, classify(span.slice(text))))
        .filter(|(_, class)| *class != Class::Blank)
        .collect();
    let mut classes: Vec<Class> = lines.iter().map(|(_, c)| *c).collect();
    settle_language_runs(&mut classes);
    settle_weak(&mut classes);
    absorb_short(&mut classes);
    // Absorption can put a counter or icon label next to new noise.
    settle_weak(&mut classes);
    for (line, class) in lines.iter_mut().zip(classes) {
        line.1 = class;
    }
    lines
        .into_iter()
        .filter_map(|(span, class)| match class {
            Class::Noise(kind) => Some(Removed { span, kind }),
            _ => None,
        })
        .collect()
}

/// Line spans: split on `\n`, a trailing `\r` left out of the span.
fn split_lines(text: &str) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            lines.push(line_at(text, start, i));
            start = i + 1;
        }
    }
    if start < text.len() {
        lines.push(line_at(text, start, text.len()));
    }
    lines
}

fn line_at(text: &str, start: usize, end: usize) -> Span {
    let end = if end > start && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    };
    Span::new(start, end)
}

fn is_noise(classes: &[Class], i: Option<usize>) -> bool {
    i.is_some_and(|i| matches!(classes.get(i), Some(Class::Noise(_))))
}

/// Maximal runs `first..=last` of consecutive `true`s.
fn runs(member: &[bool]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (i, &m) in member.iter().enumerate() {
        if m {
            current = Some(current.map_or((i, i), |(s, _)| (s, i)));
        } else if let Some(run) = current.take() {
            out.push(run);
        }
    }
    out.extend(current);
    out
}

/// A run of language names is a menu when it is long and has autonyms, or
/// when it touches other noise. Otherwise its lines are just short lines.
fn settle_language_runs(classes: &mut [Class]) {
    // A short line between two language names is a name the lexicon lacks
    // ("Frysk"); let it join the run rather than split it.
    let is_lang = |c: Option<&Class>| matches!(c, Some(Class::Language { .. }));
    let member: Vec<bool> = (0..classes.len())
        .map(|i| {
            is_lang(classes.get(i))
                || (classes[i] == Class::Short
                    && is_lang(i.checked_sub(1).and_then(|j| classes.get(j)))
                    && is_lang(classes.get(i + 1)))
        })
        .collect();
    for (first, last) in runs(&member) {
        let len = last - first + 1;
        let autonyms = classes[first..=last]
            .iter()
            .filter(|&&c| c == Class::Language { autonym: true })
            .count();
        let touches_noise =
            is_noise(classes, first.checked_sub(1)) || is_noise(classes, Some(last + 1));
        let menu = (len >= MIN_MENU && autonyms >= 2) || touches_noise;
        for c in &mut classes[first..=last] {
            *c = if menu {
                Class::Noise(NoiseKind::LanguageMenu)
            } else {
                Class::Short
            };
        }
    }
}

/// Weak lines become noise when a neighbour is noise; one pass each way
/// lets a chain of weak lines follow the noise it hangs off.
fn settle_weak(classes: &mut [Class]) {
    let resolve = |classes: &mut [Class], i: usize, neighbour: Option<usize>| {
        if let (Class::Weak(kind), Some(&Class::Noise(nk))) =
            (classes[i], neighbour.and_then(|j| classes.get(j)))
        {
            classes[i] = Class::Noise(kind.unwrap_or(nk));
        }
    };
    for i in 0..classes.len() {
        resolve(classes, i, i.checked_sub(1));
    }
    for i in (0..classes.len()).rev() {
        resolve(classes, i, Some(i + 1));
    }
}

/// Short non-sentence lines (and unresolved weak lines) with noise on both
/// sides — or noise above and the end of the text below — are navigation,
/// slogans and the like: absorb up to [`MAX_ABSORBED`] of them in a row.
fn absorb_short(classes: &mut [Class]) {
    let short: Vec<bool> = classes
        .iter()
        .map(|c| matches!(c, Class::Short | Class::Weak(_)))
        .collect();
    for (first, last) in runs(&short) {
        if last - first + 1 > MAX_ABSORBED {
            continue;
        }
        let before = is_noise(classes, first.checked_sub(1));
        let after = last + 1 == classes.len() || is_noise(classes, Some(last + 1));
        if before && after {
            for c in &mut classes[first..=last] {
                *c = Class::Noise(NoiseKind::Navigation);
            }
        }
    }
}

#[cfg(test)]
mod tests;
