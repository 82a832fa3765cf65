//! Loading (edge): one path from a file on disk to a validated model for each file
//! kind, with every problem written once as a diagnostic; folders expanded; the
//! built-in questionnaires; and the writes (atomic, never over an input).
//!
//! A command makes one [`Loader`], asks it for the files it needs, then calls
//! [`Loader::finish`], which fails with [`InvalidInput`] when any file had an
//! error. `main` prints that error; commands never print `error:` themselves.

pub mod error;
mod offers;
mod read;
mod write;

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
use crate::validate::offer::{looks_like_offers, validate_offers};
use crate::validate::questionnaire::{looks_like_questionnaire, validate_questionnaire};

pub(crate) use self::read::read_text;
pub use self::read::{expand_paths, expand_paths_marked, read_source};
pub use self::write::{
    is_stream, refuse_overwriting_inputs, write_all_or_none, write_atomic, write_new_atomic,
};

/// The questionnaires shipped in the binary: `(file name, TOML text)`.
pub const BUILTIN_QUESTIONNAIRES: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/builtin_questionnaires.rs"));

/// Input files had problems, already written to standard error.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct InvalidInput {
    pub message: String,
}

impl InvalidInput {
    pub fn new(lang: Lang, errors: usize) -> Self {
        let message = tr!(lang, "input-problems", count = errors);
        InvalidInput { message }
    }
}

/// What a file is, told from its top-level keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Questionnaire,
    Brief,
    Criteria,
    Offers,
    Unknown,
}

