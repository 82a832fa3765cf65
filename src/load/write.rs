//! Writing output files (edge): atomically (a temporary file, then a rename), into
//! the target of a symbolic link rather than over the link, straight into a device,
//! pipe or standard output, never over an input, and several files all or none.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::{FileError, IoContext as _};

use crate::lang::Lang;
use crate::tr;

/// Where the bytes for a path go.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// A regular file (existing or not), replaced by a rename: the path with its
    /// symbolic links resolved.
    Replace(PathBuf),
    /// A device, a pipe, a socket or a file descriptor (`/dev/stdout`): written
    /// straight into, as a shell redirection would.
    Stream(PathBuf),
}

/// Follows symbolic links by hand, up to the usual 40, to tell what `path` is.
fn target(path: &Path) -> anyhow::Result<Target> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        if is_descriptor(&current) {
            return Ok(Target::Stream(current));
        }
        let metadata = match std::fs::symlink_metadata(&current) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Target::Replace(current));
            }
            Err(error) => {
                return Err(FileError::new("error-write", path).io(error).into());
            }
        };
        let kind = metadata.file_type();
        if kind.is_symlink() {
            let link = std::fs::read_link(&current).file_error("error-write", path)?;
            current = match current.parent() {
                Some(parent) if link.is_relative() => parent.join(link),
                _ => link,
            };
        } else if kind.is_dir() {
            return Err(FileError::new("error-write-folder", path).into());
        } else if kind.is_file() {
            return Ok(Target::Replace(current));
        } else {
            return Ok(Target::Stream(current));
        }
    }
    Err(FileError::new("error-write-links", path).into())
}

/// `/proc/…/fd/N` and `/dev/fd/N` name an open file of the process: the shell's
/// redirection, which must be written through, not replaced.
fn is_descriptor(path: &Path) -> bool {
    path.starts_with("/dev/fd") || (path.starts_with("/proc") && path.iter().any(|c| c == "fd"))
}

/// Whether `path` is a device, a pipe or a descriptor such as `/dev/stdout`
/// (where a Markdown report cannot put chart files beside itself).
pub(crate) fn is_stream(path: &Path) -> bool {
    matches!(target(path), Ok(Target::Stream(_)))
}

/// Writes a file atomically: a temporary file in the same folder, then a rename,
/// so a reader (or a crash) never sees a half-written file. A replaced file keeps
/// its permissions; a symbolic link keeps pointing at its (rewritten) target; a
/// device or pipe (`/dev/null`, `/dev/stdout`) is written into, not replaced.
pub(crate) fn write_atomic(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    write_all_or_none(&[(path, contents)])
}

/// Writes several files atomically, all or none as far as a file system allows:
/// every temporary file is written first (a full disk or a missing folder stops
/// everything there), then they are renamed in order, the last one last; if a
/// rename fails, the files this call created are removed again.
pub(crate) fn write_all_or_none(files: &[(&Path, &[u8])]) -> anyhow::Result<()> {
    let mut staged = Vec::new();
    let mut streams = Vec::new();
    // The last file (the main one) is checked first, so a problem names it.
    for (path, contents) in files.iter().rev() {
        match target(path)? {
            Target::Replace(real) => {
                let existed = real.symlink_metadata().is_ok();
                staged.push((write_temp(&real, path, contents)?, real, *path, existed));
            }
            Target::Stream(real) => streams.push((real, *path, *contents)),
        }
    }
    staged.reverse();
    streams.reverse();
    let mut created: Vec<PathBuf> = Vec::new();
    for (temp, real, shown, existed) in staged {
        if let Err(error) = persist(temp, &real, shown) {
            for path in &created {
                let _ = std::fs::remove_file(path);
            }
            return Err(error);
        }
        if !existed {
            created.push(real);
        }
    }
    for (real, shown, contents) in streams {
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(&real)
            .file_error("error-write", shown)?;
        file.write_all(contents)
            .and_then(|()| file.flush())
            .file_error("error-write", shown)?;
    }
    Ok(())
}

fn persist(temp: tempfile::NamedTempFile, real: &Path, shown: &Path) -> anyhow::Result<()> {
    if let Ok(metadata) = std::fs::metadata(real) {
        temp.as_file()
            .set_permissions(metadata.permissions())
            .file_error("error-write-permissions", shown)?;
    }
    temp.persist(real)
        .map_err(|error| FileError::new("error-save", shown).io(error.error))?;
    Ok(())
}

/// Writes a new file atomically, never replacing one: returns `false`, writing
/// nothing, when `path` exists (even if it appears while the file is written).
pub(crate) fn write_new_atomic(path: &Path, contents: &[u8]) -> anyhow::Result<bool> {
    if path.symlink_metadata().is_ok() {
        return Ok(false);
    }
    match write_temp(path, path, contents)?.persist_noclobber(path) {
        Ok(_) => Ok(true),
        Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(error) => Err(FileError::new("error-save", path).io(error.error).into()),
    }
}

/// The contents in a synced temporary file beside `path`, ready to be renamed.
/// `shown` is the path as the user wrote it, for messages.
fn write_temp(
    path: &Path,
    shown: &Path,
    contents: &[u8],
) -> anyhow::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(FileError::new("error-write-no-folder", shown)
            .arg("folder", dir.display())
            .into());
    }
    // Temporary files are private (0600); what we write is the user's document, so
    // it gets the usual mode of a new file.
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder.tempfile_in(dir).file_error("error-write", shown)?;
    temp.write_all(contents)
        .and_then(|()| temp.as_file().sync_all())
        .file_error("error-write", shown)?;
    Ok(temp)
}

/// Refuses an output path that is one of the input files (through any link), so
/// `report brief.toml -o brief.toml` cannot destroy the brief.
pub(crate) fn refuse_overwriting_inputs(
    output: &Path,
    inputs: &[PathBuf],
    lang: Lang,
) -> anyhow::Result<()> {
    let Ok(out) = std::fs::metadata(output) else {
        return Ok(());
    };
    if !out.is_file() {
        return Ok(());
    }
    for input in inputs {
        if std::fs::metadata(input).is_ok_and(|metadata| same_file(&out, &metadata, output, input))
        {
            let (output, input) = (output.display(), input.display());
            anyhow::bail!(tr!(
                lang,
                "error-output-is-input",
                output = output.to_string(),
                input = input.to_string()
            ));
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata, _: &Path, _: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata, a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
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

    #[test]
    fn links_are_written_through_and_devices_into() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.html");
        let link = dir.path().join("link.html");
        std::fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink("real.html", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert_eq!(
            target(Path::new("/dev/null")).unwrap(),
            Target::Stream("/dev/null".into())
        );
        write_atomic(Path::new("/dev/null"), b"gone").unwrap();
        assert!(target(dir.path()).is_err());
    }

    #[test]
    fn an_input_is_never_an_output() {
        let dir = tempfile::tempdir().unwrap();
        let brief = dir.path().join("brief.toml");
        let link = dir.path().join("link.toml");
        std::fs::write(&brief, "[project]").unwrap();
        std::os::unix::fs::symlink(&brief, &link).unwrap();
        assert!(refuse_overwriting_inputs(&link, std::slice::from_ref(&brief), Lang::En).is_err());
        assert!(
            refuse_overwriting_inputs(&dir.path().join("new.html"), &[brief], Lang::En).is_ok()
        );
    }
}
