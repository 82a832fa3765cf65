//! SMAA-2 on small cases whose shares are integrals computed by hand.

use proptest::prelude::*;

use super::types::Hierarchy;
use super::*;
use crate::lang::Lang;
use crate::model::criteria::Direction::{Benefit, Cost};
use crate::ranking::DecisionMatrix;

fn exact(rows: &[&[f64]], names: &[&str]) -> UncertainMatrix {
    let n = rows.first().map_or(0, |r| r.len());
    UncertainMatrix {
        cells: rows
            .iter()
            .flat_map(|r| r.iter().map(|&value| Cell::Exact { value }))
            .collect(),
        rows: rows.len(),
        directions: vec![Benefit; n],
        names: names.iter().map(|s| (*s).to_owned()).collect(),
        price_columns: Vec::new(),
    }
}

/// A = (1, 0), B = (0, 1), C = (0.7, 0.7), both benefit: min-max normalisation
/// leaves them as they are, so with weights (w, 1 - w) the scores are A = w,
/// B = 1 - w, C = 0.7.
fn three_offers() -> UncertainMatrix {
    exact(&[&[1.0, 0.0], &[0.0, 1.0], &[0.7, 0.7]], &["A", "B", "C"])
}

fn close(got: f64, want: f64, tolerance: f64) {
    assert!((got - want).abs() <= tolerance, "got {got}, want {want}");
}

#[test]
fn no_preference_acceptability_by_hand() {
    // Uniform on the 2-simplex: w ~ U(0, 1).
    // w > 0.7: A 1, C 2, B 3 (share 0.3); 0.5 < w < 0.7: C 1, A 2, B 3 (0.2);
    // 0.3 < w < 0.5: C 1, B 2, A 3 (0.2); w < 0.3: B 1, C 2, A 3 (0.3).
    // A: ranks 1, 2, 3 with 0.3, 0.2, 0.5; B the same; C: 0.4, 0.6, 0.
    // Central weights: A mean of w over (0.7, 1) = 0.85 -> (0.85, 0.15); B (0.15, 0.85);
    // C mean over (0.3, 0.7) = 0.5 -> (0.5, 0.5). With exact values each central
    // vector makes its offer win: confidence 1.
    // 200,000 samples: standard error of a share <= sqrt(0.25 / 2e5) = 0.0011.
    let options = SmaaOptions::new(200_000, 7, WeightModel::NoPreference);
    let smaa = analyse(&three_offers(), &[0.5, 0.5], Method::WeightedSum, &options).unwrap();
    let want = [[0.3, 0.2, 0.5], [0.3, 0.2, 0.5], [0.4, 0.6, 0.0]];
    for (offer, row) in smaa.offers.iter().zip(want) {
        for (got, want) in offer.acceptability.iter().zip(row) {
            close(*got, want, 0.006);
        }
        close(offer.acceptability.iter().sum(), 1.0, 1e-12);
    }
    let central = |i: usize| smaa.offers[i].central_weights.clone().unwrap();
    close(central(0)[0], 0.85, 0.003);
    close(central(1)[1], 0.85, 0.003);
    close(central(2)[0], 0.5, 0.003);
    close(central(2).iter().sum(), 1.0, 1e-6);
    for offer in &smaa.offers {
        assert_eq!(offer.confidence, Some(1.0));
    }
    // C never ranks third; A's 5th percentile rank is 1 (0.3 >= 0.05) and its 95th is
    // 3 (0.3 + 0.2 < 0.95).
    assert_eq!(
        smaa.offers[2].ranks,
        RankRange {
            best: 1,
            worst: 2,
            central_low: 1,
            central_high: 2
        }
    );
    assert_eq!(smaa.offers[0].ranks.central_low, 1);
    assert_eq!(smaa.offers[0].ranks.central_high, 3);
    // Mean rank of C: 0.4 * 1 + 0.6 * 2 = 1.6.
    close(smaa.offers[2].mean_rank, 1.6, 0.01);
    assert!(smaa.exact_values);
}

