//! Scales and groups (issue 13): a two-level hierarchy with AHP at both levels,
//! group thresholds, and the properties fixed scales and flat files must keep.

use proptest::prelude::*;

use super::*;
use crate::diag::SourceFile;
use crate::lang::{Lang, Text};
use crate::model::criteria::{Criteria, Criterion, Direction, Scale, normalise_weights};
use crate::model::offer::Offer;
use crate::ranking::method::Method;
use crate::validate::criteria::validate_criteria;

fn parse(text: &str) -> Criteria {
    let (criteria, diagnostics) = validate_criteria(&SourceFile::new("c.toml", text), Lang::En);
    assert!(
        !diagnostics.iter().any(crate::diag::Diagnostic::is_error),
        "{diagnostics:?}"
    );
    criteria.unwrap()
}

const HIERARCHY: &str = r#"
[ahp]
comparisons = [["cost", "quality", 3]]

[[group]]
id = "cost"

[[group]]
id = "quality"
comparisons = [["sla", "support", 2], ["sla", "refs", 4], ["support", "refs", 2]]

[[criterion]]
id = "price"
group = "cost"
weight = 3
scale = "lowest-price"

[[criterion]]
id = "exit"
group = "cost"
weight = 1
scale = { worst = 6, best = 1 }

[[criterion]]
id = "sla"
group = "quality"
scale = { worst = 60, best = 90 }

[[criterion]]
id = "support"
group = "quality"
scale = { levels = ["none", "basic", "good", "excellent"] }

[[criterion]]
id = "refs"
group = "quality"
scale = { points = [[0, 0], [5, 0.8], [10, 1]] }
"#;

#[test]
fn two_level_hierarchy_with_ahp_at_both_levels() {
    let criteria = parse(HIERARCHY);
    // Groups: [[1, 3], [1/3, 1]] gives cost 3/4, quality 1/4 (lambda_max 2, CR 0).
    // Inside quality: 2, 4 and 2 are consistent (4 = 2 x 2): weights 4:2:1, so
    // 4/7, 2/7, 1/7 (lambda_max 3, CR 0). Inside cost: 3 and 1 give 3/4, 1/4.
    // Global: price 3/4 x 3/4 = 0.5625, exit 3/4 x 1/4 = 0.1875,
    // sla 1/4 x 4/7 = 1/7, support 1/4 x 2/7 = 1/14, refs 1/4 x 1/7 = 1/28.
    let want = [0.5625, 0.1875, 1.0 / 7.0, 1.0 / 14.0, 1.0 / 28.0];
    for (got, want) in criteria.weights().iter().zip(want) {
        assert!((got - want).abs() < 1e-9, "{:?}", criteria.weights());
    }
    let groups = criteria.groups.as_ref().unwrap();
    let top = groups.ahp.as_ref().unwrap();
    assert!(top.cr.abs() < 1e-9 && (top.lambda_max - 2.0).abs() < 1e-9);
    let inside = groups.list[1].ahp.as_ref().unwrap();
    assert!(inside.cr.abs() < 1e-6 && (inside.lambda_max - 3.0).abs() < 1e-6);
    assert!(groups.list[0].ahp.is_none());

    // A: price 2.0, exit 3, sla 90, support good, refs 10.
    // B: price 2.5, exit 1, sla 75, support excellent, refs missing.
    // Utilities: price A 2/2 = 1, B 2/2.5 = 0.8; exit A (3-6)/(1-6) = 0.6, B 1;
    // sla A 1, B (75-60)/30 = 0.5; support A 2/3, B 1; refs A 1, B 0 (missing: the
    // scale's worst).
    // Cost: A 0.75 x 1 + 0.25 x 0.6 = 0.9; B 0.75 x 0.8 + 0.25 x 1 = 0.85.
    // Quality: A 4/7 + 2/7 x 2/3 + 1/7 = 19/21; B 4/7 x 0.5 + 2/7 + 0 = 4/7.
    // Score: A 0.75 x 0.9 + 0.25 x 19/21 = 0.901190…; B 0.6375 + 1/7 = 0.780357….
    let support = |name: &str| criteria.criteria[3].scale.level(name).unwrap().value;
    let offers = [
        Offer::new(
            "A",
            [
                ("price", 2.0),
                ("exit", 3.0),
                ("sla", 90.0),
                ("support", support("good")),
                ("refs", 10.0),
            ],
        ),
        Offer::new(
            "B",
            [
                ("price", 2.5),
                ("exit", 1.0),
                ("sla", 75.0),
                ("support", support("excellent")),
            ],
        ),
    ];
    let r = rank_offers(&criteria, &offers, Method::WeightedSum);
    let close = |got: f64, want: f64| assert!((got - want).abs() < 1e-9, "{got} != {want}");
    close(r.ranking[0].score, 0.675 + 0.25 * 19.0 / 21.0);
    close(r.ranking[1].score, 0.6375 + 1.0 / 7.0);
    close(r.ranking[0].group_scores[0], 0.9);
    close(r.ranking[0].group_scores[1], 19.0 / 21.0);
    close(r.ranking[1].group_scores[0], 0.85);
    close(r.ranking[1].group_scores[1], 4.0 / 7.0);
    assert_eq!(r.ranking[1].missing, ["refs"]);
    close(r.criteria[2].local_weight, 4.0 / 7.0);
    assert_eq!(r.criteria[2].group.as_deref(), Some("quality"));
    assert!(r.criteria[1].fixed && !r.criteria[0].fixed);
}

