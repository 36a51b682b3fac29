//! Sentence splitting with exact byte spans.
//!
//! Web text puts headlines, list items and table rows on lines of their
//! own, often without final punctuation, so every line is at least its own
//! sentence; within a line `sentencex` finds the boundaries (it knows "U.S.",
//! "Mr.", "Jan.", "a.m.").
use crosscheck_model::{Document, Sentence, Span};

/// Split the document's text into sentences, skipping text marked as removed
/// noise. Each line is at least its own sentence (web text puts headlines,
/// list items and table rows on lines of their own).
pub fn split(doc: &Document) -> Vec<Sentence> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        if line.trim().is_empty() {
            continue;
        }
        // Lines without sentence punctuation inside are one sentence: skip
        // the segmenter for headlines, list items and table rows.
        let body = line.trim_end();
        let inner = body.char_indices().last().map_or("", |(k, _)| &body[..k]);
        if !inner.contains(['.', '!', '?', '。']) {
            push_capped(text, &mut out, start, start + body.len(), &doc.removed);
            continue;
        }
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        for b in sentencex::get_sentence_boundaries("en", line) {
            // Trust the offsets only when they slice this line cleanly.
            if b.end_byte <= line.len()
                && line.is_char_boundary(b.start_byte)
                && line.is_char_boundary(b.end_byte)
            {
                match pieces.last_mut() {
                    Some(last)
                        if last.1 <= b.start_byte && {
                            let (piece, next) =
                                (&line[last.0..last.1], &line[b.start_byte..b.end_byte]);
                            clock_continues(piece, next)
                                || dotted_continues(piece, next)
                                || attribution_continues(piece, next)
                        } =>
                    {
                        last.1 = b.end_byte
                    }
                    _ => pieces.push((b.start_byte, b.end_byte)),
                }
            }
        }
        for (s, e) in pieces {
            push_capped(text, &mut out, start + s, start + e, &doc.removed);
        }
    }
    mark_headline(doc, &mut out);
    out
}

/// Mark the sentence that is the document's title: the extractor puts an
/// HTML page's headline on the text's first line, and a text file's
/// "TITLE:" line keeps its words as text.
fn mark_headline(doc: &Document, sentences: &mut [Sentence]) {
    let Some(title) = doc
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    else {
        return;
    };
    if let Some(s) = sentences
        .iter_mut()
        .take(3)
        .find(|s| s.span.slice(&doc.text).trim().eq_ignore_ascii_case(title))
    {
        s.headline = true;
    }
}

