use super::*;
use crate::lang::Text;
use crate::load::sheet::table::Locator;
use crate::model::criteria::{Criterion, Direction};

fn criteria() -> Criteria {
    let criterion = |id: &str, en: &str, fr: &str| Criterion {
        id: id.to_owned(),
        name: Text::new(en, fr),
        weight: 0.5,
        direction: Direction::Benefit,
        min: None,
        max: None,
        required: false,
        price: false,
        unit: None,
        scale: Default::default(),
    };
    Criteria {
        criteria: vec![
            criterion("quality", "Quality", "Qualité"),
            criterion("price", "Price per contact", "Prix par contact"),
        ],
        method: None,
        ahp: None,
        groups: None,
    }
}

fn text(cell: &str) -> Cell {
    if cell.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(cell.to_owned())
    }
}

fn sheet(rows: &[&[&str]]) -> Table {
    Table {
        rows: rows
            .iter()
            .map(|row| row.iter().map(|c| text(c)).collect())
            .collect(),
        locator: Locator::Sheet {
            file: "offers.xlsx".into(),
            sheet: "Offres".into(),
            origin: (0, 0),
        },
    }
}

fn places(problems: &[Problem]) -> Vec<(String, &'static str)> {
    problems
        .iter()
        .map(|p| (p.place.clone(), p.diagnostic.code.as_str()))
        .collect()
}

#[test]
fn headers_by_id_name_either_language_and_notes() {
    let table = sheet(&[
        &[
            "Prestataire",
            "QUALITÉ",
            "price per contact (€)",
            "note: price",
        ],
        &["Acme", "7", "2,5", "per contact"],
        &["", "", "", ""],
        &["Beta", "1 234,5", "", ""],
    ]);
    let (offers, names, problems) = offers_from_table(&table, &criteria(), Lang::En);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(offers.len(), 2);
    assert_eq!(offers[0].value("quality"), Some(7.0));
    // "2,5" with a decimal comma is 2.5.
    assert_eq!(offers[0].value("price"), Some(2.5));
    assert_eq!(
        offers[0].scores["price"].note.as_deref(),
        Some("per contact")
    );
    // "1 234,5": a space between digit groups, a decimal comma.
    assert_eq!(offers[1].value("quality"), Some(1234.5));
    assert_eq!(offers[1].value("price"), None);
    assert_eq!(offers[1].source, "offers.xlsx");
    // Beta is on sheet row 4 (the blank row 3 is skipped).
    assert_eq!(
        names,
        [
            "offers.xlsx, sheet Offres, A2",
            "offers.xlsx, sheet Offres, A4"
        ]
    );
}

#[test]
fn first_column_is_the_provider_and_source_column_is_kept() {
    let table = sheet(&[&["Offer", "source", "quality"], &["Acme", "bid-3.pdf", "1"]]);
    let (offers, _, problems) = offers_from_table(&table, &criteria(), Lang::En);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(offers[0].name, "Acme");
    assert_eq!(offers[0].source, "bid-3.pdf");
}

#[test]
fn every_problem_names_its_cell() {
    let table = sheet(&[
        &["provider", "quality", "speed", "quality", ""],
        &["Acme", "abc", "", "", "x"],
        &["Acme", "inf", "", "", ""],
    ]);
    let (offers, _, problems) = offers_from_table(&table, &criteria(), Lang::En);
    assert!(offers.is_empty());
    assert_eq!(
        places(&problems),
        [
            (
                "offers.xlsx, sheet Offres, C1".to_owned(),
                "unknown-criterion"
            ),
            (
                "offers.xlsx, sheet Offres, D1".to_owned(),
                "duplicate-criterion"
            ),
            (
                "offers.xlsx, sheet Offres, E1".to_owned(),
                "unknown-criterion"
            ),
            // The rows are checked too, without the columns of bad headers.
            ("offers.xlsx, sheet Offres, B2".to_owned(), "not-a-number"),
            (
                "offers.xlsx, sheet Offres, A3".to_owned(),
                "duplicate-provider"
            ),
        ]
    );
    let table = sheet(&[
        &["provider", "quality"],
        &["Acme", "abc"],
        &["Acme", "inf"],
        &["", "3"],
    ]);
    let (_, _, problems) = offers_from_table(&table, &criteria(), Lang::En);
    assert_eq!(
        places(&problems),
        [
            ("offers.xlsx, sheet Offres, B2".to_owned(), "not-a-number"),
            (
                "offers.xlsx, sheet Offres, A3".to_owned(),
                "duplicate-provider"
            ),
            ("offers.xlsx, sheet Offres, A4".to_owned(), "missing-name"),
        ]
    );
    assert_eq!(
        problems[1].diagnostic.label.as_deref(),
        Some("first at offers.xlsx, sheet Offres, A2")
    );
}

#[test]
fn empty_tables_and_tables_without_providers() {
    let (_, _, problems) = offers_from_table(&sheet(&[]), &criteria(), Lang::En);
    assert_eq!(problems[0].diagnostic.code.as_str(), "empty-file");
    let (_, _, problems) = offers_from_table(&sheet(&[&["provider"]]), &criteria(), Lang::En);
    assert_eq!(problems[0].diagnostic.code.as_str(), "no-offer");
    let (_, _, problems) =
        offers_from_table(&sheet(&[&["quality"], &["1"]]), &criteria(), Lang::En);
    assert_eq!(problems[0].diagnostic.code.as_str(), "missing-name");
}

