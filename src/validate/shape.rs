//! Shapes that the `Raw*` types read as `toml::Value` and check by hand. They exist
//! only to describe those values in the JSON Schemas (`crate::schema`); this file
//! imports nothing from the validators, so the schema and the validators do not
//! depend on each other.

use std::collections::BTreeMap;

use schemars::JsonSchema;

/// An answer: the value itself, a table with the value and a note, or a table
/// saying why the question does not apply.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum Answer {
    /// The value alone.
    Value(AnswerValue),
    /// The value with a note: `{ value = 3, note = "…" }`.
    WithNote(AnswerWithNote),
    /// `{ not-applicable = "why" }`: the question leaves the weights.
    NotApplicable(NotApplicable),
}

/// A value, of the type its question's kind asks for.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum AnswerValue {
    /// yes-no: true or false.
    YesNo(bool),
    /// scale: a level from 0 to 4; number: the number.
    Number(f64),
    /// choice: the option id; text: the text.
    Text(String),
    /// multi: the chosen option ids.
    Options(Vec<String>),
}

/// A value with a note.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case", deny_unknown_fields)]
pub struct AnswerWithNote {
    /// The answer.
    pub value: AnswerValue,
    /// Why, or where the answer comes from.
    pub note: Option<String>,
}

/// A question that does not apply.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case", deny_unknown_fields)]
pub struct NotApplicable {
    /// Why the question does not apply.
    #[schemars(length(min = 1))]
    pub not_applicable: String,
    /// A note.
    pub note: Option<String>,
}

/// A waiver: `"questionnaire.question" = "why"`, or a table per questionnaire,
/// `[waivers.ten-mistakes]` then `question = "why"`.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum Waiver {
    /// Why the client accepts the risk of the weak answer.
    Reason(#[schemars(length(min = 1))] String),
    /// Question id to the reason.
    Questions(BTreeMap<String, String>),
}

/// A text in one language for both, or `{ fr = "…", en = "…" }`.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum Bilingual {
    /// The same text in French and English.
    Same(String),
    /// Each language.
    Both(Translations),
}

/// A text in French and English: `{ fr = "…", en = "…" }`.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RawText {
    /// En français.
    pub fr: Option<String>,
    /// In English.
    pub en: Option<String>,
}

/// A text in French and English.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Translations {
    /// En français.
    pub fr: String,
    /// In English.
    pub en: String,
}

/// How `outsource rank` ranks the offers.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
pub enum MethodName {
    /// Min-max normalisation, then the weighted sum.
    WeightedSum,
    /// Closeness to the ideal offer (Hwang and Yoon).
    Topsis,
}

/// Whether more or less is better.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
pub enum Direction {
    /// More is better.
    Benefit,
    /// Less is better.
    Cost,
}

/// An offer's score on a criterion: a number, `{ value = 85, note = "…" }`,
/// several evaluators' values `{ by = { claire = 4, malik = 3 } }`, or an
/// uncertain value `{ min = 3.9, max = 4.3 }`.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum Score {
    /// The value.
    Value(f64),
    /// A level's name, on a criterion whose `scale` has `levels`.
    Level(String),
    /// The value with a note.
    WithNote(ScoreWithNote),
    /// An uncertain value: ranked as its midpoint, drawn uniformly by `--sensitivity`.
    Interval(ScoreInterval),
}

/// An uncertain value, somewhere between `min` and `max` (`min <= max`).
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ScoreInterval {
    /// The lowest value it may be (or a level's name).
    pub min: ScoreValue,
    /// The highest value it may be (or a level's name).
    pub max: ScoreValue,
    /// Where the values come from.
    pub note: Option<String>,
}

/// A score with a note, or given by several evaluators (`value` or `by`).
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ScoreWithNote {
    /// The value, in the criterion's unit (or a level's name).
    pub value: Option<ScoreValue>,
    /// Evaluator name to value, instead of `value`: ranked as their mean (or
    /// median, `rank --aggregate median`).
    pub by: Option<std::collections::BTreeMap<String, f64>>,
    /// Where the value comes from.
    pub note: Option<String>,
}

/// A number, or a level's name on a criterion with `levels`.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum ScoreValue {
    /// The value, in the criterion's unit.
    Number(f64),
    /// A level's name.
    Level(String),
}

/// A date, YYYY-MM-DD.
#[derive(JsonSchema)]
pub struct Date(#[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))] pub String);

/// An AHP judgement's value: everyone's, or each evaluator's (aggregated by their
/// geometric mean).
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum Judgement {
    /// How many times as important the first is as the second (1/9 to 9).
    Value(f64),
    /// `{ by = { claire = 3, malik = 5 } }`: each evaluator's judgement.
    ByEvaluator(JudgementBy),
}

/// Each evaluator's judgement of one pair.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct JudgementBy {
    /// Evaluator name to judgement (1/9 to 9); the same evaluators in every `by`.
    pub by: BTreeMap<String, f64>,
}

/// One committee member's evaluation file: their values on the offers.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case", deny_unknown_fields)]
pub struct EvaluationFile {
    /// Who scored.
    pub evaluator: Evaluator,
    /// Provider name (as in the offer files) to criterion id to value:
    /// `[offer."Atlantique Contact"]` then `fit = 8`.
    pub offer: Option<BTreeMap<String, BTreeMap<String, EvaluatedScore>>>,
}

/// The committee member.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Evaluator {
    /// Their name, as the outputs show it.
    pub name: String,
    /// Who they are, for the record (not used in the ranking).
    pub role: Option<String>,
}

/// One evaluator's value: a number, a level's name, `{ value, note }`, or an
/// interval `{ min, max, note }`.
#[derive(JsonSchema)]
#[schemars(untagged)]
pub enum EvaluatedScore {
    /// The value.
    Value(f64),
    /// A level's name, on a criterion whose `scale` has `levels`.
    Level(String),
    /// The value with a note.
    WithNote(EvaluatedWithNote),
    /// An uncertain value: its midpoint is the evaluator's value, and
    /// `--sensitivity` draws it uniformly.
    Interval(ScoreInterval),
}

/// An evaluator's value with a note.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct EvaluatedWithNote {
    /// The value, in the criterion's unit (or a level's name).
    pub value: ScoreValue,
    /// Why.
    pub note: Option<String>,
}
