//! A table of cells read from a CSV file or a workbook sheet, and the names of
//! its cells for messages (pure).

use std::ops::Range;

use crate::diag::{Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::tr;

/// One cell's content.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    Empty,
    Number(f64),
    Text(String),
    /// A date, a boolean or an error value, as the workbook shows it.
    Other(String),
}

impl Cell {
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text (a number written in full).
    pub(crate) fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Number(value) => value.to_string(),
            Cell::Text(text) | Cell::Other(text) => text.trim().to_owned(),
        }
    }
}

/// Where a table's cells are, to name them in messages.
#[derive(Clone, Debug)]
pub(crate) enum Locator {
    /// A workbook sheet; `origin` is the (row, column) of the first cell read,
    /// 0-based, as a sheet's used range need not start at A1.
    Sheet {
        file: String,
        sheet: String,
        origin: (u32, u32),
    },
    /// A CSV file: its text, and the byte span of each cell of each row.
    Csv {
        source: SourceFile,
        spans: Vec<Vec<Range<usize>>>,
    },
}

/// The rows of a table (the first one is the headers) and where they are.
#[derive(Clone, Debug)]
pub(crate) struct Table {
    pub rows: Vec<Vec<Cell>>,
    pub locator: Locator,
}

impl Table {
    /// The file the table comes from, as the user wrote it.
    pub(crate) fn file(&self) -> &str {
        match &self.locator {
            Locator::Sheet { file, .. } => file,
            Locator::Csv { source, .. } => &source.path,
        }
    }

    /// The cell at `row`, `column` (0-based in `rows`) named for a person:
    /// `offers.xlsx, sheet Offres, C7` or `offers.csv:7:12`.
    pub(crate) fn place(&self, row: usize, column: usize, lang: Lang) -> String {
        match &self.locator {
            Locator::Sheet {
                file,
                sheet,
                origin,
            } => {
                let row = usize::try_from(origin.0).unwrap_or(0) + row + 1;
                let column = usize::try_from(origin.1).unwrap_or(0) + column;
                let cell = format!("{}{row}", column_letters(column));
                tr!(
                    lang,
                    "sheet-cell",
                    file = file.clone(),
                    sheet = sheet.clone(),
                    cell = cell
                )
            }
            Locator::Csv { source, .. } => {
                let span = self.span(row, column).unwrap_or(0..0);
                let (line, col) = source.line_col(span.start);
                format!("{}:{line}:{col}", source.path)
            }
        }
    }

    /// The byte span of a CSV cell in [`Table::source`] (a cell past the end of
    /// a short row: just after its last cell); `None` for a workbook.
    pub(crate) fn span(&self, row: usize, column: usize) -> Option<Range<usize>> {
        let Locator::Csv { spans, .. } = &self.locator else {
            return None;
        };
        let cells = spans.get(row).map_or(&[][..], Vec::as_slice);
        Some(match cells.get(column) {
            Some(span) => span.clone(),
            None => cells.last().map_or(0..0, |last| last.end..last.end),
        })
    }

    /// The text of a CSV file, which the spans of its problems point into.
    pub(crate) fn source(&self) -> Option<&SourceFile> {
        match &self.locator {
            Locator::Csv { source, .. } => Some(source),
            Locator::Sheet { .. } => None,
        }
    }
}

/// A problem with its place, ready to report as a file of its own.
#[derive(Clone, Debug)]
pub(crate) struct Problem {
    pub place: String,
    pub diagnostic: Diagnostic,
}

impl Problem {
    /// The place as a [`SourceFile`] without text: the diagnostic renders as
    /// `--> offers.xlsx, sheet Offres, C7`.
    pub(crate) fn file(&self) -> SourceFile {
        SourceFile::new(self.place.clone(), "")
    }
}

/// Spreadsheet column letters of a 0-based column: 0 is A, 25 Z, 26 AA.
pub(crate) fn column_letters(column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_hand_computed() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(2), "C");
        assert_eq!(column_letters(25), "Z");
        // 26 = one full alphabet, then A: AA. 27 * 26 = 702 = ZZ + 1: AAA.
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn places_name_the_sheet_and_cell() {
        let table = Table {
            rows: vec![],
            locator: Locator::Sheet {
                file: "offers.xlsx".into(),
                sheet: "Offres".into(),
                origin: (0, 1),
            },
        };
        // Row index 6 is sheet row 7; column index 1 plus origin 1 is C.
        assert_eq!(table.place(6, 1, Lang::En), "offers.xlsx, sheet Offres, C7");
        assert_eq!(
            table.place(6, 1, Lang::Fr),
            "offers.xlsx, feuille Offres, C7"
        );
        let csv = Table {
            rows: vec![],
            locator: Locator::Csv {
                source: SourceFile::new("o.csv", "Acme,3\n"),
                spans: vec![vec![0..4, 5..6]],
            },
        };
        assert_eq!(csv.place(0, 1, Lang::En), "o.csv:1:6");
        // Past the row's end: just after `3`, byte 6, column 7.
        assert_eq!(csv.place(0, 5, Lang::En), "o.csv:1:7");
        assert_eq!(csv.span(0, 1), Some(5..6));
    }
}
