//! What the consultant did at a prompt, and what it did to the interview.

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

/// What a reply did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The brief changed: save it.
    Changed,
    /// Moved (or stayed, with an error to show); nothing to save.
    Moved,
    Ended(End),
}
