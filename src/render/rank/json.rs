//! JSON: one document, scores as full-precision floats.
//!
//! ```text
//! { "method", "weights": {id: w}, "criteria": [...],
//!   "ranking": [{"rank", "provider", "score", "tied", "contributions": {id: v}, "normalised": {id: n},
//!                "values": {id: x}, "missing": [id], "notes": {id: note},
//!                "intervals": {id: {"min", "max"}} (offers that gave intervals only)}],
//!              (values: as ranked, an interval's midpoint; missing: the criteria the
//!               offer gave no value on, counted as the worst, except a relative
//!               criterion no offer answered, where all count alike)
//!   "excluded": [{"provider", "reasons": [{"code", "criterion", "value", "bound", "message"}]}],
//!   "warnings": [{"code", "message"}],
//!   "lead": {"winner", "runner_up", "margin", "gains": {id: gap}, "losses": {id: gap}}    (2+ ranked)
//!   "ahp": {"lambda_max", "ci", "cr", "ri", "ri_table", "consistent", "disagreements",
//!           "evaluators": [{"name", "weights", "cr"}] (judgements with `by` only)}        (flat AHP, or AHP among the groups)
//!   "sensitivity": {"winner", "thresholds": [...], "first_place_share": {provider: share},
//!                   "rank_range": {provider: [best, worst]}, "samples", "seed", "distribution",
//!                   "group_thresholds": [...] (groups only)} (--sensitivity only)
//!   "groups": [{"id", "name", "weight", "criteria": [id], "ahp"}]  (groups only)
//!   "disagreement": {"aggregate": "mean"|"median", "evaluators": [name],
//!                    "spreads": [{"provider", "criterion", "criterion_name", "values": {evaluator: x}, "aggregate", "min", "max", "range", "std_dev"}],
//!                    "scenarios": [{"kind": "optimistic"|"pessimistic"|"against-winner"|"evaluator",
//!                                   "evaluator", "winner", "changes_winner"}]}          (several evaluators only) }
//! ```
//! Each criterion also says its `scale` (`{"kind": "relative" | "linear" | "points" |
//! "levels" | "lowest-price", …}`) and whether it is `fixed`; with groups, its `group`
//! and `local_weight`, and each ranked offer its `group_scores` ({group id: score}).
//! ```text
//! ```
//! Maps keep the criteria and ranking order.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::common::own_interval;
use crate::lang::Lang;
use crate::model::offer::Interval;
use crate::ranking::Ranking;
use crate::ranking::ahp::AhpResult;
use crate::ranking::method::Method;
use crate::ranking::sensitivity::WeightChange;
use crate::ranking::smaa::WeightModel;

/// A list of pairs serialised as a JSON object, in order.
pub(crate) struct Ordered<V>(pub Vec<(String, V)>);

impl<V: Serialize> Serialize for Ordered<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
pub(crate) struct Document<'a> {
    method: Method,
    method_description: String,
    weights: Ordered<f64>,
    criteria: Vec<Criterion<'a>>,
    ranking: Vec<Ranked<'a>>,
    excluded: Vec<Excluded<'a>>,
    warnings: Vec<Message<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lead: Option<Lead>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ahp: Option<Ahp<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sensitivity: Option<Sensitivity<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<Group<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    disagreement: Option<super::disagreement::Json<'a>>,
}

#[derive(Serialize)]
struct Group<'a> {
    id: &'a str,
    name: &'a str,
    weight: f64,
    criteria: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    ahp: Option<Ahp<'a>>,
}

#[derive(Serialize)]
struct Criterion<'a> {
    id: &'a str,
    name: &'a str,
    weight: f64,
    direction: crate::model::criteria::Direction,
    price: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    scale: &'a crate::model::criteria::Scale,
    /// Whether the scale is fixed (utilities independent of the offers compared).
    fixed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    local_weight: Option<f64>,
}

#[derive(Serialize)]
struct Ranked<'a> {
    rank: usize,
    provider: &'a str,
    score: f64,
    tied: bool,
    contributions: Ordered<f64>,
    normalised: Ordered<f64>,
    values: Ordered<f64>,
    missing: &'a [String],
    notes: Ordered<String>,
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    group_scores: Option<Ordered<f64>>,
    /// The criteria where the offer gave an interval: `{id: {"min", "max"}}`
    /// (`values` holds its midpoint, which the ranking counts).
    #[serde(skip_serializing_if = "is_empty")]
    intervals: Ordered<Interval>,
}

fn is_empty<V>(map: &Ordered<V>) -> bool {
    map.0.is_empty()
}

#[derive(Serialize)]
struct Excluded<'a> {
    provider: &'a str,
    reasons: Vec<Reason<'a>>,
    source: &'a str,
}

#[derive(Serialize)]
struct Reason<'a> {
    code: &'a str,
    criterion: &'a str,
    value: Option<f64>,
    bound: Option<f64>,
    message: &'a str,
}

