//! The state machine played by scripts: what is asked, what is saved.

use std::collections::VecDeque;

use super::*;
use crate::diag::SourceFile;
use crate::lang::Lang;
use crate::model::brief::{Answer, AnswerValue, Brief, Project};
use crate::model::questionnaire::Questionnaire;
use crate::validate::questionnaire::validate_questionnaire;

/// The date the tests run on.
fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

pub(super) fn mini() -> Questionnaire {
    let file = SourceFile::new(
        "tests/interview/mini.toml",
        include_str!("../../tests/interview/mini.toml"),
    );
    let (questionnaire, diagnostics) = validate_questionnaire(&file, Lang::En);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    questionnaire.unwrap()
}

/// One scripted keystroke-level decision.
enum Step {
    Reply(Reply),
    /// Enter on the prompt: keep the default (the current answer).
    Keep,
}

fn answer(value: Raw) -> Step {
    Step::Reply(Reply::Answer { value, note: None })
}

fn text(value: &str) -> Step {
    answer(Raw::Text(value.to_owned()))
}

/// What a prompter was asked: the question id (or fact label) and the error shown.
type Asked = Vec<(String, Option<String>)>;

/// A prompter that plays a script and records what it was asked.
struct ScriptedPrompter {
    script: VecDeque<Step>,
    asked: Asked,
}

impl ScriptedPrompter {
    fn new(script: Vec<Step>) -> Self {
        ScriptedPrompter {
            script: script.into(),
            asked: Vec::new(),
        }
    }
}

fn raw_of(value: &AnswerValue) -> Raw {
    match value {
        AnswerValue::YesNo(b) => Raw::YesNo(*b),
        AnswerValue::Level(l) => Raw::Level(*l),
        AnswerValue::Choice(c) => Raw::Choice(c.clone()),
        AnswerValue::Multi(m) => Raw::Multi(m.clone()),
        AnswerValue::Number(n) => Raw::Number(n.to_string()),
        AnswerValue::Text(t) => Raw::Text(t.clone()),
        AnswerValue::NotApplicable { .. } => unreachable!("handled by the caller"),
    }
}

impl Prompter for ScriptedPrompter {
    fn ask(&mut self, request: &Request<'_>) -> anyhow::Result<Reply> {
        let name = match &request.asking {
            Asking::Fact { fact, .. } => fact.label(Lang::En).to_owned(),
            Asking::Question { question, .. } => question.id.clone(),
        };
        self.asked.push((name, request.error.clone()));
        let step = self
            .script
            .pop_front()
            .ok_or_else(|| anyhow::anyhow!("script exhausted at {:?}", self.asked.last()))?;
        Ok(match step {
            Step::Reply(reply) => reply,
            Step::Keep => match &request.asking {
                Asking::Fact { default, .. } => Reply::Answer {
                    value: Raw::Text(default.unwrap_or_default().to_owned()),
                    note: None,
                },
                Asking::Question { current: None, .. } => Reply::Skip,
                Asking::Question {
                    current: Some(current),
                    ..
                } => match &current.value {
                    AnswerValue::NotApplicable { reason } => Reply::NotApplicable {
                        reason: reason.clone(),
                    },
                    value => Reply::Answer {
                        value: raw_of(value),
                        note: current.note.clone(),
                    },
                },
            },
        })
    }
}

/// Runs a script; returns the end, the saved briefs and what was asked.
fn play(session: &mut Session<'_>, script: Vec<Step>) -> (End, Vec<Brief>, Asked) {
    let mut prompter = ScriptedPrompter::new(script);
    let mut saved = Vec::new();
    let end = run(
        session,
        &mut prompter,
        &mut |s: &Session<'_>| {
            saved.push(s.brief());
            Ok(())
        },
        &|| false,
    )
    .unwrap();
    assert!(prompter.script.is_empty(), "script not used up");
    (end, saved, prompter.asked)
}

fn facts() -> Vec<Step> {
    vec![
        text("Support N1"),
        text("Acme"),
        text("b2b"),
        text("Claire Martin"),
        Step::Keep,
    ]
}

fn full_answers() -> Vec<Step> {
    vec![
        Step::Reply(Reply::Answer {
            value: Raw::YesNo(true),
            note: Some("  Written in March.  ".to_owned()),
        }),
        answer(Raw::Level(3)),
        answer(Raw::Choice("after-sales".to_owned())),
        answer(Raw::Multi(vec!["email".to_owned(), "phone".to_owned()])),
        answer(Raw::Number("1 200".to_owned())),
        text("Start in January."),
    ]
}