#[test]
fn group_weight_thresholds_by_hand() {
    // g1 = {x}, g2 = {y, z}, every weight 1, linear 0 to 1 scales.
    // A: x 1, y 0, z 0.4 -> g1 1, g2 0.2; B: x 0, y 1, z 1 -> g1 0, g2 1.
    // With g1's weight W: A = W + 0.2 (1 - W) = 0.2 + 0.8 W, B = 1 - W; A wins at
    // W = 0.5 (0.6 against 0.5) and B from 0.2 + 0.8 W = 1 - W, W = 4/9: lowering g1
    // by 1/18 = 0.0556 (raising g2 by as much) makes B the winner.
    let criteria = parse(
        "[[group]]\nid = \"g1\"\nweight = 1\n[[group]]\nid = \"g2\"\nweight = 1\n\
         [[criterion]]\nid = \"x\"\ngroup = \"g1\"\nweight = 1\nscale = { worst = 0, best = 1 }\n\
         [[criterion]]\nid = \"y\"\ngroup = \"g2\"\nweight = 1\nscale = { worst = 0, best = 1 }\n\
         [[criterion]]\nid = \"z\"\ngroup = \"g2\"\nweight = 1\nscale = { worst = 0, best = 1 }\n",
    );
    let offers = [
        Offer::new("A", [("x", 1.0), ("y", 0.0), ("z", 0.4)]),
        Offer::new("B", [("x", 0.0), ("y", 1.0), ("z", 1.0)]),
    ];
    let options = crate::ranking::smaa::SmaaOptions::new(
        0,
        1,
        crate::ranking::smaa::WeightModel::DEFAULT_AROUND,
    );
    let r = rank_offers(&criteria, &offers, Method::WeightedSum)
        .with_sensitivity(&options)
        .unwrap();
    let s = r.sensitivity.unwrap();
    let [g1, g2] = s.groups.as_slice() else {
        panic!("two groups: {:?}", s.groups);
    };
    assert!(g1.increase.is_none());
    let down = g1.decrease.as_ref().unwrap();
    assert!((down.new_weight - 4.0 / 9.0).abs() < 1e-6, "{down:?}");
    assert_eq!(down.winner, "B");
    let up = g2.increase.as_ref().unwrap();
    assert!((up.new_weight - 5.0 / 9.0).abs() < 1e-6, "{up:?}");
    assert!((up.change - 1.0 / 18.0).abs() < 1e-6);
    assert!(g2.decrease.is_none());
}

fn criterion(j: usize, scale: Scale, direction: Direction, weight: f64) -> Criterion {
    Criterion {
        id: format!("c{j}"),
        name: Text::new(format!("c{j}"), format!("c{j}")),
        weight,
        direction,
        min: None,
        max: None,
        required: false,
        price: false,
        unit: None,
        scale,
    }
}