#[test]
fn numbers_in_both_styles() {
    assert_eq!(parse_number("2.5"), Some(2.5));
    assert_eq!(parse_number(" 2,5 "), Some(2.5));
    assert_eq!(parse_number("1\u{202F}000"), Some(1000.0));
    assert_eq!(parse_number("-3e2"), Some(-300.0));
    assert_eq!(parse_number("1,000.5"), None);
    assert_eq!(parse_number("NaN"), None);
    assert_eq!(parse_number("infinity"), None);
    assert_eq!(parse_number("12 €"), None);
}

#[test]
fn a_note_without_a_value_is_a_warning() {
    let table = sheet(&[
        &["provider", "quality", "quality note", "note: price"],
        &["Acme", "", "to be confirmed", "per contact"],
        &["Beta", "x", "y", ""],
    ]);
    let (_, _, problems) = offers_from_table(&table, &criteria(), Lang::En);
    let found: Vec<(String, &str, bool)> = problems
        .iter()
        .map(|p| {
            (
                p.place.clone(),
                p.diagnostic.code.as_str(),
                p.diagnostic.is_error(),
            )
        })
        .collect();
    // Acme's two notes lack values (C2, D2: warnings); Beta's value is no number
    // (B3: an error), so its note is not said to lack one.
    assert_eq!(
        found,
        [
            (
                "offers.xlsx, sheet Offres, C2".to_owned(),
                "invalid-score",
                false
            ),
            (
                "offers.xlsx, sheet Offres, D2".to_owned(),
                "invalid-score",
                false
            ),
            (
                "offers.xlsx, sheet Offres, B3".to_owned(),
                "not-a-number",
                true
            ),
        ]
    );
    let table = sheet(&[
        &["provider", "quality", "note: quality"],
        &["Acme", "", "soon"],
    ]);
    let (offers, _, problems) = offers_from_table(&table, &criteria(), Lang::En);
    assert_eq!(offers.len(), 1);
    assert!(!problems[0].diagnostic.is_error());
}

#[test]
fn intervals_in_both_styles_and_with_negative_bounds() {
    let no_level = |_: &str| None;
    let read = |text: &str| value(&Cell::Text(text.to_owned()), no_level);
    let interval = |text: &str| read(text).ok().flatten().and_then(|s| s.interval);
    assert_eq!(
        interval("40..60"),
        Some(Interval {
            min: 40.0,
            max: 60.0
        })
    );
    // Decimal commas and spaces around the dots: 3,5 and 4,2.
    assert_eq!(
        interval(" 3,5 .. 4,2 "),
        Some(Interval { min: 3.5, max: 4.2 })
    );
    assert_eq!(
        interval("-5..-2"),
        Some(Interval {
            min: -5.0,
            max: -2.0
        })
    );
    // A digit-grouped French bound: 1 200 and 1 234,5.
    assert_eq!(
        interval("1\u{A0}200..1\u{A0}234,5"),
        Some(Interval {
            min: 1200.0,
            max: 1234.5
        })
    );
    // The midpoint counts: (40 + 60) / 2 = 50.
    assert_eq!(read("40..60").ok().flatten().map(|s| s.value), Some(50.0));
    // A one-point interval is kept as given: 5..5 has midpoint 5.
    assert_eq!(interval("5..5"), Some(Interval { min: 5.0, max: 5.0 }));
    assert!(matches!(read("60..40"), Err(Bad::Reversed(t)) if t == "60..40"));
    assert!(matches!(read("NaN..4"), Err(Bad::Bounds(_))));
    assert!(matches!(read("40..high"), Err(Bad::Bounds(_))));
    assert!(matches!(read("1..2..3"), Err(Bad::Bounds(_))));
    // A hyphen is a minus sign, never a range: `40-60` is no number.
    assert!(matches!(read("40-60"), Err(Bad::NotANumber(_))));
    // Level names as bounds, on a rubric.
    let level = |text: &str| match text.trim() {
        "basic" => Some(1.0),
        "good" => Some(2.0),
        _ => None,
    };
    let score = value(&Cell::Text("basic..good".to_owned()), level);
    assert_eq!(
        score.ok().flatten().and_then(|s| s.interval),
        Some(Interval { min: 1.0, max: 2.0 })
    );
}

#[test]
fn bad_intervals_name_their_cell() {
    let table = sheet(&[
        &["provider", "quality", "price"],
        &["Acme", "7..9", "3..2"],
        &["Beta", "x..1", "2"],
    ]);
    let (offers, _, problems) = offers_from_table(&table, &criteria(), Lang::En);
    assert!(offers.is_empty());
    assert_eq!(
        places(&problems),
        [
            ("offers.xlsx, sheet Offres, C2".to_owned(), "invalid-score"),
            ("offers.xlsx, sheet Offres, B3".to_owned(), "not-a-number"),
        ]
    );
    assert_eq!(
        problems[0].diagnostic.message,
        "Price per contact: the interval “3..2” has its lower bound above its upper bound"
    );
    let (offers, _, problems) = offers_from_table(
        &sheet(&[&["provider", "quality"], &["Acme", "7..9"]]),
        &criteria(),
        Lang::Fr,
    );
    assert!(problems.is_empty(), "{problems:?}");
    // (7 + 9) / 2 = 8.
    assert_eq!(offers[0].value("quality"), Some(8.0));
    assert_eq!(
        offers[0].scores["quality"].interval,
        Some(Interval { min: 7.0, max: 9.0 })
    );
}
