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

/// `text` without its `#[cfg(test)]` (or `#[cfg(all(test, …))]`) items (test
/// modules, test helpers): from the attribute to the item's `;` line or to its `}` at the item's indentation.
fn strip_tests(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut kept = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let attribute = lines[i].trim();
        if attribute != "#[cfg(test)]" && !attribute.starts_with("#[cfg(all(test,") {
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
/// (`crate::a::{b, c::{d, e}}`), relative to the crate root; plus the child
/// modules the file declares and names without `self::` (`child::item`).
fn named_paths(file: &str, text: &str) -> Vec<Vec<String>> {
    let module = module_of(file);
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let parent = module[..module.len().saturating_sub(1)].to_vec();
    for (base, start) in [
        ("crate", Vec::new()),
        ("super", parent),
        ("self", module.clone()),
    ] {
        let needle = format!("{base}::");
        for (at, _) in text.match_indices(&needle) {
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            for path in use_tree(&text[at + needle.len()..]).0 {
                let mut full = start.clone();
                full.extend(path);
                found.push(full);
            }
        }
    }
    let children = declared_modules(text);
    let own = without_foreign_uses(text, &children);
    let own_bytes = own.as_bytes();
    for child in children {
        let named = own.match_indices(&format!("{child}::")).any(|(at, _)| {
            at == 0
                || !(own_bytes[at - 1].is_ascii_alphanumeric()
                    || own_bytes[at - 1] == b'_'
                    || own_bytes[at - 1] == b':')
        });
        if named {
            let mut path = module.clone();
            path.push(child);
            found.push(path);
        }
    }
    found
}

/// `text` without the `use` statements rooted outside the file's children, so
/// that `use std::{fmt::Write}` does not name a child module `fmt`.
fn without_foreign_uses(text: &str, children: &[String]) -> String {
    let mut kept = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("use ") {
        let starts_word = at == 0 || rest.as_bytes()[at - 1].is_ascii_whitespace();
        let root: String = rest[at + 4..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let end = rest[at..].find(';').map_or(rest.len(), |e| at + e + 1);
        kept.push_str(&rest[..at]);
        if !starts_word || children.contains(&root) {
            kept.push_str(&rest[at..at + 4]);
            rest = &rest[at + 4..];
        } else {
            rest = &rest[end..];
        }
    }
    kept.push_str(rest);
    kept
}

/// `mod child;` declarations (any visibility): the file's child modules.
fn declared_modules(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = match line.strip_prefix("pub") {
                Some(after) if after.starts_with('(') => after.split_once(") ")?.1,
                Some(after) => after.strip_prefix(' ')?,
                None => line,
            };
            let child = rest.strip_prefix("mod ")?.strip_suffix(';')?;
            Some(child.to_owned())
        })
        .collect()
}

/// The paths of a use tree (`a::b`, `a::{b, c::{d, self}}`, `a::b as c`) at the
/// start of `text`, and how many bytes it spans. `self` inside a group names the
/// group's prefix; an alias is skipped.
fn use_tree(text: &str) -> (Vec<Vec<String>>, usize) {
    let bytes = text.as_bytes();
    let skip_space = |mut i: usize| {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    let ident_end = |i: usize| {
        i + text[i..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'*')
            .count()
    };
    let mut prefix: Vec<String> = Vec::new();
    let mut i = 0;
    loop {
        if bytes.get(i) == Some(&b'{') {
            let mut paths = Vec::new();
            i += 1;
            loop {
                i = skip_space(i);
                if bytes.get(i).is_none_or(|b| *b == b'}') {
                    return (paths, i + 1);
                }
                let (inner, used) = use_tree(&text[i..]);
                if used == 0 {
                    return (paths, i);
                }
                i = skip_space(i + used);
                for path in inner {
                    let mut full = prefix.clone();
                    full.extend(path.into_iter().filter(|s| s != "self"));
                    paths.push(full);
                }
                if bytes.get(i) == Some(&b',') {
                    i += 1;
                }
            }
        }
        let end = ident_end(i);
        if end == i {
            break;
        }
        prefix.push(text[i..end].to_owned());
        i = end;
        if text[i..].starts_with("::") {
            i += 2;
        } else {
            if text[i..].starts_with(" as ") {
                i = ident_end(i + 4);
            }
            break;
        }
    }
    let paths = if prefix.is_empty() {
        Vec::new()
    } else {
        vec![prefix]
    };
    (paths, i)
}

/// The items a file re-exports (`pub use self::child::Item;`, or with a restricted
/// visibility such as `pub(crate) use`): name -> path.
fn re_exports(file: &str, text: &str) -> BTreeMap<String, Vec<String>> {
    let mut found = BTreeMap::new();
    let starts = text.match_indices("pub use ").map(|(at, _)| at).chain(
        text.match_indices("pub(")
            .filter_map(|(at, _)| Some(at + text[at..].find(')')? + 2))
            .filter(|&at| text[at..].starts_with("use ")),
    );
    for at in starts {
        let statement = &text[at..at + text[at..].find(';').unwrap_or(text.len() - at)];
        for path in named_paths(file, statement) {
            if let Some(name) = path.last() {
                found.insert(name.clone(), path.clone());
            }
        }
    }
    found
}

/// The file that defines `path`, through the re-exports of the files on the way
/// (`super::Ranking` in `ranking/` is `ranking/result.rs` when `ranking/mod.rs`
/// says `pub use self::result::Ranking`).
fn resolve(
    files: &BTreeMap<String, String>,
    exports: &BTreeMap<String, BTreeMap<String, Vec<String>>>,
    path: &[String],
) -> Option<String> {
    let mut path = path.to_vec();
    // Bounded: a re-export chain longer than the tree is a loop.
    for _ in 0..16 {
        let file = file_of(files, &path)?;
        let depth = module_of(&file).len();
        let Some(target) = path
            .get(depth)
            .and_then(|name| exports.get(&file)?.get(name))
            .filter(|target| target.as_slice() != path.as_slice())
        else {
            return Some(file);
        };
        let mut next = target.clone();
        next.extend(path[depth + 1..].iter().cloned());
        path = next;
    }
    file_of(files, &path)
}

/// Edges between the files of `files`: who names what.
fn import_edges(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let code: BTreeMap<String, String> = files
        .iter()
        .map(|(file, text)| {
            let code = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            (file.clone(), code)
        })
        .collect();
    let exports = code
        .iter()
        .map(|(file, text)| (file.clone(), re_exports(file, text)))
        .collect();
    code.iter()
        .map(|(file, text)| {
            let targets = named_paths(file, text)
                .into_iter()
                .filter_map(|path| resolve(files, &exports, &path))
                .filter(|target| target != file)
                .collect();
            (file.clone(), targets)
        })
        .collect()
}

#[test]
fn no_import_cycle_between_files() {
    let cycles = cycles(&import_edges(&sources()));
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

fn tree(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(file, text)| ((*file).to_owned(), (*text).to_owned()))
        .collect()
}

#[test]
fn a_parent_calling_a_child_that_uses_it_is_a_cycle() {
    // mod.rs names its child `csv::render`; csv.rs uses `super::*`.
    let files = tree(&[
        ("lib.rs", "pub mod render;\n"),
        (
            "render/mod.rs",
            "pub mod csv;\npub struct Row;\npub fn render() { csv::render() }\n",
        ),
        ("render/csv.rs", "use super::*;\npub fn render() {}\n"),
    ]);
    assert_eq!(
        cycles(&import_edges(&files)),
        vec![vec!["render/csv.rs", "render/mod.rs"]]
    );
}

#[test]
fn a_crate_only_re_export_is_followed_too() {
    let files = tree(&[
        (
            "ranking/mod.rs",
            "mod result;\nmod sensitivity;\npub(crate) use self::result::Ranking;\n",
        ),
        ("ranking/result.rs", "pub(crate) struct Ranking;\n"),
        ("ranking/sensitivity.rs", "use super::Ranking;\n"),
    ]);
    let edges = import_edges(&files);
    assert_eq!(
        edges["ranking/sensitivity.rs"],
        BTreeSet::from(["ranking/result.rs".to_owned()])
    );
}

#[test]
fn a_facade_re_export_is_followed_to_the_defining_file() {
    // sensitivity.rs names `super::Ranking`, which mod.rs re-exports from
    // result.rs: the edge goes to result.rs, and mod.rs is in no cycle.
    let files = tree(&[
        (
            "ranking/mod.rs",
            "mod result;\nmod sensitivity;\npub use self::result::Ranking;\n",
        ),
        ("ranking/result.rs", "pub struct Ranking;\n"),
        ("ranking/sensitivity.rs", "use super::{Ranking, result};\n"),
    ]);
    let edges = import_edges(&files);
    assert_eq!(
        edges["ranking/sensitivity.rs"],
        BTreeSet::from(["ranking/result.rs".to_owned()])
    );
    assert!(cycles(&edges).is_empty());
    // With a use back from result.rs, the cycle is the two files, not mod.rs.
    let mut files = files;
    files.insert(
        "ranking/result.rs".to_owned(),
        "use super::sensitivity::Sensitivity;\npub struct Ranking;\n".to_owned(),
    );
    assert_eq!(
        cycles(&import_edges(&files)),
        vec![vec!["ranking/result.rs", "ranking/sensitivity.rs"]]
    );
}

#[test]
fn nested_use_groups_are_expanded() {
    let paths = named_paths(
        "a/b.rs",
        "use crate::x::{y::{self, z as w}, v};\nlet n = super::c::N;",
    );
    let expected: Vec<Vec<&str>> = vec![
        vec!["x", "y"],
        vec!["x", "y", "z"],
        vec!["x", "v"],
        vec!["a", "c", "N"],
    ];
    assert_eq!(paths, expected);
}

#[test]
fn a_child_named_like_a_foreign_module_is_not_named_by_its_uses() {
    // `fmt::Write` here is std's, not the child `fmt`; `csv::render` is the child's.
    let text = "mod fmt;\nmod csv;\nuse std::{fmt::Write, io};\nfn f() { csv::render() }\n";
    assert_eq!(
        named_paths("render/mod.rs", text),
        vec![vec!["render", "csv"]]
    );
}
