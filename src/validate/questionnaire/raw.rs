//! The questionnaire file as written: serde types with spans.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::model::questionnaire::Severity;
use crate::validate::shape::RawText;

/// Readiness questions grouped in dimensions, each with how to score its answer and
/// what a weak answer means. Built-in ones are listed by `outsource questionnaires`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawQuestionnaire {
    /// Stable kebab-case id, e.g. `ten-questions`; briefs key their answers by it.
    #[schemars(with = "String")]
    pub(super) id: Spanned<String>,
    /// Title, in French and English.
    #[schemars(with = "RawText")]
    pub(super) title: Spanned<toml::Value>,
    /// Title of the article the questionnaire comes from.
    #[schemars(with = "String")]
    pub(super) source: Spanned<String>,
    /// What the questionnaire is for, in French and English.
    #[schemars(with = "Option<RawText>")]
    pub(super) description: Option<Spanned<toml::Value>>,
    /// Dimensions, kebab-case id to title: `governance = { fr = "…", en = "…" }`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawText>")]
    pub(super) dimensions: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    /// The questions, one `[[question]]` table each, in the order they are asked.
    #[serde(default)]
    #[schemars(with = "Vec<RawQuestion>")]
    pub(super) question: Vec<Spanned<RawQuestion>>,
}

/// How a question is asked and scored.
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub(super) enum RawKind {
    /// true or false; scores `yes-score` and `no-score`.
    YesNo,
    /// A level from 0 to 4 with five `levels` labels; scores `scores` [default: level / 4].
    Scale,
    /// One of the `[[question.option]]`.
    Choice,
    /// Several of the `[[question.option]]`; their scores add up, capped at 1.
    Multi,
    /// A number, scored by the `[[question.band]]` it falls in.
    Number,
    /// Free text: kept, never scored.
    Text,
}

/// One question.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawQuestion {
    /// Kebab-case id, unique in the questionnaire.
    #[schemars(with = "String")]
    pub(super) id: Spanned<String>,
    /// A dimension id declared in `[dimensions]`.
    #[schemars(with = "String")]
    pub(super) dimension: Spanned<String>,
    /// How the question is asked and scored.
    #[schemars(with = "RawKind")]
    pub(super) kind: Spanned<RawKind>,
    /// Relative weight, greater than 0; required except on `text` questions.
    #[schemars(with = "Option<f64>")]
    pub(super) weight: Option<Num>,
    /// The question, in French and English.
    #[schemars(with = "RawText")]
    pub(super) text: Spanned<toml::Value>,
    /// What the question is after, for the interviewer.
    #[schemars(with = "RawText")]
    pub(super) help: Spanned<toml::Value>,
    /// Where the question and its recommendation come from: an article's section,
    /// a law's article, or the tool's practice. Its options and bands inherit it.
    #[schemars(with = "Option<RawProvenance>")]
    pub(super) provenance: Option<Spanned<RawProvenance>>,
    /// `questionnaire.question` of a question asking the same fact (e.g.
    /// `ten-mistakes.daily-steering`): the linked questions give one finding that
    /// lists every source.
    #[schemars(with = "Option<String>")]
    pub(super) same_as: Option<Spanned<String>>,
    /// What a weak answer is; required except on `text` questions.
    #[schemars(with = "Option<Severity>")]
    pub(super) severity: Option<Spanned<Severity>>,
    /// An answer scoring below this (0 to 1) is weak [default: 0.5].
    #[schemars(with = "Option<f64>")]
    pub(super) weak_below: Option<Num>,
    /// What to do about a weak answer; required except on `text` questions.
    #[schemars(with = "Option<RawText>")]
    pub(super) recommendation: Option<Spanned<toml::Value>>,
    /// yes-no: the score of `true` (0 to 1) [default: 1].
    #[schemars(with = "Option<f64>")]
    pub(super) yes_score: Option<Num>,
    /// yes-no: the score of `false` (0 to 1) [default: 0].
    #[schemars(with = "Option<f64>")]
    pub(super) no_score: Option<Num>,
    /// scale: the labels of levels 0 to 4 (five).
    #[schemars(with = "Option<Vec<RawText>>")]
    pub(super) levels: Option<Spanned<Vec<Spanned<toml::Value>>>>,
    /// scale: the severity of a weak answer at some levels, e.g. `{ 0 = "blocker" }`
    /// [default: the question's].
    #[schemars(with = "Option<BTreeMap<String, Severity>>")]
    pub(super) level_severity: Option<Spanned<BTreeMap<String, Severity>>>,
    /// scale: the scores of levels 0 to 4 (five, 0 to 1) [default: 0, 0.25, 0.5, 0.75, 1].
    #[schemars(with = "Option<Vec<f64>>")]
    pub(super) scores: Option<Spanned<Vec<Num>>>,
    /// choice and multi: the options, one `[[question.option]]` table each.
    #[schemars(with = "Option<Vec<RawOption>>")]
    pub(super) option: Option<Spanned<Vec<Spanned<RawOption>>>>,
    /// number: the unit, in French and English.
    #[schemars(with = "Option<RawText>")]
    pub(super) unit: Option<Spanned<toml::Value>>,
    /// number: the smallest accepted answer.
    #[schemars(with = "Option<f64>")]
    pub(super) min: Option<Num>,
    /// number: the largest accepted answer.
    #[schemars(with = "Option<f64>")]
    pub(super) max: Option<Num>,
    /// number: contiguous score bands, one `[[question.band]]` table each.
    #[schemars(with = "Option<Vec<RawBand>>")]
    pub(super) band: Option<Spanned<Vec<Spanned<RawBand>>>>,
    /// number: only whole numbers are answers (a count) [default: false].
    pub(super) whole: Option<bool>,
}

