//! Uncertain values in the Monte Carlo: intervals and evaluators, through scales.

use std::collections::BTreeMap;

use crate::diag::SourceFile;
use crate::lang::Lang;
use crate::model::criteria::Criteria;
use crate::model::offer::{Interval, Offer, Score};
use crate::ranking::method::Method;
use crate::ranking::rank_offers;
use crate::ranking::smaa::{SmaaOptions, WeightModel};
use crate::validate::criteria::validate_criteria;

fn criteria(scale: &str) -> Criteria {
    let text = format!("[[criterion]]\nid = \"q\"\nweight = 1\n{scale}");
    let (criteria, diagnostics) = validate_criteria(&SourceFile::new("c.toml", &text), Lang::En);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    criteria.unwrap()
}

fn with(name: &str, score: Score) -> Offer {
    let mut offer = Offer::new(name, []);
    offer.scores.insert("q".to_owned(), score);
    offer
}

fn interval(name: &str, min: f64, max: f64) -> Offer {
    with(name, Score::interval(Interval { min, max }, None))
}

/// First-place shares, by provider, at 20,000 samples (one criterion: the weights
/// never matter, only the value draws). Standard error at most
/// sqrt(0.25 / 20000) = 0.0035; the tests allow 0.02.
fn first_places(criteria: &Criteria, offers: &[Offer], method: Method) -> BTreeMap<String, f64> {
    let options = SmaaOptions::new(20_000, 3, WeightModel::DEFAULT_AROUND);
    let ranking = rank_offers(criteria, offers, method)
        .with_sensitivity(&options)
        .unwrap();
    let smaa = ranking.sensitivity.unwrap().smaa.unwrap();
    assert!(!smaa.exact_values);
    smaa.offers
        .iter()
        .map(|o| (o.provider.clone(), o.acceptability[0]))
        .collect()
}

fn near(share: f64, expected: f64) {
    assert!(
        (share - expected).abs() < 0.02,
        "{share} against {expected}"
    );
}

#[test]
fn half_and_half_on_every_kind_of_column() {
    // A fixed at 0.5, B uniform on [0, 1]: B first when it draws above 0.5,
    // probability 0.5; on a relative column (min-max per draw) and a fixed one alike.
    for scale in ["", "scale = { worst = 0, best = 1 }\n"] {
        for method in [Method::WeightedSum, Method::Topsis] {
            let offers = [Offer::new("A", [("q", 0.5)]), interval("B", 0.0, 1.0)];
            let shares = first_places(&criteria(scale), &offers, method);
            near(shares["B"], 0.5);
            near(shares["A"], 0.5);
        }
    }
}

#[test]
fn a_fixed_scale_transforms_each_draw() {
    // Scale 0 to 10; A = 9 (utility 0.9), B uniform on [8, 12]: B first when it draws
    // above 9, probability (12 - 9) / (12 - 8) = 3/4 (above 10 it is clamped to 1).
    // Drawing uniformly between the utilities of the bounds, [0.8, 1], would give 1/2.
    let offers = [Offer::new("A", [("q", 9.0)]), interval("B", 8.0, 12.0)];
    let shares = first_places(
        &criteria("scale = { worst = 0, best = 10 }\n"),
        &offers,
        Method::WeightedSum,
    );
    near(shares["B"], 0.75);
}

#[test]
fn one_evaluator_drawn_per_sample() {
    // A = 5; B's evaluators gave 3 and 7: B first exactly when 7 is drawn, 1/2.
    let by = BTreeMap::from([("claire".to_owned(), 3.0), ("malik".to_owned(), 7.0)]);
    let b = with(
        "B",
        Score {
            value: 5.0,
            note: None,
            by,
            interval: None,
            by_intervals: BTreeMap::new(),
        },
    );
    let offers = [Offer::new("A", [("q", 5.0)]), b];
    let shares = first_places(
        &criteria("scale = { worst = 0, best = 10 }\n"),
        &offers,
        Method::WeightedSum,
    );
    near(shares["B"], 0.5);
}

#[test]
fn lowest_price_takes_the_lowest_drawn_price() {
    // A costs 100; B uniform on [80, 120]: B cheaper (first, utility 1 against
    // A's 100 / B < 1) with probability 1/2, A first otherwise.
    let offers = [Offer::new("A", [("q", 100.0)]), interval("B", 80.0, 120.0)];
    let shares = first_places(
        &criteria("direction = \"cost\"\nscale = \"lowest-price\"\n"),
        &offers,
        Method::WeightedSum,
    );
    near(shares["B"], 0.5);
    near(shares["A"], 0.5);
}

#[test]
fn without_uncertainty_the_matrix_is_the_rankings() {
    let offers = [Offer::new("A", [("q", 0.5)]), Offer::new("B", [("q", 1.0)])];
    let ranking = rank_offers(&criteria(""), &offers, Method::WeightedSum);
    let values = super::uncertain_matrix(&ranking);
    assert_eq!(
        values,
        crate::ranking::smaa::UncertainMatrix::exact(&ranking.matrix)
    );
}

#[test]
fn must_haves_test_the_midpoint() {
    // min = 5: A's midpoint (4 + 7) / 2 = 5.5 passes, B's (2 + 7) / 2 = 4.5 does not.
    let offers = [interval("A", 4.0, 7.0), interval("B", 2.0, 7.0)];
    let ranking = rank_offers(&criteria("min = 5\n"), &offers, Method::WeightedSum);
    assert_eq!(ranking.ranking.len(), 1);
    assert_eq!(ranking.ranking[0].provider, "A");
    assert_eq!(ranking.excluded[0].provider, "B");
}