fn value<'a>(brief: &'a Brief, question: &str) -> Option<&'a AnswerValue> {
    brief.answer("mini", question).map(|a| &a.value)
}

#[test]
fn full_run_records_every_kind_and_saves_after_each_answer() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    assert_eq!(session.opening(), Opening::Fresh { total: 6 });
    let mut script = facts();
    script.extend(full_answers());
    let (end, saved, _) = play(&mut session, script);
    assert_eq!(end, End::Finished);
    assert_eq!(saved.len(), 11, "5 facts + 6 answers, each saved");
    let brief = saved.last().unwrap();
    assert_eq!(brief.project.name.as_deref(), Some("Support N1"));
    assert_eq!(brief.project.date.as_deref(), Some("2026-11-22"));
    assert_eq!(brief.questionnaires, vec!["mini".to_owned()]);
    assert_eq!(value(brief, "objectives"), Some(&AnswerValue::YesNo(true)));
    assert_eq!(
        brief.answer("mini", "objectives").unwrap().note.as_deref(),
        Some("Written in March.")
    );
    assert_eq!(value(brief, "processes"), Some(&AnswerValue::Level(3)));
    assert_eq!(
        value(brief, "phase"),
        Some(&AnswerValue::Choice("after-sales".to_owned()))
    );
    // Multi options come back in questionnaire order.
    assert_eq!(
        value(brief, "channels"),
        Some(&AnswerValue::Multi(vec![
            "phone".to_owned(),
            "email".to_owned()
        ]))
    );
    assert_eq!(value(brief, "volume"), Some(&AnswerValue::Number(1200.0)));
    assert_eq!(
        value(brief, "notes"),
        Some(&AnswerValue::Text("Start in January.".to_owned()))
    );
    assert_eq!(session.progress(), (6, 6));
    assert!(session.is_done());
}

#[test]
fn skip_leaves_the_question_unanswered() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let mut script = facts();
    script.extend([
        Step::Reply(Reply::Skip),
        answer(Raw::Level(1)),
        Step::Reply(Reply::Skip),
        Step::Reply(Reply::Skip),
        Step::Reply(Reply::Skip),
        Step::Reply(Reply::Skip),
    ]);
    let (end, saved, _) = play(&mut session, script);
    assert_eq!(end, End::Finished);
    let brief = saved.last().unwrap();
    assert_eq!(value(brief, "objectives"), None);
    assert_eq!(value(brief, "processes"), Some(&AnswerValue::Level(1)));
    assert_eq!(brief.answers.len(), 1);
    assert_eq!(session.progress(), (1, 6));
}

#[test]
fn back_returns_to_the_previous_question_with_its_answer() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let mut script = facts();
    script.extend([
        answer(Raw::YesNo(false)),
        Step::Reply(Reply::Back),
        // Back on "objectives": change the answer.
        answer(Raw::YesNo(true)),
        answer(Raw::Level(2)),
        Step::Reply(Reply::Back),
        // Enter keeps the level.
        Step::Keep,
        Step::Reply(Reply::Quit),
    ]);
    let (end, saved, asked) = play(&mut session, script);
    assert_eq!(end, End::Quit);
    let names: Vec<&str> = asked.iter().skip(5).map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "objectives",
            "processes",
            "objectives",
            "processes",
            "phase",
            "processes",
            "phase"
        ]
    );
    let brief = saved.last().unwrap();
    assert_eq!(value(brief, "objectives"), Some(&AnswerValue::YesNo(true)));
    assert_eq!(value(brief, "processes"), Some(&AnswerValue::Level(2)));
    // 5 facts, false, true, level 2; keeping the level saved nothing.
    assert_eq!(saved.len(), 8);
}

#[test]
fn back_on_the_first_step_says_so() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let (end, _, asked) = play(
        &mut session,
        vec![Step::Reply(Reply::Back), Step::Reply(Reply::Quit)],
    );
    assert_eq!(end, End::Quit);
    assert_eq!(asked[1].0, "Project name");
    assert_eq!(asked[1].1.as_deref(), Some("this is the first step"));
}

