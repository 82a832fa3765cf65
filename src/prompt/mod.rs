//! The terminal side of the interview (edge): the only module that imports
//! `dialoguer` and `console`. It turns a [`Request`] into one dialoguer prompt and
//! the consultant's keys into a [`Reply`]; the interview logic is in `interview.rs`.
//!
//! Select prompts list the answers, then "← Back", "? Help", "Not applicable…",
//! "Skip" and "Save and quit"; Esc skips. Input prompts (numbers, text, project
//! facts) take the same actions as commands: `:back`, `:help`, `:na REASON`,
//! `:skip`, `:quit` (or their French names). Ctrl-C comes back as
//! [`Reply::Interrupted`]: the caller saves, shows the cursor and exits 130.

use std::io;

mod command;
mod layout;
mod theme;

use dialoguer::console::{Term, style};
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Confirm, Input, MultiSelect, Select};

pub use command::{Command, parse_command};
use layout::{fit, wrap};
use theme::WizardTheme;

use crate::interview::{
    Asking, Fact, Prompter, Raw, Recorded, Reply, Request, parse_date, parse_number,
};
use crate::lang::Lang;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::{Kind, Question};

/// Prompts on standard error, as dialoguer does.
pub struct TermPrompter {
    term: Term,
    theme: WizardTheme,
    lang: Lang,
}

/// What one entry of a Select list does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pick {
    Value(usize),
    Separator,
    Back,
    Help,
    NotApplicable,
    Skip,
    Quit,
}

/// What a prompt gave that is not a value to note.
enum Typed {
    /// An action to carry out.
    Action(Pick),
    /// The reply itself (a text answer, `:na REASON`).
    Final(Reply),
}

/// Ctrl-C during a prompt: console turns the key into an `Interrupted` read error.
fn interrupted<T>(result: dialoguer::Result<T>) -> anyhow::Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(dialoguer::Error::IO(e)) if e.kind() == io::ErrorKind::Interrupted => Ok(None),
        Err(e) => Err(anyhow::Error::new(e).context("prompt failed")),
    }
}

impl TermPrompter {
    /// `color`: whether to style the prompts.
    pub fn new(lang: Lang, color: bool) -> Self {
        dialoguer::console::set_colors_enabled_stderr(color);
        TermPrompter {
            term: Term::stderr(),
            theme: WizardTheme(ColorfulTheme::default()),
            lang,
        }
    }

    /// Columns to wrap text at: the terminal's, at most 100 for readability.
    fn width(&self) -> usize {
        self.columns().clamp(40, 100)
    }

    fn columns(&self) -> usize {
        usize::from(self.term.size().1)
    }

    /// Writes lines of text on the prompt's terminal.
    pub fn say(&self, text: &str) -> io::Result<()> {
        for line in wrap(text, self.width()) {
            self.term.write_line(&line)?;
        }
        Ok(())
    }

    /// Shows the cursor again (a Select hides it, and Ctrl-C can leave it hidden).
    pub fn show_cursor(&self) {
        let _ = self.term.show_cursor();
    }