fn offers(values: &[Vec<Option<i32>>]) -> Vec<Offer> {
    values
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let scores: Vec<(String, f64)> = row
                .iter()
                .enumerate()
                .filter_map(|(j, v)| v.map(|v| (format!("c{j}"), f64::from(v))))
                .collect();
            Offer::new(
                format!("offer-{i}"),
                scores.iter().map(|(id, v)| (id.as_str(), *v)),
            )
        })
        .collect()
}

prop_compose! {
    fn fixed_case()(n in 1_usize..5, m in 2_usize..7)
        (weights in prop::collection::vec(0.1_f64..10.0, n),
         ends in prop::collection::vec((-5_i32..15, 1_i32..10, any::<bool>()), n),
         values in prop::collection::vec(prop::collection::vec(prop::option::weighted(0.85, -5_i32..15), n), m),
         drop in 0_usize..7)
        -> (Criteria, Vec<Offer>, usize) {
        let weights = normalise_weights(&weights);
        let list = ends.iter().zip(&weights).enumerate().map(|(j, (&(from, span, up), &w))| {
            let (worst, best) = if up { (from, from + span) } else { (from + span, from) };
            let scale = if j % 2 == 0 {
                Scale::Linear { worst: f64::from(worst), best: f64::from(best) }
            } else {
                let (a, b) = (f64::from(from), f64::from(from + span));
                Scale::Points { points: vec![(a, 0.0), ((a + b) / 2.0, 0.7), (b, 1.0)] }
            };
            criterion(j, scale, Direction::Benefit, w)
        }).collect();
        let criteria = Criteria { criteria: list, method: None, ahp: None, groups: None };
        let offers = offers(&values);
        let drop = drop % offers.len();
        (criteria, offers, drop)
    }
}

prop_compose! {
    fn flat_case()(n in 1_usize..5, m in 2_usize..7)
        (weights in prop::collection::vec(0.1_f64..10.0, n),
         cost in prop::collection::vec(any::<bool>(), n),
         values in prop::collection::vec(prop::collection::vec(prop::option::weighted(0.9, 0_i32..10), n), m),
         split in 1_usize..5)
        -> (Vec<f64>, Vec<bool>, Vec<Vec<Option<i32>>>, usize) {
        (weights, cost, values, split)
    }
}

/// The flat criteria of a case, and the same weights split into groups (the first
/// `split` criteria in one group, the rest in another).
fn flat_and_grouped(weights: &[f64], cost: &[bool], split: usize) -> (Criteria, Criteria) {
    let weights = normalise_weights(weights);
    let list: Vec<Criterion> = weights
        .iter()
        .zip(cost)
        .enumerate()
        .map(|(j, (&w, &cost))| {
            let direction = if cost {
                Direction::Cost
            } else {
                Direction::Benefit
            };
            criterion(j, Scale::Relative, direction, w)
        })
        .collect();
    let flat = Criteria {
        criteria: list.clone(),
        method: None,
        ahp: None,
        groups: None,
    };
    let split = split.min(list.len());
    let group = |id: &str, members: &[Criterion]| crate::model::criteria::Group {
        id: id.to_owned(),
        name: Text::new(id, id),
        weight: members.iter().map(|c| c.weight).sum(),
        criteria: members.iter().map(|c| c.id.clone()).collect(),
        ahp: None,
    };
    let mut groups = vec![group("a", &list[..split])];
    if split < list.len() {
        groups.push(group("b", &list[split..]));
    }
    let grouped = Criteria {
        groups: Some(crate::model::criteria::Groups {
            list: groups,
            ahp: None,
        }),
        ..flat.clone()
    };
    (flat, grouped)
}

