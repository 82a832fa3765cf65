//! The ranking as an Excel workbook (pure: bytes, written by the command with
//! `load::write_atomic`), for a steering committee that works in spreadsheets.
//!
//! One sheet per view, each written by one function of [`SHEETS`] (add a sheet by
//! adding a function): the ranking, the offers' values (and the intervals some
//! gave, with their bounds and midpoint), the normalised values,
//! the contributions, the exclusions with their reasons, the weights, with
//! criteria groups the groups' weights and each offer's score per group, the
//! warnings, and with `--sensitivity` the weight thresholds and the Monte Carlo
//! shares. Every figure is a number with a number format (never text), the
//! header row is frozen, columns are fitted to their content, and sheet names and
//! headers are in the user's language.

use rust_xlsxwriter::{Color, Format, Note, Workbook, Worksheet, XlsxError};

use super::common::{own_interval, unanswered};
use crate::lang::Lang;
use crate::model::criteria::{Direction, Scale};
use crate::ranking::warning::value_text;
use crate::ranking::{Ranking, Scorer};
use crate::tr;

/// A function that adds one sheet (or none, when it has nothing to show).
pub type SheetFn = fn(&mut Book, &Ranking) -> Result<(), XlsxError>;

/// The sheets, in order; a function writes nothing when it has nothing to show
/// (no exclusion, no `--sensitivity`).
pub const SHEETS: &[SheetFn] = &[
    ranking_sheet,
    values_sheet,
    intervals_sheet,
    normalised_sheet,
    contributions_sheet,
    exclusions_sheet,
    weights_sheet,
    groups_sheet,
    group_scores_sheet,
    warnings_sheet,
    sensitivity_sheet,
    acceptability_sheet,
];

/// The workbook as `.xlsx` bytes.
pub fn render_xlsx(ranking: &Ranking, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Book::new(lang);
    for sheet in SHEETS {
        sheet(&mut book, ranking)?;
    }
    book.workbook.save_to_buffer()
}

/// How a figure is shown.
#[derive(Clone, Copy, Debug)]
pub enum Shown {
    /// Scores, contributions, normalised values: 4 decimals.
    Score,
    /// An offer's value as given.
    Value,
    /// A value that was missing and counted as the worst one.
    Imputed,
    /// Weights and shares: a percentage with one decimal.
    Share,
    /// Ranks and counts.
    Whole,
}

/// One cell of a row.
#[derive(Clone, Debug)]
pub enum Cell {
    Text(String),
    Number(f64, Shown),
    Blank,
}

impl Cell {
    fn text(text: impl Into<String>) -> Self {
        Cell::Text(text.into())
    }

    /// A rank or count as a number.
    fn whole(n: usize) -> Self {
        // Ranks and counts stay far below 2^53.
        #[allow(clippy::cast_precision_loss)]
        Cell::Number(n as f64, Shown::Whole)
    }

    fn maybe(value: Option<f64>, shown: Shown) -> Self {
        value.map_or(Cell::Blank, |v| Cell::Number(v, shown))
    }
}

/// The workbook being built, its formats and the language of its words.
pub struct Book {
    workbook: Workbook,
    lang: Lang,
    header: Format,
    score: Format,
    value: Format,
    imputed: Format,
    share: Format,
    whole: Format,
}

impl Book {
    fn new(lang: Lang) -> Self {
        Book {
            workbook: Workbook::new(),
            lang,
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0x00DD_EBF7)),
            score: Format::new().set_num_format("0.0000"),
            value: Format::new().set_num_format("General"),
            imputed: Format::new()
                .set_num_format("General")
                .set_italic()
                .set_font_color(Color::Gray),
            share: Format::new().set_num_format("0.0%"),
            whole: Format::new().set_num_format("0"),
        }
    }

    /// A message of the catalogue in the workbook's language.
    fn tr(&self, id: &str) -> String {
        crate::i18n::message(self.lang, id, None)
    }

    /// A header row: each catalogue message of `ids`.
    fn headers(&self, ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| self.tr(id)).collect()
    }

    /// A new sheet named by the catalogue message `name`, with its header row
    /// (frozen) written; rows follow from row 2.
    fn sheet(&mut self, name: &str, headers: &[String]) -> Result<Grid<'_>, XlsxError> {
        let name = self.tr(name);
        let Book {
            workbook,
            header,
            score,
            value,
            imputed,
            share,
            whole,
            ..
        } = self;
        let sheet = workbook.add_worksheet();
        sheet.set_name(name)?;
        for (column, text) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, col(column), text, header)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(Grid {
            sheet,
            formats: [&*score, &*value, &*imputed, &*share, &*whole],
            row: 1,
        })
    }
}

