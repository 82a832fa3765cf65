//! Brief files: `RawBrief` (as written) to [`Brief`], with every answer checked
//! against its question's kind.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::{Spanned, Value};

mod answer;
mod date;
pub(crate) mod suggest;
#[cfg(test)]
mod tests;
mod waiver;

pub use date::{is_iso_date, parse_date};
use suggest::closest;

use super::parse;
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::brief::{Answer, Brief, Project};
use crate::model::questionnaire::Questionnaire;

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

/// The index of the first item that matches, searching from `start` to the end,
/// then from the beginning up to `start`. Which item is found may differ from a
/// plain search only when several items match.
pub(crate) fn find_from<T>(
    items: &[T],
    start: usize,
    matches: impl Fn(&T) -> bool,
) -> Option<usize> {
    let start = start.min(items.len());
    (start..items.len())
        .chain(0..start)
        .find(|&index| matches(&items[index]))
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
        lang,
        questionnaires,
        diagnostics: Vec::new(),
    };
    let brief = v.brief(raw);
    let has_error = v.diagnostics.iter().any(Diagnostic::is_error);
    (brief.filter(|_| !has_error), v.diagnostics)
}

pub(super) struct Validator<'a> {
    lang: Lang,
    questionnaires: &'a [Questionnaire],
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Validator<'a> {
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
            crate::tr!(
                self.lang,
                "brief-unknown-questionnaire",
                id = id.get_ref().as_str()
            ),
        )
        .at(id.span())
        .label(crate::tr!(
            self.lang,
            "brief-expected-one-of",
            known = known.as_str()
        ));
        if let Some(close) = closest(id.get_ref(), &names) {
            diagnostic = diagnostic.help(crate::tr!(self.lang, "brief-did-you-mean", name = close));
        }
        self.diagnostics.push(diagnostic);
    }

    fn brief(&mut self, raw: RawBrief) -> Option<Brief> {
        let lang = self.lang;
        let (project, listed) = match &raw.project {
            Some(raw_project) => self.project(raw_project.get_ref()),
            None => (Project::default(), None),
        };
        let (answers, answered_order) = self.answers(&raw.answers);

        let waivers = self.waivers(&raw.waivers);
        let questionnaires = match listed {
            Some(list) => list,
            None => answered_order.into_iter().map(|(_, id)| id).collect(),
        };
        if questionnaires.is_empty() && raw.project.is_some() && raw.answers.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::NoQuestionnaire,
                    crate::tr!(lang, "brief-no-questionnaire"),
                )
                .help(crate::tr!(lang, "brief-no-questionnaire-help")),
            );
        }
        if raw.project.is_none() && raw.answers.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(Code::EmptyBrief, crate::tr!(lang, "brief-empty"))
                    .help(crate::tr!(lang, "brief-empty-help")),
            );
        }
        Some(Brief {
            project,
            questionnaires,
            answers,
            waivers,
        })
    }

    /// The `[project]` table: its facts, and the questionnaires it lists.
    fn project(&mut self, p: &RawProject) -> (Project, Option<Vec<String>>) {
        let lang = self.lang;
        let mut project = Project::default();
        let mut listed: Option<Vec<String>> = None;
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
        project.date = p
            .date
            .as_ref()
            .and_then(|d| date::project_date(d, self.lang, &mut self.diagnostics));
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
                            crate::tr!(
                                self.lang,
                                "brief-questionnaire-twice",
                                id = id.get_ref().as_str()
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
                        crate::tr!(lang, "brief-questionnaires-empty"),
                    )
                    .at(ids.span())
                    .help(crate::tr!(lang, "brief-questionnaires-empty-help")),
                );
            }
            listed = Some(out);
        }
        (project, listed)
    }

    /// The `[answers.*]` tables: the answers, and the questionnaires answered
    /// in the order they appear in the file.
    fn answers(
        &mut self,
        raw: &BTreeMap<Spanned<String>, Spanned<RawAnswers>>,
    ) -> (Vec<Answer>, Vec<(usize, String)>) {
        let lang = self.lang;
        let mut answers = Vec::new();
        let mut answered_order: Vec<(usize, String)> = Vec::new();
        for (qid, table) in raw {
            let Some(questionnaire) = self.questionnaire(qid.get_ref()) else {
                self.unknown_questionnaire(qid);
                continue;
            };
            answered_order.push((qid.span().start, qid.get_ref().clone()));
            let mut entries: Vec<_> = table.get_ref().iter().collect();
            entries.sort_by_key(|(key, _)| key.span().start);
            // Answers mostly follow the questionnaire's order: each search starts
            // after the previous question found.
            let mut hint = 0;
            for (key, value) in entries {
                let found = find_from(&questionnaire.questions, hint, |q| q.id == *key.get_ref());
                if let Some(index) = found {
                    hint = index + 1;
                }
                let Some(question) = found.map(|index| &questionnaire.questions[index]) else {
                    let names: Vec<&str> = questionnaire
                        .questions
                        .iter()
                        .map(|q| q.id.as_str())
                        .collect();
                    let mut diagnostic = Diagnostic::error(
                        Code::UnknownQuestion,
                        crate::tr!(
                            self.lang,
                            "brief-unknown-question",
                            questionnaire = questionnaire.id.as_str(),
                            question = key.get_ref().as_str()
                        ),
                    )
                    .at(key.span());
                    if let Some(close) = closest(key.get_ref(), &names) {
                        diagnostic = diagnostic.help(crate::tr!(
                            self.lang,
                            "brief-did-you-mean",
                            name = close
                        ));
                    } else {
                        diagnostic =
                            diagnostic.help(crate::tr!(lang, "brief-unknown-question-help"));
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
                        span: Some(key.span()),
                    });
                }
            }
        }
        answered_order.sort();
        (answers, answered_order)
    }
}
