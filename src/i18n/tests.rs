//! The catalogue is complete and consistent: every file parses, every message
//! exists in every language with the same arguments and formats without error,
//! every id the code asks for exists, and French follows French typography.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};

use super::*;

/// Message id (or `id.attribute`) -> the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn messages_of(lang: Lang) -> Messages {
    let mut messages = Messages::new();
    for (code, file, text) in BUILTIN_LOCALES {
        if *code != lang.code() {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("locales/{code}/{file}: {errors:?}"));
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_owned();
            if let Some(pattern) = &message.value {
                let previous = messages.insert(id.clone(), variables(pattern));
                assert!(previous.is_none(), "`{id}` twice in locales/{code}");
            }
            for attribute in &message.attributes {
                let key = format!("{id}.{}", attribute.id.name);
                messages.insert(key, variables(&attribute.value));
            }
        }
    }
    messages
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    walk_pattern(pattern, &mut found);
    found
}

fn walk_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, found);
            for variant in variants {
                walk_pattern(&variant.value, found);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, found),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, found);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, found);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, found),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = messages_of(Lang::En);
    assert!(!english.is_empty());
    for lang in Lang::ALL {
        let other = messages_of(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty(),
            "missing in {}: {missing:?}",
            lang.code()
        );
        assert!(extra.is_empty(), "only in {}: {extra:?}", lang.code());
        for (id, variables) in &english {
            assert_eq!(
                &other[id],
                variables,
                "`{id}` takes other arguments in {}",
                lang.code()
            );
        }
    }
}

#[test]
fn every_message_formats_with_its_arguments() {
    for lang in Lang::ALL {
        for (id, variables) in messages_of(lang) {
            // Every argument given, as a number: it selects a plural and prints.
            let mut args = Args::new();
            for variable in &variables {
                args.set(variable.clone(), 2);
            }
            let text = message(lang, &id, Some(&args));
            assert!(
                !text.trim().is_empty(),
                "`{id}` is empty in {}",
                lang.code()
            );
            assert!(!text.contains('{'), "`{id}` in {}: {text}", lang.code());
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    // CLDR: French 0 and 1 are singular, English only 1 is.
    let problems = |lang, count: u64| tr!(lang, "input-problems", count = count);
    assert_eq!(problems(Lang::En, 0), "0 problems in the input files");
    assert_eq!(problems(Lang::En, 1), "1 problem in the input files");
    assert_eq!(
        problems(Lang::Fr, 0),
        "0 problème dans les fichiers d’entrée"
    );
    assert_eq!(
        problems(Lang::Fr, 1),
        "1 problème dans les fichiers d’entrée"
    );
    assert_eq!(
        problems(Lang::Fr, 10_000),
        "10\u{202f}000 problèmes dans les fichiers d’entrée"
    );
    assert_eq!(
        problems(Lang::En, 10_000),
        "10,000 problems in the input files"
    );
}

/// Every text of the French catalogue, with the message it belongs to.
fn french_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for (code, file, text) in BUILTIN_LOCALES {
        if *code != Lang::Fr.code() {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("locales/{code}/{file}: {errors:?}"));
        for entry in &resource.body {
            let (id, pattern, attributes) = match entry {
                Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let patterns = pattern
                .into_iter()
                .chain(attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                collect_text(pattern, &mut |text| {
                    texts.push((id.to_owned(), text.to_owned()))
                });
            }
        }
    }
    texts
}

fn collect_text(pattern: &ast::Pattern<&str>, push: &mut dyn FnMut(&str)) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    collect_text(&variant.value, push);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

#[test]
fn french_typography() {
    for (id, text) in french_texts() {
        for mark in [':', ';', '?', '!', '»'] {
            assert!(
                !text.contains(&format!(" {mark}")),
                "`{id}`: a plain space before `{mark}` (use U+00A0): {text:?}"
            );
        }
        assert!(
            !text.contains("« "),
            "`{id}`: a plain space after `«` (use U+00A0): {text:?}"
        );
        assert!(
            !text.contains('\''),
            "`{id}`: typographic apostrophe ’ in French: {text:?}"
        );
    }
}

/// Every `tr!(lang, "id"…)` in the code names a message of the catalogue.
#[test]
fn every_id_the_code_asks_for_exists() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect_rust(src.clone(), &mut files);
    let mut asked = 0;
    // The catalogue's own files show the macro in examples.
    files.retain(|file| !file.starts_with(src.join("i18n")));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("tr!(") {
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // another macro, e.g. `include_str!(`
            }
            let rest = &text[at..];
            // The id is the string literal after the language argument; an id
            // chosen in code (`tr!(lang, id)`) is checked by its own tests, as
            // a missing message panics in a debug build.
            let Some(comma) = rest.find(',') else {
                continue;
            };
            let Some(literal) = rest[comma + 1..].trim_start().strip_prefix('"') else {
                continue;
            };
            let id: String = literal.chars().take_while(|&c| c != '"').collect();
            if id.is_empty() || id.contains(' ') || id.contains('{') {
                continue; // not a catalogue call (e.g. a doc comment's example text)
            }
            asked += 1;
            for lang in Lang::ALL {
                assert!(
                    has(lang, &id),
                    "{}: no message `{id}` in {}",
                    file.display(),
                    lang.code()
                );
            }
        }
    }
    assert!(asked > 0);
}

fn collect_rust(dir: std::path::PathBuf, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rust(path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}
