//! Evaluation files: one committee member's values on the judgement criteria, one
//! file per member, merged into the offers (which keep their own figures: price,
//! service levels).
//!
//! ```toml
//! [evaluator]
//! name = "claire"
//!
//! [offer."Atlantique Contact"]
//! fit = 8
//! affinity = { value = 6, note = "little interest in our peaks" }
//!
//! [offer."Rhône Relation Client"]
//! fit = 7
//! ```
//!
//! Each value is checked like an offer's value (a finite number, at its
//! position). An evaluator unsure of a value gives an interval,
//! `fit = { min = 6, max = 8 }`: its midpoint is their value in the aggregate,
//! and `--sensitivity` draws one evaluator, then a value in their interval. Merging (see [`merge_evaluations`]) refuses a provider that no offer
//! names, a criterion the offer already gives one plain value for, and the same
//! evaluator giving the same value twice.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::common::unknown_criterion;
use super::score::{RawScore, validate_score};
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::criteria::Criteria;
use crate::model::offer::{Interval, Offer, Score};
use crate::ranking::aggregate::mean;
use crate::tr;

type RawValues = BTreeMap<Spanned<String>, Spanned<RawScore>>;

/// One committee member's evaluation file.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawEvaluation {
    evaluator: Spanned<RawEvaluator>,
    /// Provider name to criterion id to value.
    #[serde(default)]
    offer: BTreeMap<Spanned<String>, RawValues>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawEvaluator {
    name: Option<Spanned<String>>,
    /// Who they are, for the record (not used in the ranking).
    #[allow(dead_code)]
    role: Option<String>,
}

/// One value of an evaluation file, with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct EvaluatedValue {
    pub provider: String,
    pub provider_span: Range<usize>,
    pub criterion: String,
    /// The value; for an interval, its midpoint.
    pub value: f64,
    /// `{ min, max }`: the evaluator gave an uncertain value.
    pub interval: Option<Interval>,
    pub note: Option<String>,
    pub span: Range<usize>,
}

/// A valid evaluation file.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub evaluator: String,
    pub values: Vec<EvaluatedValue>,
}

/// Whether a TOML table looks like an evaluation file.
pub fn looks_like_evaluation(table: &toml::Table) -> bool {
    table.contains_key("evaluator")
}

/// Parses and checks an evaluation file; with `criteria`, its criterion ids too.
pub fn validate_evaluation(
    file: &SourceFile,
    criteria: Option<&Criteria>,
    lang: Lang,
) -> (Option<Evaluation>, Vec<Diagnostic>) {
    let raw: RawEvaluation = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(error) => return (None, vec![Diagnostic::from_toml(&error)]),
    };
    let mut diagnostics = Vec::new();
    let evaluator = match &raw.evaluator.get_ref().name {
        Some(name) if !name.get_ref().trim().is_empty() => name.get_ref().trim().to_owned(),
        Some(name) => {
            diagnostics.push(
                Diagnostic::error(Code::EmptyName, tr!(lang, "evaluators-empty-name"))
                    .at(name.span()),
            );
            String::new()
        }
        None => {
            diagnostics.push(
                Diagnostic::error(Code::MissingName, tr!(lang, "evaluators-missing-name"))
                    .at(raw.evaluator.span()),
            );
            String::new()
        }
    };
    let known: Vec<&str> = criteria
        .map(|c| c.criteria.iter().map(|c| c.id.as_str()).collect())
        .unwrap_or_default();
    let mut values = Vec::new();
    for (provider, scores) in raw.offer {
        for (key, raw_score) in scores {
            if criteria.is_some() && !known.contains(&key.get_ref().as_str()) {
                diagnostics.push(unknown_criterion(key.get_ref(), key.span(), &known, lang));
                continue;
            }
            let Some(score) = validate_score(key.get_ref(), &raw_score, lang, &mut diagnostics)
            else {
                continue;
            };
            if !score.by.is_empty() {
                diagnostics.push(
                    Diagnostic::error(
                        Code::InvalidScore,
                        tr!(
                            lang,
                            "evaluators-by-in-evaluation",
                            key = key.get_ref().as_str()
                        ),
                    )
                    .at(raw_score.span()),
                );
                continue;
            }
            values.push(EvaluatedValue {
                provider: provider.get_ref().trim().to_owned(),
                provider_span: provider.span(),
                criterion: key.get_ref().clone(),
                value: score.value,
                interval: score.interval,
                note: score.note,
                span: raw_score.span(),
            });
        }
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        (None, diagnostics)
    } else {
        (Some(Evaluation { evaluator, values }), diagnostics)
    }
}

