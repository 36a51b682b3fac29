//! Running the checker over clean groups and cases, and adding it all up.
//!
//! The checker is passed in (`FnMut(Vec<Document>) -> Vec<Verdict>`), so the
//! harness can be tested with a fake and the CLI can pass
//! `crosscheck::check_documents`.

use std::time::{Duration, Instant};

use crosscheck_model::{Document, Verdict};
use serde::Serialize;

use crate::data::Group;
use crate::finders::Kind;
use crate::generate::Case;
use crate::score::{is_alarm, score_case};

/// Which groups to evaluate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Split {
    /// Tuning groups.
    Train,
    /// Reporting groups (the default: tune on train only).
    Dev,
    /// Both.
    All,
}

impl Split {
    /// True if a group of split `name` is included.
    pub fn includes(self, name: &str) -> bool {
        match self {
            Split::Train => name == "train",
            Split::Dev => name == "dev",
            Split::All => true,
        }
    }
}

/// One alarm shown to a human, with its quotes.
#[derive(Clone, Debug, Serialize)]
pub struct AlarmSample {
    /// The group.
    pub group: String,
    /// The case, for alarms of a perturbed run.
    pub case: Option<String>,
    /// `contested` or `self_contradiction`.
    pub kind: String,
    /// Verdict subject.
    pub subject: String,
    /// Verdict attribute.
    pub attribute: String,
    /// Verdict explanation.
    pub explanation: String,
    /// Each value with one quote per source: `doc: sentence` with the value
    /// words marked «like this».
    pub values: Vec<(String, Vec<String>)>,
}

impl AlarmSample {
    fn new(group: &str, case: Option<&str>, v: &Verdict) -> Self {
        AlarmSample {
            group: group.to_string(),
            case: case.map(str::to_string),
            kind: v.kind.name().to_string(),
            subject: v.subject.clone(),
            attribute: v.attribute.clone(),
            explanation: v.explanation.clone(),
            values: v
                .values
                .iter()
                .map(|x| {
                    (
                        x.value.clone(),
                        x.sources.iter().map(marked_quote).collect(),
                    )
                })
                .collect(),
        }
    }
}

/// `doc: quote` with the value words in «», if the offsets allow it.
fn marked_quote(e: &crosscheck_model::Evidence) -> String {
    let (a, b) = (
        e.value_start.wrapping_sub(e.start),
        e.value_end.wrapping_sub(e.start),
    );
    let q = &e.quote;
    let marked = match (q.get(..a), q.get(a..b), q.get(b..)) {
        (Some(pre), Some(val), Some(post)) => format!("{pre}«{val}»{post}"),
        _ => q.clone(),
    };
    format!("{}: {}", e.document, marked.replace('\n', " "))
}

/// Scores of one kind (or of all kinds, `kind` = "overall").
#[derive(Clone, Debug, Default, Serialize)]
pub struct KindRow {
    /// Kind name, or "overall".
    pub kind: String,
    /// Cases generated.
    pub cases: usize,
    /// Cases detected.
    pub detected: usize,
    /// detected / cases; `None` with no cases.
    pub recall: Option<f64>,
    /// Detected cases whose alarm also cites the original value in another
    /// article ([`crate::score::pairs_with_original`]).
    pub paired: usize,
    /// paired / cases: recall under the stricter reading.
    pub paired_recall: Option<f64>,
    /// Detected cases with a strong alarm (not a weak match) among those
    /// touching the change.
    pub strong: usize,
    /// strong / cases: recall counting strong alarms only.
    pub strong_recall: Option<f64>,
    /// Induced false positives (alarms) summed over the cases.
    pub induced_fp: usize,
    /// detected / (detected + induced_fp); `None` when both are 0.
    pub precision: Option<f64>,
}

