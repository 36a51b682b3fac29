//! Story-clustering experiments without re-analysing: read the JSON lines
//! `crosscheck eval --clustering` writes with `CROSSCHECK_CLUSTERING_DUMP=FILE`
//! (split, gold story, document, analysis), run the clusterer as the eval
//! does (train cold, dev with IDF warmed on train, mini-batches) and print
//! BCubed and pairwise scores.
//!
//!     story_lab DUMP [batch=32] [threshold=0.22] [name_weight=0.3] ... [merge=T] [grid|errors|pairs]
//!
//! `grid` sweeps the threshold around the given settings in steps of 0.01
//! (the robustness check: a good setting has a flat neighbourhood);
//! `errors` prints each gold story whose articles went to several
//! predicted stories or shared one with another gold story; `pairs` prints
//! how well each channel's cosine tells same-story pairs from pairs of the
//! other story of the same topic (AUC), per topic; `merge=T` adds an
//! average-link merge of the predicted stories at similarity T (tried: it
//! merges the two stories of a topic before it mends splits).
use std::collections::HashMap;
use std::io::BufRead;

use crosscheck_cluster::stories::{features, Clusterer, DocFeatures, StoryConfig};
use crosscheck_model::{Analysis, Document};

struct Row {
    text: String,
    lead_person: Option<String>,
    names: std::collections::HashSet<String>,
    split: String,
    gold: String,
    id: String,
    features: DocFeatures,
}

fn scores(gold: &[&str], pred: &[u64]) -> (f64, f64, f64, f64) {
    let n = gold.len() as f64;
    let mut gs: HashMap<&str, f64> = HashMap::new();
    let mut ps: HashMap<u64, f64> = HashMap::new();
    let mut cell: HashMap<(&str, u64), f64> = HashMap::new();
    for (g, p) in gold.iter().zip(pred) {
        *gs.entry(g).or_default() += 1.0;
        *ps.entry(*p).or_default() += 1.0;
        *cell.entry((g, *p)).or_default() += 1.0;
    }
    let (mut bp, mut br) = (0.0, 0.0);
    for (g, p) in gold.iter().zip(pred) {
        let c = cell[&(*g, *p)];
        bp += c / ps[p];
        br += c / gs[g];
    }
    let (bp, br) = (bp / n, br / n);
    let pairs = |c: f64| c * (c - 1.0) / 2.0;
    let tp: f64 = cell.values().map(|&c| pairs(c)).sum();
    let pp = tp / ps.values().map(|&c| pairs(c)).sum::<f64>().max(1.0);
    let pr = tp / gs.values().map(|&c| pairs(c)).sum::<f64>().max(1.0);
    (
        bp,
        br,
        2.0 * bp * br / (bp + br),
        2.0 * pp * pr / (pp + pr).max(1e-9),
    )
}

fn run(rows: &[&Row], warm: &[&Row], config: &StoryConfig, batch: usize) -> Vec<u64> {
    let mut c = Clusterer::new(config.clone());
    for r in warm {
        c.observe(&r.features);
    }
    let mut out = Vec::new();
    for chunk in rows.chunks(batch.max(1)) {
        for r in chunk {
            c.observe(&r.features);
        }
        for r in chunk {
            out.push(c.place(&r.features, out.len() as u64).story);
        }
    }
    out
}

