//! Loading (edge): one path from a file on disk to a validated model for each file
//! kind, with every problem written once as a diagnostic; folders expanded; the
//! built-in questionnaires; and the writes (atomic, never over an input).
//!
//! A command makes one [`Loader`], asks it for the files it needs, then calls
//! [`Loader::finish`], which fails with [`InvalidInput`] when any file had an
//! error. `main` prints that error; commands never print `error:` themselves.

pub(crate) mod error;
mod offers;
mod read;
pub(crate) mod sheet;
mod toml_detail;
mod write;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::app::Context;
use crate::cli::ValidateFormat;
use crate::diag::{self, Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::brief::Brief;
use crate::model::criteria::Criteria;
use crate::model::offer::Offer;
use crate::model::questionnaire::Questionnaire;
use crate::tr;
use crate::validate::brief::{looks_like_brief, validate_brief};
use crate::validate::criteria::{looks_like_criteria, validate_criteria};
use crate::validate::evaluation::{Evaluation, looks_like_evaluation, validate_evaluation};
use crate::validate::offer::{looks_like_offers, validate_offers};
use crate::validate::questionnaire::{
    check_links, looks_like_questionnaire, validate_questionnaire,
};

pub(crate) use self::read::read_text;
pub(crate) use self::read::{expand_paths, expand_paths_marked, read_source};
pub(crate) use self::write::{
    is_stream, refuse_overwriting_inputs, write_all_or_none, write_atomic, write_new_atomic,
};

/// The questionnaires shipped in the binary: `(file name, TOML text)`.
pub const BUILTIN_QUESTIONNAIRES: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/builtin_questionnaires.rs"));

/// Input files had problems, already written to standard error.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub(crate) struct InvalidInput {
    pub message: String,
}

impl InvalidInput {
    pub(crate) fn new(lang: Lang, errors: usize) -> Self {
        let message = tr!(lang, "input-problems", count = errors);
        InvalidInput { message }
    }
}

/// What a file is, told from its top-level keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileKind {
    Questionnaire,
    Brief,
    Criteria,
    Offers,
    /// One evaluator's values on several offers (`validate::evaluation`).
    Evaluation,
    Unknown,
}

/// The kind of a TOML text; a text that does not parse gives its TOML error.
pub(crate) fn file_kind(source: &SourceFile) -> Result<FileKind, Diagnostic> {
    let table: toml::Table = toml::from_str(&source.text).map_err(|e| Diagnostic::from_toml(&e))?;
    Ok(if looks_like_questionnaire(&table) {
        FileKind::Questionnaire
    } else if looks_like_brief(&table) {
        FileKind::Brief
    } else if looks_like_criteria(&table) {
        FileKind::Criteria
    } else if looks_like_offers(&table) {
        FileKind::Offers
    } else if looks_like_evaluation(&table) {
        FileKind::Evaluation
    } else {
        FileKind::Unknown
    })
}

/// A file found in a folder is of `kind`, or does not parse (and is then reported,
/// not skipped).
fn found_is(source: &SourceFile, kind: FileKind) -> bool {
    file_kind(source).map_or(true, |found| found == kind)
}

/// Reads and validates files, writing each file's diagnostics to standard error
/// as it goes and counting the errors.
pub(crate) struct Loader<'w> {
    lang: Lang,
    format: ValidateFormat,
    err: &'w mut dyn Write,
    errors: usize,
}

impl<'w> Loader<'w> {
    pub(crate) fn new(lang: Lang, err: &'w mut dyn Write) -> Self {
        Loader {
            lang,
            format: ValidateFormat::Human,
            err,
            errors: 0,
        }
    }

    /// Diagnostics in the short one-line form instead of the quoted snippet.
    #[must_use]
    pub(crate) fn format(mut self, format: ValidateFormat) -> Self {
        self.format = format;
        self
    }

    /// Fails with [`InvalidInput`] when any file had an error.
    pub(crate) fn finish(&self) -> Result<(), InvalidInput> {
        if self.errors > 0 {
            return Err(InvalidInput::new(self.lang, self.errors));
        }
        Ok(())
    }