impl KindRow {
    fn finish(mut self) -> Self {
        self.recall = ratio(self.detected, self.cases);
        self.paired_recall = ratio(self.paired, self.cases);
        self.strong_recall = ratio(self.strong, self.cases);
        self.precision = ratio(self.detected, self.detected + self.induced_fp);
        self
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// One group's line.
#[derive(Clone, Debug, Serialize)]
pub struct GroupRow {
    /// Subtopic id.
    pub group: String,
    /// Its split.
    pub split: String,
    /// Articles.
    pub documents: usize,
    /// Alarms on the unperturbed articles.
    pub clean_alarms: usize,
    /// Of which strong matches (not [`Verdict::weak_match`]).
    pub clean_strong_alarms: usize,
    /// Single-source verdicts on the unperturbed articles: the list a
    /// reader must wade through, which should hold facts, not fragments.
    pub clean_single_source: usize,
    /// Cases made from it.
    pub cases: usize,
    /// Of which detected.
    pub detected: usize,
    /// Induced false positives over its cases.
    pub induced_fp: usize,
}

/// One case's outcome.
#[derive(Clone, Debug, Serialize)]
pub struct CaseResult {
    /// Case id.
    pub id: String,
    /// Kind.
    pub kind: Kind,
    /// Perturbed article.
    pub doc_id: String,
    /// Original value.
    pub original: String,
    /// Replacement.
    pub replacement: String,
    /// Detected?
    pub detected: bool,
    /// Detected by an alarm that also cites the original value?
    pub paired: bool,
    /// Detected by a strong alarm (not a weak match)?
    pub strong: bool,
    /// Induced false positives.
    pub induced_fp: usize,
}

/// Wall-clock time of the checker runs.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Timing {
    /// Checker runs on clean groups.
    pub clean_runs: usize,
    /// Articles in them.
    pub clean_documents: usize,
    /// Seconds spent in them.
    pub clean_seconds: f64,
    /// Checker runs on cases.
    pub case_runs: usize,
    /// Articles in them.
    pub case_documents: usize,
    /// Seconds spent in them.
    pub case_seconds: f64,
    /// All articles checked / all checker seconds.
    pub documents_per_second: Option<f64>,
    /// Seconds for loading and generating (set by the caller).
    pub prepare_seconds: f64,
    /// Seconds for the whole evaluation (set by the caller).
    pub total_seconds: f64,
}

/// Everything `crosscheck eval` reports.
#[derive(Clone, Debug, Serialize)]
pub struct EvalResult {
    /// The split evaluated.
    pub split: Split,
    /// Generator seed.
    pub seed: u64,
    /// Groups evaluated (with ≥ 2 articles).
    pub groups: usize,
    /// Articles in them.
    pub documents: usize,
    /// One row per kind, in [`Kind::ALL`] order.
    pub per_kind: Vec<KindRow>,
    /// All kinds together.
    pub overall: KindRow,
    /// Alarms on the unperturbed groups, in total.
    pub clean_alarms: usize,
    /// Mean alarms per clean group.
    pub clean_alarms_per_group: Option<f64>,
    /// Of the clean-text alarms, the strong matches.
    pub clean_strong_alarms: usize,
    /// Single-source verdicts on the unperturbed groups, in total.
    pub clean_single_source: usize,
    /// Mean single-source verdicts per clean group.
    pub clean_single_source_per_group: Option<f64>,
    /// Per group.
    pub per_group: Vec<GroupRow>,
    /// Per case.
    pub cases: Vec<CaseResult>,
    /// Up to `show` clean-text alarms, spread over groups.
    pub clean_samples: Vec<AlarmSample>,
    /// Up to `show` induced false positives, spread over cases.
    pub induced_samples: Vec<AlarmSample>,
    /// Up to `show` missed cases (ids).
    pub missed_samples: Vec<String>,
    /// Timing.
    pub timing: Timing,
}

/// Evaluate `check` over the groups of `split` and their cases; `show`
/// bounds the samples kept for a human to read.
pub fn evaluate(
    groups: &[Group],
    cases: &[Case],
    split: Split,
    seed: u64,
    show: usize,
    mut check: impl FnMut(Vec<Document>) -> Vec<Verdict>,
) -> EvalResult {
    let mut timing = Timing::default();
    let mut timed = |docs: Vec<Document>, runs: &mut usize, n: &mut usize, secs: &mut f64| {
        *runs += 1;
        *n += docs.len();
        let t = Instant::now();
        let v = check(docs);
        *secs += t.elapsed().as_secs_f64();
        v
    };
    let mut per_kind: Vec<KindRow> = Kind::ALL
        .iter()
        .map(|k| KindRow {
            kind: k.name().into(),
            ..Default::default()
        })
        .collect();
    let mut per_group = Vec::new();
    let mut case_results = Vec::new();
    // Samples are gathered per group / case, then taken round-robin so a
    // few noisy groups do not fill the list.
    let mut clean_pool: Vec<Vec<AlarmSample>> = Vec::new();
    let mut induced_pool: Vec<Vec<AlarmSample>> = Vec::new();
    let mut missed = Vec::new();
    let mut documents = 0;
    for g in groups
        .iter()
        .filter(|g| split.includes(&g.split) && g.docs.len() >= 2)
    {
        documents += g.docs.len();
        let clean = timed(
            g.documents(None),
            &mut timing.clean_runs,
            &mut timing.clean_documents,
            &mut timing.clean_seconds,
        );
        let alarms: Vec<&Verdict> = clean.iter().filter(|v| is_alarm(v)).collect();
        clean_pool.push(
            alarms
                .iter()
                .map(|v| AlarmSample::new(&g.id, None, v))
                .collect(),
        );
        let mut row = GroupRow {
            group: g.id.clone(),
            split: g.split.clone(),
            documents: g.docs.len(),
            clean_alarms: alarms.len(),
            clean_strong_alarms: alarms.iter().filter(|v| !v.weak_match).count(),
            clean_single_source: clean
                .iter()
                .filter(|v| v.kind == crosscheck_model::VerdictKind::SingleSource)
                .count(),
            cases: 0,
            detected: 0,
            induced_fp: 0,
        };
        for c in cases.iter().filter(|c| c.key.group == g.id) {
            let docs = g.documents(Some((&c.key.doc_id, &c.text)));
            let verdicts = timed(
                docs,
                &mut timing.case_runs,
                &mut timing.case_documents,
                &mut timing.case_seconds,
            );
            let s = score_case(&c.key, &clean, &verdicts);
            let k = &mut per_kind[Kind::ALL.iter().position(|k| *k == c.key.kind).unwrap_or(0)];
            k.cases += 1;
            k.detected += usize::from(s.detected);
            k.paired += usize::from(s.paired);
            k.strong += usize::from(s.strong);
            k.induced_fp += s.induced.len();
            row.cases += 1;
            row.detected += usize::from(s.detected);
            row.induced_fp += s.induced.len();
            induced_pool.push(
                s.induced
                    .iter()
                    .map(|&i| AlarmSample::new(&g.id, Some(&c.key.id), &verdicts[i]))
                    .collect(),
            );
            if !s.detected {
                missed.push(c.key.id.clone());
            }
            case_results.push(CaseResult {
                id: c.key.id.clone(),
                kind: c.key.kind,
                doc_id: c.key.doc_id.clone(),
                original: c.key.original.clone(),
                replacement: c.key.replacement.clone(),
                detected: s.detected,
                paired: s.paired,
                strong: s.strong,
                induced_fp: s.induced.len(),
            });
        }
        per_group.push(row);
    }
    let mut overall = KindRow {
        kind: "overall".into(),
        ..Default::default()
    };
    for k in &per_kind {
        overall.cases += k.cases;
        overall.detected += k.detected;
        overall.paired += k.paired;
        overall.strong += k.strong;
        overall.induced_fp += k.induced_fp;
    }
    let checked = timing.clean_documents + timing.case_documents;
    timing.documents_per_second =
        Some(checked as f64 / (timing.clean_seconds + timing.case_seconds).max(1e-9))
            .filter(|_| checked > 0);
    let clean_alarms: usize = per_group.iter().map(|g| g.clean_alarms).sum();
    let clean_strong_alarms: usize = per_group.iter().map(|g| g.clean_strong_alarms).sum();
    let clean_single_source: usize = per_group.iter().map(|g| g.clean_single_source).sum();
    missed.truncate(show);
    EvalResult {
        split,
        seed,
        groups: per_group.len(),
        documents,
        per_kind: per_kind.into_iter().map(KindRow::finish).collect(),
        overall: overall.finish(),
        clean_alarms,
        clean_alarms_per_group: ratio(clean_alarms, per_group.len()),
        clean_strong_alarms,
        clean_single_source,
        clean_single_source_per_group: ratio(clean_single_source, per_group.len()),
        per_group,
        cases: case_results,
        clean_samples: round_robin(clean_pool, show),
        induced_samples: round_robin(induced_pool, show),
        missed_samples: missed,
        timing,
    }
}

/// Take up to `n` items, one from each pool in turn.
fn round_robin<T>(pools: Vec<Vec<T>>, n: usize) -> Vec<T> {
    let mut iters: Vec<_> = pools.into_iter().map(|p| p.into_iter()).collect();
    let mut out = Vec::new();
    while out.len() < n {
        let before = out.len();
        for it in iters.iter_mut() {
            if out.len() == n {
                break;
            }
            out.extend(it.next());
        }
        if out.len() == before {
            break;
        }
    }
    out
}

/// Seconds since `t`, for callers filling [`Timing::total_seconds`].
pub fn since(t: Instant) -> f64 {
    Duration::as_secs_f64(&t.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::SourceDoc;
    use crate::generate::generate;
    use crosscheck_model::{DocId, Evidence, VerdictKind, VerdictValue};

    fn groups() -> Vec<Group> {
        let doc = |id: &str, text: &str| SourceDoc {
            doc_id: id.into(),
            text: text.into(),
        };
        vec![Group {
            id: "5_x".into(),
            split: "dev".into(),
            docs: vec![
                doc(
                    "a",
                    "Tara Reid went in on Tuesday, police in Chicago said. Three people saw it.\n",
                ),
                doc(
                    "b",
                    "On Tuesday Tara Reid checked in; Chicago police said three people saw it.\n",
                ),
            ],
        }]
    }

    /// A fake checker that flags every word no other document has: it
    /// catches every injected value (and raises clean alarms too).
    fn oracle(docs: Vec<Document>) -> Vec<Verdict> {
        let mut out = Vec::new();
        for d in &docs {
            for w in crate::tokens::words(&d.text) {
                let elsewhere = docs.iter().any(|o| o.id != d.id && o.text.contains(w.text));
                if !elsewhere {
                    out.push(Verdict {
                        weak_match: false,
                        rules: Vec::new(),
                        kind: VerdictKind::Contested,
                        subject: "x".into(),
                        attribute: "given_name".into(),
                        explanation: String::new(),
                        values: vec![VerdictValue {
                            value: w.text.into(),
                            sources: vec![Evidence {
                                document: DocId(d.id.0.clone()),
                                start: 0,
                                end: d.text.len(),
                                quote: d.text.clone(),
                                value_start: w.start,
                                value_end: w.end,
                            }],
                            origins: 1,
                        }],
                    });
                }
            }
        }
        out
    }

    #[test]
    fn oracle_detects_everything_and_silence_detects_nothing() {
        let gs = groups();
        let cases = generate(&gs, 3);
        assert!(cases.len() >= 3, "{}", cases.len());
        let r = evaluate(&gs, &cases, Split::Dev, 3, 5, oracle);
        assert_eq!(r.overall.cases, cases.len());
        assert_eq!(r.overall.detected, cases.len(), "{:?}", r.cases);
        assert_eq!(r.per_group[0].documents, 2);
        assert_eq!(r.timing.clean_runs, 1);
        assert_eq!(r.timing.case_runs, cases.len());
        let silent = evaluate(&gs, &cases, Split::Dev, 3, 5, |_| Vec::new());
        assert_eq!(silent.overall.detected, 0);
        assert_eq!(silent.overall.recall, Some(0.0));
        assert_eq!(silent.overall.precision, None);
        assert_eq!(silent.missed_samples.len(), cases.len().min(5));
        let train_only = evaluate(&gs, &cases, Split::Train, 3, 5, oracle);
        assert_eq!(train_only.groups, 0);
    }

    #[test]
    fn round_robin_spreads() {
        assert_eq!(
            round_robin(vec![vec![1, 2, 3], vec![], vec![4]], 3),
            vec![1, 4, 2]
        );
    }
}
