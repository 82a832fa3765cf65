//! One question: its common keys, its weakness, and its kind.

use std::collections::HashSet;

use toml::Spanned;

use super::raw::{KindKey, RawKind, RawQuestion};
use super::{DEFAULT_WEAK_BELOW, Validator};
use crate::diag::{Code, Diagnostic};
use crate::model::questionnaire::{Choice, Kind, Level, Provenance, Question, Severity, Weakness};
use crate::tr;
use crate::validate::{check_id, check_text};

impl Validator {
    pub(super) fn question(
        &mut self,
        raw: &Spanned<RawQuestion>,
        declared: &HashSet<&str>,
        article: &str,
    ) -> Option<Question> {
        let lang = self.lang;
        let q = raw.get_ref();
        let id_ok = check_id(&q.id, lang, &mut self.diagnostics);
        let qid = q.id.get_ref();
        self.dimension(q, declared);
        let text = check_text(&q.text, &format!("{qid}.text"), lang, &mut self.diagnostics);
        let help = check_text(&q.help, &format!("{qid}.help"), lang, &mut self.diagnostics);
        // Without a provenance, a question cites its questionnaire's article as a whole.
        let whole = Provenance::Article {
            article: article.to_owned(),
            section: None,
        };
        let provenance = self.provenance(q.provenance.as_ref(), &whole, article, qid);
        let same_as = self.same_as(q.same_as.as_ref());
        let kind = *q.kind.get_ref();
        let is_text = kind == RawKind::Text;
        let weight = self.weight(raw, is_text);
        let weakness = if is_text {
            self.no_weakness(q);
            None
        } else {
            self.weakness(raw)
        };
        let kind = match &provenance {
            Some(provenance) => self.kind(raw, kind, provenance, article),
            None => None,
        };
        if !id_ok {
            return None;
        }
        Some(Question {
            id: qid.clone(),
            dimension: q.dimension.get_ref().clone(),
            weight,
            text: text?,
            help: help?,
            provenance: provenance?,
            same_as_span: same_as.as_ref().and(q.same_as.as_ref()).map(Spanned::span),
            same_as,
            kind: kind?,
            weakness: if is_text { None } else { Some(weakness?) },
        })
    }

    /// `unknown-dimension` when the question's dimension is not declared.
    fn dimension(&mut self, q: &RawQuestion, declared: &HashSet<&str>) {
        if declared.contains(q.dimension.get_ref().as_str()) {
            return;
        }
        let lang = self.lang;
        let mut names: Vec<&str> = declared.iter().copied().collect();
        names.sort_unstable();
        self.push(
            Diagnostic::error(
                Code::UnknownDimension,
                tr!(
                    lang,
                    "validate-unknown-dimension",
                    question = q.id.get_ref().as_str(),
                    dimension = q.dimension.get_ref().as_str()
                ),
            )
            .at(q.dimension.span())
            .label(tr!(
                lang,
                "validate-unknown-dimension.label",
                known = names.join(", ")
            ))
            .help(tr!(lang, "validate-unknown-dimension.help")),
        );
    }

