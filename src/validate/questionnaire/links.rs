//! `same-as` links between questions of the loaded questionnaires.

use crate::diag::{Code, Diagnostic};
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::tr;

/// `questionnaire.question` split in two kebab-case ids.
pub(crate) fn split_link(link: &str) -> Option<(&str, &str)> {
    let (questionnaire, question) = link.split_once('.')?;
    let ok =
        crate::validate::is_kebab_case(questionnaire) && crate::validate::is_kebab_case(question);
    ok.then_some((questionnaire, question))
}

/// Checks every `same-as` link among the loaded questionnaires: the named question
/// exists and links to nothing itself (one question holds each group together).
/// Returns, for each problem, the id of the questionnaire whose file holds it.
pub fn check_links(questionnaires: &[Questionnaire], lang: Lang) -> Vec<(String, Diagnostic)> {
    let find = |link: &str| {
        let (questionnaire, question) = split_link(link)?;
        questionnaires
            .iter()
            .find(|q| q.id == questionnaire)?
            .question(question)
    };
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
                diagnostic = diagnostic.help(tr!(lang, "validate-same-as-unknown.help"));
            }
            problems.push((questionnaire.id.clone(), diagnostic));
        }
    }
    problems
}
