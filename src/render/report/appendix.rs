//! The report's appendix: every answer the client gave, by questionnaire and
//! dimension (answer, note, why a question does not apply), then the questions
//! still open.

use crate::lang::Lang;
use crate::tr;

use super::document::{Align, Block, Inline, Section, Table, text};
use super::{Readiness, colon};

/// Every answer, one table per questionnaire and dimension.
pub(crate) fn answers(readiness: &Readiness, lang: Lang) -> Section {
    let mut blocks = vec![Block::Note(text(tr!(lang, "report-answers-note")))];
    for group in &readiness.answers {
        blocks.push(Block::Heading(format!(
            "{} · {}",
            group.questionnaire, group.dimension
        )));
        let rows = group.answers.iter().map(|given| {
            let mut answer = vec![Inline::Text(given.answer.clone())];
            if let Some(reason) = &given.not_applicable {
                answer.push(Inline::Text(colon(lang)));
                answer.push(Inline::Emphasis(reason.clone()));
            }
            vec![
                text(given.question.clone()),
                answer,
                text(given.note.clone().unwrap_or_default()),
            ]
        });
        blocks.push(Block::Table(Table {
            class: Some("answers"),
            header: vec![
                tr!(lang, "report-column-question"),
                tr!(lang, "report-column-answer"),
                tr!(lang, "report-column-note"),
            ],
            align: vec![Align::Left; 3],
            rows: rows.collect(),
            meters: Vec::new(),
        }));
    }
    Section {
        id: "answers",
        heading: tr!(lang, "report-heading-answers"),
        blocks,
    }
}

/// The scored questions with no answer yet.
pub(crate) fn open_questions(readiness: &Readiness, lang: Lang) -> Section {
    Section {
        id: "open-questions",
        heading: format!(
            "{} ({})",
            tr!(lang, "report-open-questions-title"),
            readiness.missing.len()
        ),
        blocks: vec![
            Block::Note(text(tr!(lang, "report-open-questions-note"))),
            Block::List {
                class: Some("open"),
                items: readiness
                    .missing
                    .iter()
                    .map(|question| {
                        vec![
                            Inline::Text(format!("{} — ", question.question)),
                            Inline::Muted(format!(
                                "{} · {}",
                                question.questionnaire, question.dimension
                            )),
                        ]
                    })
                    .collect(),
            },
        ],
    }
}
