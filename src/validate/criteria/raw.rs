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
    /// AHP pairwise comparisons, instead of weights: among the criteria, or among the
    /// groups when there are `[[group]]` entries.
    #[schemars(with = "Option<RawAhp>")]
    pub(super) ahp: Option<Spanned<RawAhp>>,
    /// Groups of criteria (cost, quality…), one `[[group]]` table each; then every
    /// criterion names its `group`.
    #[schemars(with = "Option<Vec<RawGroup>>")]
    pub(super) group: Option<Spanned<Vec<Spanned<RawGroup>>>>,
}

/// Saaty judgements as written: `["a", "b", 3]` items.
pub(super) type RawComparisons = Spanned<Vec<Spanned<Vec<Spanned<toml::Value>>>>>;

/// One group of criteria.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawGroup {
    /// Kebab-case id, named by the criteria's `group`.
    #[schemars(with = "String")]
    pub(super) id: Option<Spanned<String>>,
    /// Name, one text or `{ fr = "…", en = "…" }` [default: the id].
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    pub(super) name: Option<Spanned<toml::Value>>,
    /// What the group covers.
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    pub(super) description: Option<Spanned<toml::Value>>,
    /// Weight of the group greater than 0, any scale (normalised to sum 1 over the
    /// groups); not with a top-level `[ahp]`.
    #[schemars(with = "Option<f64>")]
    pub(super) weight: Option<Spanned<toml::Value>>,
    /// AHP comparisons of the group's criteria (`["a", "b", 3]`, 1/9 to 9), instead
    /// of their weights.
    #[schemars(with = "Option<Vec<(String, String, crate::validate::shape::Judgement)>>")]
    pub(super) comparisons: Option<RawComparisons>,
}

/// A scale (value function): how a criterion's values become utilities from 0 to 1.
#[derive(schemars::JsonSchema)]
#[schemars(untagged, deny_unknown_fields)]
#[allow(dead_code)]
enum ScaleShape {
    /// "relative" (default: rescaled between the offers compared) or "lowest-price"
    /// (the tender rule: lowest price / price).
    Named(ScaleName),
    /// `{ worst = 0, best = 100 }`: linear from worst (0) to best (1), clamped outside.
    Linear {
        /// The value worth 0.
        worst: f64,
        /// The value worth 1.
        best: f64,
    },
    /// `{ points = [[0, 0], [50, 0.8], [100, 1]] }`: piecewise linear through
    /// `[value, utility]` points, values increasing, utilities from 0 to 1.
    Points {
        /// At least two `[value, utility]` pairs.
        points: Vec<(f64, f64)>,
    },
    /// `{ levels = ["none", "basic", "good", "excellent"] }` (worst first) or
    /// `{ levels = { none = 0, basic = 1, good = 2, excellent = 3 } }`: offers give a
    /// level's name; the lowest level is worth 0, the highest 1.
    Levels {
        /// The level names, worst first, or name to value.
        levels: LevelsShape,
    },
}

/// A named scale.
#[derive(schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(dead_code)]
enum ScaleName {
    Relative,
    LowestPrice,
}

/// Level names worst first, or a table of name to value.
#[derive(schemars::JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code)]
enum LevelsShape {
    Names(Vec<String>),
    Values(std::collections::BTreeMap<String, f64>),
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
    /// The scale (value function) [default: "relative"].
    #[schemars(with = "Option<ScaleShape>")]
    pub(super) scale: Option<Spanned<toml::Value>>,
    /// The id of the criterion's `[[group]]` (required when the file has groups).
    #[schemars(with = "Option<String>")]
    pub(super) group: Option<Spanned<String>>,
}

/// Saaty pairwise judgements, every pair of criteria (or of groups) exactly once.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawAhp {
    /// `["a", "b", 3]`: criterion a is 3 times as important as b (1/9 to 9).
    #[schemars(with = "Vec<(String, String, crate::validate::shape::Judgement)>")]
    pub(super) comparisons: RawComparisons,
}

const PRICE_WORDS: [&str; 6] = ["price", "prix", "cost", "coût", "cout", "tarif"];

/// Whether a criterion looks like a price when the file does not say.
pub(super) fn looks_like_price(id: &str, name: &Text, direction: Direction) -> bool {
    direction == Direction::Cost
        && [id, name.en.as_str(), name.fr.as_str()].iter().any(|text| {
            let text = text.to_lowercase();
            PRICE_WORDS.iter().any(|word| text.contains(word))
        })
}
