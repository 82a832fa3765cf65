//! JSON Schemas of the file formats, generated from the `Raw*` types that read them
//! (pure). Editors with a TOML language server (taplo, tombi) use them to complete
//! and check files that start with `#:schema ../schemas/brief.schema.json`.
//!
//! The schemas check the shape of a file (keys, types); the cross-references
//! (questionnaire and question ids, option ids, band gaps) stay with `validate`.
//! They use JSON Schema draft-07, the draft most editors support.

use schemars::generate::SchemaSettings;
use schemars::transform::{RestrictFormats, Transform};
use serde_json::Value;

use crate::validate::brief::RawBrief;
use crate::validate::criteria::RawCriteria;
use crate::validate::offer::RawOfferFile;
use crate::validate::questionnaire::RawQuestionnaire;

/// A file format with a schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum SchemaKind {
    /// questionnaires/*.toml
    Questionnaire,
    /// A project brief (examples/*.toml)
    Brief,
    /// Weighted criteria to rank offers (examples/criteria.toml)
    Criteria,
    /// A provider's offer (examples/offers/*.toml)
    Offer,
    /// A committee member's values (examples/committee/evaluations/*.toml)
    Evaluation,
}

impl SchemaKind {
    /// The kebab-case name, as in `schemas/NAME.schema.json`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            SchemaKind::Questionnaire => "questionnaire",
            SchemaKind::Brief => "brief",
            SchemaKind::Criteria => "criteria",
            SchemaKind::Offer => "offer",
            SchemaKind::Evaluation => "evaluation",
        }
    }

    /// Every kind, in the order `outsource schema --help` lists them.
    #[cfg(test)]
    pub(crate) fn all() -> &'static [SchemaKind] {
        &[
            SchemaKind::Questionnaire,
            SchemaKind::Brief,
            SchemaKind::Criteria,
            SchemaKind::Offer,
            SchemaKind::Evaluation,
        ]
    }
}

/// The schema of one file format.
pub(crate) fn schema(kind: SchemaKind) -> serde_json::Value {
    let generator = SchemaSettings::draft07().into_generator();
    let (mut schema, title) = match kind {
        SchemaKind::Questionnaire => (
            generator.into_root_schema_for::<RawQuestionnaire>(),
            "outsource questionnaire",
        ),
        SchemaKind::Brief => (
            generator.into_root_schema_for::<RawBrief>(),
            "outsource project brief",
        ),
        SchemaKind::Criteria => (
            generator.into_root_schema_for::<RawCriteria>(),
            "outsource criteria",
        ),
        SchemaKind::Offer => (
            generator.into_root_schema_for::<RawOfferFile>(),
            "outsource offer",
        ),
        SchemaKind::Evaluation => (
            generator.into_root_schema_for::<crate::validate::shape::EvaluationFile>(),
            "outsource evaluation",
        ),
    };
    // Rust-only formats such as `double` or `uint8` mean nothing to editors.
    RestrictFormats::default().transform(&mut schema);
    schema.insert("title".to_owned(), title.into());
    let mut value = schema.to_value();
    drop_nulls(&mut value);
    value
}

/// The schema as pretty JSON with a final newline, as committed under `schemas/`.
pub(crate) fn render(kind: SchemaKind) -> String {
    let mut text = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    text.push('\n');
    text
}

/// TOML has no null: an optional key is simply left out. Removes the `null`
/// alternatives that `Option<T>` fields get, so editors do not offer them.
fn drop_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let single = types.remove(0);
                    map.insert("type".to_owned(), single);
                }
            }
            if let Some(Value::Array(alternatives)) = map.get_mut("anyOf") {
                alternatives.retain(|a| a.get("type").is_none_or(|t| t != "null"));
                if alternatives.len() == 1 {
                    // `{"$ref"}` with siblings such as `description`: wrapped in
                    // `allOf`, since draft-07 ignores a `$ref`'s siblings.
                    let single = alternatives.remove(0);
                    map.remove("anyOf");
                    map.insert("allOf".to_owned(), Value::Array(vec![single]));
                }
            }
            map.values_mut().for_each(drop_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemas_are_draft_07_objects_without_unknown_keys() {
        for kind in SchemaKind::all() {
            let value = schema(*kind);
            assert_eq!(value["$schema"], "http://json-schema.org/draft-07/schema#");
            assert_eq!(value["type"], "object");
            assert_eq!(value["additionalProperties"], false, "{kind:?}");
            assert!(value["title"].as_str().unwrap().starts_with("outsource "));
            let text = render(*kind);
            assert!(!text.contains("null"), "{text}");
            assert!(!text.contains("double"), "{text}");
        }
    }

    #[test]
    fn nulls_leave_types_and_alternatives() {
        let mut value = serde_json::json!({
            "a": { "type": ["string", "null"] },
            "b": { "anyOf": [{ "$ref": "#/definitions/X" }, { "type": "null" }], "description": "d" },
            "c": { "anyOf": [{ "type": "string" }, { "type": "integer" }] },
        });
        drop_nulls(&mut value);
        assert_eq!(
            value,
            serde_json::json!({
                "a": { "type": "string" },
                "b": { "allOf": [{ "$ref": "#/definitions/X" }], "description": "d" },
                "c": { "anyOf": [{ "type": "string" }, { "type": "integer" }] },
            })
        );
    }
}
