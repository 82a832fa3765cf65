use crate::lang::Text;
use crate::model::criteria::{Criteria, Direction};
use crate::model::offer::Offer;
use crate::ranking::method::Method;
use proptest::prelude::*;

use super::exclusion::ExclusionCode;
use super::scorer::order;
use super::warning::WarningCode;
use super::*;
use crate::model::criteria::{Criterion, normalise_weights};
use crate::ranking::smaa::{SmaaOptions, WeightModel};

fn criterion(id: &str, direction: Direction) -> Criterion {
    Criterion {
        id: id.to_owned(),
        name: Text::new(id, id),
        weight: 0.0,
        direction,
        min: None,
        max: None,
        required: false,
        price: false,
        unit: None,
        scale: Default::default(),
    }
}

fn criteria(list: Vec<Criterion>, raw_weights: &[f64]) -> Criteria {
    let weights = normalise_weights(raw_weights);
    Criteria {
        criteria: list
            .into_iter()
            .zip(weights)
            .map(|(c, weight)| Criterion { weight, ..c })
            .collect(),
        method: None,
        ahp: None,
        groups: None,
    }
}

#[test]
fn codes_print_and_compare_as_their_text() {
    assert_eq!(WarningCode::PriceDominates.to_string(), "price-dominates");
    assert!(ExclusionCode::BelowMin == "below-min");
}

#[test]
fn ties_share_a_rank_and_the_next_skips() {
    // One criterion: A = B = 5, C = 3 -> normalised A 1, B 1, C 0: ranks 1, 1, 3.
    let c = criteria(vec![criterion("q", Direction::Benefit)], &[1.0]);
    let offers = [
        Offer::new("B", [("q", 5.0)]),
        Offer::new("C", [("q", 3.0)]),
        Offer::new("A", [("q", 5.0)]),
    ];
    let r = rank_offers(&c, &offers, Method::WeightedSum);
    let got: Vec<_> = r
        .ranking
        .iter()
        .map(|o| (o.provider.as_str(), o.rank, o.tied))
        .collect();
    assert_eq!(got, [("A", 1, true), ("B", 1, true), ("C", 3, false)]);
    assert!(r.warnings.iter().any(|w| w.code.as_str() == "tie-first"));
}

#[test]
fn near_equal_scores_tie_within_relative_tolerance() {
    let scores = [0.5, 0.5 * (1.0 + 1e-12), 0.4];
    let names: Vec<String> = ["x", "y", "z"].iter().map(|s| s.to_string()).collect();
    let got = order(&scores, &names);
    assert_eq!(got, [(0, 1, true), (1, 1, true), (2, 3, false)]);
}

#[test]
fn all_equal_criterion_adds_its_weight_to_everyone() {
    // hours all 24: normalised 1 for all, contribution 0.25 each.
    // quality 9 / 3: A 1, B 0 -> A = 0.75*1 + 0.25 = 1.0, B = 0 + 0.25 = 0.25.
    let c = criteria(
        vec![
            criterion("quality", Direction::Benefit),
            criterion("hours", Direction::Benefit),
        ],
        &[3.0, 1.0],
    );
    let offers = [
        Offer::new("A", [("quality", 9.0), ("hours", 24.0)]),
        Offer::new("B", [("quality", 3.0), ("hours", 24.0)]),
    ];
    let r = rank_offers(&c, &offers, Method::WeightedSum);
    assert!((r.ranking[0].score - 1.0).abs() < 1e-12);
    assert!((r.ranking[1].score - 0.25).abs() < 1e-12);
    assert_eq!(r.ranking[1].contributions, [0.0, 0.25]);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code.as_str() == "no-discrimination")
    );
}

