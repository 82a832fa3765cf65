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
//! A criterion may have a fixed `scale` (see `scale.rs`), and the criteria may be
//! grouped: `[[group]]` entries with `id`, `name`, `weight` (or `[ahp]` comparing the
//! groups), each criterion naming its `group` and weighted inside it (or the group's
//! `comparisons`). See `group.rs`.
//!
//! Price detection (for the "never choose on price alone" warning): `price = true` or
//! `false` when given; otherwise a `cost` criterion whose id or name contains `price`,
//! `prix`, `cost`, `coût`, `cout` or `tarif`.
mod ahp;
#[cfg(test)]
mod committee_tests;
mod criterion;
mod group;
mod raw;
mod scale;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::common::is_blank;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::ahp::AhpResult;
use crate::model::criteria::{Criteria, Criterion, normalise_weights};
use crate::ranking::method::Method;
use crate::tr;
pub(crate) use raw::RawCriteria;
pub use raw::looks_like_price;
pub(crate) use scale::resolve_level;

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

    let heads = group::read_groups(raw.group, file, lang, &mut diagnostics);
    let mut top_ahp = raw
        .ahp
        .map(|ahp| (ahp.span(), ahp.into_inner().comparisons));
    // Judgements by several evaluators (`by`) become their element-wise geometric
    // mean before the usual checks (validate/ahp_evaluators.rs).
    let judgements = top_ahp.as_mut().map_or_else(Vec::new, |(_, list)| {
        crate::validate::ahp_evaluators::split_judgements(list.get_mut(), lang, &mut diagnostics)
    });
    let mut checked = Vec::new();
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for entry in entries {
        let uses_ahp = match &heads {
            Some(heads) => group::uses_ahp(heads, entry.get_ref().group.as_ref()),
            None => top_ahp.is_some(),
        };
        let mut check = criterion::Check {
            file,
            lang,
            uses_ahp,
            seen: &mut seen,
            diagnostics: &mut diagnostics,
        };
        checked.extend(check.criterion(entry));
    }

    let (weights, ahp, groups) = match heads {
        Some(heads) => {
            let (weights, groups) = group::weights(
                file,
                heads,
                &checked,
                (top_ahp, &judgements),
                lang,
                &mut diagnostics,
            );
            (weights, None, groups)
        }
        None => {
            let (weights, ahp) = flat_weights(file, &checked, top_ahp, lang, &mut diagnostics);
            let ids: Vec<String> = checked.iter().map(|c| c.criterion.id.clone()).collect();
            let ahp = ahp.map(|result| {
                crate::validate::ahp_evaluators::with_evaluators(result, &ids, &judgements)
            });
            (weights, ahp, None)
        }
    };

    if diagnostics.iter().any(Diagnostic::is_error) {
        return (None, diagnostics);
    }
    let criteria = checked
        .into_iter()
        .zip(weights)
        .map(|(checked, weight)| Criterion {
            weight,
            ..checked.criterion
        })
        .collect();
    (
        Some(Criteria {
            criteria,
            method,
            ahp,
            groups,
        }),
        diagnostics,
    )
}

/// The weights of a file without groups: from `[ahp]` or normalised; a criterion
/// naming a `group` is an error.
fn flat_weights(
    file: &SourceFile,
    checked: &[criterion::Checked],
    top_ahp: Option<(Range<usize>, raw::RawComparisons)>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<f64>, Option<AhpResult>) {
    for group in checked.iter().filter_map(|c| c.group.as_ref()) {
        diagnostics.push(ahp::unknown_group(group.get_ref(), group.span(), &[], lang));
    }
    let ahp = top_ahp.and_then(|(span, list)| {
        let ids: Vec<String> = checked.iter().map(|c| c.criterion.id.clone()).collect();
        ahp::check_ahp(
            file,
            span,
            list,
            (&ids, ahp::Compared::Criteria),
            lang,
            diagnostics,
        )
    });
    let weights = match &ahp {
        Some(result) => result.weights.clone(),
        None => normalise_weights(&checked.iter().map(|c| c.weight).collect::<Vec<_>>()),
    };
    (weights, ahp)
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
