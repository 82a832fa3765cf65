//! Charts as standalone SVG strings: a radar of scores, stacked horizontal bars and
//! simple horizontal bars. Pure: data in, `String` out.
//!
//! Why hand-written and not `plotters`: the three charts need a few dozen lines of
//! geometry each, which we can unit-test exactly (a score of 50 sits halfway on its
//! axis, segment lengths add up to the total). `plotters`' SVG backend would add a
//! dependency tree and font handling (its text layout needs font metrics, which
//! pulls in font crates or system fonts) for output we would still have to
//! post-process to add `<title>` tooltips and truncation. Here the text width is
//! *estimated* from character classes, conservatively, so labels are truncated
//! before they could overflow, whatever sans-serif font the reader has.
//!
//! Every SVG has a `viewBox`, a pixel `width`/`height` (for a standalone file) and
//! `role="img"` with a `<title>`; the HTML stylesheet scales it to the page width.
//! Colours are presentation attributes, not CSS, so an SVG file looks the same
//! written next to a Markdown report as inline in the HTML one.

use std::fmt::Write as _;

use super::xml::escape;
use crate::i18n::number;
use crate::lang::Lang;

/// Colour-blind-safe palette: Okabe and Ito's eight, then four of Paul Tol's, so a
/// dozen criteria (what a person can weigh) get distinct colours; cycled beyond.
const PALETTE: [&str; 12] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F",
    "#882255", "#44AA99", "#999933", "#332288",
];

const FONT: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const FONT_SIZE: f64 = 12.0;
const TEXT_COLOR: &str = "#1f2328";
const MUTED_COLOR: &str = "#59636e";
const GRID_COLOR: &str = "#d0d7de";

/// The colour of series `index`.
pub fn color(index: usize) -> &'static str {
    PALETTE[index % PALETTE.len()]
}

/// One axis of a radar chart: a label and a score from 0 to 100, `None` when
/// nothing was answered for it.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    pub label: String,
    pub value: Option<f64>,
}

/// One bar of a stacked bar chart: a label, the total the bar stands for, and its
/// segments (one per series, in legend order).
#[derive(Clone, Debug, PartialEq)]
pub struct StackedRow {
    pub label: String,
    pub total: f64,
    /// Written after the bar, e.g. `72.4`.
    pub total_text: String,
    pub segments: Vec<f64>,
}

/// One bar of a simple bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRow {
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
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(char_width_em).sum::<f64>() * font_size
}