const METHODS: [Method; 2] = [Method::WeightedSum, Method::Topsis];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// With every criterion on a fixed scale, an offer's score depends on its own
    /// values only: removing another offer changes no score, so no order.
    #[test]
    fn fixed_scales_never_reorder_the_others((criteria, offers, drop) in fixed_case()) {
        let mut fewer = offers.clone();
        fewer.remove(drop);
        for method in METHODS {
            let all = rank_offers(&criteria, &offers, method);
            let some = rank_offers(&criteria, &fewer, method);
            let score = |r: &Ranking, name: &str| {
                r.ranking.iter().find(|o| o.provider == name).map(|o| o.score)
            };
            for offer in &some.ranking {
                let before = score(&all, &offer.provider).unwrap();
                prop_assert!((before - offer.score).abs() < 1e-12, "{} {} {}", offer.provider, before, offer.score);
            }
            // The same order of the remaining offers (ties broken by name both times).
            let order = |r: &Ranking| -> Vec<String> {
                r.ranking.iter().map(|o| o.provider.clone()).filter(|p| *p != offers[drop].name).collect()
            };
            prop_assert_eq!(order(&all), order(&some));
        }
    }

    /// A flat file ranks as the method on the raw values always did, and grouping
    /// its criteria with the same global weights changes nothing.
    #[test]
    fn flat_and_grouped_files_rank_as_before((weights, cost, values, split) in flat_case()) {
        let (flat, grouped) = flat_and_grouped(&weights, &cost, split);
        let offers = offers(&values);
        for method in METHODS {
            let r = rank_offers(&flat, &offers, method);
            // The ranking before scales and groups: a missing value replaced by the
            // worst answer (0 when none), then the method on the values. Where some
            // offers answered a criterion and others did not, the column is now
            // utilities (answers min-max, missing 0): the same weighted sum, while
            // TOPSIS no longer places a missing value as well as the worst answer.
            let n = weights.len();
            let old: Vec<f64> = (0..offers.len() * n)
                .map(|k| {
                    let (i, j) = (k / n, k % n);
                    let answers = values.iter().filter_map(|row| row[j]);
                    let worst = if cost[j] { answers.max() } else { answers.min() };
                    f64::from(values[i][j].or(worst).unwrap_or(0))
                })
                .collect();
            let partly_missing = (0..n).any(|j| {
                let answers = values.iter().filter(|row| row[j].is_some()).count();
                answers > 0 && answers < values.len()
            });
            let agree_with_missing = (0..n).any(|j| {
                let answers: Vec<i32> = values.iter().filter_map(|row| row[j]).collect();
                answers.len() < values.len()
                    && !answers.is_empty()
                    && answers.iter().all(|a| *a == answers[0])
            });
            // The fix itself: agreeing answers beat a missing value.
            prop_assume!(!agree_with_missing);
            if partly_missing && method != Method::WeightedSum {
                continue;
            }
            let matrix = DecisionMatrix {
                values: old,
                rows: offers.len(),
                directions: flat.criteria.iter().map(|c| c.direction).collect(),
                names: offers.iter().map(|o| o.name.clone()).collect(),
            };
            if !partly_missing {
                prop_assert_eq!(&r.matrix, &matrix);
            }
            let mut want = vec![0.0; offers.len()];
            Scorer::new(&matrix, method).scores(&flat.weights(), &mut want);
            for offer in &r.ranking {
                let row = offers.iter().position(|o| o.name == offer.provider).unwrap();
                if partly_missing {
                    // The same min-max, computed on utilities: equal up to rounding.
                    prop_assert!((offer.score - want[row]).abs() < 1e-12);
                } else {
                    prop_assert_eq!(offer.score, want[row]);
                }
                prop_assert_eq!(offer.values.len(), n);
            }
            let g = rank_offers(&grouped, &offers, method);
            for (a, b) in r.ranking.iter().zip(&g.ranking) {
                prop_assert_eq!(&a.provider, &b.provider);
                prop_assert_eq!(a.rank, b.rank);
                prop_assert_eq!(a.score, b.score);
            }
        }
    }
}