/// "… shortly after 8:30 p. m." + "Saturday.": the segmenter ends a
/// sentence at a clock time's "a. m."/"p. m." (spaced, as many wire texts
/// write it); the sentence goes on when what follows is a weekday, a month
/// or a lower-case word. "at 3 p. m." + "He left." are two sentences.
fn clock_continues(piece: &str, next: &str) -> bool {
    let p = piece.trim_end().to_ascii_lowercase();
    let clock = ["a. m.", "p. m.", "a.m.", "p.m."]
        .iter()
        .any(|m| p.ends_with(m));
    if !clock {
        return false;
    }
    let word = next
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.starts_with(char::is_lowercase)
        || crate::values::is_calendar_word(word)
        || next.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// "Rep. Nick Rahall, D-W." + "Va., said …": the segmenter ends a sentence
/// inside a dotted abbreviation ("W.Va.", "N.Y.", "D.C."); a piece that ends
/// in a lone capital and its full stop goes on when the next opens with one
/// or two letters and a full stop.
fn dotted_continues(piece: &str, next: &str) -> bool {
    let p = piece.trim_end();
    let Some(before_dot) = p.strip_suffix('.') else {
        return false;
    };
    let mut back = before_dot.chars().rev();
    let lone_capital = back.next().is_some_and(|c| c.is_ascii_uppercase())
        && !back.next().is_some_and(char::is_alphabetic);
    let n = next.trim_start();
    let letters = n.chars().take_while(char::is_ascii_alphabetic).count();
    lone_capital
        && (1..=2).contains(&letters)
        && n.starts_with(|c: char| c.is_ascii_uppercase())
        && n[letters..].starts_with('.')
}

/// `"It's official: I'm hosting the #Oscars!"` + `"DeGeneres tweeted
/// Wednesday."`: the segmenter ends a sentence at a quotation that closes
/// with "!" or "?", but a short reporting clause after it (a speaker and a
/// verb of speech, then at most a few words of when and where) belongs to
/// the quotation: what was said is the fact the clause dates. Without it,
/// "tweeted Wednesday" has nothing to say which announcement it dates.
fn attribution_continues(piece: &str, next: &str) -> bool {
    const QUOTES: &[char] = &['"', '”', '\''];
    let p = piece.trim_end();
    let Some(inner) = p.strip_suffix(QUOTES) else {
        return false;
    };
    if !inner.trim_end().ends_with(['!', '?']) {
        return false;
    }
    let words: Vec<&str> = next
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let Some(verb) = words
        .iter()
        .take(4)
        .position(|w| crate::lexicon::is_speech_verb(w))
    else {
        return false;
    };
    // The speaker: a name or a pronoun, not the start of a new statement.
    let speaker = words[..verb].iter().all(|w| {
        w.starts_with(char::is_uppercase) || matches!(*w, "he" | "she" | "they" | "the" | "a")
    });
    verb > 0 && speaker && words.len() <= verb + 5 && !words.contains(&"that")
}

/// Trim `[start, end)` and keep it unless it is empty or touches removed noise.
/// The longest sentence analysed whole, in bytes. News sentences run to a
/// few hundred bytes (the longest of the real-news set is under 1,000); a
/// "sentence" of tens of kilobytes is a page without punctuation (a
/// transcript, a list run together, hostile input), and much of analysis
/// costs the square of a sentence's length. Longer ones are cut into
/// pieces of at most this size ([`push_capped`]), so cost stays linear in
/// the text.
pub const MAX_SENTENCE_BYTES: usize = 1200;

/// [`push`] the sentence `start..end`, cut into pieces of at most
/// [`MAX_SENTENCE_BYTES`] when longer: at the last clause break (";", ",",
/// a dash) in the second half of the allowed length, else at the last
/// space, else at a character boundary.
fn push_capped(
    text: &str,
    out: &mut Vec<Sentence>,
    mut start: usize,
    end: usize,
    removed: &[crosscheck_model::Removed],
) {
    while end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let half = window.len() / 2;
        let cut = window[half..]
            .rfind([';', ',', '\u{2014}', '\u{2013}'])
            .map(|i| {
                let at = half + i;
                at + window[at..].chars().next().map_or(1, char::len_utf8)
            })
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
            .unwrap_or(window.len());
        push(text, out, start, start + cut, removed);
        start += cut;
    }
    push(text, out, start, end, removed);
}

