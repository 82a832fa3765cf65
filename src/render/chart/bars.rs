//! Horizontal bars, simple or stacked: each bar's label sits above it across the
//! whole width, so a narrow chart keeps long provider names readable.

use std::fmt::Write as _;

use super::common::{
    BarRow, FONT_SIZE, GRID_COLOR, MUTED_COLOR, PALETTE, Series, StackedRow, WIDTH, colon, num,
    num4, open_svg, text_fitted, text_lines, wrap,
};
use crate::i18n::number;
use crate::lang::Lang;
use crate::render::xml::escape;

/// Left edge of the bars (the axis' 0).
pub(super) const BARS_X0: f64 = 8.0;
/// Length of the axis, from 0 to `max`; the value is written after the bar.
pub(super) const BARS_AXIS: f64 = 340.0;
const BARS_TOP: f64 = 4.0;
/// A row: the label's line, then the bar.
const ROW_HEIGHT: f64 = 44.0;
const BAR_TOP: f64 = 20.0;
const BAR_HEIGHT: f64 = 18.0;
const LEGEND_COLUMNS: usize = 2;
const LEGEND_LINE: f64 = 16.0;

/// Length on the axis of a value, for an axis from 0 to `max`. Negative values
/// and a non-positive `max` give 0.
pub(super) fn bar_length(value: f64, max: f64) -> f64 {
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
    let _ = write!(out, r#"<g fill="{MUTED_COLOR}" text-anchor="middle">"#);
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
        // The first tick's label starts at the axis, so it stays on the canvas.
        let anchor = if k == 0 {
            r#" text-anchor="start""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<text x="{}" y="{}"{anchor}>{}</text>"#,
            num(if k == 0 { BARS_X0 - 4.0 } else { x }),
            num(y_bottom + FONT_SIZE + 3.0),
            label
        );
    }
    out.push_str("</g>");
}

/// The top of row `r`.
fn row_top(r: usize) -> f64 {
    BARS_TOP + ROW_HEIGHT * r as f64
}

/// A row's label, above its bar.
fn row_label(out: &mut String, top: f64, label: &str) {
    text_fitted(
        out,
        BARS_X0 - 4.0,
        top + FONT_SIZE,
        "start",
        WIDTH - BARS_X0,
        label,
    );
}

fn value_label(out: &mut String, x: f64, top: f64, text: &str) {
    text_fitted(
        out,
        x + 5.0,
        top + BAR_TOP + BAR_HEIGHT / 2.0 + FONT_SIZE / 3.0,
        "start",
        WIDTH - x - 7.0,
        text,
    );
}

