//! Speed of the ranking core and of the readiness assessment, on synthetic inputs
//! built through the same validators users go through. Run with
//! `cargo bench --bench ranking`; the figures in the README come from it.
//! (A bench binary rather than criterion: no extra dependencies, one table out.)
//!
//! Two more modes serve `bench/run.py` and BENCHMARKS.md:
//! - `ranking smaa INPUT.json OUT` runs the SMAA-2 core on an input written by
//!   `bench/run.py` and writes `OUT.json` (ranks, central weights, confidence) and
//!   `OUT.acceptability.f64` (the offers x ranks matrix, little-endian f64, row-major),
//!   the same files `bench/smaa_numpy.py` writes: timed as a whole process.
//! - `ranking smaa-scaling` times the core in process on growing offers, criteria and
//!   samples.

#![allow(clippy::print_stdout, clippy::unwrap_used)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use outsource::smaa::{SmaaOptions, WeightModel};
use outsource::{
    Lang, Method, SourceFile, Thresholds, assess, rank_offers, validate_brief, validate_criteria,
    validate_offers, validate_questionnaire,
};

/// A small deterministic generator for the synthetic values (SplitMix64).
struct Values(u64);

impl Values {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn inputs(criteria: usize, offers: usize) -> (outsource::Criteria, Vec<outsource::Offer>) {
    let mut values = Values(42);
    let mut text = String::new();
    for c in 0..criteria {
        let direction = if c % 3 == 0 { "cost" } else { "benefit" };
        let _ = writeln!(
            text,
            "[[criterion]]\nid = \"c{c}\"\nname = {{ fr = \"C{c}\", en = \"C{c}\" }}\nweight = {}\ndirection = \"{direction}\"\n",
            1.0 + (values.next() * 9.0).round()
        );
    }
    let (criteria, diagnostics) =
        validate_criteria(&SourceFile::new("criteria.toml", text), Lang::En);
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
    let criteria = criteria.unwrap();
    let mut text = String::new();
    for o in 0..offers {
        let _ = writeln!(
            text,
            "[[provider]]\nname = \"Provider {o}\"\n[provider.scores]"
        );
        for c in 0..criteria.criteria.len() {
            let _ = writeln!(text, "c{c} = {:.3}", values.next() * 10.0);
        }
    }
    let (offers, diagnostics) = validate_offers(
        &SourceFile::new("offers.toml", text),
        Some(&criteria),
        Lang::En,
    );
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
    (criteria, offers.unwrap())
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("smaa") => return smaa_file(&args[2], &args[3]),
        Some("smaa-scaling") => return smaa_scaling(),
        _ => {}
    }
    println!("{:<46} {:>12} {:>14}", "case", "median", "per sample");
    for (criteria, offers, samples) in [
        (12, 6, 10_000u32),
        (15, 15, 10_000),
        (15, 15, 1_000_000),
        (10, 1_000, 10_000),
    ] {
        let (c, o) = inputs(criteria, offers);
        for method in [Method::WeightedSum, Method::Topsis] {
            let time = median(5, || {
                black_box(rank_offers(black_box(&c), black_box(&o), method));
            });
            println!(
                "{:<46} {:>12.3?} {:>14}",
                format!("rank {criteria}x{offers} {method:?}"),
                time,
                ""
            );
            let runs = if samples >= 1_000_000 { 3 } else { 5 };
            let ranking = rank_offers(&c, &o, method);
            let time = median(runs, || {
                black_box(
                    ranking
                        .clone()
                        .with_sensitivity(&SmaaOptions::new(
                            samples,
                            1,
                            WeightModel::DEFAULT_AROUND,
                        ))
                        .unwrap(),
                );
            });
            println!(
                "{:<46} {:>12.3?} {:>11.0} ns",
                format!("sensitivity {criteria}x{offers} {method:?} {samples} samples"),
                time,
                time.as_nanos() as f64 / f64::from(samples),
            );
        }
    }

    let questionnaires: Vec<_> = outsource::BUILTIN_QUESTIONNAIRES
        .iter()
        .map(|(name, text)| {
            validate_questionnaire(&SourceFile::new(*name, *text), Lang::En)
                .0
                .unwrap()
        })
        .collect();
    let brief = include_str!("../examples/ecommerce-retailer.toml");
    let time = median(21, || {
        let file = SourceFile::new("brief.toml", brief);
        let (brief, _) = validate_brief(&file, &questionnaires, Lang::En);
        black_box(assess(
            &brief.unwrap(),
            &questionnaires,
            &Thresholds::default(),
        ));
    });
    println!(
        "{:<46} {:>12.3?} {:>14}",
        "validate + assess a 39-answer brief", time, ""
    );
}

