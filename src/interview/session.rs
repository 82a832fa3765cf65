//! The interview's state: the walk over facts and questions, the answers so far
//! and the position. A [`Reply`] moves it; [`Session::brief`] is what is saved.

use jiff::civil::Date;

use super::fact::{Fact, parse_date};
use super::reply::{Applied, Echo, End, Raw, Reply};
use super::request::{Asking, Opening, Recorded, Request, Stage};
use super::twin::{self, Twin};
use super::value::{check_value, describe};
use crate::lang::Lang;
use crate::model::brief::{Answer, AnswerValue, Brief, Project};
use crate::model::questionnaire::{Kind, Question, Questionnaire};

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

/// The interview's state.
#[derive(Clone, Debug)]
pub(crate) struct Session<'q> {
    lang: Lang,
    questionnaires: Vec<&'q Questionnaire>,
    /// Questionnaire ids the brief lists: the existing ones, then the asked ones.
    listed: Vec<String>,
    items: Vec<Item>,
    project: Project,
    /// The answers, parallel to `items` (always `None` for facts).
    answers: Vec<Option<Recorded>>,
    position: usize,
    /// What is asked about the question at `position`.
    stage: Stage,
    /// Steps answered before this session, passed over when moving forward
    /// (all `false` with `--review`).
    known: Vec<bool>,
    error: Option<String>,
    today: Date,
    opening: Opening,
    /// Answers of the brief to questions of questionnaires not asked in this
    /// session: a `same-as` twin may be among them.
    elsewhere: Vec<(&'q Questionnaire, &'q Question, AnswerValue)>,
}

