//! The offers grid to send to providers (pure: a workbook as bytes): the layout
//! [`offers_from_table`](super::offers_from_table) reads back once filled in.
//! One row of headers, frozen: the provider column, one column per criterion
//! (its name in the user's language; its id, unit, direction and must-have
//! bounds in the header's note, and how to write an uncertain figure: `40..60`),
//! then one note column per criterion.

use rust_xlsxwriter::{Format, FormatAlign, Note, Workbook, XlsxError};

use crate::i18n::number;
use crate::lang::Lang;
use crate::model::criteria::{Criteria, Criterion, Direction};
use crate::tr;

/// Rows made ready for values (number format and width); more can be added.
const ROWS: u32 = 20;

/// The grid as `.xlsx` bytes.
pub fn offers_grid(criteria: &Criteria, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color("#DDEBF7");
    let note_header = Format::new()
        .set_italic()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let value = Format::new().set_num_format("General");
    let sheet = workbook.add_worksheet();
    sheet.set_name(tr!(lang, "sheet-grid-name"))?;
    sheet.write_string_with_format(0, 0, tr!(lang, "sheet-header-provider"), &header)?;
    let note = Note::new(tr!(lang, "sheet-grid-provider-note"))
        .add_author_prefix(false)
        .set_width(300)
        .set_height(100);
    sheet.insert_note(0, 0, &note)?;
    sheet.set_column_width(0, 28)?;
    let count = criteria.criteria.len();
    for (i, criterion) in criteria.criteria.iter().enumerate() {
        let column = u16::try_from(i + 1).unwrap_or(u16::MAX);
        let name = criterion.name.get(lang);
        sheet.write_string_with_format(0, column, name, &header)?;
        let note = Note::new(criterion_note(criterion, lang))
            .add_author_prefix(false)
            .set_width(300)
            .set_height(120);
        sheet.insert_note(0, column, &note)?;
        sheet.set_column_width(column, header_width(name))?;
        for row in 1..=ROWS {
            sheet.write_blank(row, column, &value)?;
        }
        let note_column = u16::try_from(count + i + 1).unwrap_or(u16::MAX);
        let note_title = tr!(lang, "sheet-note-header", criterion = name.to_owned());
        sheet.write_string_with_format(0, note_column, &note_title, &note_header)?;
        sheet.set_column_width(note_column, header_width(&note_title))?;
    }
    sheet.set_freeze_panes(1, 1)?;
    workbook.save_to_buffer()
}

/// A column wide enough for its header on two lines, within 12 to 40 characters.
fn header_width(text: &str) -> f64 {
    let chars = text.chars().count().div_ceil(2) + 2;
    f64::from(u32::try_from(chars.clamp(12, 40)).unwrap_or(40))
}

/// What a provider must know to fill in a criterion's column.
fn criterion_note(criterion: &Criterion, lang: Lang) -> String {
    let mut lines = vec![tr!(lang, "sheet-grid-note-id", id = criterion.id.clone())];
    if let Some(unit) = &criterion.unit {
        lines.push(tr!(
            lang,
            "sheet-grid-note-unit",
            unit = unit.get(lang).to_owned()
        ));
    }
    lines.push(match criterion.direction {
        Direction::Benefit | Direction::Utility => tr!(lang, "sheet-grid-note-benefit"),
        Direction::Cost => tr!(lang, "sheet-grid-note-cost"),
    });
    if let Some(min) = criterion.min {
        let min = number::trimmed(min, 6, lang);
        lines.push(tr!(lang, "sheet-grid-note-min", min = min));
    }
    if let Some(max) = criterion.max {
        let max = number::trimmed(max, 6, lang);
        lines.push(tr!(lang, "sheet-grid-note-max", max = max));
    }
    if criterion.required {
        lines.push(tr!(lang, "sheet-grid-note-required"));
    }
    lines.push(tr!(lang, "intervals-grid-note"));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;

    #[test]
    fn note_says_unit_direction_and_bounds() {
        let criterion = Criterion {
            id: "price".into(),
            name: Text::new("Price", "Prix"),
            weight: 1.0,
            direction: Direction::Cost,
            min: None,
            max: Some(3.5),
            required: true,
            price: true,
            unit: Some(Text::new("€ per contact", "€ par contact")),
            scale: Default::default(),
        };
        assert_eq!(
            criterion_note(&criterion, Lang::En),
            "id: price\nunit: € per contact\nlower is better\nmust-have criterion: at most 3.5\n\
             required: an offer without a value is excluded\n\
             an uncertain figure: write its bounds as 40..60"
        );
        assert!(criterion_note(&criterion, Lang::Fr).contains("au plus 3,5"));
    }

    #[test]
    fn widths_stay_in_bounds() {
        // 30 characters: 15 per line plus 2 = 17.
        assert_eq!(header_width(&"x".repeat(30)), 17.0);
        assert_eq!(header_width("x"), 12.0);
        assert_eq!(header_width(&"x".repeat(200)), 40.0);
    }
}
