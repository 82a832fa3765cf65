//! Stable diagnostic codes of every file kind (questionnaire, brief, criteria,
//! offers), kebab-case like cargo-deny's `sources/diags.rs::Code`: the text is
//! derived from the variant name. Tests and scripts match on them: never rename one.

/// A problem found in a user's file.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    strum::Display,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::EnumString,
)]
#[strum(serialize_all = "kebab-case")]
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
    /// A criterion without `weight` and no `[ahp]`, or a scored question without `weight`.
    MissingWeight,
    /// A weight of 0 or less (criteria and questions).
    WeightNotPositive,
    /// Must-have bounds no offer can meet, or a question's `min` above its `max`.
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
    /// A criterion's `scale` that is none of the accepted forms, or inconsistent.
    InvalidScale,
    /// A `direction` that contradicts the criterion's scale.
    ScaleDirection,
    /// An offer's level name that the criterion's `levels` do not list.
    UnknownLevel,
    /// A criterion's `group` that no `[[group]]` has.
    UnknownGroup,
    /// Two groups with the same `id`.
    DuplicateGroup,
    /// A criterion without `group` in a file with groups.
    MissingGroup,
    /// A group that no criterion belongs to.
    EmptyGroup,
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
    /// An evaluation file names a provider that no offer file gives.
    UnknownProvider,
    /// A weight, bound, score or comparison that is not a finite number (every file kind).
    NotANumber,
    /// A criterion id that the criteria file does not define.
    UnknownCriterion,
    /// A bilingual text without `fr` or `en`.
    MissingTranslation,
    /// A text that is neither a string nor `{ fr, en }`.
    InvalidText,
    /// A TOML syntax error, or a value of the wrong shape for serde.
    InvalidToml,
    /// `outsource validate` cannot tell what kind of file it is.
    UnknownFileKind,
    /// `outsource validate` was given a table of offers without a criteria file.
    TableNeedsCriteria,
    /// A file that is not valid UTF-8.
    InvalidUtf8,
    /// An id that is not kebab-case.
    InvalidId,
    /// An id used twice (questions, options, listed questionnaires).
    DuplicateId,
    /// A blank `source`.
    MissingSource,
    /// A questionnaire without `[[question]]`.
    NoQuestion,
    /// A question in a dimension not declared in `[dimensions]`.
    UnknownDimension,
    /// A key that belongs to another kind of question.
    KeyNotForKind,
    /// A scored question without `severity`.
    MissingSeverity,
    /// A scored question without `recommendation`.
    MissingRecommendation,
    /// A score outside 0 to 1.
    ScoreOutOfRange,
    /// A scale question without `levels`.
    MissingLevels,
    /// A scale question without exactly five levels.
    WrongLevelCount,
    /// A scale question without exactly five scores.
    WrongScoreCount,
    /// A choice or multi question without options.
    MissingOptions,
    /// A choice or multi question with fewer than two options.
    TooFewOptions,
    /// An option named `not-applicable`.
    ReservedId,
    /// A number question without `unit`.
    MissingUnit,
    /// A number question without bands.
    MissingBands,
    /// A band whose `from` is not below its `to`.
    EmptyBand,
    /// Values that no band covers.
    BandGap,
    /// Values that two bands cover.
    BandOverlap,
    /// A `provenance` of unknown kind, or missing what its kind needs.
    InvalidProvenance,
    /// A `same-as` that names no loaded question, or one that links further.
    UnknownLink,
    /// A questionnaire id that no known questionnaire has.
    UnknownQuestionnaire,
    /// A question id that the questionnaire does not have.
    UnknownQuestion,
    /// A brief that lists or answers no questionnaire.
    NoQuestionnaire,
    /// A brief without `[project]` and `[answers]`.
    EmptyBrief,
    /// A date that is not a real `YYYY-MM-DD` day.
    InvalidDate,
    /// An answer table with a key other than `value`, `note`, `not-applicable`.
    UnknownKey,
    /// A value of the wrong type (e.g. a `note` that is not a string).
    InvalidType,
    /// An answer with both `value` and `not-applicable`.
    ConflictingAnswer,
    /// A `not-applicable` answer or a waiver without a reason.
    MissingReason,
    /// An answer table without `value`.
    MissingValue,
    /// An answer that does not fit its question's kind.
    InvalidAnswer,
    /// A multi answer that ticks an exclusive option (`exclusive = true`) with others.
    ExclusiveOption,
    /// A waiver that names no question or gives no text reason.
    InvalidWaiver,
    /// A negative value on a price criterion (`price = true`, guessed, or `lowest-price`).
    NegativePrice,
}

impl Code {
    /// The stable kebab-case text, e.g. `not-a-number`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::str::FromStr;

    use strum::IntoEnumIterator;

    use super::*;

    #[test]
    fn codes_are_unique_kebab_case_and_round_trip() {
        let mut seen = HashSet::new();
        for code in Code::iter() {
            let text = code.as_str();
            assert!(
                text.split('-').all(|w| !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{text}"
            );
            assert!(seen.insert(text), "{text} twice");
            assert_eq!(Code::from_str(text), Ok(code));
            assert_eq!(code.to_string(), text);
        }
    }

    #[test]
    fn texts_are_stable() {
        // Spelled out: the derived text must match what tests and scripts grep for.
        assert_eq!(Code::NotANumber, "not-a-number");
        assert_eq!(Code::AhpTooManyCriteria, "ahp-too-many-criteria");
        assert_eq!(Code::InvalidToml, "invalid-toml");
        assert_eq!(Code::KeyNotForKind, "key-not-for-kind");
        assert_eq!(Code::UnknownFileKind, "unknown-file-kind");
    }
}