#[test]
fn ordinal_keeps_the_order_of_the_weights() {
    // Given (0.6, 0.4): w ~ U(0.5, 1). A wins when w > 0.7: 0.3 / 0.5 = 0.6; C when
    // 0.5 < w < 0.7: 0.4; B never. A's central weight: mean over (0.7, 1) = 0.85.
    let options = SmaaOptions::new(100_000, 3, WeightModel::Ordinal);
    let smaa = analyse(&three_offers(), &[0.6, 0.4], Method::WeightedSum, &options).unwrap();
    close(smaa.offers[0].acceptability[0], 0.6, 0.006);
    close(smaa.offers[2].acceptability[0], 0.4, 0.006);
    assert_eq!(smaa.offers[1].acceptability[0], 0.0);
    assert_eq!(smaa.offers[1].central_weights, None);
    assert_eq!(smaa.offers[1].confidence, None);
    close(
        smaa.offers[0].central_weights.as_ref().unwrap()[0],
        0.85,
        0.003,
    );
}

#[test]
fn around_the_given_weights_by_hand() {
    // A = (1, 0), B = (0, 1); weights (0.6, 0.4) times factors f, g ~ U(0.5, 1.5).
    // A wins when 0.6 f > 0.4 g, i.e. g < 1.5 f. P(g >= 1.5 f) = integral over
    // f in (0.5, 1) of (1.5 - 1.5 f) df = 1.5 * 0.5^2 / 2 = 0.1875, so A wins 0.8125.
    let values = exact(&[&[1.0, 0.0], &[0.0, 1.0]], &["A", "B"]);
    let options = SmaaOptions::new(100_000, 11, WeightModel::DEFAULT_AROUND);
    let smaa = analyse(&values, &[0.6, 0.4], Method::WeightedSum, &options).unwrap();
    close(smaa.offers[0].acceptability[0], 0.8125, 0.006);
    close(smaa.offers[1].acceptability[0], 0.1875, 0.006);
    // Ties have probability 0 here, so the ranks are a permutation.
    close(smaa.offers[0].acceptability[1], 0.1875, 0.006);
}

#[test]
fn ties_share_the_better_rank() {
    // Identical offers tie in every sample: both rank first, nobody is second.
    let values = exact(&[&[1.0, 2.0], &[1.0, 2.0], &[0.0, 0.0]], &["A", "B", "C"]);
    let options = SmaaOptions::new(1000, 1, WeightModel::NoPreference);
    let smaa = analyse(&values, &[0.5, 0.5], Method::Topsis, &options).unwrap();
    assert_eq!(smaa.offers[0].acceptability, [1.0, 0.0, 0.0]);
    assert_eq!(smaa.offers[1].acceptability, [1.0, 0.0, 0.0]);
    assert_eq!(smaa.offers[2].acceptability, [0.0, 0.0, 1.0]);
}

#[test]
fn interval_values_and_confidence_by_hand() {
    // One criterion (weight always 1). A ~ U(0, 1), B = 0.25, C = 0: min-max
    // normalisation keeps the order, so A wins when its value > 0.25: 0.75, B 0.25.
    // The central weights are (1), so the confidence factors are the same shares.
    let values = UncertainMatrix {
        cells: vec![
            Cell::Interval { min: 0.0, max: 1.0 },
            Cell::Exact { value: 0.25 },
            Cell::Exact { value: 0.0 },
        ],
        rows: 3,
        directions: vec![Benefit],
        names: vec!["A".into(), "B".into(), "C".into()],
        price_columns: Vec::new(),
    };
    let options = SmaaOptions::new(100_000, 5, WeightModel::NoPreference);
    let smaa = analyse(&values, &[1.0], Method::WeightedSum, &options).unwrap();
    assert!(!smaa.exact_values);
    close(smaa.offers[0].acceptability[0], 0.75, 0.006);
    close(smaa.offers[1].acceptability[0], 0.25, 0.006);
    close(smaa.offers[0].confidence.unwrap(), 0.75, 0.006);
    close(smaa.offers[1].confidence.unwrap(), 0.25, 0.006);
    assert_eq!(smaa.offers[2].confidence, None);
}

