//! `outsource`: decide whether, how and to whom to outsource customer relations.
//!
//! The pure core (`model`, `validate`, `readiness`, `ranking`, `render`) does no I/O;
//! the edges (`load`, `prompt`, `commands`) read files, prompt and write.

pub mod app;
pub mod cli;
pub mod commands;
pub mod diag;
pub mod diff;
pub mod i18n;
pub mod interview;
pub mod lang;
pub mod load;
pub mod model;
pub mod prompt;
pub mod ranking;
pub mod readiness;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod suggest;
pub mod validate;
