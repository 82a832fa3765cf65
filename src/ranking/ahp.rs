//! AHP weights: the principal eigenvector of Saaty's pairwise comparison matrix,
//! found by power iteration, with its consistency ratio.
//!
//! Consistency: `CI = (lambda_max - n) / (n - 1)` and `CR = CI / RI`. The random index
//! RI is Saaty's 1980 table for n <= 10 (n <= 2 is always consistent). For 11 to 15
//! criteria it is Alonso & Lamata's (2006) table ("Consistency in the analytic
//! hierarchy process: a new approach", IJUFKS 14(4), computed on 100,000 random
//! matrices), which their regression `RI(n) = (1.7699 n - 4.3513) / (n - 1)` matches
//! within 0.003 (checked in the tests); more than 15 criteria are refused (105
//! comparisons and more are beyond what a person gives consistently).

pub(crate) use crate::model::ahp::CR_THRESHOLD;

/// The largest matrix this module accepts.
pub(crate) const MAX_CRITERIA: usize = 15;

/// Saaty (1980) random index, by matrix size 0..=10.
const SAATY_RI: [f64; 11] = [
    0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
];

/// Alonso & Lamata (2006) random index, by matrix size 11..=15.
const ALONSO_LAMATA_RI: [f64; 5] = [1.5141, 1.5365, 1.5551, 1.5713, 1.5838];

const MAX_ITERATIONS: usize = 10_000;
const TOLERANCE: f64 = 1e-14;

/// One judgement: criterion `a` is `value` times as important as criterion `b`
/// (indices into the criteria list).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Comparison {
    pub a: usize,
    pub b: usize,
    pub value: f64,
}

pub(crate) use crate::model::ahp::{AhpResult, Disagreement};

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub(crate) enum AhpError {
    #[error("AHP handles at most {MAX_CRITERIA} criteria, got {0}")]
    TooManyCriteria(usize),
    #[error("no comparison between `{0}` and `{1}`")]
    MissingPair(String, String),
    #[error("comparison value {0} is not a positive number")]
    InvalidValue(f64),
    #[error("power iteration did not converge in {0} iterations")]
    NotConverged(usize),
}

impl AhpError {
    /// The error for a person, in `lang` (the `Display` text is for programmers).
    pub(crate) fn localized(&self, lang: crate::lang::Lang) -> String {
        use crate::tr;
        match self {
            AhpError::TooManyCriteria(n) => {
                tr!(
                    lang,
                    "ahp-error-too-many-criteria",
                    limit = MAX_CRITERIA,
                    count = *n
                )
            }
            AhpError::MissingPair(a, b) => {
                tr!(
                    lang,
                    "ahp-error-missing-pair",
                    a = a.as_str(),
                    b = b.as_str()
                )
            }
            AhpError::InvalidValue(value) => tr!(
                lang,
                "ahp-error-invalid-value",
                value = crate::i18n::number::trimmed(*value, 6, lang)
            ),
            AhpError::NotConverged(iterations) => {
                tr!(lang, "ahp-error-not-converged", iterations = *iterations)
            }
        }
    }
}

/// The random index for `n` criteria and the name of its table, or `None` above
/// [`MAX_CRITERIA`].
pub(crate) fn random_index(n: usize) -> Option<(f64, &'static str)> {
    match n {
        0..=10 => Some((SAATY_RI[n], "Saaty (1980)")),
        11..=MAX_CRITERIA => Some((ALONSO_LAMATA_RI[n - 11], "Alonso & Lamata (2006)")),
        _ => None,
    }
}