#[test]
fn not_applicable_needs_a_reason() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let mut script = facts();
    script.extend([
        Step::Reply(Reply::NotApplicable {
            reason: "  ".to_owned(),
        }),
        Step::Reply(Reply::NotApplicable {
            reason: "No objectives at group level".to_owned(),
        }),
        Step::Reply(Reply::Quit),
    ]);
    let (end, saved, asked) = play(&mut session, script);
    assert_eq!(end, End::Quit);
    assert_eq!(asked[6].0, "objectives");
    assert_eq!(
        asked[6].1.as_deref(),
        Some("say why the question does not apply")
    );
    assert_eq!(
        value(saved.last().unwrap(), "objectives"),
        Some(&AnswerValue::NotApplicable {
            reason: "No objectives at group level".to_owned()
        })
    );
}

#[test]
fn quit_and_interrupt_keep_earlier_answers() {
    let q = mini();
    for (stop, expected) in [
        (Reply::Quit, End::Quit),
        (Reply::Interrupted, End::Interrupted),
    ] {
        let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
        let mut script = facts();
        script.extend([answer(Raw::YesNo(true)), Step::Reply(stop)]);
        let (end, saved, _) = play(&mut session, script);
        assert_eq!(end, expected);
        assert_eq!(
            value(saved.last().unwrap(), "objectives"),
            Some(&AnswerValue::YesNo(true))
        );
        assert_eq!(session.progress(), (1, 6));
    }
}

#[test]
fn the_interrupt_flag_stops_before_the_next_question() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let mut prompter = ScriptedPrompter::new(vec![]);
    let end = run(&mut session, &mut prompter, &mut |_| Ok(()), &|| true).unwrap();
    assert_eq!(end, End::Interrupted);
    assert!(prompter.asked.is_empty());
}

fn partial_brief() -> Brief {
    let answer = |question: &str, value: AnswerValue| Answer {
        questionnaire: "mini".to_owned(),
        question: question.to_owned(),
        value,
        note: None,
        line: 0,
    };
    Brief {
        project: Project {
            name: Some("Support N1".to_owned()),
            date: Some("2026-11-01".to_owned()),
            ..Project::default()
        },
        questionnaires: vec!["mini".to_owned()],
        answers: vec![
            answer("objectives", AnswerValue::YesNo(true)),
            answer("processes", AnswerValue::Level(1)),
            answer(
                "channels",
                AnswerValue::Multi(vec!["phone".to_owned(), "chat".to_owned()]),
            ),
        ],
        waivers: Vec::new(),
    }
}

#[test]
fn resume_starts_at_the_first_unanswered_question() {
    let q = mini();
    let existing = partial_brief();
    let mut session = Session::new(vec![&q], &existing, today(), false, Lang::En);
    assert_eq!(
        session.opening(),
        Opening::Resume {
            answered: 3,
            total: 6
        }
    );
    let (end, saved, asked) = play(
        &mut session,
        vec![
            answer(Raw::Choice("pre-sales".to_owned())),
            // "channels" was answered: passed over.
            answer(Raw::Number("40".to_owned())),
            Step::Reply(Reply::Back),
            // Back goes to the previous step, answered or not.
            Step::Keep,
            Step::Reply(Reply::Skip),
        ],
    );
    assert_eq!(end, End::Finished);
    let names: Vec<&str> = asked.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["phase", "volume", "notes", "volume", "notes"]);
    let brief = saved.last().unwrap();
    assert_eq!(brief.answers.len(), 5);
    // The date on file is kept, not replaced by today.
    assert_eq!(brief.project.date.as_deref(), Some("2026-11-01"));
    assert_eq!(value(brief, "volume"), Some(&AnswerValue::Number(40.0)));
}

#[test]
fn a_complete_brief_has_nothing_to_ask() {
    let q = mini();
    let mut existing = partial_brief();
    let mut session = Session::new(vec![&q], &existing, today(), false, Lang::En);
    let script = vec![
        answer(Raw::Choice("pre-sales".to_owned())),
        answer(Raw::Number("40".to_owned())),
        text("Nothing"),
    ];
    let (_, saved, _) = play(&mut session, script);
    existing = saved.last().unwrap().clone();
    let session = Session::new(vec![&q], &existing, today(), false, Lang::En);
    assert_eq!(session.opening(), Opening::Complete { total: 6 });
    assert!(session.request().is_none());
}

