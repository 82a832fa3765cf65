//! A questionnaire: questions grouped in dimensions, each with how to score its
//! answer and what a weak answer means.

use serde::Serialize;

use crate::lang::{Lang, Text};
use crate::tr;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Questionnaire {
    /// Stable kebab-case id, e.g. `ten-questions`; briefs key their answers by it.
    pub id: String,
    pub title: Text,
    /// Title of the article the questionnaire comes from.
    pub source: String,
    pub description: Option<Text>,
    /// The dimensions its questions use, in file order.
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
}

impl Questionnaire {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|dimension| dimension.id == id)
    }
}

/// A readiness dimension a consultant recognises, e.g. `governance`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dimension {
    pub id: String,
    pub title: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Question {
    pub id: String,
    pub dimension: String,
    /// Relative weight (> 0) inside its dimension and overall. 0 for `text` questions.
    pub weight: f64,
    pub text: Text,
    pub help: Text,
    /// Where the question and its recommendation come from.
    pub provenance: Provenance,
    /// `questionnaire.question` of a question asking the same fact: the two give
    /// one finding between them.
    pub same_as: Option<String>,
    /// Byte span of `same-as` in the questionnaire file.
    #[serde(skip)]
    pub same_as_span: Option<std::ops::Range<usize>>,
    #[serde(flatten)]
    pub kind: Kind,
    /// What a weak answer means; `None` for `text` questions.
    pub weakness: Option<Weakness>,
}

impl Question {
    /// Whether the answer to this question counts in the scores.
    pub fn is_scored(&self) -> bool {
        !matches!(self.kind, Kind::Text)
    }
}

/// How a question is asked and how its answer maps to a score in 0..=1.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Kind {
    /// true or false, each with its score.
    YesNo { yes: f64, no: f64 },
    /// A level from 0 to 4, with a label and a score per level.
    Scale { levels: Vec<Level> },
    /// One option among several.
    Choice { options: Vec<Choice> },
    /// Several options; the score is the sum of the chosen options' scores, capped at 1.
    Multi { options: Vec<Choice> },
    /// A number, mapped to a score by contiguous bands.
    Number {
        unit: Text,
        min: Option<f64>,
        max: Option<f64>,
        bands: Vec<Band>,
        /// Only whole numbers are answers (a count).
        whole: bool,
    },
    /// Free text: kept, never scored.
    Text,
}

impl Kind {
    /// The kebab-case name used in files.
    pub fn name(&self) -> &'static str {
        match self {
            Kind::YesNo { .. } => "yes-no",
            Kind::Scale { .. } => "scale",
            Kind::Choice { .. } => "choice",
            Kind::Multi { .. } => "multi",
            Kind::Number { .. } => "number",
            Kind::Text => "text",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Level {
    pub level: u8,
    pub label: Text,
    pub score: f64,
    /// The severity of a weak answer at this level, when it differs from the question's.
    pub severity: Option<Severity>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Choice {
    pub id: String,
    pub label: Text,
    pub score: f64,
    /// A multi option that is an answer on its own ("none", "not decided yet").
    pub exclusive: bool,
    /// Where the option comes from (the question's unless it says otherwise).
    pub provenance: Provenance,
    /// The severity of a weak answer choosing this option, when it differs from
    /// the question's.
    pub severity: Option<Severity>,
}

/// Values `from <= x < to` score `score`; a missing bound is open.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Band {
    pub from: Option<f64>,
    pub to: Option<f64>,
    pub score: f64,
    pub label: Option<Text>,
    /// Where the band comes from (the question's unless it says otherwise).
    pub provenance: Provenance,
    /// The severity of a weak answer in this band, when it differs from the question's.
    pub severity: Option<Severity>,
}

impl Band {
    pub fn contains(&self, value: f64) -> bool {
        self.from.is_none_or(|from| value >= from) && self.to.is_none_or(|to| value < to)
    }
}

/// What a weak answer means.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth knowing; never fails a check.
    Info,
    /// Ready only with conditions.
    Warning,
    /// Not ready.
    Blocker,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Blocker => "blocker",
        }
    }
}

/// An answer scoring strictly below `below` is weak: a finding of `severity`
/// with `recommendation`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Weakness {
    pub severity: Severity,
    pub below: f64,
    pub recommendation: Text,
}

/// Where a question, option or band comes from: what a consultant can cite.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Provenance {
    /// One of the articles says it, in `section` (a heading or a passage a reader
    /// finds); `None` only for a question of a user's file that names no provenance.
    Article {
        article: String,
        section: Option<String>,
    },
    /// A law or regulation requires it: `law` (the code or regulation) and its `article`.
    Law { law: String, article: String },
    /// The tool's own choice (thresholds, bands, remedies no source gives), and why.
    Practice { reason: Option<Text> },
}

impl Provenance {
    /// The citation in `lang`, without a "Source:" label: "<article>, § <section>",
    /// "Code du travail, art. L1224-1" or "practice of this tool, …".
    pub fn cite(&self, lang: Lang) -> String {
        match self {
            Provenance::Article {
                article,
                section: None,
            } => tr!(lang, "provenance-article-whole", article = article.as_str()),
            Provenance::Article {
                article,
                section: Some(section),
            } => tr!(
                lang,
                "provenance-article",
                article = article.as_str(),
                section = section.as_str()
            ),
            Provenance::Law { law, article } => tr!(
                lang,
                "provenance-law",
                law = law.as_str(),
                article = article.as_str()
            ),
            Provenance::Practice { reason: None } => tr!(lang, "provenance-practice"),
            Provenance::Practice {
                reason: Some(reason),
            } => tr!(
                lang,
                "provenance-practice-reason",
                reason = reason.get(lang)
            ),
        }
    }

    pub fn is_practice(&self) -> bool {
        matches!(self, Provenance::Practice { .. })
    }
}