/// Adds each evaluation's values to the offers' `by` (their mean becomes the
/// value until the ranking aggregates them as asked). Returns the diagnostics of
/// each evaluation file (`result[i]` belongs to `evaluations[i]`).
pub fn merge_evaluations(
    offers: &mut [Offer],
    evaluations: &[&Evaluation],
    lang: Lang,
) -> Vec<Vec<Diagnostic>> {
    let names: Vec<String> = offers.iter().map(|o| o.name.clone()).collect();
    let mut result = Vec::with_capacity(evaluations.len());
    for evaluation in evaluations {
        let mut diagnostics = Vec::new();
        for value in &evaluation.values {
            let Some(offer) = offers.iter_mut().find(|o| o.name == value.provider) else {
                diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownProvider,
                        tr!(
                            lang,
                            "evaluators-unknown-provider",
                            provider = value.provider.as_str()
                        ),
                    )
                    .at(value.provider_span.clone())
                    .help(tr!(
                        lang,
                        "evaluators-known-providers",
                        names = names.join(", ")
                    )),
                );
                continue;
            };
            if let Some(problem) = add_value(offer, &evaluation.evaluator, value, lang) {
                diagnostics.push(problem);
            }
        }
        diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
        result.push(diagnostics);
    }
    result
}

/// Adds one evaluator's value to an offer, or says why it cannot: the offer
/// gives one plain value there, or the evaluator already gave one.
fn add_value(
    offer: &mut Offer,
    evaluator: &str,
    value: &EvaluatedValue,
    lang: Lang,
) -> Option<Diagnostic> {
    let problem = |key| {
        let message = tr!(
            lang,
            key,
            provider = value.provider.as_str(),
            criterion = value.criterion.as_str(),
            evaluator = evaluator
        );
        Some(Diagnostic::error(Code::InvalidScore, message).at(value.span.clone()))
    };
    let Some(score) = offer.scores.get_mut(&value.criterion) else {
        let by = BTreeMap::from([(evaluator.to_owned(), value.value)]);
        let by_intervals = value
            .interval
            .map(|interval| (evaluator.to_owned(), interval))
            .into_iter()
            .collect();
        let score = Score {
            value: value.value,
            note: value.note.clone(),
            by,
            interval: None,
            by_intervals,
        };
        offer.scores.insert(value.criterion.clone(), score);
        return None;
    };
    if score.by.is_empty() {
        return problem("evaluators-plain-and-evaluated");
    }
    if score.by.contains_key(evaluator) {
        return problem("evaluators-twice");
    }
    score.by.insert(evaluator.to_owned(), value.value);
    if let Some(interval) = value.interval {
        score.by_intervals.insert(evaluator.to_owned(), interval);
    }
    if score.note.is_none() {
        score.note.clone_from(&value.note);
    }
    let values: Vec<f64> = score.by.values().copied().collect();
    score.value = mean(&values).unwrap_or(value.value);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evaluation(text: &str) -> (Option<Evaluation>, Vec<Diagnostic>) {
        validate_evaluation(&SourceFile::new("claire.toml", text), None, Lang::En)
    }

    #[test]
    fn evaluators_files_merge_into_the_offers() {
        let claire = "[evaluator]\nname = \"claire\"\n[offer.A]\nfit = 4\n";
        let malik = "[evaluator]\nname = \"malik\"\n[offer.A]\nfit = 3\n";
        let (claire, d1) = evaluation(claire);
        let (malik, d2) = evaluation(malik);
        assert!(d1.is_empty() && d2.is_empty(), "{d1:?} {d2:?}");
        let mut offers = [Offer::new("A", [("price", 10.0)])];
        let found = merge_evaluations(&mut offers, &[&claire.unwrap(), &malik.unwrap()], Lang::En);
        assert!(found.iter().all(Vec::is_empty), "{found:?}");
        // (4 + 3) / 2 = 3.5; the price stays.
        assert_eq!(offers[0].value("fit"), Some(3.5));
        assert_eq!(offers[0].scores["fit"].by.len(), 2);
        assert_eq!(offers[0].value("price"), Some(10.0));
    }

    #[test]
    fn an_evaluator_interval_counts_as_its_midpoint_and_is_kept() {
        let claire = "[evaluator]\nname = \"claire\"\n[offer.A]\nfit = { min = 2, max = 6 }\n";
        let malik = "[evaluator]\nname = \"malik\"\n[offer.A]\nfit = 7\n";
        let (claire, d1) = evaluation(claire);
        let (malik, d2) = evaluation(malik);
        assert!(d1.is_empty() && d2.is_empty(), "{d1:?} {d2:?}");
        let mut offers = [Offer::new("A", [("price", 10.0)])];
        let found = merge_evaluations(&mut offers, &[&claire.unwrap(), &malik.unwrap()], Lang::En);
        assert!(found.iter().all(Vec::is_empty), "{found:?}");
        let fit = &offers[0].scores["fit"];
        // claire's midpoint (2 + 6) / 2 = 4; the mean with malik's 7: (4 + 7) / 2 = 5.5.
        assert_eq!(fit.by["claire"], 4.0);
        assert_eq!(fit.value, 5.5);
        assert_eq!(
            fit.by_intervals.get("claire"),
            Some(&Interval { min: 2.0, max: 6.0 })
        );
        assert!(!fit.by_intervals.contains_key("malik"));
        // A reversed interval is refused where it is written.
        let text = "[evaluator]\nname = \"c\"\n[offer.A]\nfit = { min = 6, max = 2 }\n";
        let (_, d) = evaluation(text);
        assert_eq!(d[0].code, "invalid-score");
        assert_eq!(&text[d[0].span.clone().unwrap()], "2");
    }

    #[test]
    fn merging_refuses_unknown_providers_plain_values_and_repeats() {
        let text =
            "[evaluator]\nname = \"claire\"\n[offer.A]\nprice = 4\nfit = 2\n[offer.Z]\nfit = 1\n";
        let (claire, _) = evaluation(text);
        let claire = claire.unwrap();
        let mut offers = [Offer::new("A", [("price", 10.0)])];
        let found = merge_evaluations(&mut offers, &[&claire, &claire], Lang::En);
        let codes: Vec<&str> = found[0].iter().map(|d| d.code.as_str()).collect();
        // A's price is the offer's own figure; Z is no offer.
        assert_eq!(codes, ["invalid-score", "unknown-provider"]);
        // The second time, claire's fit on A is already there.
        assert!(found[1][1].message.contains("twice"), "{:?}", found[1]);
        let span = found[0][1].span.clone().unwrap();
        assert_eq!(&text[span], "Z");
    }

    #[test]
    fn bad_evaluation_files() {
        let (_, d) = evaluation("[evaluator]\n[offer.A]\nfit = 2\n");
        assert_eq!(d[0].code, "missing-name");
        let (_, d) = evaluation("[evaluator]\nname = \"c\"\nteam = 2\n");
        assert_eq!(d[0].code, "invalid-toml");
        let (_, d) = evaluation("[evaluator]\nname = \"c\"\n[offer.A]\nfit = { by = { x = 1 } }\n");
        assert_eq!(d[0].code, "invalid-score");
        let (_, d) = evaluation("[evaluator]\nname = \"c\"\n[offer.A]\nfit = \"good\"\n");
        assert_eq!(d[0].code, "not-a-number");
    }
}
