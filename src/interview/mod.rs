//! The interview as a pure state machine: the chosen questionnaires, the answers so
//! far and the position; a consultant's [`Reply`] moves it to the next step.
//!
//! No I/O here. A [`Prompter`] (the terminal one lives in `src/prompt.rs`) turns a
//! [`Request`] into a reply, and [`run`] drives the loop, calling `save` after every
//! change so nothing is ever lost. The loop runs over the item index itself, which
//! is what lets the consultant go back: no prompt library has "back" built in.
//!
//! One concept per file: [`fact`] (the project facts and dates), [`request`] (what
//! is asked), [`reply`] (what the consultant did), [`session`] (the state),
//! [`value`] and [`number`] (reading what was typed), [`summary`] (the end screen),
//! [`twin`] (an answer to a question linked by `same-as`, offered again).

mod fact;
mod number;
mod reply;
mod request;
mod session;
mod summary;
#[cfg(test)]
mod tests;
mod twin;
#[cfg(test)]
mod twin_tests;
mod value;

pub use fact::{Fact, parse_date};
pub use number::{format_number, parse_number};
pub use reply::{Applied, Echo, End, Raw, Reply};
pub use request::{Asking, Opening, Recorded, Request, Stage};
pub use session::Session;
pub use summary::render_summary;
pub use twin::Twin;
pub use value::{allows_empty, describe};

/// The questionnaires asked when neither the command line nor the brief names any.
pub const DEFAULT_QUESTIONNAIRES: [&str; 2] = ["ten-questions", "ten-mistakes"];

/// Asks one request at a time. `src/prompt.rs` implements it on a terminal; the
/// tests implement it with a script.
pub trait Prompter {
    fn ask(&mut self, request: &Request<'_>) -> anyhow::Result<Reply>;

    /// Confirms what was just recorded (and saved).
    fn echo(&mut self, echo: &Echo) -> anyhow::Result<()>;
}

/// Drives the interview to its end: asks, applies, saves after every change and
/// only then confirms it on screen. `interrupted` is checked before each question
/// (a Ctrl-C that arrived between prompts).
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
            Applied::Recorded { changed, echo } => {
                if changed {
                    save(session)?;
                }
                prompter.echo(&echo)?;
            }
            Applied::Moved => {}
            Applied::Ended(end) => return Ok(end),
        }
    }
}
