//! The shape of the code (issue 9): no import cycle between the files of `src/`,
//! no file over 600 lines of code and no function over 100 lines, tests aside.
//! Read as text, with the conventions `cargo fmt` guarantees.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_FILE_CODE_LINES: usize = 600;
const MAX_FUNCTION_LINES: usize = 100;

/// `src/`-relative path (`ranking/mod.rs`) -> its text without tests.
fn sources() -> BTreeMap<String, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect(&src, &mut files);
    files
        .into_iter()
        .filter(|path| !path.ends_with("tests.rs") && !path.to_string_lossy().contains("_tests"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a source file is readable");
            let code = strip_tests(&text);
            let rel = path
                .strip_prefix(&src)
                .expect("collected under src/")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, code)
        })
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// `text` without its `#[cfg(test)]` items (test modules, test helpers): from the
/// attribute to the item's `;` line or to its `}` at the item's indentation.
fn strip_tests(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut kept = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() != "#[cfg(test)]" {
            kept.push(lines[i]);
            i += 1;
            continue;
        }
        // The item's first line, past its other attributes and doc comments.
        let mut first = i + 1;
        while first < lines.len()
            && (lines[first].trim_start().starts_with("#[")
                || lines[first].trim_start().starts_with("//"))
        {
            first += 1;
        }
        i = match lines.get(first) {
            Some(line) => first + 1 + item_end(&lines[first..], line).unwrap_or(lines.len()),
            None => lines.len(),
        };
    }
    kept.join("\n")
}

/// Offset from an item's first line to its last: the line ending its
/// declaration with `;`, a one-line `{ … }` body, or the `}` at its indentation.
fn item_end(lines: &[&str], first: &str) -> Option<usize> {
    let indent = &first[..first.len() - first.trim_start().len()];
    let close = format!("{indent}}}");
    let opens = lines.iter().position(|l| {
        let l = l.trim_end();
        l.ends_with('{') || l.ends_with(';') || (l.contains('{') && l.ends_with('}'))
    })?;
    if !lines[opens].trim_end().ends_with('{') {
        return Some(opens);
    }
    lines[opens..]
        .iter()
        .position(|l| *l == close)
        .map(|end| opens + end)
}

/// Whether a trimmed line starts a function: `fn`, after any visibility
/// (`pub`, `pub(crate)`, `pub(in path)`) and qualifiers (`const`, `async`,
/// `unsafe`, `extern "C"`).
fn starts_fn(trimmed: &str) -> bool {
    let mut rest = trimmed;
    if let Some(after) = rest.strip_prefix("pub") {
        rest = match after.strip_prefix('(') {
            Some(inner) => match inner.split_once(") ") {
                Some((_, r)) => r,
                None => return false,
            },
            None => match after.strip_prefix(' ') {
                Some(r) => r,
                None => return false,
            },
        };
    }
    loop {
        if let Some(r) = ["const ", "async ", "unsafe "]
            .iter()
            .find_map(|q| rest.strip_prefix(q))
        {
            rest = r;
        } else if let Some(r) = rest.strip_prefix("extern ") {
            rest = match r.strip_prefix('"').and_then(|r| r.split_once("\" ")) {
                Some((_, r)) => r,
                None => r,
            };
        } else {
            break;
        }
    }
    rest.starts_with("fn ")
}

/// `(first line, length)` of every function with a body, 1-based lines.
fn functions(text: &str) -> Vec<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        if !starts_fn(line.trim_start()) {
            continue;
        }
        let Some(end) = item_end(&lines[start..], line) else {
            continue;
        };
        if !lines[start + end].trim_end().ends_with(';') {
            found.push((start + 1, end + 1));
        }
    }
    found
}

/// Lines that are code: not blank, not only a comment.
fn code_lines(text: &str) -> usize {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .count()
}

#[test]
fn no_file_over_600_lines_of_code() {
    let long: Vec<String> = sources()
        .iter()
        .map(|(file, text)| (file, code_lines(text)))
        .filter(|(_, n)| *n > MAX_FILE_CODE_LINES)
        .map(|(file, n)| format!("{file}: {n}"))
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_FILE_CODE_LINES} lines of code: {long:?}"
    );
}

