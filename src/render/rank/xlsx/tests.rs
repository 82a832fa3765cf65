use std::io::Cursor;

use calamine::{Data, Reader as _};

use super::*;
use crate::lang::Text;
use crate::model::criteria::{Criteria, Criterion};
use crate::model::offer::Offer;
use crate::ranking::method::Method;
use crate::ranking::rank_offers;

fn criterion(id: &str, weight: f64, direction: Direction) -> Criterion {
    Criterion {
        id: id.to_owned(),
        name: Text::new(id, format!("{id} (fr)")),
        weight,
        direction,
        min: None,
        max: (direction == Direction::Cost).then_some(5.0),
        required: false,
        price: false,
        unit: None,
        scale: Default::default(),
    }
}

/// Quality (benefit, weight 0.75) and price (cost, weight 0.25, at most 5).
fn ranking() -> Ranking {
    let criteria = Criteria {
        criteria: vec![
            criterion("quality", 0.75, Direction::Benefit),
            criterion("price", 0.25, Direction::Cost),
        ],
        method: None,
        ahp: None,
        groups: None,
    };
    let offers = [
        Offer::new("A", [("quality", 10.0), ("price", 2.0)]),
        Offer::new("B", [("quality", 0.0), ("price", 1.0)]),
        Offer::new("C", [("quality", 5.0), ("price", 9.0)]),
    ];
    rank_offers(&criteria, &offers, Method::WeightedSum)
}

fn sheets(bytes: Vec<u8>) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

#[test]
fn every_figure_is_a_number_in_its_sheet() {
    let book = sheets(render_xlsx(&ranking(), Lang::En).unwrap());
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Ranking",
            "Values",
            "Normalised",
            "Contributions",
            "Exclusions",
            "Weights"
        ]
    );
    // C is excluded (price 9 > 5). Min-max over A and B: A has quality 1 and
    // price 0 (2 is the dearest), B quality 0 and price 1. Scores: A 0.75 × 1 =
    // 0.75, B 0.25 × 1 = 0.25.
    let ranking = &book[0].1;
    assert_eq!(
        ranking[1][..3],
        [Data::Float(1.0), "A".into(), Data::Float(0.75)]
    );
    assert_eq!(
        ranking[2][..3],
        [Data::Float(2.0), "B".into(), Data::Float(0.25)]
    );
    assert_eq!(
        book[1].1[1],
        ["A".into(), Data::Float(10.0), Data::Float(2.0)]
    );
    assert_eq!(
        book[2].1[2],
        ["B".into(), Data::Float(0.0), Data::Float(1.0)]
    );
    assert_eq!(
        book[3].1[1],
        [
            "A".into(),
            Data::Float(0.75),
            Data::Float(0.0),
            Data::Float(0.75)
        ]
    );
    let excluded = &book[4].1[1];
    assert_eq!(
        excluded[..5],
        [
            "C".into(),
            "price".into(),
            "above-max".into(),
            Data::Float(9.0),
            Data::Float(5.0)
        ]
    );
    assert_eq!(
        book[5].1[2][..3],
        ["price".into(), "price".into(), Data::Float(0.25)]
    );
}

#[test]
fn sheet_names_and_headers_in_french() {
    let book = sheets(render_xlsx(&ranking(), Lang::Fr).unwrap());
    assert_eq!(book[0].0, "Classement");
    assert_eq!(book[0].1[0][0], Data::from("Rang"));
    assert_eq!(book[1].1[0][1], Data::from("quality (fr)"));
    assert_eq!(book[5].0, "Poids");
}
