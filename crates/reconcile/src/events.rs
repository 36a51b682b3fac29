//! Events reported as planned by some sources and as having happened by
//! others: a timeline, not a contradiction. "X is scheduled to meet Y on
//! Tuesday" in a morning report and "X met Y on Tuesday" in an evening one
//! are both right.

use crosscheck_model::{Attribute, Rule, Verdict, VerdictKind};

use crate::evidence;
use crate::people::{agreement, conflict, group_by_key};
use crate::pool::{Pool, PooledFact};

/// Two event facts are the same event when they share this many participants.
const SHARED_PARTICIPANTS: usize = 2;

/// Verdicts on the occurrence of every event the story's sources describe.
pub fn reconcile(pool: &Pool) -> Vec<Verdict> {
    let events: Vec<&PooledFact> = pool
        .facts
        .iter()
        .filter(|f| f.fact.attribute == Attribute::Occurrence)
        .collect();
    let mut out = Vec::new();
    for cluster in same_events(&events) {
        let groups = group_by_key(&cluster, |f| f.fact.value.key.clone());
        let label = cluster
            .iter()
            .max_by_key(|f| f.fact.entities.len())
            .map(|f| f.fact.subject_label.clone())
            .unwrap_or_default();
        let has = |k: &str| groups.iter().any(|g| g.key == k);
        if groups.len() == 1 {
            if cluster.iter().any(|f| f.doc != cluster[0].doc) {
                out.push(agreement(
                    pool,
                    &label,
                    "occurrence",
                    &groups[0],
                    &format!("{label} ({})", groups[0].key),
                ));
            }
        } else if has("did not take place") && has("took place") {
            out.push(conflict(
                pool,
                VerdictKind::Contested,
                &label,
                "occurrence",
                &groups,
                &format!("Sources disagree on whether {label} happened"),
            ));
        } else {
            let planned: Vec<&PooledFact> = groups
                .iter()
                .filter(|g| g.key == "planned")
                .flat_map(|g| g.facts.clone())
                .collect();
            let done: Vec<&PooledFact> = groups
                .iter()
                .filter(|g| g.key != "planned")
                .flat_map(|g| g.facts.clone())
                .collect();
            out.push(Verdict {
                weak_match: false,
                rules: vec![Rule::ReportedAtDifferentTimes, Rule::PlannedVsHappened],
                kind: VerdictKind::Timeline,
                subject: label.clone(),
                attribute: "occurrence".into(),
                explanation: format!(
                    "A sequence, not a contradiction: {} describe {label} as planned, {} report it as having taken place.",
                    evidence::doc_list(pool, &planned),
                    evidence::doc_list(pool, &done)
                ),
                values: groups.iter().map(|g| evidence::value(pool, g.key.clone(), &g.facts)).collect(),
            });
        }
    }
    out
}

/// Cluster event facts of one family that share enough participants.
fn same_events<'p, 'a>(events: &[&'p PooledFact<'a>]) -> Vec<Vec<&'p PooledFact<'a>>> {
    let mut clusters: Vec<Vec<&PooledFact>> = Vec::new();
    for e in events {
        let found = clusters.iter_mut().find(|c| {
            c.iter().any(|o| {
                o.fact.subject == e.fact.subject
                    && o.fact
                        .entities
                        .iter()
                        .filter(|k| e.fact.entities.contains(k))
                        .count()
                        >= SHARED_PARTICIPANTS
            })
        });
        match found {
            Some(c) => c.push(e),
            None => clusters.push(vec![e]),
        }
    }
    clusters
}
