//! Waivers: the risks the client accepts.

use std::collections::BTreeMap;

use toml::{Spanned, Value};

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::model::brief::Waiver;

impl Validator<'_> {
    /// Waivers are `"questionnaire.question" = "reason"`, or a nested table
    /// `[waivers.questionnaire] question = "reason"`. Whether they match a weak
    /// answer is for the assessment to say (stale waivers).
    pub(super) fn waivers(
        &mut self,
        raw: &BTreeMap<Spanned<String>, Spanned<Value>>,
    ) -> Vec<Waiver> {
        let lang = self.lang;
        let mut out = Vec::new();
        let mut entries: Vec<_> = raw.iter().collect();
        entries.sort_by_key(|(key, _)| key.span().start);
        for (key, value) in entries {
            let span = Some(key.span());
            match value.get_ref() {
                Value::String(reason) => {
                    let Some((questionnaire, question)) = key.get_ref().split_once('.') else {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::InvalidWaiver,
                                crate::tr!(
                                    self.lang,
                                    "brief-waiver-no-question",
                                    key = key.get_ref().as_str()
                                ),
                            )
                            .at(key.span())
                            .label(crate::tr!(lang, "brief-waiver-no-question-label")),
                        );
                        continue;
                    };
                    if self.reason_ok(reason, value) {
                        out.push(Waiver {
                            questionnaire: questionnaire.to_owned(),
                            question: question.to_owned(),
                            reason: reason.clone(),
                            span: span.clone(),
                        });
                    }
                }
                Value::Table(table) => {
                    for (question, reason) in table {
                        match reason {
                            Value::String(reason) if self.reason_ok(reason, value) => {
                                out.push(Waiver {
                                    questionnaire: key.get_ref().clone(),
                                    question: question.clone(),
                                    reason: reason.clone(),
                                    span: span.clone(),
                                })
                            }
                            Value::String(_) => {}
                            _ => self.diagnostics.push(
                                Diagnostic::error(
                                    Code::InvalidWaiver,
                                    crate::tr!(lang, "brief-waiver-reason-not-string"),
                                )
                                .at(value.span()),
                            ),
                        }
                    }
                }
                _ => self.diagnostics.push(
                    Diagnostic::error(
                        Code::InvalidWaiver,
                        crate::tr!(lang, "brief-waiver-reason-not-string"),
                    )
                    .at(value.span())
                    .label(crate::tr!(lang, "brief-waiver-reason-label")),
                ),
            }
        }
        out
    }

    fn reason_ok(&mut self, reason: &str, value: &Spanned<Value>) -> bool {
        if !reason.trim().is_empty() {
            return true;
        }
        self.diagnostics.push(
            Diagnostic::error(
                Code::MissingReason,
                crate::tr!(self.lang, "brief-waiver-no-reason"),
            )
            .at(value.span()),
        );
        false
    }
}
