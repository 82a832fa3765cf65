//! One module per subcommand: the edges that load files, call the pure core and write.

pub(crate) mod check;
pub(crate) mod completions;
pub(crate) mod diff;
pub(crate) mod init;
pub(crate) mod interview;
pub(crate) mod man;
pub(crate) mod progress;
pub(crate) mod questionnaires;
pub(crate) mod rank;
pub(crate) mod report;
pub(crate) mod schema;
pub(crate) mod validate;
