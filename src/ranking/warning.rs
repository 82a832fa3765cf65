//! Warnings on a ranking. The advice comes from the seed articles: never choose on
//! price alone ("Comment externaliser le service client ?"), at least two offers to
//! compare; the thresholds at which the tool warns (price above half the weight,
//! more than 12 criteria) are the tool's practice, and the messages say so. Plus
//! AHP inconsistency, ties for first place and criteria that do not discriminate.
//! The sentences are in the catalogue (`locales/*/rank.ftl`).

use serde::Serialize;

use crate::i18n::number;
use crate::lang::{Lang, Text};
use crate::model::criteria::Criteria;
use crate::model::questionnaire::Provenance;
use crate::tr;

use super::code::code_traits;
use super::ranked::RankedOffer;
use super::scorer::DecisionMatrix;
use super::smaa::Cell;

/// Share of the total weight above which price-like criteria draw a warning
/// (the tool's practice, not from the articles).
pub const PRICE_SHARE_LIMIT: f64 = 0.5;
/// More criteria than this draw a warning (the tool's practice: a person cannot
/// weigh them sensibly).
pub const MAX_CRITERIA_ADVISED: usize = 12;

code_traits!(WarningCode);

/// What a ranking warns about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningCode {
    /// An offer gave no value on a criterion: it counts as the worst.
    MissingValue,
    /// No ranked offer gives a value on a criterion.
    NoValues,
    /// An offer gave an interval: the ranking counts its midpoint.
    UncertainValue,
    /// All ranked offers have the same value on a criterion.
    NoDiscrimination,
    /// Price-like criteria weigh more than half the total.
    PriceDominates,
    /// More criteria than a person can weigh.
    TooManyCriteria,
    /// The AHP consistency ratio is above 0.10.
    AhpInconsistent,
    /// Several offers share the first place.
    TieFirst,
    /// Only one offer is left.
    SingleOffer,
    /// No offer passes the must-haves.
    NoOfferLeft,
}

impl WarningCode {
    /// The stable kebab-case text, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningCode::MissingValue => "missing-value",
            WarningCode::NoValues => "no-values",
            WarningCode::UncertainValue => "uncertain-value",
            WarningCode::NoDiscrimination => "no-discrimination",
            WarningCode::PriceDominates => "price-dominates",
            WarningCode::TooManyCriteria => "too-many-criteria",
            WarningCode::AhpInconsistent => "ahp-inconsistent",
            WarningCode::TieFirst => "tie-first",
            WarningCode::SingleOffer => "single-offer",
            WarningCode::NoOfferLeft => "no-offer-left",
        }
    }
}

/// The article ranking warnings cite (its title as in the questionnaire's `source`).
const TEN_QUESTIONS_ARTICLE: &str =
    "10 questions à se poser avant de choisir une solution externalisée pour un centre de contacts";

