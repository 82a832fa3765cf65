//! A project brief: project facts, answers keyed by questionnaire then question,
//! and waivers. Positions are byte spans in the brief file; renderers turn them
//! into line:column through the file's line index (`diag::SourceFile`).

use std::ops::Range;

use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Project {
    pub name: Option<String>,
    pub client: Option<String>,
    pub sector: Option<String>,
    /// The assessment's day, written `YYYY-MM-DD` in files and JSON.
    pub date: Option<jiff::civil::Date>,
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
    /// Byte span of the answer's key in the brief file; `None` when the answer
    /// was given in the interview.
    pub span: Option<Range<usize>>,
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
    /// Byte span of the waiver's key in the brief file; `None` when not from a file.
    pub span: Option<Range<usize>>,
}

#[cfg(test)]
mod tests {
    use super::Project;

    #[test]
    fn the_date_is_written_as_iso_text_in_json() {
        let project = Project {
            date: Some(jiff::civil::date(2026, 3, 5)),
            ..Project::default()
        };
        let json = serde_json::to_value(&project).unwrap();
        assert_eq!(json["date"], "2026-03-05");
        assert_eq!(json["name"], serde_json::Value::Null);
    }
}
