//! The terminal side of the interview (edge): the only module that imports
//! `dialoguer` and `console`. It turns a [`Request`] into one prompt and the
//! consultant's keys into a [`Reply`]; the interview logic is in `interview/`.
//!
//! Lists ([`list`]) show only the answers; the actions are keys and commands in
//! their footer. Fields (numbers, text, notes, reasons, project facts) take the
//! same commands: `:back`, `:help`, `:na REASON`, `:skip`, `:quit` (or their French
//! names), and a note or reason that looks like a command is the command. Ctrl-C
//! comes back as [`Reply::Interrupted`]: the caller shows the cursor and exits 130,
//! everything confirmed on screen being already saved.

mod command;
mod layout;
mod list;
mod text;
mod theme;

use std::io;

use dialoguer::Input;
use dialoguer::console::{Key, Term, style};
use dialoguer::theme::{ColorfulTheme, Theme};

pub(crate) use command::{Command, parse_command};
use layout::wrap;
use list::{List, Outcome};
use theme::WizardTheme;

use crate::interview::{
    Asking, Echo, Fact, Prompter, Raw, Recorded, Reply, Request, Stage, allows_empty,
    format_number, parse_date, parse_number,
};
use crate::lang::Lang;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::{Kind, Question};

/// Prompts on standard error, as dialoguer does.
pub(crate) struct TermPrompter {
    term: Term,
    theme: WizardTheme,
    lang: Lang,
    /// Whether the last request was a project fact (the "Project" header is shown
    /// once when the facts start, not again on `:back`).
    in_facts: bool,
}

/// What a list shows: the labels, the answer on file, the ticks and which
/// options stand alone (tick lists), whether nothing ticked may be an answer.
struct Entries {
    labels: Vec<String>,
    cursor: Option<usize>,
    ticks: Option<(Vec<bool>, Vec<bool>)>,
    empty_ok: bool,
}

/// Ctrl-C during a prompt: console turns the key into an `Interrupted` read error.
fn interrupted<T>(result: dialoguer::Result<T>, lang: Lang) -> anyhow::Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(dialoguer::Error::IO(e)) if e.kind() == io::ErrorKind::Interrupted => Ok(None),
        Err(e) => Err(anyhow::Error::new(e).context(crate::tr!(lang, "prompt-failed"))),
    }
}

/// The reply a typed command stands for.
fn command_reply(command: Command) -> Option<Reply> {
    Some(match command {
        Command::Back => Reply::Back,
        Command::Skip => Reply::Skip,
        Command::Quit => Reply::Quit,
        Command::NotApplicable(reason) => Reply::NotApplicable { reason },
        Command::Help => return None,
    })
}

impl TermPrompter {
    /// `color`: whether to style the prompts.
    pub(crate) fn new(lang: Lang, color: bool) -> Self {
        dialoguer::console::set_colors_enabled_stderr(color);
        TermPrompter {
            term: Term::stderr(),
            theme: WizardTheme(ColorfulTheme::default()),
            lang,
            in_facts: false,
        }
    }