#[test]
fn evaluator_samples_by_hand() {
    // A is one of 0.1, 0.4, 0.6 (cost: lower is better); B = 0.25: A wins when it
    // draws 0.1: 1/3.
    let values = UncertainMatrix {
        cells: vec![
            Cell::Sample {
                values: vec![0.1, 0.4, 0.6],
            },
            Cell::Exact { value: 0.25 },
        ],
        rows: 2,
        directions: vec![Cost],
        names: vec!["A".into(), "B".into()],
        price_columns: Vec::new(),
    };
    let options = SmaaOptions::new(60_000, 9, WeightModel::NoPreference);
    let smaa = analyse(&values, &[1.0], Method::Topsis, &options).unwrap();
    close(smaa.offers[0].acceptability[0], 1.0 / 3.0, 0.008);
}

#[test]
fn groups_draw_at_their_own_level() {
    // Groups {0} and {1, 2}, no preference: the first group's weight is U(0, 1), so
    // criterion 0 has mean weight 1/2, criteria 1 and 2 have 1/4 each (flat: 1/3).
    // A = (1, 0, 0) wins when w0 > 1/2 (the others score w1 + w2 = 1 - w0 for
    // B = (0, 1, 1)): 0.5.
    let values = exact(&[&[1.0, 0.0, 0.0], &[0.0, 1.0, 1.0]], &["A", "B"]);
    let mut options = SmaaOptions::new(100_000, 2, WeightModel::NoPreference);
    options.hierarchy = Some(Hierarchy {
        groups: vec![vec![0], vec![1, 2]],
    });
    let smaa = analyse(&values, &[1.0, 1.0, 1.0], Method::WeightedSum, &options).unwrap();
    close(smaa.offers[0].acceptability[0], 0.5, 0.006);
    // Central weights of A: w0 given w0 > 1/2 has mean 3/4.
    close(
        smaa.offers[0].central_weights.as_ref().unwrap()[0],
        0.75,
        0.004,
    );
    assert!(smaa.grouped);
}

#[test]
fn thread_count_does_not_change_the_numbers() {
    let values = UncertainMatrix {
        cells: vec![
            Cell::Interval { min: 1.0, max: 3.0 },
            Cell::Exact { value: 5.0 },
            Cell::Exact { value: 2.0 },
            Cell::Sample {
                values: vec![3.0, 4.0],
            },
            Cell::Exact { value: 2.5 },
            Cell::Exact { value: 4.0 },
        ],
        rows: 3,
        directions: vec![Benefit, Cost],
        names: vec!["A".into(), "B".into(), "C".into()],
        price_columns: Vec::new(),
    };
    let run = |threads: usize, method: Method, values: &UncertainMatrix| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        // 5,000 samples: five blocks, the last one partial.
        let options = SmaaOptions::new(5000, 42, WeightModel::DEFAULT_AROUND);
        pool.install(|| analyse(values, &[0.7, 0.3], method, &options).unwrap())
    };
    let exact_values = exact(&[&[1.0, 5.0], &[2.0, 3.0], &[2.5, 4.0]], &["A", "B", "C"]);
    for method in Method::ALL {
        for values in [&values, &exact_values] {
            let one = run(1, method, values);
            assert_eq!(one, run(2, method, values));
            assert_eq!(one, run(3, method, values));
        }
    }
}

#[test]
fn same_scores_as_the_ranking() {
    // The lane kernel sums in the same order as Scorer::scores: identical bits.
    let matrix = DecisionMatrix {
        values: vec![3.0, 20.0, 7.0, 4.0, 15.0, 2.0, 8.0, 25.0, 5.0],
        rows: 3,
        directions: vec![Benefit, Cost, Benefit],
        names: vec!["A".into(), "B".into(), "C".into()],
    };
    let weights = [0.5, 0.3, 0.2];
    for method in Method::ALL {
        let mut want = [0.0; 3];
        super::super::Scorer::new(&matrix, method).scores(&weights, &mut want);
        let prepared = Prepared::new(&matrix.values, &matrix.directions, method);
        assert_eq!(score_once(&prepared, &weights, 3), want);
    }
}

#[test]
fn spread_matches_the_old_shape() {
    let options = SmaaOptions::new(1000, 7, WeightModel::NoPreference);
    let smaa = analyse(&three_offers(), &[0.5, 0.5], Method::WeightedSum, &options).unwrap();
    let spread = smaa.spread(["C", "A"]);
    assert_eq!(spread[0].provider, "C");
    assert_eq!(spread[0].first_place_share, smaa.offers[2].acceptability[0]);
    assert_eq!((spread[1].best_rank, spread[1].worst_rank), (1, 3));
}

