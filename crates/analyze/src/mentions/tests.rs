//! Tests of name finding, roles and coreference on hand-written text.

use super::*;
use crosscheck_model::{Document, RoleStatus};

fn run(text: &str) -> (Document, Vec<Mention>, Vec<Entity>) {
    let doc = Document::from_text("t", "-", text);
    let sentences = crate::sentences::split(&doc);
    let (m, e) = find(&doc.text, &sentences);
    for x in &m {
        assert!(doc.text.is_char_boundary(x.span.start) && doc.text.is_char_boundary(x.span.end));
    }
    (doc, m, e)
}

fn quote<'a>(doc: &'a Document, m: &Mention) -> &'a str {
    &doc.text[m.span.start..m.span.end]
}

fn mention<'a>(doc: &Document, ms: &'a [Mention], q: &str) -> &'a Mention {
    ms.iter().find(|m| quote(doc, m) == q).unwrap_or_else(|| {
        panic!(
            "no mention {q:?} in {:?}",
            ms.iter().map(|m| quote(doc, m)).collect::<Vec<_>>()
        )
    })
}

fn has(doc: &Document, ms: &[Mention], q: &str) -> bool {
    ms.iter().any(|m| quote(doc, m) == q)
}

#[test]
fn premodifier_roles_attach_to_people() {
    let (d, m, _) = run(
        "US special envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Tuesday.",
    );
    let w = mention(&d, &m, "Steve Witkoff");
    assert_eq!(w.kind, EntityKind::Person);
    let r = w.role.as_ref().unwrap();
    assert_eq!(
        (r.title.as_str(), r.head.as_str(), r.affiliation.as_deref()),
        ("special envoy", "envoy", Some("US"))
    );
    assert_eq!(w.person.as_ref().unwrap().given.as_deref(), Some("Steve"));
    let p = mention(&d, &m, "Vladimir Putin");
    assert_eq!(
        p.role.as_ref().unwrap().affiliation.as_deref(),
        Some("Russian")
    );
    assert_eq!(mention(&d, &m, "Moscow").kind, EntityKind::Place);
    assert_eq!(mention(&d, &m, "US").kind, EntityKind::Place);
    assert!(!has(&d, &m, "Tuesday"));
}

#[test]
fn former_status_and_honorifics() {
    let (d, m, e) = run(
        "A special envoy closely associated with former and potentially future U.S. President Donald Trump arrived. Mr. Trump did not comment.",
    );
    let t = mention(&d, &m, "Donald Trump");
    assert_eq!(t.role.as_ref().unwrap().status, RoleStatus::Former);
    let short = mention(&d, &m, "Trump");
    assert_eq!(short.person.as_ref().unwrap().given, None);
    assert_eq!(short.entity, t.entity);
    assert_eq!(e[t.entity].name, "Donald Trump");
    assert_eq!(e[t.entity].key, "trump");
}

#[test]
fn a_status_word_reaches_across_unknown_modifiers() {
    let (d, m, _) = run("Former emergency services minister Anton Reiss said the search was over.");
    let r = mention(&d, &m, "Anton Reiss").role.clone().expect("a role");
    assert_eq!(
        (r.head.as_str(), r.status),
        ("minister", RoleStatus::Former)
    );
    // Without a status word, unknown words before a title are not taken.
    let (d, m, _) = run("The search was led by emergency services minister Anton Reiss on Monday.");
    let r = mention(&d, &m, "Anton Reiss").role.clone().expect("a role");
    assert_eq!(r.status, RoleStatus::Current);
}

#[test]
fn reverse_apposition_with_possessive_affiliation() {
    let (d, m, _) = run("In a move, former President Donald Trump’s envoy, Elliott Broidy Witkoff, is to meet Putin.");
    let w = mention(&d, &m, "Elliott Broidy Witkoff");
    let r = w.role.as_ref().unwrap();
    assert_eq!(r.head, "envoy");
    assert_eq!(r.status, RoleStatus::Current, "former belongs to Trump");
    assert_eq!(r.affiliation.as_deref(), Some("Donald Trump’s"));
    assert_eq!(
        w.person.as_ref().unwrap().given.as_deref(),
        Some("Elliott Broidy")
    );
    let t = mention(&d, &m, "Donald Trump");
    assert_eq!(t.role.as_ref().unwrap().status, RoleStatus::Former);
}

