//! A list of answers read key by key: one answer to choose, or options to tick.
//!
//! Only the answers are items: the actions (back, help, not applicable, skip,
//! quit) are keys and `:` commands listed in the footer, so Enter can never turn
//! an action into an answer. Digits pick an option, Home and End jump, and
//! nothing is pre-selected unless the brief already has an answer.

use std::io;

use dialoguer::console::{Key, Term, measure_text_width, style};

use super::command::{Command, parse_command};
use super::layout::{fit, wrap};
use super::text;
use crate::lang::Lang;

/// What the list gave back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Outcome {
    /// The chosen answer (a single-answer list).
    Chosen(usize),
    /// The ticked options, in list order (a tick list); empty means "none of these".
    Ticked(Vec<usize>),
    /// A command: a key (←, ?, Esc) or a typed `:command`.
    Command(Command),
    /// Ctrl-C.
    Interrupted,
}

/// One list on screen.
pub(super) struct List<'a> {
    pub(super) term: &'a Term,
    pub(super) lang: Lang,
    pub(super) labels: Vec<String>,
    /// `Some` for a tick list: the ticks, and which options stand alone.
    pub(super) ticks: Option<(Vec<bool>, Vec<bool>)>,
    /// Whether Enter with nothing ticked may mean "none of these".
    pub(super) allows_empty: bool,
    pub(super) cursor: Option<usize>,
    /// Whether Enter with nothing chosen or ticked keeps the current answer (a
    /// not-applicable answer, which no item shows).
    pub(super) keeps_current: bool,
    pub(super) can_go_back: bool,
    pub(super) width: usize,
}

/// What the list shows below the options: the footer, a message, or the command
/// being typed.
#[derive(Debug, PartialEq, Eq)]
enum Mode {
    Keys(Option<String>),
    /// Enter with nothing ticked: "none of these?".
    ConfirmNone,
    Typing(String),
}

