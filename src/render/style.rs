//! The terminal styles of the human outputs, named by meaning and drawn with
//! anstyle, so no renderer writes escape codes by hand (issue 9).

use anstyle::{AnsiColor, Color, Style};

use crate::readiness::Verdict;

/// Good news: ready, resolved, the lead of a ranking.
pub(crate) const GOOD: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Green)));
/// Something to look at: conditions, warnings, a disputed winner.
pub(crate) const CAUTION: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Yellow)));
/// Bad news: not ready, new problems, exclusions.
pub(crate) const BAD: Style = Style::new().fg_color(Some(Color::Ansi(AnsiColor::Red)));

/// The style of a readiness verdict.
pub(crate) fn verdict(verdict: Verdict) -> Style {
    match verdict {
        Verdict::Ready => GOOD,
        Verdict::ReadyWithConditions => CAUTION,
        Verdict::NotReady => BAD,
    }
}

/// `text` in `style` when `color`, else unchanged. anstyle writes one escape per
/// attribute (`ESC[1m ESC[32m`); they are joined into one (`ESC[1;32m`), the
/// form the outputs always had, which terminals read the same way.
pub(crate) fn paint(text: &str, style: Style, color: bool) -> String {
    if color && style != Style::new() {
        let start = style.render().to_string().replace("m\x1b[", ";");
        format!("{start}{text}{}", style.render_reset())
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paints_as_the_outputs_always_did() {
        // SGR 32 = green foreground, 1 = bold, 0 = reset (ECMA-48, 8.3.117).
        assert_eq!(paint("ok", GOOD, true), "\x1b[32mok\x1b[0m");
        assert_eq!(paint("ok", GOOD.bold(), true), "\x1b[1;32mok\x1b[0m");
        assert_eq!(
            paint("no", verdict(Verdict::NotReady).bold(), true),
            "\x1b[1;31mno\x1b[0m"
        );
        assert_eq!(paint("so-so", CAUTION, true), "\x1b[33mso-so\x1b[0m");
    }

    #[test]
    fn plain_without_colour() {
        assert_eq!(paint("ok", GOOD.bold(), false), "ok");
        assert_eq!(paint("ok", Style::new(), true), "ok");
    }
}
