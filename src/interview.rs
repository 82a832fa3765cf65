//! The interview as a pure state machine: the chosen questionnaires, the answers so
//! far and the position; a consultant's [`Reply`] moves it to the next step.
//!
//! No I/O here. A [`Prompter`] (the terminal one lives in `src/prompt.rs`) turns a
//! [`Request`] into a reply, and [`run`] drives the loop, calling `save` after every
//! change so nothing is ever lost. The loop runs over the item index itself, which
//! is what lets the consultant go back: no prompt library has "back" built in.

use crate::lang::Lang;
use crate::model::brief::{Answer, AnswerValue, Brief, Project};
use crate::model::questionnaire::{Kind, Question, Questionnaire};
use crate::validate::brief::is_iso_date;

/// The questionnaires asked when neither the command line nor the brief names any.
pub const DEFAULT_QUESTIONNAIRES: [&str; 2] = ["ten-questions", "ten-mistakes"];

/// A project fact, asked before the questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    Name,
    Client,
    Sector,
    Author,
    Date,
}

impl Fact {
    pub const ALL: [Fact; 5] = [
        Fact::Name,
        Fact::Client,
        Fact::Sector,
        Fact::Author,
        Fact::Date,
    ];

    /// What the prompt calls it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Fact::Name => lang.pick("Project name", "Nom du projet"),
            Fact::Client => lang.pick("Client", "Client"),
            Fact::Sector => lang.pick(
                "Sector (e.g. e-commerce, b2b, utility)",
                "Secteur (par ex. e-commerce, b2b, énergie)",
            ),
            Fact::Author => lang.pick("Author (the consultant)", "Auteur (le consultant)"),
            Fact::Date => lang.pick("Date (YYYY-MM-DD)", "Date (AAAA-MM-JJ)"),
        }
    }

    fn get(self, project: &Project) -> Option<&str> {
        match self {
            Fact::Name => project.name.as_deref(),
            Fact::Client => project.client.as_deref(),
            Fact::Sector => project.sector.as_deref(),
            Fact::Author => project.author.as_deref(),
            Fact::Date => project.date.as_deref(),
        }
    }

    fn slot(self, project: &mut Project) -> &mut Option<String> {
        match self {
            Fact::Name => &mut project.name,
            Fact::Client => &mut project.client,
            Fact::Sector => &mut project.sector,
            Fact::Author => &mut project.author,
            Fact::Date => &mut project.date,
        }
    }
}

/// An answer held by the interview: its value and the consultant's note.
#[derive(Clone, Debug, PartialEq)]
pub struct Recorded {
    pub value: AnswerValue,
    pub note: Option<String>,
}

/// One step of the walk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Fact(Fact),
    /// Indexes into the chosen questionnaires and their questions.
    Question {
        questionnaire: usize,
        question: usize,
    },
}

/// What the prompter must ask now.
#[derive(Clone, Debug)]
pub struct Request<'a> {
    pub asking: Asking<'a>,
    /// Why the previous reply was refused (ask again, saying so).
    pub error: Option<String>,
    /// Whether there is a previous step to go back to.
    pub can_go_back: bool,
}

#[derive(Clone, Debug)]
pub enum Asking<'a> {
    Fact {
        fact: Fact,
        /// The current value, or today for the date: Enter keeps it.
        default: Option<&'a str>,
    },
    Question {
        questionnaire: &'a Questionnaire,
        question: &'a Question,
        /// The dimension's title in the request's language.
        dimension: &'a str,
        /// 1-based number among all the questions asked, and their count.
        number: usize,
        total: usize,
        /// The current answer: the default of the prompt.
        current: Option<&'a Recorded>,
    },
}

/// A value as the prompter got it. Numbers stay as typed: the interview parses
/// them, so an invalid one is asked again with the reason.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    YesNo(bool),
    /// Scale level, 0..=4.
    Level(u8),
    /// Choice option id.
    Choice(String),
    /// Multi option ids.
    Multi(Vec<String>),
    Number(String),
    Text(String),
}

