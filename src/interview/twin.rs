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
//! applicable) gets the notice only, with the twin's answer in words.

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
/// order): the first one whose answer can be pre-selected here, else the first
/// linked one. `None` when no linked question is answered.
pub(super) fn find<'a>(
    here: (&Questionnaire, &Question),
    answered: impl Iterator<Item = (&'a Questionnaire, &'a Question, &'a AnswerValue)>,
    lang: Lang,
) -> Option<Twin> {
    let mut first: Option<Twin> = None;
    for (questionnaire, question, value) in answered {
        if !linked(here, (questionnaire, question)) {
            continue;
        }
        let from = format!("{}.{}", questionnaire.id, question.id);
        let answer = crate::tr!(lang, "quoted", text = describe(question, value, lang));
        let preselect = same_answer(here.1, question, value);
        let id = if preselect.is_some() {
            "interview-twin-preselected"
        } else {
            "interview-twin-choose"
        };
        let twin = Twin {
            notice: crate::tr!(lang, id, question = from.as_str(), answer = answer),
            from,
            preselect,
        };
        if twin.preselect.is_some() {
            return Some(twin);
        }
        first.get_or_insert(twin);
    }
    first
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
