//! Problems found in a user's file, as data: a code, a message, a byte span.
//!
//! Validation pushes [`Diagnostic`]s instead of failing at the first problem
//! (as cargo-deny does), and this module is the one place that turns spans into
//! `file:line:column` and renders the caret snippets. Pure: no I/O.

mod code;

use std::ops::Range;
use std::sync::OnceLock;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

pub(crate) use self::code::Code;
use crate::lang::Lang;
use crate::tr;

/// How bad a problem in a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable kebab-case code, e.g. `duplicate-id`.
    pub code: Code,
    pub message: String,
    /// Byte range in the file; `None` means the whole file.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    /// Text under the caret.
    pub label: Option<String>,
    /// A hint on how to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span: None,
            label: None,
            help: None,
        }
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Turns a TOML syntax or shape error into a diagnostic, keeping its span.
    pub fn from_toml(error: &toml::de::Error) -> Self {
        let diagnostic = Diagnostic::error(Code::InvalidToml, error.message().trim_end());
        match error.span() {
            Some(span) => diagnostic.at(span),
            None => diagnostic,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A file's name (as the user wrote it) and its text, kept for rendering.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Built on the first position asked for, then shared by every later one.
    index: OnceLock<LineIndex>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
            index: OnceLock::new(),
        }
    }

    /// The file's line index, built once.
    pub fn lines(&self) -> &LineIndex {
        self.index.get_or_init(|| LineIndex::new(&self.text))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines().line_col(&self.text, offset)
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.lines().line(offset)
    }

    /// 1-based line of a span's start, for renderers that show lines only.
    pub fn line_of(&self, span: &Range<usize>) -> usize {
        self.line(span.start)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> Option<&str> {
        Some(self.line_with_ending(line)?.trim_end_matches(['\n', '\r']))
    }

    /// The text of a 1-based line, with its line ending (`None` past the last line).
    pub fn line_with_ending(&self, line: usize) -> Option<&str> {
        let range = self.lines().line_range(&self.text, line)?;
        Some(&self.text[range])
    }
}

/// Where each line of a text starts, so that a byte offset turns into a line in
/// O(log lines) instead of counting newlines from the start of the file each time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset of the first character of each line; `starts[0] == 0`.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        LineIndex { starts }
    }

    /// 1-based line of a byte offset (offsets past the end are on the last line).
    pub fn line(&self, offset: usize) -> usize {
        // The number of line starts at or before `offset`.
        self.starts.partition_point(|&start| start <= offset)
    }

    /// 1-based line and column (in characters, a CR counting as one) of a byte offset.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line(offset);
        let start = self.starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }

    /// Byte range of a 1-based line, with its line ending.
    fn line_range(&self, text: &str, line: usize) -> Option<Range<usize>> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        (start < end).then_some(start..end)
    }
}

/// Line and column of a diagnostic, `None` for a problem with the whole file.
pub(crate) fn location(file: &SourceFile, diagnostic: &Diagnostic) -> Option<(usize, usize)> {
    diagnostic
        .span
        .as_ref()
        .map(|span| file.line_col(span.start))
}

impl Severity {
    /// The level's word in `lang`: `error`, `erreur`…
    pub fn name(self, lang: Lang) -> String {
        match self {
            Severity::Error => tr!(lang, "diag-level-error"),
            Severity::Warning => tr!(lang, "diag-level-warning"),
        }
    }
}

/// The label annotate-snippets writes before a message, colon excepted: `error[code]`
/// in English, `erreur[code]` and a no-break space in French (the renderer adds
/// the colon; the code goes into the name so that the space falls after it). Use
/// it with `Level::with_name` and no `id`.
pub(crate) fn level_name(level: &str, code: Option<&str>, lang: Lang) -> String {
    let label = match code {
        Some(code) => format!("{level}[{code}]"),
        None => level.to_owned(),
    };
    tr!(lang, "diag-label", label = label)
}