    /// Reads a text file; one that is not UTF-8 is reported (with the line and
    /// column of the first bad byte) and gives `None`. A missing or unreadable
    /// file is an error.
    pub(crate) fn read(&mut self, path: &Path) -> anyhow::Result<Option<SourceFile>> {
        let (file, problem) = read::read_text(path, self.lang)?;
        match problem {
            None => Ok(Some(file)),
            Some(diagnostic) => {
                self.report(&file, vec![diagnostic])?;
                Ok(None)
            }
        }
    }

    /// Writes one file's diagnostics and counts its errors; returns whether it
    /// had none.
    pub(crate) fn report(
        &mut self,
        file: &SourceFile,
        diagnostics: Vec<Diagnostic>,
    ) -> std::io::Result<bool> {
        let diagnostics = self.report_kept(file, diagnostics)?;
        Ok(!diagnostics.iter().any(Diagnostic::is_error))
    }

    /// [`Loader::report`], giving back the diagnostics as written (TOML messages
    /// in the user's language), for outputs that list them too.
    pub(crate) fn report_kept(
        &mut self,
        file: &SourceFile,
        mut diagnostics: Vec<Diagnostic>,
    ) -> std::io::Result<Vec<Diagnostic>> {
        for diagnostic in &mut diagnostics {
            // The TOML parser names no position when nesting is too deep.
            if diagnostic.span.is_none() && diagnostic.message.contains("recursion") {
                diagnostic.span = read::deepest_nesting(&file.text);
                diagnostic.help = Some(tr!(self.lang, "error-toml-too-deep-help"));
            }
            // The TOML parser's own words stay as the detail, introduced in the
            // user's language.
            if diagnostic.code == Code::InvalidToml {
                let (detail, help) = toml_detail::explain(self.lang, &diagnostic.message);
                diagnostic.message = tr!(self.lang, "error-toml-syntax", detail = detail);
                if diagnostic.help.is_none() {
                    diagnostic.help = help;
                }
            }
        }
        write_diagnostics(self.err, file, &diagnostics, self.format, self.lang)?;
        self.errors += diagnostics.iter().filter(|d| d.is_error()).count();
        Ok(diagnostics)
    }

    /// The result of any validator, with its diagnostics reported.
    pub(crate) fn validated<T>(
        &mut self,
        file: &SourceFile,
        (value, diagnostics): (Option<T>, Vec<Diagnostic>),
    ) -> std::io::Result<Option<T>> {
        self.report(file, diagnostics)?;
        Ok(value)
    }

    /// The built-in questionnaires, replaced or extended by `--questionnaires DIR`.
    /// Fails only on the questionnaires' own problems: a file read before them
    /// (`validate` reads every file first) has its problems counted, but the
    /// other files are still checked and reported.
    pub(crate) fn questionnaires(
        &mut self,
        dir: Option<&Path>,
    ) -> anyhow::Result<Vec<Questionnaire>> {
        let errors_before = self.errors;
        let mut sources: Vec<SourceFile> = BUILTIN_QUESTIONNAIRES
            .iter()
            .map(|(name, text)| SourceFile::new(format!("<built-in>/questionnaires/{name}"), *text))
            .collect();
        if let Some(dir) = dir {
            if !dir.is_dir() {
                return Err(error::FileError::new("error-questionnaires-not-folder", dir).into());
            }
            for path in expand_paths(&[dir.to_path_buf()])? {
                sources.extend(self.read(&path)?);
            }
        }
        let mut questionnaires: Vec<Questionnaire> = Vec::new();
        let mut files: HashMap<String, &SourceFile> = HashMap::new();
        for source in &sources {
            let result = validate_questionnaire(source, self.lang);
            if let Some(questionnaire) = self.validated(source, result)? {
                files.insert(questionnaire.id.clone(), source);
                add_questionnaire(&mut questionnaires, questionnaire);
            }
        }
        for (id, diagnostic) in check_links(&questionnaires, self.lang) {
            if let Some(file) = files.get(&id) {
                self.report(file, vec![diagnostic])?;
            }
        }
        if self.errors > errors_before {
            return Err(InvalidInput::new(self.lang, self.errors).into());
        }
        Ok(questionnaires)
    }

    /// One brief, validated against the questionnaires.
    pub(crate) fn brief(
        &mut self,
        path: &Path,
        questionnaires: &[Questionnaire],
    ) -> anyhow::Result<Option<(SourceFile, Brief)>> {
        let Some(file) = self.read(path)? else {
            return Ok(None);
        };
        let result = validate_brief(&file, questionnaires, self.lang);
        Ok(self.validated(&file, result)?.map(|brief| (file, brief)))
    }