#[test]
fn must_haves_exclude_with_reasons() {
    let mut sla = criterion("sla", Direction::Benefit);
    sla.min = Some(80.0);
    let mut price = criterion("price", Direction::Cost);
    price.max = Some(3.0);
    let mut gdpr = criterion("gdpr", Direction::Benefit);
    gdpr.required = true;
    let c = criteria(vec![sla, price, gdpr], &[1.0, 1.0, 1.0]);
    let offers = [
        Offer::new("Ok", [("sla", 90.0), ("price", 2.5), ("gdpr", 8.0)]),
        Offer::new("Low", [("sla", 70.0), ("price", 2.0), ("gdpr", 8.0)]),
        Offer::new("Dear", [("sla", 95.0), ("price", 3.5), ("gdpr", 8.0)]),
        Offer::new("Silent", [("sla", 95.0), ("price", 2.0)]),
        Offer::new("Both", [("sla", 10.0), ("price", 9.0)]),
    ];
    let r = rank_offers(&c, &offers, Method::WeightedSum);
    assert_eq!(r.ranking.len(), 1);
    assert_eq!(r.ranking[0].provider, "Ok");
    let reasons = |name: &str| -> Vec<&str> {
        r.excluded
            .iter()
            .find(|e| e.provider == name)
            .unwrap()
            .reasons
            .iter()
            .map(|reason| reason.code.as_str())
            .collect()
    };
    assert_eq!(reasons("Low"), ["below-min"]);
    assert_eq!(reasons("Dear"), ["above-max"]);
    assert_eq!(reasons("Silent"), ["missing-required"]);
    assert_eq!(
        reasons("Both"),
        ["below-min", "above-max", "missing-required"]
    );
    assert!(r.warnings.iter().any(|w| w.code.as_str() == "single-offer"));
    let low = &r.excluded[0].reasons[0];
    // The criterion is named by its label (here the same as its id).
    assert_eq!(low.message.en, "sla = 70 is below the minimum 80");
    assert_eq!(low.message.fr, "sla = 70 est sous le minimum 80");
}

#[test]
fn nothing_left_is_an_empty_ranking_with_a_warning() {
    let mut sla = criterion("sla", Direction::Benefit);
    sla.min = Some(80.0);
    let c = criteria(vec![sla], &[1.0]);
    let r = rank_offers(&c, &[Offer::new("A", [("sla", 1.0)])], Method::Topsis);
    assert!(r.ranking.is_empty());
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code.as_str() == "no-offer-left")
    );
}

#[test]
fn missing_value_counts_as_the_worst_among_ranked_offers() {
    // refs missing for C: worst among A (6), B (2) is 2 (benefit); price missing for
    // A: worst among B (3.0), C (2.0) is 3.0 (cost).
    let c = criteria(
        vec![
            criterion("refs", Direction::Benefit),
            criterion("price", Direction::Cost),
        ],
        &[1.0, 1.0],
    );
    let offers = [
        Offer::new("A", [("refs", 6.0)]),
        Offer::new("B", [("refs", 2.0), ("price", 3.0)]),
        Offer::new("C", [("price", 2.0)]),
    ];
    let r = rank_offers(&c, &offers, Method::WeightedSum);
    let get = |name: &str| r.ranking.iter().find(|o| o.provider == name).unwrap();
    assert_eq!(get("C").values, [2.0, 2.0]);
    assert_eq!(get("C").missing, ["refs"]);
    assert_eq!(get("A").values, [6.0, 3.0]);
    assert_eq!(get("A").missing, ["price"]);
    assert!(get("B").missing.is_empty());
    // A: refs 1, price 0 -> 0.5; B: 0, 0 -> 0; C: 0, 1 -> 0.5. A and C tie.
    assert_eq!(get("A").rank, 1);
    assert_eq!(get("C").rank, 1);
    assert_eq!(get("B").rank, 3);
    assert_eq!(
        r.warnings
            .iter()
            .filter(|w| w.code.as_str() == "missing-value")
            .count(),
        2
    );
}

#[test]
fn price_weighing_more_than_half_is_warned() {
    let mut price = criterion("price", Direction::Cost);
    price.price = true;
    let c = criteria(
        vec![price, criterion("quality", Direction::Benefit)],
        &[6.0, 4.0],
    );
    let offers = [
        Offer::new("A", [("price", 2.0), ("quality", 5.0)]),
        Offer::new("B", [("price", 3.0), ("quality", 7.0)]),
    ];
    let r = rank_offers(&c, &offers, Method::WeightedSum);
    let warning = r
        .warnings
        .iter()
        .find(|w| w.code.as_str() == "price-dominates")
        .unwrap();
    // The 50 % threshold is the tool's practice; the advice is the article's.
    assert!(
        warning.message.en.contains("weighs 60% of the total")
            && warning
                .message
                .en
                .contains("practice, not from the articles")
            && warning
                .message
                .en
                .contains("Comment externaliser le service client"),
        "{}",
        warning.message.en
    );
    assert!(
        warning.message.fr.contains("pèse 60\u{a0}% du total")
            && warning
                .message
                .fr
                .contains("pratique de l’outil, pas des articles"),
        "{}",
        warning.message.fr
    );
}

