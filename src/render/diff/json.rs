//! JSON output of `diff`: `{"then": {"file", "project"}, "now": {…}, "questionnaires",
//! "score": {"then", "now", "delta"}, "coverage", "verdict": {"then", "now", "trend"},
//! "dimensions": [{"id", "title": {"fr", "en"}, "then", "now", "delta"}],
//! "findings": [{"status", "severity", "kind", "questionnaire", "question", "message",
//! "answer_score", "waived"}], "answers": [{"questionnaire", "question", "text", "then",
//! "now", "score"}], "unchanged_answers"}`.

use serde::Serialize;

use super::{DiffReport, Side};
use crate::diff::Diff;
use crate::model::brief::Project;

#[derive(Serialize)]
struct Output<'a> {
    then: SideOut<'a>,
    now: SideOut<'a>,
    #[serde(flatten)]
    diff: &'a Diff,
}

#[derive(Serialize)]
struct SideOut<'a> {
    file: &'a str,
    project: &'a Project,
}

impl<'a> From<&'a Side> for SideOut<'a> {
    fn from(side: &'a Side) -> Self {
        SideOut {
            file: &side.path,
            project: &side.project,
        }
    }
}

pub(crate) fn render(report: &DiffReport) -> String {
    let output = Output {
        then: (&report.then).into(),
        now: (&report.now).into(),
        diff: &report.diff,
    };
    let mut text = serde_json::to_string_pretty(&output).unwrap_or_default();
    text.push('\n');
    text
}
