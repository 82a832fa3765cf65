//! The criteria file as written: serde types with spans, and price detection.

use serde::Deserialize;
use toml::Spanned;

use crate::lang::Text;
use crate::model::criteria::Direction;

/// Weighted criteria to rank provider offers with `outsource rank --criteria`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawCriteria {
    /// Ranking method [default: weighted-sum].
    #[schemars(with = "Option<crate::validate::shape::MethodName>")]
    pub(super) method: Option<Spanned<String>>,
    /// The criteria, one `[[criterion]]` table each.
    #[schemars(with = "Option<Vec<RawCriterion>>")]
    pub(super) criterion: Option<Spanned<Vec<Spanned<RawCriterion>>>>,
    /// AHP pairwise comparisons, instead of weights.
    #[schemars(with = "Option<RawAhp>")]
    pub(super) ahp: Option<Spanned<RawAhp>>,
}

/// One criterion.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawCriterion {
    /// Kebab-case id, used as the key of offer scores.
    #[schemars(with = "String")]
    pub(super) id: Option<Spanned<String>>,
    /// Name, one text or `{ fr = "…", en = "…" }` [default: the id].
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    pub(super) name: Option<Spanned<toml::Value>>,
    /// What the criterion measures and how.
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    pub(super) description: Option<Spanned<toml::Value>>,
    /// Weight greater than 0, any scale (normalised to sum 1); not with `[ahp]`.
    #[schemars(with = "Option<f64>")]
    pub(super) weight: Option<Spanned<toml::Value>>,
    /// "benefit": more is better (default); "cost": less is better.
    #[schemars(with = "Option<crate::validate::shape::Direction>")]
    pub(super) direction: Option<Spanned<String>>,
    /// Must-have: an offer below this is excluded.
    #[schemars(with = "Option<f64>")]
    pub(super) min: Option<Spanned<toml::Value>>,
    /// Must-have: an offer above this is excluded.
    #[schemars(with = "Option<f64>")]
    pub(super) max: Option<Spanned<toml::Value>>,
    /// An offer without this score is excluded.
    pub(super) required: Option<bool>,
    /// Whether this is a price, for the "never choose on price alone" warning [default: guessed from the id and name].
    pub(super) price: Option<bool>,
    /// Unit of the scores, one text or `{ fr = "…", en = "…" }`.
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    pub(super) unit: Option<Spanned<toml::Value>>,
}

/// Saaty pairwise judgements, every pair of criteria exactly once.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawAhp {
    /// `["a", "b", 3]`: criterion a is 3 times as important as b (1/9 to 9).
    #[schemars(with = "Vec<(String, String, f64)>")]
    pub(super) comparisons: Spanned<Vec<Spanned<Vec<Spanned<toml::Value>>>>>,
}

const PRICE_WORDS: [&str; 6] = ["price", "prix", "cost", "coût", "cout", "tarif"];

/// Whether a criterion looks like a price when the file does not say.
pub fn looks_like_price(id: &str, name: &Text, direction: Direction) -> bool {
    direction == Direction::Cost
        && [id, name.en.as_str(), name.fr.as_str()].iter().any(|text| {
            let text = text.to_lowercase();
            PRICE_WORDS.iter().any(|word| text.contains(word))
        })
}
