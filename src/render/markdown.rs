//! Escaping for text that goes into Markdown (CommonMark, GitHub tables), shared by
//! `rank --format markdown` and the Markdown report.
//!
//! Names and texts come from users' files: a provider named `*Acme*` must show its
//! asterisks, not turn into italics.

use std::fmt::Write as _;

/// Escapes text for Markdown: a backslash before the ASCII punctuation that can
/// start markup (CommonMark allows a backslash before any ASCII punctuation), and
/// newlines folded to spaces so a value cannot start a new block or table row.
/// `#` opens a heading only at the start of a line, so only a leading one is
/// escaped.
pub(crate) fn escape(text: &str) -> String {
    escape_from(text, true)
}

/// Escapes `text`; a leading `#` only when the text may start a line.
fn escape_from(text: &str, line_start: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for (k, c) in text.chars().enumerate() {
        match c {
            '#' if k == 0 && line_start => out.push_str("\\#"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '!' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Text for a table cell: trimmed, then escaped (`|` included, lines folded). A
/// cell never starts a line, so a leading `#` stays as it is (`| # |`).
pub(crate) fn cell(text: &str) -> String {
    escape_from(text.trim(), false)
}

/// Splits `text` into plain parts and `backticked` parts (ids in the ranking's
/// messages): `(part, is_code)`. An unpaired backtick leaves the text plain.
pub(crate) fn code_spans(text: &str) -> Vec<(&str, bool)> {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return vec![(text, false)];
    }
    parts
        .into_iter()
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(k, part)| (part, k % 2 == 1))
        .collect()
}

/// Escapes `text` but keeps its `backticked` parts as code spans.
pub(crate) fn escape_with_code(text: &str) -> String {
    code_spans(text)
        .into_iter()
        .map(|(part, code)| code_span_or_text(part, code))
        .collect()
}

/// A code span (its content needs no escaping), or escaped text.
pub(crate) fn code_span_or_text(text: &str, code: bool) -> String {
    if code {
        format!("`{}`", text.replace(['\n', '\r'], " "))
    } else {
        escape(text)
    }
}

/// A relative link to a file in the same folder, with the characters that would
/// end or break a link destination percent-encoded.
pub(crate) fn link(name: &str) -> String {
    let mut out = String::new();
    for byte in name.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(byte));
            }
            _ => {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_starred_name_is_not_emphasis() {
        // Each `*` gets a backslash, so CommonMark shows the asterisks literally.
        assert_eq!(escape("*Acme*"), "\\*Acme\\*");
        assert_eq!(escape("_Globex_ | <b>"), "\\_Globex\\_ \\| \\<b\\>");
        assert_eq!(escape("a\nb\u{1}"), "a b");
        assert_eq!(cell("  *x*  "), "\\*x\\*");
        assert_eq!(escape("#1 call centre #2"), "\\#1 call centre #2");
        assert_eq!(cell("#"), "#");
    }

    #[test]
    fn backticks_stay_code_spans() {
        assert_eq!(
            escape_with_code("`price_max` is *low*"),
            "`price_max` is \\*low\\*"
        );
        assert_eq!(escape_with_code("a ` b"), "a \\` b");
        assert_eq!(code_spans("`a` b"), [("a", true), (" b", false)]);
    }

    #[test]
    fn links_are_percent_encoded() {
        assert_eq!(link("client report.svg"), "client%20report.svg");
        assert_eq!(link("a(b).svg"), "a%28b%29.svg");
    }
}
