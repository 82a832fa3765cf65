//! Commands typed at a prompt: `:back`, `:help`, `:na REASON`, `:skip`, `:quit`,
//! and their names in the other languages. The words come from the catalogue
//! (`command-*` in interview.ftl): a command is understood in every language,
//! and shown by its first word in the consultant's.

use crate::lang::Lang;
use crate::tr;

/// A command typed at an input prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Command {
    Back,
    Help,
    /// `:na` with its reason, possibly empty (then the reason is asked).
    NotApplicable(String),
    Skip,
    Quit,
}

/// A command's name, without its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Name {
    Back,
    Help,
    NotApplicable,
    Skip,
    Quit,
}

impl Name {
    const ALL: [Name; 5] = [
        Name::Back,
        Name::Help,
        Name::NotApplicable,
        Name::Skip,
        Name::Quit,
    ];

    /// The catalogue message listing the command's words in a language.
    fn id(self) -> &'static str {
        match self {
            Name::Back => "command-back",
            Name::Help => "command-help",
            Name::NotApplicable => "command-na",
            Name::Skip => "command-skip",
            Name::Quit => "command-quit",
        }
    }

    /// Whether `word` (lowercase, without the colon) names the command in any language.
    fn is(self, word: &str) -> bool {
        Lang::ALL
            .iter()
            .any(|&lang| tr!(lang, self.id()).split_whitespace().any(|w| w == word))
    }

    /// How the command is shown in `lang`: `:back`, `:retour`, `:na REASON`.
    pub(super) fn shown(self, lang: Lang) -> String {
        let words = tr!(lang, self.id());
        let word = words.split_whitespace().next().unwrap_or_default();
        if self == Name::NotApplicable {
            format!(":{word} {}", tr!(lang, "command-na-argument"))
        } else {
            format!(":{word}")
        }
    }
}

/// Reads `:back`, `:help`, `:na REASON`, `:skip`, `:quit` (and their names in
/// the other languages, e.g. the French `:retour`, `:aide`, `:so RAISON`,
/// `:passer`, `:quitter`). `None` for anything else.
pub(crate) fn parse_command(input: &str) -> Option<Command> {
    let rest = input.trim().strip_prefix(':')?;
    let (word, argument) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let word = word.to_lowercase();
    let name = Name::ALL.into_iter().find(|name| name.is(&word))?;
    Some(match name {
        Name::Back => Command::Back,
        Name::Help => Command::Help,
        Name::NotApplicable => Command::NotApplicable(argument.trim().to_owned()),
        Name::Skip => Command::Skip,
        Name::Quit => Command::Quit,
    })
}

/// Whether `input` is meant as a command: a colon then a letter (`:foo`), as
/// opposed to text that happens to start with a colon (`:)`, `:-)`).
pub(super) fn looks_like_command(input: &str) -> bool {
    input
        .trim()
        .strip_prefix(':')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_looks_like_a_command() {
        assert!(looks_like_command(":foo"));
        assert!(looks_like_command("  :Quitter"));
        assert!(looks_like_command(":é"));
        assert!(!looks_like_command(":)"));
        assert!(!looks_like_command(":-)"));
        assert!(!looks_like_command("12:30"));
        assert!(!looks_like_command(":"));
        assert!(!looks_like_command("foo"));
    }

    #[test]
    fn commands_in_both_languages() {
        assert_eq!(parse_command(":back"), Some(Command::Back));
        assert_eq!(parse_command("  :retour "), Some(Command::Back));
        assert_eq!(parse_command(":HELP"), Some(Command::Help));
        assert_eq!(
            parse_command(":na  no phone line "),
            Some(Command::NotApplicable("no phone line".to_owned()))
        );
        assert_eq!(
            parse_command(":so"),
            Some(Command::NotApplicable(String::new()))
        );
        assert_eq!(parse_command(":passer"), Some(Command::Skip));
        assert_eq!(parse_command(":quit"), Some(Command::Quit));
        assert_eq!(parse_command("12"), None);
        assert_eq!(parse_command(":nope"), None);
        assert_eq!(parse_command("back"), None);
        assert_eq!(
            parse_command(":s/o"),
            Some(Command::NotApplicable(String::new()))
        );
        assert_eq!(parse_command(":Q"), Some(Command::Quit));
    }

    #[test]
    fn commands_shown_in_each_language() {
        assert_eq!(Name::Back.shown(Lang::En), ":back");
        assert_eq!(Name::Back.shown(Lang::Fr), ":retour");
        assert_eq!(Name::NotApplicable.shown(Lang::Fr), ":so RAISON");
        assert_eq!(Name::Quit.shown(Lang::Fr), ":quitter");
    }
}