#[test]
fn appositions() {
    let (d, m, _) = run(
        "Jared Kushner, Mr. Trump's son-in-law and a frequent informal adviser, will attend. Jane Doe, a former Trump administration envoy, said no. Estonia’s foreign policy chief, Kaja Kallas, voiced doubt.",
    );
    let k = mention(&d, &m, "Jared Kushner").role.clone().unwrap();
    assert_eq!(
        (k.head.as_str(), k.affiliation.as_deref()),
        ("son-in-law", Some("Mr. Trump's"))
    );
    let j = mention(&d, &m, "Jane Doe").role.clone().unwrap();
    assert_eq!(
        (j.head.as_str(), j.status, j.affiliation.as_deref()),
        ("envoy", RoleStatus::Former, Some("Trump administration"))
    );
    let kk = mention(&d, &m, "Kaja Kallas");
    assert_eq!(kk.kind, EntityKind::Person);
    let r = kk.role.clone().unwrap();
    assert_eq!(
        (r.title.as_str(), r.head.as_str(), r.affiliation.as_deref()),
        ("foreign policy chief", "chief", Some("Estonia’s"))
    );
}

#[test]
fn surname_and_possessive_coreference() {
    let (d, m, e) = run(
        "Kremlin spokesman Dmitry Peskov confirmed the talks. Witkoff, a businessman turned envoy, flew in. US envoy Steve Witkoff met Peskov. Witkoff’s trip was short, and Mr. Witkoff left.",
    );
    let steve = mention(&d, &m, "Steve Witkoff").entity;
    let ws: Vec<&Mention> = m.iter().filter(|x| quote(&d, x) == "Witkoff").collect();
    assert_eq!(ws.len(), 3);
    assert!(ws.iter().all(|x| x.entity == steve));
    assert_eq!(e[steve].key, "witkoff");
    assert_eq!(e[steve].name, "Steve Witkoff");
    assert_eq!(e[steve].mentions.len(), 4);
    let first = ws[0].role.as_ref().unwrap();
    assert_eq!(first.head, "envoy");
    assert_eq!(mention(&d, &m, "Kremlin").kind, EntityKind::Organization);
    let peskov = mention(&d, &m, "Dmitry Peskov").entity;
    assert_eq!(mention(&d, &m, "Peskov").entity, peskov);
}

#[test]
fn two_given_names_with_one_surname() {
    // Drift: same role, one entity.
    let (d, m, e) =
        run("US envoy Jared Witkoff spoke. Later, special envoy Elliott Broidy Witkoff left.");
    let a = mention(&d, &m, "Jared Witkoff").entity;
    let b = mention(&d, &m, "Elliott Broidy Witkoff").entity;
    assert_eq!(a, b);
    assert_eq!(e[a].name, "Elliott Broidy Witkoff");
    // Different people: different role heads.
    let (d, m, e) =
        run("President Donald Trump spoke. First lady Melania Trump smiled. Trump left.");
    let don = mention(&d, &m, "Donald Trump").entity;
    let mel = mention(&d, &m, "Melania Trump").entity;
    assert_ne!(don, mel);
    assert_eq!(e[don].key, "trump");
    assert_eq!(e[mel].key, "trump#melania");
    assert_eq!(mention(&d, &m, "Trump").entity, don);
}

