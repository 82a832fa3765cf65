//! Text laid out for the terminal: wrapped paragraphs and labels cut to one line.

use dialoguer::console::measure_text_width;

/// Words wrapped to `width` columns. A no-break space (U+00A0, U+202F) is part
/// of its word: French text keeps it before `: ; ? !` and never starts a line
/// with the punctuation.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let breaks = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}');
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            if !line.is_empty() && measure_text_width(&line) + 1 + measure_text_width(word) > width
            {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// A label cut to fit one line. dialoguer counts an item's bytes, not its columns,
/// to clear the list: an item longer in bytes than the terminal is wide would make
/// it erase lines above the prompt. So the limit is on bytes.
pub(super) fn fit(label: &str, bytes: usize) -> String {
    if label.len() <= bytes {
        return label.to_owned();
    }
    let mut cut = bytes.saturating_sub('…'.len_utf8());
    while !label.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}…", label[..cut].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_and_fitting() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
        // "Prêt\u{a0}?" is one word of 6 columns: it moves to the next line
        // whole, and the no-break space stays one.
        assert_eq!(
            wrap("Êtes-vous prêt\u{a0}?", 12),
            ["Êtes-vous", "prêt\u{a0}?"]
        );
        assert_eq!(wrap("a\u{202f}; b", 20), ["a\u{202f}; b"]);
        assert_eq!(fit("short", 10), "short");
        let cut = fit("Procédures écrites et testées", 12);
        assert!(cut.len() <= 12, "{cut}");
        assert!(cut.ends_with('…'));
    }
}
