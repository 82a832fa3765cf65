//! A table to [`Offer`]s (pure): the headers tell each column's role, then each
//! row is one provider's offer. Every problem is a [`Problem`] at its cell.

use std::collections::{BTreeMap, HashMap};

use super::table::{Cell, Problem, Table};
use crate::diag::{Code, Diagnostic};
use crate::lang::Lang;
use crate::model::criteria::Criteria;
use crate::model::offer::{Interval, Offer, Score};
use crate::tr;

/// Headers of the provider column (compared without case), besides the
/// catalogue's own `sheet-header-provider` in each language.
const PROVIDER_HEADERS: &[&str] = &[
    "provider",
    "prestataire",
    "name",
    "nom",
    "fournisseur",
    "supplier",
    "vendor",
];
/// Header of the optional source column.
const SOURCE_HEADERS: &[&str] = &["source"];
/// Words that make a column a note on a criterion: `note: price`, `price note`.
const NOTE_WORDS: &[&str] = &["note", "notes", "remarque", "commentaire", "comment"];

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Role {
    Provider,
    Source,
    /// The value on criterion `i` (in criteria order).
    Value(usize),
    /// The note on criterion `i`.
    Note(usize),
    /// No header and no content.
    Blank,
}

/// The offers of a table, the place of each one's name cell (for duplicates
/// across files), and the problems. Offers come only when no problem is an error.
pub(crate) fn offers_from_table(
    table: &Table,
    criteria: &Criteria,
    lang: Lang,
) -> (Vec<Offer>, Vec<String>, Vec<Problem>) {
    let mut problems = Vec::new();
    let Some(roles) = roles(table, criteria, lang, &mut problems) else {
        return (Vec::new(), Vec::new(), problems);
    };
    let provider = roles.iter().position(|r| *r == Role::Provider);
    let source = roles.iter().position(|r| *r == Role::Source);
    let mut offers = Vec::new();
    let mut places = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for (r, row) in table.rows.iter().enumerate().skip(1) {
        if row.iter().all(Cell::is_empty) {
            continue;
        }
        let provider = provider.unwrap_or(0);
        let place = table.place(r, provider, lang);
        let name = row.get(provider).map(Cell::text).unwrap_or_default();
        if name.is_empty() {
            problems.push(problem(
                table,
                r,
                provider,
                lang,
                Diagnostic::error(Code::MissingName, tr!(lang, "sheet-missing-name")),
            ));
            continue;
        }
        if let Some(first) = seen.get(&name) {
            let message = tr!(lang, "offer-duplicate-provider", name = name.as_str());
            let label = tr!(lang, "sheet-first-at", place = first.clone());
            problems.push(problem(
                table,
                r,
                provider,
                lang,
                Diagnostic::error(Code::DuplicateProvider, message).label(label),
            ));
            continue;
        }
        seen.insert(name.clone(), place.clone());
        let scores = row_scores(table, r, &roles, criteria, lang, &mut problems);
        let source = source
            .and_then(|c| row.get(c))
            .map(Cell::text)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| table.file().to_owned());
        offers.push(Offer {
            name,
            scores,
            source,
            name_span: table.span(r, provider),
        });
        places.push(place);
    }
    let has_error = |problems: &[Problem]| problems.iter().any(|p| p.diagnostic.is_error());
    if offers.is_empty() && !has_error(&problems) {
        let diagnostic = Diagnostic::error(Code::NoOffer, tr!(lang, "sheet-no-offer"))
            .help(tr!(lang, "sheet-layout-help"));
        problems.push(problem(table, 0, 0, lang, diagnostic));
    }
    if has_error(&problems) {
        offers.clear();
    }
    (offers, places, problems)
}

/// A problem at a cell: its place, and for CSV its span in the file's text.
fn problem(
    table: &Table,
    row: usize,
    column: usize,
    lang: Lang,
    diagnostic: Diagnostic,
) -> Problem {
    let diagnostic = match table.span(row, column) {
        Some(span) => diagnostic.at(span),
        None => diagnostic,
    };
    Problem {
        place: table.place(row, column, lang),
        diagnostic,
    }
}