/// The input `bench/run.py` writes.
#[derive(serde::Deserialize)]
struct SmaaInput {
    method: Method,
    samples: u32,
    seed: u64,
    spread: f64,
    weights: Vec<f64>,
    /// `benefit` or `cost`.
    directions: Vec<String>,
    names: Vec<String>,
    /// One row per offer.
    values: Vec<Vec<f64>>,
}

fn smaa_file(input: &str, out: &str) {
    use outsource::smaa::{Cell, SmaaOptions, UncertainMatrix, WeightModel, analyse};
    let input: SmaaInput = serde_json::from_str(&std::fs::read_to_string(input).unwrap()).unwrap();
    let matrix = UncertainMatrix {
        cells: input
            .values
            .iter()
            .flatten()
            .map(|&value| Cell::Exact { value })
            .collect(),
        rows: input.values.len(),
        directions: input
            .directions
            .iter()
            .map(|d| match d.as_str() {
                "cost" => outsource::Direction::Cost,
                _ => outsource::Direction::Benefit,
            })
            .collect(),
        names: input.names,
        price_columns: Vec::new(),
    };
    let options = SmaaOptions::new(
        input.samples,
        input.seed,
        WeightModel::Around {
            spread: input.spread,
        },
    );
    let smaa = analyse(&matrix, &input.weights, input.method, &options).unwrap();
    let mut bytes = Vec::with_capacity(matrix.rows * matrix.rows * 8);
    for offer in &smaa.offers {
        for share in &offer.acceptability {
            bytes.extend_from_slice(&share.to_le_bytes());
        }
    }
    std::fs::write(format!("{out}.acceptability.f64"), bytes).unwrap();
    let summary = serde_json::json!({
        "central_low": smaa.offers.iter().map(|o| o.ranks.central_low).collect::<Vec<_>>(),
        "central_high": smaa.offers.iter().map(|o| o.ranks.central_high).collect::<Vec<_>>(),
        "best": smaa.offers.iter().map(|o| o.ranks.best).collect::<Vec<_>>(),
        "worst": smaa.offers.iter().map(|o| o.ranks.worst).collect::<Vec<_>>(),
        "central_weights": smaa.offers.iter().map(|o| o.central_weights.clone()).collect::<Vec<_>>(),
        "confidence": smaa.offers.iter().map(|o| o.confidence).collect::<Vec<_>>(),
    });
    std::fs::write(format!("{out}.json"), summary.to_string()).unwrap();
}

/// In-process cost of the SMAA-2 core as offers, criteria and samples grow.
fn smaa_scaling() {
    use outsource::Direction;
    use outsource::smaa::{SmaaOptions, UncertainMatrix, WeightModel, analyse};
    let threads = rayon::current_num_threads();
    println!("threads: {threads}");
    println!(
        "{:<8} {:>7} {:>9} {:>9} {:>12} {:>16}",
        "method", "offers", "criteria", "samples", "median", "ns/(sample*offer)"
    );
    let cases = [
        (20, 15, 1_000_000u32),
        (20, 15, 250_000),
        (100, 15, 250_000),
        (1_000, 15, 25_000),
        (20, 5, 250_000),
        (20, 60, 250_000),
        (1_000, 30, 100_000),
        (1_000, 30, 25_000),
        (300, 30, 25_000),
        (3_000, 30, 25_000),
    ];
    for (offers, criteria, samples) in cases {
        let mut values = Values(7);
        let matrix = UncertainMatrix::exact(&outsource::DecisionMatrix {
            values: (0..offers * criteria)
                .map(|_| values.next() * 10.0)
                .collect(),
            rows: offers,
            directions: (0..criteria)
                .map(|c| {
                    if c % 3 == 0 {
                        Direction::Cost
                    } else {
                        Direction::Benefit
                    }
                })
                .collect(),
            names: (0..offers).map(|o| format!("Provider {o}")).collect(),
        });
        let weights: Vec<f64> = (0..criteria)
            .map(|_| 1.0 + (values.next() * 9.0).round())
            .collect();
        for method in [Method::WeightedSum, Method::Topsis] {
            let options = SmaaOptions::new(samples, 1, WeightModel::DEFAULT_AROUND);
            let time = median(3, || {
                black_box(analyse(&matrix, &weights, method, &options).unwrap());
            });
            println!(
                "{:<8} {:>7} {:>9} {:>9} {:>12.3?} {:>16.2}",
                method.id(),
                offers,
                criteria,
                samples,
                time,
                time.as_nanos() as f64 / f64::from(samples) / offers as f64,
            );
        }
    }
}
