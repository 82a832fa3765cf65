//! Renderers of a [`Ranking`](crate::ranking::Ranking): a terminal table, JSON, CSV, Markdown and an xlsx workbook (bytes). Pure: each
//! returns a `String`; text is in the language given.

mod common;
pub(crate) mod compare;
pub(crate) mod csv;
pub(crate) mod disagreement;
mod group;
pub(crate) mod json;
pub(crate) mod markdown;
pub(crate) mod table;
pub(crate) mod xlsx;

pub(crate) use self::common::{drawn_values, intervals_legend, value_cell_text};
pub(crate) use self::csv::render_csv;
pub(crate) use self::group::group_ahp_lines;
pub(crate) use self::json::render_json;
pub(crate) use self::markdown::render_markdown;
pub(crate) use self::table::{TableOptions, render_table_with};
pub(crate) use self::xlsx::render_xlsx;

#[cfg(test)]
mod tests;