/// annotate-snippets' `help` level, named in `lang` (`= aide : …`).
pub(crate) fn help_level(lang: Lang) -> Level<'static> {
    Level::HELP.with_name(level_name(&tr!(lang, "diag-level-help"), None, lang))
}

/// annotate-snippets' `note` level, named in `lang`.
pub(crate) fn note_level(lang: Lang) -> Level<'static> {
    Level::NOTE.with_name(level_name(&tr!(lang, "diag-level-note"), None, lang))
}

/// One grep-able line: `file:line:col: error[code]: message`, or `file: error[code]:
/// message` for a problem with the whole file (as the snippet form shows `--> file`).
pub(crate) fn render_short(file: &SourceFile, diagnostic: &Diagnostic, lang: Lang) -> String {
    let place = match location(file, diagnostic) {
        Some((line, column)) => format!("{}:{line}:{column}", file.path),
        None => file.path.clone(),
    };
    let level = diagnostic.severity.name(lang);
    let mut out = format!(
        "{place}: {}: {}",
        level_name(&level, Some(diagnostic.code.as_str()), lang),
        diagnostic.message
    );
    if let Some(label) = &diagnostic.label {
        out.push_str(&format!(" ({label})"));
    }
    out
}

/// A rustc-like report with the offending line and a caret under the span, its
/// level words (`error`, `help`, `note`) in `lang`.
pub(crate) fn render(file: &SourceFile, diagnostic: &Diagnostic, lang: Lang) -> String {
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let name = level_name(
        &diagnostic.severity.name(lang),
        Some(diagnostic.code.as_str()),
        lang,
    );
    let title = level
        .with_name(name)
        .primary_title(diagnostic.message.as_str());
    let mut report: Vec<Group<'_>> = Vec::new();
    let group = match &diagnostic.span {
        Some(span) => {
            let span = clamp(&file.text, span);
            let annotation = AnnotationKind::Primary.span(span);
            let annotation = match &diagnostic.label {
                Some(label) => annotation.label(label.as_str()),
                None => annotation,
            };
            title.element(
                Snippet::source(file.text.as_str())
                    .path(file.path.as_str())
                    .annotation(annotation),
            )
        }
        // A problem with the whole file (an empty brief, a file of an unknown
        // kind, a spreadsheet cell, which has no line) names the file alone:
        // no line to quote, so no empty snippet lines and no made-up 1:1.
        None => {
            let mut group = title.element(Origin::path(file.path.as_str()));
            if let Some(label) = &diagnostic.label {
                group = group.element(note_level(lang).message(label.as_str()));
            }
            group
        }
    };
    let group = match &diagnostic.help {
        Some(text) => group.element(help_level(lang).message(text.as_str())),
        None => group,
    };
    report.push(group);
    Renderer::plain().render(&report)
}

