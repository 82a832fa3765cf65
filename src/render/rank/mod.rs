//! Renderers of a [`Ranking`](crate::ranking::Ranking): a terminal table, JSON, CSV, Markdown and an xlsx workbook (bytes). Pure: each
//! returns a `String`; text is in the language given.

mod common;
pub mod compare;
pub mod csv;
pub(crate) mod disagreement;
mod group;
pub mod json;
pub mod markdown;
pub mod table;
pub mod xlsx;

pub(crate) use self::common::drawn_values;
pub use self::csv::render_csv;
pub use self::json::render_json;
pub use self::markdown::render_markdown;
pub use self::table::{TableOptions, render_table, render_table_with};
pub use self::xlsx::render_xlsx;

#[cfg(test)]
mod tests;
