//! `same-as` twins: questions of different questionnaires that ask one fact (a
//! named internal owner, asked by three of them). When a question comes up
//! unanswered and its twin was answered in the same brief, the interview says so
//! and, when this question has an answer that says the same, pre-selects it: the
//! consultant confirms it (Enter) or picks another. Nothing is recorded unless
//! confirmed, so what is saved is what the screen showed.
//!
//! "Says the same" is kept narrow, so nothing is invented:
//! - a yes-no question takes the yes or the no that scores exactly what the
//!   twin's answer scores: a yes-no twin, or a choice twin at the top or the
//!   bottom of its scale (`named-dedicated`, 1, is yes; `none`, 0, is no);
//! - a choice question takes the same option id, when it scores the same here.
//!
//! Anything else (a twin's middle answer such as "planned, nobody named yet", a
//! yes that a richer list would have to guess from, scales, numbers, not
//! applicable, twins that disagree) gets the notice only, with each twin's
//! answer in words.

use super::value::describe;
use crate::lang::Lang;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::{Kind, Question, Questionnaire};
use crate::readiness::score_answer;

/// A twin's answer, as shown before a question.
#[derive(Clone, Debug, PartialEq)]
pub struct Twin {
    /// `questionnaire.question` of the twin.
    pub from: String,
    /// What the screen says, from the catalogue.
    pub notice: String,
    /// This question's answer that says the same, pre-selected; `None` when
    /// there is none (the notice says to choose).
    pub preselect: Option<AnswerValue>,
}

/// The id that holds a `same-as` group together: the question a question links
/// to, else its own.
fn group(questionnaire: &Questionnaire, question: &Question) -> String {
    question
        .same_as
        .clone()
        .unwrap_or_else(|| format!("{}.{}", questionnaire.id, question.id))
}

/// Whether two questions ask the same fact (and are not the same question).
pub(super) fn linked(
    (qa, a): (&Questionnaire, &Question),
    (qb, b): (&Questionnaire, &Question),
) -> bool {
    (qa.id != qb.id || a.id != b.id) && group(qa, a) == group(qb, b)
}

/// The twin shown before `question`, from the `answered` questions (in asking
/// order); `None` when no linked question is answered. An answer is pre-selected
/// only when every answered twin leads to it: twins that disagree (a "no" here,
/// a "part-time owner" there) are all shown, and the consultant chooses.
pub(super) fn find<'a>(
    here: (&Questionnaire, &Question),
    answered: impl Iterator<Item = (&'a Questionnaire, &'a Question, &'a AnswerValue)>,
    lang: Lang,
) -> Option<Twin> {
    // (`questionnaire.question`, its answer in words, the same answer here)
    let twins: Vec<(String, String, Option<AnswerValue>)> = answered
        .filter(|(questionnaire, question, _)| linked(here, (questionnaire, question)))
        .map(|(questionnaire, question, value)| {
            (
                format!("{}.{}", questionnaire.id, question.id),
                crate::tr!(lang, "quoted", text = describe(question, value, lang)),
                same_answer(here.1, question, value),
            )
        })
        .collect();
    let (from, answer, first) = twins.first()?.clone();
    let agreed = first.filter(|value| twins.iter().all(|t| t.2.as_ref() == Some(value)));
    let notice = if agreed.is_some() {
        crate::tr!(
            lang,
            "interview-twin-preselected",
            question = from.as_str(),
            answer = answer
        )
    } else if twins.len() == 1 {
        crate::tr!(
            lang,
            "interview-twin-choose",
            question = from.as_str(),
            answer = answer
        )
    } else {
        let each: Vec<String> = twins
            .iter()
            .map(|(question, answer, _)| {
                crate::tr!(
                    lang,
                    "interview-twin-item",
                    question = question.as_str(),
                    answer = answer.as_str()
                )
            })
            .collect();
        let separator = crate::tr!(lang, "interview-twin-separator");
        crate::tr!(lang, "interview-twin-differ", twins = each.join(&separator))
    };
    Some(Twin {
        from,
        notice,
        preselect: agreed,
    })
}

/// This question's answer that says what `value` says to `twin` (see the module
/// documentation), or `None`.
fn same_answer(question: &Question, twin: &Question, value: &AnswerValue) -> Option<AnswerValue> {
    let score = score_answer(&twin.kind, value)?;
    let candidate = match (&question.kind, value) {
        (Kind::YesNo { yes, no }, _) => {
            // Exactly one of yes and no scores the same.
            match (*yes == score, *no == score) {
                (true, false) => AnswerValue::YesNo(true),
                (false, true) => AnswerValue::YesNo(false),
                _ => return None,
            }
        }
        (Kind::Choice { options }, AnswerValue::Choice(id))
            if options.iter().any(|o| &o.id == id) =>
        {
            value.clone()
        }
        _ => return None,
    };
    (score_answer(&question.kind, &candidate) == Some(score)).then_some(candidate)
}