#[test]
fn the_lead_lists_the_largest_gaps() {
    // threshold_case: C (0.7 x 0.6 = 0.42, 0.7 x 0.4 = 0.28) over A (0.6, 0):
    // margin 0.1, gain on p +0.28, loss on q -0.18.
    let lead = threshold_case().lead().unwrap();
    assert_eq!((lead.winner.as_str(), lead.runner_up.as_str()), ("C", "A"));
    assert!((lead.margin - 0.1).abs() < 1e-12);
    assert_eq!(lead.gains.len(), 1);
    assert_eq!(lead.gains[0].0, "p");
    assert!((lead.gains[0].1 - 0.28).abs() < 1e-12);
    assert_eq!(lead.losses[0].0, "q");
    assert!((lead.losses[0].1 + 0.18).abs() < 1e-12);
}

#[test]
fn more_than_twelve_criteria_is_warned() {
    let ids: Vec<String> = (0..13).map(|j| format!("c{j}")).collect();
    let list = ids
        .iter()
        .map(|id| criterion(id, Direction::Benefit))
        .collect();
    let c = criteria(list, &[1.0; 13]);
    let offers = [
        Offer::new("A", ids.iter().map(|id| (id.as_str(), 1.0))),
        Offer::new("B", ids.iter().map(|id| (id.as_str(), 2.0))),
    ];
    let r = rank_offers(&c, &offers, Method::WeightedSum);
    let warning = r
        .warnings
        .iter()
        .find(|w| w.code.as_str() == "too-many-criteria")
        .unwrap();
    // The cap of 12 is the tool's practice, and the message says so.
    assert!(
        warning
            .message
            .en
            .starts_with("13 criteria: beyond 12 (practice, not from the articles)"),
        "{}",
        warning.message.en
    );
    assert!(
        warning.message.fr.starts_with(
            "13 critères\u{a0}: au-delà de 12 (pratique de l’outil, pas des articles)"
        ),
        "{}",
        warning.message.fr
    );
    let c12 = criteria(
        ids[..12]
            .iter()
            .map(|id| criterion(id, Direction::Benefit))
            .collect(),
        &[1.0; 12],
    );
    let r = rank_offers(&c12, &offers, Method::WeightedSum);
    assert!(
        !r.warnings
            .iter()
            .any(|w| w.code.as_str() == "too-many-criteria")
    );
}

#[test]
fn topsis_contributions_are_weighted_gaps_to_the_anti_ideal() {
    // q: values 3 and 4, norm 5, r = 0.6 and 0.8, anti-ideal 0.6, weight 0.5.
    // p (cost): values 1 and 1, r = 0.707 both: gap 0.
    let c = criteria(
        vec![
            criterion("q", Direction::Benefit),
            criterion("p", Direction::Cost),
        ],
        &[1.0, 1.0],
    );
    let offers = [
        Offer::new("A", [("q", 3.0), ("p", 1.0)]),
        Offer::new("B", [("q", 4.0), ("p", 1.0)]),
    ];
    let r = rank_offers(&c, &offers, Method::Topsis);
    assert_eq!(r.ranking[0].provider, "B");
    assert!((r.ranking[0].contributions[0] - 0.1).abs() < 1e-12);
    assert_eq!(r.ranking[0].contributions[1], 0.0);
    assert_eq!(r.ranking[1].contributions, [0.0, 0.0]);
    // B is the ideal (C = 1), A the anti-ideal (C = 0).
    assert_eq!(r.ranking[0].score, 1.0);
    assert_eq!(r.ranking[1].score, 0.0);
}

fn threshold_case() -> Ranking {
    // q and p (benefit), weights 0.6 and 0.4. Values A (10, 0), B (0, 10), C (7, 7):
    // normalised A (1, 0), B (0, 1), C (0.7, 0.7).
    // Scores: A 0.6, B 0.4, C 0.7 -> C wins.
    // Weight t on q (1 - t on p): A = t, B = 1 - t, C = 0.7, so C wins for
    // 0.3 < t < 0.7: raising q from 0.6 to 0.7 (+0.1) gives A (A = C at 0.7, A first by
    // name), lowering it to 0.3 (-0.3) gives B. For p (weight s, q = 1 - s): A = 1 - s,
    // B = s: raising p to 0.7 (+0.3) gives B, lowering it to 0.3 (-0.1) gives A.
    let c = criteria(
        vec![
            criterion("q", Direction::Benefit),
            criterion("p", Direction::Benefit),
        ],
        &[0.6, 0.4],
    );
    let offers = [
        Offer::new("A", [("q", 10.0), ("p", 0.0)]),
        Offer::new("B", [("q", 0.0), ("p", 10.0)]),
        Offer::new("C", [("q", 7.0), ("p", 7.0)]),
    ];
    rank_offers(&c, &offers, Method::WeightedSum)
}

