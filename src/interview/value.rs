//! A raw value checked against the question's kind.

use super::number::parse_number;
use super::reply::Raw;
use crate::lang::Lang;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::{Kind, Question};

/// Checks a raw value against the question's kind.
pub(super) fn check_value(
    question: &Question,
    raw: Raw,
    lang: Lang,
) -> Result<AnswerValue, String> {
    let wrong = || match lang {
        Lang::En => format!(
            "this answer does not fit a {} question",
            question.kind.name()
        ),
        Lang::Fr => format!(
            "cette réponse ne convient pas à une question {}",
            question.kind.name()
        ),
    };
    match (&question.kind, raw) {
        (Kind::YesNo { .. }, Raw::YesNo(b)) => Ok(AnswerValue::YesNo(b)),
        (Kind::Scale { levels }, Raw::Level(level)) if levels.iter().any(|l| l.level == level) => {
            Ok(AnswerValue::Level(level))
        }
        (Kind::Choice { options }, Raw::Choice(id)) if options.iter().any(|o| o.id == id) => {
            Ok(AnswerValue::Choice(id))
        }
        (Kind::Multi { options }, Raw::Multi(ids)) => {
            // In questionnaire order, each once.
            let chosen: Vec<String> = options
                .iter()
                .filter(|o| ids.contains(&o.id))
                .map(|o| o.id.clone())
                .collect();
            if chosen.len() == ids.len() {
                Ok(AnswerValue::Multi(chosen))
            } else {
                Err(wrong())
            }
        }
        (kind @ Kind::Number { .. }, Raw::Number(text)) => {
            parse_number(&text, kind, lang).map(AnswerValue::Number)
        }
        (Kind::Text, Raw::Text(text)) if !text.trim().is_empty() => {
            Ok(AnswerValue::Text(text.trim().to_owned()))
        }
        (Kind::Text, Raw::Text(_)) => Err(lang
            .pick(
                "the answer is empty; skip the question instead",
                "la réponse est vide ; passez plutôt la question",
            )
            .to_owned()),
        _ => Err(wrong()),
    }
}
