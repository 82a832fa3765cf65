//! The JSON Schemas under `schemas/`: equal to what `outsource schema KIND` writes
//! (regenerate with `SCHEMAS=overwrite cargo test --test cli schemas`), valid draft-07,
//! met by every example, questionnaire and test fixture, and broken by a bad file.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The kinds with a schema, as `outsource schema` names them.
const KINDS: &[&str] = &["questionnaire", "brief", "criteria", "offer", "evaluation"];

fn generated(kind: &str) -> String {
    let output = crate::common::outsource()
        .args(["schema", kind])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).unwrap()
}

fn schema_path(kind: &str) -> PathBuf {
    Path::new("schemas").join(format!("{kind}.schema.json"))
}

fn schema(kind: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(schema_path(kind)).unwrap()).unwrap()
}

/// TOML to JSON as editors see it: dates and times become strings.
fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(table) => {
            Value::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

fn parse(text: &str) -> Value {
    to_json(toml::Value::Table(toml::from_str(text).unwrap()))
}

/// The schema errors of a TOML text, one line each.
pub(crate) fn errors(kind: &str, text: &str) -> Vec<String> {
    let validator = jsonschema::validator_for(&schema(kind)).unwrap();
    let instance = parse(text);
    validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// The kind of a file, told from its keys as `outsource validate` does.
fn kind_of(text: &str) -> Option<&'static str> {
    let table: toml::Table = toml::from_str(text).unwrap();
    if table.contains_key("evaluator") {
        Some("evaluation")
    } else if table.contains_key("question") || table.contains_key("dimensions") {
        Some("questionnaire")
    } else if ["project", "answers", "waivers"]
        .iter()
        .any(|key| table.contains_key(*key))
    {
        Some("brief")
    } else if table.contains_key("criterion") || table.contains_key("ahp") {
        Some("criteria")
    } else if table.contains_key("provider") || table.contains_key("scores") {
        Some("offer")
    } else {
        None
    }
}

fn toml_files(dir: impl AsRef<Path>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.as_ref().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn committed_schemas_match_the_generated_ones() {
    let overwrite = std::env::var("SCHEMAS").is_ok_and(|v| v == "overwrite");
    for kind in KINDS {
        let text = generated(kind);
        let path = schema_path(kind);
        if overwrite {
            std::fs::create_dir_all("schemas").unwrap();
            // Atomically, as the other tests read the file meanwhile.
            let temp = path.with_extension("json.tmp");
            std::fs::write(&temp, &text).unwrap();
            std::fs::rename(&temp, &path).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{} differs from `outsource schema {kind}`; regenerate with SCHEMAS=overwrite cargo test --test cli schemas",
            path.display()
        );
    }
}

#[test]
fn schemas_are_valid_draft_07() {
    for kind in KINDS {
        let schema = schema(kind);
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        assert!(jsonschema::meta::is_valid(&schema), "{kind}");
    }
}

#[test]
fn every_example_questionnaire_and_fixture_meets_its_schema() {
    let mut checked = Vec::new();
    for dir in [
        "questionnaires",
        "examples",
        "tests/fixtures/questionnaires",
        "tests/fixtures/briefs",
    ] {
        for path in toml_files(dir) {
            let text = std::fs::read_to_string(&path).unwrap();
            let kind = kind_of(&text).unwrap_or_else(|| panic!("{}", path.display()));
            let errors = errors(kind, &text);
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            checked.push((path, kind));
        }
    }
    for kind in KINDS {
        assert!(
            checked.iter().filter(|(_, k)| k == kind).count() >= 2,
            "too few {kind} files: {checked:?}"
        );
    }
}

#[test]
fn every_file_init_writes_meets_its_schema() {
    for lang in ["en", "fr"] {
        for sector in [
            None,
            Some("ecommerce"),
            Some("b2b"),
            Some("utility"),
            Some("dunning"),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let mut command = crate::common::outsource();
            command.args(["init", "--lang", lang]).arg(dir.path());
            if let Some(sector) = sector {
                command.args(["--sector", sector]);
            }
            command.assert().success();
            let files = toml_files(dir.path());
            // A brief, criteria and at least one offer template.
            assert!(files.len() >= 3, "{lang} {sector:?}: {files:?}");
            for path in files {
                let text = std::fs::read_to_string(&path).unwrap();
                let kind = kind_of(&text).unwrap();
                let errors = errors(kind, &text);
                assert!(errors.is_empty(), "{lang} {sector:?} {path:?}: {errors:#?}");
            }
        }
    }
}

#[test]
fn examples_and_questionnaires_name_their_schema() {
    for dir in ["examples", "questionnaires"] {
        for path in toml_files(dir) {
            let text = std::fs::read_to_string(&path).unwrap();
            let kind = kind_of(&text).unwrap();
            let up = "../".repeat(path.components().count() - 1);
            let directive = format!("#:schema {up}schemas/{kind}.schema.json");
            // A header directive: only comments may come before it.
            let header: Vec<&str> = text
                .lines()
                .take_while(|line| line.is_empty() || line.starts_with('#'))
                .collect();
            assert!(
                header.contains(&directive.as_str()),
                "{} lacks `{directive}` in its header comments",
                path.display()
            );
        }
    }
}

#[test]
fn broken_files_are_rejected() {
    let brief = std::fs::read_to_string("examples/ecommerce-retailer.toml").unwrap();
    assert!(errors("brief", &brief).is_empty());
    // A TOML date is as good as a string.
    let dated = brief.replace("date = \"2026-11-16\"", "date = 2026-11-16");
    assert_ne!(dated, brief);
    assert!(errors("brief", &dated).is_empty());
    let cases = [
        // An unknown top-level key.
        ("brief", format!("budget = 10\n{brief}"), "budget"),
        // A wrong type.
        (
            "brief",
            brief.replace("client = \"Atelier Lumen\"", "client = 3"),
            "/project/client",
        ),
        // An unknown key in an answer table.
        (
            "brief",
            format!("{brief}\n[answers.extra]\nq = {{ value = 1, comment = \"x\" }}\n"),
            "/answers/extra/q",
        ),
        // A not-applicable answer without its reason.
        (
            "brief",
            format!("{brief}\n[answers.extra]\nq = {{ not-applicable = \"\" }}\n"),
            "/answers/extra/q",
        ),
        // A date that is not YYYY-MM-DD.
        (
            "brief",
            brief.replace("date = \"2026-11-16\"", "date = \"16/11/2026\""),
            "/project/date",
        ),
    ];
    for (kind, text, expected) in &cases {
        let errors = errors(kind, text);
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "expected an error at {expected}: {errors:#?}"
        );
    }
    let criteria = std::fs::read_to_string("examples/criteria.toml").unwrap();
    let offer = std::fs::read_to_string("examples/offers/armor-service-clients.toml").unwrap();
    let more = [
        // An unknown direction.
        (
            "criteria",
            criteria.replacen("direction = \"cost\"", "direction = \"lower\"", 1),
            "/criterion/2/direction",
        ),
        // A weight written as text.
        (
            "criteria",
            criteria.replacen("weight = 4", "weight = \"4\"", 1),
            "/criterion/0/weight",
        ),
        // An unknown key in a score.
        (
            "offer",
            offer.replace("note = \"the manager", "comment = \"the manager"),
            "/scores/affinity",
        ),
        // A score that is neither a number nor a level's name.
        (
            "offer",
            offer.replace("fit = 9", "fit = true"),
            "/scores/fit",
        ),
    ];
    for (kind, text, expected) in &more {
        assert_ne!(text, if *kind == "offer" { &offer } else { &criteria });
        let errors = errors(kind, text);
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "expected an error at {expected}: {errors:#?}"
        );
    }
    // The test fixtures that are wrong in shape are wrong for the schema too.
    for (kind, file) in [
        ("brief", "b-unknown-project-key.toml"),
        ("brief", "b-answer-unknown-key.toml"),
        ("brief", "b-na-without-reason.toml"),
        ("questionnaire", "q-unknown-key.toml"),
        ("questionnaire", "q-unknown-kind.toml"),
    ] {
        let text = std::fs::read_to_string(Path::new("tests/fixtures/bad").join(file)).unwrap();
        assert!(!errors(kind, &text).is_empty(), "{file} passes the schema");
    }
}