/// A sheet being filled row by row.
pub struct Grid<'a> {
    sheet: &'a mut Worksheet,
    /// In the order of [`Shown`].
    formats: [&'a Format; 5],
    row: u32,
}

impl Grid<'_> {
    /// Writes one row; returns its 0-based index.
    fn row(&mut self, cells: &[Cell]) -> Result<u32, XlsxError> {
        let row = self.row;
        for (column, cell) in cells.iter().enumerate() {
            match cell {
                Cell::Text(text) => {
                    self.sheet.write_string(row, col(column), text)?;
                }
                Cell::Number(value, shown) => {
                    let format = self.formats[*shown as usize];
                    self.sheet
                        .write_number_with_format(row, col(column), *value, format)?;
                }
                Cell::Blank => {}
            }
        }
        self.row += 1;
        Ok(row)
    }

    /// A note (comment) on a cell.
    fn note(&mut self, row: u32, column: usize, text: &str) -> Result<(), XlsxError> {
        let note = Note::new(text)
            .add_author_prefix(false)
            .set_width(320)
            .set_height(100);
        self.sheet.insert_note(row, col(column), &note)?;
        Ok(())
    }

    /// Fits the columns to their content.
    fn finish(self) {
        self.sheet.autofit();
    }
}

/// A 0-based column index as the writer's type (sheets have at most 16,384).
fn col(column: usize) -> u16 {
    u16::try_from(column).unwrap_or(u16::MAX)
}

/// `first` then one header per criterion (its name), then `last`.
fn criterion_headers(book: &Book, ranking: &Ranking, first: &str, last: &[&str]) -> Vec<String> {
    let mut headers = vec![book.tr(first)];
    headers.extend(
        ranking
            .criteria
            .iter()
            .map(|c| c.name.get(book.lang).to_owned()),
    );
    headers.extend(book.headers(last));
    headers
}

fn ranking_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let lang = book.lang;
    let headers = book.headers(&[
        "xlsx-rank",
        "xlsx-provider",
        "xlsx-score",
        "xlsx-tied",
        "xlsx-missing",
        "xlsx-source",
    ]);
    let (yes, no) = (book.tr("xlsx-yes"), book.tr("xlsx-no"));
    let mut grid = book.sheet("xlsx-sheet-ranking", &headers)?;
    let method = tr!(lang, "xlsx-method", method = ranking.method.name(lang));
    grid.note(0, 2, &method)?;
    for offer in &ranking.ranking {
        let missing: Vec<&str> = offer
            .missing
            .iter()
            .map(|id| criterion_name(ranking, id, lang))
            .collect();
        grid.row(&[
            Cell::whole(offer.rank),
            Cell::text(&offer.provider),
            Cell::Number(offer.score, Shown::Score),
            Cell::text(if offer.tied { &yes } else { &no }),
            Cell::text(missing.join(", ")),
            Cell::text(&offer.source),
        ])?;
    }
    grid.finish();
    Ok(())
}

/// A criterion's name in `lang`, or its id when unknown.
fn criterion_name<'a>(ranking: &'a Ranking, id: &'a str, lang: Lang) -> &'a str {
    ranking
        .criteria
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.name.get(lang))
}