#[test]
fn headline_lines_yield_only_known_names() {
    let (d, m, _) = run(
        "Trump Envoy Witkoff Plans Key Meeting with Putin Amid Ongoing Ukraine-Russia Peace Talks\nFormer President Donald Trump’s envoy Steve Witkoff will meet Russian President Vladimir Putin.\nAnalysis of Potential Outcomes\nFinal Thoughts\n",
    );
    for bad in [
        "Key Meeting",
        "Plans",
        "Key",
        "Meeting",
        "Peace Talks",
        "Analysis",
        "Potential Outcomes",
        "Final Thoughts",
        "Final",
        "Thoughts",
        "Amid Ongoing",
    ] {
        assert!(!has(&d, &m, bad), "{bad}");
    }
    let w = m
        .iter()
        .find(|x| quote(&d, x) == "Witkoff" && x.span.start < 30)
        .unwrap();
    assert_eq!(w.kind, EntityKind::Person);
    assert_eq!(w.role.as_ref().unwrap().head, "envoy");
    assert!(m
        .iter()
        .any(|x| quote(&d, x) == "Putin" && x.span.start < 90));
    assert!(m
        .iter()
        .any(|x| quote(&d, x) == "Ukraine" && x.kind == EntityKind::Place));
    assert!(m
        .iter()
        .any(|x| quote(&d, x) == "Russia" && x.kind == EntityKind::Place));
}

#[test]
fn organisations_and_places() {
    let (d, m, e) = run(
        "NBC News reports that the Organization for Security and Co-operation in Europe (OSCE) and the United Nations met in Geneva with the U.S. delegation. The White House and the United States agreed.",
    );
    for (q, k) in [
        ("NBC News", EntityKind::Organization),
        (
            "Organization for Security and Co-operation in Europe",
            EntityKind::Organization,
        ),
        ("OSCE", EntityKind::Organization),
        ("United Nations", EntityKind::Organization),
        ("Geneva", EntityKind::Place),
        ("U.S.", EntityKind::Place),
        ("White House", EntityKind::Organization),
    ] {
        assert_eq!(mention(&d, &m, q).kind, k, "{q}");
    }
    let us = mention(&d, &m, "U.S.").entity;
    assert_eq!(e[us].key, "united states");
    assert_eq!(mention(&d, &m, "United States").entity, us);
}

#[test]
fn ecb_style_news_and_tokenised_text() {
    let (d, m, e) = run("Tara Reid checked herself into Promises Treatment Center, her rep told People. Reid 's rep said she is fine.");
    assert_eq!(mention(&d, &m, "Tara Reid").kind, EntityKind::Person);
    assert_eq!(
        mention(&d, &m, "Promises Treatment Center").kind,
        EntityKind::Organization
    );
    let reid = mention(&d, &m, "Reid");
    assert_eq!(reid.entity, mention(&d, &m, "Tara Reid").entity);
    assert_eq!(e[reid.entity].key, "reid");
}

#[test]
fn sentence_initial_words_need_evidence() {
    let (d, m, _) = run("Cities have been reduced to rubble. Observers note that peace is far. Zelensky spoke first. President Zelensky then left.");
    assert!(!has(&d, &m, "Cities"));
    assert!(!has(&d, &m, "Observers"));
    // Known from the body ("President Zelensky"), so the first one counts too.
    assert_eq!(m.iter().filter(|x| quote(&d, x) == "Zelensky").count(), 2);
}

#[test]
fn a_sentence_opening_with_a_word_name_needs_a_cue() {
    // "Mark" and "Miles" are words too; an apposition or a speech verb
    // after the name shows a person, and nothing else does.
    let (d, m, _) = run("Mark Vinar, an Australian climber, was presumed dead. Miles Vinar spoke to reporters. Mark Tuesday Morning in your calendar.");
    assert_eq!(mention(&d, &m, "Mark Vinar").kind, EntityKind::Person);
    assert_eq!(mention(&d, &m, "Miles Vinar").kind, EntityKind::Person);
    assert!(!has(&d, &m, "Mark Tuesday Morning") && !has(&d, &m, "Tuesday Morning"));
}