#[test]
fn review_walks_every_step_and_keeps_the_defaults() {
    let q = mini();
    let existing = partial_brief();
    let mut session = Session::new(vec![&q], &existing, today(), true, Lang::En);
    assert_eq!(
        session.opening(),
        Opening::Review {
            answered: 3,
            total: 6
        }
    );
    let mut script: Vec<Step> = (0..5).map(|_| Step::Keep).collect();
    script.extend([
        Step::Keep,
        answer(Raw::Level(4)),
        Step::Keep,
        Step::Keep,
        Step::Keep,
        Step::Keep,
    ]);
    let (end, saved, asked) = play(&mut session, script);
    assert_eq!(end, End::Finished);
    assert_eq!(asked.len(), 11, "every fact and question");
    // Keeping the defaults saves nothing (the date on file is the default, the
    // empty facts stay empty): only the changed level is saved.
    assert_eq!(saved.len(), 1);
    let brief = saved.last().unwrap();
    assert_eq!(value(brief, "objectives"), Some(&AnswerValue::YesNo(true)));
    assert_eq!(value(brief, "processes"), Some(&AnswerValue::Level(4)));
    assert_eq!(
        value(brief, "channels"),
        Some(&AnswerValue::Multi(vec![
            "phone".to_owned(),
            "chat".to_owned()
        ]))
    );
    assert_eq!(brief.project.name.as_deref(), Some("Support N1"));
    assert_eq!(brief.project.date.as_deref(), Some("2026-11-01"));
}

#[test]
fn review_of_an_empty_brief_is_a_fresh_interview() {
    let q = mini();
    let session = Session::new(vec![&q], &Brief::default(), today(), true, Lang::En);
    assert_eq!(session.opening(), Opening::Fresh { total: 6 });
    assert!(matches!(
        session.request().map(|r| r.asking),
        Some(Asking::Fact {
            fact: Fact::Name,
            ..
        })
    ));
}

#[test]
fn an_invalid_number_is_asked_again_with_the_reason() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let mut script = facts();
    script.extend([
        Step::Reply(Reply::Skip),
        Step::Reply(Reply::Skip),
        Step::Reply(Reply::Skip),
        Step::Reply(Reply::Skip),
        answer(Raw::Number("lots".to_owned())),
        answer(Raw::Number("0".to_owned())),
        answer(Raw::Number("9000".to_owned())),
        answer(Raw::Number("12".to_owned())),
        Step::Reply(Reply::Quit),
    ]);
    let (_, saved, asked) = play(&mut session, script);
    let volume: Vec<Option<&str>> = asked
        .iter()
        .filter(|(n, _)| n == "volume")
        .map(|(_, e)| e.as_deref())
        .collect();
    assert_eq!(
        volume,
        [
            None,
            Some("`lots` is not a number"),
            Some("0 is below the minimum, 1 contacts a day"),
            Some("9000 is above the maximum, 5000 contacts a day"),
        ]
    );
    assert_eq!(
        value(saved.last().unwrap(), "volume"),
        Some(&AnswerValue::Number(12.0))
    );
}

#[test]
fn an_invalid_date_is_asked_again() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::Fr);
    let (_, saved, asked) = play(
        &mut session,
        vec![
            Step::Reply(Reply::Skip),
            Step::Reply(Reply::Skip),
            Step::Reply(Reply::Skip),
            Step::Reply(Reply::Skip),
            text("22/11/2026"),
            text("2026-11-21"),
            Step::Reply(Reply::Quit),
        ],
    );
    assert_eq!(
        asked[5].1.as_deref(),
        Some("`22/11/2026` n'est pas une date : attendu AAAA-MM-JJ")
    );
    assert_eq!(
        saved.last().unwrap().project.date.as_deref(),
        Some("2026-11-21")
    );
}

#[test]
fn answers_that_do_not_fit_the_kind_are_refused() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let mut script = facts();
    script.extend([
        answer(Raw::Level(2)),
        answer(Raw::YesNo(true)),
        answer(Raw::Level(9)),
        Step::Reply(Reply::Quit),
    ]);
    let (_, saved, asked) = play(&mut session, script);
    assert_eq!(
        asked[6].1.as_deref(),
        Some("this answer does not fit a yes-no question")
    );
    assert!(asked[8].1.is_some(), "level 9 does not exist");
    assert_eq!(saved.len(), 6);
}

#[test]
fn several_questionnaires_are_asked_in_order_and_listed() {
    let q = mini();
    let mut other = mini();
    other.id = "other".to_owned();
    let existing = Brief {
        questionnaires: vec!["ten-questions".to_owned()],
        ..Brief::default()
    };
    let session = Session::new(vec![&q, &other], &existing, today(), false, Lang::En);
    assert_eq!(session.progress(), (0, 12));
    assert_eq!(
        session.brief().questionnaires,
        ["ten-questions", "mini", "other"]
    );
}
