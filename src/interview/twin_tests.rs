//! `same-as` twins in the interview, played by scripts over the fixture
//! questionnaires `tests/fixtures/twins/owner-{a,b,c}.toml`: owner-a.steering
//! is a choice (named 1.0, part-time 0.6, none 0.0); owner-b.involved and
//! owner-c.results are yes-no (yes 1, no 0) linked to it.

use super::*;
use crate::diag::SourceFile;
use crate::lang::Lang;
use crate::model::brief::{Answer, AnswerValue, Brief};
use crate::model::questionnaire::Questionnaire;
use crate::validate::questionnaire::{check_links, validate_questionnaire};

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 30)
}

/// The five project facts, typed (the date as today's).
fn facts() -> Vec<Reply> {
    ["Support", "Acme", "b2b", "Claire", "2026-11-30"]
        .map(|t| Reply::Answer(Raw::Text(t.to_owned())))
        .to_vec()
}

fn choice(id: &str) -> Reply {
    Reply::Answer(Raw::Choice(id.to_owned()))
}

fn yes_no(yes: bool) -> Reply {
    Reply::Answer(Raw::YesNo(yes))
}

/// What Enter sends on a list whose cursor is on the twin's pre-selected
/// answer (`src/prompt/mod.rs` starts the cursor there).
fn enter_on(twin: &Twin) -> Reply {
    match twin.preselect {
        Some(AnswerValue::YesNo(yes)) => yes_no(yes),
        Some(AnswerValue::Choice(ref id)) => choice(id),
        ref other => panic!("no list answer: {other:?}"),
    }
}

/// Applies `replies` at the fact and answer prompts (Enter at each note prompt)
/// as `interview::run` does; returns the brief after each change, as saved.
fn drive(session: &mut Session<'_>, replies: Vec<Reply>) -> Vec<Brief> {
    let mut saved = Vec::new();
    for reply in replies {
        if let Applied::Recorded { changed: true, .. } = session.apply(reply) {
            saved.push(session.brief());
        }
        while let Some(Request {
            asking: Asking::Question {
                stage: Stage::Note, ..
            },
            ..
        }) = session.request()
        {
            session.apply(Reply::Skip);
        }
    }
    saved
}

fn twins() -> Vec<Questionnaire> {
    let files = [
        (
            "owner-a.toml",
            include_str!("../../tests/fixtures/twins/owner-a.toml"),
        ),
        (
            "owner-b.toml",
            include_str!("../../tests/fixtures/twins/owner-b.toml"),
        ),
        (
            "owner-c.toml",
            include_str!("../../tests/fixtures/twins/owner-c.toml"),
        ),
    ];
    let all: Vec<Questionnaire> = files
        .iter()
        .map(|(path, text)| {
            let (q, diagnostics) = validate_questionnaire(&SourceFile::new(*path, *text), Lang::En);
            assert!(diagnostics.is_empty(), "{diagnostics:?}");
            q.unwrap()
        })
        .collect();
    assert!(check_links(&all, Lang::En).is_empty());
    all
}

/// The twin of the question asked now (the session must be at a question).
fn twin_now(session: &Session<'_>) -> Option<Twin> {
    match session.request().unwrap().asking {
        Asking::Question { twin, current, .. } => {
            // Offered only for an unanswered question, never as its answer.
            assert!(twin.is_none() || current.is_none());
            twin
        }
        Asking::Fact { .. } => panic!("a fact is asked"),
    }
}

fn value<'a>(brief: &'a Brief, questionnaire: &str, question: &str) -> Option<&'a AnswerValue> {
    brief.answer(questionnaire, question).map(|a| &a.value)
}

#[test]
fn a_bottom_answer_is_pre_selected_as_no_and_saved_only_once_confirmed() {
    let all = twins();
    let mut session = Session::new(
        all.iter().collect(),
        &Brief::default(),
        today(),
        false,
        Lang::En,
    );
    let mut script = facts();
    // owner-a.steering "none" (score 0) …
    script.push(choice("none"));
    let saved = drive(&mut session, script);
    // … the session now waits at owner-b.involved: "no" scores 0 too.
    let twin = twin_now(&session).unwrap();
    assert_eq!(
        twin,
        Twin {
            from: "owner-a.steering".to_owned(),
            notice: "Same fact as owner-a.steering, which was answered “No”: the same answer is pre-selected; Enter confirms it.".to_owned(),
            preselect: Some(AnswerValue::YesNo(false)),
        }
    );
    // Shown, not recorded: the last save has no answer to owner-b.involved.
    assert_eq!(value(saved.last().unwrap(), "owner-b", "involved"), None);

    // Enter confirms it; budget answered; owner-c.results is pre-selected from
    // owner-a.steering (the first answered twin), and Enter confirms it too.
    drive(&mut session, vec![enter_on(&twin), yes_no(true)]);
    let twin = twin_now(&session).unwrap();
    assert_eq!(twin.from, "owner-a.steering");
    let saved = drive(&mut session, vec![enter_on(&twin)]);
    assert!(session.is_done());
    let brief = saved.last().unwrap();
    assert_eq!(
        value(brief, "owner-b", "involved"),
        Some(&AnswerValue::YesNo(false))
    );
    assert_eq!(
        value(brief, "owner-c", "results"),
        Some(&AnswerValue::YesNo(false))
    );
}