fn set(config: &mut StoryConfig, key: &str, value: &str) -> bool {
    let f = |v: &str| v.parse::<f32>().expect("number");
    match key {
        "threshold" => config.threshold = f(value),
        "word_weight" => config.word_weight = f(value),
        "name_weight" => config.name_weight = f(value),
        "value_weight" => config.value_weight = f(value),
        "year_weight" => config.year_weight = f(value),
        "year_conflict" => config.year_conflict = f(value),
        "era_penalty" => config.era_penalty = f(value),
        "member_weight" => config.member_weight = f(value),
        "centroid_terms" => config.centroid_terms = value.parse().expect("int"),
        "lookup_terms" => config.lookup_terms = value.parse().expect("int"),
        "candidates_scored" => config.candidates_scored = value.parse().expect("int"),
        "members_kept" => config.members_kept = value.parse().expect("int"),
        "member_terms" => config.member_terms = value.parse().expect("int"),
        _ => return false,
    }
    true
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: story_lab DUMP [key=value]...");
    let mut config = StoryConfig::default();
    let mut batch = 32;
    let (mut grid, mut errors, mut pairs) = (false, false, false);
    let mut merge_at: Option<f32> = None;
    for a in args {
        match a.split_once('=') {
            Some(("batch", v)) => batch = v.parse().expect("int"),
            Some(("merge", v)) => merge_at = Some(v.parse().expect("number")),
            Some((k, v)) => assert!(set(&mut config, k, v), "unknown setting {k}"),
            None if a == "grid" => grid = true,
            None if a == "errors" => errors = true,
            None if a == "pairs" => pairs = true,
            None => panic!("unknown argument {a}"),
        }
    }
    let mut rows = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?).expect("json");
        let doc: Document = serde_json::from_value(v["doc"].clone()).expect("doc");
        let analysis: Analysis = serde_json::from_value(v["analysis"].clone()).expect("analysis");
        let lead_person = analysis
            .mentions
            .iter()
            .filter(|m| m.kind == crosscheck_model::EntityKind::Person && m.sentence < 2)
            .map(|m| analysis.entities[m.entity].key.clone())
            .next();
        let names = analysis.entities.iter().map(|e| e.key.clone()).collect();
        rows.push(Row {
            text: doc.text.clone(),
            lead_person,
            names,
            split: v["split"].as_str().unwrap_or("").to_string(),
            gold: v["gold"].as_str().unwrap_or("").to_string(),
            id: doc.id.0.clone(),
            features: features(&doc, Some(&analysis)),
        });
    }
    if rows.iter().all(|r| r.split == "synthetic") {
        let all: Vec<&Row> = rows.iter().collect();
        let gold: Vec<&str> = all.iter().map(|r| r.gold.as_str()).collect();
        let started = std::time::Instant::now();
        let pred = run(&all, &[], &config, batch);
        let s = scores(&gold, &pred);
        let n = pred.iter().collect::<std::collections::HashSet<_>>().len();
        println!(
            "synthetic: {} docs, {n} predicted: B3 P {:.3} R {:.3} F1 {:.3} pw {:.3} ({:.2} s)",
            all.len(),
            s.0,
            s.1,
            s.2,
            s.3,
            started.elapsed().as_secs_f64()
        );
        if errors {
            // Wrong joins: the first few articles that joined a story opened by another gold story.
            let v = channel_vectors(&all);
            let mut opener: HashMap<u64, usize> = HashMap::new();
            let mut shown = 0;
            let mut first_of_gold: std::collections::HashSet<&str> =
                std::collections::HashSet::new();
            let mut new_gold_joins = 0;
            for (i, p) in pred.iter().enumerate() {
                let o = *opener.entry(*p).or_insert(i);
                let first = first_of_gold.insert(all[i].gold.as_str());
                if first && o != i {
                    new_gold_joins += 1;
                }
                if first && o != i && i > 10000 && shown < 12 {
                    shown += 1;
                    // the closest earlier member of the predicted story
                    let (j, sim) = (0..i)
                        .filter(|&j| pred[j] == *p)
                        .map(|j| {
                            (
                                j,
                                (0..4)
                                    .map(|c| [0.55, 0.3, 0.15, 0.1][c] * cos(&v[i][c], &v[j][c]))
                                    .sum::<f32>(),
                            )
                        })
                        .max_by(|a, b| a.1.total_cmp(&b.1))
                        .unwrap_or((o, 0.0));
                    let ch: Vec<String> = (0..4)
                        .map(|c| format!("{:.2}", cos(&v[i][c], &v[j][c])))
                        .collect();
                    println!("doc {i} (gold {}) joined story of gold {} via doc {j} (gold {}): mix {sim:.2} word/name/value/year {}", all[i].gold, all[o].gold, all[j].gold, ch.join("/"));
                    println!(
                        "   {}",
                        all[i]
                            .text
                            .chars()
                            .take(200)
                            .collect::<String>()
                            .replace('\n', " | ")
                    );
                    println!(
                        "   {}",
                        all[j]
                            .text
                            .chars()
                            .take(200)
                            .collect::<String>()
                            .replace('\n', " | ")
                    );
                }
            }
            println!(
                "new gold stories that joined an existing story: {new_gold_joins} of {}",
                first_of_gold.len()
            );
        }
        return Ok(());
    }
    let train: Vec<&Row> = rows.iter().filter(|r| r.split == "train").collect();
    let dev: Vec<&Row> = rows.iter().filter(|r| r.split == "dev").collect();
    let report = |config: &StoryConfig, label: &str| {
        let mut t = run(&train, &[], config, batch);
        let mut d = run(&dev, &train, config, batch);
        if let Some(m) = merge_at {
            t = agglomerate(&train, &t, m, config);
            d = agglomerate(&dev, &d, m, config);
        }
        let tg: Vec<&str> = train.iter().map(|r| r.gold.as_str()).collect();
        let dg: Vec<&str> = dev.iter().map(|r| r.gold.as_str()).collect();
        let (ts, ds) = (scores(&tg, &t), scores(&dg, &d));
        println!(
            "{label:<24} train P {:.3} R {:.3} F1 {:.3} pw {:.3} | dev P {:.3} R {:.3} F1 {:.3} pw {:.3}",
            ts.0, ts.1, ts.2, ts.3, ds.0, ds.1, ds.2, ds.3
        );
        d
    };
    if pairs {
        pair_stats(&train);
        println!("-- dev");
        pair_stats(&dev);
        return Ok(());
    }
    if grid {
        for step in -5..=5 {
            let mut c = config.clone();
            c.threshold = config.threshold + 0.01 * step as f32;
            report(&c, &format!("threshold {:.2}", c.threshold));
        }
        return Ok(());
    }
    let d = report(&config, "settings");
    if errors {
        let t = run(&train, &[], &config, batch);
        print_errors(&train, &t);
        println!("-- dev");
        print_errors(&dev, &d);
    }
    Ok(())
}