/// `text` shortened with an ellipsis so that it fits in `max_width` pixels, and
/// whether it was shortened.
pub fn fit(text: &str, max_width: f64, font_size: f64) -> (String, bool) {
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
pub fn wrap(text: &str, max_width: f64, font_size: f64, max_lines: usize) -> (Vec<String>, bool) {
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
fn num(value: f64) -> String {
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

/// Between a label and its value in a tooltip: `: ` (`\u{a0}: ` in French).
fn colon(lang: Lang) -> String {
    crate::tr!(lang, "report-colon")
}

/// A score out of 100 as the report's tables write it (one decimal, through the
/// one number formatter).
fn score_text(value: f64, lang: Lang) -> String {
    number::trimmed(value, 1, lang)
}

fn open_svg(out: &mut String, width: f64, height: f64, title: &str) {
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
fn text_fitted(out: &mut String, x: f64, y: f64, anchor: &str, max_width: f64, text: &str) {
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

fn clamp_score(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, 100.0)
    }
}

// ---------------------------------------------------------------- radar

/// Radar geometry: the canvas, the centre and the radius of the 100 ring.
pub const RADAR_WIDTH: f64 = 440.0;
pub const RADAR_HEIGHT: f64 = 392.0;
pub const RADAR_CX: f64 = 220.0;
pub const RADAR_CY: f64 = 196.0;
pub const RADAR_R: f64 = 120.0;
/// Labels are a little larger than elsewhere and wrap on up to three lines, so
/// the canvas stays narrow: the radar is the chart most shrunk on a phone.
const RADAR_FONT: f64 = 13.0;
/// Distance between the 100 ring and the labels.
const RADAR_LABEL_GAP: f64 = 16.0;
const LINE_HEIGHT: f64 = 14.0;

/// Angle of axis `index` of `count`, in radians: the first axis points up, the
/// others follow clockwise (SVG's y axis points down, so up is -90°).
pub fn radar_angle(index: usize, count: usize) -> f64 {
    -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * index as f64 / count.max(1) as f64
}

/// Where a score (0..=100, clamped) sits on axis `index` of `count`.
pub fn radar_point(index: usize, count: usize, score: f64) -> (f64, f64) {
    let angle = radar_angle(index, count);
    let distance = RADAR_R * clamp_score(score) / 100.0;
    (
        RADAR_CX + distance * angle.cos(),
        RADAR_CY + distance * angle.sin(),
    )
}

fn points(list: &[(f64, f64)]) -> String {
    list.iter()
        .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A radar (spider) chart of scores from 0 to 100.
///
/// Axes without a score (`None`) keep their spoke and label, with `–` for the
/// value, and the polygon joins only the scored axes: plotting them at 0 would say
/// "scored 0". With fewer than three axes the shape is a line or a point, which is
/// still right. An empty list gives an empty string.
pub fn radar(title: &str, axes: &[RadarAxis], lang: Lang) -> String {
    if axes.is_empty() {
        return String::new();
    }
    let n = axes.len();
    let mut out = String::new();
    open_svg(&mut out, RADAR_WIDTH, RADAR_HEIGHT, title);

    // Rings at 20, 40, …, 100: polygons when there are at least 3 axes, else circles.
    let _ = write!(
        out,
        r#"<g fill="none" stroke="{GRID_COLOR}" stroke-width="1">"#
    );
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        if n >= 3 {
            let ring_points: Vec<_> = (0..n).map(|i| radar_point(i, n, ring)).collect();
            let _ = write!(out, r#"<polygon points="{}"/>"#, points(&ring_points));
        } else {
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}"/>"#,
                num(RADAR_CX),
                num(RADAR_CY),
                num(RADAR_R * ring / 100.0)
            );
        }
    }
    for i in 0..n {
        let (x, y) = radar_point(i, n, 100.0);
        let _ = write!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            num(RADAR_CX),
            num(RADAR_CY),
            num(x),
            num(y)
        );
    }
    out.push_str("</g>");

    // Ring values along the first axis, just right of it.
    let _ = write!(
        out,
        r#"<g fill="{MUTED_COLOR}" font-size="10" text-anchor="start">"#
    );
    for ring in [50.0, 100.0] {
        let y = RADAR_CY - RADAR_R * ring / 100.0;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}">{}</text>"#,
            num(RADAR_CX + 4.0),
            num(y + 12.0),
            num(ring)
        );
    }
    out.push_str("</g>");

    // The scored shape.
    let scored: Vec<(usize, f64)> = axes
        .iter()
        .enumerate()
        .filter_map(|(i, axis)| axis.value.map(|value| (i, value)))
        .collect();
    let shape: Vec<_> = scored.iter().map(|&(i, v)| radar_point(i, n, v)).collect();
    if shape.len() >= 3 {
        let _ = write!(
            out,
            r#"<polygon class="radar-shape" points="{}" fill="{}" fill-opacity="0.25" stroke="{}" stroke-width="2" stroke-linejoin="round"/>"#,
            points(&shape),
            color(0),
            color(0)
        );
    } else if shape.len() == 2 {
        let _ = write!(
            out,
            r#"<polyline class="radar-shape" points="{}" fill="none" stroke="{}" stroke-width="2"/>"#,
            points(&shape),
            color(0)
        );
    }
    for (&(i, value), &(x, y)) in scored.iter().zip(&shape) {
        let _ = write!(
            out,
            r#"<circle class="radar-point" cx="{}" cy="{}" r="4" fill="{}"><title>{}{}{}</title></circle>"#,
            num(x),
            num(y),
            color(0),
            escape(&axes[i].label),
            escape(&colon(lang)),
            score_text(clamp_score(value), lang)
        );
    }

    // Labels: up to two lines of text, then the value in bold.
    for (i, axis) in axes.iter().enumerate() {
        radar_label(&mut out, i, n, axis, lang);
    }
    out.push_str("</svg>");
    out
}