#[test]
fn military_ranks_and_sir() {
    let (d, m, _) = run("Rear Adm. Jane Doe met UK Prime Minister Sir Keir Starmer and Lt. Gen. John Smith Jr. in London.");
    let j = mention(&d, &m, "Jane Doe").role.clone().unwrap();
    assert_eq!(
        (j.title.as_str(), j.head.as_str()),
        ("rear admiral", "admiral")
    );
    let k = mention(&d, &m, "Keir Starmer");
    assert_eq!(k.role.as_ref().unwrap().head, "prime minister");
    assert_eq!(k.person.as_ref().unwrap().given.as_deref(), Some("Keir"));
    let s = mention(&d, &m, "John Smith Jr.");
    assert_eq!(s.role.as_ref().unwrap().title, "lieutenant general");
    assert_eq!(s.person.as_ref().unwrap().surname, "Smith");
}

#[test]
fn a_lone_lieutenant_and_a_title_with_its_status() {
    // "Lt." alone is a rank, as in "Lt. Gen."; "Rear" alone is not.
    let (d, m, _) = run("\"She was calm,\" said Lt. Marty Earley of the police. On Monday, President-elect Barack Obama chose Rear Jane Doe.");
    let e = mention(&d, &m, "Marty Earley").role.clone().unwrap();
    assert_eq!(
        (e.title.as_str(), e.head.as_str()),
        ("lieutenant", "lieutenant")
    );
    let o = mention(&d, &m, "Barack Obama");
    let r = o.role.as_ref().unwrap();
    assert_eq!(
        (r.head.as_str(), r.status),
        ("president", RoleStatus::Future)
    );
    assert_eq!(o.person.as_ref().unwrap().given.as_deref(), Some("Barack"));
    assert!(m
        .iter()
        .all(|x| x.role.as_ref().is_none_or(|r| r.head != "rear")));
}

/// Prints what is found in the shared seed articles, for inspection (not
/// asserted). Run: `cargo test -p crosscheck-analyze seeds -- --ignored --nocapture`.
#[test]
#[ignore]
fn seeds_report() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let docs: Vec<Document> = paths
        .iter()
        .filter_map(|p| {
            std::fs::read_to_string(p)
                .ok()
                .map(|t| Document::from_text("s", p.display().to_string(), t))
        })
        .collect();
    let t0 = std::time::Instant::now();
    for doc in &docs {
        let sentences = crate::sentences::split(doc);
        let (m, e) = find(&doc.text, &sentences);
        println!(
            "=== {} ({} sentences, {} mentions)",
            doc.path,
            sentences.len(),
            m.len()
        );
        for ent in &e {
            let roles: Vec<String> = ent
                .mentions
                .iter()
                .filter_map(|&i| m[i].role.as_ref())
                .map(|r| {
                    format!(
                        "{}|{}|{:?}|{}",
                        r.title,
                        r.head,
                        r.status,
                        r.affiliation.as_deref().unwrap_or("-")
                    )
                })
                .collect();
            let forms: Vec<&str> = ent
                .mentions
                .iter()
                .map(|&i| &doc.text[m[i].span.start..m[i].span.end])
                .collect();
            println!(
                "{:?} {:?} key={} forms={:?} roles={:?}",
                ent.kind, ent.name, ent.key, forms, roles
            );
        }
    }
    let first = t0.elapsed();
    const ROUNDS: u32 = 20;
    let time = |f: &dyn Fn(&Document)| {
        let t = std::time::Instant::now();
        for _ in 0..ROUNDS {
            docs.iter().for_each(f);
        }
        t.elapsed() / ROUNDS
    };
    let split = time(&|d| {
        let _ = crate::sentences::split(d);
    });
    let mentions = time(&|d| {
        let s = crate::sentences::split(d);
        let _ = find(&d.text, &s);
    });
    let all = time(&|d| {
        let _ = crate::analyze(d);
    });
    println!("{} docs: first pass with lexicon loading {first:?}; per round: sentences {split:?}, sentences+mentions {mentions:?}, full analyze {all:?}", docs.len());
}

