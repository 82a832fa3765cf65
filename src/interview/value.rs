//! A raw value checked against the question's kind, and a value said in words.

use super::number::{format_number, parse_number};
use super::reply::Raw;
use crate::lang::Lang;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::{Choice, Kind, Question};

/// Checks a raw value against the question's kind.
pub(super) fn check_value(
    question: &Question,
    raw: Raw,
    lang: Lang,
) -> Result<AnswerValue, String> {
    let wrong = || {
        let kind = crate::tr!(lang, "checkci-question-kind", kind = question.kind.name());
        crate::tr!(lang, "answer-wrong-kind", kind = kind)
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
            let chosen: Vec<&Choice> = options.iter().filter(|o| ids.contains(&o.id)).collect();
            if chosen.len() != ids.len() {
                return Err(wrong());
            }
            check_ticks(options, &chosen, lang)?;
            Ok(AnswerValue::Multi(
                chosen.iter().map(|o| o.id.clone()).collect(),
            ))
        }
        (kind @ Kind::Number { .. }, Raw::Number(text)) => {
            parse_number(&text, kind, lang).map(AnswerValue::Number)
        }
        (Kind::Text, Raw::Text(text)) if !text.trim().is_empty() => {
            Ok(AnswerValue::Text(text.trim().to_owned()))
        }
        (Kind::Text, Raw::Text(_)) => Err(crate::tr!(lang, "answer-empty")),
        _ => Err(wrong()),
    }
}

/// Whether a multi question takes an empty answer ("none of these"): only when it
/// has no exclusive option to say so.
pub(crate) fn allows_empty(options: &[Choice]) -> bool {
    !options.iter().any(|o| o.exclusive)
}

/// Ticks that contradict each other (an exclusive option with another), or none
/// where an exclusive option says "none".
fn check_ticks(options: &[Choice], chosen: &[&Choice], lang: Lang) -> Result<(), String> {
    if chosen.is_empty() && !allows_empty(options) {
        let exclusive: Vec<String> = options
            .iter()
            .filter(|o| o.exclusive)
            .map(|o| crate::tr!(lang, "quoted", text = o.label.get(lang)))
            .collect();
        let exclusive = exclusive.join(", ");
        return Err(crate::tr!(lang, "answer-tick-one", exclusive = exclusive));
    }
    if chosen.len() > 1
        && let Some(alone) = chosen.iter().find(|o| o.exclusive)
    {
        let label = alone.label.get(lang);
        return Err(crate::tr!(lang, "prompt-stands-alone", label = label));
    }
    Ok(())
}

/// A value in words, as the screen confirms it and the end screen recalls it.
pub(crate) fn describe(question: &Question, value: &AnswerValue, lang: Lang) -> String {
    let label = |options: &[Choice], id: &str| {
        options
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.get(lang).to_owned())
    };
    match (&question.kind, value) {
        (_, AnswerValue::YesNo(true)) => crate::tr!(lang, "answer-yes"),
        (_, AnswerValue::YesNo(false)) => crate::tr!(lang, "answer-no"),
        (Kind::Scale { levels }, AnswerValue::Level(level)) => levels
            .iter()
            .find(|l| l.level == *level)
            .map_or_else(|| level.to_string(), |l| l.label.get(lang).to_owned()),
        (Kind::Choice { options }, AnswerValue::Choice(id)) => label(options, id),
        (_, AnswerValue::Multi(ids)) if ids.is_empty() => crate::tr!(lang, "answer-none-of-these"),
        (Kind::Multi { options }, AnswerValue::Multi(ids)) => ids
            .iter()
            .map(|id| label(options, id))
            .collect::<Vec<_>>()
            .join(", "),
        (Kind::Number { unit, .. }, AnswerValue::Number(n)) => {
            format!("{} {}", format_number(*n, lang), unit.get(lang))
        }
        (_, AnswerValue::Number(n)) => format_number(*n, lang),
        (_, AnswerValue::Text(text)) => text.clone(),
        (_, AnswerValue::NotApplicable { reason }) => {
            crate::tr!(lang, "answer-not-applicable", reason = reason.as_str())
        }
        (_, AnswerValue::Level(level)) => level.to_string(),
        (_, AnswerValue::Choice(id)) => id.clone(),
        (_, AnswerValue::Multi(ids)) => ids.join(", "),
    }
}