fn values_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let lang = book.lang;
    let headers = criterion_headers(book, ranking, "xlsx-provider", &[]);
    let missing_note = book.tr("xlsx-missing-note");
    let mut grid = book.sheet("xlsx-sheet-values", &headers)?;
    for offer in &ranking.ranking {
        let mut cells = vec![Cell::text(&offer.provider)];
        for (j, (criterion, value)) in ranking.criteria.iter().zip(&offer.values).enumerate() {
            // A relative criterion nobody answered: no value, none imputed.
            if unanswered(ranking, j) {
                cells.push(Cell::Blank);
                continue;
            }
            let shown = if offer.missing.contains(&criterion.id) {
                Shown::Imputed
            } else {
                Shown::Value
            };
            cells.push(level_name(&criterion.scale, *value, shown));
        }
        let row = grid.row(&cells)?;
        for (column, criterion) in ranking.criteria.iter().enumerate() {
            let note = offer.notes.iter().find(|(id, _)| *id == criterion.id);
            // An interval's cell holds its midpoint; its note gives the bounds.
            let interval = own_interval(ranking, offer, column).map(|interval| {
                tr!(
                    lang,
                    "intervals-range",
                    min = value_text(interval.min, lang),
                    max = value_text(interval.max, lang)
                )
            });
            let text = match (note, interval) {
                (Some((_, note)), Some(interval)) => Some(format!("{interval}\n{note}")),
                (Some((_, note)), None) => Some(note.clone()),
                (None, Some(interval)) => Some(interval),
                (None, None)
                    if offer.missing.contains(&criterion.id) && !unanswered(ranking, column) =>
                {
                    Some(missing_note.clone())
                }
                (None, None) => None,
            };
            if let Some(text) = text {
                grid.note(row, column + 1, &text)?;
            }
        }
    }
    grid.finish();
    Ok(())
}

/// The intervals the offers gave, one row each: provider, criterion, min, the
/// midpoint the ranking counts (as on the values sheet), max; no sheet without
/// intervals.
fn intervals_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let lang = book.lang;
    let mut rows = Vec::new();
    for offer in &ranking.ranking {
        for (j, criterion) in ranking.criteria.iter().enumerate() {
            if let Some(interval) = own_interval(ranking, offer, j) {
                rows.push([
                    Cell::text(&offer.provider),
                    Cell::text(criterion.name.get(lang)),
                    Cell::Number(interval.min, Shown::Value),
                    Cell::Number(interval.midpoint(), Shown::Value),
                    Cell::Number(interval.max, Shown::Value),
                ]);
            }
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    let headers = book.headers(&[
        "xlsx-provider",
        "intervals-xlsx-criterion",
        "intervals-xlsx-min",
        "intervals-xlsx-midpoint",
        "intervals-xlsx-max",
    ]);
    let mut grid = book.sheet("intervals-xlsx-sheet", &headers)?;
    for row in rows {
        grid.row(&row)?;
    }
    grid.finish();
    Ok(())
}

/// A value as its level's name on a rubric criterion (`good`, not 2); the
/// number otherwise, and for a missing value counted as the worst.
fn level_name(scale: &Scale, value: f64, shown: Shown) -> Cell {
    let level = match (scale, shown) {
        (Scale::Levels { levels }, Shown::Value) => levels
            .iter()
            .find(|level| level.value.total_cmp(&value).is_eq()),
        _ => None,
    };
    level.map_or(Cell::Number(value, shown), |level| Cell::text(&level.name))
}

fn normalised_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let headers = criterion_headers(book, ranking, "xlsx-provider", &[]);
    let lang = book.lang;
    let mut grid = book.sheet("xlsx-sheet-normalised", &headers)?;
    let matrix = &ranking.matrix;
    let n = matrix.directions.len();
    let (normalised, note) = match Scorer::new(matrix, ranking.method) {
        Scorer::WeightedSum { normalised } => (normalised, "xlsx-normalised-weighted-sum"),
        Scorer::Topsis(topsis) => (topsis.normalised, "xlsx-normalised-topsis"),
    };
    grid.note(0, 0, &crate::i18n::message(lang, note, None))?;
    for offer in &ranking.ranking {
        let Some(row) = matrix.names.iter().position(|name| *name == offer.provider) else {
            continue;
        };
        let mut cells = vec![Cell::text(&offer.provider)];
        cells.extend(
            normalised[row * n..(row + 1) * n]
                .iter()
                .map(|v| Cell::Number(*v, Shown::Score)),
        );
        grid.row(&cells)?;
    }
    grid.finish();
    Ok(())
}

