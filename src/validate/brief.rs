//! Brief files: `RawBrief` (as written) to [`Brief`], with every answer checked
//! against its question's kind.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::{Spanned, Value};

use super::parse;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::brief::{Answer, AnswerValue, Brief, Project, Waiver};
use crate::model::questionnaire::{Kind, Question, Questionnaire};

/// A client's answers to readiness questionnaires, checked by `outsource check`.
/// Written by `outsource interview` or by hand.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawBrief {
    /// Facts about the project, and the questionnaires it is assessed against.
    #[schemars(with = "Option<RawProject>")]
    project: Option<Spanned<RawProject>>,
    /// Answers, one table per questionnaire id (`[answers.ten-questions]`), keyed by question id.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, BTreeMap<String, crate::validate::shape::Answer>>")]
    answers: BTreeMap<Spanned<String>, Spanned<RawAnswers>>,
    /// Risks the client accepts: `"questionnaire-id.question-id" = "why"`, or one table per questionnaire.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, crate::validate::shape::Waiver>")]
    waivers: BTreeMap<Spanned<String>, Spanned<Value>>,
}

/// One questionnaire's answers: question id to value.
type RawAnswers = BTreeMap<Spanned<String>, Spanned<Value>>;

/// `fr` or `en`, for the schema of `[project] lang`.
#[derive(schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
pub(crate) enum LangCode {
    Fr,
    En,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawProject {
    /// The project's name.
    #[schemars(with = "Option<String>")]
    name: Option<Spanned<String>>,
    /// The client company.
    #[schemars(with = "Option<String>")]
    client: Option<Spanned<String>>,
    /// The client's sector, e.g. ecommerce, b2b, utility, dunning.
    #[schemars(with = "Option<String>")]
    sector: Option<Spanned<String>>,
    /// Date of the assessment, YYYY-MM-DD (a TOML date or a string).
    #[schemars(with = "Option<crate::validate::shape::Date>")]
    date: Option<Spanned<Value>>,
    /// Who wrote the brief.
    #[schemars(with = "Option<String>")]
    author: Option<Spanned<String>>,
    /// The language of the brief, `fr` or `en`: later commands on it speak it.
    #[schemars(with = "Option<crate::validate::brief::LangCode>")]
    lang: Option<Lang>,
    /// Questionnaire ids to assess, in order [default: those with answers].
    #[schemars(with = "Option<Vec<String>>")]
    questionnaires: Option<Spanned<Vec<Spanned<String>>>>,
}

/// Whether a TOML document looks like a brief (for `validate` on mixed folders).
pub fn looks_like_brief(table: &toml::Table) -> bool {
    table.contains_key("project") || table.contains_key("answers") || table.contains_key("waivers")
}

/// Parses and validates one brief against the known questionnaires.
pub fn validate_brief(
    file: &SourceFile,
    questionnaires: &[Questionnaire],
    lang: Lang,
) -> (Option<Brief>, Vec<Diagnostic>) {
    let raw: RawBrief = match parse(&file.text) {
        Ok(raw) => raw,
        Err(diagnostic) => return (None, vec![diagnostic]),
    };
    let mut v = Validator {
        file,
        lang,
        questionnaires,
        diagnostics: Vec::new(),
    };
    let brief = v.brief(raw);
    let has_error = v.diagnostics.iter().any(Diagnostic::is_error);
    (brief.filter(|_| !has_error), v.diagnostics)
}

struct Validator<'a> {
    file: &'a SourceFile,
    lang: Lang,
    questionnaires: &'a [Questionnaire],
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Validator<'a> {
    fn msg(&self, en: String, fr: String) -> String {
        match self.lang {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    fn known_ids(&self) -> String {
        self.questionnaires
            .iter()
            .map(|q| q.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn questionnaire(&self, id: &str) -> Option<&'a Questionnaire> {
        let questionnaires: &'a [Questionnaire] = self.questionnaires;
        questionnaires.iter().find(|q| q.id == id)
    }

    fn unknown_questionnaire(&mut self, id: &Spanned<String>) {
        let known = self.known_ids();
        let names: Vec<&str> = self.questionnaires.iter().map(|q| q.id.as_str()).collect();
        let mut diagnostic = Diagnostic::error(
            Code::UnknownQuestionnaire,
            self.msg(
                format!("unknown questionnaire `{}`", id.get_ref()),
                format!("questionnaire inconnu `{}`", id.get_ref()),
            ),
        )
        .at(id.span())
        .label(self.msg(
            format!("expected one of: {known}"),
            format!("attendu : {known}"),
        ));
        if let Some(close) = closest(id.get_ref(), &names) {
            diagnostic = diagnostic.help(self.msg(
                format!("did you mean `{close}`?"),
                format!("vouliez-vous dire `{close}` ?"),
            ));
        }
        self.diagnostics.push(diagnostic);
    }

    fn brief(&mut self, raw: RawBrief) -> Option<Brief> {
        let lang = self.lang;
        let mut project = Project::default();
        let mut listed: Option<Vec<String>> = None;
        if let Some(raw_project) = &raw.project {
            let p = raw_project.get_ref();
            let text = |s: &Option<Spanned<String>>| {
                s.as_ref()
                    .map(|s| s.get_ref().trim().to_owned())
                    .filter(|s| !s.is_empty())
            };
            project.name = text(&p.name);
            project.client = text(&p.client);
            project.sector = text(&p.sector);
            project.author = text(&p.author);
            project.lang = p.lang;
            project.date = p.date.as_ref().and_then(|date| self.date(date));
            if let Some(ids) = &p.questionnaires {
                let mut seen = HashSet::new();
                let mut out = Vec::new();
                for id in ids.get_ref() {
                    if self.questionnaire(id.get_ref()).is_none() {
                        self.unknown_questionnaire(id);
                    } else if !seen.insert(id.get_ref().clone()) {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::DuplicateId,
                                self.msg(
                                    format!("questionnaire `{}` is listed twice", id.get_ref()),
                                    format!(
                                        "le questionnaire `{}` est cité deux fois",
                                        id.get_ref()
                                    ),
                                ),
                            )
                            .at(id.span()),
                        );
                    } else {
                        out.push(id.get_ref().clone());
                    }
                }
                if ids.get_ref().is_empty() {
                    self.diagnostics.push(
                        Diagnostic::error(
                            Code::NoQuestionnaire,
                            lang.pick("`questionnaires` is empty", "`questionnaires` est vide"),
                        )
                        .at(ids.span())
                        .help(lang.pick(
                            "list questionnaire ids, e.g. [\"ten-questions\"], or remove the key",
                            "indiquez des identifiants, par exemple [\"ten-questions\"], ou retirez la clé",
                        )),
                    );
                }
                listed = Some(out);
            }
        }

        let mut answers = Vec::new();
        let mut answered_order: Vec<(usize, String)> = Vec::new();
        for (qid, table) in &raw.answers {
            let Some(questionnaire) = self.questionnaire(qid.get_ref()) else {
                self.unknown_questionnaire(qid);
                continue;
            };
            answered_order.push((qid.span().start, qid.get_ref().clone()));
            let mut entries: Vec<_> = table.get_ref().iter().collect();
            entries.sort_by_key(|(key, _)| key.span().start);
            for (key, value) in entries {
                let Some(question) = questionnaire.question(key.get_ref()) else {
                    let names: Vec<&str> = questionnaire
                        .questions
                        .iter()
                        .map(|q| q.id.as_str())
                        .collect();
                    let mut diagnostic = Diagnostic::error(
                        Code::UnknownQuestion,
                        self.msg(
                            format!("`{}` has no question `{}`", questionnaire.id, key.get_ref()),
                            format!(
                                "`{}` n'a pas de question `{}`",
                                questionnaire.id,
                                key.get_ref()
                            ),
                        ),
                    )
                    .at(key.span());
                    if let Some(close) = closest(key.get_ref(), &names) {
                        diagnostic = diagnostic.help(self.msg(
                            format!("did you mean `{close}`?"),
                            format!("vouliez-vous dire `{close}` ?"),
                        ));
                    } else {
                        diagnostic = diagnostic.help(lang.pick(
                            "`outsource questionnaires --format json` lists every question id",
                            "`outsource questionnaires --format json` liste tous les identifiants",
                        ));
                    }
                    self.diagnostics.push(diagnostic);
                    continue;
                };
                if let Some((value, note)) = self.answer(question, value) {
                    answers.push(Answer {
                        questionnaire: questionnaire.id.clone(),
                        question: question.id.clone(),
                        value,
                        note,
                        line: self.file.line(key.span().start),
                    });
                }
            }
        }
        answered_order.sort();

        let waivers = self.waivers(&raw.waivers);
        let questionnaires = match listed {
            Some(list) => list,
            None => answered_order.into_iter().map(|(_, id)| id).collect(),
        };
        if questionnaires.is_empty() && raw.project.is_some() && raw.answers.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::NoQuestionnaire,
                    lang.pick(
                        "the brief answers no questionnaire and lists none",
                        "le brief ne répond à aucun questionnaire et n'en cite aucun",
                    ),
                )
                .help(lang.pick(
                    "add [project] questionnaires = [\"ten-questions\"], or [answers.ten-questions]",
                    "ajoutez [project] questionnaires = [\"ten-questions\"], ou [answers.ten-questions]",
                )),
            );
        }
        if raw.project.is_none() && raw.answers.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::EmptyBrief,
                    lang.pick(
                        "the brief has no [project] and no [answers]",
                        "le brief n'a ni [project] ni [answers]",
                    ),
                )
                .help(lang.pick(
                    "`outsource interview` writes a brief for you",
                    "`outsource interview` écrit un brief pour vous",
                )),
            );
        }
        Some(Brief {
            project,
            questionnaires,
            answers,
            waivers,
        })
    }

    fn date(&mut self, date: &Spanned<Value>) -> Option<String> {
        let text = match date.get_ref() {
            Value::String(s) => s.clone(),
            Value::Datetime(d) if d.date.is_some() && d.time.is_none() => d.to_string(),
            _ => String::new(),
        };
        if let Some(date) = parse_date(&text) {
            return Some(date.to_string());
        }
        let message = if text.is_empty() {
            self.lang.pick("invalid date", "date invalide").to_owned()
        } else {
            self.msg(
                format!("invalid date `{text}`"),
                format!("date invalide `{text}`"),
            )
        };
        self.diagnostics.push(
            Diagnostic::error(Code::InvalidDate, message)
                .at(date.span())
                .label(self.lang.pick(
                    "expected YYYY-MM-DD, a day that exists",
                    "attendu : AAAA-MM-JJ, un jour qui existe",
                )),
        );
        None
    }

    /// Checks one answer; returns the value and its note.
    fn answer(
        &mut self,
        question: &Question,
        raw: &Spanned<Value>,
    ) -> Option<(AnswerValue, Option<String>)> {
        let lang = self.lang;
        let span = raw.span();
        let (value, note) = match raw.get_ref() {
            Value::Table(table) => {
                for key in table.keys() {
                    if !matches!(key.as_str(), "value" | "note" | "not-applicable") {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::UnknownKey,
                                self.msg(
                                    format!("unknown key `{key}` in an answer"),
                                    format!("clé inconnue `{key}` dans une réponse"),
                                ),
                            )
                            .at(span.clone())
                            .label(lang.pick(
                                "expected `value`, `note` or `not-applicable`",
                                "attendu : `value`, `note` ou `not-applicable`",
                            )),
                        );
                        return None;
                    }
                }
                let note = match table.get("note") {
                    None => None,
                    Some(Value::String(s)) => Some(s.clone()),
                    Some(_) => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::InvalidType,
                                lang.pick("`note` must be a string", "`note` doit être une chaîne"),
                            )
                            .at(span.clone()),
                        );
                        return None;
                    }
                };
                match (table.get("value"), table.get("not-applicable")) {
                    (Some(_), Some(_)) => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::ConflictingAnswer,
                                lang.pick(
                                    "an answer has both `value` and `not-applicable`",
                                    "une réponse a à la fois `value` et `not-applicable`",
                                ),
                            )
                            .at(span.clone()),
                        );
                        return None;
                    }
                    (None, Some(Value::String(reason))) if !reason.trim().is_empty() => {
                        return Some((
                            AnswerValue::NotApplicable {
                                reason: reason.clone(),
                            },
                            note,
                        ));
                    }
                    (None, Some(_)) => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::MissingReason,
                                lang.pick("`not-applicable` needs a reason", "`not-applicable` demande une raison"),
                            )
                            .at(span.clone())
                            .label(lang.pick(
                                "expected not-applicable = \"why the question does not apply\"",
                                "attendu : not-applicable = \"pourquoi la question ne s'applique pas\"",
                            )),
                        );
                        return None;
                    }
                    (Some(value), None) => (value.clone(), note),
                    (None, None) => {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::MissingValue,
                                lang.pick(
                                    "the answer has no `value`",
                                    "la réponse n'a pas de `value`",
                                ),
                            )
                            .at(span.clone()),
                        );
                        return None;
                    }
                }
            }
            other => (other.clone(), None),
        };
        let checked = self.value(question, &value);
        match checked {
            Ok(value) => Some((value, note)),
            Err((message, label)) => {
                self.diagnostics.push(
                    Diagnostic::error(Code::InvalidAnswer, message)
                        .at(span)
                        .label(label),
                );
                None
            }
        }
    }

    /// Checks a bare value against the question's kind; on error returns (message, label).
    fn value(&self, question: &Question, value: &Value) -> Result<AnswerValue, (String, String)> {
        let qid = &question.id;
        let wrong = |expected_en: &str, expected_fr: &str| {
            (
                self.msg(
                    format!(
                        "invalid answer to `{qid}` ({} question)",
                        question.kind.name()
                    ),
                    format!(
                        "réponse invalide à `{qid}` (question {})",
                        question.kind.name()
                    ),
                ),
                self.msg(
                    format!("expected {expected_en}"),
                    format!("attendu : {expected_fr}"),
                ),
            )
        };
        match (&question.kind, value) {
            (Kind::YesNo { .. }, Value::Boolean(b)) => Ok(AnswerValue::YesNo(*b)),
            (Kind::YesNo { .. }, _) => Err(wrong("true or false", "true ou false")),
            (Kind::Scale { .. }, Value::Integer(level)) if (0..=4).contains(level) => {
                Ok(AnswerValue::Level(u8::try_from(*level).unwrap_or(0)))
            }
            (Kind::Scale { .. }, _) => Err(wrong("a level from 0 to 4", "un niveau de 0 à 4")),
            (Kind::Choice { options }, Value::String(id))
                if options.iter().any(|o| &o.id == id) =>
            {
                Ok(AnswerValue::Choice(id.clone()))
            }
            (Kind::Choice { options }, _) => {
                let ids = option_list(options);
                Err(wrong(
                    &format!("one of: {ids}"),
                    &format!("l'une de : {ids}"),
                ))
            }
            (Kind::Multi { options }, Value::Array(items)) => {
                let mut chosen = Vec::new();
                for item in items {
                    match item {
                        Value::String(id) if options.iter().any(|o| &o.id == id) => {
                            if chosen.contains(id) {
                                return Err((
                                    self.msg(
                                        format!("`{id}` is chosen twice in `{qid}`"),
                                        format!("`{id}` est choisi deux fois dans `{qid}`"),
                                    ),
                                    self.lang
                                        .pick(
                                            "each option at most once",
                                            "chaque option une fois au plus",
                                        )
                                        .to_owned(),
                                ));
                            }
                            chosen.push(id.clone());
                        }
                        _ => {
                            let ids = option_list(options);
                            return Err(wrong(
                                &format!("a list of: {ids}"),
                                &format!("une liste parmi : {ids}"),
                            ));
                        }
                    }
                }
                Ok(AnswerValue::Multi(chosen))
            }
            (Kind::Multi { options }, _) => {
                let ids = option_list(options);
                Err(wrong(
                    &format!("a list of: {ids}"),
                    &format!("une liste parmi : {ids}"),
                ))
            }
            (Kind::Number { min, max, .. }, Value::Integer(_) | Value::Float(_)) => {
                let number = match value {
                    Value::Integer(i) => *i as f64,
                    Value::Float(f) => *f,
                    _ => f64::NAN,
                };
                let bounds = match (min, max) {
                    (Some(lo), Some(hi)) => format!("{lo}..={hi}"),
                    (Some(lo), None) => format!(">= {lo}"),
                    (None, Some(hi)) => format!("<= {hi}"),
                    (None, None) => String::new(),
                };
                let inside = number.is_finite()
                    && min.is_none_or(|lo| number >= lo)
                    && max.is_none_or(|hi| number <= hi);
                if inside {
                    Ok(AnswerValue::Number(number))
                } else if bounds.is_empty() {
                    Err(wrong("a finite number", "un nombre fini"))
                } else {
                    Err(wrong(
                        &format!("a number {bounds}"),
                        &format!("un nombre {bounds}"),
                    ))
                }
            }
            (Kind::Number { unit, .. }, _) => {
                let unit = unit.get(self.lang);
                Err(wrong(
                    &format!("a number ({unit})"),
                    &format!("un nombre ({unit})"),
                ))
            }
            (Kind::Text, Value::String(s)) => Ok(AnswerValue::Text(s.clone())),
            (Kind::Text, _) => Err(wrong("a string", "une chaîne de caractères")),
        }
    }

    /// Waivers are `"questionnaire.question" = "reason"`, or a nested table
    /// `[waivers.questionnaire] question = "reason"`. Whether they match a weak
    /// answer is for the assessment to say (stale waivers).
    fn waivers(&mut self, raw: &BTreeMap<Spanned<String>, Spanned<Value>>) -> Vec<Waiver> {
        let lang = self.lang;
        let mut out = Vec::new();
        let mut entries: Vec<_> = raw.iter().collect();
        entries.sort_by_key(|(key, _)| key.span().start);
        for (key, value) in entries {
            let line = self.file.line(key.span().start);
            match value.get_ref() {
                Value::String(reason) => {
                    let Some((questionnaire, question)) = key.get_ref().split_once('.') else {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::InvalidWaiver,
                                self.msg(
                                    format!("waiver `{}` names no question", key.get_ref()),
                                    format!(
                                        "la dérogation `{}` ne désigne aucune question",
                                        key.get_ref()
                                    ),
                                ),
                            )
                            .at(key.span())
                            .label(lang.pick(
                                "expected \"questionnaire-id.question-id\"",
                                "attendu : \"id-questionnaire.id-question\"",
                            )),
                        );
                        continue;
                    };
                    if self.reason_ok(reason, value) {
                        out.push(Waiver {
                            questionnaire: questionnaire.to_owned(),
                            question: question.to_owned(),
                            reason: reason.clone(),
                            line,
                        });
                    }
                }
                Value::Table(table) => {
                    for (question, reason) in table {
                        match reason {
                            Value::String(reason) if self.reason_ok(reason, value) => {
                                out.push(Waiver {
                                    questionnaire: key.get_ref().clone(),
                                    question: question.clone(),
                                    reason: reason.clone(),
                                    line,
                                })
                            }
                            Value::String(_) => {}
                            _ => self.diagnostics.push(
                                Diagnostic::error(
                                    Code::InvalidWaiver,
                                    lang.pick(
                                        "a waiver's reason must be a string",
                                        "la raison d'une dérogation doit être une chaîne",
                                    ),
                                )
                                .at(value.span()),
                            ),
                        }
                    }
                }
                _ => self.diagnostics.push(
                    Diagnostic::error(
                        Code::InvalidWaiver,
                        lang.pick(
                            "a waiver's reason must be a string",
                            "la raison d'une dérogation doit être une chaîne",
                        ),
                    )
                    .at(value.span())
                    .label(lang.pick(
                        "expected \"why the client accepts this risk\"",
                        "attendu : \"pourquoi le client accepte ce risque\"",
                    )),
                ),
            }
        }
        out
    }

    fn reason_ok(&mut self, reason: &str, value: &Spanned<Value>) -> bool {
        if !reason.trim().is_empty() {
            return true;
        }
        self.diagnostics.push(
            Diagnostic::error(
                Code::MissingReason,
                self.lang.pick(
                    "a waiver needs a reason",
                    "une dérogation demande une raison",
                ),
            )
            .at(value.span()),
        );
        false
    }
}

