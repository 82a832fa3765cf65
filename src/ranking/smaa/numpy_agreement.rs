//! The tool against the NumPy reference (`bench/smaa_numpy.py`) on a 100-offer case:
//! every acceptability share agrees within Monte Carlo error. Ignored by default
//! because it needs `python3` with NumPy (`cargo test --lib numpy_agreement --
//! --ignored`; `PYTHON` names another interpreter); `bench/run.py --agreement` runs
//! the same check on the release command line.

use super::rng::Xoshiro256StarStar;
use super::*;
use crate::model::criteria::Direction::{Benefit, Cost};

const OFFERS: usize = 100;
const CRITERIA: usize = 10;
const SAMPLES: u32 = 100_000;
/// Standard errors allowed per cell: the largest of 10,000 normal deviates is
/// about 4, so 5 leaves room without hiding a real disagreement (a wrong tie rule or
/// weight model moves many cells by tens of standard errors).
const MAX_Z: f64 = 5.0;

struct Case {
    weights: Vec<f64>,
    matrix: UncertainMatrix,
}

fn case() -> Case {
    let mut rng = Xoshiro256StarStar::new(100);
    let weights = (0..CRITERIA)
        .map(|_| (1.0 + (rng.next_f64() * 9.0).floor()).min(10.0))
        .collect();
    let cells = (0..OFFERS * CRITERIA)
        .map(|_| Cell::Exact {
            value: (rng.next_f64() * 10_000.0).round() / 1000.0,
        })
        .collect();
    let directions = (0..CRITERIA)
        .map(|j| if j % 3 == 0 { Cost } else { Benefit })
        .collect();
    Case {
        weights,
        matrix: UncertainMatrix {
            cells,
            rows: OFFERS,
            directions,
            names: (0..OFFERS).map(|i| format!("Provider {i}")).collect(),
            price_columns: Vec::new(),
        },
    }
}

fn input_json(case: &Case, method: Method) -> serde_json::Value {
    let values: Vec<Vec<f64>> = case
        .matrix
        .cells
        .chunks(CRITERIA)
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Cell::Exact { value } => *value,
                    _ => f64::NAN,
                })
                .collect()
        })
        .collect();
    serde_json::json!({
        "method": method.id(),
        "samples": SAMPLES,
        "seed": 1,
        "spread": 0.5,
        "weights": case.weights,
        "directions": case.matrix.directions.iter()
            .map(|d| if *d == Cost { "cost" } else { "benefit" })
            .collect::<Vec<_>>(),
        "names": case.matrix.names,
        "values": values,
    })
}

/// The NumPy reference's acceptability matrix (offers x ranks, row-major).
fn numpy_acceptability(input: &serde_json::Value) -> Vec<f64> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("input.json");
    std::fs::write(&path, input.to_string()).unwrap();
    let out = dir.path().join("numpy");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/smaa_numpy.py");
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let status = std::process::Command::new(python)
        .arg(script)
        .arg(&path)
        .arg(&out)
        .status()
        .expect("python3 with NumPy");
    assert!(status.success(), "{script} failed: {status}");
    let bytes = std::fs::read(dir.path().join("numpy.acceptability.f64")).unwrap();
    bytes
        .chunks_exact(8)
        .map(|b| f64::from_le_bytes(b.try_into().unwrap()))
        .collect()
}

fn agree(method: Method) {
    let case = case();
    let options = SmaaOptions::new(SAMPLES, 1, WeightModel::Around { spread: 0.5 });
    let ours = analyse(&case.matrix, &case.weights, method, &options).unwrap();
    let theirs = numpy_acceptability(&input_json(&case, method));
    assert_eq!(theirs.len(), OFFERS * OFFERS);
    let mut worst = (0.0, 0, 0);
    for (i, offer) in ours.offers.iter().enumerate() {
        assert_eq!(offer.provider, case.matrix.names[i]);
        for (r, &x) in offer.acceptability.iter().enumerate() {
            let y = theirs[i * OFFERS + r];
            let p = (x + y) / 2.0;
            // Standard error of the difference of two independent shares.
            let error = (2.0 * p * (1.0 - p) / f64::from(SAMPLES)).sqrt() + 1e-9;
            let z = (x - y).abs() / error;
            if z > worst.0 {
                worst = (z, i, r);
            }
        }
    }
    let (z, i, r) = worst;
    assert!(
        z <= MAX_Z,
        "{}: offer {i} rank {}: {z:.2} standard errors apart",
        method.id(),
        r + 1
    );
}

#[test]
#[ignore = "needs python3 with NumPy"]
fn weighted_sum_agrees_with_numpy() {
    agree(Method::WeightedSum);
}

#[test]
#[ignore = "needs python3 with NumPy"]
fn topsis_agrees_with_numpy() {
    agree(Method::Topsis);
}