    /// A criteria file, validated; `None` after its problems are reported.
    pub(crate) fn criteria(&mut self, path: &Path) -> anyhow::Result<Option<Criteria>> {
        let Some(file) = self.read(path)? else {
            return Ok(None);
        };
        let result = validate_criteria(&file, self.lang);
        Ok(self.validated(&file, result)?)
    }

    /// The criteria file and the offers of `offer_paths` (TOML files, `.csv`,
    /// `.xlsx`, `.ods` tables read by [`sheet`]; folders give their TOML offer
    /// files, the criteria file and other kinds of file found there skipped),
    /// each offer checked against the criteria, and provider names unique across
    /// the files. Fails with [`InvalidInput`] when any file has an error.
    pub(crate) fn ranking_inputs(
        &mut self,
        criteria_path: &Path,
        offer_paths: &[PathBuf],
    ) -> anyhow::Result<(Criteria, Vec<Offer>)> {
        let lang = self.lang;
        let criteria = self.criteria(criteria_path)?;
        let criteria_real = criteria_path.canonicalize().ok();
        let same_as_criteria = |path: &Path| {
            path == criteria_path
                || (criteria_real.is_some() && path.canonicalize().ok() == criteria_real)
        };
        let mut files: Vec<OfferFile> = Vec::new();
        let mut evaluations: Vec<(SourceFile, Evaluation)> = Vec::new();
        for (path, named) in expand_paths_marked(offer_paths)? {
            if !named && same_as_criteria(&path) {
                continue;
            }
            files.extend(self.offer_file(&path, named, criteria.as_ref(), &mut evaluations)?);
        }
        let mut offers = self.report_offer_files(files)?;
        // Committee members' evaluation files add their values to the offers.
        let merged: Vec<_> = evaluations.iter().map(|(_, e)| e).collect();
        let problems = crate::validate::evaluation::merge_evaluations(&mut offers, &merged, lang);
        for ((file, _), diagnostics) in evaluations.iter().zip(problems) {
            self.report(file, diagnostics)?;
        }
        self.finish()?;
        match criteria {
            Some(criteria) => Ok((criteria, offers)),
            None => Err(InvalidInput::new(lang, 1).into()),
        }
    }

    /// One offer file, TOML or a table (`load::sheet`), validated alone; `None`
    /// when unreadable (reported) or, found in a folder, of another kind. A table
    /// is read only once the criteria are valid, as its headers name them. An
    /// evaluation file (a committee member's values) goes to `evaluations`.
    fn offer_file(
        &mut self,
        path: &Path,
        named: bool,
        criteria: Option<&Criteria>,
        evaluations: &mut Vec<(SourceFile, Evaluation)>,
    ) -> anyhow::Result<Option<OfferFile>> {
        if sheet::is_table(path) {
            let table = sheet::read_table(path)?;
            let Some(criteria) = criteria else {
                return Ok(None);
            };
            let (offers, names, problems) = sheet::offers_from_table(&table, criteria, self.lang);
            return Ok(Some(OfferFile::Table {
                offers,
                names,
                problems,
                source: table.source().cloned(),
            }));
        }
        let Some(file) = self.read(path)? else {
            return Ok(None);
        };
        if file_kind(&file).is_ok_and(|kind| kind == FileKind::Evaluation) {
            let result = validate_evaluation(&file, criteria, self.lang);
            if let Some(evaluation) = self.validated(&file, result)? {
                evaluations.push((file, evaluation));
            }
            return Ok(None);
        }
        if !named && !found_is(&file, FileKind::Offers) {
            return Ok(None);
        }
        let (parsed, diagnostics) = validate_offers(&file, criteria, self.lang);
        Ok(Some(OfferFile::Toml {
            file,
            offers: parsed.into_iter().flatten().collect(),
            diagnostics,
        }))
    }

