//! TOPSIS (Hwang and Yoon, 1981): vector normalisation, weighting, Euclidean distances
//! to the ideal and anti-ideal points, closeness `C = d- / (d+ + d-)`.
//!
//! Edge cases, defined so that no NaN can come out:
//! - a criterion whose values are all 0 has a zero column norm: every offer gets 0 on
//!   it, so it does not move any distance;
//! - a column of utilities from a fixed scale ([`Direction::Utility`]) is taken as it
//!   is, with a fixed ideal 1 and anti-ideal 0, so it never depends on the other
//!   offers;
//! - when an offer is at both the ideal and the anti-ideal point (`d+ = d- = 0`, which
//!   happens only when every criterion with a weight has the same value for all offers),
//!   its closeness is 1, the same as the weighted sum's "all equal" rule: all tie.
//!
//! The normalised matrix and the squared gaps to the ideal and anti-ideal do not depend
//! on the weights (a positive weight scales a column, so the ideal of `w_j r_ij` is
//! `w_j` times the ideal of `r_ij`), so they are computed once and each set of weights
//! costs two multiply-adds per cell.

use crate::model::criteria::Direction;

/// The weight-independent part of TOPSIS for one decision matrix.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Topsis {
    columns: usize,
    /// Vector-normalised values `r_ij = x_ij / sqrt(sum_i x_ij^2)`, row-major.
    pub normalised: Vec<f64>,
    /// `(r_ij - ideal_j)^2`, row-major.
    pub(crate) gap_ideal: Vec<f64>,
    /// `(r_ij - anti_ideal_j)^2`, row-major.
    pub(crate) gap_anti: Vec<f64>,
}

impl Topsis {
    pub(crate) fn new(values: &[f64], directions: &[Direction]) -> Self {
        let n = directions.len();
        let mut normalised = vec![0.0; values.len()];
        let mut gap_ideal = vec![0.0; values.len()];
        let mut gap_anti = vec![0.0; values.len()];
        if n > 0 {
            for (j, direction) in directions.iter().enumerate() {
                if *direction == Direction::Utility {
                    for (i, u) in values.iter().skip(j).step_by(n).enumerate() {
                        let r = u.clamp(0.0, 1.0);
                        normalised[i * n + j] = r;
                        gap_ideal[i * n + j] = (1.0 - r) * (1.0 - r);
                        gap_anti[i * n + j] = r * r;
                    }
                    continue;
                }
                // The norm is taken on values divided by the largest magnitude, so
                // squares cannot overflow (as `hypot` does).
                let largest = values
                    .iter()
                    .skip(j)
                    .step_by(n)
                    .fold(0.0_f64, |m, x| m.max(x.abs()));
                let norm = values
                    .iter()
                    .skip(j)
                    .step_by(n)
                    .map(|x| (x / largest) * (x / largest))
                    .sum::<f64>()
                    .sqrt();
                let mut best = f64::NEG_INFINITY;
                let mut worst = f64::INFINITY;
                for (i, x) in values.iter().skip(j).step_by(n).enumerate() {
                    let r = if largest > 0.0 {
                        x / largest / norm
                    } else {
                        0.0
                    };
                    normalised[i * n + j] = r;
                    best = best.max(r);
                    worst = worst.min(r);
                }
                if *direction == Direction::Cost {
                    std::mem::swap(&mut best, &mut worst);
                }
                for i in 0..values.len() / n {
                    let r = normalised[i * n + j];
                    gap_ideal[i * n + j] = (r - best) * (r - best);
                    gap_anti[i * n + j] = (r - worst) * (r - worst);
                }
            }
        }
        Topsis {
            columns: n,
            normalised,
            gap_ideal,
            gap_anti,
        }
    }

    /// `|r_ij - anti_ideal_j|` for each criterion of `row`: how far the offer is from
    /// the worst value, before weighting.
    pub(crate) fn gaps_to_anti_ideal(&self, row: usize) -> Vec<f64> {
        let n = self.columns;
        self.gap_anti[row * n..(row + 1) * n]
            .iter()
            .map(|squared| squared.sqrt())
            .collect()
    }

    /// Closeness of every row for `weights` (one slot per row in `out`; nothing is
    /// allocated).
    pub(crate) fn scores(&self, weights: &[f64], out: &mut [f64]) {
        let n = self.columns;
        if n == 0 {
            out.fill(1.0);
            return;
        }
        // Four rows at a time: eight independent sums instead of two chains of
        // dependent additions. Each row still sums its criteria in order, so the
        // scores are the same as one row at a time.
        const ROWS: usize = 4;
        let whole = out.len().min(self.gap_ideal.len() / n) / ROWS * ROWS;
        let (head, tail) = out.split_at_mut(whole);
        let ideal = self.gap_ideal.chunks_exact(ROWS * n);
        let anti = self.gap_anti.chunks_exact(ROWS * n);
        for ((ideal, anti), slots) in ideal.zip(anti).zip(head.chunks_exact_mut(ROWS)) {
            let mut plus = [0.0; ROWS];
            let mut minus = [0.0; ROWS];
            for (j, w) in weights.iter().enumerate().take(n) {
                let w2 = w * w;
                for r in 0..ROWS {
                    plus[r] += w2 * ideal[r * n + j];
                    minus[r] += w2 * anti[r * n + j];
                }
            }
            for ((slot, plus), minus) in slots.iter_mut().zip(plus).zip(minus) {
                *slot = closeness(plus, minus);
            }
        }
        let rows = self.gap_ideal[whole * n..]
            .chunks_exact(n)
            .zip(self.gap_anti[whole * n..].chunks_exact(n));
        for ((ideal, anti), slot) in rows.zip(tail.iter_mut()) {
            let mut plus = 0.0;
            let mut minus = 0.0;
            for ((w, i), a) in weights.iter().zip(ideal).zip(anti) {
                let w2 = w * w;
                plus += w2 * i;
                minus += w2 * a;
            }
            *slot = closeness(plus, minus);
        }
    }
}

