//! Band checking, by hand: each case says which values the bands cover.

use super::band::{BandProblem, BandSpec, band_problems};

fn band(from: Option<f64>, to: Option<f64>, score: f64) -> BandSpec {
    BandSpec {
        from,
        to,
        score: Some(score),
    }
}

#[test]
fn contiguous_open_bands_cover_every_number() {
    // (-inf, 10) then [10, 20) then [20, +inf): each `from` is the previous `to`.
    let bands = [
        band(None, Some(10.0), 0.0),
        band(Some(10.0), Some(20.0), 0.5),
        band(Some(20.0), None, 1.0),
    ];
    assert_eq!(band_problems(None, None, &bands), []);
}

#[test]
fn closed_bands_must_reach_min_and_pass_max() {
    // min 0, max 100: [0, 50) and [50, 101) cover 0..=100 since 101 > 100.
    let bands = [
        band(Some(0.0), Some(50.0), 0.0),
        band(Some(50.0), Some(101.0), 1.0),
    ];
    assert_eq!(band_problems(Some(0.0), Some(100.0), &bands), []);
    // With `to = 100` the answer 100 itself is in no band: `to` is excluded.
    let bands = [
        band(Some(0.0), Some(50.0), 0.0),
        band(Some(50.0), Some(100.0), 1.0),
    ];
    assert_eq!(
        band_problems(Some(0.0), Some(100.0), &bands),
        [BandProblem::UncoveredAbove {
            band: 1,
            to: 100.0,
            max: Some(100.0)
        }]
    );
}

#[test]
fn a_gap_and_an_overlap_name_the_values_between() {
    // [.., 30) then [45, ..): 30 to 45 uncovered (45 - 30 = 15 values wide).
    let gap = [band(None, Some(30.0), 0.0), band(Some(45.0), None, 1.0)];
    assert_eq!(
        band_problems(None, None, &gap),
        [BandProblem::Gap {
            band: 1,
            from: 30.0,
            to: 45.0
        }]
    );
    // [.., 30) then [20, ..): 20 to 30 in both bands.
    let overlap = [band(None, Some(30.0), 0.0), band(Some(20.0), None, 1.0)];
    assert_eq!(
        band_problems(None, None, &overlap),
        [BandProblem::Overlap {
            band: 1,
            from: 20.0,
            to: 30.0
        }]
    );
}

#[test]
fn ends_not_covered() {
    // First band from 5 with min 0: 0 to 5 uncovered; without min, below 5.
    let bands = [band(Some(5.0), None, 1.0)];
    assert_eq!(
        band_problems(Some(0.0), None, &bands),
        [BandProblem::UncoveredBelow {
            min: Some(0.0),
            from: 5.0
        }]
    );
    assert_eq!(
        band_problems(None, None, &bands),
        [BandProblem::UncoveredBelow {
            min: None,
            from: 5.0
        }]
    );
    // from = min is covered: 5 > 5 is false.
    assert_eq!(band_problems(Some(5.0), None, &bands), []);
    // Last band to 8 without max: 8 and up uncovered.
    let bands = [band(None, Some(8.0), 1.0)];
    assert_eq!(
        band_problems(None, None, &bands),
        [BandProblem::UncoveredAbove {
            band: 0,
            to: 8.0,
            max: None
        }]
    );
}

#[test]
fn order_empty_bands_and_open_bounds_inside() {
    // [10, 10) holds nothing (10 >= 10), and [10, 5) is reversed.
    let bands = [
        band(None, Some(10.0), 0.0),
        band(Some(10.0), Some(10.0), 0.5),
    ];
    assert_eq!(
        band_problems(None, Some(9.0), &bands),
        [BandProblem::Empty {
            band: 1,
            from: 10.0,
            to: 10.0
        }]
    );
    // A middle band without `from`: only the first may be open below.
    let bands = [
        band(None, Some(10.0), 0.0),
        band(None, Some(20.0), 0.5),
        band(Some(20.0), None, 1.0),
    ];
    assert_eq!(
        band_problems(None, None, &bands),
        [BandProblem::OpenInside { band: 1 }]
    );
    // The first band without `to`, then a second one.
    let bands = [band(None, None, 0.0), band(Some(1.0), None, 1.0)];
    assert_eq!(
        band_problems(None, None, &bands),
        [BandProblem::OpenInside { band: 1 }]
    );
}

#[test]
fn scores_bounds_and_no_band() {
    // 1.5 > 1 and -0.25 < 0 are out of 0..=1; 0 and 1 themselves are in.
    let bands = [band(None, Some(1.0), -0.25), band(Some(1.0), None, 1.5)];
    assert_eq!(
        band_problems(None, None, &bands),
        [
            BandProblem::ScoreOutOfRange {
                band: 0,
                score: -0.25
            },
            BandProblem::ScoreOutOfRange {
                band: 1,
                score: 1.5
            },
        ]
    );
    // min 10 > max 5; no band at all.
    assert_eq!(
        band_problems(Some(10.0), Some(5.0), &[]),
        [
            BandProblem::MinAboveMax {
                min: 10.0,
                max: 5.0
            },
            BandProblem::NoBand
        ]
    );
}

/// A one-question questionnaire whose title is written `title` (TOML).
fn with_title(title: &str) -> String {
    format!(
        "id = \"q\"\nsource = \"s\"\ntitle = {title}\n\
         [dimensions]\nd = {{ fr = \"d\", en = \"d\" }}\n\
         [[question]]\nid = \"t\"\ndimension = \"d\"\nkind = \"text\"\n\
         text = {{ fr = \"t\", en = \"t\" }}\nhelp = {{ fr = \"h\", en = \"h\" }}\n"
    )
}

fn problems(text: &str) -> Vec<(&'static str, String)> {
    let file = crate::diag::SourceFile::new("q.toml", text);
    super::validate_questionnaire(&file, crate::lang::Lang::En)
        .1
        .iter()
        .map(|d| (d.code.as_str(), d.message.clone()))
        .collect()
}

#[test]
fn texts_are_translated_tables_only() {
    assert_eq!(problems(&with_title("{ fr = \"T\", en = \"T\" }")), []);
    // The same mistakes as in a criteria file give the same code and message
    // (criteria::tests::texts_share_the_questionnaire_diagnostics).
    assert_eq!(
        problems(&with_title("{ fr = \"T\" }")),
        [(
            "missing-translation",
            "`title` lacks its translation: en".to_owned()
        )]
    );
    assert_eq!(
        problems(&with_title("{ fr = \" \", en = \"\" }")),
        [(
            "missing-translation",
            "`title` lacks its translation: fr, en".to_owned()
        )]
    );
    assert_eq!(
        problems(&with_title("3")),
        [(
            "invalid-text",
            "`title` must be a table with `fr` and `en`".to_owned()
        )]
    );
    // Unlike a criterion's name, one plain string is not enough here.
    assert_eq!(
        problems(&with_title("\"T\"")),
        [(
            "invalid-text",
            "`title` must be a table with `fr` and `en`".to_owned()
        )]
    );
}
