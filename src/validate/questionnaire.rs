//! Questionnaire files: `RawQuestionnaire` (as written) to [`Questionnaire`].

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use super::common::number;
use super::{RawText, check_id, check_text, parse};
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::questionnaire::{
    Band, Choice, Dimension, Kind, Level, Question, Questionnaire, Severity, Weakness,
};

/// Scores below this are weak when a question does not say otherwise.
pub const DEFAULT_WEAK_BELOW: f64 = 0.5;

/// Readiness questions grouped in dimensions, each with how to score its answer and
/// what a weak answer means. Built-in ones are listed by `outsource questionnaires`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawQuestionnaire {
    /// Stable kebab-case id, e.g. `ten-questions`; briefs key their answers by it.
    #[schemars(with = "String")]
    id: Spanned<String>,
    /// Title, in French and English.
    #[schemars(with = "RawText")]
    title: Spanned<RawText>,
    /// Title of the article the questionnaire comes from.
    #[schemars(with = "String")]
    source: Spanned<String>,
    /// What the questionnaire is for, in French and English.
    #[schemars(with = "Option<RawText>")]
    description: Option<Spanned<RawText>>,
    /// Dimensions, kebab-case id to title: `governance = { fr = "…", en = "…" }`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawText>")]
    dimensions: BTreeMap<Spanned<String>, Spanned<RawText>>,
    /// The questions, one `[[question]]` table each, in the order they are asked.
    #[serde(default)]
    #[schemars(with = "Vec<RawQuestion>")]
    question: Vec<Spanned<RawQuestion>>,
}

/// How a question is asked and scored.
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
enum RawKind {
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
struct RawQuestion {
    /// Kebab-case id, unique in the questionnaire.
    #[schemars(with = "String")]
    id: Spanned<String>,
    /// A dimension id declared in `[dimensions]`.
    #[schemars(with = "String")]
    dimension: Spanned<String>,
    /// How the question is asked and scored.
    #[schemars(with = "RawKind")]
    kind: Spanned<RawKind>,
    /// Relative weight, greater than 0; required except on `text` questions.
    #[schemars(with = "Option<f64>")]
    weight: Option<Num>,
    /// The question, in French and English.
    #[schemars(with = "RawText")]
    text: Spanned<RawText>,
    /// What the question is after, for the interviewer.
    #[schemars(with = "RawText")]
    help: Spanned<RawText>,
    /// Title of the article the question comes from [default: the questionnaire's].
    #[schemars(with = "Option<String>")]
    source: Option<Spanned<String>>,
    /// What a weak answer is; required except on `text` questions.
    #[schemars(with = "Option<Severity>")]
    severity: Option<Spanned<Severity>>,
    /// An answer scoring below this (0 to 1) is weak [default: 0.5].
    #[schemars(with = "Option<f64>")]
    weak_below: Option<Num>,
    /// What to do about a weak answer; required except on `text` questions.
    #[schemars(with = "Option<RawText>")]
    recommendation: Option<Spanned<RawText>>,
    /// yes-no: the score of `true` (0 to 1) [default: 1].
    #[schemars(with = "Option<f64>")]
    yes_score: Option<Num>,
    /// yes-no: the score of `false` (0 to 1) [default: 0].
    #[schemars(with = "Option<f64>")]
    no_score: Option<Num>,
    /// scale: the labels of levels 0 to 4 (five).
    #[schemars(with = "Option<Vec<RawText>>")]
    levels: Option<Spanned<Vec<Spanned<RawText>>>>,
    /// scale: the scores of levels 0 to 4 (five, 0 to 1) [default: 0, 0.25, 0.5, 0.75, 1].
    #[schemars(with = "Option<Vec<f64>>")]
    scores: Option<Spanned<Vec<Num>>>,
    /// choice and multi: the options, one `[[question.option]]` table each.
    #[schemars(with = "Option<Vec<RawOption>>")]
    option: Option<Spanned<Vec<Spanned<RawOption>>>>,
    /// number: the unit, in French and English.
    #[schemars(with = "Option<RawText>")]
    unit: Option<Spanned<RawText>>,
    /// number: the smallest accepted answer.
    #[schemars(with = "Option<f64>")]
    min: Option<Num>,
    /// number: the largest accepted answer.
    #[schemars(with = "Option<f64>")]
    max: Option<Num>,
    /// number: contiguous score bands, one `[[question.band]]` table each.
    #[schemars(with = "Option<Vec<RawBand>>")]
    band: Option<Spanned<Vec<Spanned<RawBand>>>>,
    /// number: only whole numbers are answers (a count) [default: false].
    whole: Option<bool>,
}

/// An option of a choice or multi question.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawOption {
    /// Kebab-case id, written in briefs.
    #[schemars(with = "String")]
    id: Spanned<String>,
    /// The option, in French and English.
    #[schemars(with = "RawText")]
    label: Spanned<RawText>,
    /// Its score, 0 to 1.
    #[schemars(with = "f64")]
    score: Num,
    /// multi: an answer on its own ("none", "not decided yet"), never ticked with
    /// another option [default: false].
    exclusive: Option<bool>,
}