fn print_errors(rows: &[&Row], pred: &[u64]) {
    {
        let mut by_gold: HashMap<&str, Vec<(u64, &str)>> = HashMap::new();
        for (r, p) in rows.iter().zip(pred) {
            by_gold
                .entry(r.gold.as_str())
                .or_default()
                .push((*p, r.id.as_str()));
        }
        let mut golds: Vec<_> = by_gold.into_iter().collect();
        golds.sort();
        for (g, members) in golds {
            let mut count: HashMap<u64, Vec<&str>> = HashMap::new();
            for (p, id) in members {
                count.entry(p).or_default().push(id);
            }
            let mut count: Vec<_> = count.into_iter().collect();
            count.sort_by_key(|(p, ids)| (std::cmp::Reverse(ids.len()), *p));
            let parts: Vec<String> = count
                .iter()
                .map(|(p, ids)| format!("{p}:{}", ids.len()))
                .collect();
            if parts.len() > 1 || shared(pred, count[0].0, &count) {
                println!("{g:<12} {}", parts.join(" "));
            }
        }
    }
}

/// True if predicted story `p` also holds articles of other gold stories.
fn shared(pred: &[u64], p: u64, mine: &[(u64, Vec<&str>)]) -> bool {
    pred.iter().filter(|&&x| x == p).count() > mine[0].1.len()
}

/// Per-channel TF-IDF unit vectors (IDF over `rows`), as sparse maps.
fn channel_vectors(rows: &[&Row]) -> Vec<[HashMap<u32, f32>; 4]> {
    let mut df: HashMap<u32, f32> = HashMap::new();
    for r in rows {
        for t in &r.features.terms {
            *df.entry(t.0).or_default() += 1.0;
        }
    }
    let n = rows.len() as f32;
    rows.iter()
        .map(|r| {
            let mut v: [HashMap<u32, f32>; 4] = Default::default();
            for &(k, c, ch) in &r.features.terms {
                let w = (1.0 + c.ln()) * (n / (df[&k] + 1.0)).ln();
                if w > 0.0 {
                    v[ch as usize].insert(k, w);
                }
            }
            for m in v.iter_mut() {
                let norm = m.values().map(|w| w * w).sum::<f32>().sqrt().max(1e-9);
                m.values_mut().for_each(|w| *w /= norm);
            }
            v
        })
        .collect()
}

fn cos(a: &HashMap<u32, f32>, b: &HashMap<u32, f32>) -> f32 {
    a.iter().filter_map(|(k, w)| b.get(k).map(|x| x * w)).sum()
}

