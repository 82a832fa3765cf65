//! What every chart shares: the palette, the sizes, the data types, text metrics
//! (estimated widths, shortening, wrapping) and SVG helpers.

use std::fmt::Write as _;

use crate::i18n::number;
use crate::lang::Lang;
use crate::render::xml::escape;

/// The palette made for colour vision deficiency by Masataka Okabe and Kei Ito,
/// "Color Universal Design" (2008), <https://jfly.uni-koeln.de/color/>: its eight
/// colours, in an order that keeps neighbouring segments apart (blue, orange,
/// bluish green, reddish purple, sky blue, vermilion, yellow, black).
pub(super) const PALETTE: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
];

/// At most this many series get a colour of their own; beyond, the smallest are
/// merged into one "other" series (see `report::chart_series`).
pub(crate) const MAX_SERIES: usize = PALETTE.len();

/// The "other" series' colour: a mid grey, apart from every palette colour.
pub(crate) const OTHER_COLOR: &str = "#999999";

const FONT: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/// The smallest text of every chart, in px (see the module's note).
pub(super) const FONT_SIZE: f64 = 13.0;
/// Every chart's width, in px.
pub(super) const WIDTH: f64 = 420.0;
pub(super) const TEXT_COLOR: &str = "#1f2328";
pub(super) const MUTED_COLOR: &str = "#59636e";
pub(super) const GRID_COLOR: &str = "#d0d7de";

/// The colour of series `index`, cycling through the palette.
pub(crate) fn color(index: usize) -> &'static str {
    PALETTE[index % PALETTE.len()]
}

/// One axis of a radar chart: a label and a score from 0 to 100, `None` when
/// nothing was answered for it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RadarAxis {
    pub label: String,
    pub value: Option<f64>,
}

/// One bar of a stacked bar chart: a label, the total the bar stands for, and its
/// segments (one per series, in legend order).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct StackedRow {
    pub label: String,
    pub total: f64,
    /// Written after the bar, e.g. `72.4`.
    pub total_text: String,
    pub segments: Vec<f64>,
}

/// One series of a stacked bar chart, as its legend shows it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Series {
    /// The legend's text, wrapped, never cut.
    pub name: String,
    pub color: &'static str,
}

/// One bar of a simple bar chart.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BarRow {
    pub label: String,
    pub value: f64,
    /// Written after the bar, e.g. `64 %`.
    pub value_text: String,
}

// ---------------------------------------------------------------- text metrics

/// Estimated advance width of `c` in a sans-serif font, in ems. Deliberately on the
/// wide side: a label estimated too wide is truncated a little early, one
/// estimated too narrow would overflow.
fn char_width_em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.3,
        ' ' | 'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' => 0.4,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.9,
        'A'..='Z' | '&' => 0.72,
        '0'..='9' => 0.58,
        c if c.is_ascii() => 0.58,
        // CJK, Hangul, full-width forms and emoji are about one em wide.
        c if c >= '\u{1100}' => 1.0,
        // Latin letters with accents and the like.
        _ => 0.62,
    }
}

/// Estimated width of `text` at `font_size` pixels.
pub(super) fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(char_width_em).sum::<f64>() * font_size
}

/// `text` shortened with an ellipsis so that it fits in `max_width` pixels, and
/// whether it was shortened.
pub(super) fn fit(text: &str, max_width: f64, font_size: f64) -> (String, bool) {
    let text = text.trim();
    if text_width(text, font_size) <= max_width {
        return (text.to_owned(), false);
    }
    let budget = max_width - text_width("…", font_size);
    let mut width = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        width += char_width_em(c) * font_size;
        if width > budget {
            break;
        }
        out.push(c);
    }
    let mut out = out.trim_end().to_owned();
    out.push('…');
    (out, true)
}

/// Splits `text` into at most `max_lines` lines of at most `max_width` pixels,
/// at spaces; the last line is truncated with an ellipsis when the text does not
/// fit. Returns the lines and whether anything was cut.
pub(super) fn wrap(
    text: &str,
    max_width: f64,
    font_size: f64,
    max_lines: usize,
) -> (Vec<String>, bool) {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut lines = Vec::new();
    let mut any_cut = false;
    let mut i = 0;
    while i < words.len() {
        if lines.len() + 1 >= max_lines.max(1) {
            // Last allowed line: everything left goes on it, truncated.
            let (line, cut) = fit(&words[i..].join(" "), max_width, font_size);
            lines.push(line);
            return (lines, any_cut || cut);
        }
        let mut line = words[i].to_owned();
        i += 1;
        while let Some(next) = words.get(i) {
            let candidate = format!("{line} {next}");
            if text_width(&candidate, font_size) > max_width {
                break;
            }
            line = candidate;
            i += 1;
        }
        // A single word longer than the line is cut.
        let (line, cut) = fit(&line, max_width, font_size);
        any_cut |= cut;
        lines.push(line);
    }
    (lines, any_cut)
}

// ---------------------------------------------------------------- SVG helpers

/// A number for an SVG attribute: one decimal, no `-0.0`.
pub(super) fn num(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 {
        return "0".to_owned();
    }
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// Four decimals: segment positions are cumulative, so rounding each one to a
/// tenth could drift by a pixel over ten criteria.
pub(super) fn num4(value: f64) -> String {
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// Lines of text, one `<tspan>` each, `line_height` apart, the first on baseline
/// `y`.
pub(super) fn text_lines(out: &mut String, x: f64, y: f64, line_height: f64, lines: &[String]) {
    let _ = write!(out, r#"<text x="{}" y="{}">"#, num(x), num(y));
    for (k, line) in lines.iter().enumerate() {
        let dy = if k == 0 { 0.0 } else { line_height };
        let _ = write!(
            out,
            r#"<tspan x="{}" dy="{}">{}</tspan>"#,
            num(x),
            num(dy),
            escape(line)
        );
    }
    out.push_str("</text>");
}

/// Between a label and its value in a tooltip: `: ` (`\u{a0}: ` in French).
pub(super) fn colon(lang: Lang) -> String {
    crate::tr!(lang, "report-colon")
}

/// A score out of 100 as the report's tables write it (one decimal, through the
/// one number formatter).
pub(super) fn score_text(value: f64, lang: Lang) -> String {
    number::trimmed(value, 1, lang)
}

pub(super) fn open_svg(out: &mut String, width: f64, height: f64, title: &str) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{t}" font-family="{FONT}" font-size="{FONT_SIZE}" fill="{TEXT_COLOR}"><title>{t}</title>"#,
        w = num(width),
        h = num(height),
        t = escape(title),
    );
}

/// A `<text>` element, truncated to `max_width`, with the full text as a
/// `<title>` tooltip when truncated.
pub(super) fn text_fitted(
    out: &mut String,
    x: f64,
    y: f64,
    anchor: &str,
    max_width: f64,
    text: &str,
) {
    let (shown, cut) = fit(text, max_width, FONT_SIZE);
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" text-anchor="{anchor}">"#,
        num(x),
        num(y)
    );
    if cut {
        let _ = write!(out, "<title>{}</title>", escape(text));
    }
    let _ = write!(out, "{}</text>", escape(&shown));
}

pub(super) fn clamp_score(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, 100.0)
    }
}
