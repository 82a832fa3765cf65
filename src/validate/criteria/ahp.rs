//! `[ahp] comparisons`: Saaty pairwise judgements, every pair of criteria once,
//! turned into weights by [`crate::ranking::ahp`].

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::raw::RawComparisons;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::ranking::ahp::{self, Comparison, MAX_CRITERIA};
use crate::tr;
use crate::validate::common::{num, number, unknown_criterion};

/// Saaty's scale runs from 1/9 to 9 (Saaty 1980, "The Analytic Hierarchy Process",
/// table 1-1); 1/9 written with three decimals (0.111) is accepted.
const SAATY_RANGE: std::ops::RangeInclusive<f64> = 1.0 / 9.0 - 1e-3..=9.0;

/// What a matrix of comparisons compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Compared {
    Criteria,
    Groups,
}

/// The AHP result for the criteria or groups `ids` from the comparisons `list`
/// (written at `ahp_span`), or `None` after pushing every problem of the comparisons.
pub(super) fn check_ahp(
    file: &SourceFile,
    ahp_span: Range<usize>,
    list: RawComparisons,
    (ids, compared): (&[String], Compared),
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<ahp::AhpResult> {
    let list_span = list.span();
    let n = ids.len();
    if n > MAX_CRITERIA {
        diagnostics.push(
            Diagnostic::error(
                Code::AhpTooManyCriteria,
                tr!(
                    lang,
                    "validate-ahp-too-many",
                    limit = MAX_CRITERIA,
                    count = n
                ),
            )
            .at(ahp_span)
            .help(tr!(lang, "validate-ahp-too-many.help")),
        );
        return None;
    }
    let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
    let mut check = Pairs {
        file,
        ids,
        compared,
        lang,
        pairs: HashMap::new(),
        diagnostics,
    };
    let comparisons: Vec<Comparison> = list
        .into_inner()
        .into_iter()
        .filter_map(|item| check.comparison(item))
        .collect();
    check.missing(list_span);
    if diagnostics.iter().filter(|d| d.is_error()).count() > errors_before {
        return None;
    }
    match ahp::derive_weights(ids, &comparisons) {
        Ok(result) => Some(result),
        Err(error) => {
            diagnostics
                .push(Diagnostic::error(Code::AhpFailed, error.localized(lang)).at(ahp_span));
            None
        }
    }
}

/// The comparisons read so far: each pair of criterion indexes (smaller first) with
/// where it is written.
struct Pairs<'a> {
    file: &'a SourceFile,
    ids: &'a [String],
    compared: Compared,
    lang: Lang,
    pairs: HashMap<(usize, usize), Range<usize>>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Pairs<'_> {
    /// One `["a", "b", value]`, or `None` after pushing what is wrong with it.
    fn comparison(&mut self, item: Spanned<Vec<Spanned<toml::Value>>>) -> Option<Comparison> {
        let lang = self.lang;
        let span = item.span();
        let parts = item.into_inner();
        let [a, b, value] = parts.as_slice() else {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::AhpBadComparison,
                    tr!(lang, "validate-ahp-bad-comparison"),
                )
                .at(span)
                .help(tr!(lang, "validate-ahp-bad-comparison.help")),
            );
            return None;
        };
        let (a, b) = (self.side(a), self.side(b));
        let value = self.value(value);
        let (a, b) = (a?, b?);
        if a == b {
            let id = self.ids[a].as_str();
            self.diagnostics.push(
                Diagnostic::error(
                    Code::AhpSelfComparison,
                    tr!(lang, "validate-ahp-self-comparison", id = id),
                )
                .at(span),
            );
            return None;
        }
        let key = (a.min(b), a.max(b));
        if let Some(first) = self.pairs.get(&key) {
            let line = self.file.line(first.start).to_string();
            let (x, y) = (&self.ids[key.0], &self.ids[key.1]);
            self.diagnostics.push(
                Diagnostic::error(
                    Code::AhpDuplicatePair,
                    tr!(
                        lang,
                        "validate-ahp-duplicate-pair",
                        a = x.as_str(),
                        b = y.as_str()
                    ),
                )
                .at(span)
                .label(tr!(lang, "validate-ahp-duplicate-pair.label", line = line))
                .help(tr!(lang, "validate-ahp-duplicate-pair.help")),
            );
            return None;
        }
        self.pairs.insert(key, span);
        Some(Comparison {
            a,
            b,
            value: value?,
        })
    }

    /// The index of a compared criterion, or `None` after a diagnostic.
    fn side(&mut self, item: &Spanned<toml::Value>) -> Option<usize> {
        let lang = self.lang;
        let Some(id) = item.get_ref().as_str() else {
            self.diagnostics.push(
                Diagnostic::error(Code::AhpBadComparison, tr!(lang, "validate-ahp-not-an-id"))
                    .at(item.span()),
            );
            return None;
        };
        let found = self.ids.iter().position(|known| known == id);
        if found.is_none() {
            let known: Vec<&str> = self.ids.iter().map(String::as_str).collect();
            self.diagnostics.push(match self.compared {
                Compared::Criteria => unknown_criterion(id, item.span(), &known, lang),
                Compared::Groups => unknown_group(id, item.span(), &known, lang),
            });
        }
        found
    }

    /// A judgement on Saaty's scale, or `None` after a diagnostic.
    fn value(&mut self, value: &Spanned<toml::Value>) -> Option<f64> {
        let lang = self.lang;
        let diagnostic = match number(value, lang, "comparison") {
            Ok(v) if SAATY_RANGE.contains(&v) => return Some(v),
            Ok(v) => Diagnostic::error(
                Code::AhpOutOfRange,
                tr!(lang, "validate-ahp-out-of-range", value = num(v, lang)),
            )
            .at(value.span())
            .help(tr!(lang, "validate-ahp-out-of-range.help")),
            Err(diagnostic) => diagnostic,
        };
        self.diagnostics.push(diagnostic);
        None
    }

    /// `ahp-missing-pair` listing every pair not compared.
    fn missing(&mut self, list_span: Range<usize>) {
        let lang = self.lang;
        let n = self.ids.len();
        let mut missing = Vec::new();
        for a in 0..n {
            for b in a + 1..n {
                if !self.pairs.contains_key(&(a, b)) {
                    let (x, y) = (&self.ids[a], &self.ids[b]);
                    missing.push(format!("`{x}` / `{y}`"));
                }
            }
        }
        if missing.is_empty() {
            return;
        }
        let count = missing.len();
        self.diagnostics.push(
            Diagnostic::error(
                Code::AhpMissingPair,
                tr!(
                    lang,
                    "validate-ahp-missing-pairs",
                    count = count,
                    pairs = missing.join(", ")
                ),
            )
            .at(list_span)
            .help(tr!(
                lang,
                "validate-ahp-missing-pairs.help",
                criteria = n,
                comparisons = n * (n - 1) / 2
            )),
        );
    }
}

/// `unknown-group`, with the known ids as help.
pub(super) fn unknown_group(
    id: &str,
    span: Range<usize>,
    known: &[&str],
    lang: Lang,
) -> Diagnostic {
    Diagnostic::error(
        Code::UnknownGroup,
        tr!(lang, "committee-unknown-group", id = id),
    )
    .at(span)
    .help(if known.is_empty() {
        tr!(lang, "committee-unknown-group.no-groups")
    } else {
        tr!(
            lang,
            "committee-unknown-group.help",
            known = known.join(", ")
        )
    })
}