/// The kind of a TOML text; a text that does not parse gives its TOML error.
pub fn file_kind(source: &SourceFile) -> Result<FileKind, Diagnostic> {
    let table: toml::Table = toml::from_str(&source.text).map_err(|e| Diagnostic::from_toml(&e))?;
    Ok(if looks_like_questionnaire(&table) {
        FileKind::Questionnaire
    } else if looks_like_brief(&table) {
        FileKind::Brief
    } else if looks_like_criteria(&table) {
        FileKind::Criteria
    } else if looks_like_offers(&table) {
        FileKind::Offers
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
pub struct Loader<'w> {
    lang: Lang,
    format: ValidateFormat,
    err: &'w mut dyn Write,
    errors: usize,
}

impl<'w> Loader<'w> {
    pub fn new(lang: Lang, err: &'w mut dyn Write) -> Self {
        Loader {
            lang,
            format: ValidateFormat::Human,
            err,
            errors: 0,
        }
    }

    /// Diagnostics in the short one-line form instead of the quoted snippet.
    #[must_use]
    pub fn format(mut self, format: ValidateFormat) -> Self {
        self.format = format;
        self
    }

    /// Errors reported so far.
    pub fn errors(&self) -> usize {
        self.errors
    }

    /// Fails with [`InvalidInput`] when any file had an error.
    pub fn finish(&self) -> Result<(), InvalidInput> {
        if self.errors > 0 {
            return Err(InvalidInput::new(self.lang, self.errors));
        }
        Ok(())
    }

    /// Reads a text file; one that is not UTF-8 is reported (with the line and
    /// column of the first bad byte) and gives `None`. A missing or unreadable
    /// file is an error.
    pub fn read(&mut self, path: &Path) -> anyhow::Result<Option<SourceFile>> {
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
    pub fn report(
        &mut self,
        file: &SourceFile,
        mut diagnostics: Vec<Diagnostic>,
    ) -> std::io::Result<bool> {
        for diagnostic in &mut diagnostics {
            // The TOML parser names no position when nesting is too deep.
            if diagnostic.span.is_none() && diagnostic.message.contains("recursion") {
                diagnostic.span = read::deepest_nesting(&file.text);
                diagnostic.help = Some(tr!(self.lang, "error-toml-too-deep-help"));
            }
            // The TOML parser's own words stay as the detail, introduced in the
            // user's language.
            if diagnostic.code == Code::InvalidToml {
                diagnostic.message = tr!(
                    self.lang,
                    "error-toml-syntax",
                    detail = diagnostic.message.clone()
                );
            }
        }
        write_diagnostics(self.err, file, &diagnostics, self.format)?;
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        self.errors += errors;
        Ok(errors == 0)
    }

    /// The result of any validator, with its diagnostics reported.
    pub fn validated<T>(
        &mut self,
        file: &SourceFile,
        (value, diagnostics): (Option<T>, Vec<Diagnostic>),
    ) -> std::io::Result<Option<T>> {
        self.report(file, diagnostics)?;
        Ok(value)
    }

    /// The built-in questionnaires, replaced or extended by `--questionnaires DIR`.
    pub fn questionnaires(&mut self, dir: Option<&Path>) -> anyhow::Result<Vec<Questionnaire>> {
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
        for source in &sources {
            let result = validate_questionnaire(source, self.lang);
            if let Some(questionnaire) = self.validated(source, result)? {
                add_questionnaire(&mut questionnaires, questionnaire);
            }
        }
        self.finish()?;
        Ok(questionnaires)
    }

    /// One brief, validated against the questionnaires.
    pub fn brief(
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

    /// Every brief among `paths` (folders give the briefs below them; other kinds
    /// of file found there are skipped).
    pub fn briefs(
        &mut self,
        paths: &[PathBuf],
        questionnaires: &[Questionnaire],
    ) -> anyhow::Result<Vec<(SourceFile, Brief)>> {
        let mut briefs = Vec::new();
        for (path, named) in expand_paths_marked(paths)? {
            let Some(file) = self.read(&path)? else {
                continue;
            };
            if !named && !found_is(&file, FileKind::Brief) {
                continue;
            }
            let result = validate_brief(&file, questionnaires, self.lang);
            if let Some(brief) = self.validated(&file, result)? {
                briefs.push((file, brief));
            }
        }
        Ok(briefs)
    }

    /// The criteria file and the offers of `offer_paths` (folders give their offer
    /// files; the criteria file and other kinds of file found there are skipped),
    /// each offer checked against the criteria, and provider names unique across
    /// the files. Fails with [`InvalidInput`] when any file has an error.
    pub fn ranking_inputs(
        &mut self,
        criteria_path: &Path,
        offer_paths: &[PathBuf],
    ) -> anyhow::Result<(Criteria, Vec<Offer>)> {
        let lang = self.lang;
        let criteria = match self.read(criteria_path)? {
            Some(file) => {
                let result = validate_criteria(&file, lang);
                self.validated(&file, result)?
            }
            None => None,
        };
        let criteria_real = criteria_path.canonicalize().ok();
        let same_as_criteria = |path: &Path| {
            path == criteria_path
                || (criteria_real.is_some() && path.canonicalize().ok() == criteria_real)
        };
        let mut files: Vec<(SourceFile, Vec<Offer>, Vec<Diagnostic>)> = Vec::new();
        for (path, named) in expand_paths_marked(offer_paths)? {
            if !named && same_as_criteria(&path) {
                continue;
            }
            let Some(file) = self.read(&path)? else {
                continue;
            };
            if !named && !found_is(&file, FileKind::Offers) {
                continue;
            }
            let (parsed, diagnostics) = validate_offers(&file, criteria.as_ref(), lang);
            files.push((file, parsed.into_iter().flatten().collect(), diagnostics));
        }
        let pairs: Vec<(&SourceFile, &[Offer])> = files
            .iter()
            .map(|(file, offers, _)| (file, offers.as_slice()))
            .collect();
        let duplicates = offers::duplicate_providers(&pairs, lang);
        let mut offers = Vec::new();
        for ((file, parsed, mut diagnostics), more) in files.into_iter().zip(duplicates) {
            diagnostics.extend(more);
            diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
            self.report(&file, diagnostics)?;
            offers.extend(parsed);
        }
        self.finish()?;
        match criteria {
            Some(criteria) => Ok((criteria, offers)),
            None => Err(InvalidInput::new(lang, 1).into()),
        }
    }
}

/// Adds a questionnaire, replacing one of the same id (a file overrides a built-in).
pub fn add_questionnaire(questionnaires: &mut Vec<Questionnaire>, questionnaire: Questionnaire) {
    match questionnaires.iter_mut().find(|q| q.id == questionnaire.id) {
        Some(existing) => *existing = questionnaire,
        None => questionnaires.push(questionnaire),
    }
}

/// Writes each diagnostic of a file in the chosen form.
pub fn write_diagnostics(
    err: &mut dyn Write,
    file: &SourceFile,
    diagnostics: &[Diagnostic],
    format: ValidateFormat,
) -> std::io::Result<()> {
    for diagnostic in diagnostics {
        match format {
            ValidateFormat::Human => writeln!(err, "{}\n", diag::render(file, diagnostic))?,
            ValidateFormat::Short => writeln!(err, "{}", diag::render_short(file, diagnostic))?,
        }
    }
    Ok(())
}

/// The built-in questionnaires, replaced or extended by `--questionnaires DIR`.
/// Problems are written to `err` and returned as [`InvalidInput`].
pub fn load_questionnaires(
    ctx: &Context,
    err: &mut dyn Write,
) -> anyhow::Result<Vec<Questionnaire>> {
    Loader::new(ctx.lang, err).questionnaires(ctx.questionnaires_dir.as_deref())
}
