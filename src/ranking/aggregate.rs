//! Several evaluators (pure): how their values on one offer and criterion become
//! the one value ranked (the mean, or the median with `--aggregate median`), and how
//! their AHP judgements become one comparison matrix (the element-wise geometric
//! mean, which keeps the reciprocal property `a_ji = 1 / a_ij`: Aczél and Saaty,
//! "Procedures for synthesizing ratio judgements", J. Math. Psychology 27, 1983;
//! Forman and Peniwati, EJOR 108, 1998, for aggregating individual judgements).
//! The judgements themselves are read and combined, with each evaluator's own
//! consistency, where they are validated: `validate/ahp_evaluators.rs`.

use serde::Serialize;

use crate::model::offer::Offer;

/// How the values of several evaluators become one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Aggregate {
    /// The arithmetic mean (the default).
    #[default]
    Mean,
    /// The median: one outlying evaluator moves it less than the mean.
    Median,
}

impl Aggregate {
    /// The identifier written on the command line and in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Aggregate::Mean => "mean",
            Aggregate::Median => "median",
        }
    }

    /// The aggregate of `values`; `None` when there is none.
    pub fn of(self, values: &[f64]) -> Option<f64> {
        match self {
            Aggregate::Mean => mean(values),
            Aggregate::Median => median(values),
        }
    }
}

/// The arithmetic mean; `None` for no value.
pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    #[allow(clippy::cast_precision_loss)]
    let n = values.len() as f64;
    Some(values.iter().sum::<f64>() / n)
}

/// The median (the mean of the two middle values for an even count); `None` for
/// no value.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        f64::midpoint(sorted[mid - 1], sorted[mid])
    } else {
        sorted[mid]
    })
}

/// The population standard deviation (the evaluators are the whole committee,
/// not a sample of it); `None` for no value.
pub fn std_dev(values: &[f64]) -> Option<f64> {
    let m = mean(values)?;
    let squares: Vec<f64> = values.iter().map(|x| (x - m) * (x - m)).collect();
    mean(&squares).map(f64::sqrt)
}

/// The geometric mean of positive values; `None` for no value.
pub fn geometric_mean(values: &[f64]) -> Option<f64> {
    let logs: Vec<f64> = values.iter().map(|x| x.ln()).collect();
    mean(&logs).map(f64::exp)
}

/// The offers with every value given by several evaluators replaced by their
/// aggregate; values given once stay as they are.
pub fn aggregate_offers(offers: &[Offer], aggregate: Aggregate) -> Vec<Offer> {
    offers
        .iter()
        .map(|offer| {
            let mut offer = offer.clone();
            for score in offer.scores.values_mut() {
                let values: Vec<f64> = score.by.values().copied().collect();
                if let Some(value) = aggregate.of(&values) {
                    score.value = value;
                }
            }
            offer
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn three_evaluators_mean_median_and_spread() {
        // claire 4, malik 3, sofia 8.
        // mean = (4 + 3 + 8) / 3 = 15 / 3 = 5; median = the middle of 3, 4, 8 = 4.
        // deviations from 5: -1, -2, 3; squares 1, 4, 9; mean 14 / 3; sd = sqrt(14 / 3).
        let values = [4.0, 3.0, 8.0];
        assert_eq!(mean(&values), Some(5.0));
        assert_eq!(median(&values), Some(4.0));
        assert!(close(std_dev(&values).unwrap(), (14.0_f64 / 3.0).sqrt()));
        // An even count: the median of 3, 4, 5, 8 is (4 + 5) / 2 = 4.5.
        assert_eq!(median(&[8.0, 3.0, 5.0, 4.0]), Some(4.5));
        assert_eq!(Aggregate::Median.of(&[]), None);
    }

    #[test]
    fn geometric_mean_of_three_judgements() {
        // 2, 4, 8: (2 * 4 * 8)^(1/3) = 64^(1/3) = 4.
        assert!(close(geometric_mean(&[2.0, 4.0, 8.0]).unwrap(), 4.0));
        // 3, 1/3, 1: the product is 1, so the geometric mean is 1 (the reciprocal
        // judgements cancel out, which an arithmetic mean (1.44) would not do).
        assert!(close(geometric_mean(&[3.0, 1.0 / 3.0, 1.0]).unwrap(), 1.0));
    }

    #[test]
    fn offers_take_the_aggregate_of_their_evaluators() {
        let mut offer = Offer::new("A", [("fit", 0.0), ("price", 12.0)]);
        let fit = offer.scores.get_mut("fit").unwrap();
        fit.by = [("claire", 4.0), ("malik", 3.0), ("sofia", 8.0)]
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value))
            .collect();
        let mean = aggregate_offers(std::slice::from_ref(&offer), Aggregate::Mean);
        // (4 + 3 + 8) / 3 = 5; the price (given once) stays 12.
        assert_eq!(mean[0].value("fit"), Some(5.0));
        assert_eq!(mean[0].value("price"), Some(12.0));
        let median = aggregate_offers(&[offer], Aggregate::Median);
        assert_eq!(median[0].value("fit"), Some(4.0));
    }
}