fn radar_label(out: &mut String, index: usize, count: usize, axis: &RadarAxis, lang: Lang) {
    let angle = radar_angle(index, count);
    let (cos, sin) = (angle.cos(), angle.sin());
    let x = RADAR_CX + (RADAR_R + RADAR_LABEL_GAP) * cos;
    let y = RADAR_CY + (RADAR_R + RADAR_LABEL_GAP) * sin;
    let margin = 6.0;
    let (anchor, max_width) = if cos > 0.1 {
        ("start", RADAR_WIDTH - x - margin)
    } else if cos < -0.1 {
        ("end", x - margin)
    } else {
        // A label at the top or bottom is centred on its spoke; with five axes or
        // more it must also stop short of its neighbours' labels, which start at
        // their spoke's end, (R + gap) · sin(360° / n) to either side.
        let mut half = x.min(RADAR_WIDTH - x).min(130.0);
        if count >= 5 {
            half = half.min(
                (RADAR_R + RADAR_LABEL_GAP) * (std::f64::consts::TAU / count as f64).sin().abs(),
            );
        }
        ("middle", 2.0 * half - 2.0 * margin)
    };
    // Past eight axes the spoke ends are too close for three-line labels.
    let max_lines = if count > 8 { 2 } else { 3 };
    let (lines, cut) = wrap(&axis.label, max_width, RADAR_FONT, max_lines);
    let value = axis
        .value
        .map_or_else(|| "–".to_owned(), |v| score_text(clamp_score(v), lang));
    let line_count = lines.len() + 1;
    // The block of lines sits above the spoke's end at the top (sin = -1), below it
    // at the bottom (sin = 1), centred on it at the sides, and in between
    // elsewhere: `first` is the first line's baseline.
    let height = LINE_HEIGHT * (line_count as f64 - 1.0) + RADAR_FONT;
    let top = y - height * (1.0 - sin) / 2.0;
    let first = top + RADAR_FONT * 0.8;
    let _ = write!(
        out,
        r#"<text class="radar-label" x="{}" y="{}" text-anchor="{anchor}" font-size="{RADAR_FONT}">"#,
        num(x),
        num(first)
    );
    if cut {
        let _ = write!(out, "<title>{}</title>", escape(&axis.label));
    }
    for (k, line) in lines.iter().enumerate() {
        let dy = if k == 0 { 0.0 } else { LINE_HEIGHT };
        let _ = write!(
            out,
            r#"<tspan x="{}" dy="{}">{}</tspan>"#,
            num(x),
            num(dy),
            escape(line)
        );
    }
    let dy = if lines.is_empty() { 0.0 } else { LINE_HEIGHT };
    let _ = write!(
        out,
        r#"<tspan x="{}" dy="{}" font-weight="bold">{}</tspan></text>"#,
        num(x),
        num(dy),
        value
    );
}

// ---------------------------------------------------------------- horizontal bars

/// Horizontal bar geometry, shared by stacked and simple bars.
pub const BARS_WIDTH: f64 = 720.0;
/// Left edge of the bars; the labels are right-aligned before it.
pub const BARS_X0: f64 = 190.0;
/// Length of the axis, from 0 to `max`.
pub const BARS_AXIS: f64 = 430.0;
const BARS_TOP: f64 = 10.0;
const ROW_HEIGHT: f64 = 30.0;
const BAR_HEIGHT: f64 = 20.0;
const LEGEND_COLUMN: f64 = 180.0;
const LEGEND_ROW: f64 = 20.0;

/// Length on the axis of a value, for an axis from 0 to `max`. Negative values
/// and a non-positive `max` give 0.
pub fn bar_length(value: f64, max: f64) -> f64 {
    if max > 0.0 && value > 0.0 {
        BARS_AXIS * value.min(max) / max
    } else {
        0.0
    }
}

fn axis_ticks(out: &mut String, max: f64, y_top: f64, y_bottom: f64, percent: bool, lang: Lang) {
    let _ = write!(out, r#"<g stroke="{GRID_COLOR}" stroke-width="1">"#);
    for k in 0..=4 {
        let x = BARS_X0 + BARS_AXIS * f64::from(k) / 4.0;
        let _ = write!(
            out,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}"/>"#,
            num(y_top),
            num(y_bottom),
            x = num(x)
        );
    }
    out.push_str("</g>");
    let _ = write!(
        out,
        r#"<g fill="{MUTED_COLOR}" font-size="10" text-anchor="middle">"#
    );
    for k in 0..=4 {
        let x = BARS_X0 + BARS_AXIS * f64::from(k) / 4.0;
        let value = max * f64::from(k) / 4.0;
        let label = if percent {
            number::percent_tenths(value, lang)
        } else if max <= 2.0 {
            number::decimal(value, 2, lang)
        } else {
            number::trimmed(value, 1, lang)
        };
        let _ = write!(
            out,
            r#"<text x="{}" y="{}">{}</text>"#,
            num(x),
            num(y_bottom + 12.0),
            label
        );
    }
    out.push_str("</g>");
}

fn row_label(out: &mut String, y: f64, label: &str) {
    text_fitted(
        out,
        BARS_X0 - 8.0,
        y + BAR_HEIGHT / 2.0 + FONT_SIZE / 3.0,
        "end",
        BARS_X0 - 14.0,
        label,
    );
}

fn value_label(out: &mut String, x: f64, y: f64, text: &str) {
    text_fitted(
        out,
        x + 6.0,
        y + BAR_HEIGHT / 2.0 + FONT_SIZE / 3.0,
        "start",
        BARS_WIDTH - x - 10.0,
        text,
    );
}