#[test]
#[ignore]
fn probe() {
    for s in [
        "Apple Inc. CEO Tim Cook said on Monday that the company would grow.",
        "Lindsay Lohan's lawyer, Shawn Holley, told reporters she was fine.",
        "Police said John Smith, 45, was taken to St. Mary's Hospital in Los Angeles.",
        "Former Vice President Mike Pence and Indian Prime Minister Narendra Modi met German Chancellor Olaf Scholz.",
        "The 6.1-magnitude quake struck near Napa, California, the USGS said.",
        "Tara Reid checked herself into Promises Treatment Center , her rep told People .",
        "Reid 's rep said she was exhausted. Oscar Pistorius shot Reeva Steenkamp in Pretoria.",
        "Microsoft announced that Satya Nadella will visit. Nadella said Microsoft's cloud grew.",
        "Defense Secretary Pete Hegseth and Gen. Dan Caine briefed Congress. Hegseth said no.",
        "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing.",
        "The Boston Red Sox beat the New York Yankees at Fenway Park on Sunday.",
        "Israeli Prime Minister Benjamin Netanyahu's office said Hamas had agreed.",
    ] {
        let (d, m, e) = run(s);
        let out: Vec<String> = m
            .iter()
            .map(|x| {
                let r = x.role.as_ref().map(|r| format!(" <{}|{}|{:?}|{}>", r.title, r.head, r.status, r.affiliation.as_deref().unwrap_or("-"))).unwrap_or_default();
                format!("{:?}:{}[{}]{}", x.kind, quote(&d, x), e[x.entity].key, r)
            })
            .collect();
        println!("{s}\n   {}", out.join("; "));
    }
}

#[test]
fn a_title_makes_a_one_word_place_name_a_person() {
    // The gazetteer knows a town called Palin; the title says who is meant.
    let (d, m, _) = run("Minister Palin stopped by the church this morning.");
    assert_eq!(mention(&d, &m, "Palin").kind, EntityKind::Person);
    let (d, m, _) = run("The fire spread from Moscow to nearby towns.");
    assert_eq!(mention(&d, &m, "Moscow").kind, EntityKind::Place);
}

#[test]
fn name_words_before_a_title_are_the_office_not_a_person() {
    let (d, m, _) = run("Palmer Public Safety Director Jon Owen said no one was hurt.");
    assert_eq!(mention(&d, &m, "Jon Owen").kind, EntityKind::Person);
    assert!(
        !m.iter()
            .any(|x| x.kind == EntityKind::Person && quote(&d, x).contains("Safety")),
        "{:?}",
        m.iter().map(|x| quote(&d, x)).collect::<Vec<_>>()
    );
}

