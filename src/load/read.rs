//! Reading input files (edge): text that is not UTF-8 or nests too deep gets a
//! position, and folders are expanded once each, whatever their links.

use std::collections::HashSet;
use std::ops::Range;
use std::path::{Path, PathBuf};

use super::error::{FileError, IoContext as _};

use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::tr;

/// A file's text, or, when it is not UTF-8, its text with the bad bytes replaced
/// and a diagnostic at the first of them.
pub(crate) fn read_text(
    path: &Path,
    lang: Lang,
) -> anyhow::Result<(SourceFile, Option<Diagnostic>)> {
    let bytes = std::fs::read(path).file_error("error-read", path)?;
    let name = path.display().to_string();
    match String::from_utf8(bytes) {
        Ok(text) => Ok((SourceFile::new(name, text), None)),
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            let byte = error.as_bytes()[at];
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            // The valid prefix is kept as is, so `at` is also the offset of the
            // replacement character (3 bytes) in the lossy text.
            let diagnostic = Diagnostic::error(Code::InvalidUtf8, tr!(lang, "error-invalid-utf8"))
                .at(at..at + '\u{FFFD}'.len_utf8())
                .label(format!("0x{byte:02X}"))
                .help(tr!(lang, "error-invalid-utf8-help"));
            Ok((SourceFile::new(name, text), Some(diagnostic)))
        }
    }
}

/// Reads a UTF-8 text file, naming it in any error, with `file:line:column` when
/// it is not UTF-8.
pub(crate) fn read_source(path: &Path) -> anyhow::Result<SourceFile> {
    match read_text(path, Lang::En)? {
        (file, None) => Ok(file),
        (file, Some(diagnostic)) => {
            let (line, column) = file.line_col(diagnostic.span.map_or(0, |s| s.start));
            Err(
                FileError::new("error-invalid-utf8-at", Path::new(&file.path))
                    .arg("line", line)
                    .arg("column", column)
                    .into(),
            )
        }
    }
}

/// Where a TOML parser gave up on nesting too deep (it says so without a
/// position): the first place where brackets and dotted keys nest the most.
/// Strings and comments are skipped; the estimate only has to point at the line.
pub(crate) fn deepest_nesting(text: &str) -> Option<Range<usize>> {
    let mut depth: usize = 0;
    let mut dots: usize = 0;
    let mut best: Option<(usize, usize)> = None;
    let mut quote: Option<char> = None;
    let mut comment = false;
    for (at, c) in text.char_indices() {
        if c == '\n' {
            dots = 0;
            comment = false;
            continue;
        }
        if comment {
            continue;
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => {
                quote = Some(c);
                continue;
            }
            '#' => {
                comment = true;
                continue;
            }
            '[' | '{' => depth += 1,
            ']' | '}' => depth = depth.saturating_sub(1),
            '.' => dots += 1,
            _ => continue,
        }
        let score = depth + dots;
        if best.is_none_or(|(_, top)| score > top) {
            best = Some((at, score));
        }
    }
    best.map(|(at, _)| at..at + 1)
}

/// Files as given, folders replaced by the `*.toml` files below them (sorted, recursive).
pub(crate) fn expand_paths(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    Ok(expand_paths_marked(paths)?
        .into_iter()
        .map(|(path, _)| path)
        .collect())
}

/// Like [`expand_paths`], with `true` for files named on the command line and
/// `false` for files found in a folder (which a command may skip when they are
/// of another kind). Each file comes once, however many links or arguments lead
/// to it, and a folder linked from inside itself is walked once.
pub(crate) fn expand_paths_marked(paths: &[PathBuf]) -> anyhow::Result<Vec<(PathBuf, bool)>> {
    let mut out = Vec::new();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let first_time = |seen: &mut HashSet<PathBuf>, path: &Path| match path.canonicalize() {
        Ok(real) => seen.insert(real),
        // Missing: kept, so reading it names it in the error.
        Err(_) => true,
    };
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            collect_toml(path, &mut HashSet::new(), &mut found)?;
            if found.is_empty() {
                return Err(FileError::new("error-folder-no-toml", path).into());
            }
            found.sort();
            for (file, real) in found {
                // A plain file's real path is known from its folder's: no
                // `canonicalize` (a system call per path component) per file.
                let new = match real {
                    Some(real) => seen.insert(real),
                    None => first_time(&mut seen, &file),
                };
                if new {
                    out.push((file, false));
                }
            }
        } else if first_time(&mut seen, path) {
            out.push((path.clone(), true));
        }
    }
    Ok(out)
}

/// The `*.toml` files below `dir`, each with its real path when it is known
/// without asking the system (a plain file, not a link, in a folder whose real
/// path is known).
fn collect_toml(
    dir: &Path,
    visited: &mut HashSet<PathBuf>,
    found: &mut Vec<(PathBuf, Option<PathBuf>)>,
) -> anyhow::Result<()> {
    let real = dir.canonicalize().file_error("error-read-folder", dir)?;
    if !visited.insert(real.clone()) {
        // A link back to a folder already walked (a cycle, or two ways in).
        return Ok(());
    }
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).file_error("error-read-folder", dir)? {
        let entry = entry.file_error("error-read-folder", dir)?;
        // The entry's own type, without following a link (`None`: unknown).
        let plain_file = entry.file_type().ok().map(|kind| kind.is_file());
        entries.push((entry.path(), plain_file));
    }
    // Sorted, so the shortest way to a folder reached twice is the one kept.
    entries.sort();
    for (path, plain_file) in entries {
        let is_dir = match plain_file {
            Some(true) => false,
            _ => path.is_dir(),
        };
        if is_dir {
            collect_toml(&path, visited, found)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            let real_path = match (plain_file, path.file_name()) {
                (Some(true), Some(name)) => Some(real.join(name)),
                _ => None,
            };
            found.push((path, real_path));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deepest_nesting_points_at_the_most_dotted_header() {
        // Line 2 starts at byte 6; its `[` is depth 1 and each dot adds one:
        // `[a.b.c]` peaks at the second dot, byte 6 + 4 = 10.
        assert_eq!(deepest_nesting("x = 1\n[a.b.c]\n"), Some(10..11));
        // Inside a string, brackets do not count: the peak is the first `[` (byte 4).
        assert_eq!(deepest_nesting("a = [\"[[[\"]\n"), Some(4..5));
        assert_eq!(deepest_nesting("a = 1 # [[[\n"), None);
    }
}