impl<'q> Session<'q> {
    /// Starts an interview over `questionnaires` (in asking order), from the brief
    /// already on disk (`Brief::default()` for a new one). `today` is the
    /// consultant's local date, the default of the project date.
    pub(crate) fn new(
        questionnaires: Vec<&'q Questionnaire>,
        existing: &Brief,
        today: Date,
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
            // The brief remembers the language it was started in; a resumed brief
            // keeps its own, so `--lang` changes one run, not the file.
            project: Project {
                lang: existing.project.lang.or(Some(lang)),
                ..existing.project.clone()
            },
            answers,
            position,
            stage: Stage::Answer,
            known,
            error: None,
            today,
            opening,
            elsewhere: Vec::new(),
        }
    }

    /// Takes the brief's answers to questions of the loaded questionnaires that
    /// this session does not ask, so that a `same-as` twin answered there is
    /// shown (see [`twin`]).
    #[must_use]
    pub(crate) fn with_answers_elsewhere(
        mut self,
        all: &'q [Questionnaire],
        existing: &Brief,
    ) -> Self {
        for answer in &existing.answers {
            if self
                .questionnaires
                .iter()
                .any(|q| q.id == answer.questionnaire)
            {
                continue;
            }
            let found =
                all.iter()
                    .find(|q| q.id == answer.questionnaire)
                    .and_then(|questionnaire| {
                        Some((questionnaire, questionnaire.question(&answer.question)?))
                    });
            if let Some((questionnaire, question)) = found {
                self.elsewhere
                    .push((questionnaire, question, answer.value.clone()));
            }
        }
        self
    }

    /// The questions answered in this session (not-applicable included), in order.
    fn answered(&self) -> impl Iterator<Item = (&'q Questionnaire, &'q Question, &Recorded)> {
        self.items
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
                    Some((questionnaire, &questionnaire.questions[*question], recorded))
                }
                _ => None,
            })
    }

    /// The answered question that asks the same fact as the unanswered one at
    /// the position, from this session first, then from the rest of the brief.
    fn twin(&self, questionnaire: &'q Questionnaire, question: &'q Question) -> Option<Twin> {
        let asked = self
            .answered()
            .map(|(questionnaire, question, recorded)| (questionnaire, question, &recorded.value));
        let elsewhere = self.elsewhere.iter().map(|(qn, q, value)| (*qn, *q, value));
        twin::find((questionnaire, question), asked.chain(elsewhere), self.lang)
    }

    pub(crate) fn opening(&self) -> Opening {
        self.opening
    }

    /// Answered questions (not-applicable included) and the number of questions.
    pub(crate) fn progress(&self) -> (usize, usize) {
        let answered = self.answers.iter().filter(|a| a.is_some()).count();
        (answered, self.items.len() - Fact::ALL.len())
    }

    #[cfg(test)]
    pub(crate) fn is_done(&self) -> bool {
        self.position >= self.items.len()
    }

    /// What to ask now; `None` once past the last question.
    pub(crate) fn request(&self) -> Option<Request<'_>> {
        let lang = self.lang;
        let asking = match *self.items.get(self.position)? {
            Item::Fact(fact) => Asking::Fact {
                fact,
                default: fact
                    .get(&self.project)
                    .or_else(|| (fact == Fact::Date).then(|| self.today.to_string())),
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
                    stage: self.stage,
                    twin: match (&self.answers[self.position], self.stage) {
                        (None, Stage::Answer) => self.twin(questionnaire, question),
                        _ => None,
                    },
                }
            }
        };
        Some(Request {
            asking,
            error: self.error.clone(),
            can_go_back: self.position > 0 || self.stage != Stage::Answer,
        })
    }

    /// Applies the consultant's reply: what was recorded (to save, then confirm),
    /// a move, or the end.
    pub(crate) fn apply(&mut self, reply: Reply) -> Applied {
        self.error = None;
        let Some(&item) = self.items.get(self.position) else {
            return Applied::Ended(End::Finished);
        };
        match (reply, item) {
            (Reply::Quit, _) => Applied::Ended(End::Quit),
            (Reply::Interrupted, _) => Applied::Ended(End::Interrupted),
            (Reply::Back, _) => {
                self.go_back();
                Applied::Moved
            }
            (Reply::Skip, _) => {
                self.advance();
                Applied::Moved
            }
            (reply, Item::Fact(fact)) => self.apply_fact(fact, reply),
            (reply, Item::Question { .. }) => match self.stage {
                Stage::Answer => self.apply_answer(reply),
                Stage::Note => self.apply_note(reply),
                Stage::Reason => self.apply_reason(reply),
            },
        }
    }

    /// Refuses the reply with the catalogue message `id`.
    fn fail(&mut self, id: &str) -> Applied {
        self.error = Some(crate::tr!(self.lang, id));
        Applied::Moved
    }

    /// Back to the question from its note or reason, else to the previous step.
    fn go_back(&mut self) {
        if self.stage != Stage::Answer {
            self.stage = Stage::Answer;
        } else if self.position == 0 {
            self.fail("prompt-first-step");
        } else {
            self.position -= 1;
        }
    }

    fn apply_fact(&mut self, fact: Fact, reply: Reply) -> Applied {
        match reply {
            Reply::Answer(Raw::Text(text)) => self.record_fact(fact, &text),
            Reply::Answer(_) => self.fail("session-expected-text"),
            _ => self.fail("session-fact-not-applicable"),
        }
    }

    fn apply_answer(&mut self, reply: Reply) -> Applied {
        match reply {
            Reply::NotApplicable { reason } => self.not_applicable(&reason),
            Reply::Answer(raw) => {
                let question = self.question();
                match check_value(question, raw, self.lang) {
                    Ok(value) => {
                        // Text answers need no note: the text is the note.
                        let next = match question.kind {
                            Kind::Text => None,
                            _ => Some(Stage::Note),
                        };
                        let note = self.current_note();
                        self.record(Recorded { value, note }, next)
                    }
                    Err(reason) => {
                        self.error = Some(reason);
                        Applied::Moved
                    }
                }
            }
            _ => Applied::Moved,
        }
    }

    fn apply_note(&mut self, reply: Reply) -> Applied {
        match reply {
            Reply::NotApplicable { reason } => self.not_applicable(&reason),
            Reply::Answer(Raw::Text(text)) => {
                let note = Some(text.trim().to_owned()).filter(|n| !n.is_empty());
                let Some(recorded) = self.answers[self.position].as_mut() else {
                    self.advance();
                    return Applied::Moved;
                };
                let changed = recorded.note != note;
                recorded.note.clone_from(&note);
                let (questionnaire, question) = self.ids();
                self.advance();
                if !changed && note.is_none() {
                    return Applied::Moved;
                }
                Applied::Recorded {
                    changed,
                    echo: Echo::Note {
                        questionnaire,
                        question,
                        note,
                    },
                }
            }
            _ => self.fail("session-expected-note"),
        }
    }

    fn apply_reason(&mut self, reply: Reply) -> Applied {
        let reason = match reply {
            Reply::NotApplicable { reason } | Reply::Answer(Raw::Text(reason)) => reason,
            _ => return self.fail("session-expected-reason"),
        };
        if reason.trim().is_empty() {
            // Nothing said: back to the question.
            self.stage = Stage::Answer;
            return Applied::Moved;
        }
        self.not_applicable(&reason)
    }

    /// Records "not applicable" with its reason, or asks the reason when empty.
    fn not_applicable(&mut self, reason: &str) -> Applied {
        let reason = reason.trim();
        if reason.is_empty() {
            self.stage = Stage::Reason;
            return Applied::Moved;
        }
        let note = self.current_note();
        self.record(
            Recorded {
                value: AnswerValue::NotApplicable {
                    reason: reason.to_owned(),
                },
                note,
            },
            None,
        )
    }

    fn question(&self) -> &'q Question {
        match self.items[self.position] {
            Item::Question {
                questionnaire,
                question,
            } => &self.questionnaires[questionnaire].questions[question],
            Item::Fact(_) => unreachable!("a question step"),
        }
    }

    /// The questionnaire and question ids at the position.
    fn ids(&self) -> (String, String) {
        match self.items[self.position] {
            Item::Question {
                questionnaire,
                question,
            } => {
                let questionnaire = self.questionnaires[questionnaire];
                (
                    questionnaire.id.clone(),
                    questionnaire.questions[question].id.clone(),
                )
            }
            Item::Fact(_) => (String::new(), String::new()),
        }
    }

    fn current_note(&self) -> Option<String> {
        self.answers[self.position]
            .as_ref()
            .and_then(|a| a.note.clone())
    }

    /// Moves to the next step, passing over those answered before this session:
    /// resuming asks what is missing, `--review` asks everything.
    fn advance(&mut self) {
        self.stage = Stage::Answer;
        self.position += 1;
        while self.known.get(self.position) == Some(&true) {
            self.position += 1;
        }
    }

    /// Records the answer at the position, then moves to `next` (its note), or to
    /// the next step.
    fn record(&mut self, recorded: Recorded, next: Option<Stage>) -> Applied {
        let (questionnaire, question) = self.ids();
        let echo = match &recorded.value {
            AnswerValue::NotApplicable { reason } => Echo::NotApplicable {
                questionnaire,
                question,
                reason: reason.clone(),
            },
            value => Echo::Answer {
                questionnaire,
                question,
                shown: describe(self.question(), value, self.lang),
                value: value.clone(),
            },
        };
        let slot = &mut self.answers[self.position];
        let changed = slot.as_ref() != Some(&recorded);
        *slot = Some(recorded);
        match next {
            Some(stage) => self.stage = stage,
            None => self.advance(),
        }
        Applied::Recorded { changed, echo }
    }

    fn record_fact(&mut self, fact: Fact, text: &str) -> Applied {
        let text = text.trim();
        if text.is_empty() {
            self.advance();
            return Applied::Moved;
        }
        if fact == Fact::Date && parse_date(text).is_none() {
            self.error = Some(crate::tr!(self.lang, "session-not-a-date", typed = text));
            return Applied::Moved;
        }
        let changed = fact.set(&mut self.project, text);
        self.advance();
        Applied::Recorded {
            changed,
            echo: Echo::Fact {
                fact,
                value: text.to_owned(),
            },
        }
    }

    /// The brief as the interview holds it: project facts, the listed
    /// questionnaires and the answers to the asked questions, in questionnaire order.
    pub(crate) fn brief(&self) -> Brief {
        let answers = self
            .answered()
            .map(|(questionnaire, question, recorded)| Answer {
                questionnaire: questionnaire.id.clone(),
                question: question.id.clone(),
                value: recorded.value.clone(),
                note: recorded.note.clone(),
                span: None,
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