fn contributions_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let headers = criterion_headers(book, ranking, "xlsx-provider", &["xlsx-score"]);
    let lang = book.lang;
    let mut grid = book.sheet("xlsx-sheet-contributions", &headers)?;
    grid.note(0, 0, &ranking.method.contribution_note(lang))?;
    for offer in &ranking.ranking {
        let mut cells = vec![Cell::text(&offer.provider)];
        cells.extend(
            offer
                .contributions
                .iter()
                .map(|v| Cell::Number(*v, Shown::Score)),
        );
        cells.push(Cell::Number(offer.score, Shown::Score));
        grid.row(&cells)?;
    }
    grid.finish();
    Ok(())
}

fn exclusions_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    if ranking.excluded.is_empty() {
        return Ok(());
    }
    let lang = book.lang;
    let headers = book.headers(&[
        "xlsx-provider",
        "xlsx-criterion",
        "xlsx-code",
        "xlsx-value",
        "xlsx-bound",
        "xlsx-reason",
        "xlsx-source",
    ]);
    let mut grid = book.sheet("xlsx-sheet-excluded", &headers)?;
    for excluded in &ranking.excluded {
        for reason in &excluded.reasons {
            grid.row(&[
                Cell::text(&excluded.provider),
                Cell::text(criterion_name(ranking, &reason.criterion, lang)),
                Cell::text(reason.code.as_str()),
                Cell::maybe(reason.value, Shown::Value),
                Cell::maybe(reason.bound, Shown::Value),
                Cell::text(reason.message.get(lang)),
                Cell::text(&excluded.source),
            ])?;
        }
    }
    grid.finish();
    Ok(())
}

fn weights_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let lang = book.lang;
    let headers = book.headers(&[
        "xlsx-id",
        "xlsx-criterion",
        "xlsx-weight",
        "xlsx-direction",
        "xlsx-unit",
        "xlsx-min",
        "xlsx-max",
        "xlsx-required",
        "xlsx-price",
    ]);
    let words = [
        book.tr("xlsx-benefit"),
        book.tr("xlsx-cost"),
        book.tr("xlsx-yes"),
        book.tr("xlsx-no"),
    ];
    let yes_no = |b: bool| Cell::text(if b { &words[2] } else { &words[3] });
    let mut grid = book.sheet("xlsx-sheet-weights", &headers)?;
    for c in &ranking.criteria {
        let direction = match c.direction {
            Direction::Benefit | Direction::Utility => &words[0],
            Direction::Cost => &words[1],
        };
        grid.row(&[
            Cell::text(&c.id),
            Cell::text(c.name.get(lang)),
            Cell::Number(c.weight, Shown::Share),
            Cell::text(direction),
            c.unit
                .as_ref()
                .map_or(Cell::Blank, |u| Cell::text(u.get(lang))),
            Cell::maybe(c.min, Shown::Value),
            Cell::maybe(c.max, Shown::Value),
            yes_no(c.required),
            yes_no(c.price),
        ])?;
    }
    grid.finish();
    Ok(())
}

/// The criteria groups (issue 13): one row per criterion, with its group's
/// weight, its weight inside the group and its global weight (their product);
/// nothing without groups.
fn groups_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let Some(groups) = &ranking.groups else {
        return Ok(());
    };
    let lang = book.lang;
    let headers = book.headers(&[
        "xlsx2-group",
        "xlsx2-group-weight",
        "xlsx-criterion",
        "xlsx2-local-weight",
        "xlsx-weight",
    ]);
    let mut grid = book.sheet("xlsx2-sheet-groups", &headers)?;
    for group in &groups.list {
        let criteria = ranking
            .criteria
            .iter()
            .filter(|c| c.group.as_ref() == Some(&group.id));
        for criterion in criteria {
            grid.row(&[
                Cell::text(group.name.get(lang)),
                Cell::Number(group.weight, Shown::Share),
                Cell::text(criterion.name.get(lang)),
                Cell::Number(criterion.local_weight, Shown::Share),
                Cell::Number(criterion.weight, Shown::Share),
            ])?;
        }
    }
    grid.finish();
    Ok(())
}

