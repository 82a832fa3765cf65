//! What the client said, for the report: an answer in words (option labels, not
//! ids; numbers in the report's language), and where a question comes from.

use crate::i18n::number;
use crate::lang::Lang;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::{Choice, Kind, Question};
use crate::tr;

/// An answer in words: `Yes`, a level's or an option's label, a number with its
/// unit (`12,000 EUR`, `12 000 EUR`), the text itself. A not-applicable answer
/// gives `Not applicable`; its reason is shown apart.
pub(crate) fn answer_text(question: &Question, value: &AnswerValue, lang: Lang) -> String {
    let label = |options: &[Choice], id: &str| {
        options
            .iter()
            .find(|option| option.id == id)
            .map_or_else(|| id.to_owned(), |option| option.label.get(lang).to_owned())
    };
    match (&question.kind, value) {
        (_, AnswerValue::YesNo(true)) => tr!(lang, "report-answer-yes"),
        (_, AnswerValue::YesNo(false)) => tr!(lang, "report-answer-no"),
        (Kind::Scale { levels }, AnswerValue::Level(level)) => levels
            .iter()
            .find(|l| l.level == *level)
            .map_or_else(|| level.to_string(), |l| l.label.get(lang).to_owned()),
        (Kind::Choice { options }, AnswerValue::Choice(id)) => label(options, id),
        (_, AnswerValue::Multi(ids)) if ids.is_empty() => tr!(lang, "report-answer-none"),
        (Kind::Multi { options }, AnswerValue::Multi(ids)) => ids
            .iter()
            .map(|id| label(options, id))
            .collect::<Vec<_>>()
            .join(&tr!(lang, "rank-list-separator")),
        (Kind::Number { unit, .. }, AnswerValue::Number(n)) => {
            let unit = unit.get(lang).trim();
            let value = number::trimmed(*n, 3, lang);
            if unit.is_empty() {
                value
            } else {
                format!("{value}\u{a0}{unit}")
            }
        }
        (_, AnswerValue::Number(n)) => number::trimmed(*n, 3, lang),
        (_, AnswerValue::Text(text)) => text.clone(),
        (_, AnswerValue::NotApplicable { .. }) => tr!(lang, "report-answer-not-applicable"),
        (_, AnswerValue::Level(level)) => level.to_string(),
        (_, AnswerValue::Choice(id)) => id.clone(),
        (_, AnswerValue::Multi(ids)) => ids.join(&tr!(lang, "rank-list-separator")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;
    use crate::model::questionnaire::{Level, Provenance};

    fn question(kind: Kind) -> Question {
        Question {
            id: "q".to_owned(),
            dimension: "d".to_owned(),
            weight: 1.0,
            text: Text::new("Q?", "Q ?"),
            help: Text::new("h", "h"),
            provenance: Provenance::Practice { reason: None },
            kind,
            weakness: None,
            same_as: None,
            same_as_span: None,
        }
    }

    fn option(id: &str, en: &str, fr: &str) -> Choice {
        Choice {
            id: id.to_owned(),
            label: Text::new(en, fr),
            score: 1.0,
            exclusive: false,
            provenance: Provenance::Practice { reason: None },
            severity: None,
        }
    }

    #[test]
    fn answers_are_words_not_ids() {
        let multi = question(Kind::Multi {
            options: vec![
                option("phone", "Phone", "Téléphone"),
                option("email", "Email", "Courriel"),
            ],
        });
        let value = AnswerValue::Multi(vec!["phone".to_owned(), "email".to_owned()]);
        assert_eq!(answer_text(&multi, &value, Lang::En), "Phone, Email");
        assert_eq!(answer_text(&multi, &value, Lang::Fr), "Téléphone, Courriel");
        let scale = question(Kind::Scale {
            levels: vec![Level {
                level: 2,
                label: Text::new("Partly", "Partiel"),
                score: 0.5,
                severity: None,
            }],
        });
        assert_eq!(
            answer_text(&scale, &AnswerValue::Level(2), Lang::Fr),
            "Partiel"
        );
        let yes_no = question(Kind::YesNo { yes: 1.0, no: 0.0 });
        assert_eq!(
            answer_text(&yes_no, &AnswerValue::YesNo(false), Lang::Fr),
            "Non"
        );
    }

    #[test]
    fn numbers_follow_the_language() {
        let number = question(Kind::Number {
            unit: Text::new("EUR", "EUR"),
            min: None,
            max: None,
            bands: Vec::new(),
            whole: false,
        });
        let value = AnswerValue::Number(12_000.5);
        // Grouped thousands: a comma in English, a narrow no-break space in French.
        assert_eq!(answer_text(&number, &value, Lang::En), "12,000.5\u{a0}EUR");
        assert_eq!(
            answer_text(&number, &value, Lang::Fr),
            "12\u{202f}000,5\u{a0}EUR"
        );
    }
}
