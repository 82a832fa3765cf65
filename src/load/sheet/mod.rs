//! Offers as a table (edge): a `.csv` file or the first sheet of an `.xlsx`,
//! `.xlsm`, `.xls` or `.ods` workbook, one row per provider and one column per
//! criterion, read into the same [`Offer`]s as an offer TOML file, so ranking is
//! identical whatever the file kind.
//!
//! The layout (also what `outsource init --offers-workbook` writes):
//! - the first row holds the headers;
//! - a provider column: headed `provider`, `prestataire`, `name` or `nom`, or else
//!   the first column when its header is no criterion;
//! - one column per criterion, headed by its id or its name in either language;
//! - optional note columns, headed `note: <criterion>` or `<criterion> note`
//!   (`remarque`, `comment` and `commentaire` too);
//! - an optional `source` column, where the offer comes from (it replaces the
//!   file name in the ranking's `source`).
//!
//! A value cell holds a number, a rubric level's name, or an uncertain value as
//! an interval `min..max` (`40..60`, `-5..-2`, `3,5..4,2`: two dots cannot be
//! read as a minus sign or a decimal comma), ranked by its midpoint and drawn
//! uniformly by `--sensitivity`, like `{ min, max }` in an offer file.
//!
//! Empty cells are missing values; empty rows are skipped. Every problem names
//! its place: `offers.xlsx, sheet Offres, C7`, or `offers.csv:7:12` (line and
//! column) for CSV.

mod grid;
mod offers;
mod read;
mod table;

pub use self::grid::offers_grid;
pub(crate) use self::offers::offers_from_table;
pub(crate) use self::read::read_table;
pub(crate) use self::table::Problem;

/// Whether a path names a table of offers rather than a TOML file.
pub fn is_table(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| {
            ["csv", "xlsx", "xlsm", "xls", "ods"].contains(&ext.to_ascii_lowercase().as_str())
        })
}
