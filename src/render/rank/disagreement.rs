//! The "disagreement between evaluators" section of the terminal table and the
//! Markdown: one row per offer and criterion that several evaluators scored (each
//! evaluator's value, the aggregate, min–max and standard deviation), then the
//! winner under each reading of their values.

use std::collections::BTreeMap;

use serde::Serialize;

use super::common::{consistency_key, criterion_name};
use crate::i18n::number;
use crate::lang::Lang;
use crate::model::ahp::AhpResult;
use crate::ranking::Ranking;
use crate::ranking::aggregate::Aggregate;
use crate::ranking::disagreement::{Disagreement, Scenario, ScenarioKind};
use crate::ranking::warning::{join, value_text};
use crate::tr;

/// The section's content, shared by every human output.
pub(crate) struct Section {
    pub intro: String,
    pub header: Vec<String>,
    /// Criterion, provider, one value per evaluator (empty when they gave none),
    /// aggregate, min–max, standard deviation.
    pub rows: Vec<Vec<String>>,
    /// One sentence per scenario.
    pub scenarios: Vec<String>,
    /// Whether the winner is disputed, in a sentence.
    pub verdict: String,
}

/// The section; `None` when no value was given by several evaluators.
pub(crate) fn section(ranking: &Ranking, lang: Lang) -> Option<Section> {
    let d = ranking.disagreement.as_ref()?;
    let aggregate = d.aggregate.id();
    let intro = tr!(
        lang,
        "evaluators-intro",
        count = d.spreads.len(),
        evaluators = join(&d.evaluators, lang),
        aggregate = aggregate,
    );
    let mut header = vec![
        tr!(lang, "rank-column-criterion"),
        tr!(lang, "rank-column-provider"),
    ];
    header.extend(d.evaluators.iter().cloned());
    header.extend([
        tr!(lang, "evaluators-column-aggregate", aggregate = aggregate),
        tr!(lang, "evaluators-column-range"),
        tr!(lang, "evaluators-column-sd"),
    ]);
    // Criteria order, then ranking order (excluded offers last).
    let position = |provider: &str| {
        let rank = ranking.ranking.iter().position(|o| o.provider == provider);
        rank.unwrap_or(usize::MAX)
    };
    let column = |id: &str| ranking.criteria.iter().position(|c| c.id == id);
    let mut spreads: Vec<_> = d.spreads.iter().collect();
    spreads.sort_by_key(|s| (column(&s.criterion), position(&s.provider)));
    let rows = spreads
        .into_iter()
        .map(|s| {
            let name = criterion_name(ranking, &s.criterion, lang).to_owned();
            let mut row = vec![name, s.provider.clone()];
            row.extend(d.evaluators.iter().map(|e| {
                s.values
                    .get(e)
                    .map_or_else(String::new, |v| value_text(*v, lang))
            }));
            row.extend([
                value_text(s.aggregate, lang),
                format!("{}–{}", value_text(s.min, lang), value_text(s.max, lang)),
                number::decimal(s.std_dev, 2, lang),
            ]);
            row
        })
        .collect();
    Some(Section {
        intro,
        header,
        rows,
        scenarios: scenario_lines(d, lang),
        verdict: if d.winner_is_disputed() {
            tr!(lang, "evaluators-disputed")
        } else {
            tr!(lang, "evaluators-robust")
        },
    })
}

/// The disagreement as the JSON output writes it: the ranking's [`Disagreement`]
/// with each spread's criterion name (in the output's language) next to its id.
#[derive(Serialize)]
pub(crate) struct Json<'a> {
    aggregate: Aggregate,
    evaluators: &'a [String],
    spreads: Vec<JsonSpread<'a>>,
    scenarios: &'a [Scenario],
}

#[derive(Serialize)]
struct JsonSpread<'a> {
    provider: &'a str,
    criterion: &'a str,
    criterion_name: &'a str,
    values: &'a BTreeMap<String, f64>,
    aggregate: f64,
    min: f64,
    max: f64,
    range: f64,
    std_dev: f64,
}

/// The JSON form of the ranking's disagreement; `None` without one.
pub(crate) fn json(ranking: &Ranking, lang: Lang) -> Option<Json<'_>> {
    let d = ranking.disagreement.as_ref()?;
    Some(Json {
        aggregate: d.aggregate,
        evaluators: &d.evaluators,
        spreads: d
            .spreads
            .iter()
            .map(|s| JsonSpread {
                provider: &s.provider,
                criterion: &s.criterion,
                criterion_name: criterion_name(ranking, &s.criterion, lang),
                values: &s.values,
                aggregate: s.aggregate,
                min: s.min,
                max: s.max,
                range: s.range,
                std_dev: s.std_dev,
            })
            .collect(),
        scenarios: &d.scenarios,
    })
}

fn scenario_lines(d: &Disagreement, lang: Lang) -> Vec<String> {
    d.scenarios
        .iter()
        .map(|s| {
            let kind = match s.kind {
                ScenarioKind::Optimistic => "optimistic",
                ScenarioKind::Pessimistic => "pessimistic",
                ScenarioKind::AgainstWinner => "against-winner",
                ScenarioKind::Evaluator => "evaluator",
            };
            tr!(
                lang,
                "evaluators-scenario",
                kind = kind,
                evaluator = s.evaluator.clone().unwrap_or_default(),
                winner = s
                    .winner
                    .clone()
                    .unwrap_or_else(|| tr!(lang, "evaluators-no-winner")),
                changes = if s.changes_winner { "yes" } else { "no" },
            )
        })
        .collect()
}

/// One line per evaluator of AHP judgements and per matrix: their consistency
/// ratio, `(above 0.10)` past Saaty's threshold as for the aggregate. Flat AHP:
/// `claire: consistency ratio 0.000`; with groups, the matrix is named (among the
/// groups, then inside each group, in file order). Empty without judgements by
/// several evaluators.
pub(crate) fn ahp_evaluator_lines(ranking: &Ranking, lang: Lang) -> Vec<String> {
    let threshold = crate::ranking::ahp::CR_THRESHOLD;
    if let Some(ahp) = &ranking.ahp {
        return ahp
            .evaluators
            .iter()
            .map(|e| {
                tr!(
                    lang,
                    "evaluators-ahp-line",
                    evaluator = e.name.as_str(),
                    cr = number::decimal(e.cr, 3, lang),
                    consistent = consistency_key(e.cr),
                    threshold = number::decimal(threshold, 2, lang),
                )
            })
            .collect();
    }
    let Some(groups) = &ranking.groups else {
        return Vec::new();
    };
    let mut matrices: Vec<(String, &AhpResult)> = Vec::new();
    if let Some(ahp) = &groups.ahp {
        matrices.push((tr!(lang, "committee-ahp-among-groups"), ahp));
    }
    for group in &groups.list {
        if let Some(ahp) = &group.ahp {
            let matrix = tr!(lang, "committee-ahp-inside", group = group.name.get(lang));
            matrices.push((matrix, ahp));
        }
    }
    matrices
        .iter()
        .flat_map(|(matrix, ahp)| {
            ahp.evaluators.iter().map(move |e| {
                tr!(
                    lang,
                    "committee2-ahp-evaluator-line",
                    evaluator = e.name.as_str(),
                    matrix = matrix.as_str(),
                    cr = number::decimal(e.cr, 3, lang),
                    consistent = consistency_key(e.cr),
                    threshold = number::decimal(threshold, 2, lang),
                )
            })
        })
        .collect()
}