/// A stacked horizontal bar chart: one bar per row, one coloured segment per
/// series, a legend of the series under the axis.
///
/// The bar's length is always `total` on an axis from 0 to `max`. The segments
/// split it in proportion to their values: for an additive method (weighted sum)
/// they are the contributions and add up to the total exactly; for a method whose
/// contributions do not add up (TOPSIS), the bar still shows the total and each
/// criterion's share of it. Negative segment values count as 0.
pub fn stacked_bars(
    title: &str,
    series: &[String],
    rows: &[StackedRow],
    max: f64,
    lang: Lang,
) -> String {
    let mut out = String::new();
    let axis_bottom = BARS_TOP + ROW_HEIGHT * rows.len() as f64;
    let legend_columns = ((BARS_WIDTH - 20.0) / LEGEND_COLUMN).floor().max(1.0) as usize;
    let legend_rows = series.len().div_ceil(legend_columns);
    let legend_top = axis_bottom + 30.0;
    let height = legend_top + LEGEND_ROW * legend_rows as f64 + 6.0;
    open_svg(&mut out, BARS_WIDTH, height, title);
    axis_ticks(&mut out, max, BARS_TOP - 4.0, axis_bottom, false, lang);

    for (r, row) in rows.iter().enumerate() {
        let y = BARS_TOP + ROW_HEIGHT * r as f64 + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
        row_label(&mut out, y, &row.label);
        let lengths = segment_lengths(row, max);
        let mut x = BARS_X0;
        let _ = write!(out, r#"<g class="bar">"#);
        for (s, length) in lengths.iter().enumerate() {
            if *length <= 0.0 {
                continue;
            }
            let name = series.get(s).map_or("", String::as_str);
            let value = row.segments.get(s).copied().unwrap_or(0.0);
            let _ = write!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}{colon}{}{colon}{}</title></rect>"#,
                num4(x),
                num(y),
                num4(*length),
                num(BAR_HEIGHT),
                color(s),
                escape(&row.label),
                escape(name),
                format_value(value, lang),
                colon = escape(&colon(lang)),
            );
            x += length;
        }
        out.push_str("</g>");
        value_label(&mut out, x, y, &row.total_text);
    }

    for (s, name) in series.iter().enumerate() {
        let column = s % legend_columns;
        let line = s / legend_columns;
        let x = 10.0 + LEGEND_COLUMN * column as f64;
        let y = legend_top + LEGEND_ROW * line as f64;
        let _ = write!(
            out,
            r#"<rect x="{}" y="{}" width="12" height="12" fill="{}"/>"#,
            num(x),
            num(y),
            color(s)
        );
        text_fitted(
            &mut out,
            x + 17.0,
            y + 10.0,
            "start",
            LEGEND_COLUMN - 24.0,
            name,
        );
    }
    out.push_str("</svg>");
    out
}

/// The lengths of a stacked row's segments (see [`stacked_bars`]).
pub fn segment_lengths(row: &StackedRow, max: f64) -> Vec<f64> {
    let total_length = bar_length(row.total, max);
    let positive: Vec<f64> = row.segments.iter().map(|v| v.max(0.0)).collect();
    let sum: f64 = positive.iter().sum();
    if sum <= 0.0 || !sum.is_finite() {
        return vec![0.0; positive.len()];
    }
    positive.iter().map(|v| total_length * v / sum).collect()
}

/// Four decimals: segment positions are cumulative, so rounding each one to a
/// tenth could drift by a pixel over ten criteria.
fn num4(value: f64) -> String {
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

fn format_value(value: f64, lang: Lang) -> String {
    if value.abs() < 2.0 {
        number::decimal(value, 3, lang)
    } else {
        number::decimal(value, 1, lang)
    }
}

/// A simple horizontal bar chart on an axis from 0 to `max`; with `percent`, the
/// axis ticks are percentages of a share (`max` = 1 means 100 %).
pub fn bars(title: &str, rows: &[BarRow], max: f64, percent: bool, lang: Lang) -> String {
    let mut out = String::new();
    let axis_bottom = BARS_TOP + ROW_HEIGHT * rows.len() as f64;
    open_svg(&mut out, BARS_WIDTH, axis_bottom + 20.0, title);
    axis_ticks(&mut out, max, BARS_TOP - 4.0, axis_bottom, percent, lang);
    for (r, row) in rows.iter().enumerate() {
        let y = BARS_TOP + ROW_HEIGHT * r as f64 + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
        row_label(&mut out, y, &row.label);
        let length = bar_length(row.value, max);
        let _ = write!(
            out,
            r#"<rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}{}{}</title></rect>"#,
            num(BARS_X0),
            num(y),
            num4(length),
            num(BAR_HEIGHT),
            color(r),
            escape(&row.label),
            escape(&colon(lang)),
            escape(&row.value_text)
        );
        value_label(&mut out, BARS_X0 + length, y, &row.value_text);
    }
    out.push_str("</svg>");
    out
}

/// One row of a heat map: a label and the shares (0..=1) of its cells.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatRow {
    pub label: String,
    pub shares: Vec<f64>,
}

