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
mod raw;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::common::is_blank;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::criteria::{Criteria, Criterion, normalise_weights};
use crate::ranking::method::Method;
use crate::tr;
pub(crate) use raw::RawCriteria;
pub use raw::looks_like_price;

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

    let mut raw_ahp = raw.ahp;
    // Judgements by several evaluators (`by`) become their geometric mean first
    // (helper `evaluators`, issue 13: validate/ahp_evaluators.rs).
    let judgements = raw_ahp.as_mut().map_or_else(Vec::new, |ahp| {
        let list = ahp.get_mut().comparisons.get_mut();
        crate::validate::ahp_evaluators::split_judgements(list, lang, &mut diagnostics)
    });
    let ids: Vec<String> = criteria.iter().map(|(_, c)| c.id.clone()).collect();
    let ahp = raw_ahp
        .and_then(|ahp| ahp::check_ahp(file, ahp, &criteria, lang, &mut diagnostics))
        .map(|result| crate::validate::ahp_evaluators::with_evaluators(result, &ids, &judgements));
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
