//! One module per subcommand: the edges that load files, call the pure core and write.

pub mod check;
pub mod completions;
pub mod diff;
pub mod init;
pub mod interview;
pub mod man;
pub mod progress;
pub mod questionnaires;
pub mod rank;
pub mod report;
pub mod schema;
pub mod validate;