#[test]
fn sensitivity_thresholds_by_hand() {
    let r = threshold_case()
        .with_sensitivity(&SmaaOptions::new(0, 1, WeightModel::DEFAULT_AROUND))
        .unwrap();
    let s = r.sensitivity.as_ref().unwrap();
    assert_eq!(s.winner.as_deref(), Some("C"));
    let q = &s.thresholds[0];
    let up = q.increase.as_ref().unwrap();
    assert!((up.new_weight - 0.7).abs() < 1e-6, "{up:?}");
    assert!((up.change - 0.1).abs() < 1e-6);
    assert_eq!(up.winner, "A");
    let down = q.decrease.as_ref().unwrap();
    assert!((down.new_weight - 0.3).abs() < 1e-6, "{down:?}");
    assert_eq!(down.winner, "B");
    assert_eq!(q.smallest().unwrap().winner, "A");
    let p = &s.thresholds[1];
    let smallest = p.smallest().unwrap();
    assert!((smallest.change + 0.1).abs() < 1e-6, "{smallest:?}");
    assert_eq!(smallest.winner, "A");
    assert!((p.increase.as_ref().unwrap().new_weight - 0.7).abs() < 1e-6);
    assert!(s.spread.is_empty());
}

#[test]
fn no_weight_changes_a_dominant_winner() {
    // A is best on both criteria: no weight in [0, 1] changes the winner.
    let c = criteria(
        vec![
            criterion("q", Direction::Benefit),
            criterion("p", Direction::Cost),
        ],
        &[1.0, 1.0],
    );
    let offers = [
        Offer::new("A", [("q", 9.0), ("p", 1.0)]),
        Offer::new("B", [("q", 5.0), ("p", 2.0)]),
    ];
    for method in [Method::WeightedSum, Method::Topsis] {
        let r = rank_offers(&c, &offers, method)
            .with_sensitivity(&SmaaOptions::new(200, 7, WeightModel::DEFAULT_AROUND))
            .unwrap();
        let s = r.sensitivity.unwrap();
        assert!(s.thresholds.iter().all(|t| t.smallest().is_none()));
        assert_eq!(s.spread[0].first_place_share, 1.0);
        assert_eq!((s.spread[1].best_rank, s.spread[1].worst_rank), (2, 2));
    }
}

#[test]
fn monte_carlo_is_deterministic_with_a_seed() {
    let a = threshold_case()
        .with_sensitivity(&SmaaOptions::new(500, 42, WeightModel::DEFAULT_AROUND))
        .unwrap();
    let b = threshold_case()
        .with_sensitivity(&SmaaOptions::new(500, 42, WeightModel::DEFAULT_AROUND))
        .unwrap();
    assert_eq!(a.sensitivity, b.sensitivity);
    let s = a.sensitivity.unwrap();
    let total: f64 = s.spread.iter().map(|o| o.first_place_share).sum();
    assert!((total - 1.0).abs() < 1e-12, "no ties here: shares sum to 1");
    // Weights within [0.5, 1.5] factors: q stays in [1/3, 9/11]... C wins most.
    assert_eq!(s.spread[0].provider, "C");
    assert!(s.spread[0].first_place_share > 0.5);
    for o in &s.spread {
        assert!(o.best_rank <= o.worst_rank);
    }
}

prop_compose! {
    fn case()(n in 1_usize..4, m in 2_usize..6)
        (weights in prop::collection::vec(0.1_f64..10.0, n),
         cost in prop::collection::vec(any::<bool>(), n),
         values in prop::collection::vec(prop::collection::vec(prop::option::weighted(0.9, 0_i32..10), n), m))
        -> (Vec<f64>, Vec<bool>, Vec<Vec<Option<i32>>>) {
        (weights, cost, values)
    }
}

fn build(weights: &[f64], cost: &[bool], values: &[Vec<Option<i32>>]) -> (Criteria, Vec<Offer>) {
    let ids: Vec<String> = (0..weights.len()).map(|j| format!("c{j}")).collect();
    let list = ids
        .iter()
        .zip(cost)
        .map(|(id, &cost)| {
            criterion(
                id,
                if cost {
                    Direction::Cost
                } else {
                    Direction::Benefit
                },
            )
        })
        .collect();
    let offers = values
        .iter()
        .enumerate()
        .map(|(i, row)| {
            Offer::new(
                format!("offer-{i}"),
                ids.iter()
                    .zip(row)
                    .filter_map(|(id, v)| v.map(|v| (id.as_str(), f64::from(v)))),
            )
        })
        .collect();
    (criteria(list, weights), offers)
}

