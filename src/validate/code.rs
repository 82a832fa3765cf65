//! Stable diagnostic codes of the criteria and offer files (kebab-case, like
//! cargo-deny's). Tests and scripts may match on them: never rename one.

/// A problem found in a criteria or offer file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// `method` is neither `weighted-sum` nor `topsis`.
    UnknownMethod,
    /// The file holds only blank lines and comments.
    EmptyFile,
    /// A criteria file without `[[criterion]]`.
    NoCriterion,
    /// A criterion without `id`.
    MissingId,
    /// Two criteria with the same `id`.
    DuplicateCriterion,
    /// `direction` is neither `benefit` nor `cost`.
    UnknownDirection,
    /// A `weight` given with `[ahp]` comparisons.
    WeightAndAhp,
    /// A criterion without `weight` and no `[ahp]`.
    MissingWeight,
    /// A weight of 0 or less.
    WeightNotPositive,
    /// Must-have bounds no offer can meet.
    MinAboveMax,
    /// AHP with more criteria than the random index tables cover.
    AhpTooManyCriteria,
    /// A comparison that is not `["a", "b", value]`.
    AhpBadComparison,
    /// A comparison value outside Saaty's 1/9 to 9.
    AhpOutOfRange,
    /// A criterion compared with itself.
    AhpSelfComparison,
    /// A pair compared twice (in either order).
    AhpDuplicatePair,
    /// Pairs never compared.
    AhpMissingPair,
    /// The eigenvector could not be computed.
    AhpFailed,
    /// Both a single offer (`name`, `[scores]`) and `[[provider]]` entries.
    MixedOfferFile,
    /// An offer file without any offer.
    NoOffer,
    /// An offer without `name`.
    MissingName,
    /// A blank provider name.
    EmptyName,
    /// Two offers with the same provider name (in one file or across files).
    DuplicateProvider,
    /// An offer without `scores`.
    MissingScores,
    /// A score table with keys other than `value` and `note`.
    InvalidScore,
    /// A weight, bound, score or comparison that is not a finite number.
    NotANumber,
    /// A criterion id that the criteria file does not define.
    UnknownCriterion,
    /// A bilingual text without `fr` or `en`.
    MissingTranslation,
    /// A text that is neither a string nor `{ fr, en }`.
    InvalidText,
}

impl Code {
    pub const ALL: [Code; 28] = [
        Code::UnknownMethod,
        Code::EmptyFile,
        Code::NoCriterion,
        Code::MissingId,
        Code::DuplicateCriterion,
        Code::UnknownDirection,
        Code::WeightAndAhp,
        Code::MissingWeight,
        Code::WeightNotPositive,
        Code::MinAboveMax,
        Code::AhpTooManyCriteria,
        Code::AhpBadComparison,
        Code::AhpOutOfRange,
        Code::AhpSelfComparison,
        Code::AhpDuplicatePair,
        Code::AhpMissingPair,
        Code::AhpFailed,
        Code::MixedOfferFile,
        Code::NoOffer,
        Code::MissingName,
        Code::EmptyName,
        Code::DuplicateProvider,
        Code::MissingScores,
        Code::InvalidScore,
        Code::NotANumber,
        Code::UnknownCriterion,
        Code::MissingTranslation,
        Code::InvalidText,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::UnknownMethod => "unknown-method",
            Code::EmptyFile => "empty-file",
            Code::NoCriterion => "no-criterion",
            Code::MissingId => "missing-id",
            Code::DuplicateCriterion => "duplicate-criterion",
            Code::UnknownDirection => "unknown-direction",
            Code::WeightAndAhp => "weight-and-ahp",
            Code::MissingWeight => "missing-weight",
            Code::WeightNotPositive => "weight-not-positive",
            Code::MinAboveMax => "min-above-max",
            Code::AhpTooManyCriteria => "ahp-too-many-criteria",
            Code::AhpBadComparison => "ahp-bad-comparison",
            Code::AhpOutOfRange => "ahp-out-of-range",
            Code::AhpSelfComparison => "ahp-self-comparison",
            Code::AhpDuplicatePair => "ahp-duplicate-pair",
            Code::AhpMissingPair => "ahp-missing-pair",
            Code::AhpFailed => "ahp-failed",
            Code::MixedOfferFile => "mixed-offer-file",
            Code::NoOffer => "no-offer",
            Code::MissingName => "missing-name",
            Code::EmptyName => "empty-name",
            Code::DuplicateProvider => "duplicate-provider",
            Code::MissingScores => "missing-scores",
            Code::InvalidScore => "invalid-score",
            Code::NotANumber => "not-a-number",
            Code::UnknownCriterion => "unknown-criterion",
            Code::MissingTranslation => "missing-translation",
            Code::InvalidText => "invalid-text",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let text = code.as_str();
            assert!(super::super::is_kebab_case(text), "{text}");
            assert!(seen.insert(text), "{text} twice");
        }
    }
}