    /// The weight: required (> 0) on scored questions, absent on text ones (0).
    fn weight(&mut self, raw: &Spanned<RawQuestion>, is_text: bool) -> f64 {
        let lang = self.lang;
        let q = raw.get_ref();
        let qid = q.id.get_ref().as_str();
        match (&q.weight, is_text) {
            (Some(weight), true) => {
                self.not_for_kind(weight.span(), "weight", "text");
                0.0
            }
            (None, true) => 0.0,
            (None, false) => {
                self.push(
                    Diagnostic::error(
                        Code::MissingWeight,
                        tr!(lang, "validate-question-missing-weight", question = qid),
                    )
                    .at(raw.span())
                    .help(tr!(lang, "validate-question-missing-weight.help")),
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
                            tr!(
                                lang,
                                "validate-question-weight-not-positive",
                                question = qid
                            ),
                        )
                        .at(weight.span())
                        .label(tr!(lang, "validate-question-weight-not-positive.label")),
                    );
                }
                w
            }
        }
    }

    /// A text question has no weakness: `severity`, `weak-below` and
    /// `recommendation` are mistakes there.
    fn no_weakness(&mut self, q: &RawQuestion) {
        let keys = [
            ("severity", q.severity.as_ref().map(Spanned::span)),
            ("weak-below", q.weak_below.as_ref().map(Spanned::span)),
            (
                "recommendation",
                q.recommendation.as_ref().map(Spanned::span),
            ),
        ];
        for (key, span) in keys {
            if let Some(span) = span {
                self.not_for_kind(span, key, "text");
            }
        }
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
                        tr!(lang, "validate-missing-severity", question = qid.as_str()),
                    )
                    .at(raw.span())
                    .help(tr!(lang, "validate-missing-severity.help")),
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
                        tr!(
                            lang,
                            "validate-missing-recommendation",
                            question = qid.as_str()
                        ),
                    )
                    .at(raw.span())
                    .help(tr!(lang, "validate-missing-recommendation.help")),
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

    fn kind(
        &mut self,
        raw: &Spanned<RawQuestion>,
        kind: RawKind,
        provenance: &Provenance,
        article: &str,
    ) -> Option<Kind> {
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
        let extra: [KindKey<'_>; 10] = [
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
                "level-severity",
                q.level_severity.as_ref().map(Spanned::span),
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
                let options = self.options(raw, provenance, article)?;
                Some(if kind == RawKind::Choice {
                    Kind::Choice { options }
                } else {
                    Kind::Multi { options }
                })
            }
            RawKind::Number => self.number(raw, provenance, article),
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
                    tr!(lang, "validate-missing-levels", question = qid.as_str()),
                )
                .at(raw.span())
                .help(tr!(lang, "validate-missing-levels.help")),
            );
            return None;
        };
        if levels.get_ref().len() != 5 {
            self.push(
                Diagnostic::error(
                    Code::WrongLevelCount,
                    tr!(
                        lang,
                        "validate-wrong-level-count",
                        question = qid.as_str(),
                        count = levels.get_ref().len()
                    ),
                )
                .at(levels.span())
                .label(tr!(lang, "validate-wrong-level-count.label")),
            );
            return None;
        }
        let scores: Vec<Option<f64>> = match &q.scores {
            None => (0..5).map(|level| Some(f64::from(level) / 4.0)).collect(),
            Some(scores) if scores.get_ref().len() != 5 => {
                self.push(
                    Diagnostic::error(
                        Code::WrongScoreCount,
                        tr!(
                            lang,
                            "validate-wrong-score-count",
                            question = qid.as_str(),
                            count = scores.get_ref().len()
                        ),
                    )
                    .at(scores.span())
                    .label(tr!(lang, "validate-wrong-score-count.label")),
                );
                return None;
            }
            Some(scores) => scores
                .get_ref()
                .iter()
                .map(|score| self.unit_score(score, "scores"))
                .collect(),
        };
        let severities = self.level_severities(q);
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
                    severity: severities[index],
                });
            }
        }
        (out.len() == 5).then_some(Kind::Scale { levels: out })
    }

    /// `level-severity`: the severity of some levels, keyed 0 to 4 (another key is
    /// an `unknown-key` error).
    fn level_severities(&mut self, q: &RawQuestion) -> [Option<Severity>; 5] {
        let mut out = [None; 5];
        let Some(map) = &q.level_severity else {
            return out;
        };
        for (key, severity) in map.get_ref() {
            match key.parse::<usize>().ok().filter(|level| *level < 5) {
                Some(level) => out[level] = Some(*severity),
                None => self.push(
                    Diagnostic::error(
                        Code::UnknownKey,
                        tr!(self.lang, "validate-level-severity-key", key = key.as_str()),
                    )
                    .at(map.span()),
                ),
            }
        }
        out
    }

    fn options(
        &mut self,
        raw: &Spanned<RawQuestion>,
        provenance: &Provenance,
        article: &str,
    ) -> Option<Vec<Choice>> {
        let lang = self.lang;
        let q = raw.get_ref();
        let qid = q.id.get_ref();
        let options = match &q.option {
            Some(options) if options.get_ref().len() >= 2 => options,
            Some(options) => {
                self.push(
                    Diagnostic::error(
                        Code::TooFewOptions,
                        tr!(lang, "validate-too-few-options", question = qid.as_str()),
                    )
                    .at(options.span()),
                );
                return None;
            }
            None => {
                self.push(
                    Diagnostic::error(
                        Code::MissingOptions,
                        tr!(lang, "validate-missing-options", question = qid.as_str()),
                    )
                    .at(raw.span())
                    .help(tr!(lang, "validate-missing-options.help")),
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
                        tr!(lang, "validate-reserved-id", id = "not-applicable"),
                    )
                    .at(o.id.span()),
                );
            }
            if !seen.insert(o.id.get_ref().clone()) {
                ok = false;
                self.push(
                    Diagnostic::error(
                        Code::DuplicateId,
                        tr!(
                            lang,
                            "validate-duplicate-option",
                            id = o.id.get_ref().as_str(),
                            question = qid.as_str()
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
            let what = format!("{qid}.{}", o.id.get_ref());
            let own = self.provenance(o.provenance.as_ref(), provenance, article, &what);
            if let (Some(label), Some(score), Some(own)) = (label, score, own) {
                out.push(Choice {
                    id: o.id.get_ref().clone(),
                    label,
                    score,
                    exclusive: o.exclusive.unwrap_or(false),
                    provenance: own,
                    severity: o.severity,
                });
            } else {
                ok = false;
            }
        }
        ok.then_some(out)
    }
}
