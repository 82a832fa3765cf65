//! Progress bars for long runs (edge): on standard error, only when it is a
//! terminal, without `--quiet`, and only for a run expected to take over a second.
//! A bar never changes a result and never reaches a pipe or a CI log.

use std::io::{IsTerminal as _, Write as _};
use std::os::fd::AsFd as _;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};

use crate::ranking::smaa::{Progress, ProgressHook};

/// A run expected to take longer than this gets a bar.
const SHOW_AFTER: Duration = Duration::from_secs(1);
/// Nanoseconds per multiply-add of [`Progress::start`]'s work, measured on the
/// benchmark machine (BENCHMARKS.md: about 0.5 ns in a release build on one core,
/// rounded up); a debug build is about 30 times slower.
const NANOS_PER_WORK: f64 = if cfg!(debug_assertions) { 30.0 } else { 1.0 };

/// Whether to draw a bar: pure, so the rule is tested without a terminal.
pub(crate) fn should_draw(stderr_is_terminal: bool, quiet: bool, expected: Duration) -> bool {
    stderr_is_terminal && !quiet && expected > SHOW_AFTER
}

/// The expected duration of `samples` samples of `work` multiply-adds each.
pub(crate) fn expected(samples: u64, work: u64) -> Duration {
    Duration::from_secs_f64(samples as f64 * work as f64 * NANOS_PER_WORK * 1e-9)
}

/// A Monte Carlo progress bar, drawn only if [`should_draw`] says so when the run
/// starts.
struct MonteCarloBar {
    quiet: bool,
    bar: OnceLock<ProgressBar>,
}

impl Progress for MonteCarloBar {
    fn start(&self, samples: u64, work: u64) {
        let terminal = std::io::stderr().is_terminal();
        if !should_draw(terminal, self.quiet, expected(samples, work)) {
            return;
        }
        // `main` holds the standard error lock for the whole command, so the bar
        // (drawn from another thread) writes to its own handle on the same file.
        let Ok(fd) = std::io::stderr().as_fd().try_clone_to_owned() else {
            return;
        };
        let term = RawStderr(Mutex::new(std::fs::File::from(fd)));
        let target = ProgressDrawTarget::term_like_with_hz(Box::new(term), 10);
        let bar = ProgressBar::with_draw_target(Some(samples), target);
        // The template holds no word, so it needs no translation.
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {eta}") {
            bar.set_style(style);
        }
        let _ = self.bar.set(bar);
    }

    fn advance(&self, samples: u64) {
        if let Some(bar) = self.bar.get() {
            bar.inc(samples);
        }
    }

    fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}

/// Standard error through a duplicate of its file descriptor, with ANSI cursor
/// moves: indicatif's own standard error target would wait for the lock `main`
/// holds. The template is narrower than any terminal, so the width is fixed.
#[derive(Debug)]
struct RawStderr(Mutex<std::fs::File>);

impl RawStderr {
    fn write(&self, text: &str) -> std::io::Result<()> {
        let mut file = self
            .0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?;
        file.write_all(text.as_bytes())
    }

    fn cursor(&self, n: usize, code: char) -> std::io::Result<()> {
        if n == 0 {
            return Ok(());
        }
        self.write(&format!("\u{1b}[{n}{code}"))
    }
}

impl TermLike for RawStderr {
    fn width(&self) -> u16 {
        80
    }

    fn move_cursor_up(&self, n: usize) -> std::io::Result<()> {
        self.cursor(n, 'A')
    }

    fn move_cursor_down(&self, n: usize) -> std::io::Result<()> {
        self.cursor(n, 'B')
    }

    fn move_cursor_right(&self, n: usize) -> std::io::Result<()> {
        self.cursor(n, 'C')
    }

    fn move_cursor_left(&self, n: usize) -> std::io::Result<()> {
        self.cursor(n, 'D')
    }

    fn write_line(&self, s: &str) -> std::io::Result<()> {
        self.write(&format!("{s}\n"))
    }

    fn write_str(&self, s: &str) -> std::io::Result<()> {
        self.write(s)
    }

    fn clear_line(&self) -> std::io::Result<()> {
        self.write("\r\u{1b}[2K")
    }

    fn flush(&self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The hook `rank` and `report` give the Monte Carlo run.
pub(crate) fn monte_carlo(quiet: bool) -> ProgressHook {
    ProgressHook::new(MonteCarloBar {
        quiet,
        bar: OnceLock::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_needs_a_terminal_no_quiet_and_a_long_run() {
        let long = Duration::from_secs(5);
        assert!(should_draw(true, false, long));
        // Piped or redirected standard error (CI logs): never.
        assert!(!should_draw(false, false, long));
        assert!(!should_draw(true, true, long));
        assert!(!should_draw(true, false, Duration::from_millis(300)));
    }

    #[test]
    fn expected_time_is_samples_times_work() {
        // 1,000,000 samples x 2,000 multiply-adds = 2e9 at NANOS_PER_WORK ns each.
        let want = 2e9 * NANOS_PER_WORK * 1e-9;
        assert!((expected(1_000_000, 2_000).as_secs_f64() - want).abs() < 1e-6);
    }
}
