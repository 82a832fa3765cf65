//! Errors from below (the file system, the bytes of a file) said in the user's
//! language: an error carries a catalogue id and its arguments, and is written in
//! English until `main` asks for it in the language of the run.

use std::fmt;
use std::path::Path;

use crate::lang::Lang;
use crate::tr;

/// A failure on a file, with the catalogue message that says it and, for an I/O
/// error, the error underneath (its kind picks a translated detail).
#[derive(Debug)]
pub(crate) struct FileError {
    id: &'static str,
    args: Vec<(&'static str, String)>,
    source: Option<std::io::Error>,
}

impl FileError {
    /// The message `id` with a `path` argument.
    pub(crate) fn new(id: &'static str, path: &Path) -> Self {
        FileError {
            id,
            args: vec![("path", path.display().to_string())],
            source: None,
        }
    }

    /// One more argument.
    #[must_use]
    pub(crate) fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The I/O error underneath; its detail ends the message.
    #[must_use]
    pub(crate) fn io(mut self, error: std::io::Error) -> Self {
        self.source = Some(error);
        self
    }

    /// The whole message in `lang`: `cannot read x.toml: no such file or folder`.
    pub(crate) fn message(&self, lang: Lang) -> String {
        let mut args = crate::i18n::Args::new();
        for (name, value) in &self.args {
            args.set(*name, value.clone());
        }
        let text = crate::i18n::message(lang, self.id, Some(&args));
        match &self.source {
            Some(error) => format!(
                "{text}{}",
                tr!(lang, "io-detail", detail = io_detail(error, lang))
            ),
            None => text,
        }
    }
}

/// The I/O error in `lang` when its kind is one a person meets (missing file,
/// permission, folder); else the system's own words.
pub(crate) fn io_detail(error: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind;
    let id = match error.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied => "io-permission-denied",
        ErrorKind::IsADirectory => "io-is-a-directory",
        ErrorKind::NotADirectory => "io-not-a-directory",
        ErrorKind::AlreadyExists => "io-already-exists",
        ErrorKind::InvalidData => "io-invalid-data",
        ErrorKind::StorageFull => "io-storage-full",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        _ => return error.to_string(),
    };
    crate::i18n::message(lang, id, None)
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FileError {}

/// An error as `main` prints it, in `lang`: each cause of the chain joined by
/// `: ` as `{:#}` does, with a [`FileError`] (or a bare I/O error) in `lang`.
pub(crate) fn describe(error: &anyhow::Error, lang: Lang) -> String {
    let mut parts = Vec::new();
    for cause in error.chain() {
        if let Some(file) = cause.downcast_ref::<FileError>() {
            parts.push(file.message(lang));
            break;
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            parts.push(io_detail(io, lang));
            break;
        }
        parts.push(cause.to_string());
    }
    parts.join(": ")
}

/// Maps an I/O result to a [`FileError`] `id` on `path`.
pub(crate) trait IoContext<T> {
    fn file_error(self, id: &'static str, path: &Path) -> Result<T, FileError>;
}

impl<T> IoContext<T> for std::io::Result<T> {
    fn file_error(self, id: &'static str, path: &Path) -> Result<T, FileError> {
        self.map_err(|error| FileError::new(id, path).io(error))
    }
}
