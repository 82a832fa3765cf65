//! Escaping for text that goes into HTML or SVG (both parsed as markup).
//!
//! Names and texts come from users' files, so every piece of them written into
//! a report goes through [`escape`].

/// Escapes `&`, `<`, `>`, `"` and `'`, and drops the control characters that XML
/// forbids (so a stray `\u{1}` in a provider name cannot break an SVG file).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            escape(r#"<b>"Tom" & 'Jerry'</b>"#),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
        assert_eq!(escape("a\u{1}b\u{7f}c\nd"), "abc\nd");
        assert_eq!(escape("Éléphant 象"), "Éléphant 象");
    }
}
