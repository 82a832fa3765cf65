//! A project brief: project facts, answers keyed by questionnaire then question,
//! and waivers.

use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Project {
    pub name: Option<String>,
    pub client: Option<String>,
    pub sector: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub author: Option<String>,
    /// The language the brief was written in: later commands on it speak it
    /// unless `--lang` says otherwise.
    pub lang: Option<crate::lang::Lang>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Brief {
    pub project: Project,
    /// Questionnaire ids the brief is assessed against, in order.
    pub questionnaires: Vec<String>,
    pub answers: Vec<Answer>,
    pub waivers: Vec<Waiver>,
}

impl Brief {
    pub fn answer(&self, questionnaire: &str, question: &str) -> Option<&Answer> {
        self.answers
            .iter()
            .find(|answer| answer.questionnaire == questionnaire && answer.question == question)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Answer {
    pub questionnaire: String,
    pub question: String,
    pub value: AnswerValue,
    pub note: Option<String>,
    /// 1-based line of the answer in the brief file (0 when not from a file).
    pub line: usize,
}

/// An answer, already checked against its question's kind.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", untagged)]
pub enum AnswerValue {
    YesNo(bool),
    /// Scale level 0..=4.
    Level(u8),
    /// Choice option id.
    Choice(String),
    /// Multi option ids.
    Multi(Vec<String>),
    Number(f64),
    Text(String),
    /// The question does not apply; it leaves the weights.
    NotApplicable {
        reason: String,
    },
}

/// The client accepts the risk of a weak answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Waiver {
    pub questionnaire: String,
    pub question: String,
    pub reason: String,
    pub line: usize,
}
