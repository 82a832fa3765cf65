//! One answer, checked against its question's kind.

use toml::{Spanned, Value};

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::{Choice, Kind, Question};

/// Why a value is refused: its code, message and label.
type Rejected = (Code, String, String);

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
                                crate::tr!(lang, "brief-answer-unknown-key", key = key.as_str()),
                            )
                            .at(span.clone())
                            .label(crate::tr!(lang, "brief-answer-unknown-key-label")),
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
                                crate::tr!(lang, "brief-note-not-string"),
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
                                crate::tr!(lang, "brief-answer-conflict"),
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
                                crate::tr!(lang, "brief-not-applicable-reason"),
                            )
                            .at(span.clone())
                            .label(crate::tr!(lang, "brief-not-applicable-reason-label")),
                        );
                        return None;
                    }
                    (Some(value), None) => (value.clone(), note),
                    (None, None) => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::MissingValue,
                                crate::tr!(lang, "brief-answer-no-value"),
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
            Err((code, message, label)) => {
                self.diagnostics
                    .push(Diagnostic::error(code, message).at(span).label(label));
                None
            }
        }
    }

    /// Checks a bare value against the question's kind; on error returns the code, message and label.
    fn value(&self, question: &Question, value: &Value) -> Result<AnswerValue, Rejected> {
        let lang = self.lang;
        let qid = question.id.as_str();
        let wrong = |expected: String| {
            (
                Code::InvalidAnswer,
                crate::tr!(
                    lang,
                    "brief-invalid-answer",
                    question = qid,
                    kind = crate::tr!(lang, "checkci-question-kind", kind = question.kind.name())
                ),
                crate::tr!(lang, "brief-expected", what = expected),
            )
        };
        match (&question.kind, value) {
            (Kind::YesNo { .. }, Value::Boolean(b)) => Ok(AnswerValue::YesNo(*b)),
            (Kind::YesNo { .. }, _) => Err(wrong(crate::tr!(lang, "brief-expected-bool"))),
            (Kind::Scale { .. }, Value::Integer(level)) if (0..=4).contains(level) => {
                Ok(AnswerValue::Level(u8::try_from(*level).unwrap_or(0)))
            }
            (Kind::Scale { .. }, _) => Err(wrong(crate::tr!(lang, "brief-expected-level"))),
            (Kind::Choice { options }, Value::String(id))
                if options.iter().any(|o| &o.id == id) =>
            {
                Ok(AnswerValue::Choice(id.clone()))
            }
            (Kind::Choice { options }, _) => Err(wrong(crate::tr!(
                lang,
                "brief-expected-choice",
                ids = option_list(options)
            ))),
            (Kind::Multi { options }, Value::Array(items)) => {
                self.ticks(qid, options, items, wrong)
            }
            (Kind::Multi { options }, _) => Err(wrong(crate::tr!(
                lang,
                "brief-expected-multi",
                ids = option_list(options)
            ))),
            (Kind::Number { min, max, .. }, Value::Integer(_) | Value::Float(_)) => {
                let number = match value {
                    Value::Integer(i) => *i as f64,
                    Value::Float(f) => *f,
                    _ => f64::NAN,
                };
                let inside = number.is_finite()
                    && min.is_none_or(|lo| number >= lo)
                    && max.is_none_or(|hi| number <= hi);
                let expected = match (*min, *max) {
                    _ if inside => return Ok(AnswerValue::Number(number)),
                    (Some(min), Some(max)) => {
                        crate::tr!(lang, "brief-expected-between", min = min, max = max)
                    }
                    (Some(min), None) => crate::tr!(lang, "brief-expected-at-least", min = min),
                    (None, Some(max)) => crate::tr!(lang, "brief-expected-at-most", max = max),
                    (None, None) => crate::tr!(lang, "brief-expected-finite"),
                };
                Err(wrong(expected))
            }
            (Kind::Number { unit, .. }, _) => Err(wrong(crate::tr!(
                lang,
                "brief-expected-number-unit",
                unit = unit.get(lang)
            ))),
            (Kind::Text, Value::String(s)) => Ok(AnswerValue::Text(s.clone())),
            (Kind::Text, _) => Err(wrong(crate::tr!(lang, "brief-expected-string"))),
        }
    }

    /// The options ticked in a multi question: known, each at most once, and an
    /// exclusive option (`exclusive = true`: "none", "not decided yet") alone.
    fn ticks(
        &self,
        qid: &str,
        options: &[Choice],
        items: &[Value],
        wrong: impl Fn(String) -> Rejected,
    ) -> Result<AnswerValue, Rejected> {
        let lang = self.lang;
        let mut chosen: Vec<String> = Vec::new();
        for item in items {
            match item {
                Value::String(id) if options.iter().any(|o| &o.id == id) => {
                    if chosen.contains(id) {
                        return Err((
                            Code::InvalidAnswer,
                            crate::tr!(
                                lang,
                                "brief-chosen-twice",
                                option = id.as_str(),
                                question = qid
                            ),
                            crate::tr!(lang, "brief-chosen-twice-label"),
                        ));
                    }
                    chosen.push(id.clone());
                }
                _ => {
                    return Err(wrong(crate::tr!(
                        lang,
                        "brief-expected-multi",
                        ids = option_list(options)
                    )));
                }
            }
        }
        let exclusive = options
            .iter()
            .find(|o| o.exclusive && chosen.contains(&o.id));
        if let Some(option) = exclusive.filter(|_| chosen.len() > 1) {
            let option = option.id.as_str();
            return Err((
                Code::ExclusiveOption,
                crate::tr!(
                    lang,
                    "brief-exclusive-ticked",
                    option = option,
                    question = qid
                ),
                crate::tr!(lang, "brief-exclusive-ticked-label", option = option),
            ));
        }
        Ok(AnswerValue::Multi(chosen))
    }
}

fn option_list(options: &[Choice]) -> String {
    options
        .iter()
        .map(|o| o.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
