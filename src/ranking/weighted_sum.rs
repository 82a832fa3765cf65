//! Weighted sum of min-max normalised values.
//!
//! Per criterion, over the offers still ranked: benefit `(x - min) / (max - min)`,
//! cost `(max - x) / (max - min)`. When every offer has the same value the criterion
//! does not discriminate: every offer gets 1 on it (so it adds its weight to every
//! score and leaves the order alone). A column of utilities (a fixed scale, see
//! [`super::scale`]) is taken as it is: never rescaled between offers. The score is
//! `sum_j w_j * n_ij`, in [0, 1].

use crate::model::criteria::Direction;

/// Normalises a row-major `rows x directions.len()` matrix into [0, 1].
pub(crate) fn normalise(values: &[f64], directions: &[Direction]) -> Vec<f64> {
    let n = directions.len();
    let mut out = vec![0.0; values.len()];
    if n == 0 {
        return out;
    }
    for (j, direction) in directions.iter().enumerate() {
        if *direction == Direction::Utility {
            for (i, x) in values.iter().skip(j).step_by(n).enumerate() {
                out[i * n + j] = x.clamp(0.0, 1.0);
            }
            continue;
        }
        let column = values.iter().skip(j).step_by(n);
        let (min, max) = column.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| {
            (lo.min(x), hi.max(x))
        });
        // Halving first keeps `max - min` finite for values near f64::MAX.
        let half = !(max - min).is_finite();
        let scale = if half { 0.5 } else { 1.0 };
        let (min, max) = (min * scale, max * scale);
        let range = max - min;
        for (i, x) in values.iter().skip(j).step_by(n).enumerate() {
            let x = x * scale;
            out[i * n + j] = if range > 0.0 {
                let value = match direction {
                    Direction::Benefit | Direction::Utility => (x - min) / range,
                    Direction::Cost => (max - x) / range,
                };
                value.clamp(0.0, 1.0)
            } else {
                1.0
            };
        }
    }
    out
}

/// Scores of every row: `sum_j w_j * n_ij`, clamped to [0, 1] against rounding.
/// `out` has one slot per row; nothing is allocated.
pub(crate) fn scores(normalised: &[f64], weights: &[f64], out: &mut [f64]) {
    let n = weights.len();
    if n == 0 {
        out.fill(0.0);
        return;
    }
    for (row, slot) in normalised.chunks_exact(n).zip(out.iter_mut()) {
        let sum: f64 = row.iter().zip(weights).map(|(x, w)| x * w).sum();
        *slot = sum.clamp(0.0, 1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::{Benefit, Cost};

    #[test]
    fn three_by_three_by_hand() {
        // Offers A, B, C on quality (benefit), price (cost), references (benefit);
        // weights 0.5, 0.3, 0.2.
        //          quality price refs
        // A          8      20    3
        // B          6      15    5
        // C          4      25    4
        // quality: min 4, max 8  -> A 1, B 0.5, C 0
        // price (cost): min 15, max 25 -> A (25-20)/10 = 0.5, B 1, C 0
        // refs: min 3, max 5 -> A 0, B 1, C 0.5
        // A = 0.5*1 + 0.3*0.5 + 0.2*0 = 0.65
        // B = 0.5*0.5 + 0.3*1 + 0.2*1 = 0.75
        // C = 0 + 0 + 0.2*0.5 = 0.10
        let values = [8.0, 20.0, 3.0, 6.0, 15.0, 5.0, 4.0, 25.0, 4.0];
        let normalised = normalise(&values, &[Benefit, Cost, Benefit]);
        assert_eq!(normalised, [1.0, 0.5, 0.0, 0.5, 1.0, 1.0, 0.0, 0.0, 0.5]);
        let mut out = [0.0; 3];
        scores(&normalised, &[0.5, 0.3, 0.2], &mut out);
        for (got, want) in out.iter().zip([0.65, 0.75, 0.10]) {
            assert!((got - want).abs() < 1e-12, "{out:?}");
        }
    }

    #[test]
    fn extreme_values_still_normalise() {
        let values = [-f64::MAX, 0.0, f64::MAX];
        let normalised = normalise(&values, &[Benefit]);
        assert_eq!(normalised, [0.0, 0.5, 1.0]);
    }

    #[test]
    fn all_equal_column_gives_one() {
        let values = [7.0, 1.0, 7.0, 3.0];
        let normalised = normalise(&values, &[Benefit, Benefit]);
        assert_eq!(normalised, [1.0, 0.0, 1.0, 1.0]);
    }
}
