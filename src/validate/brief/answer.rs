//! One answer, checked against its question's kind.

use toml::{Spanned, Value};

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::{Kind, Question};

impl Validator<'_> {
    /// Checks one answer; returns the value and its note.
    pub(super) fn answer(
        &mut self,
        question: &Question,
        raw: &Spanned<Value>,
    ) -> Option<(AnswerValue, Option<String>)> {
        let lang = self.lang;
        let span = raw.span();
        let (value, note) = match raw.get_ref() {
            Value::Table(table) => {
                for key in table.keys() {
                    if !matches!(key.as_str(), "value" | "note" | "not-applicable") {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::UnknownKey,
                                self.msg(
                                    format!("unknown key `{key}` in an answer"),
                                    format!("clé inconnue `{key}` dans une réponse"),
                                ),
                            )
                            .at(span.clone())
                            .label(lang.pick(
                                "expected `value`, `note` or `not-applicable`",
                                "attendu : `value`, `note` ou `not-applicable`",
                            )),
                        );
                        return None;
                    }
                }
                let note = match table.get("note") {
                    None => None,
                    Some(Value::String(s)) => Some(s.clone()),
                    Some(_) => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::InvalidType,
                                lang.pick("`note` must be a string", "`note` doit être une chaîne"),
                            )
                            .at(span.clone()),
                        );
                        return None;
                    }
                };
                match (table.get("value"), table.get("not-applicable")) {
                    (Some(_), Some(_)) => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::ConflictingAnswer,
                                lang.pick(
                                    "an answer has both `value` and `not-applicable`",
                                    "une réponse a à la fois `value` et `not-applicable`",
                                ),
                            )
                            .at(span.clone()),
                        );
                        return None;
                    }
                    (None, Some(Value::String(reason))) if !reason.trim().is_empty() => {
                        return Some((
                            AnswerValue::NotApplicable {
                                reason: reason.clone(),
                            },
                            note,
                        ));
                    }
                    (None, Some(_)) => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::MissingReason,
                                lang.pick("`not-applicable` needs a reason", "`not-applicable` demande une raison"),
                            )
                            .at(span.clone())
                            .label(lang.pick(
                                "expected not-applicable = \"why the question does not apply\"",
                                "attendu : not-applicable = \"pourquoi la question ne s'applique pas\"",
                            )),
                        );
                        return None;
                    }
                    (Some(value), None) => (value.clone(), note),
                    (None, None) => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::MissingValue,
                                lang.pick(
                                    "the answer has no `value`",
                                    "la réponse n'a pas de `value`",
                                ),
                            )
                            .at(span.clone()),
                        );
                        return None;
                    }
                }
            }
            other => (other.clone(), None),
        };
        let checked = self.value(question, &value);
        match checked {
            Ok(value) => Some((value, note)),
            Err((message, label)) => {
                self.diagnostics.push(
                    Diagnostic::error(Code::InvalidAnswer, message)
                        .at(span)
                        .label(label),
                );
                None
            }
        }
    }

    /// Checks a bare value against the question's kind; on error returns (message, label).
    fn value(&self, question: &Question, value: &Value) -> Result<AnswerValue, (String, String)> {
        let qid = &question.id;
        let wrong = |expected_en: &str, expected_fr: &str| {
            (
                self.msg(
                    format!(
                        "invalid answer to `{qid}` ({} question)",
                        question.kind.name()
                    ),
                    format!(
                        "réponse invalide à `{qid}` (question {})",
                        question.kind.name()
                    ),
                ),
                self.msg(
                    format!("expected {expected_en}"),
                    format!("attendu : {expected_fr}"),
                ),
            )
        };
        match (&question.kind, value) {
            (Kind::YesNo { .. }, Value::Boolean(b)) => Ok(AnswerValue::YesNo(*b)),
            (Kind::YesNo { .. }, _) => Err(wrong("true or false", "true ou false")),
            (Kind::Scale { .. }, Value::Integer(level)) if (0..=4).contains(level) => {
                Ok(AnswerValue::Level(u8::try_from(*level).unwrap_or(0)))
            }
            (Kind::Scale { .. }, _) => Err(wrong("a level from 0 to 4", "un niveau de 0 à 4")),
            (Kind::Choice { options }, Value::String(id))
                if options.iter().any(|o| &o.id == id) =>
            {
                Ok(AnswerValue::Choice(id.clone()))
            }
            (Kind::Choice { options }, _) => {
                let ids = option_list(options);
                Err(wrong(
                    &format!("one of: {ids}"),
                    &format!("l'une de : {ids}"),
                ))
            }
            (Kind::Multi { options }, Value::Array(items)) => {
                let mut chosen = Vec::new();
                for item in items {
                    match item {
                        Value::String(id) if options.iter().any(|o| &o.id == id) => {
                            if chosen.contains(id) {
                                return Err((
                                    self.msg(
                                        format!("`{id}` is chosen twice in `{qid}`"),
                                        format!("`{id}` est choisi deux fois dans `{qid}`"),
                                    ),
                                    self.lang
                                        .pick(
                                            "each option at most once",
                                            "chaque option une fois au plus",
                                        )
                                        .to_owned(),
                                ));
                            }
                            chosen.push(id.clone());
                        }
                        _ => {
                            let ids = option_list(options);
                            return Err(wrong(
                                &format!("a list of: {ids}"),
                                &format!("une liste parmi : {ids}"),
                            ));
                        }
                    }
                }
                Ok(AnswerValue::Multi(chosen))
            }
            (Kind::Multi { options }, _) => {
                let ids = option_list(options);
                Err(wrong(
                    &format!("a list of: {ids}"),
                    &format!("une liste parmi : {ids}"),
                ))
            }
            (Kind::Number { min, max, .. }, Value::Integer(_) | Value::Float(_)) => {
                let number = match value {
                    Value::Integer(i) => *i as f64,
                    Value::Float(f) => *f,
                    _ => f64::NAN,
                };
                let bounds = match (min, max) {
                    (Some(lo), Some(hi)) => format!("{lo}..={hi}"),
                    (Some(lo), None) => format!(">= {lo}"),
                    (None, Some(hi)) => format!("<= {hi}"),
                    (None, None) => String::new(),
                };
                let inside = number.is_finite()
                    && min.is_none_or(|lo| number >= lo)
                    && max.is_none_or(|hi| number <= hi);
                if inside {
                    Ok(AnswerValue::Number(number))
                } else if bounds.is_empty() {
                    Err(wrong("a finite number", "un nombre fini"))
                } else {
                    Err(wrong(
                        &format!("a number {bounds}"),
                        &format!("un nombre {bounds}"),
                    ))
                }
            }
            (Kind::Number { unit, .. }, _) => {
                let unit = unit.get(self.lang);
                Err(wrong(
                    &format!("a number ({unit})"),
                    &format!("un nombre ({unit})"),
                ))
            }
            (Kind::Text, Value::String(s)) => Ok(AnswerValue::Text(s.clone())),
            (Kind::Text, _) => Err(wrong("a string", "une chaîne de caractères")),
        }
    }
}

fn option_list(options: &[crate::model::questionnaire::Choice]) -> String {
    options
        .iter()
        .map(|o| o.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
