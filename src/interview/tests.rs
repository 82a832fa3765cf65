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
    /// The note after an answer. Without it, the note prompt gets Enter.
    Note(&'static str),
    /// A reply at the note prompt.
    NoteReply(Reply),
}

fn answer(value: Raw) -> Step {
    Step::Reply(Reply::Answer(value))
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
    /// Whether the note prompt takes the next step (a Ctrl-C) instead of Enter.
    interrupt_notes: bool,
}

impl ScriptedPrompter {
    fn new(script: Vec<Step>) -> Self {
        ScriptedPrompter {
            script: script.into(),
            asked: Vec::new(),
            interrupt_notes: false,
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
        if let Asking::Question {
            stage: Stage::Note, ..
        } = request.asking
        {
            return Ok(match self.script.front() {
                Some(Step::Note(note)) => {
                    let note = (*note).to_owned();
                    self.script.pop_front();
                    Reply::Answer(Raw::Text(note))
                }
                Some(Step::NoteReply(_)) | Some(Step::Reply(Reply::Interrupted))
                    if self.interrupt_notes
                        || matches!(self.script.front(), Some(Step::NoteReply(_))) =>
                {
                    match self.script.pop_front() {
                        Some(Step::NoteReply(reply) | Step::Reply(reply)) => reply,
                        _ => Reply::Skip,
                    }
                }
                _ => Reply::Skip,
            });
        }
        let name = match &request.asking {
            Asking::Fact { fact, .. } => fact.label(Lang::En),
            Asking::Question {
                question,
                stage: Stage::Reason,
                ..
            } => format!("{} (reason)", question.id),
            Asking::Question { question, .. } => question.id.clone(),
        };
        self.asked.push((name, request.error.clone()));
        let step = self
            .script
            .pop_front()
            .ok_or_else(|| anyhow::anyhow!("script exhausted at {:?}", self.asked.last()))?;
        Ok(match step {
            Step::Reply(reply) => reply,
            Step::Note(note) => anyhow::bail!("note {note:?} scripted at {:?}", self.asked.last()),
            Step::NoteReply(reply) => {
                anyhow::bail!("note reply {reply:?} scripted at {:?}", self.asked.last())
            }
            Step::Keep => match &request.asking {
                Asking::Fact { default, .. } => {
                    Reply::Answer(Raw::Text(default.clone().unwrap_or_default()))
                }
                Asking::Question { current: None, .. } => Reply::Skip,
                Asking::Question {
                    current: Some(current),
                    ..
                } => match &current.value {
                    AnswerValue::NotApplicable { reason } => Reply::NotApplicable {
                        reason: reason.clone(),
                    },
                    value => Reply::Answer(raw_of(value)),
                },
            },
        })
    }

    fn echo(&mut self, _: &Echo) -> anyhow::Result<()> {
        Ok(())
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
        answer(Raw::YesNo(true)),
        Step::Note("  Written in March.  "),
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
    assert_eq!(
        saved.len(),
        12,
        "5 facts + 6 answers + 1 note, each saved: an answer before its note is asked"
    );
    let brief = saved.last().unwrap();
    assert_eq!(brief.project.name.as_deref(), Some("Support N1"));
    assert_eq!(brief.project.date, Some(jiff::civil::date(2026, 11, 22)));
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
fn not_applicable_without_a_reason_asks_it() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let mut script = facts();
    script.extend([
        Step::Reply(Reply::NotApplicable {
            reason: "  ".to_owned(),
        }),
        // The reason prompt: empty goes back to the question.
        text(""),
        Step::Reply(Reply::NotApplicable {
            reason: String::new(),
        }),
        text("No objectives at group level"),
        Step::Reply(Reply::Quit),
    ]);
    let (end, saved, asked) = play(&mut session, script);
    assert_eq!(end, End::Quit);
    let names: Vec<&str> = asked.iter().skip(5).map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "objectives",
            "objectives (reason)",
            "objectives",
            "objectives (reason)",
            "processes"
        ]
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

pub(super) fn partial_brief() -> Brief {
    let answer = |question: &str, value: AnswerValue| Answer {
        questionnaire: "mini".to_owned(),
        question: question.to_owned(),
        value,
        note: None,
        span: None,
    };
    Brief {
        project: Project {
            name: Some("Support N1".to_owned()),
            date: Some(jiff::civil::date(2026, 11, 1)),
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
    assert_eq!(brief.project.date, Some(jiff::civil::date(2026, 11, 1)));
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
    assert_eq!(brief.project.date, Some(jiff::civil::date(2026, 11, 1)));
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
            Some("`lots` is not a number: type digits only, e.g. 1200 (contacts a day)"),
            Some("0 is below the minimum, 1 (unit: contacts a day)"),
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
        Some("`22/11/2026` n’est pas une date\u{a0}: attendu AAAA-MM-JJ")
    );
    assert_eq!(
        saved.last().unwrap().project.date,
        Some(jiff::civil::date(2026, 11, 21))
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

#[test]
fn an_answer_is_saved_before_its_note_is_asked() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let mut script = facts();
    // Ctrl-C at the note prompt of the first question.
    script.extend([answer(Raw::YesNo(true)), Step::Reply(Reply::Interrupted)]);
    let mut prompter = ScriptedPrompter::new(script);
    prompter.interrupt_notes = true;
    let mut saved = Vec::new();
    let end = run(
        &mut session,
        &mut prompter,
        &mut |s: &Session<'_>| {
            saved.push(s.brief());
            Ok(())
        },
        &|| false,
    )
    .unwrap();
    assert_eq!(end, End::Interrupted);
    assert_eq!(
        value(saved.last().unwrap(), "objectives"),
        Some(&AnswerValue::YesNo(true))
    );
    assert_eq!(session.progress(), (1, 6));
}

#[test]
fn commands_at_the_note_prompt() {
    let q = mini();
    let mut session = Session::new(vec![&q], &Brief::default(), today(), false, Lang::En);
    let mut script = facts();
    script.extend([
        answer(Raw::YesNo(false)),
        // At the note: back to the question, which now shows "No".
        Step::NoteReply(Reply::Back),
        answer(Raw::YesNo(true)),
        // At the note: not applicable after all, with its reason.
        Step::NoteReply(Reply::NotApplicable {
            reason: "Group objectives".to_owned(),
        }),
        answer(Raw::Level(2)),
        Step::NoteReply(Reply::Quit),
    ]);
    let (end, saved, asked) = play(&mut session, script);
    assert_eq!(end, End::Quit);
    let names: Vec<&str> = asked.iter().skip(5).map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["objectives", "objectives", "processes"]);
    let brief = saved.last().unwrap();
    assert_eq!(
        value(brief, "objectives"),
        Some(&AnswerValue::NotApplicable {
            reason: "Group objectives".to_owned()
        })
    );
    assert_eq!(value(brief, "processes"), Some(&AnswerValue::Level(2)));
}

#[test]
fn ticks_that_contradict_or_say_nothing() {
    let mut q = mini();
    // Without an exclusive option, an empty answer is "none of these".
    let empty = check_value_for(question_of(&q), Raw::Multi(Vec::new()));
    assert_eq!(empty, Ok(AnswerValue::Multi(Vec::new())));
    let Some(question) = q.questions.iter_mut().find(|q| q.id == "channels") else {
        panic!("channels in mini.toml");
    };
    let crate::model::questionnaire::Kind::Multi { options } = &mut question.kind else {
        panic!("channels is a multi question");
    };
    options.push(crate::model::questionnaire::Choice {
        id: "undecided".to_owned(),
        label: crate::lang::Text::new("Not decided yet", "Pas encore décidé"),
        score: 0.0,
        exclusive: true,
        provenance: question.provenance.clone(),
        severity: None,
    });
    assert_eq!(
        check_value_for(question_of(&q), Raw::Multi(Vec::new())),
        Err("tick at least one option, or “Not decided yet”".to_owned())
    );
    assert_eq!(
        check_value_for(
            question_of(&q),
            Raw::Multi(vec!["phone".to_owned(), "undecided".to_owned()])
        ),
        Err("“Not decided yet” is an answer on its own: untick it or the others".to_owned())
    );
    assert_eq!(
        check_value_for(question_of(&q), Raw::Multi(vec!["undecided".to_owned()])),
        Ok(AnswerValue::Multi(vec!["undecided".to_owned()]))
    );
}

fn question_of(q: &Questionnaire) -> &crate::model::questionnaire::Question {
    q.question("channels").unwrap()
}

fn check_value_for(
    question: &crate::model::questionnaire::Question,
    raw: Raw,
) -> Result<AnswerValue, String> {
    value::check_value(question, raw, Lang::En)
}

mod properties {
    //! For random sequences of replies, actions and interrupts, the brief on disk
    //! after each step equals what the screen confirmed.

    use std::cell::RefCell;
    use std::collections::BTreeMap;
    use std::rc::Rc;

    use proptest::prelude::*;

    use super::*;

    /// What the screen confirmed: the facts and the answers with their notes.
    #[derive(Clone, Debug, Default, PartialEq)]
    struct Screen {
        facts: BTreeMap<String, String>,
        answers: BTreeMap<String, (AnswerValue, Option<String>)>,
    }

    impl Screen {
        fn of(brief: &Brief) -> Self {
            let mut screen = Screen::default();
            for fact in Fact::ALL {
                if let Some(value) = fact.get(&brief.project) {
                    screen.facts.insert(fact.label(Lang::En), value);
                }
            }
            for a in &brief.answers {
                screen
                    .answers
                    .insert(a.question.clone(), (a.value.clone(), a.note.clone()));
            }
            screen
        }

        fn confirm(&mut self, echo: &Echo) {
            match echo {
                Echo::Fact { fact, value } => {
                    self.facts.insert(fact.label(Lang::En), value.clone());
                }
                Echo::Answer {
                    question, value, ..
                } => {
                    let note = self.answers.get(question).and_then(|a| a.1.clone());
                    self.answers.insert(question.clone(), (value.clone(), note));
                }
                Echo::NotApplicable {
                    question, reason, ..
                } => {
                    let note = self.answers.get(question).and_then(|a| a.1.clone());
                    let value = AnswerValue::NotApplicable {
                        reason: reason.clone(),
                    };
                    self.answers.insert(question.clone(), (value, note));
                }
                Echo::Note { question, note, .. } => {
                    if let Some(answer) = self.answers.get_mut(question) {
                        answer.1.clone_from(note);
                    }
                }
            }
        }
    }

    /// Plays replies and checks, before each prompt and after each confirmation,
    /// that the disk holds what the screen confirmed.
    struct Checker {
        replies: Vec<Reply>,
        screen: Screen,
        disk: Rc<RefCell<Brief>>,
    }

    impl Checker {
        fn check(&self) {
            assert_eq!(Screen::of(&self.disk.borrow()), self.screen);
        }
    }

    impl Prompter for Checker {
        fn ask(&mut self, _: &Request<'_>) -> anyhow::Result<Reply> {
            self.check();
            Ok(self.replies.pop().unwrap_or(Reply::Interrupted))
        }

        fn echo(&mut self, echo: &Echo) -> anyhow::Result<()> {
            self.screen.confirm(echo);
            self.check();
            Ok(())
        }
    }

    fn raw() -> impl Strategy<Value = Raw> {
        prop_oneof![
            any::<bool>().prop_map(Raw::YesNo),
            (0u8..6).prop_map(Raw::Level),
            prop::sample::select(vec!["pre-sales", "after-sales", "x"])
                .prop_map(|id| Raw::Choice(id.to_owned())),
            prop::sample::subsequence(vec!["phone", "email", "chat", "x"], 0..=3)
                .prop_map(|ids| Raw::Multi(ids.into_iter().map(str::to_owned).collect())),
            prop::sample::select(vec!["12", "12,5", "1e3", "0", "40 contacts", ""])
                .prop_map(|n| Raw::Number(n.to_owned())),
            prop::sample::select(vec![
                "",
                "Acme",
                "  note  ",
                ":back",
                "2026-02-30",
                "2026-11-21"
            ])
            .prop_map(|t| Raw::Text(t.to_owned())),
        ]
    }

    fn reply() -> impl Strategy<Value = Reply> {
        prop_oneof![
            6 => raw().prop_map(Reply::Answer),
            1 => prop::sample::select(vec!["", "  ", "no phone line"]).prop_map(|r| {
                Reply::NotApplicable {
                    reason: r.to_owned(),
                }
            }),
            2 => Just(Reply::Skip),
            2 => Just(Reply::Back),
            1 => Just(Reply::Quit),
            1 => Just(Reply::Interrupted),
        ]
    }

    proptest! {
        #[test]
        fn the_disk_holds_what_the_screen_confirmed(
            replies in prop::collection::vec(reply(), 0..60),
            resume in any::<bool>(),
            review in any::<bool>(),
        ) {
            let q = mini();
            let existing = if resume { partial_brief() } else { Brief::default() };
            let disk = Rc::new(RefCell::new(existing.clone()));
            let mut session = Session::new(vec![&q], &existing, today(), review, Lang::En);
            let mut checker = Checker {
                replies: replies.into_iter().rev().collect(),
                screen: Screen::of(&existing),
                disk: Rc::clone(&disk),
            };
            let end = run(
                &mut session,
                &mut checker,
                &mut |s: &Session<'_>| {
                    *disk.borrow_mut() = s.brief();
                    Ok(())
                },
                &|| false,
            )
            .unwrap();
            checker.check();
            // What the session holds at the end is on disk too.
            prop_assert_eq!(Screen::of(&session.brief()), Screen::of(&disk.borrow()));
            prop_assert!(matches!(end, End::Finished | End::Quit | End::Interrupted));
        }
    }
}
