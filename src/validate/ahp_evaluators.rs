//! AHP judgements by several evaluators: `["price", "quality", { by = { claire = 3,
//! malik = 5 } }]` in `[ahp] comparisons`. Before the usual checks, each such
//! judgement is replaced by the geometric mean of its values (the standard
//! aggregation of individual judgements, which keeps `a_ji = 1 / a_ij`: Aczél and
//! Saaty 1983; Forman and Peniwati 1998), so the aggregate matrix is checked and
//! weighed like a plain one; then each evaluator's own matrix gives their
//! consistency ratio. A judgement written as a plain number is everyone's.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use toml::Spanned;

use crate::diag::{Code, Diagnostic};
use crate::lang::Lang;
use crate::model::ahp::{AhpResult, EvaluatorAhp};
use crate::ranking::aggregate::geometric_mean;
use crate::ranking::ahp::{Comparison, derive_weights};
use crate::tr;
use crate::validate::common::number;

/// One judgement as written: its two criterion ids and its value(s).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Judgement {
    pub a: String,
    pub b: String,
    /// Everyone's value, or evaluator name to value.
    pub value: Result<f64, BTreeMap<String, f64>>,
}

type RawList = Vec<Spanned<Vec<Spanned<toml::Value>>>>;

/// Replaces every `{ by = … }` judgement of `list` by the geometric mean of its
/// values and returns every judgement as written; empty when no judgement has
/// `by` (nothing to do). Problems (a bad `by`, evaluators not the same in every
/// `by`) are pushed; the bad value is then replaced by 1 so that the usual checks
/// do not report it twice.
pub(crate) fn split_judgements(
    list: &mut RawList,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Judgement> {
    let mut judgements = Vec::new();
    let mut any_by = false;
    let mut names: Option<(BTreeSet<String>, Range<usize>)> = None;
    for item in list.iter_mut() {
        let [a, b, value] = item.get_mut().as_mut_slice() else {
            continue;
        };
        let (Some(a), Some(b)) = (a.get_ref().as_str(), b.get_ref().as_str()) else {
            continue;
        };
        let (a, b) = (a.to_owned(), b.to_owned());
        let toml::Value::Table(table) = value.get_ref() else {
            if let toml::Value::Integer(_) | toml::Value::Float(_) = value.get_ref() {
                let plain = number(value, lang, "comparison").ok();
                judgements.extend(plain.map(|v| Judgement { a, b, value: Ok(v) }));
            }
            continue;
        };
        any_by = true;
        let span = value.span();
        let by = evaluator_values(table, &span, lang, diagnostics);
        let mean = by.as_ref().and_then(|by| {
            let values: Vec<f64> = by.values().copied().collect();
            geometric_mean(&values)
        });
        *value = Spanned::new(span.clone(), toml::Value::Float(mean.unwrap_or(1.0)));
        let Some(by) = by else { continue };
        let these: BTreeSet<String> = by.keys().cloned().collect();
        match &names {
            None => names = Some((these, span)),
            Some((first, _)) if *first != these => diagnostics.push(
                Diagnostic::error(Code::AhpBadComparison, tr!(lang, "evaluators-ahp-not-same"))
                    .at(span),
            ),
            Some(_) => {}
        }
        judgements.push(Judgement {
            a,
            b,
            value: Err(by),
        });
    }
    if any_by { judgements } else { Vec::new() }
}

/// The values of a `{ by = { name = value } }` judgement, each a positive number on
/// Saaty's scale, or `None` after a diagnostic at `span`.
fn evaluator_values(
    table: &toml::Table,
    span: &Range<usize>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<BTreeMap<String, f64>> {
    let bad = || {
        Diagnostic::error(Code::AhpBadComparison, tr!(lang, "evaluators-ahp-bad-by"))
            .at(span.clone())
    };
    let by = match (table.len(), table.get("by")) {
        (1, Some(toml::Value::Table(by))) if !by.is_empty() => by,
        _ => {
            diagnostics.push(bad());
            return None;
        }
    };
    let mut values = BTreeMap::new();
    for (name, value) in by {
        let spanned = Spanned::new(span.clone(), value.clone());
        match number(&spanned, lang, &format!("by.{name}")) {
            Ok(v) if (1.0 / 9.0 - 1e-3..=9.0).contains(&v) => {
                values.insert(name.clone(), v);
            }
            Ok(_) => {
                diagnostics.push(bad());
                return None;
            }
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                return None;
            }
        }
    }
    Some(values)
}

/// Each evaluator's weights and consistency, from their own judgements (and the
/// judgements everyone shares), added to the aggregate's `result`.
pub(crate) fn with_evaluators(
    mut result: AhpResult,
    ids: &[String],
    judgements: &[Judgement],
) -> AhpResult {
    let names: BTreeSet<&String> = judgements
        .iter()
        .filter_map(|j| j.value.as_ref().err())
        .flat_map(BTreeMap::keys)
        .collect();
    let index = |id: &str| ids.iter().position(|x| x == id);
    for name in names {
        let comparisons: Vec<Comparison> = judgements
            .iter()
            .filter_map(|j| {
                let value = match &j.value {
                    Ok(v) => *v,
                    Err(by) => *by.get(name)?,
                };
                Some(Comparison {
                    a: index(&j.a)?,
                    b: index(&j.b)?,
                    value,
                })
            })
            .collect();
        if let Ok(own) = derive_weights(ids, &comparisons) {
            result.evaluators.push(EvaluatorAhp {
                name: name.clone(),
                weights: own.weights,
                cr: own.cr,
            });
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &str) -> RawList {
        #[derive(serde::Deserialize)]
        struct File {
            comparisons: RawList,
        }
        toml::from_str::<File>(text).unwrap().comparisons
    }

    #[test]
    fn three_evaluators_judgements_aggregate_by_geometric_mean() {
        // a over b: claire 2, malik 4, sofia 8 -> (2 * 4 * 8)^(1/3) = 4.
        // b over c: everyone 1 (plain).
        // a over c: claire 2, malik 4, sofia 8 -> 4.
        let mut raw = list(
            "comparisons = [[\"a\", \"b\", { by = { claire = 2, malik = 4, sofia = 8 } }],\n\
             [\"b\", \"c\", 1], [\"a\", \"c\", { by = { claire = 2, malik = 4, sofia = 8 } }]]",
        );
        let mut diagnostics = Vec::new();
        let judgements = split_judgements(&mut raw, Lang::En, &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let mean = raw[0].get_ref()[2].get_ref().as_float().unwrap();
        assert!((mean - 4.0).abs() < 1e-12);
        assert_eq!(judgements.len(), 3);
        // The aggregate matrix [1 4 4; 1/4 1 1; 1/4 1 1] is consistent: weights
        // 4/6, 1/6, 1/6 (columns proportional), CR 0.
        let ids: Vec<String> = ["a", "b", "c"].iter().map(|s| (*s).to_owned()).collect();
        let merged = [
            Comparison {
                a: 0,
                b: 1,
                value: 4.0,
            },
            Comparison {
                a: 1,
                b: 2,
                value: 1.0,
            },
            Comparison {
                a: 0,
                b: 2,
                value: 4.0,
            },
        ];
        let result = with_evaluators(derive_weights(&ids, &merged).unwrap(), &ids, &judgements);
        assert!((result.weights[0] - 4.0 / 6.0).abs() < 1e-9);
        let names: Vec<&str> = result.evaluators.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["claire", "malik", "sofia"]);
        // claire alone: [1 2 2; 1/2 1 1; 1/2 1 1], consistent, a weighs 2/4 = 0.5.
        assert!((result.evaluators[0].weights[0] - 0.5).abs() < 1e-9);
        assert!(result.evaluators[0].cr < 1e-9);
    }

    #[test]
    fn each_evaluator_keeps_their_own_consistency() {
        // Three criteria a, b, c; a/b 2 and b/c 2 for everyone. claire is consistent
        // (a/c 4 = 2 * 2, CR 0); malik is not (a/c 1/2, a cycle). The aggregate a/c is
        // sqrt(4 * 1/2) = sqrt(2), between them, so its CR is between theirs.
        let mut raw = list(
            "comparisons = [[\"a\", \"b\", 2], [\"b\", \"c\", 2],\n\
             [\"a\", \"c\", { by = { claire = 4, malik = 0.5 } }]]",
        );
        let mut diagnostics = Vec::new();
        let judgements = split_judgements(&mut raw, Lang::En, &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let ac = raw[2].get_ref()[2].get_ref().as_float().unwrap();
        assert!((ac - 2f64.sqrt()).abs() < 1e-12);
        let ids: Vec<String> = ["a", "b", "c"].iter().map(|s| (*s).to_owned()).collect();
        let pair = |a, b, value| Comparison { a, b, value };
        let merged = [pair(0, 1, 2.0), pair(1, 2, 2.0), pair(0, 2, ac)];
        let result = with_evaluators(derive_weights(&ids, &merged).unwrap(), &ids, &judgements);
        let cr = |name: &str| {
            result
                .evaluators
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.cr)
                .unwrap()
        };
        assert!(cr("claire") < 1e-9);
        assert!(cr("malik") > 0.1);
        assert!(result.cr > 1e-9 && result.cr < cr("malik"), "{}", result.cr);
    }

    #[test]
    fn bad_judgements_by_evaluators() {
        let mut diagnostics = Vec::new();
        let mut raw = list(
            "comparisons = [[\"a\", \"b\", { by = { claire = 20 } }],\n\
             [\"a\", \"c\", { by = { malik = 2 } }], [\"b\", \"c\", { by = 2 }]]",
        );
        split_judgements(&mut raw, Lang::En, &mut diagnostics);
        let codes: Vec<&str> = diagnostics.iter().map(|d| d.code.as_str()).collect();
        // 20 is off Saaty's scale; `by = 2` is no table. (claire's pair failed, so
        // malik's is the first set of names: no "not the same" error.)
        assert_eq!(codes, ["ahp-bad-comparison", "ahp-bad-comparison"]);
        // The bad values are replaced by 1 for the usual checks.
        assert_eq!(raw[0].get_ref()[2].get_ref().as_float(), Some(1.0));
    }
}
