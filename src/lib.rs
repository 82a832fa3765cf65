//! `outsource`: decide whether, how and to whom to outsource customer relations.
//!
//! The pure core (`model`, `validate`, `readiness`, `ranking`, `render`) does no I/O;
//! the edges (`load`, `prompt`, `commands`) read files, prompt and write.
//!
//! The binary is [`main`] and nothing else. The library API is kept small on purpose:
//! the validators that turn TOML text into models, the models, and the pure readiness
//! and ranking core, which is what the benchmarks drive. Every module is private, so
//! the compiler (`unreachable_pub`, dead-code lints) sees what is really used.

mod app;
mod cli;
mod commands;
mod diag;
mod diff;
mod i18n;
mod interview;
mod lang;
mod load;
mod model;
mod prompt;
mod ranking;
mod readiness;
mod render;
mod scaffold;
mod schema;
mod suggest;
mod validate;

pub use app::main;
pub use diag::{Diagnostic, SourceFile};
pub use lang::Lang;
pub use load::BUILTIN_QUESTIONNAIRES;
pub use model::brief::Brief;
pub use model::criteria::{Criteria, Direction};
pub use model::offer::Offer;
pub use model::questionnaire::Questionnaire;
pub use ranking::method::Method;
pub use ranking::{DecisionMatrix, rank_offers};
pub use readiness::{Thresholds, assess};
pub use validate::brief::validate_brief;
pub use validate::criteria::validate_criteria;
pub use validate::offer::validate_offers;
pub use validate::questionnaire::validate_questionnaire;

/// Stochastic multicriteria acceptability analysis (SMAA-2) on its own.
pub mod smaa {
    pub use crate::ranking::smaa::{Cell, SmaaOptions, UncertainMatrix, WeightModel, analyse};
}
