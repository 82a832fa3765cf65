//! A brief as TOML (pure). Over an existing file the text is edited in place with
//! `toml_edit`, so the user's comments, key order and formatting survive: only the
//! values that changed are replaced (keeping their comments), new answers are
//! slotted in questionnaire order. Without a file, clean TOML is written.
//!
//! The format is the one `validate::brief` reads: `[project]` facts and
//! `questionnaires`, then `[answers.<questionnaire>]` with `question = value`,
//! `{ value = …, note = "…" }` or `{ not-applicable = "reason" }`.

use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use crate::lang::Lang;
use crate::model::brief::{AnswerValue, Brief};
use crate::model::questionnaire::Questionnaire;

/// The brief's TOML text: `existing` updated with `brief`'s facts, questionnaire
/// list and answers (answers to other questions are left as they are), or a new
/// document. Fails only when `existing` is not TOML.
pub(crate) fn render_brief(
    existing: Option<&str>,
    brief: &Brief,
    questionnaires: &[Questionnaire],
    lang: Lang,
) -> Result<String, toml_edit::TomlError> {
    let mut doc = match existing {
        Some(text) if !text.trim().is_empty() => text.parse::<DocumentMut>()?,
        _ => DocumentMut::new(),
    };
    let fresh = doc.as_table().is_empty();

    if !doc.contains_key("project") {
        let mut project = Table::new();
        if fresh {
            project.decor_mut().set_prefix(header(lang));
        }
        doc.insert("project", Item::Table(project));
    }
    if let Some(project) = doc.get_mut("project") {
        let p = &brief.project;
        let mut values: Vec<(&str, Value)> = [
            ("name", &p.name),
            ("client", &p.client),
            ("sector", &p.sector),
            ("date", &p.date.map(|date| date.to_string())),
            ("author", &p.author),
            ("lang", &p.lang.map(|lang| lang.code().to_owned())),
        ]
        .into_iter()
        .filter_map(|(key, fact)| Some((key, Value::from(fact.as_deref()?))))
        .collect();
        if !brief.questionnaires.is_empty() {
            let list: Array = brief.questionnaires.iter().map(String::as_str).collect();
            values.push(("questionnaires", Value::Array(list)));
        }
        for (key, value) in values {
            match &mut *project {
                Item::Table(table) => set_in_order(table, key, value, &PROJECT_KEYS),
                other => {
                    if let Some(table) = other.as_table_like_mut() {
                        set(table, key, value);
                    }
                }
            }
        }
    }

    if !brief.answers.is_empty() && !doc.contains_key("answers") {
        let mut answers = Table::new();
        answers.set_implicit(true);
        doc.insert("answers", Item::Table(answers));
    }
    for answer in &brief.answers {
        let Some(answers) = doc.get_mut("answers").and_then(Item::as_table_like_mut) else {
            break;
        };
        if answers.get(&answer.questionnaire).is_none() {
            answers.insert(&answer.questionnaire, Item::Table(Table::new()));
        }
        let Some(table) = answers.get_mut(&answer.questionnaire) else {
            continue;
        };
        let value = answer_value(&answer.value, answer.note.as_deref());
        let order = questionnaires
            .iter()
            .find(|q| q.id == answer.questionnaire)
            .map(|q| {
                q.questions
                    .iter()
                    .map(|question| question.id.as_str())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        match table {
            Item::Table(table) => set_in_order(table, &answer.question, value, &order),
            other => {
                if let Some(table) = other.as_table_like_mut() {
                    set(table, &answer.question, value);
                }
            }
        }
    }
    Ok(doc.to_string())
}

/// The `[project]` keys in the order a new brief lists them.
const PROJECT_KEYS: [&str; 7] = [
    "name",
    "client",
    "sector",
    "date",
    "author",
    "lang",
    "questionnaires",
];

/// The comment on top of a new brief, each line of the catalogue's text
/// commented out.
fn header(lang: Lang) -> String {
    let mut out: String = crate::tr!(lang, "brief-header")
        .lines()
        .map(|line| format!("# {line}\n"))
        .collect();
    out.push('\n');
    out
}

/// The TOML value of an answer, with its note.
fn answer_value(value: &AnswerValue, note: Option<&str>) -> Value {
    let bare = match value {
        AnswerValue::YesNo(b) => Value::from(*b),
        AnswerValue::Level(level) => Value::from(i64::from(*level)),
        AnswerValue::Choice(id) => Value::from(id.as_str()),
        AnswerValue::Multi(ids) => Value::Array(ids.iter().map(String::as_str).collect()),
        AnswerValue::Number(x) => number(*x),
        AnswerValue::Text(text) => Value::from(text.as_str()),
        AnswerValue::NotApplicable { reason } => {
            let mut table = InlineTable::new();
            table.insert("not-applicable", Value::from(reason.as_str()));
            if let Some(note) = note {
                table.insert("note", Value::from(note));
            }
            return Value::InlineTable(table);
        }
    };
    match note {
        None => bare,
        Some(note) => {
            let mut table = InlineTable::new();
            table.insert("value", bare);
            table.insert("note", Value::from(note));
            Value::InlineTable(table)
        }
    }
}

/// Whole numbers are written as integers (`12`, not `12.0`).
fn number(x: f64) -> Value {
    // 2^53: every integer up to it is exact in an f64.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if x.fract() == 0.0 && x.abs() <= EXACT {
        Value::from(x as i64)
    } else {
        Value::from(x)
    }
}

/// Sets `key` unless it already holds the same value; a replaced value keeps its
/// comments and spacing.
fn set(table: &mut dyn TableLike, key: &str, mut value: Value) {
    match table.get_mut(key) {
        Some(Item::Value(old)) => {
            if !same(old, &value) {
                *value.decor_mut() = old.decor().clone();
                *old = value;
            }
        }
        Some(item) => {
            let unchanged = item
                .clone()
                .into_value()
                .is_ok_and(|old| same(&old, &value));
            if !unchanged {
                *item = Item::Value(value);
            }
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// Like [`set`], but a new key goes before the first key that comes after it in
/// the questionnaire, so answers stay in question order.
fn set_in_order(table: &mut Table, key: &str, value: Value, order: &[&str]) {
    if table.contains_key(key) {
        set(table, key, value);
        return;
    }
    let rank = |k: &str| order.iter().position(|q| *q == k);
    let Some(new_rank) = rank(key) else {
        table.insert(key, Item::Value(value));
        return;
    };
    let later: Vec<String> = table
        .iter()
        .map(|(k, _)| k)
        .skip_while(|k| rank(k).is_none_or(|r| r < new_rank))
        .map(str::to_owned)
        .collect();
    let moved: Vec<_> = later.iter().filter_map(|k| table.remove_entry(k)).collect();
    table.insert(key, Item::Value(value));
    for (k, item) in moved {
        table.insert_formatted(&k, item);
    }
}

/// Whether two TOML values mean the same (formatting aside; `12` equals `12.0`,
/// a date equals its `YYYY-MM-DD` string).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.value() == y.value(),
        (Value::Boolean(x), Value::Boolean(y)) => x.value() == y.value(),
        (Value::Integer(x), Value::Integer(y)) => x.value() == y.value(),
        (Value::Float(_) | Value::Integer(_), Value::Float(_) | Value::Integer(_)) => {
            as_f64(a) == as_f64(b)
        }
        (Value::Datetime(x), Value::String(y)) | (Value::String(y), Value::Datetime(x)) => {
            x.value().to_string() == *y.value()
        }
        (Value::Datetime(x), Value::Datetime(y)) => x.value() == y.value(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(x, y)| same(x, y))
        }
        (Value::InlineTable(x), Value::InlineTable(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

fn as_f64(value: &Value) -> Option<f64> {
    match value {
        Value::Integer(i) => Some(*i.value() as f64),
        Value::Float(f) => Some(*f.value()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;
    use crate::model::brief::{Answer, Project};
    use crate::validate::brief::validate_brief;
    use crate::validate::questionnaire::validate_questionnaire;

    fn mini() -> Questionnaire {
        let file = SourceFile::new("mini.toml", include_str!("../../tests/interview/mini.toml"));
        validate_questionnaire(&file, Lang::En).0.unwrap()
    }

    fn answer(question: &str, value: AnswerValue, note: Option<&str>) -> Answer {
        Answer {
            questionnaire: "mini".to_owned(),
            question: question.to_owned(),
            value,
            note: note.map(str::to_owned),
            span: None,
        }
    }

    fn parse(text: &str, q: &[Questionnaire]) -> Brief {
        let (brief, diagnostics) = validate_brief(&SourceFile::new("b.toml", text), q, Lang::En);
        assert!(diagnostics.is_empty(), "{diagnostics:?}\n{text}");
        brief.unwrap()
    }

    fn without_lines(brief: &Brief) -> Vec<Answer> {
        brief
            .answers
            .iter()
            .map(|a| Answer {
                span: None,
                ..a.clone()
            })
            .collect()
    }

    #[test]
    fn a_new_brief_is_clean_toml_that_validates_to_the_same_answers() {
        let q = vec![mini()];
        let brief = Brief {
            project: Project {
                name: Some("Support \"N1\"".to_owned()),
                client: Some("Acme".to_owned()),
                date: Some(jiff::civil::date(2026, 11, 22)),
                ..Project::default()
            },
            questionnaires: vec!["mini".to_owned()],
            answers: vec![
                answer("objectives", AnswerValue::YesNo(true), Some("Written")),
                answer("processes", AnswerValue::Level(3), None),
                answer(
                    "phase",
                    AnswerValue::NotApplicable {
                        reason: "No sales".to_owned(),
                    },
                    None,
                ),
                answer(
                    "channels",
                    AnswerValue::Multi(vec!["phone".to_owned()]),
                    None,
                ),
                answer("volume", AnswerValue::Number(12.0), None),
                answer(
                    "notes",
                    AnswerValue::Text("Line 1\nLine 2".to_owned()),
                    None,
                ),
            ],
            waivers: Vec::new(),
        };
        let text = render_brief(None, &brief, &q, Lang::En).unwrap();
        assert!(
            text.starts_with("# Project brief written by `outsource interview`."),
            "{text}"
        );
        assert!(
            text.contains("kept.\n\n[project]\nname = 'Support \"N1\"'\n"),
            "{text}"
        );
        assert!(text.contains("questionnaires = [\"mini\"]\n"), "{text}");
        assert!(
            text.contains("[answers.mini]\nobjectives = { value = true, note = \"Written\" }\n"),
            "{text}"
        );
        assert!(
            text.contains("phase = { not-applicable = \"No sales\" }\n"),
            "{text}"
        );
        assert!(text.contains("volume = 12\n"), "{text}");
        let back = parse(&text, &q);
        assert_eq!(back.project, brief.project);
        assert_eq!(back.questionnaires, brief.questionnaires);
        assert_eq!(without_lines(&back), brief.answers);
        // Writing the same brief again changes nothing.
        assert_eq!(
            render_brief(Some(&text), &brief, &q, Lang::En).unwrap(),
            text
        );
    }

    #[test]
    fn an_existing_brief_keeps_its_comments_order_and_formatting() {
        let q = vec![mini()];
        let existing = r#"# Acme, first meeting.
[project]
name = "Support"   # working title
date = 2026-11-01
questionnaires = ["mini"]

[answers.mini]
# The client hesitated.
processes = 1 # to check
channels = [ "chat", "phone" ]
notes = 'single quotes'

[waivers]
"mini.processes" = "Accepted by the board"
"#;
        let mut brief = parse(existing, &q);
        // Change one answer, add two (one before, one after the existing ones).
        for a in &mut brief.answers {
            if a.question == "processes" {
                a.value = AnswerValue::Level(3);
            }
        }
        brief
            .answers
            .push(answer("objectives", AnswerValue::YesNo(false), None));
        brief
            .answers
            .push(answer("volume", AnswerValue::Number(2.5), Some("estimate")));
        brief.project.author = Some("Claire".to_owned());
        let text = render_brief(Some(existing), &brief, &q, Lang::En).unwrap();
        assert_eq!(
            text,
            r#"# Acme, first meeting.
[project]
name = "Support"   # working title
date = 2026-11-01
author = "Claire"
questionnaires = ["mini"]

[answers.mini]
objectives = false
# The client hesitated.
processes = 3 # to check
channels = [ "chat", "phone" ]
volume = { value = 2.5, note = "estimate" }
notes = 'single quotes'

[waivers]
"mini.processes" = "Accepted by the board"
"#
        );
        parse(&text, &q);
    }

    #[test]
    fn a_new_questionnaire_table_follows_the_existing_answers() {
        let q = mini();
        let mut other = mini();
        other.id = "other".to_owned();
        let qs = vec![q, other];
        let existing = "[project]\nquestionnaires = [\"mini\"]\n\n[answers.mini]\nprocesses = 1\n\n[waivers]\n";
        let mut brief = parse(existing, &qs);
        brief.questionnaires.push("other".to_owned());
        brief.answers.push(Answer {
            questionnaire: "other".to_owned(),
            ..answer("objectives", AnswerValue::YesNo(true), None)
        });
        let text = render_brief(Some(existing), &brief, &qs, Lang::En).unwrap();
        assert_eq!(
            text,
            "[project]\nquestionnaires = [\"mini\", \"other\"]\n\n[answers.mini]\nprocesses = 1\n\n[answers.other]\nobjectives = true\n\n[waivers]\n"
        );
        parse(&text, &qs);
    }
}
