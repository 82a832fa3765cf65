//! Embeds every `questionnaires/*.toml` file in the binary, so the tool works from
//! any directory: generates `$OUT_DIR/builtin_questionnaires.rs`, a sorted slice of
//! `(file name, contents)` read by `src/load.rs`; and every message catalogue file
//! `locales/<lang>/*.ftl` as `$OUT_DIR/builtin_locales.rs`, read by `src/i18n`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    embed_questionnaires();
    embed_locales();
}

fn embed_questionnaires() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires");
    println!("cargo:rerun-if-changed={}", dir.display());
    let files: Vec<_> = sorted_entries(&dir)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    let mut code = String::from("&[\n");
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    code.push(']');
    let out =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_questionnaires.rs");
    if let Err(error) = std::fs::write(&out, code) {
        panic!("cannot write {}: {error}", out.display());
    }
}

fn embed_locales() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for lang in sorted_entries(&root) {
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in sorted_entries(&lang) {
            if file.extension().is_some_and(|ext| ext == "ftl") {
                files.push((lang.clone(), file));
            }
        }
    }
    let mut code = String::from("&[\n");
    for (lang, file) in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let name = |p: &Path| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let _ = writeln!(
            code,
            "    ({:?}, {:?}, include_str!({:?})),",
            name(&lang),
            name(&file),
            file.display().to_string()
        );
    }
    code.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_locales.rs");
    if let Err(error) = std::fs::write(&out, code) {
        panic!("cannot write {}: {error}", out.display());
    }
}

fn sorted_entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}
