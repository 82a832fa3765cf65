//! Renderers: pure functions from results to text. Commands write what they return.

pub(crate) mod bar;
pub(crate) mod brief;
pub(crate) mod chart;
pub(crate) mod check;
pub(crate) mod diff;
pub(crate) mod markdown;
pub(crate) mod rank;
pub(crate) mod report;
pub(crate) mod style;
pub(crate) mod xml;
