//! Tree construction: the repairs that decide which element holds which text.

use super::*;

/// The tree as `tag(children)` with text as `"…"`, whitespace-only text left out.
fn shape(html: &str) -> String {
    let dom = parse(html);
    fn walk(dom: &Dom, i: Id, out: &mut String) {
        let n = dom.node(i);
        if n.tag == Tag::Text {
            if !n.blank {
                out.push_str(&format!("{:?}", dom.own_text(i)));
            }
            return;
        }
        out.push_str(&format!("{:?}", n.tag).to_lowercase());
        let kids: Vec<Id> = dom.children(i).filter(|&c| !dom.node(c).blank).collect();
        if !kids.is_empty() {
            out.push('(');
            for (k, c) in kids.iter().enumerate() {
                if k > 0 {
                    out.push(' ');
                }
                walk(dom, *c, out);
            }
            out.push(')');
        }
    }
    let mut out = String::new();
    walk(&dom, dom.body, &mut out);
    out
}

#[test]
fn implied_end_tags() {
    assert_eq!(
        shape("<p>a<p>b<div>c</div>"),
        r#"body(p("a") p("b") div("c"))"#
    );
    assert_eq!(shape("<ul><li>a<li>b</ul>"), r#"body(ul(li("a") li("b")))"#);
    assert_eq!(
        shape("<dl><dt>a<dd>b<dt>c</dl>"),
        r#"body(dl(dt("a") dd("b") dt("c")))"#
    );
    assert_eq!(
        shape("<table><tr><td>a<td>b<tr><td>c</table>"),
        r#"body(table(tr(td("a") td("b")) tr(td("c"))))"#
    );
    assert_eq!(shape("<h2>a<h3>b</h3>"), r#"body(h2("a") h3("b"))"#);
}

#[test]
fn end_tags_close_up_to_their_element() {
    assert_eq!(
        shape("<div><span>a<div>b</div></div>c"),
        r#"body(div(span("a" div("b"))) "c")"#
    );
    assert_eq!(shape("<div><p>a</div><p>b"), r#"body(div(p("a")) p("b"))"#);
    // A stray inline end tag does not close across a block.
    assert_eq!(shape("<div>a</span>b</div>"), r#"body(div("a" "b"))"#);
    assert_eq!(shape("<b>a<i>b</b>c"), r#"body(b("a" i("b")) "c")"#);
    assert_eq!(shape("<DIV CLASS=x>A</Div>"), r#"body(div("A"))"#);
}

#[test]
fn raw_text_and_markup_in_strange_places() {
    assert_eq!(
        shape("<script>if (a < b) document.write('<p>x</p>')</script><p>y"),
        r#"body(p("y"))"#
    );
    assert_eq!(
        shape("<p title='a > b'>c</p><!-- <p>d</p> --><p>e"),
        r#"body(p("c") p("e"))"#
    );
    assert_eq!(shape("<p>a < b &amp; c</p>"), r#"body(p("a < b & c"))"#);
    assert_eq!(
        shape("<textarea><p>x</textarea><p>y"),
        r#"body(textarea("<p>x") p("y"))"#
    );
    assert_eq!(
        shape("<svg><path d='M0'/><title>icon</title></svg><p>z"),
        r#"body(svg(other title("icon")) p("z"))"#
    );
}

#[test]
fn head_and_body_are_implied() {
    let dom = parse("<title>T</title><meta name=a content=b><p>x</p>");
    assert_eq!(dom.tag(dom.body), Tag::Body);
    assert!(dom.head.is_some());
    assert_eq!(shape("<title>T</title>text"), r#"body("text")"#);
    let dom = parse("<html lang=de><body><p>x");
    assert_eq!(dom.raw_attr(0, "lang"), Some("de"));
}

#[test]
fn truncated_and_junk_input_does_not_panic() {
    for page in [
        "<",
        "<p",
        "<p class='x",
        "<!--",
        "<script>never",
        "<title>open",
        "</",
        "<a href=x>b</a",
        "\u{0}\u{1}<<>>&#;&",
        "<svg><p>",
        "<table><td><table><tr>",
    ] {
        let _ = parse(page);
    }
    let bytes: Vec<u8> = (0..4000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
        .collect();
    let _ = parse(&String::from_utf8_lossy(&bytes));
}

/// Words of the body's text, as this parser and as html5ever (through
/// dom_query) build the tree; raw-text elements this parser skips unread
/// are left out of both.
fn body_words(page: &str) -> (Vec<String>, Vec<String>) {
    // Template contents are a separate fragment in html5ever's tree.
    let skipped = |t: Tag| {
        matches!(
            t,
            Tag::Script
                | Tag::Style
                | Tag::Iframe
                | Tag::Xmp
                | Tag::Noembed
                | Tag::Noframes
                | Tag::Template
        )
    };
    let dom = parse(page);
    let mut ours = String::new();
    let mut i = dom.body;
    while i < dom.end(dom.body) {
        if skipped(dom.tag(i)) {
            i = dom.end(i);
            continue;
        }
        ours.push_str(if dom.node(i).blank {
            " "
        } else {
            dom.own_text(i)
        });
        i += 1;
    }
    let doc = dom_query::Document::from(page);
    doc.select("body script, body style, body iframe, body xmp, body noembed, body noframes")
        .remove();
    let theirs = doc.select("body").text().to_string();
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    (words(&ours), words(&theirs))
}

#[test]
fn body_text_matches_html5ever() {
    for page in [
        include_str!("../../../tests/fixtures/harbour-page.html"),
        "<p>one<b>two</p>three</b><table><tr><td>four<td>five</table><ul><li>six<li>seven</ul>",
        "<!doctype html><html><head><title>t</title><script>var x='</p>'</script></head><body><div>a &amp; b &copy; c</div><svg><title>i</title></svg>d</body></html>",
    ] {
        let (ours, theirs) = body_words(page);
        assert_eq!(ours, theirs, "{page}");
    }
}

/// On the shared benchmark pages (when present), the body's words agree
/// with html5ever's on at least 99.9% of the words of every page.
#[test]
fn dev_pages_body_text_matches_html5ever() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/article-extraction/dev/html");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("SKIPPED: no benchmark pages at {}", dir.display());
        return;
    };
    for entry in entries.flatten() {
        let bytes = std::fs::read(entry.path()).expect("read page");
        let page = crate::decode(&bytes, true).text;
        let (ours, theirs) = body_words(&page);
        let mut count: std::collections::HashMap<&str, i64> = std::collections::HashMap::new();
        for w in &theirs {
            *count.entry(w).or_default() += 1;
        }
        for w in &ours {
            *count.entry(w).or_default() -= 1;
        }
        let differing: i64 = count.values().map(|v| v.abs()).sum();
        let share = differing as f64 / theirs.len().max(1) as f64;
        assert!(
            share < 0.001,
            "{}: {:.2}% of words differ",
            entry.path().display(),
            share * 100.0
        );
    }
}

#[test]
fn nesting_stops_at_the_depth_cap_and_keeps_the_text() {
    let n = 5 * MAX_DEPTH;
    let html = format!(
        "{}<p>deep text</p>{}<p>after</p>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let dom = parse(&html);
    let depth = |mut i: Id| {
        let mut d = 0;
        while let Some(p) = dom.parent(i) {
            d += 1;
            i = p;
        }
        d
    };
    let deepest = (0..dom.nodes.len() as Id).map(depth).max().unwrap();
    assert!(deepest <= MAX_DEPTH + 2, "depth {deepest}");
    let texts: Vec<&str> = (0..dom.nodes.len() as Id)
        .filter(|&i| dom.node(i).tag == Tag::Text)
        .map(|i| dom.own_text(i))
        .collect();
    assert!(
        texts.contains(&"deep text") && texts.contains(&"after"),
        "{texts:?}"
    );
}
