use super::*;
use crate::lang::Text;
use crate::model::criteria::Level;

fn criterion(direction: Direction, scale: Scale) -> Criterion {
    Criterion {
        id: "c".to_owned(),
        name: Text::new("c", "c"),
        weight: 1.0,
        direction,
        min: None,
        max: None,
        required: false,
        price: false,
        unit: None,
        scale,
    }
}

fn close(got: &[f64], want: &[f64]) {
    assert_eq!(got.len(), want.len(), "{got:?}");
    for (g, w) in got.iter().zip(want) {
        assert!((g - w).abs() < 1e-12, "{got:?} != {want:?}");
    }
}

#[test]
fn linear_is_clamped_between_worst_and_best() {
    // worst 60, best 90: 75 -> (75 - 60) / 30 = 0.5; 50 -> below worst -> 0;
    // 99 -> above best -> 1; 84 -> 24 / 30 = 0.8.
    let scale = Scale::Linear {
        worst: 60.0,
        best: 90.0,
    };
    let got: Vec<f64> = [75.0, 50.0, 99.0, 84.0]
        .iter()
        .map(|x| scale.utility(*x).unwrap())
        .collect();
    close(&got, &[0.5, 0.0, 1.0, 0.8]);
    // A cost: worst 6 months of notice, best 1: 3 -> (3 - 6) / (1 - 6) = 0.6.
    let cost = Scale::Linear {
        worst: 6.0,
        best: 1.0,
    };
    close(&[cost.utility(3.0).unwrap()], &[0.6]);
    assert_eq!(scale.worst_value(), Some(60.0));
}

#[test]
fn points_interpolate_and_stay_flat_outside() {
    // (0, 0), (50, 0.8), (100, 1):
    // 25 -> 0 + 0.8 * 25 / 50 = 0.4; 75 -> 0.8 + 0.2 * 25 / 50 = 0.9;
    // 50 -> 0.8; -10 -> 0 (first point); 120 -> 1 (last point).
    let scale = Scale::Points {
        points: vec![(0.0, 0.0), (50.0, 0.8), (100.0, 1.0)],
    };
    let got: Vec<f64> = [25.0, 75.0, 50.0, -10.0, 120.0]
        .iter()
        .map(|x| scale.utility(*x).unwrap())
        .collect();
    close(&got, &[0.4, 0.9, 0.8, 0.0, 1.0]);
    assert_eq!(scale.worst_value(), Some(0.0));
}

#[test]
fn levels_run_from_zero_to_one() {
    // none 0, basic 1, good 2, excellent 3: good -> 2 / 3; basic -> 1 / 3.
    let names = ["none", "basic", "good", "excellent"];
    let scale = Scale::Levels {
        levels: names
            .iter()
            .enumerate()
            .map(|(i, name)| Level {
                name: (*name).to_owned(),
                value: i as f64,
            })
            .collect(),
    };
    let good = scale.level("good").unwrap().value;
    close(
        &[scale.utility(good).unwrap(), scale.utility(1.0).unwrap()],
        &[2.0 / 3.0, 1.0 / 3.0],
    );
    assert_eq!(scale.worst_value(), Some(0.0));
    assert!(scale.level("superb").is_none());
}

#[test]
fn fixed_column_counts_a_missing_value_as_the_worst() {
    // worst 0, best 10: 8 -> 0.8, missing -> worst 0 -> 0, 5 -> 0.5.
    let c = criterion(
        Direction::Benefit,
        Scale::Linear {
            worst: 0.0,
            best: 10.0,
        },
    );
    let column = column(&c, &[Some(8.0), None, Some(5.0)]);
    close(&column.scored, &[0.8, 0.0, 0.5]);
    close(&column.values, &[8.0, 0.0, 5.0]);
    assert_eq!(column.direction, Direction::Utility);
}

#[test]
fn tender_price_rule_is_lowest_over_price() {
    // Prices 3.40, 2.90, 3.10 (the lowest is 2.90):
    // 2.90 / 3.40 = 0.852941…, 2.90 / 2.90 = 1, 2.90 / 3.10 = 0.935483…;
    // a missing price counts 0.
    let c = criterion(Direction::Cost, Scale::LowestPrice);
    let column = column(&c, &[Some(3.4), Some(2.9), Some(3.1), None]);
    close(&column.scored, &[2.9 / 3.4, 1.0, 2.9 / 3.1, 0.0]);
    assert!((column.scored[0] - 0.852_941).abs() < 1e-6);
    assert!((column.scored[2] - 0.935_484).abs() < 1e-6);
    assert_eq!(column.direction, Direction::Utility);
    assert!(!Scale::LowestPrice.is_fixed());
}

#[test]
fn relative_missing_value_is_never_as_good_as_an_answer() {
    // Only one other offer answers (7): it gets 1, the missing one 0, where the old
    // "worst among the ranked offers" rule gave both 1.
    let c = criterion(Direction::Benefit, Scale::Relative);
    let column = column(&c, &[Some(7.0), None]);
    close(&column.scored, &[1.0, 0.0]);
    close(&column.values, &[7.0, 7.0]);
    // A cost with answers 2 and 4: utilities between the answers, best 2 -> 1,
    // worst 4 -> 0, and the missing value 0 (the weighted sum gives what min-max of
    // the values with the missing one at the worst answer gave).
    let cost = criterion(Direction::Cost, Scale::Relative);
    let column = super::column(&cost, &[Some(2.0), Some(4.0), None]);
    close(&column.scored, &[1.0, 0.0, 0.0]);
    close(&column.values, &[2.0, 4.0, 4.0]);
    assert_eq!(column.direction, Direction::Utility);
    // Every offer answers: the raw values go to the method.
    let column = super::column(&cost, &[Some(2.0), Some(4.0)]);
    close(&column.scored, &[2.0, 4.0]);
    assert_eq!(column.direction, Direction::Cost);
}