    /// Columns to wrap text at: the terminal's, at most 100 for readability.
    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(20, 100)
    }

    /// Writes lines of text on the prompt's terminal.
    pub(crate) fn say(&self, text: &str) -> io::Result<()> {
        for line in wrap(text, self.width()) {
            self.term.write_line(&line)?;
        }
        Ok(())
    }

    /// `text` wrapped at the terminal's width, for a caller that writes it itself.
    pub(crate) fn wrapped(&self, text: &str) -> String {
        wrap(text, self.width()).join("\n")
    }

    /// Writes one line as it is, never wrapped (a command to copy and paste).
    pub(crate) fn say_line(&self, line: &str) -> io::Result<()> {
        self.term.write_line(line)
    }

    /// Shows the cursor again (a list hides it, and Ctrl-C can leave it hidden).
    pub(crate) fn show_cursor(&self) {
        let _ = self.term.show_cursor();
    }

    /// A yes/no question: the yes key of any language says yes; the no key,
    /// Enter and Esc say no; `None` on Ctrl-C. Written here rather than with
    /// dialoguer's `Confirm`, whose keys and words are English only.
    pub(crate) fn confirm(&self, prompt: &str) -> anyhow::Result<Option<bool>> {
        let lang = self.lang;
        // `? Overwrite it? (y/N) ›`, in the colourful theme's styles.
        let theme = &self.theme.0;
        self.term.write_str(&format!(
            "{} {} {} {} ",
            theme.prompt_prefix,
            theme.prompt_style.apply_to(prompt),
            theme.hint_style.apply_to(text::confirm_hint(lang)),
            theme.prompt_suffix
        ))?;
        let answer = loop {
            match self.term.read_key() {
                Ok(Key::Char(key)) if text::is_yes(key) => break Some(true),
                Ok(Key::Char(key)) if text::is_no(key) => break Some(false),
                Ok(Key::Enter | Key::Escape) => break Some(false),
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => break None,
                Err(e) => {
                    return Err(anyhow::Error::new(e).context(crate::tr!(lang, "prompt-failed")));
                }
            }
        };
        self.term.clear_line()?;
        if let Some(yes) = answer {
            let word = crate::tr!(lang, if yes { "answer-yes" } else { "answer-no" });
            self.report(prompt, &word)?;
        }
        Ok(answer)
    }

    /// The line left after an answer: `✔ prompt · value`.
    fn report(&self, prompt: &str, value: &str) -> io::Result<()> {
        let mut line = String::new();
        let _ = self
            .theme
            .format_input_prompt_selection(&mut line, prompt, value);
        self.term.write_line(&line)
    }

    fn dim(&self, text: &str) -> io::Result<()> {
        for line in wrap(text, self.width()) {
            self.term.write_line(&style(line).dim().to_string())?;
        }
        Ok(())
    }

    fn error(&self, text: &str) -> io::Result<()> {
        self.term
            .write_line(&style(format!("✘ {text}")).red().to_string())
    }

    fn header(&mut self, request: &Request<'_>) -> io::Result<()> {
        let lang = self.lang;
        let was_in_facts = std::mem::replace(
            &mut self.in_facts,
            matches!(request.asking, Asking::Fact { .. }),
        );
        match &request.asking {
            Asking::Fact { .. } => {
                if !was_in_facts {
                    self.term.write_line("")?;
                    self.term
                        .write_line(&style(text::project(lang)).bold().cyan().to_string())?;
                    self.dim(&text::project_hint(lang))?;
                }
            }
            Asking::Question {
                questionnaire,
                question,
                dimension,
                number,
                total,
                stage: Stage::Answer,
                twin,
                ..
            } => {
                self.term.write_line("")?;
                self.term.write_line(
                    &style(format!(
                        "{number} / {total} · {dimension} · {}",
                        questionnaire.id
                    ))
                    .cyan()
                    .to_string(),
                )?;
                for line in wrap(question.text.get(lang), self.width()) {
                    self.term.write_line(&style(line).bold().to_string())?;
                }
                if let Some(twin) = twin {
                    self.dim(&twin.notice)?;
                }
            }
            Asking::Question { .. } => {}
        }
        if let Some(error) = &request.error {
            self.error(error)?;
        }
        Ok(())
    }

    fn show_help(&self, question: &Question) -> io::Result<()> {
        let lang = self.lang;
        for line in wrap(question.help.get(lang), self.width().saturating_sub(2)) {
            self.term
                .write_line(&style(format!("  {line}")).italic().to_string())?;
        }
        let labels: Vec<String> = match &question.kind {
            Kind::Scale { levels } => levels
                .iter()
                .map(|l| l.label.get(lang).to_owned())
                .collect(),
            Kind::Choice { options } | Kind::Multi { options } => options
                .iter()
                .map(|o| o.label.get(lang).to_owned())
                .collect(),
            Kind::Number {
                unit,
                min,
                max,
                bands,
                ..
            } => {
                let unit = unit.get(lang);
                let shown = |n: &f64| format_number(*n, lang);
                // `count` selects the plural form the unit needs after it.
                let bounds = match (*min, *max) {
                    (Some(lo), Some(hi)) => Some(crate::tr!(
                        lang,
                        "interview3-range-between",
                        min = shown(&lo),
                        max = shown(&hi),
                        count = hi,
                        unit = unit
                    )),
                    (Some(lo), None) => Some(crate::tr!(
                        lang,
                        "interview3-range-from",
                        min = shown(&lo),
                        count = lo,
                        unit = unit
                    )),
                    (None, Some(hi)) => Some(crate::tr!(
                        lang,
                        "interview3-range-up-to",
                        max = shown(&hi),
                        count = hi,
                        unit = unit
                    )),
                    (None, None) => None,
                };
                bounds
                    .into_iter()
                    .chain(
                        bands
                            .iter()
                            .filter_map(|b| b.label.as_ref().map(|l| l.get(lang).to_owned())),
                    )
                    .collect()
            }
            Kind::YesNo { .. } | Kind::Text => Vec::new(),
        };
        for label in labels {
            for (i, line) in wrap(&label, self.width().saturating_sub(4))
                .into_iter()
                .enumerate()
            {
                let bullet = if i == 0 { "  • " } else { "    " };
                self.term
                    .write_line(&style(format!("{bullet}{line}")).dim().to_string())?;
            }
        }
        Ok(())
    }

    /// A one-line field; `None` on Ctrl-C. `check` refuses a value in place
    /// (commands always pass).
    fn field(
        &self,
        prompt: &str,
        default: Option<String>,
        initial: Option<&str>,
        check: impl Fn(&str) -> Result<(), String> + 'static,
    ) -> anyhow::Result<Option<String>> {
        let lang = self.lang;
        let mut input = Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(true)
            .report(false)
            .validate_with(move |text: &String| -> Result<(), String> {
                if text.trim().is_empty() || parse_command(text).is_some() {
                    return Ok(());
                }
                // A mistyped command is refused, never kept as a value or a note.
                if command::looks_like_command(text) {
                    return Err(text::unknown_command(text.trim(), lang));
                }
                check(text.trim())
            });
        if let Some(default) = default {
            input = input.default(default).show_default(true);
        }
        if let Some(initial) = initial {
            input = input.with_initial_text(initial);
        }
        interrupted(input.interact_text_on(&self.term), self.lang)
    }

    fn ask_fact(&self, fact: Fact, default: Option<&str>) -> anyhow::Result<Reply> {
        let lang = self.lang;
        loop {
            let check = move |text: &str| match fact {
                Fact::Date if parse_date(text).is_none() => Err(text::bad_date(lang).to_owned()),
                _ => Ok(()),
            };
            let Some(typed) =
                self.field(&fact.label(lang), default.map(str::to_owned), None, check)?
            else {
                return Ok(Reply::Interrupted);
            };
            return Ok(match parse_command(&typed) {
                Some(Command::Help | Command::NotApplicable(_)) => {
                    // Nothing to explain or waive on a fact: ask it again.
                    self.dim(&text::fact_commands(lang))?;
                    continue;
                }
                Some(command) => command_reply(command).unwrap_or(Reply::Skip),
                None => Reply::Answer(Raw::Text(typed)),
            });
        }
    }

    /// The items of a question's list, `None` for a number or text question.
    fn entries(&self, question: &Question, current: Option<&Recorded>) -> Option<Entries> {
        let lang = self.lang;
        let value = current.map(|c| &c.value);
        let (labels, cursor, ticks, empty_ok) = match &question.kind {
            Kind::YesNo { .. } => (
                vec![
                    crate::tr!(lang, "answer-yes"),
                    crate::tr!(lang, "answer-no"),
                ],
                match value {
                    Some(AnswerValue::YesNo(yes)) => Some(usize::from(!yes)),
                    _ => None,
                },
                None,
                false,
            ),
            Kind::Scale { levels } => (
                levels
                    .iter()
                    .map(|l| l.label.get(lang).to_owned())
                    .collect(),
                match value {
                    Some(AnswerValue::Level(level)) => {
                        levels.iter().position(|l| l.level == *level)
                    }
                    _ => None,
                },
                None,
                false,
            ),
            Kind::Choice { options } => (
                options
                    .iter()
                    .map(|o| o.label.get(lang).to_owned())
                    .collect(),
                match value {
                    Some(AnswerValue::Choice(id)) => options.iter().position(|o| &o.id == id),
                    _ => None,
                },
                None,
                false,
            ),
            Kind::Multi { options } => {
                let ticked: Vec<bool> = options
                    .iter()
                    .map(|o| matches!(value, Some(AnswerValue::Multi(ids)) if ids.contains(&o.id)))
                    .collect();
                let alone = options.iter().map(|o| o.exclusive).collect();
                (
                    options
                        .iter()
                        .map(|o| o.label.get(lang).to_owned())
                        .collect(),
                    ticked.iter().position(|t| *t),
                    Some((ticked, alone)),
                    allows_empty(options),
                )
            }
            Kind::Number { .. } | Kind::Text => return None,
        };
        Some(Entries {
            labels,
            cursor,
            ticks,
            empty_ok,
        })
    }

    /// The list of a yes-no, scale, choice or multi question.
    fn ask_list(
        &self,
        request: &Request<'_>,
        question: &Question,
        current: Option<&Recorded>,
    ) -> anyhow::Result<Reply> {
        let lang = self.lang;
        let Some(Entries {
            labels,
            cursor,
            ticks,
            empty_ok,
        }) = self.entries(question, current)
        else {
            return self.ask_field(question, current);
        };
        // A not-applicable answer is no item of the list: say it, and let Enter
        // keep it as long as nothing is chosen.
        let not_applicable = match current.map(|c| &c.value) {
            Some(AnswerValue::NotApplicable { reason }) => Some(reason),
            _ => None,
        };
        if let Some(reason) = not_applicable {
            self.dim(&text::list_currently_not_applicable(reason, lang))?;
        }
        loop {
            let list = List {
                term: &self.term,
                lang,
                labels: labels.clone(),
                ticks: ticks.clone(),
                allows_empty: empty_ok,
                cursor,
                keeps_current: not_applicable.is_some(),
                can_go_back: request.can_go_back,
                width: self.width(),
            };
            return Ok(match list.run()? {
                Outcome::Interrupted => Reply::Interrupted,
                Outcome::Command(Command::Help) => {
                    self.show_help(question)?;
                    continue;
                }
                Outcome::Command(command) => command_reply(command).unwrap_or(Reply::Skip),
                Outcome::Chosen(i) => Reply::Answer(match &question.kind {
                    Kind::YesNo { .. } => Raw::YesNo(i == 0),
                    Kind::Scale { levels } => Raw::Level(levels.get(i).map_or(0, |l| l.level)),
                    Kind::Choice { options } => {
                        Raw::Choice(options.get(i).map_or_else(String::new, |o| o.id.clone()))
                    }
                    _ => Raw::Text(String::new()),
                }),
                Outcome::Ticked(indexes) => Reply::Answer(Raw::Multi(match &question.kind {
                    Kind::Multi { options } => indexes
                        .iter()
                        .filter_map(|i| options.get(*i).map(|o| o.id.clone()))
                        .collect(),
                    _ => Vec::new(),
                })),
            });
        }
    }

    /// The field of a number or text question.
    fn ask_field(&self, question: &Question, current: Option<&Recorded>) -> anyhow::Result<Reply> {
        let lang = self.lang;
        let kind = question.kind.clone();
        let prompt = match &question.kind {
            Kind::Number { unit, .. } => {
                format!("{} ({})", text::answer_label(lang), unit.get(lang))
            }
            _ => text::answer_label(lang).to_owned(),
        };
        let (default, initial) = match current.map(|c| &c.value) {
            Some(AnswerValue::Number(x)) => (Some(format_number(*x, lang)), None),
            Some(AnswerValue::Text(text)) => (None, Some(text.as_str())),
            _ => (None, None),
        };
        let not_applicable = match current.map(|c| &c.value) {
            Some(AnswerValue::NotApplicable { reason }) => {
                self.dim(&text::currently_not_applicable(reason, lang))?;
                true
            }
            _ => false,
        };
        // Enter keeps a not-applicable answer too (the line above says so).
        self.dim(&text::field_hint(
            default.is_some() || initial.is_some() || not_applicable,
            lang,
        ))?;
        loop {
            let kind = kind.clone();
            let check = move |text: &str| match &kind {
                Kind::Number { .. } => parse_number(text, &kind, lang).map(|_| ()),
                _ => Ok(()),
            };
            let Some(typed) = self.field(&prompt, default.clone(), initial, check)? else {
                return Ok(Reply::Interrupted);
            };
            return Ok(match parse_command(&typed) {
                Some(Command::Help) => {
                    self.show_help(question)?;
                    continue;
                }
                Some(command) => command_reply(command).unwrap_or(Reply::Skip),
                None if typed.trim().is_empty() => Reply::Skip,
                None => Reply::Answer(match question.kind {
                    Kind::Number { .. } => Raw::Number(typed),
                    _ => Raw::Text(typed),
                }),
            });
        }
    }

    /// The note after an answer, or the reason after "not applicable": free text
    /// where a command is taken as the command.
    fn ask_text(
        &self,
        question: &Question,
        prompt: &str,
        current: Option<&str>,
    ) -> anyhow::Result<Reply> {
        loop {
            let Some(typed) = self.field(prompt, None, current, |_| Ok(()))? else {
                return Ok(Reply::Interrupted);
            };
            return Ok(match parse_command(&typed) {
                Some(Command::Help) => {
                    self.show_help(question)?;
                    continue;
                }
                Some(command) => command_reply(command).unwrap_or(Reply::Skip),
                None => Reply::Answer(Raw::Text(typed)),
            });
        }
    }

    fn ask_question(
        &self,
        request: &Request<'_>,
        question: &Question,
        current: Option<&Recorded>,
        stage: Stage,
    ) -> anyhow::Result<Reply> {
        let lang = self.lang;
        // A `same-as` twin's answer is pre-selected, not recorded: the list's
        // cursor starts on it, and Enter confirms it.
        let preselected = match &request.asking {
            Asking::Question {
                twin: Some(twin), ..
            } => twin
                .preselect
                .clone()
                .map(|value| Recorded { value, note: None }),
            _ => None,
        };
        let reply = match stage {
            Stage::Answer => self.ask_list(request, question, current.or(preselected.as_ref()))?,
            Stage::Note => {
                drop_typeahead();
                let note = current.and_then(|c| c.note.as_deref());
                return self.ask_text(question, &text::note_prompt(lang), note);
            }
            Stage::Reason => {
                drop_typeahead();
                let reason = match current.map(|c| &c.value) {
                    Some(AnswerValue::NotApplicable { reason }) => Some(reason.as_str()),
                    _ => None,
                };
                return self.ask_text(question, &text::reason_prompt(lang), reason);
            }
        };
        match &reply {
            Reply::Back => self.dim(&text::back(lang))?,
            Reply::Skip => self.dim(&text::skipped(current.is_some(), lang))?,
            _ => {}
        }
        Ok(reply)
    }
}