/// Numbers from `from` (included) to `to` (excluded) score `score`; a missing bound is open.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawBand {
    /// Lower bound, included.
    #[schemars(with = "Option<f64>")]
    from: Option<Num>,
    /// Upper bound, excluded.
    #[schemars(with = "Option<f64>")]
    to: Option<Num>,
    /// The score of numbers in the band, 0 to 1.
    #[schemars(with = "f64")]
    score: Num,
    /// What the band means, in French and English.
    #[schemars(with = "Option<RawText>")]
    label: Option<Spanned<RawText>>,
}

/// A number as written: checked by [`number`] so that `"2"`, `nan` and `inf` get the
/// same `not-a-number` diagnostic in every file kind.
type Num = Spanned<toml::Value>;

/// A band's `from` and `to`, checked finite.
type BandBounds = (Option<Spanned<f64>>, Option<Spanned<f64>>);

/// A kind-specific key: its name, where it is written (if it is), the kinds it fits.
type KindKey<'a> = (&'a str, Option<std::ops::Range<usize>>, &'a [RawKind]);

/// Whether a TOML document looks like a questionnaire (for `validate` on mixed folders).
pub fn looks_like_questionnaire(table: &toml::Table) -> bool {
    table.contains_key("question") || table.contains_key("dimensions")
}

/// Parses and validates one questionnaire file.
pub fn validate_questionnaire(
    file: &SourceFile,
    lang: Lang,
) -> (Option<Questionnaire>, Vec<Diagnostic>) {
    let raw: RawQuestionnaire = match parse(&file.text) {
        Ok(raw) => raw,
        Err(diagnostic) => return (None, vec![diagnostic]),
    };
    let mut v = Validator {
        lang,
        diagnostics: Vec::new(),
    };
    let questionnaire = v.questionnaire(raw);
    let has_error = v.diagnostics.iter().any(Diagnostic::is_error);
    (questionnaire.filter(|_| !has_error), v.diagnostics)
}

struct Validator {
    lang: Lang,
    diagnostics: Vec<Diagnostic>,
}