#[test]
fn an_inconsistent_matrix_inside_a_group_is_warned() {
    // a = 9 b, b = 9 c, yet c = 9 a: a cycle, far from consistent (CR >> 0.10).
    let criteria = parse(
        "[[group]]\nid = \"g\"\nname = \"Quality\"\nweight = 1\n\
         comparisons = [[\"a\", \"b\", 9], [\"b\", \"c\", 9], [\"c\", \"a\", 9]]\n\
         [[group]]\nid = \"h\"\nweight = 1\n\
         [[criterion]]\nid = \"a\"\ngroup = \"g\"\n\
         [[criterion]]\nid = \"b\"\ngroup = \"g\"\n\
         [[criterion]]\nid = \"c\"\ngroup = \"g\"\n\
         [[criterion]]\nid = \"d\"\ngroup = \"h\"\nweight = 1\n",
    );
    let inside = criteria.groups.as_ref().unwrap().list[0]
        .ahp
        .as_ref()
        .unwrap();
    assert!(inside.cr > 0.1, "{inside:?}");
    let offers = [
        Offer::new("A", [("a", 1.0), ("b", 2.0), ("c", 3.0), ("d", 1.0)]),
        Offer::new("B", [("a", 2.0), ("b", 1.0), ("c", 1.0), ("d", 2.0)]),
    ];
    let r = rank_offers(&criteria, &offers, Method::WeightedSum);
    let warning = r
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::AhpInconsistent)
        .unwrap();
    assert!(
        warning
            .message
            .en
            .contains("of the comparisons inside Quality"),
        "{}",
        warning.message.en
    );
}

#[test]
fn topsis_takes_fixed_utilities_with_ideal_one_and_anti_ideal_zero() {
    // One criterion, linear 0 to 10, weight 1: A 8 -> u 0.8, B 2 -> u 0.2.
    // A: d+ = |1 - 0.8| = 0.2, d- = |0.8 - 0| = 0.8, C = 0.8 / 1.0 = 0.8.
    // B: d+ = 0.8, d- = 0.2, C = 0.2. (Vector normalisation between the offers would
    // have made A the ideal, C = 1.)
    let scale = Scale::Linear {
        worst: 0.0,
        best: 10.0,
    };
    let criteria = Criteria {
        criteria: vec![criterion(0, scale, Direction::Benefit, 1.0)],
        method: None,
        ahp: None,
        groups: None,
    };
    let offers = [
        Offer::new("A", [("c0", 8.0)]),
        Offer::new("B", [("c0", 2.0)]),
    ];
    let r = rank_offers(&criteria, &offers, Method::Topsis);
    assert!((r.ranking[0].score - 0.8).abs() < 1e-12, "{:?}", r.ranking);
    assert!((r.ranking[1].score - 0.2).abs() < 1e-12);
    // The contribution is the weighted gap to the anti-ideal 0: 1 x 0.8.
    assert!((r.ranking[0].contributions[0] - 0.8).abs() < 1e-12);
}

/// Groups whose AHP judgements are given per evaluator (`by`), among the groups
/// and inside a group of four.
const EVALUATED_HIERARCHY: &str = r#"
[ahp]
comparisons = [
  ["cost", "quality", { by = { claire = 2, malik = 2 } }],
  ["quality", "team", { by = { claire = 2, malik = 2 } }],
  ["cost", "team", { by = { claire = 4, malik = 0.5 } }],
]

[[group]]
id = "cost"

[[group]]
id = "quality"
name = "Quality"
comparisons = [
  ["a", "b", { by = { claire = 2, malik = 1 } }],
  ["a", "c", 1],
  ["a", "d", { by = { claire = 0.5, malik = 1 } }],
  ["b", "c", { by = { claire = 2, malik = 1 } }],
  ["b", "d", 1],
  ["c", "d", { by = { claire = 2, malik = 1 } }],
]

[[group]]
id = "team"

[[criterion]]
id = "price"
group = "cost"
weight = 1

[[criterion]]
id = "fit"
group = "team"
weight = 1

[[criterion]]
id = "a"
group = "quality"

[[criterion]]
id = "b"
group = "quality"

[[criterion]]
id = "c"
group = "quality"

[[criterion]]
id = "d"
group = "quality"
"#;