/// A stacked horizontal bar chart: one bar per row, one coloured segment per
/// series, a legend of the series under the axis, on two columns, each name
/// wrapped on as many lines as it needs.
///
/// The bar's length is always `total` on an axis from 0 to `max`. The segments
/// split it in proportion to their values: for an additive method (weighted sum)
/// they are the contributions and add up to the total exactly; for a method whose
/// contributions do not add up (TOPSIS), the bar still shows the total and each
/// criterion's share of it. Negative segment values count as 0.
pub(crate) fn stacked_bars(
    title: &str,
    series: &[Series],
    rows: &[StackedRow],
    max: f64,
    lang: Lang,
) -> String {
    let mut body = String::new();
    let axis_bottom = row_top(rows.len()) + 2.0;
    axis_ticks(
        &mut body,
        max,
        BARS_TOP + BAR_TOP - 4.0,
        axis_bottom,
        false,
        lang,
    );
    for (r, row) in rows.iter().enumerate() {
        let top = row_top(r);
        row_label(&mut body, top, &row.label);
        let lengths = segment_lengths(row, max);
        let mut x = BARS_X0;
        let _ = write!(body, r#"<g class="bar">"#);
        for (s, length) in lengths.iter().enumerate() {
            if *length <= 0.0 {
                continue;
            }
            let (name, color) = series.get(s).map_or(("", PALETTE[0]), |series| {
                (series.name.as_str(), series.color)
            });
            let value = row.segments.get(s).copied().unwrap_or(0.0);
            // A white edge keeps neighbouring segments apart whatever the reader sees.
            let _ = write!(
                body,
                r##"<rect x="{}" y="{}" width="{}" height="{}" fill="{color}" stroke="#ffffff" stroke-width="1"><title>{}{colon}{}{colon}{}</title></rect>"##,
                num4(x),
                num(top + BAR_TOP),
                num4(*length),
                num(BAR_HEIGHT),
                escape(&row.label),
                escape(name),
                format_value(value, lang),
                colon = escape(&colon(lang)),
            );
            x += length;
        }
        body.push_str("</g>");
        value_label(&mut body, x, top, &row.total_text);
    }
    let legend_bottom = legend(&mut body, series, axis_bottom + FONT_SIZE + 16.0);
    let mut out = String::new();
    open_svg(&mut out, WIDTH, legend_bottom + 4.0, title);
    out.push_str(&body);
    out.push_str("</svg>");
    out
}

/// The legend from `top`: entries in rows of two, each row as tall as its
/// longest name. Returns the legend's bottom.
fn legend(out: &mut String, series: &[Series], top: f64) -> f64 {
    let column = (WIDTH - 2.0 * BARS_X0) / LEGEND_COLUMNS as f64;
    let mut y = top;
    for entries in series.chunks(LEGEND_COLUMNS) {
        let mut lines_used = 1;
        for (c, entry) in entries.iter().enumerate() {
            let x = BARS_X0 + column * c as f64;
            // At most 20 lines: a name that long is not a criterion's name.
            let (lines, _) = wrap(&entry.name, column - 24.0, FONT_SIZE, 20);
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="13" height="13" fill="{}" stroke="#59636e" stroke-width="0.5"/>"##,
                num(x),
                num(y),
                entry.color
            );
            text_lines(out, x + 18.0, y + 11.0, LEGEND_LINE, &lines);
            lines_used = lines_used.max(lines.len());
        }
        y += LEGEND_LINE * lines_used as f64 + 6.0;
    }
    y
}

/// The lengths of a stacked row's segments (see [`stacked_bars`]).
pub(super) fn segment_lengths(row: &StackedRow, max: f64) -> Vec<f64> {
    let total_length = bar_length(row.total, max);
    let positive: Vec<f64> = row.segments.iter().map(|v| v.max(0.0)).collect();
    let sum: f64 = positive.iter().sum();
    if sum <= 0.0 || !sum.is_finite() {
        return vec![0.0; positive.len()];
    }
    positive.iter().map(|v| total_length * v / sum).collect()
}

fn format_value(value: f64, lang: Lang) -> String {
    if value.abs() < 2.0 {
        number::decimal(value, 3, lang)
    } else {
        number::decimal(value, 1, lang)
    }
}

/// A simple horizontal bar chart on an axis from 0 to `max`, in one colour; with
/// `percent`, the axis ticks are percentages of a share (`max` = 1 means 100 %).
pub(crate) fn bars(title: &str, rows: &[BarRow], max: f64, percent: bool, lang: Lang) -> String {
    let mut out = String::new();
    let axis_bottom = row_top(rows.len()) + 2.0;
    open_svg(&mut out, WIDTH, axis_bottom + FONT_SIZE + 8.0, title);
    axis_ticks(
        &mut out,
        max,
        BARS_TOP + BAR_TOP - 4.0,
        axis_bottom,
        percent,
        lang,
    );
    for (r, row) in rows.iter().enumerate() {
        let top = row_top(r);
        row_label(&mut out, top, &row.label);
        let length = bar_length(row.value, max);
        let _ = write!(
            out,
            r#"<rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}{}{}</title></rect>"#,
            num(BARS_X0),
            num(top + BAR_TOP),
            num4(length),
            num(BAR_HEIGHT),
            PALETTE[0],
            escape(&row.label),
            escape(&colon(lang)),
            escape(&row.value_text)
        );
        value_label(&mut out, BARS_X0 + length, top, &row.value_text);
    }
    out.push_str("</svg>");
    out
}