/// Derives the weights of `ids.len()` criteria from pairwise comparisons. Every pair
/// must be compared once (in either order); validation reports missing and repeated
/// pairs with their lines before this runs.
pub(crate) fn derive_weights(
    ids: &[String],
    comparisons: &[Comparison],
) -> Result<AhpResult, AhpError> {
    let n = ids.len();
    let (ri, ri_table) = random_index(n).ok_or(AhpError::TooManyCriteria(n))?;
    let mut matrix = vec![f64::NAN; n * n];
    for i in 0..n {
        matrix[i * n + i] = 1.0;
    }
    for comparison in comparisons {
        if !(comparison.value.is_finite() && comparison.value > 0.0) {
            return Err(AhpError::InvalidValue(comparison.value));
        }
        matrix[comparison.a * n + comparison.b] = comparison.value;
        matrix[comparison.b * n + comparison.a] = 1.0 / comparison.value;
    }
    for i in 0..n {
        for j in 0..n {
            if matrix[i * n + j].is_nan() {
                return Err(AhpError::MissingPair(ids[i].clone(), ids[j].clone()));
            }
        }
    }

    // Power iteration from the uniform vector, normalising to sum 1 at each step.
    let mut weights = vec![1.0 / n.max(1) as f64; n];
    let mut next = vec![0.0; n];
    let mut iterations = 0;
    let mut converged = n <= 1;
    while !converged && iterations < MAX_ITERATIONS {
        iterations += 1;
        multiply(&matrix, &weights, &mut next);
        let sum: f64 = next.iter().sum();
        let mut change: f64 = 0.0;
        for (w, x) in weights.iter_mut().zip(&next) {
            let x = x / sum;
            change = change.max((x - *w).abs());
            *w = x;
        }
        converged = change < TOLERANCE;
    }
    if !converged {
        return Err(AhpError::NotConverged(iterations));
    }

    // With sum(w) = 1 and A w = lambda w, lambda = sum(A w).
    multiply(&matrix, &weights, &mut next);
    let lambda_max = if n == 0 { 0.0 } else { next.iter().sum() };
    let (ci, cr) = if n <= 2 {
        (0.0, 0.0)
    } else {
        let ci = (lambda_max - n as f64) / (n as f64 - 1.0);
        let ci = if ci.abs() <= 1e-12 { 0.0 } else { ci };
        (ci, ci / ri)
    };

    let mut scored: Vec<(f64, Disagreement)> = comparisons
        .iter()
        .map(|comparison| {
            let implied = weights[comparison.a] / weights[comparison.b];
            (
                (comparison.value / implied).ln().abs(),
                Disagreement {
                    a: ids[comparison.a].clone(),
                    b: ids[comparison.b].clone(),
                    given: comparison.value,
                    implied,
                },
            )
        })
        .filter(|(off, _)| *off > 0.01_f64.ln_1p())
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0));
    let disagreements = scored.into_iter().take(3).map(|(_, d)| d).collect();

    Ok(AhpResult {
        weights,
        lambda_max,
        ci,
        ri,
        cr,
        ri_table,
        iterations,
        disagreements,
        evaluators: Vec::new(),
    })
}

