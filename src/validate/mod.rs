//! Raw file contents to valid models, with diagnostics (pure).

mod common;
pub mod criteria;
pub mod offer;