/// The schema's pattern cannot tell a real day from `2026-02-30`; `validate` does,
/// as a string or as a TOML date, with the position.
#[test]
fn validate_refuses_a_day_that_does_not_exist() {
    let brief = std::fs::read_to_string("examples/ecommerce-retailer.toml").unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (date, message) in [
        (
            "\"2026-02-30\"",
            "error[invalid-date]: invalid date `2026-02-30`",
        ),
        ("2026-02-30", "error[invalid-toml]: invalid date"),
    ] {
        let text = brief.replace("date = \"2026-11-16\"", &format!("date = {date}"));
        assert_ne!(text, brief);
        let path = dir.path().join("brief.toml");
        std::fs::write(&path, &text).unwrap();
        let line = text.lines().position(|l| l.starts_with("date =")).unwrap() + 1;
        let output = crate::common::outsource()
            .args(["validate", "--format", "short"])
            .arg(&path)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(2), "{stdout}{stderr}");
        // `date = ` is 7 characters: the value starts at column 8.
        let position = format!("brief.toml:{line}:8: {message}");
        assert!(
            stdout.contains(&position) || stderr.contains(&position),
            "{position}\n{stdout}{stderr}"
        );
    }
}

#[test]
fn evaluation_and_ahp_by_evaluator_shapes() {
    let good = "[evaluator]\nname = \"claire\"\nrole = \"Ops\"\n\n\
                [offer.\"Acme\"]\nfit = 8\nsla = { value = 7, note = \"why\" }\nlevel = \"good\"\n";
    assert!(errors("evaluation", good).is_empty());
    // No name, an unknown key, a `by` where one evaluator gives one value.
    for bad in [
        "[evaluator]\nrole = \"Ops\"\n",
        "[evaluator]\nname = \"c\"\nteam = \"x\"\n",
        "[evaluator]\nname = \"c\"\n[offer.\"Acme\"]\nfit = { by = { c = 3 } }\n",
    ] {
        assert!(!errors("evaluation", bad).is_empty(), "{bad}");
    }
    let criteria = "[ahp]\ncomparisons = [[\"a\", \"b\", { by = { claire = 3, malik = 0.5 } }], \
                    [\"a\", \"c\", 2], [\"b\", \"c\", 1]]\n\
                    [[criterion]]\nid = \"a\"\n[[criterion]]\nid = \"b\"\n[[criterion]]\nid = \"c\"\n";
    assert!(errors("criteria", criteria).is_empty());
    let wrong = criteria.replace("by = {", "of = {");
    assert!(!errors("criteria", &wrong).is_empty());
}
