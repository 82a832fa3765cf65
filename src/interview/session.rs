//! The interview's state: the walk over facts and questions, the answers so far
//! and the position. A [`Reply`] moves it; [`Session::brief`] is what is saved.

use jiff::civil::Date;

use super::fact::{Fact, parse_date};
use super::reply::{Applied, End, Raw, Reply};
use super::request::{Asking, Opening, Recorded, Request};
use super::value::check_value;
use crate::lang::Lang;
use crate::model::brief::{Answer, AnswerValue, Brief, Project};
use crate::model::questionnaire::Questionnaire;

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
    /// already on disk (`Brief::default()` for a new one). `today` is the
    /// consultant's local date, the default of the project date.
    pub fn new(
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
            project: existing.project.clone(),
            answers,
            position,
            known,
            error: None,
            today: today.to_string(),
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
        if fact == Fact::Date && parse_date(text).is_none() {
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
