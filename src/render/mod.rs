//! Renderers: pure functions from results to text. Commands write what they return.

pub mod bar;
pub mod brief;
pub mod check;
pub mod diff;
pub mod rank;
