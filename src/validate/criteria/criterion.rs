//! One `[[criterion]]`: id, direction, weight, must-have bounds and texts.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::raw::{RawCriterion, looks_like_price};
use super::scale;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::{Lang, Text};
use crate::model::criteria::{Criterion, Direction, Scale};
use crate::tr;
use crate::validate::check_id;
use crate::validate::common::{TextForm, num, number, translated};

/// One criterion as checked: where its id is, the criterion, its weight as
/// written and the group it names.
pub(super) struct Checked {
    pub(super) id_span: Range<usize>,
    pub(super) criterion: Criterion,
    pub(super) weight: f64,
    pub(super) group: Option<Spanned<String>>,
}

/// What checking one criterion needs from the file around it.
pub(super) struct Check<'a> {
    pub(super) file: &'a SourceFile,
    pub(super) lang: Lang,
    /// The criterion's weights come from AHP comparisons (`[ahp]`, or its group's
    /// `comparisons`), so it must not have a weight.
    pub(super) uses_ahp: bool,
    /// Criteria ids seen so far, with where they are written.
    pub(super) seen: &'a mut HashMap<String, Range<usize>>,
    pub(super) diagnostics: &'a mut Vec<Diagnostic>,
}

impl Check<'_> {
    /// The criterion (with where its id is), its weight as written and the group it
    /// names, or `None` without an id. Every problem is pushed.
    pub(super) fn criterion(&mut self, entry: Spanned<RawCriterion>) -> Option<Checked> {
        let lang = self.lang;
        let span = entry.span();
        let entry = entry.into_inner();
        let Some(id) = entry.id else {
            self.diagnostics.push(
                Diagnostic::error(Code::MissingId, tr!(lang, "validate-criterion-without-id"))
                    .at(span.start..span.start + 1),
            );
            return None;
        };
        check_id(&id, lang, self.diagnostics);
        let id_span = id.span();
        let id = id.into_inner();
        self.duplicate(&id, &id_span);
        let written = self.direction(entry.direction.as_ref());
        let scale = entry
            .scale
            .as_ref()
            .and_then(|value| scale::check_scale(value, lang, self.diagnostics))
            .unwrap_or_default();
        let direction = self.scale_direction(&scale, written, entry.direction.as_ref());
        let weight = self.weight(entry.weight.as_ref(), &id, &id_span);
        let (min, max) = self.bounds(entry.min.as_ref(), entry.max.as_ref(), &id, &id_span);
        let name = self
            .text(entry.name.as_ref(), "name")
            .unwrap_or_else(|| Text::new(id.clone(), id.clone()));
        let _description = self.text(entry.description.as_ref(), "description");
        let unit = self.text(entry.unit.as_ref(), "unit");
        let price = entry
            .price
            .unwrap_or_else(|| looks_like_price(&id, &name, direction));
        let criterion = Criterion {
            id,
            name,
            weight,
            direction,
            min,
            max,
            required: entry.required.unwrap_or(false),
            price,
            unit,
            scale,
        };
        Some(Checked {
            id_span,
            criterion,
            weight,
            group: entry.group,
        })
    }

    /// The direction the scale implies (or the one written, for a relative scale);
    /// `scale-direction` when the file writes another one.
    fn scale_direction(
        &mut self,
        scale: &Scale,
        written: Direction,
        direction: Option<&Spanned<String>>,
    ) -> Direction {
        let Some(implied) = scale::implied_direction(scale) else {
            return written;
        };
        if let Some(direction) = direction
            && written != implied
        {
            let lang = self.lang;
            self.diagnostics.push(
                Diagnostic::error(
                    Code::ScaleDirection,
                    tr!(
                        lang,
                        "committee-scale-direction",
                        direction = direction.get_ref().as_str(),
                        scale = scale.kind()
                    ),
                )
                .at(direction.span())
                .help(tr!(lang, "committee-scale-direction.help")),
            );
        }
        implied
    }

    /// `duplicate-criterion` when `id` was seen before; remembers it otherwise.
    fn duplicate(&mut self, id: &str, id_span: &Range<usize>) {
        let lang = self.lang;
        match self.seen.get(id) {
            Some(first) => {
                let line = self.file.line(first.start).to_string();
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::DuplicateCriterion,
                        tr!(lang, "validate-duplicate-criterion", id = id),
                    )
                    .at(id_span.clone())
                    .label(tr!(
                        lang,
                        "validate-duplicate-criterion.label",
                        line = line
                    )),
                );
            }
            None => {
                self.seen.insert(id.to_owned(), id_span.clone());
            }
        }
    }

    /// The direction [default: benefit], or `unknown-direction`.
    fn direction(&mut self, direction: Option<&Spanned<String>>) -> Direction {
        let Some(direction) = direction else {
            return Direction::Benefit;
        };
        match direction.get_ref().as_str() {
            "benefit" => Direction::Benefit,
            "cost" => Direction::Cost,
            other => {
                let lang = self.lang;
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownDirection,
                        tr!(lang, "validate-unknown-direction", direction = other),
                    )
                    .at(direction.span())
                    .help(tr!(lang, "validate-unknown-direction.help")),
                );
                Direction::Benefit
            }
        }
    }

    /// The weight as written: required and > 0 without `[ahp]`, refused with it.
    /// 1 stands in for a wrong one (the file is refused anyway).
    fn weight(
        &mut self,
        weight: Option<&Spanned<toml::Value>>,
        id: &str,
        id_span: &Range<usize>,
    ) -> f64 {
        let lang = self.lang;
        let diagnostic = match (weight, self.uses_ahp) {
            (None, true) => return 1.0,
            (Some(weight), true) => {
                Diagnostic::error(Code::WeightAndAhp, tr!(lang, "validate-weight-and-ahp"))
                    .at(weight.span())
                    .help(tr!(lang, "validate-weight-and-ahp.help"))
            }
            (None, false) => Diagnostic::error(
                Code::MissingWeight,
                tr!(lang, "validate-criterion-missing-weight", id = id),
            )
            .at(id_span.clone())
            .help(tr!(lang, "validate-criterion-missing-weight.help")),
            (Some(weight), false) => match number(weight, lang, "weight") {
                Ok(value) if value > 0.0 => return value,
                Ok(value) => Diagnostic::error(
                    Code::WeightNotPositive,
                    tr!(
                        lang,
                        "validate-criterion-weight-not-positive",
                        id = id,
                        value = num(value, lang)
                    ),
                )
                .at(weight.span())
                .help(tr!(lang, "validate-criterion-weight-not-positive.help")),
                Err(diagnostic) => diagnostic,
            },
        };
        self.diagnostics.push(diagnostic);
        1.0
    }

    /// The must-have bounds `min` and `max`, each a finite number, `min` <= `max`.
    fn bounds(
        &mut self,
        min: Option<&Spanned<toml::Value>>,
        max: Option<&Spanned<toml::Value>>,
        id: &str,
        id_span: &Range<usize>,
    ) -> (Option<f64>, Option<f64>) {
        let lang = self.lang;
        let mut bound = |value: Option<&Spanned<toml::Value>>, key: &str| -> Option<f64> {
            number(value?, lang, key)
                .map_err(|diagnostic| self.diagnostics.push(diagnostic))
                .ok()
        };
        let (min_span, min) = (min.map(Spanned::span), bound(min, "min"));
        let max = bound(max, "max");
        if let (Some(lo), Some(hi)) = (min, max)
            && lo > hi
        {
            let span = min_span.unwrap_or_else(|| id_span.clone());
            self.diagnostics.push(
                Diagnostic::error(
                    Code::MinAboveMax,
                    tr!(
                        lang,
                        "validate-criterion-min-above-max",
                        min = num(lo, lang),
                        max = num(hi, lang),
                        id = id
                    ),
                )
                .at(span),
            );
        }
        (min, max)
    }

    /// A name, description or unit: one string for both languages, or both translations.
    fn text(&mut self, value: Option<&Spanned<toml::Value>>, what: &str) -> Option<Text> {
        translated(
            value?,
            what,
            TextForm::PlainAllowed,
            self.lang,
            self.diagnostics,
        )
    }
}