/// AUC of each channel cosine at telling same-story pairs from other pairs
/// of the same topic (the hard negatives: same kind of event, other instance).
fn pair_stats(rows: &[&Row]) {
    let v = channel_vectors(rows);
    let topic = |r: &Row| r.gold.split('_').next().unwrap_or("").to_string();
    let mut samples: Vec<([f32; 5], bool, bool)> = Vec::new();
    for i in 0..rows.len() {
        for j in 0..i {
            let same_topic = topic(rows[i]) == topic(rows[j]);
            let mut f = [0.0; 5];
            for c in 0..4 {
                f[c] = cos(&v[i][c], &v[j][c]);
            }
            f[4] = 0.6 * f[0] + 0.2 * f[1] + 0.2 * f[2];
            samples.push((f, rows[i].gold == rows[j].gold, same_topic));
        }
    }
    let mut topics: Vec<String> = rows.iter().map(|r| topic(r)).collect();
    topics.sort();
    topics.dedup();
    for t in &topics {
        let mut pos = Vec::new();
        let mut neg = Vec::new();
        for i in 0..rows.len() {
            for j in 0..i {
                if topic(rows[i]) != *t || topic(rows[j]) != *t {
                    continue;
                }
                let f: Vec<f32> = (0..4).map(|c| cos(&v[i][c], &v[j][c])).collect();
                let m = 0.6 * f[0] + 0.2 * f[1] + 0.2 * f[2];
                if rows[i].gold == rows[j].gold {
                    pos.push((m, f))
                } else {
                    neg.push((m, f))
                }
            }
        }
        let mean = |x: &[(f32, Vec<f32>)], c: usize| {
            x.iter()
                .map(|y| if c == 9 { y.0 } else { y.1[c] })
                .sum::<f32>()
                / x.len().max(1) as f32
        };
        let mut auc = 0.0;
        for p in &pos {
            for n in &neg {
                if p.0 > n.0 {
                    auc += 1.0
                }
            }
        }
        println!("topic {t:>3} pos {:>4} neg {:>4} AUC {:.3} mix {:.3}/{:.3} word {:.3}/{:.3} name {:.3}/{:.3} value {:.3}/{:.3}", pos.len(), neg.len(), auc / (pos.len() * neg.len()).max(1) as f32,
            mean(&pos, 9), mean(&neg, 9), mean(&pos, 0), mean(&neg, 0), mean(&pos, 1), mean(&neg, 1), mean(&pos, 2), mean(&neg, 2));
    }
    let auc_of = |w: [f32; 4], hard: bool| {
        let mut s: Vec<(f32, bool)> = samples
            .iter()
            .filter(|x| !hard || x.2)
            .map(|x| {
                (
                    w[0] * x.0[0] + w[1] * x.0[1] + w[2] * x.0[2] + w[3] * x.0[3],
                    x.1,
                )
            })
            .collect();
        s.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (mut neg, mut auc) = (0.0f64, 0.0f64);
        let pos_total = s.iter().filter(|x| x.1).count() as f64;
        for (_, p) in &s {
            if *p {
                auc += neg
            } else {
                neg += 1.0
            }
        }
        auc / (pos_total * neg).max(1.0)
    };
    for w in [
        [0.6, 0.2, 0.2, 0.0],
        [0.6, 0.2, 0.2, 0.1],
        [0.5, 0.2, 0.3, 0.0],
        [0.4, 0.3, 0.3, 0.0],
        [0.4, 0.2, 0.4, 0.0],
        [0.5, 0.3, 0.2, 0.0],
        [0.4, 0.4, 0.2, 0.0],
        [0.5, 0.25, 0.25, 0.0],
        [0.5, 0.25, 0.25, 0.1],
        [0.45, 0.25, 0.3, 0.0],
        [0.45, 0.3, 0.25, 0.0],
    ] {
        println!(
            "weights {w:?} same-topic AUC {:.3} all {:.4}",
            auc_of(w, true),
            auc_of(w, false)
        );
    }
    let lead = |r: &Row| -> Option<u32> {
        r.features
            .terms
            .iter()
            .filter(|t| t.2 == crosscheck_cluster::stories::Channel::Name)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|t| t.0)
    };
    let (mut same_pos, mut same_neg, mut diff_pos, mut diff_neg) = (0, 0, 0, 0);
    for i in 0..rows.len() {
        for j in 0..i {
            if topic(rows[i]) != topic(rows[j]) {
                continue;
            }
            let (Some(a), Some(b)) = (lead(rows[i]), lead(rows[j])) else {
                continue;
            };
            let pos = rows[i].gold == rows[j].gold;
            match (a == b, pos) {
                (true, true) => same_pos += 1,
                (true, false) => same_neg += 1,
                (false, true) => diff_pos += 1,
                (false, false) => diff_neg += 1,
            }
        }
    }
    let mut tab = [[0usize; 2]; 3];
    for i in 0..rows.len() {
        for j in 0..rows.len() {
            if i == j || topic(rows[i]) != topic(rows[j]) {
                continue;
            }
            let pos = (rows[i].gold == rows[j].gold) as usize;
            let cell = match &rows[i].lead_person {
                None => 0,
                Some(p) if rows[j].names.contains(p) => 1,
                Some(_) => 2,
            };
            tab[cell][pos] += 1;
        }
    }
    println!("lead person (none / in other's names / absent) x (other story, same story): {tab:?}");
    println!("lead name: same story {same_pos} same / {diff_pos} differ; other story {same_neg} same / {diff_neg} differ");
    let names = ["word", "name", "value", "year", "default mix"];
    for (c, name) in names.iter().enumerate() {
        for (label, hard) in [("same-topic", true), ("all", false)] {
            let mut s: Vec<(f32, bool)> = samples
                .iter()
                .filter(|x| !hard || x.2)
                .map(|x| (x.0[c], x.1))
                .collect();
            s.sort_by(|a, b| a.0.total_cmp(&b.0));
            let (mut neg, mut auc) = (0.0f64, 0.0f64);
            let pos_total = s.iter().filter(|x| x.1).count() as f64;
            for (_, p) in &s {
                if *p {
                    auc += neg;
                } else {
                    neg += 1.0;
                }
            }
            println!(
                "{name:<12} {label:<10} AUC {:.3} (pos {pos_total}, neg {neg})",
                auc / (pos_total * neg).max(1.0)
            );
        }
    }
}

