//! Output of `outsource check`, one file per format.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use crate::diag::SourceFile;
use crate::model::brief::Brief;
use crate::model::questionnaire::Severity;
use crate::readiness::Assessment;

/// One checked brief: its file (for quoting lines), the brief, its assessment and
/// whether it passes the check's thresholds.
#[derive(Clone, Debug)]
pub struct Checked {
    pub file: SourceFile,
    pub brief: Brief,
    pub assessment: Assessment,
    pub passed: bool,
}

/// The check's result over every brief.
#[derive(Clone, Debug)]
pub struct CheckReport {
    pub briefs: Vec<Checked>,
    /// Unwaived findings of this severity or worse fail the check.
    pub fail_on: Severity,
}

impl CheckReport {
    pub fn passed(&self) -> bool {
        self.briefs.iter().all(|b| b.passed)
    }
}

/// Whether an unwaived finding of `severity` fails the check.
pub fn is_failing(severity: Severity, fail_on: Severity) -> bool {
    severity != Severity::Info && severity >= fail_on
}

/// `questionnaire.question`, the name a finding goes by.
pub fn finding_id(questionnaire: &str, question: &str) -> String {
    format!("{questionnaire}.{question}")
}
