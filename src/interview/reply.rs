//! What the consultant did at a prompt, and what it did to the interview.

use super::fact::Fact;
use crate::model::brief::AnswerValue;

/// A value as the prompter got it. Numbers stay as typed: the interview parses
/// them, so an invalid one is asked again with the reason.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Raw {
    YesNo(bool),
    /// Scale level, 0..=4.
    Level(u8),
    /// Choice option id.
    Choice(String),
    /// Multi option ids.
    Multi(Vec<String>),
    Number(String),
    /// A text answer, a project fact, a note or a reason, as typed.
    Text(String),
}

/// What the consultant did at a prompt.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Reply {
    Answer(Raw),
    /// Not applicable; with an empty reason, the reason is asked next.
    NotApplicable {
        reason: String,
    },
    /// Enter on an empty field, Esc on a list: the next step, the answer kept.
    Skip,
    Back,
    /// "Save and quit".
    Quit,
    /// Ctrl-C.
    Interrupted,
}

/// How the interview ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum End {
    /// Every step was walked through.
    Finished,
    Quit,
    Interrupted,
}

/// What a reply did.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Applied {
    /// Something was recorded: save it when `changed`, then show `echo`. The
    /// screen confirms only what is on disk.
    Recorded {
        changed: bool,
        echo: Echo,
    },
    /// Moved (or stayed, with an error to show); nothing to save.
    Moved,
    Ended(End),
}

/// What the screen confirms after a reply was recorded.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Echo {
    Fact {
        fact: Fact,
        value: String,
    },
    Answer {
        questionnaire: String,
        question: String,
        value: AnswerValue,
        /// The value in words, in the interview's language.
        shown: String,
    },
    /// The answer is "not applicable" with this reason.
    NotApplicable {
        questionnaire: String,
        question: String,
        reason: String,
    },
    Note {
        questionnaire: String,
        question: String,
        note: Option<String>,
    },
}