/// What the consultant did at a prompt.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    Answer {
        value: Raw,
        note: Option<String>,
    },
    NotApplicable {
        reason: String,
    },
    Skip,
    Back,
    /// "Save and quit".
    Quit,
    /// Ctrl-C.
    Interrupted,
}

/// How the interview ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// Every step was walked through.
    Finished,
    Quit,
    Interrupted,
}

/// How the interview starts, for the opening message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Nothing answered yet.
    Fresh { total: usize },
    /// Some questions answered: starts at the first unanswered one.
    Resume { answered: usize, total: usize },
    /// Every question answered already (and no `--review`).
    Complete { total: usize },
    /// `--review`: every step, the current answers as defaults.
    Review { answered: usize, total: usize },
}

/// Asks one request at a time. `src/prompt.rs` implements it on a terminal; the
/// tests implement it with a script.
pub trait Prompter {
    fn ask(&mut self, request: &Request<'_>) -> anyhow::Result<Reply>;
}

/// The interview's state.
#[derive(Clone, Debug)]
pub struct Session<'q> {
    lang: Lang,
    questionnaires: Vec<&'q Questionnaire>,
    /// Questionnaire ids the brief lists: the existing ones, then the asked ones.
    listed: Vec<String>,
    items: Vec<Item>,
    project: Project,
    /// The answers, parallel to `items` (always `None` for facts).
    answers: Vec<Option<Recorded>>,
    position: usize,
    /// Steps answered before this session, passed over when moving forward
    /// (all `false` with `--review`).
    known: Vec<bool>,
    error: Option<String>,
    today: String,
    opening: Opening,
}

impl<'q> Session<'q> {
    /// Starts an interview over `questionnaires` (in asking order), from the brief
    /// already on disk (`Brief::default()` for a new one). `today` is `YYYY-MM-DD`.
    pub fn new(
        questionnaires: Vec<&'q Questionnaire>,
        existing: &Brief,
        today: &str,
        review: bool,
        lang: Lang,
    ) -> Self {
        let mut items: Vec<Item> = Fact::ALL.iter().map(|f| Item::Fact(*f)).collect();
        let mut answers: Vec<Option<Recorded>> = vec![None; items.len()];
        for (qi, questionnaire) in questionnaires.iter().enumerate() {
            for (i, question) in questionnaire.questions.iter().enumerate() {
                items.push(Item::Question {
                    questionnaire: qi,
                    question: i,
                });
                answers.push(
                    existing
                        .answer(&questionnaire.id, &question.id)
                        .map(|a| Recorded {
                            value: a.value.clone(),
                            note: a.note.clone(),
                        }),
                );
            }
        }
        let mut listed = existing.questionnaires.clone();
        for questionnaire in &questionnaires {
            if !listed.contains(&questionnaire.id) {
                listed.push(questionnaire.id.clone());
            }
        }
        let facts = Fact::ALL.len();
        let total = items.len() - facts;
        let answered = answers.iter().filter(|a| a.is_some()).count();
        let first_missing = |from: usize| {
            (from..items.len())
                .find(|&i| match items[i] {
                    Item::Fact(fact) => fact.get(&existing.project).is_none(),
                    Item::Question { .. } => answers[i].is_none(),
                })
                .unwrap_or(items.len())
        };
        let known: Vec<bool> = (0..items.len())
            .map(|i| {
                !review
                    && match items[i] {
                        Item::Fact(fact) => fact.get(&existing.project).is_some(),
                        Item::Question { .. } => answers[i].is_some(),
                    }
            })
            .collect();
        let (position, opening) = if review && answered > 0 {
            (0, Opening::Review { answered, total })
        } else if review {
            // Nothing to review yet: a fresh interview, from the first step.
            (0, Opening::Fresh { total })
        } else if answered == 0 {
            (first_missing(0), Opening::Fresh { total })
        } else if answered == total {
            (items.len(), Opening::Complete { total })
        } else {
            // Resuming: the facts were seen already; go to the first unanswered question.
            (first_missing(facts), Opening::Resume { answered, total })
        };
        Session {
            lang,
            questionnaires,
            listed,
            items,
            project: existing.project.clone(),
            answers,
            position,
            known,
            error: None,
            today: today.to_owned(),
            opening,
        }
    }