/// An option of a choice or multi question.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawOption {
    /// Kebab-case id, written in briefs.
    #[schemars(with = "String")]
    pub(super) id: Spanned<String>,
    /// The option, in French and English.
    #[schemars(with = "RawText")]
    pub(super) label: Spanned<toml::Value>,
    /// Its score, 0 to 1.
    #[schemars(with = "f64")]
    pub(super) score: Num,
    /// multi: an answer on its own ("none", "not decided yet"), never ticked with
    /// another option [default: false].
    pub(super) exclusive: Option<bool>,
    /// Where the option comes from [default: the question's].
    #[schemars(with = "Option<RawProvenance>")]
    pub(super) provenance: Option<Spanned<RawProvenance>>,
    /// The severity of a weak answer choosing this option [default: the question's].
    pub(super) severity: Option<Severity>,
}

/// Numbers from `from` (included) to `to` (excluded) score `score`; a missing bound is open.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawBand {
    /// Lower bound, included.
    #[schemars(with = "Option<f64>")]
    pub(super) from: Option<Num>,
    /// Upper bound, excluded.
    #[schemars(with = "Option<f64>")]
    pub(super) to: Option<Num>,
    /// The score of numbers in the band, 0 to 1.
    #[schemars(with = "f64")]
    pub(super) score: Num,
    /// What the band means, in French and English.
    #[schemars(with = "Option<RawText>")]
    pub(super) label: Option<Spanned<toml::Value>>,
    /// Where the band comes from [default: the question's]; a threshold no source
    /// gives is `practice`.
    #[schemars(with = "Option<RawProvenance>")]
    pub(super) provenance: Option<Spanned<RawProvenance>>,
    /// The severity of a weak answer in this band [default: the question's].
    pub(super) severity: Option<Severity>,
}

/// Where a claim comes from, e.g. `{ kind = "article", section = "Quels canaux ?" }`,
/// `{ kind = "law", law = "Code du travail", article = "L1224-1" }` or
/// `{ kind = "practice", reason = { fr = "…", en = "…" } }`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(super) struct RawProvenance {
    /// `article`, `law` or `practice`.
    #[schemars(with = "RawProvenanceKind")]
    pub(super) kind: Spanned<String>,
    /// article: the heading or passage of the questionnaire's article (its `source`)
    /// where it says so.
    #[schemars(with = "Option<String>")]
    pub(super) section: Option<Spanned<String>>,
    /// law: the code or regulation, e.g. `Code du travail`, `RGPD`.
    #[schemars(with = "Option<String>")]
    pub(super) law: Option<Spanned<String>>,
    /// law: the article number, e.g. `L1224-1`, `28`.
    #[schemars(with = "Option<String>")]
    pub(super) article: Option<Spanned<String>>,
    /// practice: why the tool does so, in French and English.
    #[schemars(with = "Option<RawText>")]
    pub(super) reason: Option<Spanned<toml::Value>>,
}

/// The kinds of provenance.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub(super) enum RawProvenanceKind {
    /// The questionnaire's article says it, in `section`.
    Article,
    /// A law or regulation requires it: `law` and `article`.
    Law,
    /// The tool's own practice, with an optional `reason`.
    Practice,
}

/// A number as written: checked by [`number`] so that `"2"`, `nan` and `inf` get the
/// same `not-a-number` diagnostic in every file kind.
pub(super) type Num = Spanned<toml::Value>;

/// A kind-specific key: its name, where it is written (if it is), the kinds it fits.
pub(super) type KindKey<'a> = (&'a str, Option<std::ops::Range<usize>>, &'a [RawKind]);
