//! Charts as standalone SVG strings: a radar of scores, stacked horizontal bars,
//! simple horizontal bars and a heat map. Pure: data in, `String` out.
//!
//! Why hand-written and not `plotters`: the charts need a few dozen lines of
//! geometry each, which we can unit-test exactly (a score of 50 sits halfway on its
//! axis, segment lengths add up to the total). `plotters`' SVG backend would add a
//! dependency tree and font handling (its text layout needs font metrics, which
//! pulls in font crates or system fonts) for output we would still have to
//! post-process to add `<title>` tooltips. Here the text width is *estimated* from
//! character classes, conservatively, so labels wrap or shorten before they could
//! overflow, whatever sans-serif font the reader has; a shortened label keeps its
//! full text in a `<title>`.
//!
//! Every chart is [`WIDTH`] px wide, the width of a phone's page: the HTML
//! stylesheet lets it shrink to a 390 px phone (366 px of content, a factor of
//! 366 / 420 = 0.87) and grow a little on a desktop, so its text, never under
//! [`FONT_SIZE`] = 13 px, renders at 11.3 px at least. Every SVG has a `viewBox`, a
//! pixel `width`/`height` (for a standalone file) and `role="img"` with a
//! `<title>`. Colours are presentation attributes, not CSS, so an SVG file looks the
//! same written next to a Markdown report as inline in the HTML one.

mod bars;
mod common;
mod heat;
mod radar;
#[cfg(test)]
mod tests;

pub(crate) use bars::{bars, stacked_bars};
pub(crate) use common::{BarRow, MAX_SERIES, OTHER_COLOR, RadarAxis, Series, StackedRow, color};
pub(crate) use heat::{HeatRow, heat_map};
pub(crate) use radar::radar;