#[derive(Serialize)]
struct Lead {
    winner: String,
    runner_up: String,
    margin: f64,
    gains: Ordered<f64>,
    losses: Ordered<f64>,
}

#[derive(Serialize)]
struct Message<'a> {
    code: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct Ahp<'a> {
    lambda_max: f64,
    ci: f64,
    cr: f64,
    ri: f64,
    ri_table: &'a str,
    consistent: bool,
    iterations: usize,
    disagreements: &'a [crate::ranking::ahp::Disagreement],
    /// Each evaluator's weights and consistency ratio (judgements with `by`).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    evaluators: &'a [crate::model::ahp::EvaluatorAhp],
}

impl<'a> Ahp<'a> {
    fn new(ahp: &'a AhpResult) -> Self {
        Ahp {
            lambda_max: ahp.lambda_max,
            ci: ahp.ci,
            cr: ahp.cr,
            ri: ahp.ri,
            ri_table: ahp.ri_table,
            consistent: ahp.is_consistent(),
            iterations: ahp.iterations,
            disagreements: &ahp.disagreements,
            evaluators: &ahp.evaluators,
        }
    }
}

#[derive(Serialize)]
struct Threshold<'a> {
    criterion: &'a str,
    #[serde(flatten)]
    shift: Shift<'a>,
}

/// What a criterion's or a group's threshold says, in the same fields.
#[derive(Serialize)]
struct Shift<'a> {
    weight: f64,
    /// The smallest change (`null` when no weight changes the winner).
    new_weight: Option<f64>,
    change: Option<f64>,
    new_winner: Option<&'a str>,
    increase: Option<&'a WeightChange>,
    decrease: Option<&'a WeightChange>,
}

impl<'a> Shift<'a> {
    fn new(
        weight: f64,
        increase: Option<&'a WeightChange>,
        decrease: Option<&'a WeightChange>,
        smallest: Option<&'a WeightChange>,
    ) -> Self {
        Shift {
            weight,
            new_weight: smallest.map(|c| c.new_weight),
            change: smallest.map(|c| c.change),
            new_winner: smallest.map(|c| c.winner.as_str()),
            increase,
            decrease,
        }
    }
}

#[derive(Serialize)]
struct Sensitivity<'a> {
    winner: Option<&'a str>,
    thresholds: Vec<Threshold<'a>>,
    first_place_share: Ordered<f64>,
    rank_range: Ordered<[usize; 2]>,
    samples: u32,
    seed: u64,
    weight_model: WeightModel,
    distribution: &'a str,
    acceptability: Vec<Acceptability<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    group_thresholds: Vec<GroupThreshold<'a>>,
}

#[derive(Serialize)]
struct GroupThreshold<'a> {
    group: &'a str,
    #[serde(flatten)]
    shift: Shift<'a>,
}

/// One offer's SMAA-2 figures.
#[derive(Serialize)]
struct Acceptability<'a> {
    provider: &'a str,
    /// `ranks[r - 1]`: share of samples with rank `r`; the row sums to 1.
    ranks: &'a [f64],
    best_rank: usize,
    worst_rank: usize,
    central_ranks: [usize; 2],
    mean_rank: f64,
    central_weights: Option<Ordered<f64>>,
    confidence: Option<f64>,
}

/// The JSON document of a ranking (`--method all` nests several).
pub(crate) fn document(ranking: &Ranking, lang: Lang) -> Document<'_> {
    Document {
        method: ranking.method,
        method_description: ranking.method.name(lang),
        weights: Ordered(
            ids(ranking)
                .zip(ranking.criteria.iter().map(|c| c.weight))
                .collect(),
        ),
        criteria: criteria(ranking, lang),
        ranking: ranked(ranking),
        excluded: excluded(ranking, lang),
        warnings: ranking
            .warnings
            .iter()
            .map(|w| Message {
                code: w.code.as_str(),
                message: w.message.get(lang),
            })
            .collect(),
        lead: ranking.lead().map(|lead| Lead {
            winner: lead.winner,
            runner_up: lead.runner_up,
            margin: lead.margin,
            gains: Ordered(lead.gains),
            losses: Ordered(lead.losses),
        }),
        ahp: (ranking.ahp.as_ref())
            .or(ranking.groups.as_ref().and_then(|g| g.ahp.as_ref()))
            .map(Ahp::new),
        sensitivity: sensitivity(ranking),
        groups: ranking.groups.as_ref().map(|groups| {
            groups
                .list
                .iter()
                .map(|g| Group {
                    id: &g.id,
                    name: g.name.get(lang),
                    weight: g.weight,
                    criteria: &g.criteria,
                    ahp: g.ahp.as_ref().map(Ahp::new),
                })
                .collect()
        }),
        disagreement: super::disagreement::json(ranking, lang),
    }
}