fn option_list(options: &[crate::model::questionnaire::Choice]) -> String {
    options
        .iter()
        .map(|o| o.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A calendar day written `YYYY-MM-DD` (ISO 8601), checked by jiff: `2026-02-30`
/// and `2025-02-29` are refused, `2024-02-29` is a leap day.
pub fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    let year: i16 = text[0..4].parse().ok()?;
    let month: i8 = text[5..7].parse().ok()?;
    let day: i8 = text[8..10].parse().ok()?;
    jiff::civil::Date::new(year, month, day).ok()
}

/// Whether `text` is a real calendar day written `YYYY-MM-DD`.
pub fn is_iso_date(text: &str) -> bool {
    parse_date(text).is_some()
}

/// The candidate closest to `word` by edit distance, when it is a plausible typo.
fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_iso_date("2026-11-02"));
        assert!(!is_iso_date("2026-13-02"));
        assert!(!is_iso_date("02/11/2026"));
        assert!(!is_iso_date("2026-1-2"));
        // February 2026 has 28 days (2026 is not divisible by 4); 2024 is a leap year.
        assert!(!is_iso_date("2026-02-30"));
        assert!(!is_iso_date("2026-02-29"));
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2026-04-31"));
        assert!(!is_iso_date("2026-00-10"));
        assert!(!is_iso_date("+2026-11-02"));
        assert_eq!(
            parse_date("2026-11-02"),
            Some(jiff::civil::date(2026, 11, 2))
        );
    }

    #[test]
    fn typos_are_suggested() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(
            closest("ten-question", &["ten-questions", "ten-mistakes"]),
            Some("ten-questions")
        );
        assert_eq!(closest("zzz", &["ten-questions"]), None);
    }
}