impl List<'_> {
    /// Runs the list until an answer, a command or Ctrl-C. The list is cleared
    /// afterwards: the caller confirms what was chosen once it is saved.
    pub(super) fn run(mut self) -> io::Result<Outcome> {
        let _ = self.term.hide_cursor();
        let mut mode = Mode::Keys(None);
        let mut drawn = 0;
        let outcome = loop {
            self.term.clear_last_lines(drawn)?;
            drawn = self.draw(&mode)?;
            let key = match self.term.read_key() {
                Ok(key) => key,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => break Outcome::Interrupted,
                Err(e) => return Err(e),
            };
            mode = match mode {
                Mode::Typing(typed) => match self.typing(typed, key) {
                    Ok(outcome) => break outcome,
                    Err(mode) => mode,
                },
                Mode::ConfirmNone => match key {
                    Key::Char(key) if text::is_yes(key) => break Outcome::Ticked(Vec::new()),
                    _ => Mode::Keys(None),
                },
                Mode::Keys(_) => match self.key(key) {
                    Ok(outcome) => break outcome,
                    Err(mode) => mode,
                },
            };
        };
        self.term.clear_last_lines(drawn)?;
        let _ = self.term.show_cursor();
        Ok(outcome)
    }

    /// A key in the list; `Err(mode)` to stay.
    fn key(&mut self, key: Key) -> Result<Outcome, Mode> {
        let count = self.labels.len();
        match key {
            Key::ArrowDown | Key::Tab => {
                self.cursor = Some(self.cursor.map_or(0, |c| (c + 1).min(count - 1)));
            }
            Key::ArrowUp | Key::BackTab => {
                self.cursor = Some(self.cursor.map_or(count - 1, |c| c.saturating_sub(1)));
            }
            Key::Home | Key::PageUp => self.cursor = Some(0),
            Key::End | Key::PageDown => self.cursor = Some(count - 1),
            Key::Char(c @ '1'..='9') => {
                let index = c as usize - '1' as usize;
                if index >= count {
                    return Err(Mode::Keys(Some(text::no_such_option(index + 1, self.lang))));
                }
                self.cursor = Some(index);
                if self.ticks.is_none() {
                    return Ok(Outcome::Chosen(index));
                }
                return Err(Mode::Keys(self.toggle(index)));
            }
            Key::Char(' ') => match self.cursor {
                Some(index) if self.ticks.is_some() => return Err(Mode::Keys(self.toggle(index))),
                _ => {}
            },
            Key::Enter => return self.enter(),
            Key::Escape => return Ok(Outcome::Command(Command::Skip)),
            Key::ArrowLeft | Key::Backspace if self.can_go_back => {
                return Ok(Outcome::Command(Command::Back));
            }
            Key::Char('?') => return Ok(Outcome::Command(Command::Help)),
            Key::Char(':') => return Err(Mode::Typing(":".to_owned())),
            _ => return Err(Mode::Keys(Some(text::unknown_key(self.lang).to_owned()))),
        }
        Err(Mode::Keys(None))
    }

    fn enter(&mut self) -> Result<Outcome, Mode> {
        let Some((ticks, _)) = &self.ticks else {
            return match self.cursor {
                Some(index) => Ok(Outcome::Chosen(index)),
                None if self.keeps_current => Ok(Outcome::Command(Command::Skip)),
                None => Err(Mode::Keys(Some(text::choose_first(self.lang).to_owned()))),
            };
        };
        let ticked: Vec<usize> = (0..ticks.len()).filter(|i| ticks[*i]).collect();
        if !ticked.is_empty() {
            return Ok(Outcome::Ticked(ticked));
        }
        if self.keeps_current {
            Ok(Outcome::Command(Command::Skip))
        } else if self.allows_empty {
            Err(Mode::ConfirmNone)
        } else {
            Err(Mode::Keys(Some(text::tick_first(self.lang).to_owned())))
        }
    }

    /// Ticks or unticks an option; an option that stands alone is never ticked
    /// with another. Returns the message to show, if any.
    fn toggle(&mut self, index: usize) -> Option<String> {
        let (ticks, alone) = self.ticks.as_mut()?;
        if ticks[index] {
            ticks[index] = false;
            return None;
        }
        let others = (0..ticks.len()).any(|i| i != index && ticks[i]);
        let alone_ticked = (0..ticks.len()).find(|i| *i != index && ticks[*i] && alone[*i]);
        if alone[index] && others {
            return Some(text::untick_others(&self.labels[index], self.lang));
        }
        if let Some(other) = alone_ticked {
            return Some(text::untick_alone(&self.labels[other], self.lang));
        }
        ticks[index] = true;
        None
    }

    /// A key while typing a `:command`; `Err(mode)` to stay.
    fn typing(&self, mut typed: String, key: Key) -> Result<Outcome, Mode> {
        match key {
            Key::Enter => match parse_command(&typed) {
                Some(Command::Back) if !self.can_go_back => {
                    Err(Mode::Keys(Some(text::first_step(self.lang).to_owned())))
                }
                Some(command) => Ok(Outcome::Command(command)),
                None => Err(Mode::Keys(Some(text::unknown_command(&typed, self.lang)))),
            },
            Key::Escape => Err(Mode::Keys(None)),
            Key::Backspace => {
                typed.pop();
                if typed.is_empty() {
                    Err(Mode::Keys(None))
                } else {
                    Err(Mode::Typing(typed))
                }
            }
            Key::Char(c) if !c.is_control() => {
                typed.push(c);
                Err(Mode::Typing(typed))
            }
            _ => Err(Mode::Typing(typed)),
        }
    }

    /// Draws the list and what is below it; returns the number of lines written.
    fn draw(&self, mode: &Mode) -> io::Result<usize> {
        let mut lines = Vec::new();
        let room = self.width.saturating_sub(10);
        for (i, label) in self.labels.iter().enumerate() {
            let pointer = if self.cursor == Some(i) { "❯" } else { " " };
            let number = if i < 9 {
                format!("{}.", i + 1)
            } else {
                "  ".to_owned()
            };
            let tick = match &self.ticks {
                Some((ticks, _)) if ticks[i] => "[x] ",
                Some(_) => "[ ] ",
                None => "",
            };
            let line = format!("{pointer} {number} {tick}{}", fit(label, room));
            lines.push(if self.cursor == Some(i) {
                style(line).cyan().to_string()
            } else {
                line
            });
        }
        let footer = text::list_footer(
            self.ticks.is_some(),
            self.labels.len(),
            self.can_go_back,
            self.lang,
        );
        for line in wrap(&footer, self.width) {
            lines.push(style(line).dim().to_string());
        }
        match mode {
            Mode::Keys(Some(message)) => {
                lines.push(style(format!("✘ {message}")).yellow().to_string());
            }
            Mode::Keys(None) => {}
            Mode::ConfirmNone => lines.push(
                style(text::confirm_none(self.lang))
                    .yellow()
                    .bold()
                    .to_string(),
            ),
            Mode::Typing(typed) => lines.push(format!("{typed}█")),
        }
        let columns = usize::from(self.term.size().1).max(1);
        let mut rows = 0;
        for line in &lines {
            self.term.write_line(line)?;
            rows += measure_text_width(line).max(1).div_ceil(columns);
        }
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(term: &Term, ticks: Option<(Vec<bool>, Vec<bool>)>, keeps_current: bool) -> List<'_> {
        List {
            term,
            lang: Lang::En,
            labels: vec!["Yes".to_owned(), "No".to_owned()],
            ticks,
            allows_empty: true,
            cursor: None,
            keeps_current,
            can_go_back: true,
            width: 80,
        }
    }

    #[test]
    fn an_option_that_stands_alone_says_what_to_untick() {
        let term = Term::stderr();
        let alone = vec![false, true];
        // "Yes" ticked, then "No" (alone): the others must go first.
        let mut one = list(&term, Some((vec![true, false], alone.clone())), false);
        assert_eq!(
            one.toggle(1).as_deref(),
            Some("“No” is an answer on its own: untick the other options first")
        );
        // "No" (alone) ticked, then "Yes": "No" must go first.
        let mut two = list(&term, Some((vec![false, true], alone)), false);
        assert_eq!(
            two.toggle(0).as_deref(),
            Some("“No” is ticked and is an answer on its own: untick it first")
        );
        // Nothing changed, and unticking works.
        assert_eq!(
            two.ticks.as_ref().map(|t| t.0.clone()),
            Some(vec![false, true])
        );
        assert_eq!(two.toggle(1), None);
        assert_eq!(two.toggle(0), None);
        assert_eq!(two.ticks.map(|t| t.0), Some(vec![true, false]));
    }

    #[test]
    fn enter_with_nothing_chosen_keeps_a_not_applicable_answer() {
        let term = Term::stderr();
        let skip = Ok(Outcome::Command(Command::Skip));
        assert_eq!(list(&term, None, true).enter(), skip);
        let none_ticked = Some((vec![false, false], vec![false, false]));
        assert_eq!(list(&term, none_ticked.clone(), true).enter(), skip);
        // Without a current answer, Enter still asks for one.
        assert!(list(&term, None, false).enter().is_err());
        assert_eq!(
            list(&term, none_ticked, false).enter(),
            Err(Mode::ConfirmNone)
        );
        // Once an answer is chosen, Enter takes it.
        let mut chosen = list(&term, None, true);
        chosen.cursor = Some(1);
        assert_eq!(chosen.enter(), Ok(Outcome::Chosen(1)));
    }
}