/// Each offer's score per group of criteria: the method's score on the group's
/// criteria alone, with their weights inside the group; nothing without groups.
fn group_scores_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let Some(groups) = &ranking.groups else {
        return Ok(());
    };
    let lang = book.lang;
    let mut headers = vec![book.tr("xlsx-provider")];
    headers.extend(groups.list.iter().map(|g| g.name.get(lang).to_owned()));
    headers.push(book.tr("xlsx-score"));
    let mut grid = book.sheet("xlsx2-sheet-group-scores", &headers)?;
    for offer in &ranking.ranking {
        let mut cells = vec![Cell::text(&offer.provider)];
        cells.extend(
            offer
                .group_scores
                .iter()
                .map(|v| Cell::Number(*v, Shown::Score)),
        );
        cells.push(Cell::Number(offer.score, Shown::Score));
        grid.row(&cells)?;
    }
    grid.finish();
    Ok(())
}

fn warnings_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    if ranking.warnings.is_empty() {
        return Ok(());
    }
    let lang = book.lang;
    let headers = [book.tr("xlsx-code"), book.tr("xlsx-message")];
    let mut grid = book.sheet("xlsx-sheet-warnings", &headers)?;
    for warning in &ranking.warnings {
        grid.row(&[
            Cell::text(warning.code.as_str()),
            Cell::text(warning.message.get(lang)),
        ])?;
    }
    grid.finish();
    Ok(())
}

fn sensitivity_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let Some(sensitivity) = &ranking.sensitivity else {
        return Ok(());
    };
    let lang = book.lang;
    let headers = book.headers(&[
        "xlsx-criterion",
        "xlsx-weight",
        "xlsx-new-weight",
        "xlsx-change",
        "xlsx-new-winner",
    ]);
    let mut grid = book.sheet("xlsx-sheet-sensitivity", &headers)?;
    for threshold in &sensitivity.thresholds {
        let smallest = threshold.smallest();
        grid.row(&[
            Cell::text(criterion_name(ranking, &threshold.criterion, lang)),
            Cell::Number(threshold.weight, Shown::Share),
            Cell::maybe(smallest.map(|c| c.new_weight), Shown::Share),
            Cell::maybe(smallest.map(|c| c.change), Shown::Share),
            smallest.map_or(Cell::Blank, |c| Cell::text(&c.winner)),
        ])?;
    }
    grid.finish();
    Ok(())
}

fn acceptability_sheet(book: &mut Book, ranking: &Ranking) -> Result<(), XlsxError> {
    let Some(sensitivity) = &ranking.sensitivity else {
        return Ok(());
    };
    let lang = book.lang;
    let smaa = sensitivity.smaa.as_ref();
    let mut headers = book.headers(&[
        "xlsx-provider",
        "xlsx-first-place",
        "xlsx-best-rank",
        "xlsx-worst-rank",
    ]);
    let ranks = smaa.map_or(0, |s| s.offers.first().map_or(0, |o| o.acceptability.len()));
    if smaa.is_some() {
        headers.push(book.tr("xlsx-mean-rank"));
        headers.extend((1..=ranks).map(|rank| tr!(lang, "xlsx-rank-share", rank = rank)));
    }
    let mut grid = book.sheet("xlsx-sheet-acceptability", &headers)?;
    let samples = tr!(
        lang,
        "xlsx-samples",
        samples = sensitivity.samples,
        seed = sensitivity.seed.to_string(),
        distribution = sensitivity.distribution.clone()
    );
    grid.note(0, 1, &samples)?;
    for spread in &sensitivity.spread {
        let mut cells = vec![
            Cell::text(&spread.provider),
            Cell::Number(spread.first_place_share, Shown::Share),
            Cell::whole(spread.best_rank),
            Cell::whole(spread.worst_rank),
        ];
        if let Some(offer) =
            smaa.and_then(|s| s.offers.iter().find(|o| o.provider == spread.provider))
        {
            cells.push(Cell::Number(offer.mean_rank, Shown::Score));
            cells.extend(
                offer
                    .acceptability
                    .iter()
                    .map(|share| Cell::Number(*share, Shown::Share)),
            );
        }
        grid.row(&cells)?;
    }
    grid.finish();
    Ok(())
}

#[cfg(test)]
mod tests;