fn multiply(matrix: &[f64], vector: &[f64], out: &mut [f64]) {
    let n = vector.len();
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = matrix[i * n..(i + 1) * n]
            .iter()
            .zip(vector)
            .map(|(a, w)| a * w)
            .sum();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("c{i}")).collect()
    }

    /// Upper-triangle comparisons of a full matrix given row by row.
    fn upper(rows: &[&[f64]]) -> Vec<Comparison> {
        let mut out = Vec::new();
        for (a, row) in rows.iter().enumerate() {
            for (b, &value) in row.iter().enumerate().skip(a + 1) {
                out.push(Comparison { a, b, value });
            }
        }
        out
    }

    #[test]
    fn consistent_matrix_gives_exact_ratios() {
        // w = (4, 2, 1)/7 gives a_12 = 2, a_13 = 4, a_23 = 2: perfectly consistent,
        // lambda_max = n = 3, CI = 0, CR = 0.
        let comparisons = upper(&[&[1.0, 2.0, 4.0], &[0.5, 1.0, 2.0], &[0.25, 0.5, 1.0]]);
        let result = derive_weights(&ids(3), &comparisons).unwrap();
        assert!((result.weights[0] - 4.0 / 7.0).abs() < 1e-12);
        assert!((result.weights[1] - 2.0 / 7.0).abs() < 1e-12);
        assert!((result.weights[2] - 1.0 / 7.0).abs() < 1e-12);
        assert!((result.lambda_max - 3.0).abs() < 1e-12);
        assert_eq!(result.ci, 0.0);
        assert_eq!(result.cr, 0.0);
        assert!(result.disagreements.is_empty());
    }

    #[test]
    fn two_criteria_are_always_consistent() {
        let result = derive_weights(
            &ids(2),
            &[Comparison {
                a: 0,
                b: 1,
                value: 3.0,
            }],
        )
        .unwrap();
        assert!((result.weights[0] - 0.75).abs() < 1e-12);
        assert_eq!(result.cr, 0.0);
        assert_eq!(result.ri, 0.0);
    }

    #[test]
    fn saaty_house_example() {
        // Saaty, T. L. (1990), "How to make a decision: the analytic hierarchy process",
        // European Journal of Operational Research 48, 9-26, Table 2 (the family buying
        // a house; 8 criteria: size, transportation, neighbourhood, age, yard, modern
        // facilities, general condition, financing). Published: priorities
        // 0.173 0.054 0.188 0.018 0.031 0.036 0.167 0.333, lambda_max = 9.669,
        // C.I. = 0.238, C.R. = 0.169 (RI(8) = 1.41): CI = (9.669 - 8) / 7 = 0.2384,
        // CR = 0.2384 / 1.41 = 0.1691.
        let t = 1.0 / 3.0;
        let rows: [&[f64]; 8] = [
            &[1.0, 5.0, 3.0, 7.0, 6.0, 6.0, t, 0.25],
            &[0.2, 1.0, t, 5.0, 3.0, 3.0, 0.2, 1.0 / 7.0],
            &[t, 3.0, 1.0, 6.0, 3.0, 4.0, 6.0, 0.2],
            &[1.0 / 7.0, 0.2, 1.0 / 6.0, 1.0, t, 0.25, 1.0 / 7.0, 0.125],
            &[1.0 / 6.0, t, t, 3.0, 1.0, 0.5, 0.2, 1.0 / 6.0],
            &[1.0 / 6.0, t, 0.25, 4.0, 2.0, 1.0, 0.2, 1.0 / 6.0],
            &[3.0, 5.0, 1.0 / 6.0, 7.0, 5.0, 5.0, 1.0, 0.5],
            &[4.0, 7.0, 5.0, 8.0, 6.0, 6.0, 2.0, 1.0],
        ];
        let result = derive_weights(&ids(8), &upper(&rows)).unwrap();
        let expected = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
        for (w, e) in result.weights.iter().zip(expected) {
            assert!((w - e).abs() < 0.0015, "{:?}", result.weights);
        }
        assert!(
            (result.lambda_max - 9.669).abs() < 0.0005,
            "{}",
            result.lambda_max
        );
        assert!((result.ci - 0.238).abs() < 0.0005, "{}", result.ci);
        assert!((result.cr - 0.169).abs() < 0.0005, "{}", result.cr);
        assert_eq!(result.ri, 1.41);
        assert_eq!(result.ri_table, "Saaty (1980)");
        assert!(!result.is_consistent());
        assert!(!result.disagreements.is_empty());
    }

    #[test]
    fn random_index_tables() {
        assert_eq!(random_index(3), Some((0.58, "Saaty (1980)")));
        assert_eq!(random_index(10), Some((1.49, "Saaty (1980)")));
        assert_eq!(random_index(11), Some((1.5141, "Alonso & Lamata (2006)")));
        assert_eq!(random_index(16), None);
        assert_eq!(
            derive_weights(&ids(16), &[]),
            Err(AhpError::TooManyCriteria(16))
        );
    }

    #[test]
    fn alonso_lamata_table_agrees_with_their_regression() {
        for n in 11..=MAX_CRITERIA {
            let (ri, _) = random_index(n).unwrap();
            let fit = (1.7699 * n as f64 - 4.3513) / (n as f64 - 1.0);
            assert!((ri - fit).abs() < 0.003, "n = {n}: {ri} vs {fit}");
        }
    }

    #[test]
    fn missing_pair_is_an_error() {
        let result = derive_weights(
            &ids(3),
            &[Comparison {
                a: 0,
                b: 1,
                value: 2.0,
            }],
        );
        assert!(matches!(result, Err(AhpError::MissingPair(_, _))));
    }
}