/// Drops the keys typed before the note or reason prompt shows: a consultant who
/// picks an answer and keeps typing (a digit, `y`, a second Enter) meant them for
/// the list, not for the note. `tcflush(TCIFLUSH)` on the terminal; nothing to do
/// elsewhere, where the note prompt still starts with the current note only and
/// shows whatever is typed, so it can be cleared before Enter.
fn drop_typeahead() {
    #[cfg(unix)]
    {
        let stdin = std::io::stdin();
        // Not a terminal (impossible here: the interview checks first) or a
        // terminal that refuses: the keys stay, visible in the field.
        let _ = rustix::termios::tcflush(&stdin, rustix::termios::QueueSelector::IFlush);
    }
}

impl Prompter for TermPrompter {
    fn ask(&mut self, request: &Request<'_>) -> anyhow::Result<Reply> {
        self.header(request)?;
        match &request.asking {
            Asking::Fact { fact, default } => self.ask_fact(*fact, default.as_deref()),
            Asking::Question {
                question,
                current,
                stage,
                ..
            } => self.ask_question(request, question, *current, *stage),
        }
    }

    fn echo(&mut self, echo: &Echo) -> anyhow::Result<()> {
        let lang = self.lang;
        match echo {
            Echo::Fact { fact, value } => self.report(&fact.label(lang), value)?,
            Echo::Answer { shown, .. } => self.report(&text::answer_label(lang), shown)?,
            Echo::NotApplicable { reason, .. } => {
                self.report(&text::not_applicable_label(lang), reason)?;
            }
            Echo::Note { note, .. } => {
                let note = note.clone().unwrap_or_else(|| text::note_removed(lang));
                self.term
                    .write_line(&style(format!("  ✎ {note}")).dim().to_string())?;
            }
        }
        Ok(())
    }
}
