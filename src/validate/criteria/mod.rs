//! Criteria file: raw TOML to [`Criteria`], with every problem as a diagnostic.
//!
//! ```toml
//! method = "weighted-sum"          # optional: "weighted-sum" or "topsis"
//!
//! [[criterion]]
//! id = "price"
//! name = { fr = "Prix", en = "Price" }
//! weight = 3                       # > 0, any scale; normalised to sum 1
//! direction = "cost"               # "benefit" (default) or "cost"
//! max = 4.5                        # must-have bound (optional, also `min`)
//! required = true                  # an offer without a value is excluded
//! price = true                     # optional; see below
//! unit = { fr = "€ par contact traité", en = "€ per handled contact" }  # optional
//! ```
//!
//! Instead of weights, `[ahp] comparisons = [["price", "quality", 3], …]` gives Saaty
//! pairwise judgements (1/9 to 9), every pair of criteria exactly once.
//!
//! Price detection (for the "never choose on price alone" warning): `price = true` or
//! `false` when given; otherwise a `cost` criterion whose id or name contains `price`,
//! `prix`, `cost`, `coût`, `cout` or `tarif`.
mod ahp;
mod criterion;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::common::is_blank;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::{Lang, Text};
use crate::model::criteria::{Criteria, Criterion, Direction, normalise_weights};
use crate::ranking::method::Method;
use crate::tr;

/// Weighted criteria to rank provider offers with `outsource rank --criteria`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawCriteria {
    /// Ranking method [default: weighted-sum].
    #[schemars(with = "Option<crate::validate::shape::MethodName>")]
    pub(super) method: Option<Spanned<String>>,
    /// The criteria, one `[[criterion]]` table each.
    #[schemars(with = "Option<Vec<RawCriterion>>")]
    pub(super) criterion: Option<Spanned<Vec<Spanned<RawCriterion>>>>,
    /// AHP pairwise comparisons, instead of weights.
    #[schemars(with = "Option<RawAhp>")]
    pub(super) ahp: Option<Spanned<RawAhp>>,
}

/// One criterion.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawCriterion {
    /// Kebab-case id, used as the key of offer scores.
    #[schemars(with = "String")]
    pub(super) id: Option<Spanned<String>>,
    /// Name, one text or `{ fr = "…", en = "…" }` [default: the id].
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    pub(super) name: Option<Spanned<toml::Value>>,
    /// What the criterion measures and how.
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    pub(super) description: Option<Spanned<toml::Value>>,
    /// Weight greater than 0, any scale (normalised to sum 1); not with `[ahp]`.
    #[schemars(with = "Option<f64>")]
    pub(super) weight: Option<Spanned<toml::Value>>,
    /// "benefit": more is better (default); "cost": less is better.
    #[schemars(with = "Option<crate::validate::shape::Direction>")]
    pub(super) direction: Option<Spanned<String>>,
    /// Must-have: an offer below this is excluded.
    #[schemars(with = "Option<f64>")]
    pub(super) min: Option<Spanned<toml::Value>>,
    /// Must-have: an offer above this is excluded.
    #[schemars(with = "Option<f64>")]
    pub(super) max: Option<Spanned<toml::Value>>,
    /// An offer without this score is excluded.
    pub(super) required: Option<bool>,
    /// Whether this is a price, for the "never choose on price alone" warning [default: guessed from the id and name].
    pub(super) price: Option<bool>,
    /// Unit of the scores, one text or `{ fr = "…", en = "…" }`.
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    pub(super) unit: Option<Spanned<toml::Value>>,
}

/// Saaty pairwise judgements, every pair of criteria exactly once.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawAhp {
    /// `["a", "b", 3]`: criterion a is 3 times as important as b (1/9 to 9).
    #[schemars(with = "Vec<(String, String, f64)>")]
    pub(super) comparisons: Spanned<Vec<Spanned<Vec<Spanned<toml::Value>>>>>,
}

const PRICE_WORDS: [&str; 6] = ["price", "prix", "cost", "coût", "cout", "tarif"];

/// Whether a criterion looks like a price when the file does not say.
pub fn looks_like_price(id: &str, name: &Text, direction: Direction) -> bool {
    direction == Direction::Cost
        && [id, name.en.as_str(), name.fr.as_str()].iter().any(|text| {
            let text = text.to_lowercase();
            PRICE_WORDS.iter().any(|word| text.contains(word))
        })
}
/// Whether a TOML table looks like a criteria file (for `outsource validate`).
pub fn looks_like_criteria(table: &toml::Table) -> bool {
    table.contains_key("criterion") || table.contains_key("ahp")
}

/// Parses and checks a criteria file. Returns the criteria when there is no error,
/// and every problem found.
pub fn validate_criteria(file: &SourceFile, lang: Lang) -> (Option<Criteria>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let raw: RawCriteria = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(error) => return (None, vec![Diagnostic::from_toml(&error)]),
    };
    let method = raw
        .method
        .as_ref()
        .and_then(|method| check_method(method, lang, &mut diagnostics));
    let entries = match raw.criterion {
        Some(list) if !list.get_ref().is_empty() => list.into_inner(),
        _ => {
            diagnostics.push(no_criterion(file, lang));
            return (None, diagnostics);
        }
    };

    let uses_ahp = raw.ahp.is_some();
    let mut criteria = Vec::new();
    let mut raw_weights = Vec::new();
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for entry in entries {
        let mut check = criterion::Check {
            file,
            lang,
            uses_ahp,
            seen: &mut seen,
            diagnostics: &mut diagnostics,
        };
        if let Some((span, criterion, weight)) = check.criterion(entry) {
            raw_weights.push(weight);
            criteria.push((span, criterion));
        }
    }

    let ahp = raw
        .ahp
        .and_then(|ahp| ahp::check_ahp(file, ahp, &criteria, lang, &mut diagnostics));
    let weights = match &ahp {
        Some(result) => result.weights.clone(),
        None => normalise_weights(&raw_weights),
    };

    if diagnostics.iter().any(Diagnostic::is_error) {
        return (None, diagnostics);
    }
    let criteria = criteria
        .into_iter()
        .zip(weights)
        .map(|((_, criterion), weight)| Criterion {
            weight,
            ..criterion
        })
        .collect();
    (
        Some(Criteria {
            criteria,
            method,
            ahp,
        }),
        diagnostics,
    )
}

/// The ranking method named in the file, or `unknown-method`.
fn check_method(
    method: &Spanned<String>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Method> {
    match method.get_ref().as_str() {
        "weighted-sum" => Some(Method::WeightedSum),
        "topsis" => Some(Method::Topsis),
        other => {
            diagnostics.push(
                Diagnostic::error(
                    Code::UnknownMethod,
                    tr!(lang, "validate-unknown-method", method = other),
                )
                .at(method.span())
                .help(tr!(lang, "validate-unknown-method.help")),
            );
            None
        }
    }
}

/// `empty-file` or `no-criterion`: a criteria file without any criterion.
fn no_criterion(file: &SourceFile, lang: Lang) -> Diagnostic {
    let diagnostic = if is_blank(&file.text) {
        Diagnostic::error(Code::EmptyFile, tr!(lang, "validate-criteria-empty"))
    } else {
        Diagnostic::error(Code::NoCriterion, tr!(lang, "validate-no-criterion"))
    };
    diagnostic
        .at(0..0)
        .help(tr!(lang, "validate-no-criterion.help"))
}