    /// A yes/no question (Esc means no); `None` on Ctrl-C.
    pub fn confirm(&self, prompt: &str) -> anyhow::Result<Option<bool>> {
        let answer = interrupted(
            Confirm::with_theme(&self.theme)
                .with_prompt(prompt)
                .default(false)
                .interact_on_opt(&self.term),
        )?;
        Ok(answer.map(|yes| yes == Some(true)))
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

    fn header(&self, request: &Request<'_>) -> io::Result<()> {
        let lang = self.lang;
        match &request.asking {
            Asking::Fact { fact, .. } => {
                if *fact == Fact::Name {
                    self.term.write_line("")?;
                    self.term.write_line(
                        &style(lang.pick("Project", "Projet"))
                            .bold()
                            .cyan()
                            .to_string(),
                    )?;
                    self.dim(lang.pick(
                        "Enter keeps the value in parentheses; empty skips. Commands: :back :skip :quit",
                        "Entrée garde la valeur entre parenthèses ; vide passe. Commandes : :retour :passer :quitter",
                    ))?;
                }
            }
            Asking::Question {
                questionnaire,
                question,
                dimension,
                number,
                total,
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
            }
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
                let bounds = match (min, max, lang) {
                    (Some(lo), Some(hi), Lang::En) => Some(format!("from {lo} to {hi} {unit}")),
                    (Some(lo), Some(hi), Lang::Fr) => Some(format!("de {lo} à {hi} {unit}")),
                    (Some(lo), None, Lang::En) => Some(format!("{lo} {unit} or more")),
                    (Some(lo), None, Lang::Fr) => Some(format!("{lo} {unit} ou plus")),
                    (None, Some(hi), Lang::En) => Some(format!("up to {hi} {unit}")),
                    (None, Some(hi), Lang::Fr) => Some(format!("jusqu'à {hi} {unit}")),
                    (None, None, _) => None,
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

    /// The extra entries after the answers.
    fn extras(&self, request: &Request<'_>) -> Vec<(String, Pick)> {
        let lang = self.lang;
        let mut extras = vec![("────────".to_owned(), Pick::Separator)];
        if request.can_go_back {
            extras.push((lang.pick("← Back", "← Retour").to_owned(), Pick::Back));
        }
        extras.extend([
            (lang.pick("? Help", "? Aide").to_owned(), Pick::Help),
            (
                lang.pick("∅ Not applicable…", "∅ Sans objet…").to_owned(),
                Pick::NotApplicable,
            ),
            (lang.pick("→ Skip", "→ Passer").to_owned(), Pick::Skip),
            (
                lang.pick("✕ Save and quit", "✕ Enregistrer et quitter")
                    .to_owned(),
                Pick::Quit,
            ),
        ]);
        extras
    }

    /// Asks the optional note after an answer; `None` on Ctrl-C.
    fn note(&self, current: Option<&str>) -> anyhow::Result<Option<Option<String>>> {
        let lang = self.lang;
        let note = interrupted(
            Input::<String>::with_theme(&self.theme)
                .with_prompt(lang.pick(
                    "Note (optional, Enter to go on)",
                    "Note (facultative, Entrée pour continuer)",
                ))
                .with_initial_text(current.unwrap_or_default())
                .allow_empty(true)
                .report(false)
                .interact_text_on(&self.term),
        )?;
        let Some(note) = note else {
            return Ok(None);
        };
        let note = note.trim().to_owned();
        if note.is_empty() {
            return Ok(Some(None));
        }
        self.term
            .write_line(&style(format!("  ✎ {note}")).dim().to_string())?;
        Ok(Some(Some(note)))
    }

    /// Asks why the question does not apply; `None` on Ctrl-C, an empty string when
    /// the consultant gave up (back to the question).
    fn reason(&self, current: Option<&str>) -> anyhow::Result<Option<String>> {
        let reason = interrupted(
            Input::<String>::with_theme(&self.theme)
                .with_prompt(self.lang.pick(
                    "Why does it not apply? (empty: back to the question)",
                    "Pourquoi est-elle sans objet ? (vide : retour à la question)",
                ))
                .with_initial_text(current.unwrap_or_default())
                .allow_empty(true)
                .report(false)
                .interact_text_on(&self.term),
        )?;
        let reason = reason.map(|r| r.trim().to_owned());
        if let Some(reason) = reason.as_deref().filter(|r| !r.is_empty()) {
            self.report(self.lang.pick("Not applicable", "Sans objet"), reason)?;
        }
        Ok(reason)
    }

    fn ask_fact(&self, fact: Fact, default: Option<&str>) -> anyhow::Result<Reply> {
        let lang = self.lang;
        loop {
            let mut input = Input::<String>::with_theme(&self.theme)
                .with_prompt(fact.label(lang))
                .allow_empty(true)
                .report(false)
                .validate_with(move |text: &String| -> Result<(), String> {
                    let text = text.trim();
                    if fact == Fact::Date
                        && !text.is_empty()
                        && parse_command(text).is_none()
                        && parse_date(text).is_none()
                    {
                        return Err(lang
                            .pick(
                                "expected a date as YYYY-MM-DD",
                                "attendu : une date AAAA-MM-JJ",
                            )
                            .to_owned());
                    }
                    Ok(())
                });
            if let Some(default) = default {
                input = input.default(default.to_owned());
            }
            let Some(text) = interrupted(input.interact_text_on(&self.term))? else {
                return Ok(Reply::Interrupted);
            };
            return Ok(match parse_command(&text) {
                Some(Command::Back) => Reply::Back,
                Some(Command::Skip) => Reply::Skip,
                Some(Command::Quit) => Reply::Quit,
                Some(Command::Help | Command::NotApplicable(_)) => {
                    // Nothing to explain or waive on a fact: ask it again.
                    self.dim(lang.pick(
                        "Type the value, or :back, :skip, :quit.",
                        "Tapez la valeur, ou :retour, :passer, :quitter.",
                    ))?;
                    continue;
                }
                None => {
                    if !text.trim().is_empty() {
                        self.report(fact.label(lang), text.trim())?;
                    }
                    Reply::Answer {
                        value: Raw::Text(text),
                        note: None,
                    }
                }
            });
        }
    }

    /// Select for yes-no, scale and choice questions.
    fn select(
        &self,
        request: &Request<'_>,
        question: &Question,
        current: Option<&Recorded>,
    ) -> anyhow::Result<Option<Pick>> {
        let lang = self.lang;
        let (labels, chosen): (Vec<&str>, Option<usize>) =
            match (&question.kind, current.map(|c| &c.value)) {
                (Kind::YesNo { .. }, value) => (
                    vec![lang.pick("Yes", "Oui"), lang.pick("No", "Non")],
                    match value {
                        Some(AnswerValue::YesNo(true)) => Some(0),
                        Some(AnswerValue::YesNo(false)) => Some(1),
                        _ => None,
                    },
                ),
                (Kind::Scale { levels }, value) => (
                    levels.iter().map(|l| l.label.get(lang)).collect(),
                    match value {
                        Some(AnswerValue::Level(level)) => {
                            levels.iter().position(|l| l.level == *level)
                        }
                        _ => None,
                    },
                ),
                (Kind::Choice { options }, value) => (
                    options.iter().map(|o| o.label.get(lang)).collect(),
                    match value {
                        Some(AnswerValue::Choice(id)) => options.iter().position(|o| &o.id == id),
                        _ => None,
                    },
                ),
                _ => (Vec::new(), None),
            };
        let room = self.columns().saturating_sub(4);
        let mut entries: Vec<(String, Pick)> = labels
            .iter()
            .enumerate()
            .map(|(i, label)| (fit(label, room), Pick::Value(i)))
            .collect();
        entries.extend(self.extras(request));
        let default = match current.map(|c| &c.value) {
            Some(AnswerValue::NotApplicable { .. }) => {
                entries.iter().position(|(_, p)| *p == Pick::NotApplicable)
            }
            _ => chosen,
        }
        .unwrap_or(0);
        let items: Vec<&str> = entries.iter().map(|(label, _)| label.as_str()).collect();
        let prompt = lang.pick("Answer", "Réponse");
        let picked = interrupted(
            Select::with_theme(&self.theme)
                .with_prompt(prompt)
                .items(&items)
                .default(default)
                .report(false)
                .interact_on_opt(&self.term),
        )?;
        let pick = picked.map(|index| index.map_or(Pick::Skip, |i| entries[i].1));
        if let Some(Pick::Value(v)) = pick {
            self.report(prompt, labels[v])?;
        }
        Ok(pick)
    }

    /// MultiSelect for multi questions: the actions are ticked like options.
    fn multi(
        &self,
        request: &Request<'_>,
        options: &[crate::model::questionnaire::Choice],
        current: Option<&Recorded>,
    ) -> anyhow::Result<Option<Result<Vec<String>, Pick>>> {
        let lang = self.lang;
        let ticked: Vec<&str> = match current.map(|c| &c.value) {
            Some(AnswerValue::Multi(ids)) => ids.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        let room = self.columns().saturating_sub(6);
        let mut entries: Vec<(String, bool, Pick)> = options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                (
                    fit(o.label.get(lang), room),
                    ticked.contains(&o.id.as_str()),
                    Pick::Value(i),
                )
            })
            .collect();
        entries.extend(
            self.extras(request)
                .into_iter()
                .map(|(label, pick)| (label, false, pick)),
        );
        let items: Vec<(&str, bool)> = entries
            .iter()
            .map(|(label, checked, _)| (label.as_str(), *checked))
            .collect();
        let prompt = lang.pick("Answer", "Réponse");
        let picked = interrupted(
            MultiSelect::with_theme(&self.theme)
                .with_prompt(prompt)
                .items_checked(items)
                .report(false)
                .interact_on_opt(&self.term),
        )?;
        let Some(picked) = picked else {
            return Ok(None);
        };
        let Some(indexes) = picked else {
            return Ok(Some(Err(Pick::Skip)));
        };
        // An action ticked wins over the options.
        if let Some(action) = indexes
            .iter()
            .map(|i| entries[*i].2)
            .find(|p| !matches!(p, Pick::Value(_) | Pick::Separator))
        {
            return Ok(Some(Err(action)));
        }
        let chosen: Vec<&crate::model::questionnaire::Choice> = indexes
            .iter()
            .filter_map(|i| match entries[*i].2 {
                Pick::Value(v) => options.get(v),
                _ => None,
            })
            .collect();
        let labels: Vec<&str> = chosen.iter().map(|o| o.label.get(lang)).collect();
        self.report(
            prompt,
            &if labels.is_empty() {
                lang.pick("none", "aucun").to_owned()
            } else {
                labels.join(", ")
            },
        )?;
        Ok(Some(Ok(chosen.iter().map(|o| o.id.clone()).collect())))
    }

    /// Input for number and text questions; commands stand for the actions.
    fn input(
        &self,
        question: &Question,
        current: Option<&Recorded>,
    ) -> anyhow::Result<Option<Result<String, Command>>> {
        let lang = self.lang;
        let kind = question.kind.clone();
        let prompt = match &question.kind {
            Kind::Number { unit, .. } => match lang {
                Lang::En => format!("Answer ({})", unit.get(lang)),
                Lang::Fr => format!("Réponse ({})", unit.get(lang)),
            },
            _ => lang.pick("Answer", "Réponse").to_owned(),
        };
        let mut input = Input::<String>::with_theme(&self.theme)
            .with_prompt(&prompt)
            .allow_empty(true)
            .report(false)
            .validate_with(move |text: &String| -> Result<(), String> {
                if text.trim().is_empty() || parse_command(text).is_some() {
                    return Ok(());
                }
                match &kind {
                    Kind::Number { .. } => parse_number(text, &kind, lang).map(|_| ()),
                    _ => Ok(()),
                }
            });
        match current.map(|c| &c.value) {
            Some(AnswerValue::Number(x)) => input = input.default(x.to_string()),
            Some(AnswerValue::Text(text)) => input = input.with_initial_text(text.clone()),
            _ => {}
        }
        let Some(text) = interrupted(input.interact_text_on(&self.term))? else {
            return Ok(None);
        };
        Ok(Some(match parse_command(&text) {
            Some(command) => Err(command),
            None if text.trim().is_empty() => Err(Command::Skip),
            None => {
                self.report(&prompt, text.trim())?;
                Ok(text)
            }
        }))
    }

    /// One value in the prompt of the question's kind, or an action; `None` on Ctrl-C.
    fn ask_value(
        &self,
        request: &Request<'_>,
        question: &Question,
        current: Option<&Recorded>,
    ) -> anyhow::Result<Option<Result<Raw, Typed>>> {
        let current_note = current.and_then(|c| c.note.as_deref());
        Ok(Some(match &question.kind {
            Kind::Number { .. } | Kind::Text => {
                let Some(typed) = self.input(question, current)? else {
                    return Ok(None);
                };
                match typed {
                    Ok(text) if matches!(question.kind, Kind::Text) => {
                        // Text answers need no note: the text is the note.
                        Err(Typed::Final(Reply::Answer {
                            value: Raw::Text(text),
                            note: current_note.map(str::to_owned),
                        }))
                    }
                    Ok(text) => Ok(Raw::Number(text)),
                    Err(Command::NotApplicable(reason)) if !reason.is_empty() => {
                        Err(Typed::Final(Reply::NotApplicable { reason }))
                    }
                    Err(command) => Err(Typed::Action(match command {
                        Command::Back => Pick::Back,
                        Command::Help => Pick::Help,
                        Command::NotApplicable(_) => Pick::NotApplicable,
                        Command::Skip => Pick::Skip,
                        Command::Quit => Pick::Quit,
                    })),
                }
            }
            Kind::Multi { options } => match self.multi(request, options, current)? {
                None => return Ok(None),
                Some(Ok(ids)) => Ok(Raw::Multi(ids)),
                Some(Err(pick)) => Err(Typed::Action(pick)),
            },
            Kind::YesNo { .. } | Kind::Scale { .. } | Kind::Choice { .. } => {
                match self.select(request, question, current)? {
                    None => return Ok(None),
                    Some(Pick::Value(i)) => Ok(match &question.kind {
                        Kind::YesNo { .. } => Raw::YesNo(i == 0),
                        Kind::Scale { levels } => Raw::Level(levels.get(i).map_or(0, |l| l.level)),
                        Kind::Choice { options } => {
                            Raw::Choice(options.get(i).map_or_else(String::new, |o| o.id.clone()))
                        }
                        _ => Raw::Text(String::new()),
                    }),
                    Some(pick) => Err(Typed::Action(pick)),
                }
            }
        }))
    }

    fn ask_question(
        &self,
        request: &Request<'_>,
        question: &Question,
        current: Option<&Recorded>,
    ) -> anyhow::Result<Reply> {
        let lang = self.lang;
        let current_reason = match current.map(|c| &c.value) {
            Some(AnswerValue::NotApplicable { reason }) => Some(reason.as_str()),
            _ => None,
        };
        let current_note = current.and_then(|c| c.note.as_deref());
        let hint = match &question.kind {
            Kind::Number { .. } | Kind::Text => lang.pick(
                "Enter alone skips. Commands: :back :help :na REASON :skip :quit",
                "Entrée seule passe. Commandes : :retour :aide :so RAISON :passer :quitter",
            ),
            Kind::Multi { .. } => lang.pick(
                "Space ticks, Enter confirms, Esc skips; tick an action below the line to use it",
                "Espace coche, Entrée valide, Échap passe ; cochez une action sous la ligne pour l'utiliser",
            ),
            _ => lang.pick(
                "↑↓ to move, Enter to choose, Esc to skip",
                "↑↓ pour choisir, Entrée pour valider, Échap pour passer",
            ),
        };
        self.dim(hint)?;
        loop {
            let outcome = match self.ask_value(request, question, current)? {
                None => return Ok(Reply::Interrupted),
                Some(Err(Typed::Final(reply))) => return Ok(reply),
                Some(Err(Typed::Action(pick))) => Err(pick),
                Some(Ok(value)) => Ok(value),
            };
            match outcome {
                Ok(value) => {
                    let Some(note) = self.note(current_note)? else {
                        return Ok(Reply::Interrupted);
                    };
                    return Ok(Reply::Answer { value, note });
                }
                Err(Pick::Help) => self.show_help(question)?,
                Err(Pick::Separator) => {}
                Err(Pick::NotApplicable) => match self.reason(current_reason)? {
                    None => return Ok(Reply::Interrupted),
                    Some(reason) if reason.is_empty() => {}
                    Some(reason) => return Ok(Reply::NotApplicable { reason }),
                },
                Err(Pick::Back) => {
                    self.dim(lang.pick("← Back", "← Retour"))?;
                    return Ok(Reply::Back);
                }
                Err(Pick::Skip) => {
                    self.dim(lang.pick("→ Skipped", "→ Passée"))?;
                    return Ok(Reply::Skip);
                }
                Err(Pick::Quit) => return Ok(Reply::Quit),
                Err(Pick::Value(_)) => {}
            }
        }
    }
}

impl Prompter for TermPrompter {
    fn ask(&mut self, request: &Request<'_>) -> anyhow::Result<Reply> {
        self.header(request)?;
        match &request.asking {
            Asking::Fact { fact, default } => self.ask_fact(*fact, *default),
            Asking::Question {
                question, current, ..
            } => self.ask_question(request, question, *current),
        }
    }
}
