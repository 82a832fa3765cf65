//! What the interview asks the prompter, and how it opens.

use super::fact::Fact;
use super::twin::Twin;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::{Question, Questionnaire};

/// An answer held by the interview: its value and the consultant's note.
#[derive(Clone, Debug, PartialEq)]
pub struct Recorded {
    pub value: AnswerValue,
    pub note: Option<String>,
}

/// What the prompter must ask now.
#[derive(Clone, Debug)]
pub struct Request<'a> {
    pub asking: Asking<'a>,
    /// Why the previous reply was refused (ask again, saying so).
    pub error: Option<String>,
    /// Whether there is a previous step to go back to.
    pub can_go_back: bool,
}

#[derive(Clone, Debug)]
pub enum Asking<'a> {
    Fact {
        fact: Fact,
        /// The current value, or today for the date: Enter keeps it.
        default: Option<String>,
    },
    Question {
        questionnaire: &'a Questionnaire,
        question: &'a Question,
        /// The dimension's title in the request's language.
        dimension: &'a str,
        /// 1-based number among all the questions asked, and their count.
        number: usize,
        total: usize,
        /// The current answer: the default of the prompt.
        current: Option<&'a Recorded>,
        /// The answer itself, its note, or why it does not apply.
        stage: Stage,
        /// An unanswered question's `same-as` twin answered in the brief: a
        /// notice to show, and the answer to pre-select (not recorded until
        /// confirmed).
        twin: Option<Twin>,
    },
}

/// What is asked about a question: first the answer; after an answer its note,
/// after "not applicable" without a reason the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Answer,
    Note,
    Reason,
}

/// How the interview starts, for the opening message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Nothing answered yet.
    Fresh { total: usize },
    /// Some questions answered: starts at the first unanswered one.
    Resume { answered: usize, total: usize },
    /// Every question answered already (and no `--review`).
    Complete { total: usize },
    /// `--review`: every step, the current answers as defaults.
    Review { answered: usize, total: usize },
}
