//! `same-as` links between questions of the loaded questionnaires.

use crate::diag::{Code, Diagnostic};
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::tr;
use crate::validate::brief::suggest::closest;

/// `questionnaire.question` split in two kebab-case ids.
pub(crate) fn split_link(link: &str) -> Option<(&str, &str)> {
    let (questionnaire, question) = link.split_once('.')?;
    let ok =
        crate::validate::is_kebab_case(questionnaire) && crate::validate::is_kebab_case(question);
    ok.then_some((questionnaire, question))
}

/// Checks every `same-as` link among the loaded questionnaires: the named question
/// exists (else the closest loaded one is suggested) and links to nothing itself
/// (one question holds each group together).
/// Returns, for each problem, the id of the questionnaire whose file holds it.
pub fn check_links(questionnaires: &[Questionnaire], lang: Lang) -> Vec<(String, Diagnostic)> {
    let find = |link: &str| {
        let (questionnaire, question) = split_link(link)?;
        questionnaires
            .iter()
            .find(|q| q.id == questionnaire)?
            .question(question)
    };
    // Every loaded question as `questionnaire.question`, for "did you mean".
    let ids: Vec<String> = questionnaires
        .iter()
        .flat_map(|q| {
            q.questions
                .iter()
                .map(|question| format!("{}.{}", q.id, question.id))
        })
        .collect();
    let known: Vec<&str> = ids.iter().map(String::as_str).collect();
    let mut problems = Vec::new();
    for questionnaire in questionnaires {
        for question in &questionnaire.questions {
            let Some(link) = &question.same_as else {
                continue;
            };
            let id = match find(link) {
                None => "validate-same-as-unknown",
                Some(target) if target.same_as.is_some() => "validate-same-as-chain",
                Some(_) => continue,
            };
            let mut diagnostic =
                Diagnostic::error(Code::UnknownLink, tr!(lang, id, link = link.as_str()));
            if let Some(span) = &question.same_as_span {
                diagnostic = diagnostic.at(span.clone());
            }
            if id == "validate-same-as-unknown" {
                // A questionnaire of the user's own, not given with this one.
                let not_loaded = split_link(link)
                    .map(|(id, _)| id)
                    .filter(|id| questionnaires.iter().all(|q| q.id != *id));
                let help = match (closest(link, &known), not_loaded) {
                    (Some(close), _) => tr!(lang, "brief-did-you-mean", name = close),
                    (None, Some(id)) => tr!(lang, "validate-same-as-not-loaded-help", id = id),
                    (None, None) => tr!(lang, "validate-same-as-unknown.help"),
                };
                diagnostic = diagnostic.help(help);
            }
            problems.push((questionnaire.id.clone(), diagnostic));
        }
    }
    problems
}
