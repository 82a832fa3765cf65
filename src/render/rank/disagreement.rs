//! The "disagreement between evaluators" section of the terminal table and the
//! Markdown: one row per offer and criterion that several evaluators scored (each
//! evaluator's value, the aggregate, min–max and standard deviation), then the
//! winner under each reading of their values.

use crate::i18n::number;
use crate::lang::Lang;
use crate::ranking::Ranking;
use crate::ranking::disagreement::{Disagreement, ScenarioKind};
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
            let mut row = vec![s.criterion.clone(), s.provider.clone()];
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

/// One line per evaluator of AHP judgements: their consistency ratio; empty
/// without judgements by several evaluators.
pub(crate) fn ahp_evaluator_lines(ranking: &Ranking, lang: Lang) -> Vec<String> {
    let Some(ahp) = &ranking.ahp else {
        return Vec::new();
    };
    let threshold = crate::ranking::ahp::CR_THRESHOLD;
    ahp.evaluators
        .iter()
        .map(|e| {
            tr!(
                lang,
                "evaluators-ahp-line",
                evaluator = e.name.as_str(),
                cr = number::decimal(e.cr, 3, lang),
                consistent = if e.cr <= threshold { "yes" } else { "no" },
                threshold = number::decimal(threshold, 2, lang),
            )
        })
        .collect()
}