impl WarningCode {
    /// Where the warning comes from: an article's section, or the tool's practice
    /// (thresholds and method checks no article gives).
    pub fn provenance(self) -> Provenance {
        let article = |article: &str, section: &str| Provenance::Article {
            article: article.to_owned(),
            section: Some(section.to_owned()),
        };
        let practice = |id: &str| Provenance::Practice {
            reason: Some(in_both(|lang| tr!(lang, id))),
        };
        match self {
            WarningCode::SingleOffer => article(TEN_QUESTIONS_ARTICLE, "Quel prestataire\u{a0}?"),
            WarningCode::TieFirst => {
                article(TEN_QUESTIONS_ARTICLE, "Alors comment trancher\u{a0}?")
            }
            WarningCode::PriceDominates => practice("provenance-reason-price-share"),
            WarningCode::TooManyCriteria => practice("provenance-reason-criteria-count"),
            WarningCode::AhpInconsistent => practice("provenance-reason-ahp"),
            WarningCode::MissingValue
            | WarningCode::NoValues
            | WarningCode::UncertainValue
            | WarningCode::NoDiscrimination
            | WarningCode::NoOfferLeft => practice("provenance-reason-method"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Warning {
    pub code: WarningCode,
    pub message: Text,
}

impl Warning {
    /// Where the warning comes from (see [`WarningCode::provenance`]).
    pub fn provenance(&self) -> Provenance {
        self.code.provenance()
    }
}

/// A catalogue message in both languages: a ranking carries its texts in both, as
/// JSON shows them.
pub(crate) fn in_both(message: impl Fn(Lang) -> String) -> Text {
    Text::new(message(Lang::En), message(Lang::Fr))
}

/// The name of criterion `id` in `lang` (the id when it is unknown).
pub(crate) fn criterion_name(criteria: &Criteria, id: &str, lang: Lang) -> String {
    criteria
        .criterion(id)
        .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_owned())
}

/// Items of a list in a sentence: `a, b, c`.
pub(crate) fn join(items: &[String], lang: Lang) -> String {
    items.join(&tr!(lang, "rank-list-separator"))
}

/// A value as sentences write it: at most 3 decimals, trailing zeros dropped.
pub(crate) fn value_text(value: f64, lang: Lang) -> String {
    number::trimmed(value, 3, lang)
}

fn warning(code: WarningCode, message: impl Fn(Lang) -> String) -> Warning {
    Warning {
        code,
        message: in_both(message),
    }
}

pub(crate) fn general_warnings(
    criteria: &Criteria,
    matrix: &DecisionMatrix,
    ranking: &[RankedOffer],
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    warnings.extend(price_warning(criteria));
    warnings.extend(too_many_criteria_warning(criteria));
    warnings.extend(ahp_warning(criteria));
    warnings.extend(no_discrimination_warnings(criteria, matrix, ranking));
    warnings.extend(tie_first_warning(ranking));
    warnings.extend(offer_count_warning(matrix));
    warnings
}

/// Price-like criteria weigh more than [`PRICE_SHARE_LIMIT`] of the total.
fn price_warning(criteria: &Criteria) -> Option<Warning> {
    let price_share: f64 = criteria
        .criteria
        .iter()
        .filter(|c| c.price)
        .map(|c| c.weight)
        .sum();
    (price_share > PRICE_SHARE_LIMIT).then(|| {
        warning(WarningCode::PriceDominates, |lang| {
            let names: Vec<String> = criteria
                .criteria
                .iter()
                .filter(|c| c.price)
                .map(|c| c.name.get(lang).to_owned())
                .collect();
            tr!(
                lang,
                "rank-warning-price-share",
                criteria = join(&names, lang),
                share = number::percent(price_share, 0, lang),
                limit = number::percent(PRICE_SHARE_LIMIT, 0, lang),
            )
        })
    })
}

/// More than [`MAX_CRITERIA_ADVISED`] criteria.
fn too_many_criteria_warning(criteria: &Criteria) -> Option<Warning> {
    let n = criteria.criteria.len();
    (n > MAX_CRITERIA_ADVISED).then(|| {
        warning(WarningCode::TooManyCriteria, |lang| {
            tr!(
                lang,
                "rank-warning-too-many-criteria",
                count = n,
                limit = MAX_CRITERIA_ADVISED,
            )
        })
    })
}

/// AHP weights whose consistency ratio is too high, with the pairs that disagree.
fn ahp_warning(criteria: &Criteria) -> Option<Warning> {
    let ahp = criteria.ahp.as_ref().filter(|ahp| !ahp.is_consistent())?;
    Some(warning(WarningCode::AhpInconsistent, |lang| {
        let pairs: Vec<String> = ahp
            .disagreements
            .iter()
            .map(|d| {
                tr!(
                    lang,
                    "rank-warning-ahp-pair",
                    a = criterion_name(criteria, &d.a, lang),
                    b = criterion_name(criteria, &d.b, lang),
                    given = value_text(d.given, lang),
                    implied = number::decimal(d.implied, 2, lang),
                )
            })
            .collect();
        tr!(
            lang,
            "rank-warning-ahp-inconsistent",
            cr = number::decimal(ahp.cr, 3, lang),
            threshold = number::decimal(super::ahp::CR_THRESHOLD, 2, lang),
            table = ahp.ri_table,
            pairs = pairs.join(&tr!(lang, "rank-reason-separator")),
        )
    }))
}

/// One warning per criterion on which every ranked offer (two or more) has the
/// same value, known in the same way. The honest rule with uncertain values: the
/// criterion cannot tell the offers apart only when what they gave is identical:
/// the same number, the same interval (same `min` and `max`), or the same
/// evaluators' values. Equal midpoints of different intervals (40..60 and
/// 45..55) are not enough: the ranking counts the midpoints, but `--sensitivity`
/// draws in the intervals and the criterion then reorders the offers.
fn no_discrimination_warnings(
    criteria: &Criteria,
    matrix: &DecisionMatrix,
    ranking: &[RankedOffer],
) -> Vec<Warning> {
    if matrix.rows < 2 {
        return Vec::new();
    }
    let n = criteria.criteria.len();
    let mut warnings = Vec::new();
    for (j, criterion) in criteria.criteria.iter().enumerate() {
        let mut column = matrix.values.iter().skip(j).step_by(n);
        let first = column.next().copied().unwrap_or(0.0);
        let same_values = column.all(|x| *x == first);
        let mut given = ranking
            .iter()
            .filter_map(|offer| offer.uncertain.get(j))
            .map(known);
        let first_given = given.next();
        let same_knowledge = given.all(|cell| Some(&cell) == first_given.as_ref());
        if same_values && same_knowledge {
            warnings.push(warning(WarningCode::NoDiscrimination, |lang| {
                tr!(
                    lang,
                    "rank-warning-no-discrimination",
                    criterion = criterion.name.get(lang),
                )
            }));
        }
    }
    warnings
}

/// What an offer's value says, to compare two offers' knowledge (their values
/// are compared apart): any exact value alike (a one-point interval is exact),
/// evaluators' values in order (who gave which does not matter), else the cell.
fn known(cell: &Cell) -> Cell {
    match cell {
        _ if cell.is_exact() => Cell::Exact { value: 0.0 },
        Cell::Sample { values } => {
            let mut values = values.clone();
            values.sort_by(f64::total_cmp);
            Cell::Sample { values }
        }
        _ => cell.clone(),
    }
}

/// Several offers share the first place.
fn tie_first_warning(ranking: &[RankedOffer]) -> Option<Warning> {
    let names: Vec<String> = ranking
        .iter()
        .filter(|offer| offer.rank == 1)
        .map(|offer| offer.provider.clone())
        .collect();
    (names.len() > 1).then(|| {
        warning(WarningCode::TieFirst, |lang| {
            tr!(
                lang,
                "rank-warning-tie-first",
                providers = join(&names, lang)
            )
        })
    })
}

/// No offer left, or only one: nothing to compare.
fn offer_count_warning(matrix: &DecisionMatrix) -> Option<Warning> {
    match matrix.rows {
        0 => Some(warning(WarningCode::NoOfferLeft, |lang| {
            tr!(lang, "rank-warning-no-offer-left")
        })),
        1 => Some(warning(WarningCode::SingleOffer, |lang| {
            tr!(lang, "rank-warning-single-offer")
        })),
        _ => None,
    }
}

#[cfg(test)]
mod provenance_tests {
    use super::*;

    #[test]
    fn warnings_cite_an_article_section_or_say_practice() {
        assert_eq!(
            WarningCode::TieFirst.provenance().cite(Lang::En),
            format!("{TEN_QUESTIONS_ARTICLE}, § Alors comment trancher\u{a0}?")
        );
        let price = WarningCode::PriceDominates.provenance();
        assert!(price.is_practice());
        assert_eq!(
            price.cite(Lang::En),
            "practice of this tool, not from an article or a law (the article says never to \
             choose on price alone (Comment externaliser le service client ?, Conseils); \
             warning above half the weight is the tool's threshold)"
        );
        assert!(WarningCode::TooManyCriteria.provenance().is_practice());
    }
}

#[cfg(test)]
mod no_discrimination_tests {
    use std::collections::BTreeMap;

    use crate::diag::SourceFile;
    use crate::model::offer::{Interval, Offer, Score};
    use crate::ranking::method::Method;
    use crate::ranking::rank_offers;
    use crate::validate::criteria::validate_criteria;

    use super::*;

    fn fires(a: Score, b: Score) -> bool {
        let text = "[[criterion]]\nid = \"q\"\nweight = 1\n";
        let (criteria, _) = validate_criteria(&SourceFile::new("c.toml", text), Lang::En);
        let offers = [("A", a), ("B", b)].map(|(name, score)| {
            let mut offer = Offer::new(name, []);
            offer.scores.insert("q".to_owned(), score);
            offer
        });
        rank_offers(&criteria.unwrap(), &offers, Method::WeightedSum)
            .warnings
            .iter()
            .any(|w| w.code == WarningCode::NoDiscrimination)
    }

    fn plain(value: f64) -> Score {
        Score::plain(value, None)
    }

    fn interval(min: f64, max: f64) -> Score {
        Score::interval(Interval { min, max }, None)
    }

    fn by(values: &[(&str, f64)]) -> Score {
        let by: BTreeMap<String, f64> = values.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect();
        // The mean of the values given.
        let value = by.values().sum::<f64>() / by.len() as f64;
        Score {
            by,
            ..Score::plain(value, None)
        }
    }

    #[test]
    fn equal_midpoints_of_different_intervals_discriminate() {
        // 50 and 50: the same value.
        assert!(fires(plain(50.0), plain(50.0)));
        // (40 + 60) / 2 = 50 = B's 50, but A may be 40 or 60 in a draw.
        assert!(!fires(interval(40.0, 60.0), plain(50.0)));
        // Midpoints 50 and (45 + 55) / 2 = 50: different widths.
        assert!(!fires(interval(40.0, 60.0), interval(45.0, 55.0)));
        // The same interval: nothing tells the offers apart.
        assert!(fires(interval(40.0, 60.0), interval(40.0, 60.0)));
        // A one-point interval is the value itself: 50..50 and 50.
        assert!(fires(interval(50.0, 50.0), plain(50.0)));
        // Evaluators: means (4 + 6) / 2 = 5 and (3 + 7) / 2 = 5, other values.
        assert!(!fires(
            by(&[("c", 4.0), ("m", 6.0)]),
            by(&[("c", 3.0), ("m", 7.0)])
        ));
        // The same values, given by other evaluators: {4, 6} either way.
        assert!(fires(
            by(&[("c", 4.0), ("m", 6.0)]),
            by(&[("c", 6.0), ("m", 4.0)])
        ));
    }
}