    pub fn opening(&self) -> Opening {
        self.opening
    }

    /// Answered questions (not-applicable included) and the number of questions.
    pub fn progress(&self) -> (usize, usize) {
        let answered = self.answers.iter().filter(|a| a.is_some()).count();
        (answered, self.items.len() - Fact::ALL.len())
    }

    pub fn is_done(&self) -> bool {
        self.position >= self.items.len()
    }

    /// What to ask now; `None` once past the last question.
    pub fn request(&self) -> Option<Request<'_>> {
        let lang = self.lang;
        let asking = match *self.items.get(self.position)? {
            Item::Fact(fact) => Asking::Fact {
                fact,
                default: fact.get(&self.project).or(match fact {
                    Fact::Date => Some(self.today.as_str()),
                    _ => None,
                }),
            },
            Item::Question {
                questionnaire,
                question,
            } => {
                let questionnaire = self.questionnaires[questionnaire];
                let question = &questionnaire.questions[question];
                let dimension = questionnaire
                    .dimension(&question.dimension)
                    .map_or(question.dimension.as_str(), |d| d.title.get(lang));
                Asking::Question {
                    questionnaire,
                    question,
                    dimension,
                    number: self.position + 1 - Fact::ALL.len(),
                    total: self.items.len() - Fact::ALL.len(),
                    current: self.answers[self.position].as_ref(),
                }
            }
        };
        Some(Request {
            asking,
            error: self.error.clone(),
            can_go_back: self.position > 0,
        })
    }

    /// Applies the consultant's reply. Returns whether the brief changed (and must
    /// be saved), or the end when the reply ends the interview.
    pub fn apply(&mut self, reply: Reply) -> Applied {
        self.error = None;
        let Some(&item) = self.items.get(self.position) else {
            return Applied::Ended(End::Finished);
        };
        match reply {
            Reply::Quit => return Applied::Ended(End::Quit),
            Reply::Interrupted => return Applied::Ended(End::Interrupted),
            Reply::Skip => self.advance(),
            Reply::Back => {
                if self.position == 0 {
                    self.error = Some(
                        self.lang
                            .pick("this is the first step", "c'est la première étape")
                            .to_owned(),
                    );
                } else {
                    self.position -= 1;
                }
            }
            Reply::NotApplicable { reason } => {
                let reason = reason.trim();
                match item {
                    Item::Fact(_) => {
                        self.error = Some(
                            self.lang
                                .pick(
                                    "a project fact cannot be not applicable; skip it instead",
                                    "une information du projet ne peut pas être sans objet ; passez-la",
                                )
                                .to_owned(),
                        );
                    }
                    Item::Question { .. } if reason.is_empty() => {
                        self.error = Some(
                            self.lang
                                .pick(
                                    "say why the question does not apply",
                                    "dites pourquoi la question ne s'applique pas",
                                )
                                .to_owned(),
                        );
                    }
                    Item::Question { .. } => {
                        let note = self.answers[self.position]
                            .as_ref()
                            .and_then(|a| a.note.clone());
                        return self.record(Recorded {
                            value: AnswerValue::NotApplicable {
                                reason: reason.to_owned(),
                            },
                            note,
                        });
                    }
                }
            }
            Reply::Answer { value, note } => match item {
                Item::Fact(fact) => return self.record_fact(fact, value),
                Item::Question {
                    questionnaire,
                    question,
                } => {
                    let question = &self.questionnaires[questionnaire].questions[question];
                    match check_value(question, value, self.lang) {
                        Ok(value) => {
                            let note = note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
                            return self.record(Recorded { value, note });
                        }
                        Err(reason) => self.error = Some(reason),
                    }
                }
            },
        }
        Applied::Moved
    }

    /// Moves to the next step, passing over those answered before this session:
    /// resuming asks what is missing, `--review` asks everything.
    fn advance(&mut self) {
        self.position += 1;
        while self.known.get(self.position) == Some(&true) {
            self.position += 1;
        }
    }

    fn record(&mut self, recorded: Recorded) -> Applied {
        let slot = &mut self.answers[self.position];
        let changed = slot.as_ref() != Some(&recorded);
        *slot = Some(recorded);
        self.advance();
        if changed {
            Applied::Changed
        } else {
            Applied::Moved
        }
    }

    fn record_fact(&mut self, fact: Fact, value: Raw) -> Applied {
        let Raw::Text(text) = value else {
            self.error = Some(
                self.lang
                    .pick("expected a text", "attendu : un texte")
                    .to_owned(),
            );
            return Applied::Moved;
        };
        let text = text.trim();
        if text.is_empty() {
            self.advance();
            return Applied::Moved;
        }
        if fact == Fact::Date && !is_iso_date(text) {
            self.error = Some(match self.lang {
                Lang::En => format!("`{text}` is not a date: expected YYYY-MM-DD"),
                Lang::Fr => format!("`{text}` n'est pas une date : attendu AAAA-MM-JJ"),
            });
            return Applied::Moved;
        }
        let slot = fact.slot(&mut self.project);
        let changed = slot.as_deref() != Some(text);
        *slot = Some(text.to_owned());
        self.advance();
        if changed {
            Applied::Changed
        } else {
            Applied::Moved
        }
    }

    /// The brief as the interview holds it: project facts, the listed
    /// questionnaires and the answers to the asked questions, in questionnaire order.
    pub fn brief(&self) -> Brief {
        let answers = self
            .items
            .iter()
            .zip(&self.answers)
            .filter_map(|(item, recorded)| match (item, recorded) {
                (
                    Item::Question {
                        questionnaire,
                        question,
                    },
                    Some(recorded),
                ) => {
                    let questionnaire = self.questionnaires[*questionnaire];
                    Some(Answer {
                        questionnaire: questionnaire.id.clone(),
                        question: questionnaire.questions[*question].id.clone(),
                        value: recorded.value.clone(),
                        note: recorded.note.clone(),
                        line: 0,
                    })
                }
                _ => None,
            })
            .collect();
        Brief {
            project: self.project.clone(),
            questionnaires: self.listed.clone(),
            answers,
            waivers: Vec::new(),
        }
    }
}

