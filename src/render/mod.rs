//! Renderers: pure functions from results to text. Commands write what they return.

pub mod bar;
pub mod brief;
pub mod chart;
pub mod check;
pub mod diff;
pub mod markdown;
pub mod rank;
pub mod report;
pub mod style;
pub mod xml;
