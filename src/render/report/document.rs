//! The report as a document: sections of blocks (paragraphs, tables, lists,
//! figures, finding cards), built once by [`super::build`] and only laid out by the
//! HTML and Markdown renderers, so both formats state the same facts.

use crate::lang::Lang;

/// A run of inline text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Inline {
    Text(String),
    Strong(String),
    Emphasis(String),
    /// An identifier (`price`), monospaced.
    Code(String),
    /// The title of a work cited as a source.
    Cite(String),
    /// Secondary text (where a question comes from).
    Muted(String),
    /// A subscript (`max` in λmax); plain text in Markdown.
    Sub(String),
    /// A judgement shown as good or bad (green or red in HTML).
    Status {
        text: String,
        ok: bool,
    },
}

impl Inline {
    /// The run's text, without markup.
    #[cfg(test)]
    pub(crate) fn text(&self) -> &str {
        match self {
            Inline::Text(text)
            | Inline::Strong(text)
            | Inline::Emphasis(text)
            | Inline::Code(text)
            | Inline::Cite(text)
            | Inline::Muted(text)
            | Inline::Sub(text)
            | Inline::Status { text, .. } => text,
        }
    }
}

/// Runs of text forming a paragraph, a list item or a table cell.
pub(crate) type Runs = Vec<Inline>;

/// Plain text runs.
pub(crate) fn text(value: impl Into<String>) -> Runs {
    vec![Inline::Text(value.into())]
}

/// The runs' text, without markup.
#[cfg(test)]
pub(crate) fn plain(runs: &[Inline]) -> String {
    runs.iter().map(Inline::text).collect()
}

/// `text` with its `backticked` parts (ids in the ranking's messages) as code.
pub(crate) fn with_code(text: &str) -> Runs {
    crate::render::markdown::code_spans(text)
        .into_iter()
        .map(|(part, code)| {
            if code {
                Inline::Code(part.to_owned())
            } else {
                Inline::Text(part.to_owned())
            }
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

/// A table: a header row, then rows of cells.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Table {
    /// A style hint for HTML (`ranking`, `weights`).
    pub class: Option<&'static str>,
    pub header: Vec<String>,
    pub align: Vec<Align>,
    pub rows: Vec<Vec<Runs>>,
    /// When not empty, one share (0..=1) per row that HTML draws as a small bar
    /// after the cells; it repeats a cell, so Markdown leaves it out.
    pub meters: Vec<Option<f64>>,
}

/// A headline number of the summary.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Tile {
    pub label: String,
    pub value: String,
    /// After the value, e.g. ` / 100`.
    pub unit: &'static str,
    /// A share (0..=1) HTML draws as a bar under the value.
    pub meter: Option<f64>,
    /// A style hint for HTML (the verdict's name); the value is shown strong.
    pub class: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FigureKind {
    Radar,
    Bars,
}

/// An SVG chart.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Figure {
    pub kind: FigureKind,
    /// Suffix of the chart's file next to a Markdown document (`radar`).
    pub file: &'static str,
    pub svg: String,
    /// What the chart shows (the image's alternative text).
    pub alt: String,
    /// How to read the chart, when it needs saying.
    pub caption: Option<String>,
}

/// A finding, with its recommendation and source.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Card {
    /// A style hint for HTML: the severity, and `waived`.
    pub class: String,
    pub title: String,
    pub badge: Option<String>,
    /// Where the finding comes from (questionnaire, brief line).
    pub meta: String,
    pub lines: Vec<Runs>,
    /// The source, shown smaller.
    pub source: Option<Runs>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Block {
    /// A sub-heading inside a section.
    Heading(String),
    Paragraph(Runs),
    /// An explanation in smaller type.
    Note(Runs),
    Tiles(Vec<Tile>),
    Table(Table),
    List {
        class: Option<&'static str>,
        items: Vec<Runs>,
    },
    Figure(Figure),
    Card(Card),
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Section {
    /// The HTML anchor (`summary`, `offers`).
    pub id: &'static str,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Document {
    pub lang: Lang,
    pub title: String,
    pub subtitle: String,
    /// `(label, value)` pairs under the title.
    pub facts: Vec<(String, String)>,
    pub sections: Vec<Section>,
    /// E.g. `outsource 0.1.0`.
    pub generator: String,
    /// The closing line.
    pub footer: String,
}