impl Validator {
    fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn msg(&self, en: String, fr: String) -> String {
        match self.lang {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    fn questionnaire(&mut self, raw: RawQuestionnaire) -> Option<Questionnaire> {
        let lang = self.lang;
        check_id(&raw.id, lang, &mut self.diagnostics);
        let title = check_text(&raw.title, "title", lang, &mut self.diagnostics);
        if raw.source.get_ref().trim().is_empty() {
            self.push(
                Diagnostic::error(
                    Code::MissingSource,
                    lang.pick("`source` is empty", "`source` est vide"),
                )
                .at(raw.source.span())
                .label(lang.pick(
                    "expected the article's title",
                    "attendu : le titre de l'article",
                )),
            );
        }
        let description = raw
            .description
            .as_ref()
            .map(|d| check_text(d, "description", lang, &mut self.diagnostics));

        let mut dimensions: Vec<(usize, Dimension)> = Vec::new();
        for (id, title) in &raw.dimensions {
            check_id(id, lang, &mut self.diagnostics);
            let what = format!("dimensions.{}", id.get_ref());
            if let Some(title) = check_text(title, &what, lang, &mut self.diagnostics) {
                dimensions.push((
                    id.span().start,
                    Dimension {
                        id: id.get_ref().clone(),
                        title,
                    },
                ));
            }
        }
        dimensions.sort_by_key(|(start, _)| *start);
        let dimensions: Vec<Dimension> = dimensions.into_iter().map(|(_, d)| d).collect();
        let declared: HashSet<&str> = raw
            .dimensions
            .keys()
            .map(|k| k.get_ref().as_str())
            .collect();

        if raw.question.is_empty() {
            self.push(
                Diagnostic::error(
                    Code::NoQuestion,
                    lang.pick(
                        "the questionnaire has no question",
                        "le questionnaire n'a aucune question",
                    ),
                )
                .help(lang.pick(
                    "add at least one `[[question]]` table",
                    "ajoutez au moins une table `[[question]]`",
                )),
            );
        }
        let mut seen: HashSet<String> = HashSet::new();
        let mut questions = Vec::new();
        for question in &raw.question {
            let id = &question.get_ref().id;
            if !seen.insert(id.get_ref().clone()) {
                self.push(
                    Diagnostic::error(
                        Code::DuplicateId,
                        self.msg(
                            format!("question id `{}` is used twice", id.get_ref()),
                            format!(
                                "l'identifiant de question `{}` est utilisé deux fois",
                                id.get_ref()
                            ),
                        ),
                    )
                    .at(id.span())
                    .label(lang.pick("second use", "seconde utilisation")),
                );
            }
            if let Some(q) = self.question(question, &declared, raw.source.get_ref()) {
                questions.push(q);
            }
        }
        Some(Questionnaire {
            id: raw.id.into_inner(),
            title: title?,
            source: raw.source.into_inner(),
            description: description.flatten(),
            dimensions,
            questions,
        })
    }

    fn question(
        &mut self,
        raw: &Spanned<RawQuestion>,
        declared: &HashSet<&str>,
        default_source: &str,
    ) -> Option<Question> {
        let lang = self.lang;
        let q = raw.get_ref();
        let id_ok = check_id(&q.id, lang, &mut self.diagnostics);
        let qid = q.id.get_ref();
        if !declared.contains(q.dimension.get_ref().as_str()) {
            let mut names: Vec<&str> = declared.iter().copied().collect();
            names.sort_unstable();
            self.push(
                Diagnostic::error(
                    Code::UnknownDimension,
                    self.msg(
                        format!(
                            "question `{qid}` uses the undeclared dimension `{}`",
                            q.dimension.get_ref()
                        ),
                        format!(
                            "la question `{qid}` utilise la dimension non déclarée `{}`",
                            q.dimension.get_ref()
                        ),
                    ),
                )
                .at(q.dimension.span())
                .label(self.msg(
                    format!("expected one of: {}", names.join(", ")),
                    format!("attendu : {}", names.join(", ")),
                ))
                .help(lang.pick(
                    "declare it in the `[dimensions]` table",
                    "déclarez-la dans la table `[dimensions]`",
                )),
            );
        }
        let text = check_text(&q.text, &format!("{qid}.text"), lang, &mut self.diagnostics);
        let help = check_text(&q.help, &format!("{qid}.help"), lang, &mut self.diagnostics);
        let source = match &q.source {
            Some(source) if source.get_ref().trim().is_empty() => {
                self.push(
                    Diagnostic::error(
                        Code::MissingSource,
                        lang.pick("`source` is empty", "`source` est vide"),
                    )
                    .at(source.span()),
                );
                String::new()
            }
            Some(source) => source.get_ref().clone(),
            None => default_source.to_owned(),
        };
        let kind = *q.kind.get_ref();
        let is_text = kind == RawKind::Text;

        // Weight: required (> 0) on scored questions, absent on text ones.
        let weight = match (&q.weight, is_text) {
            (Some(weight), true) => {
                self.not_for_kind(weight.span(), "weight", "text");
                0.0
            }
            (None, true) => 0.0,
            (None, false) => {
                self.push(
                    Diagnostic::error(
                        Code::MissingWeight,
                        self.msg(
                            format!("question `{qid}` has no `weight`"),
                            format!("la question `{qid}` n'a pas de `weight`"),
                        ),
                    )
                    .at(raw.span())
                    .help(lang.pick(
                        "add `weight = 1` (or more for important questions)",
                        "ajoutez `weight = 1` (ou plus pour une question importante)",
                    )),
                );
                0.0
            }
            (Some(weight), false) => {
                // Not a number: already reported, and the questionnaire is refused.
                let w = self.finite(weight, "weight").map_or(1.0, |w| *w.get_ref());
                if w <= 0.0 {
                    self.push(
                        Diagnostic::error(
                            Code::WeightNotPositive,
                            self.msg(
                                format!("the weight of `{qid}` must be greater than 0"),
                                format!("le poids de `{qid}` doit être supérieur à 0"),
                            ),
                        )
                        .at(weight.span())
                        .label(lang.pick("expected a number > 0", "attendu : un nombre > 0")),
                    );
                }
                w
            }
        };

        let weakness = if is_text {
            for (present, span, key) in [
                (
                    q.severity.is_some(),
                    q.severity.as_ref().map(Spanned::span),
                    "severity",
                ),
                (
                    q.weak_below.is_some(),
                    q.weak_below.as_ref().map(Spanned::span),
                    "weak-below",
                ),
                (
                    q.recommendation.is_some(),
                    q.recommendation.as_ref().map(Spanned::span),
                    "recommendation",
                ),
            ] {
                if let (true, Some(span)) = (present, span) {
                    self.not_for_kind(span, key, "text");
                }
            }
            None
        } else {
            self.weakness(raw)
        };

        let kind = self.kind(raw, kind);
        if !id_ok {
            return None;
        }
        Some(Question {
            id: qid.clone(),
            dimension: q.dimension.get_ref().clone(),
            weight,
            text: text?,
            help: help?,
            source,
            kind: kind?,
            weakness: if is_text { None } else { Some(weakness?) },
        })
    }

    fn weakness(&mut self, raw: &Spanned<RawQuestion>) -> Option<Weakness> {
        let lang = self.lang;
        let q = raw.get_ref();
        let qid = q.id.get_ref();
        let severity = match &q.severity {
            Some(severity) => Some(*severity.get_ref()),
            None => {
                self.push(
                    Diagnostic::error(
                        Code::MissingSeverity,
                        self.msg(
                            format!("question `{qid}` has no `severity`"),
                            format!("la question `{qid}` n'a pas de `severity`"),
                        ),
                    )
                    .at(raw.span())
                    .help(lang.pick(
                        "say what a weak answer means: severity = \"blocker\", \"warning\" or \"info\"",
                        "dites ce que signifie une réponse faible : severity = \"blocker\", \"warning\" ou \"info\"",
                    )),
                );
                None
            }
        };
        let below = match &q.weak_below {
            Some(below) => self.unit_score(below, "weak-below"),
            None => Some(DEFAULT_WEAK_BELOW),
        };
        let recommendation = match &q.recommendation {
            Some(text) => check_text(
                text,
                &format!("{qid}.recommendation"),
                lang,
                &mut self.diagnostics,
            ),
            None => {
                self.push(
                    Diagnostic::error(
                        Code::MissingRecommendation,
                        self.msg(
                            format!("question `{qid}` has no `recommendation`"),
                            format!("la question `{qid}` n'a pas de `recommendation`"),
                        ),
                    )
                    .at(raw.span())
                    .help(lang.pick(
                        "add recommendation = { fr = \"…\", en = \"…\" }: what to do about a weak answer",
                        "ajoutez recommendation = { fr = \"…\", en = \"…\" } : que faire d'une réponse faible",
                    )),
                );
                None
            }
        };
        Some(Weakness {
            severity: severity?,
            below: below?,
            recommendation: recommendation?,
        })
    }

    /// A finite number, or `not-a-number` (the same diagnostic as in criteria and offers).
    fn finite(&mut self, value: &Num, what: &str) -> Option<Spanned<f64>> {
        match number(value, self.lang, what) {
            Ok(v) => Some(Spanned::new(value.span(), v)),
            Err(diagnostic) => {
                self.push(diagnostic);
                None
            }
        }
    }

    /// An optional number: `None` when absent; clears `finite` when not a finite number.
    fn optional_finite(
        &mut self,
        value: Option<&Num>,
        what: &str,
        finite: &mut bool,
    ) -> Option<Spanned<f64>> {
        let checked = self.finite(value?, what);
        *finite &= checked.is_some();
        checked
    }

    /// Checks a score is a finite number in 0..=1.
    fn unit_score(&mut self, value: &Num, what: &str) -> Option<f64> {
        let v = *self.finite(value, what)?.get_ref();
        if (0.0..=1.0).contains(&v) {
            return Some(v);
        }
        self.push(
            Diagnostic::error(
                Code::ScoreOutOfRange,
                self.msg(
                    format!("`{what}` must be between 0 and 1, not {v}"),
                    format!("`{what}` doit être compris entre 0 et 1, pas {v}"),
                ),
            )
            .at(value.span())
            .label(self.lang.pick(
                "expected a number from 0 to 1",
                "attendu : un nombre de 0 à 1",
            )),
        );
        None
    }

    fn not_for_kind(&mut self, span: std::ops::Range<usize>, key: &str, kind: &str) {
        self.push(
            Diagnostic::error(
                Code::KeyNotForKind,
                self.msg(
                    format!("`{key}` does not apply to `{kind}` questions"),
                    format!("`{key}` ne s'applique pas aux questions `{kind}`"),
                ),
            )
            .at(span)
            .help(self.lang.pick("remove it", "supprimez-la")),
        );
    }

    fn kind(&mut self, raw: &Spanned<RawQuestion>, kind: RawKind) -> Option<Kind> {
        let q = raw.get_ref();
        let kind_name = match kind {
            RawKind::YesNo => "yes-no",
            RawKind::Scale => "scale",
            RawKind::Choice => "choice",
            RawKind::Multi => "multi",
            RawKind::Number => "number",
            RawKind::Text => "text",
        };
        // Keys that belong to other kinds are mistakes, not silently ignored.
        let extra: [KindKey<'_>; 9] = [
            (
                "yes-score",
                q.yes_score.as_ref().map(Spanned::span),
                &[RawKind::YesNo],
            ),
            (
                "no-score",
                q.no_score.as_ref().map(Spanned::span),
                &[RawKind::YesNo],
            ),
            (
                "levels",
                q.levels.as_ref().map(Spanned::span),
                &[RawKind::Scale],
            ),
            (
                "scores",
                q.scores.as_ref().map(Spanned::span),
                &[RawKind::Scale],
            ),
            (
                "option",
                q.option.as_ref().map(Spanned::span),
                &[RawKind::Choice, RawKind::Multi],
            ),
            (
                "unit",
                q.unit.as_ref().map(Spanned::span),
                &[RawKind::Number],
            ),
            ("min", q.min.as_ref().map(Spanned::span), &[RawKind::Number]),
            ("max", q.max.as_ref().map(Spanned::span), &[RawKind::Number]),
            (
                "band",
                q.band.as_ref().map(Spanned::span),
                &[RawKind::Number],
            ),
        ];
        for (key, span, kinds) in extra {
            if let Some(span) = span
                && !kinds.contains(&kind)
            {
                self.not_for_kind(span, key, kind_name);
            }
        }
        match kind {
            RawKind::YesNo => {
                let yes = q
                    .yes_score
                    .as_ref()
                    .map_or(Some(1.0), |s| self.unit_score(s, "yes-score"));
                let no = q
                    .no_score
                    .as_ref()
                    .map_or(Some(0.0), |s| self.unit_score(s, "no-score"));
                Some(Kind::YesNo { yes: yes?, no: no? })
            }
            RawKind::Scale => self.scale(raw),
            RawKind::Choice | RawKind::Multi => {
                let options = self.options(raw)?;
                Some(if kind == RawKind::Choice {
                    Kind::Choice { options }
                } else {
                    Kind::Multi { options }
                })
            }
            RawKind::Number => self.number(raw),
            RawKind::Text => Some(Kind::Text),
        }
    }

    fn scale(&mut self, raw: &Spanned<RawQuestion>) -> Option<Kind> {
        let lang = self.lang;
        let q = raw.get_ref();
        let qid = q.id.get_ref();
        let Some(levels) = &q.levels else {
            self.push(
                Diagnostic::error(
                    Code::MissingLevels,
                    self.msg(
                        format!("scale question `{qid}` has no `levels`"),
                        format!("la question d'échelle `{qid}` n'a pas de `levels`"),
                    ),
                )
                .at(raw.span())
                .help(lang.pick(
                    "add levels = [ … ] with 5 labels, for levels 0 (worst) to 4 (best)",
                    "ajoutez levels = [ … ] avec 5 libellés, du niveau 0 (le pire) au niveau 4 (le meilleur)",
                )),
            );
            return None;
        };
        if levels.get_ref().len() != 5 {
            self.push(
                Diagnostic::error(
                    Code::WrongLevelCount,
                    self.msg(
                        format!(
                            "scale question `{qid}` has {} levels",
                            levels.get_ref().len()
                        ),
                        format!(
                            "la question d'échelle `{qid}` a {} niveaux",
                            levels.get_ref().len()
                        ),
                    ),
                )
                .at(levels.span())
                .label(lang.pick(
                    "expected 5 labels, for levels 0 to 4",
                    "attendu : 5 libellés, pour les niveaux 0 à 4",
                )),
            );
            return None;
        }
        let scores: Vec<Option<f64>> = match &q.scores {
            None => (0..5).map(|level| Some(f64::from(level) / 4.0)).collect(),
            Some(scores) if scores.get_ref().len() != 5 => {
                self.push(
                    Diagnostic::error(
                        Code::WrongScoreCount,
                        self.msg(
                            format!("`scores` of `{qid}` has {} values", scores.get_ref().len()),
                            format!("`scores` de `{qid}` a {} valeurs", scores.get_ref().len()),
                        ),
                    )
                    .at(scores.span())
                    .label(lang.pick(
                        "expected 5 scores, one per level",
                        "attendu : 5 scores, un par niveau",
                    )),
                );
                return None;
            }
            Some(scores) => scores
                .get_ref()
                .iter()
                .map(|score| self.unit_score(score, "scores"))
                .collect(),
        };
        let mut out = Vec::new();
        for (index, (label, score)) in levels.get_ref().iter().zip(scores).enumerate() {
            let label = check_text(
                label,
                &format!("{qid}.levels[{index}]"),
                lang,
                &mut self.diagnostics,
            );
            if let (Some(label), Some(score), Ok(level)) = (label, score, u8::try_from(index)) {
                out.push(Level {
                    level,
                    label,
                    score,
                });
            }
        }
        (out.len() == 5).then_some(Kind::Scale { levels: out })
    }

    fn options(&mut self, raw: &Spanned<RawQuestion>) -> Option<Vec<Choice>> {
        let lang = self.lang;
        let q = raw.get_ref();
        let qid = q.id.get_ref();
        let options = match &q.option {
            Some(options) if options.get_ref().len() >= 2 => options,
            Some(options) => {
                self.push(
                    Diagnostic::error(
                        Code::TooFewOptions,
                        self.msg(
                            format!("question `{qid}` has fewer than 2 options"),
                            format!("la question `{qid}` a moins de 2 options"),
                        ),
                    )
                    .at(options.span()),
                );
                return None;
            }
            None => {
                self.push(
                    Diagnostic::error(
                        Code::MissingOptions,
                        self.msg(
                            format!("question `{qid}` has no options"),
                            format!("la question `{qid}` n'a pas d'options"),
                        ),
                    )
                    .at(raw.span())
                    .help(lang.pick(
                        "add [[question.option]] tables with id, label and score",
                        "ajoutez des tables [[question.option]] avec id, label et score",
                    )),
                );
                return None;
            }
        };
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        let mut ok = true;
        for option in options.get_ref() {
            let o = option.get_ref();
            ok &= check_id(&o.id, lang, &mut self.diagnostics);
            if o.id.get_ref() == "not-applicable" {
                ok = false;
                self.push(
                    Diagnostic::error(
                        Code::ReservedId,
                        lang.pick(
                            "`not-applicable` is reserved for answers that do not apply",
                            "`not-applicable` est réservé aux réponses sans objet",
                        ),
                    )
                    .at(o.id.span()),
                );
            }
            if !seen.insert(o.id.get_ref().clone()) {
                ok = false;
                self.push(
                    Diagnostic::error(
                        Code::DuplicateId,
                        self.msg(
                            format!("option id `{}` is used twice in `{qid}`", o.id.get_ref()),
                            format!(
                                "l'identifiant d'option `{}` est utilisé deux fois dans `{qid}`",
                                o.id.get_ref()
                            ),
                        ),
                    )
                    .at(o.id.span()),
                );
            }
            let label = check_text(
                &o.label,
                &format!("{qid}.{}", o.id.get_ref()),
                lang,
                &mut self.diagnostics,
            );
            let score = self.unit_score(&o.score, "score");
            if let (Some(label), Some(score)) = (label, score) {
                out.push(Choice {
                    id: o.id.get_ref().clone(),
                    label,
                    score,
                    exclusive: o.exclusive.unwrap_or(false),
                });
            } else {
                ok = false;
            }
        }
        ok.then_some(out)
    }

    fn number(&mut self, raw: &Spanned<RawQuestion>) -> Option<Kind> {
        let lang = self.lang;
        let q = raw.get_ref();
        let qid = q.id.get_ref();
        let unit = match &q.unit {
            Some(unit) => check_text(unit, &format!("{qid}.unit"), lang, &mut self.diagnostics),
            None => {
                self.push(
                    Diagnostic::error(
                        Code::MissingUnit,
                        self.msg(
                            format!("number question `{qid}` has no `unit`"),
                            format!("la question numérique `{qid}` n'a pas d'unité (`unit`)"),
                        ),
                    )
                    .at(raw.span())
                    .help(lang.pick(
                        "add unit = { fr = \"jours\", en = \"days\" }",
                        "ajoutez unit = { fr = \"jours\", en = \"days\" }",
                    )),
                );
                None
            }
        };
        let mut finite = true;
        let lo = self.optional_finite(q.min.as_ref(), "min", &mut finite);
        let hi = self.optional_finite(q.max.as_ref(), "max", &mut finite);
        let min = lo.as_ref().map(|m| *m.get_ref());
        let max = hi.as_ref().map(|m| *m.get_ref());
        if let (Some(lo), Some(hi)) = (&lo, &hi)
            && lo.get_ref() > hi.get_ref()
        {
            self.push(
                Diagnostic::error(
                    Code::MinAboveMax,
                    self.msg(
                        format!("`min` ({}) is above `max` ({})", lo.get_ref(), hi.get_ref()),
                        format!(
                            "`min` ({}) est supérieur à `max` ({})",
                            lo.get_ref(),
                            hi.get_ref()
                        ),
                    ),
                )
                .at(lo.span()),
            );
        }
        let Some(bands) = &q.band else {
            self.push(
                Diagnostic::error(
                    Code::MissingBands,
                    self.msg(
                        format!("number question `{qid}` has no bands"),
                        format!("la question numérique `{qid}` n'a pas de tranches"),
                    ),
                )
                .at(raw.span())
                .help(lang.pick(
                    "add [[question.band]] tables (from, to, score) that cover every value",
                    "ajoutez des tables [[question.band]] (from, to, score) qui couvrent toutes les valeurs",
                )),
            );
            return None;
        };
        // Every bound as a finite number first: the coverage checks compare them.
        let bounds: Vec<BandBounds> = bands
            .get_ref()
            .iter()
            .map(|band| {
                let b = band.get_ref();
                (
                    self.optional_finite(b.from.as_ref(), "from", &mut finite),
                    self.optional_finite(b.to.as_ref(), "to", &mut finite),
                )
            })
            .collect();
        if !finite {
            return None;
        }
        let mut out: Vec<Band> = Vec::new();
        let mut ok = true;
        let count = bands.get_ref().len();
        for (index, band) in bands.get_ref().iter().enumerate() {
            let b = band.get_ref();
            let (b_from, b_to) = &bounds[index];
            let from = b_from.as_ref().map(|f| *f.get_ref());
            let to = b_to.as_ref().map(|t| *t.get_ref());
            if let (Some(f), Some(t)) = (b_from, b_to)
                && f.get_ref() >= t.get_ref()
            {
                ok = false;
                self.push(
                    Diagnostic::error(
                        Code::EmptyBand,
                        self.msg(
                            format!("band from {} to {} is empty", f.get_ref(), t.get_ref()),
                            format!("la tranche de {} à {} est vide", f.get_ref(), t.get_ref()),
                        ),
                    )
                    .at(band.span())
                    .label(lang.pick("expected `from` < `to`", "attendu : `from` < `to`")),
                );
            }
            if index == 0 {
                if let Some(f) = b_from
                    && min.is_none_or(|m| *f.get_ref() > m)
                {
                    ok = false;
                    let hint = match min {
                        Some(m) => self.msg(
                            format!("values from {m} to {} are not covered", f.get_ref()),
                            format!(
                                "les valeurs de {m} à {} ne sont couvertes par aucune tranche",
                                f.get_ref()
                            ),
                        ),
                        None => self.msg(
                            format!("values below {} are not covered", f.get_ref()),
                            format!(
                                "les valeurs inférieures à {} ne sont couvertes par aucune tranche",
                                f.get_ref()
                            ),
                        ),
                    };
                    self.push(
                        Diagnostic::error(Code::BandGap, hint)
                            .at(f.span())
                            .help(lang.pick(
                            "drop `from` on the first band, or set the question's `min`",
                            "retirez `from` de la première tranche, ou fixez `min` sur la question",
                        )),
                    );
                }
            } else {
                let previous = bounds[index - 1].1.as_ref().map(|t| *t.get_ref());
                match (previous, b_from) {
                    (Some(prev_to), Some(f)) if *f.get_ref() > prev_to => {
                        ok = false;
                        self.push(
                            Diagnostic::error(
                                Code::BandGap,
                                self.msg(
                                    format!(
                                        "values from {prev_to} to {} are in no band",
                                        f.get_ref()
                                    ),
                                    format!(
                                        "les valeurs de {prev_to} à {} ne sont dans aucune tranche",
                                        f.get_ref()
                                    ),
                                ),
                            )
                            .at(f.span())
                            .label(self.msg(
                                format!("expected {prev_to}, the previous band's `to`"),
                                format!("attendu : {prev_to}, le `to` de la tranche précédente"),
                            )),
                        );
                    }
                    (Some(prev_to), Some(f)) if *f.get_ref() < prev_to => {
                        ok = false;
                        self.push(
                            Diagnostic::error(
                                Code::BandOverlap,
                                self.msg(
                                    format!(
                                        "values from {} to {prev_to} are in two bands",
                                        f.get_ref()
                                    ),
                                    format!(
                                        "les valeurs de {} à {prev_to} sont dans deux tranches",
                                        f.get_ref()
                                    ),
                                ),
                            )
                            .at(f.span())
                            .label(self.msg(
                                format!("expected {prev_to}, the previous band's `to`"),
                                format!("attendu : {prev_to}, le `to` de la tranche précédente"),
                            )),
                        );
                    }
                    (None, _) | (_, None) => {
                        ok = false;
                        self.push(
                            Diagnostic::error(
                                Code::BandOverlap,
                                lang.pick(
                                    "only the first band may omit `from`, and only the last may omit `to`",
                                    "seule la première tranche peut omettre `from`, et seule la dernière `to`",
                                ),
                            )
                            .at(band.span()),
                        );
                    }
                    _ => {}
                }
            }
            if index + 1 == count
                && let Some(t) = b_to
                && max.is_none_or(|m| m >= *t.get_ref())
            {
                ok = false;
                let message = match max {
                    Some(m) => self.msg(
                        format!("values from {} to {m} are in no band", t.get_ref()),
                        format!(
                            "les valeurs de {} à {m} ne sont dans aucune tranche",
                            t.get_ref()
                        ),
                    ),
                    None => self.msg(
                        format!("values from {} up are in no band", t.get_ref()),
                        format!(
                            "les valeurs à partir de {} ne sont dans aucune tranche",
                            t.get_ref()
                        ),
                    ),
                };
                self.push(
                    Diagnostic::error(Code::BandGap, message)
                        .at(t.span())
                        .help(lang.pick(
                            "drop `to` on the last band (use the question's `max` to bound answers)",
                            "retirez `to` de la dernière tranche (bornez les réponses avec `max` sur la question)",
                        )),
                );
            }
            let score = self.unit_score(&b.score, "score");
            let label = b
                .label
                .as_ref()
                .map(|l| check_text(l, &format!("{qid}.band.label"), lang, &mut self.diagnostics));
            match (score, label) {
                (Some(score), None) => out.push(Band {
                    from,
                    to,
                    score,
                    label: None,
                }),
                (Some(score), Some(Some(label))) => out.push(Band {
                    from,
                    to,
                    score,
                    label: Some(label),
                }),
                _ => ok = false,
            }
        }
        if count == 0 {
            ok = false;
            self.push(
                Diagnostic::error(
                    Code::MissingBands,
                    self.msg(
                        format!("number question `{qid}` has no bands"),
                        format!("la question numérique `{qid}` n'a pas de tranches"),
                    ),
                )
                .at(bands.span()),
            );
        }
        Some(Kind::Number {
            unit: unit?,
            min,
            max,
            bands: ok.then_some(out)?,
            whole: q.whole.unwrap_or(false),
        })
    }
}
