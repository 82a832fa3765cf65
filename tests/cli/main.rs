//! The end-to-end tests, in one test binary so that a clean `cargo test` links
//! one executable instead of one per file. Each module is one former
//! `tests/*.rs` file. `common` holds the shared harness: every test runs the
//! binary through `common::outsource()` (or `outsource_std()`), which clears the
//! environment, so the developer's locale, colour and terminal settings never
//! change a result. Add a file as a module here, not as `tests/new.rs`.

mod common;

mod architecture;
mod bad_inputs;
mod check;
mod checkci;
mod ci_formats;
mod committee;
mod committee2;
mod conveniences;
mod followups;
mod intervals;
mod interview3;
mod interview_pty;
mod lang_cli;
mod leak;
mod progress;
mod prov2;
mod questionnaire_coverage;
mod rank;
mod readme;
mod report_browser;
mod report_cli;
mod report_offers;
mod schemas;
mod sheets;
mod smallfix;
mod trial;
