#![allow(dead_code)] // each test binary uses part of it
//! Words of the other language leaking into a human output, and English decimal
//! points in French sentences (issue 10). Code spans (`…`), bracketed codes
//! (`[missing-value]`), HTML tags and kebab-case identifiers (`client-weight`,
//! the first column of the tables) are identifiers and are skipped. Apostrophes
//! are not checked: the data files' French texts carry their own.

/// English words that must not appear in French output.
const ENGLISH: &[&str] = &[
    " the ",
    "weight",
    "score of",
    "offer ",
    "warning",
    "must-have",
    "missing",
    " is ",
    " and ",
    "none",
];

/// French words that must not appear in English output.
const FRENCH: &[&str] = &[
    " le ", " la ", " des ", " du ", "poids", "offre", "critère", " est ", "aucun",
];

/// The text a reader reads: without code spans, bracketed codes and, in an HTML
/// document, tags with their attributes (class names and ids are code).
pub(crate) fn prose(text: &str) -> String {
    let html = text.starts_with("<!DOCTYPE");
    let mut out = String::with_capacity(text.len());
    let mut skip_until: Option<char> = None;
    for c in text.chars() {
        match skip_until {
            Some(end) if c == end => skip_until = None,
            // Code spans and brackets end with their line (HTML tags do not).
            Some(end) if c == '\n' && end != '>' => {
                skip_until = None;
                out.push(c);
            }
            Some(_) => {}
            None => match c {
                '`' => skip_until = Some('`'),
                '[' => skip_until = Some(']'),
                '<' if html => skip_until = Some('>'),
                _ => out.push(c),
            },
        }
    }
    out.lines()
        .map(|line| {
            line.split(' ')
                .filter(|word| !is_identifier(word))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `client-weight`, `lambda_max`: lowercase ASCII with a `-` or `_` inside; or a
/// version number (`0.1.0`).
fn is_identifier(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let version =
        word.matches('.').count() >= 2 && word.chars().all(|c| c.is_ascii_digit() || c == '.');
    version
        || word.contains(['-', '_'])
            && word
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// The leaks found in `text`, a human output in `lang` ("fr" or "en").
pub(crate) fn leaks(text: &str, lang: &str) -> Vec<String> {
    let prose = prose(text);
    let lower = prose.to_lowercase();
    let words = if lang == "fr" { ENGLISH } else { FRENCH };
    let mut found: Vec<String> = words
        .iter()
        .filter(|word| lower.contains(*word))
        .map(|word| format!("{word:?} in: {}", line_of(&prose, &lower, word)))
        .collect();
    if lang == "fr" {
        let chars: Vec<char> = prose.chars().collect();
        for window in chars.windows(3) {
            if window[0].is_ascii_digit() && window[1] == '.' && window[2].is_ascii_digit() {
                let point: String = window.iter().collect();
                found.push(format!("decimal point {point:?}"));
            }
        }
    }
    found
}

/// Plain spaces before `: ; ? !` and inside `« »` in a French output. For outputs
/// whose every sentence is the tool's (the data files' texts carry their own).
pub(crate) fn typography(text: &str) -> Vec<String> {
    let prose = prose(text);
    let mut found = Vec::new();
    for mark in [" :", " ;", " ?", " !", "« ", " »"] {
        if let Some(line) = prose.lines().find(|line| line.contains(mark)) {
            found.push(format!("French typography {mark:?} in: {line}"));
        }
    }
    found
}

fn line_of<'a>(prose: &'a str, lower: &str, word: &str) -> &'a str {
    let at = lower.find(word).unwrap_or(0);
    // `to_lowercase` keeps the byte offsets of these texts' letters.
    let at = prose.floor_char_boundary_compat(at);
    let start = prose[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = prose[at..].find('\n').map_or(prose.len(), |i| at + i);
    &prose[start..end]
}

trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, at: usize) -> usize;
}

impl FloorCharBoundary for str {
    fn floor_char_boundary_compat(&self, mut at: usize) -> usize {
        at = at.min(self.len());
        while !self.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}
