//! Titles and roles written with a name: premodifiers ("former US President
//! Donald Trump", "Kremlin spokesman Dmitry Peskov", "Rear Adm. Jane Doe"),
//! reverse appositions ("Estonia's foreign policy chief, Kaja Kallas") and
//! appositions ("Witkoff, a businessman turned envoy,").
//!
//! Both directions produce the same parts: status words, an affiliation
//! (possessive name, place, demonym, organisation, "X administration"), role
//! modifiers and a head noun. Title = modifiers + head (+ "of State"),
//! lower case, ranks spelt out.

use crosscheck_model::{Role, RoleStatus, Span};

use super::tokens::Tok;
use crate::lexicon;

/// What a premodifier scan found: the role (if any) and whether an
/// honorific or rank sat directly before the name (evidence of a person).
#[derive(Debug, Default)]
pub struct Premod {
    /// The role phrase, when a head noun was found.
    pub role: Option<Role>,
    /// "Mr.", "Dr.", "Sir" directly before the name.
    pub honorific: bool,
}

/// Head/role word facts for one token.
fn head_of(tok: &Tok<'_>) -> Option<&'static str> {
    if !tok.is_word() {
        return None;
    }
    if let Some(h) = lexicon::role_head(tok.text) {
        return Some(h);
    }
    lexicon::rank(tok.text)
        .filter(|r| !r.prefix || tok.is_cap() && r.alone())
        .map(|r| r.full)
}

/// A hyphenated role with a status part: "ex-President", "President-elect",
/// "then-Secretary", "Secretary-designate". Returns (status, head word).
pub(super) fn hyphen_status(tok: &Tok<'_>) -> Option<(RoleStatus, &'static str)> {
    let (a, b) = tok.text.split_once('-')?;
    // "then" is a status only when hyphenated: "then-President".
    if a.eq_ignore_ascii_case("then") {
        return lexicon::role_head(b).map(|h| (RoleStatus::Former, h));
    }
    if let (Some(s), Some(h)) = (lexicon::status_word(a), lexicon::role_head(b)) {
        return Some((s, h));
    }
    if let (Some(h), Some(s)) = (lexicon::role_head(a), lexicon::status_word(b)) {
        return Some((s, h));
    }
    None
}

/// The title form of one role token: rank abbreviations spelt out, the
/// status part of "ex-President" dropped, lower case.
fn title_word(tok: &Tok<'_>) -> String {
    if let Some((_, h)) = hyphen_status(tok) {
        return h.to_string();
    }
    if let Some(r) = lexicon::rank(tok.text) {
        if tok.text.ends_with('.') || r.prefix || lexicon::role_head(tok.text).is_none() {
            return r.full.to_string();
        }
    }
    let f = lexicon::fold(tok.text);
    // Spelling variants normalised in titles too.
    match f.as_str() {
        "advisor" => "adviser".to_string(),
        "cofounder" => "co-founder".to_string(),
        _ => f,
    }
}

/// Head of a role from its title tokens (left to right).
fn head_from(t: &[Tok<'_>], role_toks: &[usize]) -> Option<String> {
    let last = *role_toks.last()?;
    if role_toks.len() >= 2 {
        let prev = role_toks[role_toks.len() - 2];
        if let Some(h) = lexicon::compound_head(t[prev].text, t[last].text) {
            return Some(h.to_string());
        }
    }
    if let Some((_, h)) = hyphen_status(&t[last]) {
        return Some(h.to_string());
    }
    head_of(&t[last]).map(str::to_string)
}

fn is_word_ci(tok: &Tok<'_>, w: &str) -> bool {
    tok.is_word() && tok.text.eq_ignore_ascii_case(w)
}

/// Longest affiliation ending at token `i` (inclusive), scanning leftwards:
/// possessive name ("Mr. Trump's"), place/organisation (1–3 words),
/// demonym, a capitalised name, or "Name administration". Returns the first
/// token index and whether it was possessive.
fn affiliation_ending_at(t: &[Tok<'_>], i: usize) -> Option<(usize, bool)> {
    let tok = &t[i];
    if !tok.is_word() || lexicon::is_stopword(tok.text) {
        return None;
    }
    if tok.possessive {
        if !tok.is_cap() {
            return Some((i, true)); // "the company's"
        }
        let mut s = i;
        while s > 0
            && t[s - 1].is_cap()
            && !t[s - 1].possessive
            && head_of(&t[s - 1]).is_none()
            && !lexicon::is_stopword(t[s - 1].text)
            && i - s < 3
        {
            s -= 1;
        }
        while s > 0 && lexicon::is_honorific(t[s - 1].text) {
            s -= 1;
        }
        return Some((s, true));
    }
    if lexicon::affiliation_noun(tok.text) && i > 0 && t[i - 1].is_cap() && !t[i - 1].possessive {
        let mut s = i - 1;
        while s > 0
            && t[s - 1].is_cap()
            && !t[s - 1].possessive
            && head_of(&t[s - 1]).is_none()
            && i - s < 4
        {
            s -= 1;
        }
        return Some((s, false));
    }
    if !tok.is_cap() {
        return None;
    }
    // Multi-word places and organisations: "White House", "United States".
    for len in (2..=3).rev() {
        if i + 1 >= len {
            let s = i + 1 - len;
            if t[s..=i].iter().all(|x| x.is_word() && !x.possessive) {
                let joined = join(t, s, i);
                if lexicon::known_org(&joined).is_some() || lexicon::place(&joined).is_some() {
                    return Some((s, false));
                }
            }
        }
    }
    if lexicon::demonym(tok.text).is_some()
        || lexicon::place(tok.text).is_some()
        || lexicon::known_org(tok.text).is_some()
    {
        return Some((i, false));
    }
    // A capitalised name used attributively: "Trump envoy", "NBC News reporter".
    if head_of(tok).is_none() && lexicon::status_word(tok.text).is_none() {
        let mut s = i;
        while s > 0
            && t[s - 1].is_cap()
            && !t[s - 1].possessive
            && head_of(&t[s - 1]).is_none()
            && !lexicon::is_stopword(t[s - 1].text)
            && lexicon::status_word(t[s - 1].text).is_none()
            && i - s < 2
        {
            s -= 1;
        }
        return Some((s, false));
    }
    None
}

/// Join token texts `s..=e` with single spaces (for lexicon lookups).
pub fn join(t: &[Tok<'_>], s: usize, e: usize) -> String {
    let mut out = String::new();
    for (k, tok) in t[s..=e].iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(tok.text);
    }
    out
}

fn build(
    text: &str,
    t: &[Tok<'_>],
    span_start: usize,
    role_toks: &[usize],
    post: Option<(usize, usize)>,
    status: RoleStatus,
    affil: Option<(usize, usize)>,
) -> Option<Role> {
    let head = head_from(t, role_toks)?;
    let mut title: Vec<String> = role_toks.iter().map(|&k| title_word(&t[k])).collect();
    let mut end = t[*role_toks.last()?].end;
    if let Some((ps, pe)) = post {
        title.extend(t[ps..=pe].iter().map(|x| lexicon::fold(x.text)));
        end = t[pe].end;
    }
    let affiliation = affil.map(|(s, e)| text[t[s].start..t[e].full_end].to_string());
    Some(Role {
        span: Span::new(t[span_start].start, end),
        title: title.join(" "),
        head,
        status,
        affiliation,
    })
}

/// Scan leftwards from token `c` (the first name word) for a role phrase.
pub fn premodifier(text: &str, t: &[Tok<'_>], c: usize) -> Premod {
    let mut out = Premod::default();
    let mut i = c;
    while i > 0
        && t[i - 1].is_cap()
        && lexicon::is_honorific(t[i - 1].text)
        && lexicon::rank(t[i - 1].text).is_none()
    {
        out.honorific = true;
        i -= 1;
    }
    if i > 0
        && t[i - 1].is_cap()
        && lexicon::rank(t[i - 1].text).is_some_and(|r| r.alone())
        && t[i - 1].text.ends_with('.')
    {
        out.honorific = true; // "Gen. Smith": an abbreviated rank is always a title
    }
    out.role = role_before(text, t, i, false);
    out
}

/// The role phrase ending just before token `end` (exclusive). With
/// `allow_unknown`, up to two unknown lower-case words may sit among the
/// modifiers (reverse appositions: "foreign policy chief,").
pub fn role_before(text: &str, t: &[Tok<'_>], end: usize, allow_unknown: bool) -> Option<Role> {
    if end == 0 {
        return None;
    }
    let mut i = end; // exclusive cursor: the next token to look at is t[i - 1]
                     // Postmodifier: "Secretary of State", "Envoy for Ukraine".
    let mut post = None;
    for n in 1..=3 {
        if i >= n + 2 && t[i - n..i].iter().all(|x| x.is_cap() && !x.possessive) {
            let of = &t[i - n - 1];
            if (is_word_ci(of, "of") || is_word_ci(of, "for"))
                && !of.is_cap()
                && head_of(&t[i - n - 2]).is_some()
            {
                post = Some((i - n - 1, i - 1));
                i -= n + 1;
                break;
            }
        }
    }
    let mut role_toks: Vec<usize> = Vec::new();
    let mut status = RoleStatus::Current;
    let mut span_start = None;
    let mut unknown = 0;
    while i > 0 {
        let tok = &t[i - 1];
        if !tok.is_word() || tok.possessive {
            break;
        }
        let k = i - 1;
        if let Some((s, _)) = hyphen_status(tok) {
            status = s;
            role_toks.push(k);
            span_start = Some(k);
            i -= 1;
            continue;
        }
        let is_head = head_of(tok).is_some();
        let is_rank_prefix =
            lexicon::rank(tok.text).is_some_and(|r| r.prefix) && !role_toks.is_empty();
        if is_head
            || is_rank_prefix
            || (!role_toks.is_empty() && lexicon::is_role_modifier(tok.text))
        {
            // A capitalised role word right after a sentence-initial name is fine;
            // a lower-case one must not be a plain adjective before nothing.
            role_toks.push(k);
            span_start = Some(k);
            i -= 1;
            continue;
        }
        if !role_toks.is_empty() {
            if let Some(s) = lexicon::status_word(tok.text) {
                status = s;
                span_start = Some(k);
                i -= 1;
                continue;
            }
            let plain = |x: &Tok<'_>| {
                !x.is_cap()
                    && x.text.chars().all(|c| c.is_alphabetic())
                    && !lexicon::is_stopword(x.text)
            };
            // Unknown modifiers are also taken when a status word opens the
            // phrase: "Former emergency services minister Anton Reiss".
            let status_ahead = (1..=2 - unknown.min(2)).any(|d| {
                k >= d
                    && lexicon::status_word(t[k - d].text).is_some()
                    && (k - d + 1..=k).all(|m| plain(&t[m]))
            });
            if (allow_unknown || status_ahead)
                && unknown < 2
                && plain(tok)
                && i >= 2
                && !t[i - 2].is_punct(",")
            {
                unknown += 1;
                role_toks.push(k);
                span_start = Some(k);
                i -= 1;
                continue;
            }
        }
        break;
    }
    if role_toks.is_empty() {
        return None;
    }
    role_toks.reverse();
    // Unknown words are allowed only between known role words.
    while role_toks.first().is_some_and(|&k| {
        head_of(&t[k]).is_none()
            && !lexicon::is_role_modifier(t[k].text)
            && lexicon::rank(t[k].text).is_none()
            && hyphen_status(&t[k]).is_none()
    }) {
        role_toks.remove(0);
        span_start = role_toks.first().copied();
    }
    let mut span_start = span_start?;
    // Affiliation, then more status words ("former US President").
    let mut affil = None;
    if i > 0 {
        if let Some((s, possessive)) = affiliation_ending_at(t, i - 1) {
            affil = Some((s, i - 1));
            span_start = s;
            i = s;
            if !possessive {
                while i > 0 && t[i - 1].is_word() && !t[i - 1].possessive {
                    let w = t[i - 1].text;
                    if let Some(s) = lexicon::status_word(w) {
                        status = s;
                        span_start = i - 1;
                    } else if !(lexicon::is_status_adverb(w) && status != RoleStatus::Current) {
                        break;
                    }
                    i -= 1;
                }
            }
        }
    }
    // Scanning leftwards overwrote `status` each time, so the leftmost
    // status word wins ("former and potentially future" → former).
    build(text, t, span_start, &role_toks, post, status, affil)
}

/// Participles and adverbs end a role phrase ("working", "closely").
fn looks_verbal(w: &str) -> bool {
    w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
}

/// Parse an apposition after the name: `NAME, a former Trump administration
/// envoy,` — `e` is the index of the comma.
pub fn apposition(text: &str, t: &[Tok<'_>], comma: usize) -> Option<Role> {
    let mut j = comma + 1;
    let n = t.len();
    let mut determiner = false;
    if j < n && (is_word_ci(&t[j], "a") || is_word_ci(&t[j], "an") || is_word_ci(&t[j], "the")) {
        j += 1;
        determiner = true;
    }
    let span_start = j;
    let mut status = RoleStatus::Current;
    let mut seen_status = false;
    while j < n && t[j].is_word() {
        if let Some(s) = lexicon::status_word(t[j].text) {
            if !seen_status {
                status = s;
                seen_status = true;
            }
        } else if !(seen_status && lexicon::is_status_adverb(t[j].text)) {
            break;
        }
        j += 1;
    }
    // Affiliation: scan forward to the end of a possessive / place / name run.
    let mut affil = None;
    if j < n && t[j].is_word() && !lexicon::is_stopword(t[j].text) && head_of(&t[j]).is_none() {
        let mut k = j;
        while k < n
            && (t[k].is_cap() || lexicon::is_honorific(t[k].text))
            && !t[k].possessive
            && head_of(&t[k]).is_none()
            && k - j < 3
        {
            k += 1;
        }
        let end =
            if k < n && t[k].is_word() && (t[k].possessive || lexicon::affiliation_noun(t[k].text))
            {
                Some(k)
            } else if k > j {
                Some(k - 1)
            } else {
                None
            };
        if let Some(e) = end {
            let ok = t[e].possessive
                || lexicon::affiliation_noun(t[e].text)
                || lexicon::demonym(&join(t, j, e)).is_some()
                || lexicon::place(&join(t, j, e)).is_some()
                || lexicon::known_org(&join(t, j, e)).is_some();
            if ok {
                affil = Some((j, e));
                j = e + 1;
            }
        }
    }
    // Role words up to the head; "X turned Y" restarts the title at Y.
    let mut role_toks: Vec<usize> = Vec::new();
    let mut best: Option<Vec<usize>> = None;
    let mut unknown = 0;
    while j < n && t[j].is_word() && !t[j].possessive && role_toks.len() < 6 {
        let tok = &t[j];
        if is_word_ci(tok, "turned") && best.is_some() {
            role_toks.clear();
            best = None;
            j += 1;
            continue;
        }
        if head_of(tok).is_some() || hyphen_status(tok).is_some() {
            role_toks.push(j);
            best = Some(role_toks.clone());
        } else if lexicon::is_role_modifier(tok.text) || lexicon::rank(tok.text).is_some() {
            if best.is_some() {
                break; // modifiers after the head belong to something else
            }
            role_toks.push(j);
        } else if (determiner || seen_status || affil.is_some())
            && !tok.is_cap()
            && !lexicon::is_stopword(tok.text)
            && unknown < 2
            && best.is_none()
            && tok.text.chars().all(|c| c.is_alphabetic())
            && !looks_verbal(tok.text)
        {
            // Unknown nouns inside a noun phrase: "a real estate developer".
            unknown += 1;
            role_toks.push(j);
        } else {
            break;
        }
        j += 1;
    }
    let toks = best?;
    // "…to Mark Teixeira, general manager Tony Reagins said": a title right
    // before a capitalised name is that name's, not an apposition of the
    // name before the comma.
    let last = *toks.last()?;
    if t.get(last + 1)
        .is_some_and(|next| next.is_word() && next.is_cap() && !lexicon::is_stopword(next.text))
    {
        return None;
    }
    // Drop leading unknown words that are not role vocabulary ("businessman turned").
    let first = toks.first().copied()?;
    let start = affil.map_or(if seen_status { span_start } else { first }, |(s, _)| {
        if seen_status {
            span_start
        } else {
            s
        }
    });
    build(text, t, start.min(first), &toks, None, status, affil)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn pre(text: &str, name: &str) -> Option<Role> {
        let t = tokenize(text, 0, text.len());
        let at = text.find(name).unwrap();
        let c = t.iter().position(|x| x.start == at).unwrap();
        premodifier(text, &t, c).role
    }

    fn app(text: &str) -> Option<Role> {
        let t = tokenize(text, 0, text.len());
        let comma = t.iter().position(|x| x.is_punct(",")).unwrap();
        apposition(text, &t, comma)
    }

    fn check(
        role: Option<Role>,
        text: &str,
        quote: &str,
        title: &str,
        head: &str,
        status: RoleStatus,
        affil: Option<&str>,
    ) {
        let r = role.unwrap_or_else(|| panic!("no role in {text:?}"));
        assert_eq!(&text[r.span.start..r.span.end], quote, "span in {text:?}");
        assert_eq!(r.title, title, "title in {text:?}");
        assert_eq!(r.head, head, "head in {text:?}");
        assert_eq!(r.status, status, "status in {text:?}");
        assert_eq!(r.affiliation.as_deref(), affil, "affiliation in {text:?}");
    }

    use RoleStatus::*;

    #[test]
    fn premodifier_titles() {
        let s = "He met Russian President Vladimir Putin.";
        check(
            pre(s, "Vladimir"),
            s,
            "Russian President",
            "president",
            "president",
            Current,
            Some("Russian"),
        );
        let s = "Then US special envoy Steve Witkoff spoke.";
        check(
            pre(s, "Steve"),
            s,
            "US special envoy",
            "special envoy",
            "envoy",
            Current,
            Some("US"),
        );
        let s = "Kremlin spokesman Dmitry Peskov said so.";
        check(
            pre(s, "Dmitry"),
            s,
            "Kremlin spokesman",
            "spokesman",
            "spokesman",
            Current,
            Some("Kremlin"),
        );
        let s = "White House Press Secretary Karoline Leavitt affirmed it.";
        check(
            pre(s, "Karoline"),
            s,
            "White House Press Secretary",
            "press secretary",
            "secretary",
            Current,
            Some("White House"),
        );
        let s = "It was former US President Donald Trump who spoke.";
        check(
            pre(s, "Donald"),
            s,
            "former US President",
            "president",
            "president",
            Former,
            Some("US"),
        );
        let s = "an envoy of former and potentially future U.S. President Donald Trump.";
        check(
            pre(s, "Donald"),
            s,
            "former and potentially future U.S. President",
            "president",
            "president",
            Former,
            Some("U.S."),
        );
        let s = "He met UK Prime Minister Sir Keir Starmer.";
        check(
            pre(s, "Keir"),
            s,
            "UK Prime Minister",
            "prime minister",
            "prime minister",
            Current,
            Some("UK"),
        );
        let s = "Rear Adm. Jane Doe retired.";
        check(
            pre(s, "Jane"),
            s,
            "Rear Adm.",
            "rear admiral",
            "admiral",
            Current,
            None,
        );
        let s = "Trump's special envoy Witkoff confirmed.";
        check(
            pre(s, "Witkoff"),
            s,
            "Trump's special envoy",
            "special envoy",
            "envoy",
            Current,
            Some("Trump's"),
        );
        let s = "Ukraine’s new chief negotiator Rustem Umerov came.";
        check(
            pre(s, "Rustem"),
            s,
            "Ukraine’s new chief negotiator",
            "chief negotiator",
            "negotiator",
            Current,
            Some("Ukraine’s"),
        );
        let s = "He called acting Defense Secretary Jane Roe.";
        check(
            pre(s, "Jane"),
            s,
            "acting Defense Secretary",
            "defense secretary",
            "secretary",
            Acting,
            None,
        );
        let s = "with President-elect Joe Biden";
        check(
            pre(s, "Joe"),
            s,
            "President-elect",
            "president",
            "president",
            Future,
            None,
        );
        let s = "Secretary of State Marco Rubio flew.";
        check(
            pre(s, "Marco"),
            s,
            "Secretary of State",
            "secretary of state",
            "secretary",
            Current,
            None,
        );
        let s = "working alongside strategic advisor Kushner";
        check(
            pre(s, "Kushner"),
            s,
            "strategic advisor",
            "strategic adviser",
            "adviser",
            Current,
            None,
        );
    }

    #[test]
    fn no_role_without_head() {
        assert!(pre("Then Mr. Witkoff left.", "Witkoff").is_none());
        assert!(pre("a key Witkoff ally", "Witkoff").is_none());
        assert!(pre("Putin and Witkoff met.", "Witkoff").is_none());
    }

    #[test]
    fn appositions() {
        let s = "Jared Kushner, Mr. Trump's son-in-law and a frequent informal adviser, came.";
        check(
            app(s),
            s,
            "Mr. Trump's son-in-law",
            "son-in-law",
            "son-in-law",
            Current,
            Some("Mr. Trump's"),
        );
        let s = "Witkoff, a businessman turned envoy, has emerged.";
        check(app(s), s, "envoy", "envoy", "envoy", Current, None);
        let s = "Jane Doe, a former Trump administration envoy, said.";
        check(
            app(s),
            s,
            "former Trump administration envoy",
            "envoy",
            "envoy",
            Former,
            Some("Trump administration"),
        );
        let s = "Steve Witkoff, a special envoy closely associated with Trump.";
        check(
            app(s),
            s,
            "special envoy",
            "special envoy",
            "envoy",
            Current,
            None,
        );
        assert!(app("Witkoff, working alongside Kushner, has").is_none());
        assert!(app("Witkoff, working alongside strategic advisor Kushner, has").is_none());
        assert!(app("Putin, Zelensky and Macron met.").is_none());
        // The title of the next name, not an apposition of this one.
        assert!(app("an offer to Teixeira, general manager Tony Reagins said.").is_none());
        assert!(app("an offer to Teixeira, team president Stan Kasten said.").is_none());
    }
}
