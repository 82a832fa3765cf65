//! A radar (spider) chart of scores from 0 to 100.

use std::fmt::Write as _;

use super::common::{
    FONT_SIZE, GRID_COLOR, MUTED_COLOR, RadarAxis, WIDTH, clamp_score, colon, color, num, open_svg,
    score_text, wrap,
};
use crate::lang::Lang;
use crate::render::xml::escape;

/// Radar geometry: the canvas, the centre and the radius of the 100 ring.
pub(super) const RADAR_WIDTH: f64 = WIDTH;
pub(super) const RADAR_HEIGHT: f64 = 380.0;
pub(super) const RADAR_CX: f64 = 210.0;
pub(super) const RADAR_CY: f64 = 190.0;
pub(super) const RADAR_R: f64 = 110.0;
/// Labels wrap on up to three lines, so the canvas stays narrow.
pub(super) const RADAR_FONT: f64 = FONT_SIZE;
/// Distance between the 100 ring and the labels.
const RADAR_LABEL_GAP: f64 = 16.0;
pub(super) const LINE_HEIGHT: f64 = 14.0;

/// Angle of axis `index` of `count`, in radians: the first axis points up, the
/// others follow clockwise (SVG's y axis points down, so up is -90°).
pub(super) fn radar_angle(index: usize, count: usize) -> f64 {
    -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * index as f64 / count.max(1) as f64
}

/// Where a score (0..=100, clamped) sits on axis `index` of `count`.
pub(super) fn radar_point(index: usize, count: usize, score: f64) -> (f64, f64) {
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
pub(crate) fn radar(title: &str, axes: &[RadarAxis], lang: Lang) -> String {
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
    let _ = write!(out, r#"<g fill="{MUTED_COLOR}" text-anchor="start">"#);
    for ring in [50.0, 100.0] {
        let y = RADAR_CY - RADAR_R * ring / 100.0;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}">{}</text>"#,
            num(RADAR_CX + 4.0),
            num(y + FONT_SIZE + 1.0),
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
