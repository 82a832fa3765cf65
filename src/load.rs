//! Reading files (edge): sources kept for diagnostics, folders expanded, the
//! built-in questionnaires, and atomic writes.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::app::Context;
use crate::cli::ValidateFormat;
use crate::diag::{self, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::validate::questionnaire::validate_questionnaire;

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
        let message = match (lang, errors) {
            (Lang::En, 1) => "1 problem in the input files".to_owned(),
            (Lang::En, n) => format!("{n} problems in the input files"),
            (Lang::Fr, 1) => "1 problème dans les fichiers d'entrée".to_owned(),
            (Lang::Fr, n) => format!("{n} problèmes dans les fichiers d'entrée"),
        };
        InvalidInput { message }
    }
}

/// Reads a UTF-8 text file, naming it in any error.
pub fn read_source(path: &Path) -> anyhow::Result<SourceFile> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(SourceFile::new(path.display().to_string(), text))
}

/// Files as given, folders replaced by the `*.toml` files below them (sorted, recursive).
pub fn expand_paths(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    Ok(expand_paths_marked(paths)?
        .into_iter()
        .map(|(path, _)| path)
        .collect())
}

/// Like [`expand_paths`], with `true` for files named on the command line and
/// `false` for files found in a folder (which a command may skip when they are
/// of another kind).
pub fn expand_paths_marked(paths: &[PathBuf]) -> anyhow::Result<Vec<(PathBuf, bool)>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            collect_toml(path, &mut found)?;
            if found.is_empty() {
                anyhow::bail!("{} holds no .toml file", path.display());
            }
            found.sort();
            out.extend(found.into_iter().map(|path| (path, false)));
        } else {
            out.push((path.clone(), true));
        }
    }
    Ok(out)
}

fn collect_toml(dir: &Path, found: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("reading folder {}", dir.display()))?;
    for entry in entries {
        let path = entry
            .with_context(|| format!("reading folder {}", dir.display()))?
            .path();
        if path.is_dir() {
            collect_toml(&path, found)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            found.push(path);
        }
    }
    Ok(())
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
    let mut sources: Vec<SourceFile> = BUILTIN_QUESTIONNAIRES
        .iter()
        .map(|(name, text)| SourceFile::new(format!("<built-in>/questionnaires/{name}"), *text))
        .collect();
    if let Some(dir) = &ctx.questionnaires_dir {
        if !dir.is_dir() {
            anyhow::bail!(
                "{}",
                match ctx.lang {
                    Lang::En => format!("--questionnaires: {} is not a folder", dir.display()),
                    Lang::Fr =>
                        format!("--questionnaires : {} n'est pas un dossier", dir.display()),
                }
            );
        }
        for path in expand_paths(std::slice::from_ref(dir))? {
            sources.push(read_source(&path)?);
        }
    }
    let mut questionnaires: Vec<Questionnaire> = Vec::new();
    let mut errors = 0;
    for source in &sources {
        let (questionnaire, diagnostics) = validate_questionnaire(source, ctx.lang);
        errors += diagnostics.iter().filter(|d| d.is_error()).count();
        write_diagnostics(err, source, &diagnostics, ValidateFormat::Human)?;
        if let Some(questionnaire) = questionnaire {
            match questionnaires.iter_mut().find(|q| q.id == questionnaire.id) {
                Some(existing) => *existing = questionnaire,
                None => questionnaires.push(questionnaire),
            }
        }
    }
    if errors > 0 {
        return Err(InvalidInput::new(ctx.lang, errors).into());
    }
    Ok(questionnaires)
}

/// Writes a file atomically: a temporary file in the same folder, then a rename,
/// so a reader (or a crash) never sees a half-written file. A replaced file keeps
/// its permissions.
pub fn write_atomic(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let temp = write_temp(path, contents)?;
    if let Ok(metadata) = std::fs::metadata(path) {
        temp.as_file()
            .set_permissions(metadata.permissions())
            .with_context(|| format!("keeping the permissions of {}", path.display()))?;
    }
    temp.persist(path)
        .with_context(|| format!("saving {}", path.display()))?;
    Ok(())
}

/// Writes a new file atomically, never replacing one: returns `false`, writing
/// nothing, when `path` exists (even if it appears while the file is written).
pub fn write_new_atomic(path: &Path, contents: &[u8]) -> anyhow::Result<bool> {
    if path.symlink_metadata().is_ok() {
        return Ok(false);
    }
    match write_temp(path, contents)?.persist_noclobber(path) {
        Ok(_) => Ok(true),
        Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(error) => Err(error).with_context(|| format!("saving {}", path.display())),
    }
}

/// The contents in a synced temporary file beside `path`, ready to be renamed.
fn write_temp(path: &Path, contents: &[u8]) -> anyhow::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    // Temporary files are private (0600); what we write is the user's document, so
    // it gets the usual mode of a new file.
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder
        .tempfile_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    temp.write_all(contents)
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(temp)
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn written_files_are_readable_and_keep_their_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.html");
        write_atomic(&path, b"one").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // 0644, less whatever the umask removes.
        assert_eq!(mode(&path) & 0o600, 0o600);
        assert_ne!(mode(&path), 0o600, "not private like a temporary file");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(mode(&path), 0o640);
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert!(write_new_atomic(&dir.path().join("new.toml"), b"x").unwrap());
        assert!(!write_new_atomic(&path, b"three").unwrap());
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
    }
}