pub fn render_json(ranking: &Ranking, lang: Lang) -> String {
    pretty(&document(ranking, lang))
}

/// Pretty JSON with a final line break.
pub(crate) fn pretty(value: &impl Serialize) -> String {
    // Serialising plain structs, strings and finite floats cannot fail.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// The criterion ids, in the criteria order: the keys of every per-criterion map.
fn ids(ranking: &Ranking) -> impl Iterator<Item = String> + '_ {
    ranking.criteria.iter().map(|c| c.id.clone())
}

fn criteria(ranking: &Ranking, lang: Lang) -> Vec<Criterion<'_>> {
    ranking
        .criteria
        .iter()
        .map(|c| Criterion {
            id: &c.id,
            name: c.name.get(lang),
            weight: c.weight,
            direction: c.direction,
            price: c.price,
            unit: c.unit.as_ref().map(|unit| unit.get(lang)),
            scale: &c.scale,
            fixed: c.fixed,
            group: c.group.as_deref(),
            local_weight: c.group.as_ref().map(|_| c.local_weight),
        })
        .collect()
}

fn ranked(ranking: &Ranking) -> Vec<Ranked<'_>> {
    ranking
        .ranking
        .iter()
        .map(|o| Ranked {
            rank: o.rank,
            provider: &o.provider,
            score: o.score,
            tied: o.tied,
            contributions: Ordered(ids(ranking).zip(o.contributions.iter().copied()).collect()),
            normalised: Ordered(ids(ranking).zip(o.normalised.iter().copied()).collect()),
            values: Ordered(ids(ranking).zip(o.values.iter().copied()).collect()),
            missing: &o.missing,
            notes: Ordered(o.notes.clone()),
            source: &o.source,
            intervals: Ordered(
                ranking
                    .criteria
                    .iter()
                    .enumerate()
                    .filter_map(|(j, c)| Some((c.id.clone(), own_interval(ranking, o, j)?)))
                    .collect(),
            ),
            group_scores: ranking.groups.as_ref().map(|groups| {
                Ordered(
                    groups
                        .list
                        .iter()
                        .map(|g| g.id.clone())
                        .zip(o.group_scores.iter().copied())
                        .collect(),
                )
            }),
        })
        .collect()
}

fn excluded(ranking: &Ranking, lang: Lang) -> Vec<Excluded<'_>> {
    ranking
        .excluded
        .iter()
        .map(|e| Excluded {
            provider: &e.provider,
            reasons: e
                .reasons
                .iter()
                .map(|r| Reason {
                    code: r.code.as_str(),
                    criterion: &r.criterion,
                    value: r.value,
                    bound: r.bound,
                    message: r.message.get(lang),
                })
                .collect(),
            source: &e.source,
        })
        .collect()
}

/// The sensitivity section; `None` without `--sensitivity`.
fn sensitivity(ranking: &Ranking) -> Option<Sensitivity<'_>> {
    let s = ranking.sensitivity.as_ref()?;
    Some(Sensitivity {
        winner: s.winner.as_deref(),
        thresholds: s
            .thresholds
            .iter()
            .map(|t| Threshold {
                criterion: &t.criterion,
                shift: Shift::new(
                    t.weight,
                    t.increase.as_ref(),
                    t.decrease.as_ref(),
                    t.smallest(),
                ),
            })
            .collect(),
        first_place_share: Ordered(
            s.spread
                .iter()
                .map(|o| (o.provider.clone(), o.first_place_share))
                .collect(),
        ),
        rank_range: Ordered(
            s.spread
                .iter()
                .map(|o| (o.provider.clone(), [o.best_rank, o.worst_rank]))
                .collect(),
        ),
        samples: s.samples,
        seed: s.seed,
        weight_model: s.model,
        distribution: &s.distribution,
        acceptability: acceptability(ranking),
        group_thresholds: s
            .groups
            .iter()
            .map(|t| GroupThreshold {
                group: &t.group,
                shift: Shift::new(
                    t.weight,
                    t.increase.as_ref(),
                    t.decrease.as_ref(),
                    t.smallest(),
                ),
            })
            .collect(),
    })
}

/// The SMAA-2 figures of each offer (ranking order); empty without SMAA.
fn acceptability(ranking: &Ranking) -> Vec<Acceptability<'_>> {
    ranking
        .sensitivity
        .iter()
        .flat_map(|s| &s.smaa)
        .flat_map(|smaa| &smaa.offers)
        .map(|o| Acceptability {
            provider: &o.provider,
            ranks: &o.acceptability,
            best_rank: o.ranks.best,
            worst_rank: o.ranks.worst,
            central_ranks: [o.ranks.central_low, o.ranks.central_high],
            mean_rank: o.mean_rank,
            central_weights: o
                .central_weights
                .as_ref()
                .map(|w| Ordered(ids(ranking).zip(w.iter().copied()).collect())),
            confidence: o.confidence,
        })
        .collect()
}