fn push(
    text: &str,
    out: &mut Vec<Sentence>,
    start: usize,
    end: usize,
    removed: &[crosscheck_model::Removed],
) {
    // A removed prefix (the "TITLE: " key of a text file's headline line)
    // is cut off; the rest of the line is the sentence.
    let start = removed
        .iter()
        .find(|r| r.span.start <= start && r.span.end > start && r.span.end < end)
        .map_or(start, |r| r.span.end);
    let slice = &text[start..end];
    let trimmed_start = slice.len() - slice.trim_start().len();
    let s = start + trimmed_start;
    let e = start + slice.trim_end().len();
    if s >= e {
        return;
    }
    let span = Span::new(s, e);
    if removed.iter().any(|r| r.span.overlaps(span)) {
        return;
    }
    // The segmenter may hand back overlapping or repeated pieces; keep order.
    if let Some(last) = out.last() {
        if last.span.end > s {
            return;
        }
    }
    out.push(Sentence {
        span,
        headline: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::{NoiseKind, Removed};

    fn texts(doc: &Document) -> Vec<&str> {
        split(doc)
            .iter()
            .map(|s| &doc.text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn a_clock_time_does_not_end_the_sentence_it_dates() {
        let doc = Document::from_text(
            "t",
            "t.txt",
            "The shootings happened after 8:30 p. m. Saturday. They met at 3 p. m. He left.\n",
        );
        assert_eq!(
            texts(&doc),
            vec![
                "The shootings happened after 8:30 p. m. Saturday.",
                "They met at 3 p. m.",
                "He left."
            ]
        );
    }

    #[test]
    fn the_title_line_is_the_headline_sentence_without_its_key() {
        let text =
            "URL: https://news.example/a\nTITLE: Floods Hit Varnow\n\nThe river rose. It rained.\n";
        let mut doc = Document::from_text("t", "t.txt", text);
        doc.title = Some("Floods Hit Varnow".into());
        doc.removed = vec![
            crosscheck_model::Removed {
                span: crosscheck_model::Span::new(0, 27),
                kind: crosscheck_model::NoiseKind::Header,
            },
            crosscheck_model::Removed {
                span: crosscheck_model::Span::new(28, 35),
                kind: crosscheck_model::NoiseKind::Header,
            },
        ];
        let sentences = split(&doc);
        let headline: Vec<bool> = sentences.iter().map(|s| s.headline).collect();
        assert_eq!(
            texts(&doc),
            vec!["Floods Hit Varnow", "The river rose.", "It rained."]
        );
        assert_eq!(headline, vec![true, false, false]);
    }

    #[test]
    fn a_state_abbreviation_does_not_end_the_sentence() {
        let doc = Document::from_text("d", "-", "Rep. Nick Rahall, D-W.Va., said members may act. Rep. Jane Roe, R-N.Y., agreed. It rained.");
        assert_eq!(
            texts(&doc),
            vec![
                "Rep. Nick Rahall, D-W.Va., said members may act.",
                "Rep. Jane Roe, R-N.Y., agreed.",
                "It rained."
            ]
        );
    }

    #[test]
    fn a_reporting_clause_stays_with_its_quotation() {
        let doc = Document::from_text(
            "d",
            "-",
            "\"It's official: I'm hosting the #Oscars! \"DeGeneres tweeted Wednesday. \"Is it over?\" Smith asked. \"We won!\" Jones said that was wrong. \"Go!\" It rained.",
        );
        assert_eq!(
            texts(&doc),
            vec![
                "\"It's official: I'm hosting the #Oscars! \"DeGeneres tweeted Wednesday.",
                "\"Is it over?\" Smith asked.",
                "\"We won!\"",
                "Jones said that was wrong.",
                "\"Go!\"",
                "It rained.",
            ]
        );
    }

    #[test]
    fn lines_are_sentences_and_abbreviations_hold() {
        let doc = Document::from_text(
            "d",
            "-",
            "Trump Envoy Meets Putin\n  U.S. envoy Mr. Witkoff met Putin on Jan. 5 at 3 p.m. in Moscow. Talks lasted three hours.\n- Timing: soon\n| Envoy | Jared Witkoff |\n",
        );
        assert_eq!(
            texts(&doc),
            vec![
                "Trump Envoy Meets Putin",
                "U.S. envoy Mr. Witkoff met Putin on Jan. 5 at 3 p.m. in Moscow.",
                "Talks lasted three hours.",
                "- Timing: soon",
                "| Envoy | Jared Witkoff |",
            ]
        );
    }

    #[test]
    fn spans_are_absolute_and_noise_is_skipped() {
        let text = "First line here.\nShare\nLast one. Really “done.”\n";
        let mut doc = Document::from_text("d", "-", text);
        let noise = text.find("Share").unwrap();
        doc.removed.push(Removed {
            span: Span::new(noise, noise + 5),
            kind: NoiseKind::SocialButtons,
        });
        let got = texts(&doc);
        assert_eq!(got, vec!["First line here.", "Last one.", "Really “done.”"]);
        for s in split(&doc) {
            assert!(
                doc.text.is_char_boundary(s.span.start) && doc.text.is_char_boundary(s.span.end)
            );
        }
    }

    #[test]
    fn no_trailing_newline_and_crlf() {
        let doc = Document::from_text("d", "-", "One.\r\nTwo is here");
        assert_eq!(texts(&doc), vec!["One.", "Two is here"]);
    }

    #[test]
    fn a_sentence_without_end_is_cut_into_bounded_pieces() {
        let clause = "the river rose past the old mill, and ";
        let words = "rescuers searched the flooded streets of the lower town ";
        // One line with commas, one with none: both far past the cap.
        let text = format!("{}\n{}", clause.repeat(400), words.repeat(300));
        let doc = Document::from_text("d", "-", text.clone());
        let pieces = texts(&doc);
        assert!(pieces.len() > 20, "{}", pieces.len());
        assert!(pieces.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES));
        // Cut at a clause break where there is one, between words where not.
        assert!(
            pieces[0].ends_with(','),
            "{:?}",
            &pieces[0][pieces[0].len() - 20..]
        );
        assert!(pieces
            .iter()
            .all(|p| p.ends_with(|c: char| c.is_alphanumeric() || c == ',')));
        // Nothing is lost: every word is in some piece, in order.
        let joined: Vec<&str> = pieces.iter().flat_map(|p| p.split_whitespace()).collect();
        let all: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(joined, all);
    }
}
