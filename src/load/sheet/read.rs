//! Reading a table of offers from disk (edge): CSV with the `csv` crate, the
//! first sheet of a workbook with `calamine`.

use std::ops::Range;
use std::path::Path;

use calamine::{Data, Reader as _};

use super::table::{Cell, Locator, Table};
use crate::diag::SourceFile;
use crate::load::error::{FileError, IoContext as _};

/// The table of a `.csv` file or of a workbook's first sheet. A file that cannot
/// be read, or is not a table, is an error naming it.
pub(crate) fn read_table(path: &Path) -> anyhow::Result<Table> {
    let is_csv = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("csv"));
    if is_csv {
        let bytes = std::fs::read(path).file_error("error-read", path)?;
        let Ok(text) = String::from_utf8(bytes) else {
            return Err(FileError::new("sheet-csv-not-utf8", path).into());
        };
        read_csv(path, &text)
    } else {
        read_workbook(path)
    }
}

/// A CSV text: its delimiter (`,`, `;` or a tab) is the one its first line uses
/// most, as spreadsheets set to French write `;`.
fn read_csv(path: &Path, text: &str) -> anyhow::Result<Table> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut spans = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(0, csv::Position::line);
            FileError::new("sheet-csv-invalid", path)
                .arg("line", line)
                .arg("detail", error.to_string())
        })?;
        let byte = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0));
        spans.push(cell_spans(text, byte, delimiter));
        rows.push(
            record
                .iter()
                .map(|field| {
                    if field.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(field.to_owned())
                    }
                })
                .collect(),
        );
    }
    Ok(Table {
        rows,
        locator: Locator::Csv {
            source: SourceFile::new(path.display().to_string(), text),
            spans,
        },
    })
}

/// The delimiter the first line uses most (outside quotes); `,` when none.
fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let best = (0..3).fold(0, |best, i| if counts[i] > counts[best] { i } else { best });
    candidates[best]
}

/// The byte span of each cell of the record starting at byte `start` (quotes
/// included; a quoted cell may run over several lines).
fn cell_spans(text: &str, start: usize, delimiter: u8) -> Vec<Range<usize>> {
    let delimiter = char::from(delimiter);
    // The reader's position is before any blank lines it skipped.
    let rest = text.get(start..).unwrap_or_default();
    let start = start + rest.len() - rest.trim_start_matches(['\n', '\r']).len();
    let mut out = Vec::new();
    let mut cell = start;
    let mut quoted = false;
    for (i, c) in text.get(start..).unwrap_or_default().char_indices() {
        let at = start + i;
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => {
                out.push(cell..at);
                return out;
            }
            c if c == delimiter && !quoted => {
                out.push(cell..at);
                cell = at + 1;
            }
            _ => {}
        }
    }
    out.push(cell..text.len());
    out
}

/// The first sheet of a workbook, from its first used cell.
fn read_workbook(path: &Path) -> anyhow::Result<Table> {
    let unreadable =
        |detail: String| FileError::new("sheet-unreadable", path).arg("detail", detail);
    // A missing or unreadable file gets the same message as any other input.
    std::fs::File::open(path).file_error("error-read", path)?;
    let mut workbook = calamine::open_workbook_auto(path).map_err(|error| match error {
        calamine::Error::Io(io) => FileError::new("error-read", path).io(io),
        other => unreadable(other.to_string()),
    })?;
    let Some(sheet) = workbook.sheet_names().first().cloned() else {
        return Err(FileError::new("sheet-no-sheet", path).into());
    };
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|error| unreadable(error.to_string()))?;
    let rows = range
        .rows()
        .map(|row| row.iter().map(cell).collect())
        .collect();
    Ok(Table {
        rows,
        locator: Locator::Sheet {
            file: path.display().to_string(),
            sheet,
            origin: range.start().unwrap_or((0, 0)),
        },
    })
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        // i64 -> f64 rounds above 2^53, far beyond any figure of an offer.
        #[allow(clippy::cast_precision_loss)]
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Other(b.to_string()),
        Data::DateTime(d) => Cell::Other(d.to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Other(s.clone()),
        Data::Error(e) => Cell::Other(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_is_the_most_used_on_the_first_line() {
        assert_eq!(sniff_delimiter("a,b,c\n1;2;3;4;5\n"), b',');
        assert_eq!(sniff_delimiter("provider;price;\"a,b\"\n"), b';');
        assert_eq!(sniff_delimiter("a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter("single\n"), b',');
    }

    #[test]
    fn cell_spans_hand_computed() {
        // `Acme,"x,y",3`: Acme is bytes 0..4, `"x,y"` 5..10 (quotes included), 3 is 11..12.
        assert_eq!(
            cell_spans("Acme,\"x,y\",3\n", 0, b','),
            [0..4, 5..10, 11..12]
        );
        // A record after a blank line (the reader's position is at the blank
        // line, byte 2), with a quoted cell over two lines: `A` is 3..4, the
        // quoted cell 5..10, `3` 11..12.
        assert_eq!(
            cell_spans("h\n\nA,\"a\nb\",3\n", 2, b','),
            [3..4, 5..10, 11..12]
        );
    }

    #[test]
    fn csv_cells_keep_their_text_and_lines() {
        let table = read_csv(Path::new("o.csv"), "provider;price\nAcme;2,5\n\nBeta;\n").unwrap();
        assert_eq!(table.rows.len(), 3);
        assert_eq!(table.rows[1][1], Cell::Text("2,5".into()));
        assert_eq!(table.rows[2][1], Cell::Empty);
        // Beta is on line 4: the blank line 3 is no record.
        assert_eq!(table.place(2, 1, crate::lang::Lang::En), "o.csv:4:6");
    }
}
