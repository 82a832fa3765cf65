//! Output of `outsource diff`, one file per format.

pub(crate) mod human;
pub(crate) mod json;

use crate::diff::Diff;
use crate::model::brief::Project;

/// One of the compared briefs, as the renderers name it.
#[derive(Clone, Debug)]
pub(crate) struct Side {
    pub path: String,
    pub project: Project,
}

/// The diff with the two briefs it compares.
#[derive(Clone, Debug)]
pub(crate) struct DiffReport {
    pub then: Side,
    pub now: Side,
    pub diff: Diff,
}
