//! Renderers: pure functions from results to text.

pub mod chart;
pub mod report;
pub mod xml;