const HEAT_LABEL_WIDTH: f64 = 200.0;
const HEAT_CELL_WIDTH: f64 = 56.0;
const HEAT_CELL_HEIGHT: f64 = 24.0;
const HEAT_TOP: f64 = 28.0;
const HEAT_COLOR: &str = "#0969da";

/// A heat map (the rank acceptability matrix): one row per offer, one column per
/// heading, each cell shaded by its share (white at 0, full blue at 1) and labelled
/// with it as a percentage; dark cells get white text. A `<title>` on each cell
/// repeats row, column and value for screen readers and tooltips.
pub fn heat_map(title: &str, columns: &[String], rows: &[HeatRow], lang: Lang) -> String {
    let mut out = String::new();
    let width = HEAT_LABEL_WIDTH + HEAT_CELL_WIDTH * columns.len() as f64 + 8.0;
    let height = HEAT_TOP + HEAT_CELL_HEIGHT * rows.len() as f64 + 8.0;
    open_svg(&mut out, width, height, title);
    for (c, column) in columns.iter().enumerate() {
        let x = HEAT_LABEL_WIDTH + HEAT_CELL_WIDTH * (c as f64 + 0.5);
        text_fitted(
            &mut out,
            x,
            HEAT_TOP - 8.0,
            "middle",
            HEAT_CELL_WIDTH - 4.0,
            column,
        );
    }
    for (r, row) in rows.iter().enumerate() {
        let y = HEAT_TOP + HEAT_CELL_HEIGHT * r as f64;
        text_fitted(
            &mut out,
            HEAT_LABEL_WIDTH - 8.0,
            y + HEAT_CELL_HEIGHT / 2.0 + FONT_SIZE / 3.0,
            "end",
            HEAT_LABEL_WIDTH - 14.0,
            &row.label,
        );
        for (c, &share) in row.shares.iter().enumerate() {
            let share = if share.is_nan() {
                0.0
            } else {
                share.clamp(0.0, 1.0)
            };
            let x = HEAT_LABEL_WIDTH + HEAT_CELL_WIDTH * c as f64;
            let text = number::percent(share, 0, lang);
            let column = columns.get(c).map_or("", String::as_str);
            let _ = write!(
                out,
                r#"<rect class="heat" x="{}" y="{}" width="{}" height="{}" fill="{HEAT_COLOR}" fill-opacity="{}" stroke="{GRID_COLOR}"><title>{}, {}{}{}</title></rect>"#,
                num(x),
                num(y),
                num(HEAT_CELL_WIDTH),
                num(HEAT_CELL_HEIGHT),
                num4(share),
                escape(&row.label),
                escape(column),
                escape(&colon(lang)),
                escape(&text),
            );
            let fill = if share > 0.55 { "#ffffff" } else { TEXT_COLOR };
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" text-anchor="middle" fill="{fill}">{}</text>"#,
                num(x + HEAT_CELL_WIDTH / 2.0),
                num(y + HEAT_CELL_HEIGHT / 2.0 + FONT_SIZE / 3.0),
                escape(&text),
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_map_shades_and_labels_every_cell() {
        let rows = [HeatRow {
            label: "Acme".to_owned(),
            shares: vec![0.75, 0.25],
        }];
        let columns = ["#1".to_owned(), "#2".to_owned()];
        let svg = heat_map("Ranks", &columns, &rows, Lang::Fr);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        // 0.75 -> "75 %" in white on a 75 % blue; 0.25 -> "25 %" in dark text.
        assert!(svg.contains(r#"fill-opacity="0.75""#));
        assert!(svg.contains("<title>Acme, #1\u{a0}: 75\u{a0}%</title>"));
        assert!(svg.contains("fill=\"#ffffff\">75\u{a0}%</text>"));
        assert!(svg.contains(&format!("fill=\"{TEXT_COLOR}\">25\u{a0}%</text>")));
    }

    // The charts in English; the French numbers are tested at the end.
    fn radar(title: &str, axes: &[RadarAxis]) -> String {
        super::radar(title, axes, Lang::En)
    }

    fn stacked_bars(title: &str, series: &[String], rows: &[StackedRow], max: f64) -> String {
        super::stacked_bars(title, series, rows, max, Lang::En)
    }

    fn bars(title: &str, rows: &[BarRow], max: f64, percent: bool) -> String {
        super::bars(title, rows, max, percent, Lang::En)
    }

    #[test]
    fn french_axes_and_labels_use_the_decimal_comma() {
        let rows = [BarRow {
            label: "Acme".to_owned(),
            value: 0.5,
            value_text: "50\u{a0}%".to_owned(),
        }];
        // Ticks at 0, 0.25, 0.5, 0.75 and 1 of the axis.
        let svg = super::bars("Parts", &rows, 1.0, true, Lang::Fr);
        assert!(svg.contains(">25\u{a0}%<"), "{svg}");
        let svg = super::bars("Scores", &rows, 1.0, false, Lang::Fr);
        assert!(svg.contains(">0,25<") && svg.contains(">0,50<"), "{svg}");
        let svg = super::radar(
            "Scores",
            &[
                axis("a", Some(83.5)),
                axis("b", Some(40.0)),
                axis("c", None),
            ],
            Lang::Fr,
        );
        assert!(svg.contains("83,5"), "{svg}");
    }

    fn axis(label: &str, value: Option<f64>) -> RadarAxis {
        RadarAxis {
            label: label.to_owned(),
            value,
        }
    }

    /// Parses an SVG string as XML (it must be well-formed on its own).
    fn parse(svg: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(svg).unwrap()
    }

    fn attr(node: roxmltree::Node<'_, '_>, name: &str) -> f64 {
        node.attribute(name).unwrap().parse().unwrap()
    }

    fn radar_points(svg: &str) -> Vec<(f64, f64)> {
        let doc = parse(svg);
        doc.descendants()
            .filter(|n| n.attribute("class") == Some("radar-point"))
            .map(|n| (attr(n, "cx"), attr(n, "cy")))
            .collect()
    }

    #[test]
    fn score_of_50_sits_halfway_on_its_axis() {
        // Four axes, centre (220, 196), radius 120. Axis 0 points up, axis 1 right,
        // axis 2 down, axis 3 left. A score of 50 is 120 * 50 / 100 = 60 px from the
        // centre: axis 0 -> (220, 196 - 60) = (220, 136); axis 1 -> (220 + 60, 196)
        // = (280, 196); axis 2 -> (220, 256); axis 3 -> (160, 196).
        let axes: Vec<_> = ["a", "b", "c", "d"]
            .iter()
            .map(|l| axis(l, Some(50.0)))
            .collect();
        let svg = radar("Scores", &axes);
        assert_eq!(
            radar_points(&svg),
            vec![
                (220.0, 136.0),
                (280.0, 196.0),
                (220.0, 256.0),
                (160.0, 196.0)
            ]
        );

        // Three axes: axis 1 is at -90° + 120° = 30°. A score of 50 is 60 px away:
        // (220 + 60 cos 30°, 196 + 60 sin 30°) = (220 + 51.96, 196 + 30) = (271.96, 226).
        let (x, y) = radar_point(1, 3, 50.0);
        assert!(
            (x - 271.96).abs() < 0.01 && (y - 226.0).abs() < 1e-9,
            "{x},{y}"
        );
    }

    #[test]
    fn radar_handles_0_100_and_missing_scores() {
        let svg = radar(
            "Scores",
            &[
                axis("zero", Some(0.0)),
                axis("full", Some(100.0)),
                axis("missing", None),
                axis("over", Some(250.0)),
                axis("nan", Some(f64::NAN)),
            ],
        );
        let points = radar_points(&svg);
        // 0 is the centre; 100 is on the outer ring: axis 1 of 5 is at -90° + 72° = -18°,
        // (220 + 120 cos 18°, 196 - 120 sin 18°) = (220 + 114.13, 196 - 37.08) = (334.1, 158.9).
        // The missing axis has no point; 250 is clamped to 100; NaN counts as 0.
        assert_eq!(points.len(), 4);
        assert_eq!(points[0], (220.0, 196.0));
        assert_eq!(points[1], (334.1, 158.9));
        let (x, y) = radar_point(3, 5, 100.0);
        assert_eq!(
            points[2],
            ((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0)
        );
        assert_eq!(points[3], (220.0, 196.0));
        // The missing axis still has its label, with a dash for the value.
        let doc = parse(&svg);
        let labels: Vec<String> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("radar-label"))
            .map(|n| {
                n.descendants()
                    .filter(|t| t.is_text())
                    .map(|t| t.text().unwrap())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(labels[2], "missing –");
        assert_eq!(labels[1], "full 100");
    }

    /// The boxes of the radar labels, estimated as the layout does: `(left, top,
    /// right, bottom)` of each label's lines.
    fn label_boxes(svg: &str) -> Vec<(f64, f64, f64, f64)> {
        let doc = parse(svg);
        doc.descendants()
            .filter(|n| n.attribute("class") == Some("radar-label"))
            .map(|label| {
                let x = attr(label, "x");
                let y = attr(label, "y");
                let lines: Vec<&str> = label
                    .children()
                    .filter(|n| n.has_tag_name("tspan"))
                    .map(|t| t.text().unwrap_or(""))
                    .collect();
                let width = lines
                    .iter()
                    .map(|l| text_width(l, RADAR_FONT))
                    .fold(0.0, f64::max);
                let left = match label.attribute("text-anchor") {
                    Some("start") => x,
                    Some("end") => x - width,
                    _ => x - width / 2.0,
                };
                let top = y - RADAR_FONT;
                let bottom = y + LINE_HEIGHT * (lines.len() as f64 - 1.0) + 3.0;
                (left, top, left + width, bottom)
            })
            .collect()
    }

    #[test]
    fn radar_labels_stay_inside_and_apart_from_3_to_12_axes() {
        let labels = [
            "Objectives and expected benefits",
            "Scope of the outsourced activities",
            "Volumes and channels",
            "Internal readiness of the teams",
            "Governance and steering",
            "Contract, penalties and incentives",
            "Provider choice",
            "Partnership and shared culture",
            "Risk and reversibility",
            "Data protection and GDPR",
            "Budget",
            "Knowledge transfer and training",
        ];
        for n in 3..=12 {
            let axes: Vec<_> = labels.iter().take(n).map(|l| axis(l, Some(50.0))).collect();
            let boxes = label_boxes(&radar("R", &axes));
            for (i, a) in boxes.iter().enumerate() {
                assert!(
                    a.0 >= 0.0 && a.2 <= RADAR_WIDTH && a.1 >= 0.0 && a.3 <= RADAR_HEIGHT,
                    "{n} axes: label {i} leaves the canvas: {a:?}"
                );
                for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                    let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                    assert!(apart, "{n} axes: labels {i} and {j} overlap: {a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn radar_with_nothing_scored_or_few_axes() {
        assert_eq!(radar("Scores", &[]), "");
        let svg = radar(
            "Scores",
            &[axis("a", None), axis("b", None), axis("c", None)],
        );
        parse(&svg);
        assert!(!svg.contains("radar-shape"));
        assert!(radar_points(&svg).is_empty());
        let svg = radar("Scores", &[axis("a", Some(40.0)), axis("b", Some(60.0))]);
        parse(&svg);
        assert!(svg.contains("<polyline class=\"radar-shape\""));
        assert!(
            svg.contains("<circle cx="),
            "rings are circles under 3 axes"
        );
    }

    fn row(label: &str, total: f64, segments: &[f64]) -> StackedRow {
        StackedRow {
            label: label.to_owned(),
            total,
            total_text: format!("{total:.1}"),
            segments: segments.to_vec(),
        }
    }

    #[test]
    fn segment_lengths_sum_to_the_scaled_total() {
        // Axis 0..100 is 430 px: a total of 72.5 is 430 * 0.725 = 311.75 px.
        let series: Vec<String> = ["Price", "Quality", "Languages"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let rows = [
            row("Acme", 72.5, &[30.0, 22.5, 20.0]),
            row("Globex", 40.0, &[0.0, 40.0, 0.0]),
        ];
        let svg = stacked_bars("Contributions", &series, &rows, 100.0);
        let doc = parse(&svg);
        let bars: Vec<Vec<(f64, f64)>> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("bar"))
            .map(|g| {
                g.children()
                    .filter(|n| n.has_tag_name("rect"))
                    .map(|r| (attr(r, "x"), attr(r, "width")))
                    .collect()
            })
            .collect();
        assert_eq!(bars.len(), 2);
        let sum: f64 = bars[0].iter().map(|(_, w)| w).sum();
        assert!((sum - 311.75).abs() < 1e-3, "{sum}");
        // Segments are contiguous, from the axis origin.
        assert_eq!(bars[0][0].0, BARS_X0);
        assert!((bars[0][1].0 - (BARS_X0 + bars[0][0].1)).abs() < 1e-3);
        // 30 of 72.5 -> 430 * 0.30 = 129 px.
        assert!((bars[0][0].1 - 129.0).abs() < 1e-3);
        // Zero segments are not drawn.
        assert_eq!(bars[1].len(), 1);
        assert!((bars[1][0].1 - 172.0).abs() < 1e-3);
    }

    #[test]
    fn segments_that_do_not_add_up_are_scaled_to_the_total() {
        // TOPSIS-like: total 0.5 on a 0..1 axis = 215 px, split 1:3.
        let r = row("Acme", 0.5, &[0.2, 0.6, -0.1]);
        let lengths = segment_lengths(&r, 1.0);
        assert!((lengths.iter().sum::<f64>() - 215.0).abs() < 1e-9);
        assert!((lengths[0] - 53.75).abs() < 1e-9);
        assert_eq!(lengths[2], 0.0);
        // All zero, or a zero axis: nothing drawn, no NaN.
        assert_eq!(
            segment_lengths(&row("x", 0.0, &[0.0, 0.0]), 1.0),
            [0.0, 0.0]
        );
        assert_eq!(segment_lengths(&row("x", 5.0, &[1.0]), 0.0), [0.0]);
    }

    #[test]
    fn long_names_are_truncated_with_a_title() {
        let long = "Very Long Provider Name International Customer Experience Holdings";
        let series = vec!["An extremely long criterion name that cannot fit".to_owned()];
        let svg = stacked_bars("C", &series, &[row(long, 50.0, &[50.0])], 100.0);
        let doc = parse(&svg);
        let texts: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .collect();
        let label = texts
            .iter()
            .find(|t| t.attribute("text-anchor") == Some("end"))
            .unwrap();
        let title = label.children().find(|n| n.has_tag_name("title")).unwrap();
        assert_eq!(title.text(), Some(long));
        let shown = label
            .children()
            .find(|n| n.is_text())
            .unwrap()
            .text()
            .unwrap();
        assert!(shown.ends_with('…'), "{shown}");
        assert!(text_width(shown, FONT_SIZE) <= BARS_X0 - 14.0);
        // The legend entry too.
        assert!(svg.contains("<title>An extremely long criterion name that cannot fit</title>"));
        // A short name has no tooltip.
        let svg = stacked_bars("C", &series, &[row("Acme", 50.0, &[50.0])], 100.0);
        assert!(svg.contains(r#"text-anchor="end">Acme</text>"#));

        // Radar labels wrap on three lines, then are cut, with the full label as title.
        let label = "Governance steering committee, contractual follow-up of the provider, penalties and bonuses, reversibility and exit plan";
        let svg = radar(
            "R",
            &[axis(label, Some(10.0)), axis("b", None), axis("c", None)],
        );
        let doc = parse(&svg);
        let node = doc
            .descendants()
            .find(|n| n.attribute("class") == Some("radar-label"))
            .unwrap();
        assert_eq!(
            node.children()
                .find(|n| n.has_tag_name("title"))
                .unwrap()
                .text(),
            Some(label)
        );
        assert_eq!(
            node.children().filter(|n| n.has_tag_name("tspan")).count(),
            4
        );
    }

    #[test]
    fn user_text_is_escaped() {
        let evil = r#"<script>alert("x")</script> & Co"#;
        let svg = bars(
            evil,
            &[BarRow {
                label: evil.to_owned(),
                value: 0.5,
                value_text: "50 %".to_owned(),
            }],
            1.0,
            true,
        );
        assert!(!svg.contains("<script>"));
        let doc = parse(&svg);
        assert!(doc.descendants().all(|n| !n.has_tag_name("script")));
        let svg = radar(evil, &[axis(evil, Some(1.0))]);
        parse(&svg);
        assert!(!svg.contains("<script>"));
    }

    #[test]
    fn simple_bars_scale_to_the_axis() {
        let rows = [
            BarRow {
                label: "Acme".to_owned(),
                value: 0.75,
                value_text: "75 %".to_owned(),
            },
            BarRow {
                label: "Globex".to_owned(),
                value: 0.0,
                value_text: "0 %".to_owned(),
            },
        ];
        let svg = bars("Share", &rows, 1.0, true);
        let doc = parse(&svg);
        let widths: Vec<f64> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("bar"))
            .map(|n| attr(n, "width"))
            .collect();
        assert_eq!(widths, [322.5, 0.0]);
        assert!(svg.contains(">100%</text>"));
    }

    #[test]
    fn fit_and_wrap() {
        assert_eq!(fit("Acme", 100.0, 12.0), ("Acme".to_owned(), false));
        let (short, cut) = fit("Acme Corporation", 50.0, 12.0);
        assert!(cut && short.ends_with('…') && text_width(&short, 12.0) <= 50.0);
        let (lines, cut) = wrap("Quality of service", 80.0, 12.0, 2);
        assert_eq!(lines, ["Quality of", "service"]);
        assert!(!cut);
        let (lines, cut) = wrap("", 80.0, 12.0, 2);
        assert!(lines.is_empty() && !cut);
        // Wide characters count as wide.
        assert!(text_width("客户关系", 12.0) > text_width("abcd", 12.0));
    }
}