/// Keeps a span inside the text and on character boundaries, so rendering never panics.
fn clamp(text: &str, span: &Range<usize>) -> Range<usize> {
    let mut start = span.start.min(text.len());
    let mut end = span.end.clamp(start, text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        let line_col = |text: &str, offset| LineIndex::new(text).line_col(text, offset);
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 6), (2, 1));
        // "bé = " is 6 bytes (é is 2) but 5 characters: the quote is column 6.
        assert_eq!(line_col(text, 12), (2, 6));
        assert_eq!(line_col(text, 999), (3, 1));
    }

    #[test]
    fn line_index_hand_computed() {
        // "ab\r\n" = bytes 0..4, "é€\n" = 4..10 (é 2 bytes, € 3, \n 1), "" from 10.
        let text = "ab\r\né€\nz";
        let index = LineIndex::new(text);
        assert_eq!(index.starts, [0, 4, 10]);
        assert_eq!(index.line_col(text, 0), (1, 1));
        // The CR is the third character of line 1.
        assert_eq!(index.line_col(text, 2), (1, 3));
        assert_eq!(index.line_col(text, 4), (2, 1));
        // € starts at byte 6, after one 2-byte character: column 2.
        assert_eq!(index.line_col(text, 6), (2, 2));
        // Byte 7 is inside €: it rounds down to €'s start.
        assert_eq!(index.line_col(text, 7), (2, 2));
        // The newline at byte 9 is column 3 of line 2.
        assert_eq!(index.line_col(text, 9), (2, 3));
        assert_eq!(index.line_col(text, 10), (3, 1));
        assert_eq!(index.line_col(text, 99), (3, 2));
        assert_eq!(index.line(99), 3);
    }

    #[test]
    fn line_text_strips_crlf() {
        let file = SourceFile::new("x.toml", "a = 1\r\nb = 2\n");
        assert_eq!(file.line_text(1), Some("a = 1"));
        assert_eq!(file.line_text(2), Some("b = 2"));
        assert_eq!(file.line_text(3), None);
        assert_eq!(file.line_text(0), None);
        // Line 1 is bytes 0..7 with its CRLF.
        assert_eq!(file.line_with_ending(1), Some("a = 1\r\n"));
        assert_eq!(file.line_with_ending(2), Some("b = 2\n"));
        assert_eq!(file.line_with_ending(3), None);
    }

    #[test]
    fn short_form_is_greppable() {
        let file = SourceFile::new("brief.toml", "[project]\nname = 3\n");
        let d = Diagnostic::error(Code::InvalidType, "expected a string").at(17..18);
        assert_eq!(
            render_short(&file, &d, Lang::En),
            "brief.toml:2:8: error[invalid-type]: expected a string"
        );
    }

    /// The snippet, in each language: French puts a no-break space before the
    /// colon that follows the level.
    #[test]
    fn snippet_points_at_the_line() {
        let file = SourceFile::new("brief.toml", "[project]\nname = 3\n");
        let cases = [
            (
                Lang::En,
                Diagnostic::error(Code::InvalidType, "expected a string"),
                "error[invalid-type]: expected a string",
                "= help: quote it",
            ),
            (
                Lang::Fr,
                Diagnostic::warning(Code::InvalidType, "attendu une chaîne"),
                "point d’attention[invalid-type]\u{a0}: attendu une chaîne",
                "= aide\u{a0}: quote it",
            ),
        ];
        for (lang, diagnostic, title, help) in cases {
            let d = diagnostic.at(17..18).label("a number").help("quote it");
            let out = render(&file, &d, lang);
            assert!(out.contains(title), "{out}");
            assert!(out.contains("--> brief.toml:2:8"), "{out}");
            assert!(out.contains("2 | name = 3"), "{out}");
            assert!(out.contains("^ a number"), "{out}");
            assert!(out.contains(help), "{out}");
            assert_eq!(
                render_short(&file, &d, lang),
                format!("brief.toml:2:8: {title} (a number)")
            );
        }
    }

    #[test]
    fn bad_spans_do_not_panic() {
        let file = SourceFile::new("x.toml", "é");
        let d = Diagnostic::error(Code::InvalidToml, "y").at(1..50);
        let _ = render(&file, &d, Lang::En);
        let whole = Diagnostic::error(Code::InvalidToml, "whole file");
        assert!(render(&file, &whole, Lang::En).contains("x.toml"));
    }

    /// A problem with the whole file names it alone, in both forms: no 1:1 and
    /// no empty snippet lines.
    #[test]
    fn whole_file_problems_name_the_file_alone() {
        let file = SourceFile::new("empty.toml", "");
        let d = Diagnostic::error(Code::EmptyBrief, "the brief is empty").help("run interview");
        let out = render(&file, &d, Lang::En);
        assert_eq!(
            out,
            "error[empty-brief]: the brief is empty\n--> empty.toml\n = help: run interview"
        );
        assert_eq!(
            render_short(&file, &d, Lang::En),
            "empty.toml: error[empty-brief]: the brief is empty"
        );
    }
}