fn scores_by_name(r: &Ranking) -> Vec<(String, usize, f64)> {
    let mut out: Vec<_> = r
        .ranking
        .iter()
        .map(|o| (o.provider.clone(), o.rank, o.score))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn assert_same(a: &Ranking, b: &Ranking) -> Result<(), TestCaseError> {
    let (a, b) = (scores_by_name(a), scores_by_name(b));
    prop_assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        prop_assert_eq!(&x.0, &y.0);
        prop_assert_eq!(x.1, y.1);
        prop_assert!((x.2 - y.2).abs() < 1e-12);
    }
    Ok(())
}

const METHODS: [Method; 2] = [Method::WeightedSum, Method::Topsis];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn offer_order_does_not_matter((weights, cost, values) in case(), rotate in 0_usize..6) {
        let (c, offers) = build(&weights, &cost, &values);
        let mut shuffled = offers.clone();
        shuffled.reverse();
        let k = rotate % shuffled.len();
        shuffled.rotate_left(k);
        for method in METHODS {
            assert_same(&rank_offers(&c, &offers, method), &rank_offers(&c, &shuffled, method))?;
        }
    }

    #[test]
    fn weight_scale_does_not_matter((weights, cost, values) in case(), factor in 0.01_f64..100.0) {
        let (c, offers) = build(&weights, &cost, &values);
        let scaled: Vec<f64> = weights.iter().map(|w| w * factor).collect();
        let (c2, _) = build(&scaled, &cost, &values);
        for method in METHODS {
            assert_same(&rank_offers(&c, &offers, method), &rank_offers(&c2, &offers, method))?;
        }
    }

    #[test]
    fn raising_a_benefit_value_never_lowers_the_rank(
        (weights, _cost, values) in case(), who in 0_usize..6, which in 0_usize..4, by in 1_i32..10,
    ) {
        let cost = vec![false; weights.len()];
        let (c, offers) = build(&weights, &cost, &values);
        let who = who % offers.len();
        let id = format!("c{}", which % weights.len());
        let mut better = offers.clone();
        let Some(score) = better[who].scores.get_mut(&id) else { return Ok(()) };
        score.value += f64::from(by);
        for method in METHODS {
            let rank_of = |r: &Ranking| r.ranking.iter().find(|o| o.provider == offers[who].name).map(|o| o.rank);
            let before = rank_of(&rank_offers(&c, &offers, method));
            let after = rank_of(&rank_offers(&c, &better, method));
            prop_assert!(after <= before, "{:?}: {:?} -> {:?}", method, before, after);
        }
    }

    #[test]
    fn thresholds_name_another_winner((weights, cost, values) in case(), seed in any::<u64>()) {
        let (c, offers) = build(&weights, &cost, &values);
        for method in METHODS {
            let r = rank_offers(&c, &offers, method).with_sensitivity(&SmaaOptions::new(20, seed, WeightModel::DEFAULT_AROUND)).unwrap();
            let s = r.sensitivity.as_ref().unwrap();
            let winner = s.winner.as_deref().unwrap();
            for t in &s.thresholds {
                for change in [&t.increase, &t.decrease].into_iter().flatten() {
                    prop_assert!(change.winner != winner);
                    prop_assert!((0.0..=1.0).contains(&change.new_weight));
                    prop_assert!((change.change - (change.new_weight - t.weight)).abs() < 1e-12);
                }
            }
            prop_assert_eq!(s.spread.len(), r.ranking.len());
            for o in &s.spread {
                prop_assert!((0.0..=1.0).contains(&o.first_place_share));
                prop_assert!(1 <= o.best_rank && o.best_rank <= o.worst_rank);
                prop_assert!(o.worst_rank <= r.ranking.len());
            }
        }
    }

    #[test]
    fn scores_stay_in_unit_interval((weights, cost, values) in case()) {
        let (c, offers) = build(&weights, &cost, &values);
        for method in METHODS {
            let r = rank_offers(&c, &offers, method);
            prop_assert_eq!(r.ranking.len(), offers.len());
            for o in &r.ranking {
                prop_assert!(!o.score.is_nan());
                prop_assert!((0.0..=1.0).contains(&o.score), "{}", o.score);
                prop_assert!(o.contributions.iter().all(|x| x.is_finite()));
            }
        }
    }
}