#[test]
fn bad_inputs_are_errors() {
    let values = three_offers();
    let options = SmaaOptions::new(10, 1, WeightModel::Around { spread: 1.5 });
    assert_eq!(
        analyse(&values, &[0.5, 0.5], Method::Topsis, &options),
        Err(SmaaError::BadSpread(1.5))
    );
    let mut options = SmaaOptions::new(10, 1, WeightModel::Ordinal);
    assert!(matches!(
        analyse(&values, &[1.0], Method::Topsis, &options),
        Err(SmaaError::WeightCount { .. })
    ));
    options.hierarchy = Some(Hierarchy {
        groups: vec![vec![0], vec![0, 1]],
    });
    assert_eq!(
        analyse(&values, &[0.5, 0.5], Method::Topsis, &options),
        Err(SmaaError::BadHierarchy)
    );
}

#[test]
fn no_samples_no_offers() {
    let options = SmaaOptions::new(0, 1, WeightModel::NoPreference);
    let smaa = analyse(&three_offers(), &[0.5, 0.5], Method::Topsis, &options).unwrap();
    assert_eq!(smaa.offers[0].acceptability, [0.0, 0.0, 0.0]);
    assert_eq!(smaa.offers[0].central_weights, None);
    let empty = exact(&[], &[]);
    let smaa = analyse(&empty, &[], Method::WeightedSum, &options).unwrap();
    assert!(smaa.offers.is_empty());
}

#[test]
fn describes_the_model_in_both_languages() {
    let model = WeightModel::Around { spread: 0.25 };
    assert_eq!(
        model.describe(Lang::En),
        "each weight times an independent uniform factor in [0.75, 1.25], then renormalised to sum 1"
    );
    assert!(model.describe(Lang::Fr).contains("[0,75\u{a0}; 1,25]"));
}

fn weights_strategy() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(0.0..10.0_f64, 1..8)
}

proptest! {
    #[test]
    fn drawn_weights_sum_to_one(weights in weights_strategy(), seed in any::<u64>(), model in 0..3_u8) {
        let model = match model {
            0 => WeightModel::Around { spread: 0.5 },
            1 => WeightModel::NoPreference,
            _ => WeightModel::Ordinal,
        };
        let sampler = WeightSampler::new(&weights, model, None).unwrap();
        let mut rng = stream(seed, 0, 0);
        let mut out = vec![0.0; weights.len()];
        let mut scratch = Scratch::default();
        for _ in 0..20 {
            sampler.draw(&mut rng, &mut out, &mut scratch);
            prop_assert!((out.iter().sum::<f64>() - 1.0).abs() < 1e-12);
            prop_assert!(out.iter().all(|w| *w >= 0.0));
        }
    }

    #[test]
    fn ordinal_draws_keep_the_order(weights in weights_strategy(), seed in any::<u64>()) {
        let sampler = WeightSampler::new(&weights, WeightModel::Ordinal, None).unwrap();
        let mut rng = stream(seed, 0, 0);
        let mut out = vec![0.0; weights.len()];
        let mut scratch = Scratch::default();
        for _ in 0..20 {
            sampler.draw(&mut rng, &mut out, &mut scratch);
            for a in 0..weights.len() {
                for b in 0..weights.len() {
                    if weights[a] > weights[b] {
                        prop_assert!(out[a] >= out[b], "{weights:?} {out:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn grouped_draws_sum_to_one(weights in prop::collection::vec(0.1..10.0_f64, 2..8), seed in any::<u64>()) {
        // Two groups: the first criterion alone, then the rest.
        let hierarchy = Hierarchy { groups: vec![vec![0], (1..weights.len()).collect()] };
        let sampler = WeightSampler::new(&weights, WeightModel::Ordinal, Some(&hierarchy)).unwrap();
        let mut rng = stream(seed, 0, 0);
        let mut out = vec![0.0; weights.len()];
        let mut scratch = Scratch::default();
        sampler.draw(&mut rng, &mut out, &mut scratch);
        prop_assert!((out.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }
}