    /// Reports each offer file's problems, with the providers named twice across
    /// files, and gives every offer.
    fn report_offer_files(&mut self, files: Vec<OfferFile>) -> anyhow::Result<Vec<Offer>> {
        let lang = self.lang;
        let names: Vec<Vec<(&str, offers::NameAt<'_>)>> =
            files.iter().map(OfferFile::names).collect();
        let duplicates = offers::duplicate_providers(&names);
        drop(names);
        let mut all = Vec::new();
        for (file, more) in files.into_iter().zip(duplicates) {
            match file {
                OfferFile::Toml {
                    file,
                    offers,
                    mut diagnostics,
                } => {
                    for (i, first) in more {
                        let diagnostic = offers::duplicate_provider(&offers[i].name, first, lang);
                        diagnostics.push(match &offers[i].name_span {
                            Some(span) => diagnostic.at(span.clone()),
                            None => diagnostic,
                        });
                    }
                    diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
                    self.report(&file, diagnostics)?;
                    all.extend(offers);
                }
                OfferFile::Table {
                    offers,
                    names,
                    mut problems,
                    source,
                } => {
                    for (i, first) in more {
                        let diagnostic = offers::duplicate_provider(&offers[i].name, first, lang);
                        problems.push(sheet::Problem {
                            place: names[i].clone(),
                            diagnostic: match &offers[i].name_span {
                                Some(span) => diagnostic.at(span.clone()),
                                None => diagnostic,
                            },
                        });
                    }
                    self.report_table(source.as_ref(), problems)?;
                    all.extend(offers);
                }
            }
        }
        Ok(all)
    }

    /// A table's problems: against the text of a CSV file (with a caret under
    /// the cell), or each at its named cell of a workbook.
    fn report_table(
        &mut self,
        source: Option<&SourceFile>,
        problems: Vec<sheet::Problem>,
    ) -> std::io::Result<()> {
        match source {
            Some(file) => {
                let mut diagnostics: Vec<Diagnostic> =
                    problems.into_iter().map(|p| p.diagnostic).collect();
                diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
                self.report(file, diagnostics)?;
            }
            None => {
                for problem in problems {
                    self.report(&problem.file(), vec![problem.diagnostic])?;
                }
            }
        }
        Ok(())
    }
}

/// The offers of one file and its problems, not yet reported.
enum OfferFile {
    Toml {
        file: SourceFile,
        offers: Vec<Offer>,
        diagnostics: Vec<Diagnostic>,
    },
    Table {
        offers: Vec<Offer>,
        /// The place of each offer's name cell.
        names: Vec<String>,
        problems: Vec<sheet::Problem>,
        /// The text of a CSV file, which its problems' spans point into.
        source: Option<SourceFile>,
    },
}

impl OfferFile {
    fn names(&self) -> Vec<(&str, offers::NameAt<'_>)> {
        match self {
            OfferFile::Toml { file, offers, .. } => offers
                .iter()
                .map(|o| {
                    let at = offers::NameAt::Span(file, o.name_span.clone());
                    (o.name.as_str(), at)
                })
                .collect(),
            OfferFile::Table { offers, names, .. } => offers
                .iter()
                .zip(names)
                .map(|(o, place)| (o.name.as_str(), offers::NameAt::Cell(place)))
                .collect(),
        }
    }
}

/// Adds a questionnaire, replacing one of the same id (a file overrides a built-in).
pub(crate) fn add_questionnaire(
    questionnaires: &mut Vec<Questionnaire>,
    questionnaire: Questionnaire,
) {
    match questionnaires.iter_mut().find(|q| q.id == questionnaire.id) {
        Some(existing) => *existing = questionnaire,
        None => questionnaires.push(questionnaire),
    }
}

/// Writes each diagnostic of a file in the chosen form.
pub(crate) fn write_diagnostics(
    err: &mut dyn Write,
    file: &SourceFile,
    diagnostics: &[Diagnostic],
    format: ValidateFormat,
    lang: Lang,
) -> std::io::Result<()> {
    for diagnostic in diagnostics {
        match format {
            ValidateFormat::Human => writeln!(err, "{}\n", diag::render(file, diagnostic, lang))?,
            ValidateFormat::Short => {
                writeln!(err, "{}", diag::render_short(file, diagnostic, lang))?;
            }
        }
    }
    Ok(())
}

/// The built-in questionnaires, replaced or extended by `--questionnaires DIR`.
/// Problems are written to `err` and returned as [`InvalidInput`].
pub(crate) fn load_questionnaires(
    ctx: &Context,
    err: &mut dyn Write,
) -> anyhow::Result<Vec<Questionnaire>> {
    Loader::new(ctx.lang, err).questionnaires(ctx.questionnaires_dir.as_deref())
}