#[test]
fn a_middle_answer_is_only_shown_and_enter_records_nothing() {
    let all = twins();
    let mut session = Session::new(
        vec![&all[0], &all[1]],
        &Brief::default(),
        today(),
        false,
        Lang::En,
    );
    let mut script = facts();
    // "part-time" scores 0.6: neither yes (1) nor no (0) says the same.
    script.push(choice("part-time"));
    drive(&mut session, script);
    let twin = twin_now(&session).unwrap();
    assert_eq!(twin.preselect, None);
    assert_eq!(
        twin.notice,
        "Same fact as owner-a.steering, which was answered “Yes, on top of their job”: no answer here says exactly the same; choose one."
    );
    // Enter with nothing selected is a skip.
    let saved = drive(&mut session, vec![Reply::Skip, yes_no(true)]);
    let brief = saved.last().unwrap();
    assert_eq!(value(brief, "owner-b", "involved"), None);
    assert_eq!(
        value(brief, "owner-b", "budget"),
        Some(&AnswerValue::YesNo(true))
    );
}

#[test]
fn a_yes_is_not_turned_into_a_richer_option() {
    // owner-b first: "yes" (1) could be "named" (1.0) only by guessing that the
    // person has dedicated time, so the choice gets the notice alone.
    let all = twins();
    let mut session = Session::new(
        vec![&all[1], &all[0]],
        &Brief::default(),
        today(),
        false,
        Lang::En,
    );
    let mut script = facts();
    script.push(yes_no(true));
    script.push(yes_no(true));
    drive(&mut session, script);
    let twin = twin_now(&session).unwrap();
    assert_eq!(twin.from, "owner-b.involved");
    assert_eq!(twin.preselect, None);
}

#[test]
fn a_twin_answered_in_another_questionnaire_of_the_brief_is_offered_in_french() {
    let all = twins();
    let existing = Brief {
        questionnaires: vec!["owner-a".to_owned()],
        answers: vec![Answer {
            questionnaire: "owner-a".to_owned(),
            question: "steering".to_owned(),
            value: AnswerValue::Choice("named".to_owned()),
            note: None,
            span: None,
        }],
        ..Brief::default()
    };
    let session = Session::new(vec![&all[2]], &existing, today(), false, Lang::Fr)
        .with_answers_elsewhere(&all, &existing);
    // A new brief for this session's questionnaire: the facts come first.
    let mut session = session;
    drive(&mut session, facts());
    let twin = twin_now(&session).unwrap();
    assert_eq!(twin.preselect, Some(AnswerValue::YesNo(true)));
    assert_eq!(
        twin.notice,
        "Même fait que owner-a.steering, auquel vous avez répondu «\u{a0}Oui, avec du temps dédié\u{a0}»\u{a0}: la même réponse est présélectionnée\u{a0}; Entrée la confirme."
    );
    // Without the other questionnaires, nothing is known.
    let mut alone = Session::new(vec![&all[2]], &existing, today(), false, Lang::Fr);
    drive(&mut alone, facts());
    assert_eq!(twin_now(&alone), None);
}

#[test]
fn twins_that_disagree_are_all_shown_and_nothing_is_pre_selected() {
    // owner-a.steering "part-time" (no yes-no says the same) and owner-b.involved
    // "no" (owner-c.results could take "no" from it alone): owner-c gets both.
    let all = twins();
    let mut session = Session::new(
        all.iter().collect(),
        &Brief::default(),
        today(),
        false,
        Lang::Fr,
    );
    let mut script = facts();
    script.extend([choice("part-time"), yes_no(false), yes_no(true)]);
    drive(&mut session, script);
    let twin = twin_now(&session).unwrap();
    assert_eq!(twin.preselect, None);
    assert_eq!(
        twin.notice,
        "Même fait que owner-a.steering, auquel vous avez répondu «\u{a0}Oui, en plus de son poste\u{a0}»\u{a0}; \
         owner-b.involved, auquel vous avez répondu «\u{a0}Non\u{a0}»\u{a0}: choisissez la réponse qui convient ici."
    );
    // Twins that agree: both lead to "no", which is pre-selected.
    let mut session = Session::new(
        all.iter().collect(),
        &Brief::default(),
        today(),
        false,
        Lang::En,
    );
    let mut script = facts();
    script.extend([choice("none"), yes_no(false), yes_no(true)]);
    drive(&mut session, script);
    assert_eq!(
        twin_now(&session).unwrap().preselect,
        Some(AnswerValue::YesNo(false))
    );
}
