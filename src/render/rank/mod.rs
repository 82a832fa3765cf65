//! Renderers of a [`Ranking`](crate::ranking::Ranking): a terminal table, JSON, CSV and Markdown. Pure: each
//! returns a `String`; text is in the language given.

mod common;
pub mod csv;
mod group;
pub mod json;
pub mod markdown;
pub mod table;

pub use self::csv::render_csv;
pub use self::json::render_json;
pub use self::markdown::render_markdown;
pub use self::table::{TableOptions, render_table, render_table_with};

#[cfg(test)]
mod tests;