/// What a reply did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The brief changed: save it.
    Changed,
    /// Moved (or stayed, with an error to show); nothing to save.
    Moved,
    Ended(End),
}

/// Drives the interview to its end: asks, applies, and saves after every change.
/// `interrupted` is checked before each question (a Ctrl-C that arrived between
/// prompts).
pub fn run(
    session: &mut Session<'_>,
    prompter: &mut dyn Prompter,
    save: &mut dyn FnMut(&Session<'_>) -> anyhow::Result<()>,
    interrupted: &dyn Fn() -> bool,
) -> anyhow::Result<End> {
    loop {
        if interrupted() {
            return Ok(End::Interrupted);
        }
        let reply = match session.request() {
            None => return Ok(End::Finished),
            Some(request) => prompter.ask(&request)?,
        };
        match session.apply(reply) {
            Applied::Changed => save(session)?,
            Applied::Moved => {}
            Applied::Ended(end) => return Ok(end),
        }
    }
}

/// Checks a raw value against the question's kind.
fn check_value(question: &Question, raw: Raw, lang: Lang) -> Result<AnswerValue, String> {
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

/// Parses a typed number and checks it against the question's bounds. Spaces are
/// ignored (`10 000`); a decimal comma is accepted in French, a thousands comma
/// in English. The error says why: not a number, below the minimum, above the maximum.
pub fn parse_number(text: &str, kind: &Kind, lang: Lang) -> Result<f64, String> {
    let Kind::Number { min, max, unit, .. } = kind else {
        return Err(lang
            .pick("not a number question", "pas une question numérique")
            .to_owned());
    };
    let trimmed = text.trim();
    let mut cleaned: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .collect();
    cleaned = match lang {
        Lang::Fr => cleaned.replace(',', "."),
        Lang::En => cleaned.replace(',', ""),
    };
    let unit = unit.get(lang);
    let number = cleaned
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or_else(|| match lang {
            Lang::En if trimmed.is_empty() => format!("type a number ({unit})"),
            Lang::Fr if trimmed.is_empty() => format!("tapez un nombre ({unit})"),
            Lang::En => format!("`{trimmed}` is not a number"),
            Lang::Fr => format!("`{trimmed}` n'est pas un nombre"),
        })?;
    if let Some(min) = min.filter(|min| number < *min) {
        return Err(match lang {
            Lang::En => format!("{number} is below the minimum, {min} {unit}"),
            Lang::Fr => format!("{number} est inférieur au minimum, {min} {unit}"),
        });
    }
    if let Some(max) = max.filter(|max| number > *max) {
        return Err(match lang {
            Lang::En => format!("{number} is above the maximum, {max} {unit}"),
            Lang::Fr => format!("{number} est supérieur au maximum, {max} {unit}"),
        });
    }
    Ok(number)
}

/// The civil date `(year, month, day)` of a day count since 1970-01-01 (proleptic
/// Gregorian, Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// `YYYY-MM-DD` of a day count since 1970-01-01.
pub fn iso_date(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;
    use crate::diag::SourceFile;
    use crate::validate::questionnaire::validate_questionnaire;

    fn mini() -> Questionnaire {
        let file = SourceFile::new(
            "tests/interview/mini.toml",
            include_str!("../tests/interview/mini.toml"),
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
        let mut session = Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::En);
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
        let mut session = Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::En);
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
        let mut session = Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::En);
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
        let mut session = Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::En);
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
        let mut session = Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::En);
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
            let mut session =
                Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::En);
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
        let mut session = Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::En);
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
        let mut session = Session::new(vec![&q], &existing, "2026-11-22", false, Lang::En);
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
        let mut session = Session::new(vec![&q], &existing, "2026-11-22", false, Lang::En);
        let script = vec![
            answer(Raw::Choice("pre-sales".to_owned())),
            answer(Raw::Number("40".to_owned())),
            text("Nothing"),
        ];
        let (_, saved, _) = play(&mut session, script);
        existing = saved.last().unwrap().clone();
        let session = Session::new(vec![&q], &existing, "2026-11-22", false, Lang::En);
        assert_eq!(session.opening(), Opening::Complete { total: 6 });
        assert!(session.request().is_none());
    }

    #[test]
    fn review_walks_every_step_and_keeps_the_defaults() {
        let q = mini();
        let existing = partial_brief();
        let mut session = Session::new(vec![&q], &existing, "2026-11-22", true, Lang::En);
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
        let session = Session::new(vec![&q], &Brief::default(), "2026-11-22", true, Lang::En);
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
        let mut session = Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::En);
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
        let mut session = Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::Fr);
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
    fn numbers_in_both_languages() {
        let q = mini();
        let kind = &q.question("volume").unwrap().kind;
        assert_eq!(parse_number("1 200", kind, Lang::En), Ok(1200.0));
        assert_eq!(parse_number("1,200", kind, Lang::En), Ok(1200.0));
        assert_eq!(parse_number("12,5", kind, Lang::Fr), Ok(12.5));
        assert_eq!(
            parse_number("", kind, Lang::Fr),
            Err("tapez un nombre (contacts par jour)".to_owned())
        );
        assert!(parse_number("NaN", kind, Lang::En).is_err());
        assert!(parse_number("inf", kind, Lang::En).is_err());
    }

    #[test]
    fn answers_that_do_not_fit_the_kind_are_refused() {
        let q = mini();
        let mut session = Session::new(vec![&q], &Brief::default(), "2026-11-22", false, Lang::En);
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
        let session = Session::new(vec![&q, &other], &existing, "2026-11-22", false, Lang::En);
        assert_eq!(session.progress(), (0, 12));
        assert_eq!(
            session.brief().questionnaires,
            ["ten-questions", "mini", "other"]
        );
    }

    #[test]
    fn civil_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(11_016), "2000-02-29");
        assert_eq!(iso_date(20_414), "2025-11-22");
        assert_eq!(iso_date(-1), "1969-12-31");
        assert_eq!(iso_date(20_779), "2026-11-22");
    }
}