/// The values and notes of row `r`.
fn row_scores(
    table: &Table,
    r: usize,
    roles: &[Role],
    criteria: &Criteria,
    lang: Lang,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Score> {
    let row = &table.rows[r];
    let mut scores = BTreeMap::new();
    // Criterion index to (note, column), and the criteria whose value cell is filled.
    let mut notes: BTreeMap<usize, (String, usize)> = BTreeMap::new();
    let mut filled = Vec::new();
    for (c, role) in roles.iter().enumerate() {
        let cell = row.get(c).unwrap_or(&Cell::Empty);
        if let Role::Value(i) = *role
            && !cell.is_empty()
        {
            filled.push(i);
        }
        match *role {
            Role::Note(i) if !cell.is_empty() => {
                notes.insert(i, (cell.text(), c));
            }
            Role::Value(i) => {
                let criterion = &criteria.criteria[i];
                // On a rubric (`scale = { levels = … }`) a cell gives a level's name.
                let level = |text: &str| criterion.scale.level(text.trim()).map(|l| l.value);
                match value(cell, level) {
                    Ok(Some(score)) => {
                        scores.insert(criterion.id.clone(), score);
                    }
                    Ok(None) => {}
                    Err(bad) => {
                        let name = criterion.name.get(lang).to_owned();
                        problems.push(problem(table, r, c, lang, bad.diagnostic(name, lang)));
                    }
                }
            }
            _ => {}
        }
    }
    for (i, (note, c)) in notes {
        if let Some(score) = scores.get_mut(&criteria.criteria[i].id) {
            score.note = Some(note);
        } else if !filled.contains(&i) {
            // A note without a value has nothing to annotate: said, and left out.
            let criterion = criteria.criteria[i].name.get(lang).to_owned();
            let message = tr!(lang, "sheet-note-without-value", criterion = criterion);
            let diagnostic = Diagnostic::warning(Code::InvalidScore, message);
            problems.push(problem(table, r, c, lang, diagnostic));
        }
    }
    scores
}

/// Why a value cell cannot be read: its text.
enum Bad {
    /// Neither a number nor an interval.
    NotANumber(String),
    /// `min..max` with a bound that is no number.
    Bounds(String),
    /// `min..max` with `min > max`.
    Reversed(String),
}

impl Bad {
    fn diagnostic(self, criterion: String, lang: Lang) -> Diagnostic {
        match self {
            Bad::NotANumber(found) => Diagnostic::error(
                Code::NotANumber,
                tr!(
                    lang,
                    "sheet-not-a-number",
                    criterion = criterion,
                    found = found
                ),
            )
            .label(tr!(lang, "validate-not-a-number.label")),
            Bad::Bounds(found) => Diagnostic::error(
                Code::NotANumber,
                tr!(
                    lang,
                    "intervals-sheet-bad",
                    criterion = criterion,
                    found = found
                ),
            )
            .label(tr!(lang, "intervals-sheet-label"))
            .help(tr!(lang, "intervals-sheet-help")),
            Bad::Reversed(found) => Diagnostic::error(
                Code::InvalidScore,
                tr!(
                    lang,
                    "intervals-sheet-reversed",
                    criterion = criterion,
                    found = found
                ),
            )
            .label(tr!(lang, "intervals-sheet-label"))
            .help(tr!(lang, "intervals-sheet-help")),
        }
    }
}

/// The separator of an interval's bounds in a cell: `40..60`. Two dots cannot
/// be read as a minus sign (`-5..-2`) nor as a decimal comma (`3,5..4,2`).
const INTERVAL_SEPARATOR: &str = "..";

/// A cell's value: `None` when empty; a number (or, through `level`, a rubric
/// level's name); or an interval `min..max` whose bounds are either. Text is
/// read with a decimal point or a decimal comma, and spaces (also no-break
/// ones) between digit groups: `1 234,5` is 1234.5.
fn value(cell: &Cell, level: impl Fn(&str) -> Option<f64>) -> Result<Option<Score>, Bad> {
    let one = |text: &str| parse_number(text).or_else(|| level(text));
    match cell {
        Cell::Empty => Ok(None),
        Cell::Number(value) if value.is_finite() => Ok(Some(Score::plain(*value, None))),
        Cell::Number(value) => Err(Bad::NotANumber(value.to_string())),
        Cell::Text(text) if text.trim().is_empty() => Ok(None),
        Cell::Text(text) => match text.split_once(INTERVAL_SEPARATOR) {
            Some((low, high)) => {
                let (Some(min), Some(max)) = (one(low), one(high)) else {
                    return Err(Bad::Bounds(text.trim().to_owned()));
                };
                let interval =
                    Interval::new(min, max).ok_or_else(|| Bad::Reversed(text.trim().to_owned()))?;
                Ok(Some(Score::interval(interval, None)))
            }
            None => one(text)
                .map(|v| Some(Score::plain(v, None)))
                .ok_or_else(|| Bad::NotANumber(text.clone())),
        },
        Cell::Other(text) => Err(Bad::NotANumber(text.clone())),
    }
}

/// A number written by a person, in English or French style.
fn parse_number(text: &str) -> Option<f64> {
    let mut plain: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{A0}' | '\u{202F}'))
        .collect();
    if !plain.contains('.') && plain.matches(',').count() == 1 {
        plain = plain.replace(',', ".");
    }
    let digits_only = plain
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    let value: f64 = plain.parse().ok()?;
    (digits_only && value.is_finite()).then_some(value)
}

/// Headers compared without case, extra spaces (no-break ones too) or accents' case.
fn normal(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{A0}' || c == '\u{202F}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The criterion a header names, by id or by name in either language, or with
/// a trailing `(unit)`.
fn criterion_named(header: &str, criteria: &Criteria) -> Option<usize> {
    let exact = |h: &str| {
        criteria
            .criteria
            .iter()
            .position(|c| normal(&c.id) == h || normal(&c.name.en) == h || normal(&c.name.fr) == h)
    };
    exact(header).or_else(|| {
        let open = header.rfind(" (")?;
        header.ends_with(')').then(|| exact(&header[..open]))?
    })
}

/// The criterion a note header names: `note: price`, `price note`, `price (note)`.
fn note_on(header: &str, criteria: &Criteria) -> Option<usize> {
    for word in NOTE_WORDS {
        if let Some(rest) = header.strip_prefix(word)
            && let Some(rest) = rest.trim_start().strip_prefix(':')
        {
            return criterion_named(rest.trim(), criteria);
        }
        for suffix in [format!(" {word}"), format!(" ({word})")] {
            if let Some(rest) = header.strip_suffix(suffix.as_str()) {
                return criterion_named(rest.trim(), criteria);
            }
        }
    }
    None
}

/// Each column's role, from the headers (a column with a bad header is left
/// out, after a problem); `None` when no column holds the providers.
fn roles(
    table: &Table,
    criteria: &Criteria,
    lang: Lang,
    problems: &mut Vec<Problem>,
) -> Option<Vec<Role>> {
    let Some(headers) = table.rows.first() else {
        let diagnostic = Diagnostic::error(Code::EmptyFile, tr!(lang, "sheet-empty"))
            .help(tr!(lang, "sheet-layout-help"));
        problems.push(problem(table, 0, 0, lang, diagnostic));
        return None;
    };
    let width = table.rows.iter().map(Vec::len).max().unwrap_or(0);
    let provider_words: Vec<String> = PROVIDER_HEADERS
        .iter()
        .map(|w| (*w).to_owned())
        .chain(
            Lang::ALL
                .iter()
                .map(|l| normal(&tr!(*l, "sheet-header-provider"))),
        )
        .collect();
    let mut roles = Vec::with_capacity(width);
    let mut first_at: HashMap<Role, usize> = HashMap::new();
    for c in 0..width {
        let header = normal(&headers.get(c).map(Cell::text).unwrap_or_default());
        let role = if header.is_empty() {
            let blank = table
                .rows
                .iter()
                .all(|row| row.get(c).is_none_or(Cell::is_empty));
            if blank { Some(Role::Blank) } else { None }
        } else if let Some(i) = criterion_named(&header, criteria) {
            Some(Role::Value(i))
        } else if provider_words.contains(&header) {
            Some(Role::Provider)
        } else if SOURCE_HEADERS.contains(&header.as_str()) {
            Some(Role::Source)
        } else {
            note_on(&header, criteria).map(Role::Note)
        };
        let role = match role {
            Some(role) => role,
            // The first column, unnamed by any other rule, holds the providers.
            None if c == 0 && !header.is_empty() => Role::Provider,
            None => {
                problems.push(unknown_column(table, c, &header, criteria, lang));
                Role::Blank
            }
        };
        if role != Role::Blank
            && let Some(&first) = first_at.get(&role)
        {
            let message = tr!(lang, "sheet-duplicate-column", header = header.clone());
            let label = tr!(lang, "sheet-first-at", place = table.place(0, first, lang));
            let diagnostic = Diagnostic::error(Code::DuplicateCriterion, message).label(label);
            problems.push(problem(table, 0, c, lang, diagnostic));
            // Reported once; its cells are not read.
            roles.push(Role::Blank);
            continue;
        }
        first_at.entry(role).or_insert(c);
        roles.push(role);
    }
    if !roles.contains(&Role::Provider) {
        let diagnostic =
            Diagnostic::error(Code::MissingName, tr!(lang, "sheet-no-provider-column"))
                .help(tr!(lang, "sheet-layout-help"));
        problems.push(problem(table, 0, 0, lang, diagnostic));
        return None;
    }
    // A bad header is reported and its column left out: the rows are still
    // checked, so one run names every problem.
    Some(roles)
}

fn unknown_column(
    table: &Table,
    c: usize,
    header: &str,
    criteria: &Criteria,
    lang: Lang,
) -> Problem {
    let known: Vec<&str> = criteria.criteria.iter().map(|c| c.id.as_str()).collect();
    let message = if header.is_empty() {
        tr!(lang, "sheet-no-header")
    } else {
        tr!(lang, "sheet-unknown-column", header = header.to_owned())
    };
    let diagnostic = Diagnostic::error(Code::UnknownCriterion, message).help(tr!(
        lang,
        "sheet-unknown-column.help",
        known = known.join(", ")
    ));
    problem(table, 0, c, lang, diagnostic)
}

#[cfg(test)]
mod tests;
