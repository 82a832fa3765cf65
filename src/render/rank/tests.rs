use super::common::*;
use super::*;
use crate::lang::Lang;
use crate::lang::Text;
use crate::model::criteria::{Criteria, Criterion, Direction};
use crate::model::offer::Offer;
use crate::ranking::Ranking;
use crate::ranking::method::Method;
use crate::ranking::rank_offers;

fn ranking(method: Method) -> Ranking {
    let criterion = |id: &str, weight: f64, direction| Criterion {
        id: id.to_owned(),
        name: Text::new(format!("{id} name"), format!("nom {id}")),
        weight,
        direction,
        min: None,
        max: Some(10.0),
        required: false,
        price: false,
        unit: None,
        scale: Default::default(),
    };
    let criteria = Criteria {
        criteria: vec![
            criterion("q", 0.5, Direction::Benefit),
            criterion("p", 0.5, Direction::Cost),
        ],
        method: None,
        ahp: None,
        groups: None,
    };
    // "A, B" and "C|D" tie (same values); E is excluded; F misses `p`.
    let offers = [
        Offer::new("A, B", [("q", 5.0), ("p", 2.0)]),
        Offer::new("C|D", [("q", 5.0), ("p", 2.0)]),
        Offer::new("E", [("q", 5.0), ("p", 20.0)]),
        Offer::new("F", [("q", 1.0)]),
    ];
    rank_offers(&criteria, &offers, method)
}

#[test]
fn csv_quotes_fields_and_keeps_full_precision() {
    let csv = render_csv(&ranking(Method::WeightedSum), Lang::En);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "rank,provider,score,q.value,q.normalised,q.contribution,\
         p.value,p.normalised,p.contribution"
    );
    // q: 5, 5, 1 -> (5 - 1) / 4 = 1 for A, B and C|D, 0 for F; times 0.5.
    assert_eq!(lines[1], "1,\"A, B\",1,5,1,0.5,2,1,0.5");
    assert_eq!(lines[2], "1,C|D,1,5,1,0.5,2,1,0.5");
    // F has no `p` (an empty value): a missing value is never as good as an
    // answer, so F gets 0 on it while the others (all 2) get 1:
    // F = 0.5 x 0 + 0.5 x 0 = 0.
    assert_eq!(lines[3], "3,F,0,1,0,0,,0,0");
}

#[test]
fn markdown_escapes_pipes_and_lists_exclusions() {
    let md = render_markdown(&ranking(Method::WeightedSum), Lang::En);
    assert!(md.contains("| 1= | C\\|D | 1.000 |"), "{md}");
    assert!(
        md.contains("- **E**: p name = 20 is above the maximum 10"),
        "{md}"
    );
    assert!(md.contains("_= tied"), "{md}");
    assert!(
        md.contains("| 3 | F | 0.000 | 1 · 0.000 | — · 0.000* |"),
        "{md}"
    );
}

#[test]
fn table_is_deterministic_and_bilingual() {
    let r = ranking(Method::Topsis);
    let en = render_table(&r, Lang::En);
    assert_eq!(en, render_table(&r, Lang::En));
    assert!(en.contains("│   1= ┆ A, B"), "{en}");
    assert!(en.contains("Excluded:\n  - E: p name = 20 is above the maximum 10"));
    let fr = render_table(&r, Lang::Fr);
    assert!(
        fr.contains("Exclues\u{a0}:\n  - E\u{a0}: nom p = 20 dépasse le maximum 10"),
        "{fr}"
    );
    assert!(fr.contains("nom q"));
}

#[test]
fn json_is_valid_and_has_no_nan() {
    for method in [Method::WeightedSum, Method::Topsis] {
        let r = ranking(method)
            .with_sensitivity(&crate::ranking::smaa::SmaaOptions::new(
                20,
                3,
                crate::ranking::smaa::WeightModel::DEFAULT_AROUND,
            ))
            .unwrap();
        let text = render_json(&r, Lang::En);
        assert!(!text.contains("NaN") && !text.contains("null,\n      \"tied\""));
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(doc["ranking"][0]["tied"], true);
        assert_eq!(doc["excluded"][0]["reasons"][0]["code"], "above-max");
        assert_eq!(
            doc["sensitivity"]["rank_range"]["F"],
            serde_json::json!([3, 3])
        );
    }
}

fn smaa_options(seed: u64) -> crate::ranking::smaa::SmaaOptions {
    crate::ranking::smaa::SmaaOptions::new(
        500,
        seed,
        crate::ranking::smaa::WeightModel::NoPreference,
    )
}

