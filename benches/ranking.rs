//! Speed of the ranking core and of the readiness assessment, on synthetic inputs
//! built through the same validators users go through. Run with
//! `cargo bench --bench ranking`; the figures in the README come from it.
//! (A bench binary rather than criterion: no extra dependencies, one table out.)

#![allow(clippy::print_stdout, clippy::unwrap_used)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use outsource::diag::SourceFile;
use outsource::lang::Lang;
use outsource::ranking::method::Method;
use outsource::ranking::rank_offers;
use outsource::readiness::{Thresholds, assess};
use outsource::validate::brief::validate_brief;
use outsource::validate::criteria::validate_criteria;
use outsource::validate::offer::validate_offers;
use outsource::validate::questionnaire::validate_questionnaire;

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

fn inputs(
    criteria: usize,
    offers: usize,
) -> (
    outsource::model::criteria::Criteria,
    Vec<outsource::model::offer::Offer>,
) {
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
                black_box(ranking.clone().with_sensitivity(samples, 1));
            });
            println!(
                "{:<46} {:>12.3?} {:>11.0} ns",
                format!("sensitivity {criteria}x{offers} {method:?} {samples} samples"),
                time,
                time.as_nanos() as f64 / f64::from(samples),
            );
        }
    }

    let questionnaires: Vec<_> = outsource::load::BUILTIN_QUESTIONNAIRES
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
