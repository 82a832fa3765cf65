//! A heat map: the rank acceptability matrix.

use std::fmt::Write as _;

use super::common::{FONT_SIZE, GRID_COLOR, WIDTH, colon, num, open_svg, text_fitted};
use crate::i18n::number;
use crate::lang::Lang;
use crate::render::xml::escape;

/// One row of a heat map: a label and the shares (0..=1) of its cells.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct HeatRow {
    pub label: String,
    pub shares: Vec<f64>,
}

/// The widest a cell gets; with many columns they narrow to fit [`WIDTH`].
const CELL_WIDTH: f64 = 56.0;
/// The narrowest the row labels' column gets.
const MIN_LABEL_WIDTH: f64 = 150.0;
const CELL_HEIGHT: f64 = 26.0;
const TOP: f64 = 28.0;
/// Okabe and Ito's blue (the first series colour), at full share.
const HEAT_RGB: [u8; 3] = [0x00, 0x72, 0xB2];

/// A cell's colour: white at 0, [`HEAT_RGB`] at 1, mixed in between.
fn shade(share: f64) -> [u8; 3] {
    HEAT_RGB.map(|c| {
        let value = 255.0 + (f64::from(c) - 255.0) * share;
        value.round().clamp(0.0, 255.0) as u8
    })
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// Black or white, whichever contrasts more with `rgb`: at least 4.58:1 whatever
/// the colour (the two contrasts are equal at a luminance of 0.179, where each is
/// 1.05 / 0.229 = 0.229 / 0.05 = 4.58), over WCAG's 4.5:1 for text.
fn text_on(rgb: [u8; 3]) -> &'static str {
    let l = luminance(rgb);
    if (1.05) / (l + 0.05) >= (l + 0.05) / 0.05 {
        "#ffffff"
    } else {
        "#000000"
    }
}

/// A heat map (the rank acceptability matrix): one row per offer, one column per
/// heading, each cell shaded by its share (white at 0, full blue at 1) and labelled
/// with it as a percentage in black or white, whichever reads better. A `<title>`
/// on each cell repeats row, column and value for screen readers and tooltips.
pub(crate) fn heat_map(title: &str, columns: &[String], rows: &[HeatRow], lang: Lang) -> String {
    let mut out = String::new();
    let cell = CELL_WIDTH.min((WIDTH - MIN_LABEL_WIDTH - 4.0) / columns.len().max(1) as f64);
    let label_width = WIDTH - 4.0 - cell * columns.len() as f64;
    let height = TOP + CELL_HEIGHT * rows.len() as f64 + 4.0;
    open_svg(&mut out, WIDTH, height, title);
    for (c, column) in columns.iter().enumerate() {
        let x = label_width + cell * (c as f64 + 0.5);
        text_fitted(&mut out, x, TOP - 8.0, "middle", cell - 2.0, column);
    }
    for (r, row) in rows.iter().enumerate() {
        let y = TOP + CELL_HEIGHT * r as f64;
        text_fitted(
            &mut out,
            label_width - 6.0,
            y + CELL_HEIGHT / 2.0 + FONT_SIZE / 3.0,
            "end",
            label_width - 10.0,
            &row.label,
        );
        for (c, &share) in row.shares.iter().enumerate() {
            let share = if share.is_nan() {
                0.0
            } else {
                share.clamp(0.0, 1.0)
            };
            let x = label_width + cell * c as f64;
            let text = number::percent(share, 0, lang);
            let column = columns.get(c).map_or("", String::as_str);
            let rgb = shade(share);
            let _ = write!(
                out,
                r##"<rect class="heat" x="{}" y="{}" width="{}" height="{}" fill="#{:02x}{:02x}{:02x}" stroke="{GRID_COLOR}"><title>{}, {}{}{}</title></rect>"##,
                num(x),
                num(y),
                num(cell),
                num(CELL_HEIGHT),
                rgb[0],
                rgb[1],
                rgb[2],
                escape(&row.label),
                escape(column),
                escape(&colon(lang)),
                escape(&text),
            );
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>"#,
                num(x + cell / 2.0),
                num(y + CELL_HEIGHT / 2.0 + FONT_SIZE / 3.0),
                text_on(rgb),
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
    fn cell_text_contrasts_at_least_4_5_to_1() {
        // Contrast (L1 + 0.05) / (L2 + 0.05) of the chosen text on every shade.
        for step in 0..=100 {
            let rgb = shade(f64::from(step) / 100.0);
            let l = luminance(rgb);
            let contrast = match text_on(rgb) {
                "#ffffff" => 1.05 / (l + 0.05),
                _ => (l + 0.05) / 0.05,
            };
            assert!(contrast >= 4.5, "{step}%: {contrast}");
        }
        // White is 1, black 0; 0 share is white, 1 is the blue.
        assert!((luminance([255, 255, 255]) - 1.0).abs() < 1e-9);
        assert_eq!(shade(0.0), [255, 255, 255]);
        assert_eq!(shade(1.0), HEAT_RGB);
    }
}