#[test]
fn each_evaluators_consistency_per_matrix_of_the_groups() {
    let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
    let criteria = parse(EVALUATED_HIERARCHY);
    let groups = criteria.groups.as_ref().unwrap();
    let cr = |ahp: &crate::model::ahp::AhpResult, name: &str| {
        ahp.evaluators.iter().find(|e| e.name == name).unwrap().cr
    };

    // Among the groups (cost, quality, team), n = 3, RI = 0.58 (Saaty 1980).
    // claire: cost/quality 2, quality/team 2, cost/team 4 = 2 x 2: consistent,
    // lambda_max = 3, CI = (3 - 3) / 2 = 0, CR = 0.
    // malik: cost/quality 2, quality/team 2, cost/team 1/2: every row holds 1, 2
    // and 1/2 ([1 2 1/2; 1/2 1 2; 2 1/2 1]), so w = (1, 1, 1) / 3 and
    // lambda_max = 1 + 2 + 0.5 = 3.5; CI = (3.5 - 3) / 2 = 0.25;
    // CR = 0.25 / 0.58 = 0.431034...
    let among = groups.ahp.as_ref().unwrap();
    let names: Vec<&str> = among.evaluators.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["claire", "malik"]);
    assert!(close(cr(among, "claire"), 0.0), "{among:?}");
    assert!(close(cr(among, "malik"), 0.25 / 0.58), "{among:?}");

    // Inside quality (a, b, c, d), n = 4, RI = 0.90. The plain judgements (a/c 1,
    // b/d 1) are everyone's.
    // claire: every row holds 1, 2, 1 and 1/2 ([1 2 1 1/2; 1/2 1 2 1; 1 1/2 1 2;
    // 2 1 1/2 1]): w uniform, lambda_max = 1 + 2 + 1 + 0.5 = 4.5;
    // CI = (4.5 - 4) / 3 = 0.166667; CR = 0.166667 / 0.90 = 0.185185 (> 0.10).
    // malik: every judgement 1: lambda_max = 4, CI = 0, CR = 0.
    // The aggregate (geometric means): a/b = b/c = c/d = sqrt(2 x 1) = sqrt(2),
    // a/d = sqrt(1/2 x 1) = 1 / sqrt(2), a/c = b/d = 1: rows hold 1, sqrt(2), 1,
    // 1/sqrt(2), so lambda_max = 2 + 1.414214 + 0.707107 = 4.121320;
    // CI = 0.121320 / 3 = 0.040440; CR = 0.040440 / 0.90 = 0.044934.
    let inside = groups.list[1].ahp.as_ref().unwrap();
    assert!(close(cr(inside, "claire"), 0.5 / 3.0 / 0.90), "{inside:?}");
    assert!(close(cr(inside, "malik"), 0.0), "{inside:?}");
    let lambda = 2.0 + 2.0_f64.sqrt() + 0.5_f64.sqrt();
    assert!(close(inside.lambda_max, lambda), "{inside:?}");
    assert!(close(inside.cr, (lambda - 4.0) / 3.0 / 0.90), "{inside:?}");

    // The lines every human output prints, with the flat case's rule: "(above
    // 0.10)" past Saaty's threshold.
    let offers = [
        Offer::new(
            "A",
            [
                ("price", 1.0),
                ("fit", 2.0),
                ("a", 1.0),
                ("b", 2.0),
                ("c", 3.0),
                ("d", 1.0),
            ],
        ),
        Offer::new(
            "B",
            [
                ("price", 2.0),
                ("fit", 1.0),
                ("a", 2.0),
                ("b", 1.0),
                ("c", 1.0),
                ("d", 2.0),
            ],
        ),
    ];
    let r = rank_offers(&criteria, &offers, Method::WeightedSum);
    let lines = crate::render::rank::disagreement::ahp_evaluator_lines(&r, Lang::En);
    assert_eq!(
        lines,
        [
            "claire, comparisons among the groups: consistency ratio 0.000",
            "malik, comparisons among the groups: consistency ratio 0.431 (above 0.10)",
            "claire, comparisons inside Quality: consistency ratio 0.185 (above 0.10)",
            "malik, comparisons inside Quality: consistency ratio 0.000",
        ]
    );
    let french = crate::render::rank::disagreement::ahp_evaluator_lines(&r, Lang::Fr);
    assert_eq!(
        french[1],
        "malik, comparaisons entre les groupes\u{a0}: ratio de cohérence 0,431 (au-dessus de 0,10)"
    );
}