/// Average-link style merge of predicted stories: each story is the mean of
/// its members' channel vectors; merge the closest pair while their weighted
/// channel cosine reaches `at`.
fn agglomerate(rows: &[&Row], pred: &[u64], at: f32, config: &StoryConfig) -> Vec<u64> {
    let v = channel_vectors(rows);
    let w = [
        config.word_weight,
        config.name_weight,
        config.value_weight,
        config.year_weight,
    ];
    let mut ids: Vec<u64> = pred.to_vec();
    let mut groups: Vec<(u64, [HashMap<u32, f32>; 4])> = Vec::new();
    let mut order: Vec<u64> = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        let gi = match order.iter().position(|x| x == p) {
            Some(g) => g,
            None => {
                order.push(*p);
                groups.push((*p, Default::default()));
                order.len() - 1
            }
        };
        for (c, weights) in v[i].iter().enumerate().take(4) {
            for (k, x) in weights {
                *groups[gi].1[c].entry(*k).or_default() += x;
            }
        }
    }
    let unit = |m: &HashMap<u32, f32>| {
        let n = m.values().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
        m.iter()
            .map(|(k, x)| (*k, x / n))
            .collect::<HashMap<u32, f32>>()
    };
    loop {
        let units: Vec<[HashMap<u32, f32>; 4]> = groups
            .iter()
            .map(|g| [unit(&g.1[0]), unit(&g.1[1]), unit(&g.1[2]), unit(&g.1[3])])
            .collect();
        let mut best: Option<(usize, usize, f32)> = None;
        for a in 0..groups.len() {
            for b in 0..a {
                let s: f32 = (0..4).map(|c| w[c] * cos(&units[a][c], &units[b][c])).sum();
                if s >= at && best.is_none_or(|x| s > x.2) {
                    best = Some((a, b, s));
                }
            }
        }
        let Some((a, b, _)) = best else { break };
        let (ga, gb) = (groups[a].0, groups[b].0);
        let taken = groups.remove(a);
        for c in 0..4 {
            for (k, x) in taken.1[c].iter() {
                *groups[b].1[c].entry(*k).or_default() += x;
            }
        }
        for id in ids.iter_mut() {
            if *id == ga {
                *id = gb;
            }
        }
    }
    ids
}
