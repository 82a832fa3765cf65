//! Commands typed at a prompt: `:back`, `:help`, `:na REASON`, `:skip`, `:quit`,
//! and their French names.

/// A command typed at an input prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Back,
    Help,
    /// `:na` with its reason, possibly empty (then the reason is asked).
    NotApplicable(String),
    Skip,
    Quit,
}

/// Reads `:back`, `:help`, `:na REASON`, `:skip`, `:quit` (and the French
/// `:retour`, `:aide`, `:so RAISON`, `:passer`, `:quitter`). `None` for anything else.
pub fn parse_command(input: &str) -> Option<Command> {
    let rest = input.trim().strip_prefix(':')?;
    let (word, argument) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    match word.to_lowercase().as_str() {
        "back" | "b" | "retour" | "r" => Some(Command::Back),
        "help" | "h" | "?" | "aide" | "a" => Some(Command::Help),
        "na" | "n/a" | "so" | "s/o" => Some(Command::NotApplicable(argument.trim().to_owned())),
        "skip" | "s" | "passer" | "p" => Some(Command::Skip),
        "quit" | "q" | "quitter" => Some(Command::Quit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