#[test]
fn no_function_over_100_lines() {
    let mut long = Vec::new();
    for (file, text) in sources() {
        for (line, length) in functions(&text) {
            if length > MAX_FUNCTION_LINES {
                long.push(format!("{file}:{line}: {length} lines"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines: {long:?}"
    );
}

#[test]
fn the_function_finder_sees_every_kind_of_function() {
    let text = "\
pub(crate) const fn a() -> u8 {
    1
}
impl X {
    pub async fn b(&self) {
        let _ = 1;
    }
    fn empty() {}
    pub(in crate::x) unsafe extern \"C\" fn c(
        x: u8,
    ) -> u8 {
        x
    }
}
trait T {
    fn declared(
        &self,
    ) -> u8;
    fn d(&self) -> u8 {
        0
    }
}
fn func() {}
fn not_a_fn_name_fnord() {}";
    // a: lines 1-3; b: 5-7; empty: 8; c: 9-13; declared has no body;
    // d: 19-21; func: 23; the last one: 24.
    assert_eq!(
        functions(text),
        vec![(1, 3), (5, 3), (8, 1), (9, 5), (19, 3), (23, 1), (24, 1)]
    );
    assert!(!starts_fn("fnord()"));
    assert!(!starts_fn("pub struct Fn;"));
}

#[test]
fn tests_are_set_aside() {
    let text = "\
fn kept() {}
#[cfg(test)]
pub(crate) fn helper() {
    let _ = 1;
}
#[cfg(test)]
mod number_tests;
fn also_kept() {}
#[cfg(test)]
mod tests {
    #[test]
    fn t() {}
}";
    assert_eq!(strip_tests(text), "fn kept() {}\nfn also_kept() {}");
}

/// The module path of a file: `ranking/mod.rs` -> `[ranking]`.
fn module_of(file: &str) -> Vec<String> {
    let mut parts: Vec<String> = file
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The file that defines the longest prefix of a module path.
fn file_of(files: &BTreeMap<String, String>, path: &[String]) -> Option<String> {
    (1..=path.len()).rev().find_map(|n| {
        let base = path[..n].join("/");
        [format!("{base}.rs"), format!("{base}/mod.rs")]
            .into_iter()
            .find(|candidate| files.contains_key(candidate))
    })
}

/// Paths named in `text` with `crate::`, `super::` or `self::`, groups expanded
/// one level (`crate::a::{b, c::d}`), relative to the file's module.
fn named_paths(file: &str, text: &str) -> Vec<Vec<String>> {
    let module = module_of(file);
    let is_root = file.ends_with("mod.rs") || file == "lib.rs" || file == "main.rs";
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    for (base, start) in [
        ("crate", Vec::new()),
        ("super", parent(&module, is_root)),
        ("self", self_of(&module, is_root)),
    ] {
        let needle = format!("{base}::");
        for (at, _) in text.match_indices(&needle) {
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            let rest = &text[at + needle.len()..];
            let path: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':' || *c == '{')
                .collect();
            let (head, group) = match path.split_once('{') {
                Some((head, _)) => {
                    let inner = &rest[path.len()..];
                    let inner = &inner[..inner.find('}').unwrap_or(inner.len())];
                    (head.trim_end_matches(':'), Some(inner))
                }
                None => (path.trim_end_matches(':'), None),
            };
            let mut prefix = start.clone();
            prefix.extend(
                head.split("::")
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
            match group {
                Some(inner) => {
                    for item in inner.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        let mut full = prefix.clone();
                        full.extend(item.split("::").filter(|s| *s != "self").map(str::to_owned));
                        found.push(full);
                    }
                }
                None => found.push(prefix),
            }
        }
    }
    // A parent file naming a child module without `self::` (`child::item`).
    if is_root {
        for line in text.lines() {
            let line = line.trim();
            let Some(child) = line
                .strip_prefix("pub mod ")
                .or_else(|| line.strip_prefix("pub(crate) mod "))
                .or_else(|| line.strip_prefix("mod "))
                .and_then(|rest| rest.strip_suffix(';'))
            else {
                continue;
            };
            let named = text.match_indices(&format!("{child}::")).any(|(at, _)| {
                at == 0
                    || !(bytes[at - 1].is_ascii_alphanumeric()
                        || bytes[at - 1] == b'_'
                        || bytes[at - 1] == b':')
            });
            if named {
                let mut path = self_of(&module, true);
                path.push(child.to_owned());
                found.push(path);
            }
        }
    }
    found
}

fn parent(module: &[String], is_root: bool) -> Vec<String> {
    let mut path = self_of(module, is_root);
    path.pop();
    path
}

fn self_of(module: &[String], _is_root: bool) -> Vec<String> {
    module.to_vec()
}

#[test]
fn no_import_cycle_between_files() {
    let files = sources();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, text) in &files {
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let targets = named_paths(file, &code)
            .into_iter()
            .filter_map(|path| file_of(&files, &path))
            .filter(|target| target != file)
            .collect();
        edges.insert(file.clone(), targets);
    }
    let cycles = cycles(&edges);
    assert!(cycles.is_empty(), "import cycles between files: {cycles:?}");
}

/// Strongly connected components of more than one file (Tarjan).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v.as_str()) {
            visit(&mut state, v);
        }
    }
    state.found
}

#[test]
fn the_cycle_finder_finds_cycles() {
    // a -> b -> c -> a is one cycle; d -> a is not part of it.
    let edges: BTreeMap<String, BTreeSet<String>> =
        [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]
            .into_iter()
            .map(|(from, to)| (from.to_owned(), BTreeSet::from([to.to_owned()])))
            .collect();
    assert_eq!(cycles(&edges), vec![vec!["a", "b", "c"]]);
    let files: BTreeMap<String, String> = [("ranking/mod.rs", ""), ("ranking/topsis.rs", "")]
        .into_iter()
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect();
    let paths = named_paths("ranking/topsis.rs", "use super::{Ranking, scorer::Scorer};");
    assert_eq!(
        file_of(&files, &paths[0]).as_deref(),
        Some("ranking/mod.rs")
    );
}