#[test]
fn json_acceptability_rows_sum_to_one_and_start_with_first_places() {
    for method in [Method::WeightedSum, Method::Topsis] {
        let r = ranking(method).with_sensitivity(&smaa_options(5)).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&render_json(&r, Lang::En)).unwrap();
        let s = &doc["sensitivity"];
        assert_eq!(s["weight_model"]["kind"], "no-preference");
        let rows = s["acceptability"].as_array().unwrap();
        // Three ranked offers ("A, B", "C|D", F): three rows of three ranks.
        assert_eq!(rows.len(), 3);
        for row in rows {
            let ranks: Vec<f64> = row["ranks"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_f64().unwrap())
                .collect();
            assert_eq!(ranks.len(), 3);
            assert!((ranks.iter().sum::<f64>() - 1.0).abs() < 1e-12);
            let provider = row["provider"].as_str().unwrap();
            assert_eq!(
                Some(ranks[0]),
                s["first_place_share"][provider].as_f64(),
                "{provider}"
            );
        }
        // "A, B" and "C|D" have the same values: they tie first in every sample
        // (tied offers share the better rank), so both rows are [1, 0, 0].
        assert_eq!(rows[0]["ranks"], serde_json::json!([1.0, 0.0, 0.0]));
        assert_eq!(rows[1]["ranks"], serde_json::json!([1.0, 0.0, 0.0]));
    }
}

#[test]
fn same_seed_same_output() {
    for seed in [1, 2, 99] {
        let a = ranking(Method::Topsis)
            .with_sensitivity(&smaa_options(seed))
            .unwrap();
        let b = ranking(Method::Topsis)
            .with_sensitivity(&smaa_options(seed))
            .unwrap();
        assert_eq!(render_json(&a, Lang::En), render_json(&b, Lang::En));
        assert_eq!(render_csv(&a, Lang::En), render_csv(&b, Lang::En));
        assert_eq!(render_table(&a, Lang::Fr), render_table(&b, Lang::Fr));
    }
}

#[test]
fn csv_with_sensitivity_is_the_ranking_with_acceptability_columns() {
    let plain = render_csv(&ranking(Method::WeightedSum), Lang::En);
    let r = ranking(Method::WeightedSum)
        .with_sensitivity(&smaa_options(1))
        .unwrap();
    let csv = render_csv(&r, Lang::En);
    let (plain, lines): (Vec<&str>, Vec<&str>) = (plain.lines().collect(), csv.lines().collect());
    // Still the ranking: header and one row per ranked offer ("A, B", C|D, F),
    // each row the plain one with the sensitivity columns after it.
    assert_eq!(lines.len(), plain.len());
    assert_eq!(
        lines[0],
        format!(
            "{},rank_1_share,rank_2_share,rank_3_share,mean_rank,best_rank,worst_rank,\
             central_rank_low,central_rank_high,confidence,q.central_weight,p.central_weight",
            plain[0]
        )
    );
    // F scores 0 whatever the weights (q 1 is the worst, p missing counts 0):
    // rank 3 in every sample, shares 0, 0, 1; mean, best, worst and central
    // ranks 3; never first, so no confidence and no central weights.
    assert_eq!(lines[3], format!("{},0,0,1,3,3,3,3,3,,,", plain[3]));
    // "A, B" and C|D tie in every sample (same values) and share rank 1.
    let cells: Vec<&str> = lines[2].rsplitn(12, ',').collect();
    let cells: Vec<&str> = cells.into_iter().rev().collect();
    assert_eq!(cells[1..10], ["1", "0", "0", "1", "1", "1", "1", "1", "1"]);
    // Its central weights are a mean of weight vectors that each sum to 1.
    let sum: f64 = cells[10..].iter().map(|c| c.parse::<f64>().unwrap()).sum();
    assert!((sum - 1.0).abs() < 1e-9, "{sum}");
}

#[test]
fn table_caps_the_rank_columns() {
    // 12 offers with distinct values: ranks 1..=10 shown, then "Lower".
    let criteria = Criteria {
        criteria: vec![Criterion {
            id: "q".to_owned(),
            name: Text::new("q", "q"),
            weight: 1.0,
            direction: Direction::Benefit,
            min: None,
            max: None,
            required: false,
            price: false,
            unit: None,
            scale: Default::default(),
        }],
        method: None,
        ahp: None,
        groups: None,
    };
    let offers: Vec<Offer> = (0..12)
        .map(|i| Offer::new(format!("O{i:02}"), [("q", f64::from(i))]))
        .collect();
    let r = rank_offers(&criteria, &offers, Method::WeightedSum)
        .with_sensitivity(&smaa_options(1))
        .unwrap();
    let s = r.sensitivity.as_ref().unwrap();
    let (header, rows) = acceptability_table(s, Lang::En);
    // Provider, #1..#10, Lower, Best, Central, Worst, Confidence.
    assert_eq!(header.len(), 1 + 10 + 1 + 4);
    assert_eq!(header[11], "Lower");
    // O00 is always last (rank 12): 100% in "Lower", central interval 12–12.
    let last = rows.iter().find(|row| row[0] == "O00").unwrap();
    assert_eq!(last[11], "100.0%");
    assert_eq!(last[13], "12–12");
}

#[test]
fn percentages() {
    assert_eq!(percent(0.3, Lang::En), "30%");
    assert_eq!(percent(0.3, Lang::Fr), "30\u{a0}%");
    // 6.67 -> 6.7; 29.999 -> 30.0 -> 30 (the trailing zero dropped).
    assert_eq!(percent(0.0667, Lang::Fr), "6,7\u{a0}%");
    assert_eq!(percent(0.0, Lang::En), "0%");
    assert_eq!(percent(0.4 / 3.0, Lang::En), "13.3%");
    assert_eq!(percent(0.29999, Lang::En), "30%");
}