/// `d- / (d+ + d-)` from the squared distances, 1 at both points at once.
pub(crate) fn closeness(plus_squared: f64, minus_squared: f64) -> f64 {
    let (plus, minus) = (plus_squared.sqrt(), minus_squared.sqrt());
    let total = plus + minus;
    if total > 0.0 {
        (minus / total).clamp(0.0, 1.0)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::{Benefit, Cost};

    #[test]
    fn hwang_yoon_fighter_aircraft() {
        // The fighter aircraft example of Hwang, C.-L. and Yoon, K. (1981), "Multiple
        // Attribute Decision Making: Methods and Applications", Springer, section on
        // TOPSIS: 4 aircraft; max speed (Mach), ferry range (NM), max payload (lb),
        // acquisition cost ($10^6, cost), reliability and manoeuvrability (1-9 scores);
        // weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3. Published closeness:
        // A1 0.643, A2 0.268, A3 0.613, A4 0.312 (order A1, A3, A4, A2).
        // Checked here by hand, e.g. for the speed column:
        //   norm = sqrt(2.0^2 + 2.5^2 + 1.8^2 + 2.2^2) = sqrt(18.33) = 4.2814
        //   r = 0.4671, 0.5839, 0.4204, 0.5139; weighted (x0.2) 0.0934 0.1168 0.0841 0.1028
        // and the distances for A1: d+ = 0.0546, d- = 0.0984, C = 0.0984 / 0.1530 = 0.643.
        let values = [
            2.0, 1500.0, 20000.0, 5.5, 5.0, 9.0, //
            2.5, 2700.0, 18000.0, 6.5, 3.0, 5.0, //
            1.8, 2000.0, 21000.0, 4.5, 7.0, 7.0, //
            2.2, 1800.0, 20000.0, 5.0, 5.0, 5.0,
        ];
        let topsis = Topsis::new(
            &values,
            &[Benefit, Benefit, Benefit, Cost, Benefit, Benefit],
        );
        assert!((topsis.normalised[0] - 0.4671).abs() < 5e-5);
        let mut out = [0.0; 4];
        topsis.scores(&[0.2, 0.1, 0.1, 0.1, 0.2, 0.3], &mut out);
        for (got, want) in out.iter().zip([0.643, 0.268, 0.613, 0.312]) {
            assert!((got - want).abs() < 0.0015, "{out:?}");
        }
    }

    #[test]
    fn rows_in_fours_score_as_one_at_a_time() {
        // 7 rows (one group of four, three left over), 3 criteria: every score must
        // be the closeness computed row by row from the squared gaps.
        let values: Vec<f64> = (0..21).map(|k| f64::from((k * 7) % 11 + 1)).collect();
        let topsis = Topsis::new(&values, &[Benefit, Cost, Benefit]);
        let weights = [0.5, 0.3, 0.2];
        let mut out = [0.0; 7];
        topsis.scores(&weights, &mut out);
        for (i, got) in out.iter().enumerate() {
            let sum = |gaps: &[f64]| {
                (0..3).fold(0.0, |acc, j| {
                    acc + weights[j] * weights[j] * gaps[i * 3 + j]
                })
            };
            let want = closeness(sum(&topsis.gap_ideal), sum(&topsis.gap_anti));
            assert_eq!(got.to_bits(), want.to_bits(), "row {i}");
        }
    }

    #[test]
    fn huge_values_do_not_overflow() {
        // 3e300 and 4e300: norm 5e300, r = 0.6 and 0.8 (the squares alone overflow).
        let topsis = Topsis::new(&[3e300, 4e300], &[Benefit]);
        assert!((topsis.normalised[0] - 0.6).abs() < 1e-12);
        assert!((topsis.normalised[1] - 0.8).abs() < 1e-12);
    }

    #[test]
    fn zero_column_and_identical_offers_give_no_nan() {
        // Column 0 is all zero (norm 0), column 1 all equal: every offer is both the
        // ideal and the anti-ideal point, so closeness is defined as 1 for all.
        let topsis = Topsis::new(&[0.0, 3.0, 0.0, 3.0], &[Benefit, Cost]);
        let mut out = [f64::NAN; 2];
        topsis.scores(&[0.5, 0.5], &mut out);
        assert_eq!(out, [1.0, 1.0]);
    }
}
