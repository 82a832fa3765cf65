//! One question: its common keys, its weakness, and its kind.

use std::collections::HashSet;

use toml::Spanned;

use super::raw::{KindKey, RawKind, RawQuestion};
use super::{DEFAULT_WEAK_BELOW, Validator};
use crate::diag::{Code, Diagnostic};
use crate::model::questionnaire::{Choice, Kind, Level, Question, Weakness};
use crate::validate::{check_id, check_text};

impl Validator {
    pub(super) fn question(
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
}
