//! Questionnaire files: `RawQuestionnaire` (as written) to [`Questionnaire`].

mod band;
mod links;
mod provenance;
#[cfg(test)]
mod provenance_tests;
mod question;
mod raw;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use toml::Spanned;

use super::common::{num, number};
use super::{check_id, check_text, parse};
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::questionnaire::{Dimension, Questionnaire};
use crate::tr;
pub(crate) use links::check_links;
use raw::Num;
pub(crate) use raw::RawQuestionnaire;

/// Scores below this are weak when a question does not say otherwise.
pub(crate) const DEFAULT_WEAK_BELOW: f64 = 0.5;

/// Whether a TOML document looks like a questionnaire (for `validate` on mixed folders).
pub(crate) fn looks_like_questionnaire(table: &toml::Table) -> bool {
    table.contains_key("question") || table.contains_key("dimensions")
}

/// Parses and validates one questionnaire file.
pub fn validate_questionnaire(
    file: &SourceFile,
    lang: Lang,
) -> (Option<Questionnaire>, Vec<Diagnostic>) {
    let raw: RawQuestionnaire = match parse(&file.text) {
        Ok(raw) => raw,
        Err(diagnostic) => return (None, vec![diagnostic]),
    };
    let mut v = Validator {
        lang,
        diagnostics: Vec::new(),
    };
    let questionnaire = v.questionnaire(raw);
    let has_error = v.diagnostics.iter().any(Diagnostic::is_error);
    (questionnaire.filter(|_| !has_error), v.diagnostics)
}

struct Validator {
    lang: Lang,
    diagnostics: Vec<Diagnostic>,
}

impl Validator {
    fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn questionnaire(&mut self, raw: RawQuestionnaire) -> Option<Questionnaire> {
        let lang = self.lang;
        check_id(&raw.id, lang, &mut self.diagnostics);
        let title = check_text(&raw.title, "title", lang, &mut self.diagnostics);
        if raw.source.get_ref().trim().is_empty() {
            self.push(
                Diagnostic::error(Code::MissingSource, tr!(lang, "validate-missing-source"))
                    .at(raw.source.span())
                    .label(tr!(lang, "validate-missing-source.label")),
            );
        }
        let description = raw
            .description
            .as_ref()
            .map(|d| check_text(d, "description", lang, &mut self.diagnostics));

        let mut dimensions: Vec<(usize, Dimension)> = Vec::new();
        for (id, title) in &raw.dimensions {
            check_id(id, lang, &mut self.diagnostics);
            let what = format!("dimensions.{}", id.get_ref());
            if let Some(title) = check_text(title, &what, lang, &mut self.diagnostics) {
                dimensions.push((
                    id.span().start,
                    Dimension {
                        id: id.get_ref().clone(),
                        title,
                    },
                ));
            }
        }
        dimensions.sort_by_key(|(start, _)| *start);
        let dimensions: Vec<Dimension> = dimensions.into_iter().map(|(_, d)| d).collect();
        let declared: HashSet<&str> = raw
            .dimensions
            .keys()
            .map(|k| k.get_ref().as_str())
            .collect();

        if raw.question.is_empty() {
            self.push(
                Diagnostic::error(Code::NoQuestion, tr!(lang, "validate-no-question"))
                    .help(tr!(lang, "validate-no-question.help")),
            );
        }
        let mut seen: HashSet<String> = HashSet::new();
        let mut questions = Vec::new();
        for question in &raw.question {
            let id = &question.get_ref().id;
            if !seen.insert(id.get_ref().clone()) {
                self.push(
                    Diagnostic::error(
                        Code::DuplicateId,
                        tr!(
                            lang,
                            "validate-duplicate-question",
                            id = id.get_ref().as_str()
                        ),
                    )
                    .at(id.span())
                    .label(tr!(lang, "validate-duplicate-question.label")),
                );
            }
            if let Some(q) = self.question(question, &declared, raw.source.get_ref()) {
                questions.push(q);
            }
        }
        Some(Questionnaire {
            id: raw.id.into_inner(),
            title: title?,
            source: raw.source.into_inner(),
            description: description.flatten(),
            dimensions,
            questions,
        })
    }
    /// A finite number, or `not-a-number` (the same diagnostic as in criteria and offers).
    fn finite(&mut self, value: &Num, what: &str) -> Option<Spanned<f64>> {
        match number(value, self.lang, what) {
            Ok(v) => Some(Spanned::new(value.span(), v)),
            Err(diagnostic) => {
                self.push(diagnostic);
                None
            }
        }
    }

    /// An optional number: `None` when absent; clears `finite` when not a finite number.
    fn optional_finite(
        &mut self,
        value: Option<&Num>,
        what: &str,
        finite: &mut bool,
    ) -> Option<Spanned<f64>> {
        let checked = self.finite(value?, what);
        *finite &= checked.is_some();
        checked
    }

    /// Checks a score is a finite number in 0..=1.
    fn unit_score(&mut self, value: &Num, what: &str) -> Option<f64> {
        let v = *self.finite(value, what)?.get_ref();
        if (0.0..=1.0).contains(&v) {
            return Some(v);
        }
        let lang = self.lang;
        self.push(
            Diagnostic::error(
                Code::ScoreOutOfRange,
                tr!(
                    lang,
                    "validate-score-out-of-range",
                    key = what,
                    value = num(v, lang)
                ),
            )
            .at(value.span())
            .label(tr!(lang, "validate-score-out-of-range.label")),
        );
        None
    }

    fn not_for_kind(&mut self, span: std::ops::Range<usize>, key: &str, kind: &str) {
        self.push(
            Diagnostic::error(
                Code::KeyNotForKind,
                tr!(self.lang, "validate-not-for-kind", key = key, kind = kind),
            )
            .at(span)
            .help(tr!(self.lang, "validate-not-for-kind.help")),
        );
    }
}