#[test]
fn a_name_split_by_a_quoted_nickname_is_a_person_not_two_towns() {
    for text in [
        "Vincent \"The Chin\" Gigante died in prison on Monday.\n",
        "Mob boss Vincent 'The Chin' Gigante died in prison.\n",
    ] {
        let (d, m, _) = run(text);
        assert_eq!(
            mention(&d, &m, "Gigante").kind,
            EntityKind::Person,
            "{text}"
        );
        assert!(
            m.iter().all(|x| x.kind != EntityKind::Place),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn a_town_name_the_document_uses_as_a_surname_is_that_person() {
    let (d, m, _) = run("Sarah Palin visited the church.\nThe pastor would not say if the fire was directed at Palin.\n");
    let palin: Vec<EntityKind> = m
        .iter()
        .filter(|x| quote(&d, x).ends_with("Palin"))
        .map(|x| x.kind)
        .collect();
    assert_eq!(palin, vec![EntityKind::Person; 2], "{m:?}");
}

#[test]
fn a_name_followed_by_an_age_is_a_person_even_when_its_words_are_ordinary() {
    let (d, m, _) = run("Mark Jenkin, 23, had been sectioned before the murders.\n");
    let jenkin = mention(&d, &m, "Mark Jenkin");
    assert_eq!(jenkin.kind, EntityKind::Person);
    assert_eq!(
        jenkin.person.as_ref().map(|p| p.given.clone()),
        Some(Some("Mark".to_string()))
    );
}

#[test]
fn a_leading_initial_does_not_hide_the_given_name() {
    let (d, m, _) = run("Nixon appointed an outsider, L. Patrick Gray, to lead the FBI.\n");
    let gray = m
        .iter()
        .find(|x| quote(&d, x).ends_with("Gray"))
        .expect("Gray is a mention");
    assert_eq!(gray.kind, EntityKind::Person);
    assert_eq!(
        gray.person.as_ref().map(|p| p.surname.as_str()),
        Some("Gray")
    );
}

#[test]
fn a_town_name_given_a_title_elsewhere_is_that_person_throughout() {
    let (d, m, _) =
        run("President Obama signed the order.\nThe order was welcomed by Obama and his aides.\n");
    let obama: Vec<EntityKind> = m
        .iter()
        .filter(|x| quote(&d, x) == "Obama")
        .map(|x| x.kind)
        .collect();
    assert_eq!(obama, vec![EntityKind::Person; 2], "{m:?}");
}

#[test]
fn a_given_name_leaves_out_the_agency_and_rank_before_it() {
    let (d, m, _) = run("Lt. Gregg Hastings said the trooper was hurt.\nOSP Lt. Gregg Hastings said the road was closed.\n");
    let given: Vec<Option<String>> = m
        .iter()
        .filter(|x| quote(&d, x).ends_with("Hastings"))
        .map(|x| x.person.as_ref().and_then(|p| p.given.clone()))
        .collect();
    assert!(
        !given.is_empty() && given.iter().all(|g| g.as_deref() == Some("Gregg")),
        "{m:?}"
    );
}

#[test]
fn titles_before_names_are_titles_not_given_names() {
    let (d, m, _) = run("Undersheriff Bill Waldie said the deputy was alone.\nSenior Trooper William Hakim died at the scene.\n");
    let w = mention(&d, &m, "Bill Waldie");
    assert_eq!(
        w.person.as_ref().and_then(|p| p.given.as_deref()),
        Some("Bill")
    );
    assert_eq!(
        w.role.as_ref().map(|r| r.head.as_str()),
        Some("undersheriff")
    );
    let h = mention(&d, &m, "William Hakim");
    assert_eq!(h.role.as_ref().map(|r| r.head.as_str()), Some("trooper"));
    let (d, m, _) = run("Moviemaker Jeff Ross has pulled out of negotiations.\n");
    assert_eq!(
        mention(&d, &m, "Jeff Ross")
            .role
            .as_ref()
            .map(|r| r.head.as_str()),
        Some("filmmaker")
    );
}

#[test]
fn codes_in_capitals_are_not_towns_but_country_codes_are_places() {
    // The gazetteer knows a Kos and a Mena; in mixed-case text these are a
    // boxer's knockouts and Egypt's news agency.
    for (text, word) in [
        (
            "Thompson fell to 36-3 with 24 KOs on Saturday night.",
            "KOs",
        ),
        (
            "Egypt's state news agency MENA reported the cuts on Friday.",
            "MENA",
        ),
    ] {
        let (d, m, _) = run(text);
        assert!(
            !m.iter()
                .any(|x| x.kind == EntityKind::Place && quote(&d, x) == word),
            "{text}: {m:?}"
        );
    }
    let (d, m, _) = run("The UK and the US signed the deal in Geneva on Friday.");
    assert_eq!(mention(&d, &m, "UK").kind, EntityKind::Place);
    assert_eq!(mention(&d, &m, "Geneva").kind, EntityKind::Place);
}

#[test]
fn a_part_of_a_city_and_a_city_paper_or_station_are_not_people() {
    let (d, m, _) = run("The shooting happened at a plant in Northeast Philadelphia, NBC Philadelphia reported.\n\nThe Atlanta Journal-Constitution said Nichols showed no remorse.\n");
    assert_eq!(
        mention(&d, &m, "Northeast Philadelphia").kind,
        EntityKind::Place
    );
    assert_eq!(
        mention(&d, &m, "NBC Philadelphia").kind,
        EntityKind::Organization
    );
    assert_eq!(
        mention(&d, &m, "Atlanta Journal-Constitution").kind,
        EntityKind::Organization
    );
    // A given name before a one-word city is still a person.
    let (d, m, _) = run("Police said Tyrone Houston was arrested on Sunday.\n");
    assert_eq!(mention(&d, &m, "Tyrone Houston").kind, EntityKind::Person);
}

#[test]
fn a_place_and_a_kin_noun_in_a_headline_are_no_person() {
    let (d, m, _) = run(
        "Video of Brooklyn Mother of 13 Zurana Horton shot and killed was revealed Thursday.\n",
    );
    assert!(
        !m.iter()
            .any(|x| x.kind == EntityKind::Person && quote(&d, x).contains("Brooklyn")),
        "{m:?}"
    );
    assert_eq!(mention(&d, &m, "Zurana Horton").kind, EntityKind::Person);
}

#[test]
fn kin_nouns_singular_or_plural_give_relatives_their_relation() {
    let (d, m, _) = run("He worked in the family business, his nephew William T. LaRue said.\n\nHe is survived by his daughters Patricia LaRue of Arlington and Leslie LaRue.\n");
    assert_eq!(
        mention(&d, &m, "William T. LaRue")
            .role
            .as_ref()
            .expect("a role")
            .head,
        "nephew"
    );
    assert_eq!(
        mention(&d, &m, "Patricia LaRue")
            .role
            .as_ref()
            .expect("a role")
            .head,
        "daughter"
    );
}

#[test]
fn a_capitalised_particle_is_part_of_the_surname_and_a_word_name_of_the_given_name() {
    let (d, m, _) = run("Call Sgt. La Croix at the station, said Palmer police Sgt. Shayne La Croix.\n\nAttorney Mark Jay Heller told the judge.\n");
    let person = |q: &str| mention(&d, &m, q).person.clone().expect("a person");
    assert_eq!(person("Shayne La Croix").surname, "La Croix");
    assert_eq!(person("Shayne La Croix").given.as_deref(), Some("Shayne"));
    assert_eq!(person("La Croix").given, None);
    assert_eq!(person("Mark Jay Heller").given.as_deref(), Some("Mark Jay"));
}

#[test]
fn a_city_after_an_organisation_is_a_place_of_its_own() {
    let (d, m, _) = run("She was a student at the University of South Wales in Cardiff. He works for the Bank of England.");
    assert_eq!(
        mention(&d, &m, "University of South Wales").kind,
        EntityKind::Organization
    );
    assert_eq!(mention(&d, &m, "Cardiff").kind, EntityKind::Place);
    assert_eq!(
        mention(&d, &m, "Bank of England").kind,
        EntityKind::Organization
    );
    let (d, m, _) = run("They filed a lawsuit in U.S. District Court in Albuquerque on Monday.");
    assert_eq!(mention(&d, &m, "Albuquerque").kind, EntityKind::Place);
}

#[test]
fn the_and_a_city_before_a_plural_is_a_team_not_a_person() {
    let (d, m, _) = run("Next Sunday, the division rival Houston Texans come to Lucas Oil Stadium. They mourned the late Gary Gomes.");
    assert_eq!(
        mention(&d, &m, "Houston Texans").kind,
        EntityKind::Organization
    );
    assert_eq!(mention(&d, &m, "Gary Gomes").kind, EntityKind::Person);
}

#[test]
fn a_bulleted_line_that_is_only_a_name_names_a_person() {
    let (d, m, _) = run("The main cast will return.\n\n- Jennifer Lawrence\n\n- Liam Hemsworth\n\n- Key Meeting Notes\n");
    assert_eq!(
        mention(&d, &m, "Jennifer Lawrence").kind,
        EntityKind::Person
    );
    assert_eq!(mention(&d, &m, "Liam Hemsworth").kind, EntityKind::Person);
    // Not a bulleted heading of ordinary words, nor a name inside a longer heading.
    assert!(!has(&d, &m, "Key Meeting Notes") && !has(&d, &m, "Key Meeting"));
    let (d, m, _) = run("The main cast will return.\n\n- Jennifer Lawrence Returns For Sequel\n");
    assert!(!has(&d, &m, "Jennifer Lawrence"));
}

#[test]
fn no_title_makes_a_country_a_person() {
    let (d, m, _) = run("Ukraine, a major global grain producer, has seen exports fall. The U.S. Envoy for Ukraine, David Witkoff, met Putin.");
    assert!(m
        .iter()
        .filter(|x| quote(&d, x) == "Ukraine")
        .all(|x| x.kind == EntityKind::Place));
    // A town of a person's name still yields to the title: "Gov. Palin".
    let (d, m, _) = run("Gov. Palin spoke in Juneau on Monday.");
    assert_eq!(mention(&d, &m, "Palin").kind, EntityKind::Person);
}

#[test]
fn firms_awards_and_townships_are_not_people() {
    let (d, m, _) = run("He was fired from Gordon Advisors last year. He lives in Bruce Township and won a Tony Award.");
    assert_eq!(
        mention(&d, &m, "Gordon Advisors").kind,
        EntityKind::Organization
    );
    assert_eq!(mention(&d, &m, "Bruce Township").kind, EntityKind::Place);
    assert_ne!(mention(&d, &m, "Tony Award").kind, EntityKind::Person);
    let (d, m, _) = run("Navy spokesman Commodore Nirad Sinha said the ship returned.");
    let sinha = mention(&d, &m, "Nirad Sinha");
    assert_eq!(
        sinha.role.as_ref().map(|r| r.head.as_str()),
        Some("commodore")
    );
}

#[test]
fn a_headline_word_takes_the_kind_the_body_gives_it() {
    // The gazetteer knows a town Ama; the body says the AMA is an agency.
    let (d, m, _) = run("AMA Celebrates Nomination of Regina Benjamin, MD, Surgeon General\nThe AMA said on Monday that it backs her.\n");
    let headline = m
        .iter()
        .find(|x| x.span.start == 0)
        .expect("the headline's AMA");
    assert_eq!(
        (quote(&d, headline), headline.kind),
        ("AMA", EntityKind::Organization)
    );
    // A place the body names stays a place in the headline.
    let (d, m, _) = run(
        "Quake Shakes Anchorage Homes\nResidents of Anchorage said the shaking lasted a minute.\n",
    );
    let headline = m.iter().find(|x| quote(&d, x) == "Anchorage").unwrap();
    assert_eq!(headline.kind, EntityKind::Place);
}

#[test]
fn a_titled_persons_possessive_ends_the_name() {
    let (d, m, _) = run("Mitchell later headed Judge Nixon's Committee to Re-elect the President.");
    let nixon = mention(&d, &m, "Nixon");
    assert_eq!(
        (nixon.kind, nixon.role.as_ref().map(|r| r.title.as_str())),
        (EntityKind::Person, Some("judge"))
    );
    // An organisation word after an untitled possessive keeps the name whole.
    let (d, m, _) = run("She was taken to St. Mary's Hospital in the city.");
    assert!(
        !has(&d, &m, "Mary"),
        "{:?}",
        m.iter().map(|x| quote(&d, x)).collect::<Vec<_>>()
    );
}

#[test]
fn a_name_opened_by_a_compass_point_is_nobody() {
    for (text, name) in [
        (
            "The vessel was lost somewhere in the North Atlantic on its second dive.",
            "North Atlantic",
        ),
        (
            "Crews fought fires across West Maui for a third night.",
            "West Maui",
        ),
    ] {
        let (d, m, _) = run(text);
        assert!(
            !m.iter()
                .any(|x| x.kind == EntityKind::Person && quote(&d, x).contains(name)),
            "{name} taken for a person in {text:?}"
        );
    }
    // A real name beside one is still a person.
    let (d, m, _) = run("Rescuers in the North Atlantic were led by Captain Jamie Frederick.");
    assert!(m
        .iter()
        .any(|x| x.kind == EntityKind::Person && quote(&d, x).contains("Frederick")));
}
