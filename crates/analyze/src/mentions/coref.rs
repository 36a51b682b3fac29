//! Within-document coreference: group mentions into entities.
//!
//! People are keyed by folded surname, so "Witkoff", "Mr. Witkoff" and
//! "Witkoff’s" join "Steve Witkoff". Two different given names with one
//! surname stay one entity (name drift is for reconciliation to report)
//! unless both carry clearly different roles ("first lady Melania Trump" vs
//! "President Donald Trump"): then the smaller one gets "surname#given".

use std::collections::HashMap;

use crosscheck_model::{Entity, EntityKind, Mention};

use crate::lexicon;

/// Comparison key for an organisation or place name.
pub fn name_key(kind: EntityKind, name: &str) -> String {
    match kind {
        EntityKind::Place => lexicon::normalize_place(name)
            .map(str::to_string)
            .unwrap_or_else(|| plain_key(name)),
        EntityKind::Organization => lexicon::known_org(name)
            .map(str::to_string)
            .unwrap_or_else(|| plain_key(name)),
        EntityKind::Person => lexicon::fold(name),
    }
}

fn plain_key(name: &str) -> String {
    let f = lexicon::fold(name);
    let mut f = f.strip_prefix("the ").unwrap_or(&f);
    // Corporate suffixes do not tell companies apart: "Apple Inc." = "Apple".
    for suffix in [
        " inc.", " inc", " corp.", " corp", " co.", " ltd.", " ltd", " llc", " plc", ",",
    ] {
        if let Some(s) = f.strip_suffix(suffix) {
            f = s.trim_end_matches(',');
        }
    }
    // Acronyms with dots: "U.N." → "un".
    if f.len() <= 12 && f.contains('.') && !f.contains(' ') {
        return f.chars().filter(|c| *c != '.').collect();
    }
    f.to_string()
}

/// Given names that can be the same person: equal, one an initial or a
/// short form of the other ("J." / "Jared", "Don" / "Donald").
fn given_compatible(a: &str, b: &str) -> bool {
    let (a, b) = (lexicon::fold(a), lexicon::fold(b));
    let fa = a.split(' ').next().unwrap_or("").trim_end_matches('.');
    let fb = b.split(' ').next().unwrap_or("").trim_end_matches('.');
    a == b || (!fa.is_empty() && !fb.is_empty() && (fa.starts_with(fb) || fb.starts_with(fa)))
}

struct Cluster {
    givens: Vec<String>,
    heads: Vec<String>,
    full: Vec<usize>,
}

/// Group mentions into entities and set each mention's `entity`.
pub fn link(text: &str, mentions: &mut [Mention]) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut index: HashMap<(EntityKind, String), usize> = HashMap::new();
    let mut assign = |entities: &mut Vec<Entity>,
                      kind: EntityKind,
                      key: String,
                      m: usize,
                      name: &str|
     -> usize {
        let e = *index.entry((kind, key.clone())).or_insert_with(|| {
            entities.push(Entity {
                kind,
                name: name.to_string(),
                key,
                mentions: Vec::new(),
            });
            entities.len() - 1
        });
        entities[e].mentions.push(m);
        if name.split_whitespace().count() > entities[e].name.split_whitespace().count() {
            entities[e].name = name.to_string();
        }
        e
    };

    // People: clusters of full names per surname key.
    let mut by_surname: HashMap<String, Vec<Cluster>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let (Some(p), EntityKind::Person) = (&m.person, m.kind) else {
            continue;
        };
        let Some(given) = &p.given else { continue };
        let head = m.role.as_ref().map(|r| r.head.clone());
        let clusters = by_surname.entry(lexicon::fold(&p.surname)).or_default();
        // Same given name first; else any cluster whose roles do not clash.
        let pos = clusters
            .iter()
            .position(|c| c.givens.iter().any(|g| given_compatible(g, given)))
            .or_else(|| {
                clusters.iter().position(|c| {
                    !head
                        .as_ref()
                        .is_some_and(|h| !c.heads.is_empty() && !c.heads.contains(h))
                })
            });
        let found = pos.map(|k| &mut clusters[k]);
        match found {
            Some(c) => {
                c.givens.push(given.clone());
                c.heads.extend(head);
                c.full.push(i);
            }
            None => clusters.push(Cluster {
                givens: vec![given.clone()],
                heads: head.into_iter().collect(),
                full: vec![i],
            }),
        }
    }
    // Key per cluster: the biggest keeps the bare surname.
    let mut cluster_key: HashMap<usize, String> = HashMap::new(); // full mention → key
    let mut primary_heads: HashMap<String, Vec<(String, Vec<String>)>> = HashMap::new();
    for (surname, clusters) in &by_surname {
        let primary = (0..clusters.len())
            .max_by_key(|&k| (clusters[k].full.len(), usize::MAX - clusters[k].full[0]))
            .unwrap_or(0);
        for (k, c) in clusters.iter().enumerate() {
            let key = if k == primary {
                surname.clone()
            } else {
                let g = lexicon::fold(c.givens[0].split_whitespace().next().unwrap_or(""));
                format!("{surname}#{g}")
            };
            for &m in &c.full {
                cluster_key.insert(m, key.clone());
            }
            let slot = primary_heads.entry(surname.clone()).or_default();
            if k == primary {
                slot.insert(0, (key.clone(), c.heads.clone()));
            } else {
                slot.push((key.clone(), c.heads.clone()));
            }
        }
    }

    // Indexed: the loop reads mention i and then writes its entity.
    #[allow(clippy::needless_range_loop)]
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let name = &text[m.span.start..m.span.end];
        let key = match (m.kind, &m.person) {
            (EntityKind::Person, Some(p)) => {
                let surname = lexicon::fold(&p.surname);
                match cluster_key.get(&i) {
                    Some(k) => k.clone(),
                    None => {
                        // Short mention: a cluster whose role head matches, else the primary.
                        let head = m.role.as_ref().map(|r| r.head.as_str());
                        primary_heads
                            .get(&surname)
                            .and_then(|cs| {
                                head.and_then(|h| {
                                    cs.iter().find(|(_, hs)| hs.iter().any(|x| x == h))
                                })
                                .or_else(|| cs.first())
                            })
                            .map(|(k, _)| k.clone())
                            .unwrap_or(surname)
                    }
                }
            }
            (kind, _) => name_key(kind, name),
        };
        let e = assign(&mut entities, m.kind, key, i, name);
        mentions[i].entity = e;
    }
    entities
}
