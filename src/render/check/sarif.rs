//! SARIF 2.1.0 for code-scanning dashboards: one rule per question with a finding,
//! one result per finding located at the brief's line; waived findings carry a
//! suppression with the waiver's reason.

use serde_json::{Value, json};

use super::{CheckReport, finding_id, is_failing};
use crate::lang::Lang;
use crate::model::questionnaire::Severity;
use crate::readiness::FindingKind;

pub fn render(report: &CheckReport, lang: Lang) -> String {
    let mut rules: Vec<Value> = Vec::new();
    let mut rule_ids: Vec<String> = Vec::new();
    let mut results: Vec<Value> = Vec::new();
    for checked in &report.briefs {
        for f in &checked.assessment.findings {
            let rule_id = match f.kind {
                FindingKind::WeakAnswer => finding_id(&f.questionnaire, &f.question),
                FindingKind::StaleWaiver => "stale-waiver".to_owned(),
            };
            let rule_index = match rule_ids.iter().position(|id| *id == rule_id) {
                Some(index) => index,
                None => {
                    let mut rule = json!({
                        "id": rule_id,
                        "shortDescription": { "text": f.message.get(lang) },
                        "defaultConfiguration": { "level": level(f.severity, report.fail_on) },
                    });
                    if let Some(recommendation) = &f.recommendation {
                        rule["help"] = json!({ "text": recommendation.get(lang) });
                    }
                    if let Some(source) = &f.source {
                        rule["properties"] =
                            json!({ "source": source, "severity": f.severity.name() });
                    }
                    rules.push(rule);
                    rule_ids.push(rule_id.clone());
                    rule_ids.len() - 1
                }
            };
            let mut message = f.message.get(lang).to_owned();
            if let Some(recommendation) = &f.recommendation {
                message = format!("{message} {}", recommendation.get(lang));
            }
            let mut location = json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": checked.file.path.replace('\\', "/") },
                }
            });
            if let Some(line) = f.line {
                location["physicalLocation"]["region"] = json!({ "startLine": line });
            }
            let mut result = json!({
                "ruleId": rule_id,
                "ruleIndex": rule_index,
                "level": level(f.severity, report.fail_on),
                "message": { "text": message },
                "locations": [location],
            });
            if let Some(reason) = &f.waived {
                result["suppressions"] = json!([{ "kind": "external", "justification": reason }]);
            }
            results.push(result);
        }
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "outsource",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://crates.io/crates/outsource",
                    "rules": rules,
                }
            },
            "results": results,
        }]
    });
    let mut text = serde_json::to_string_pretty(&sarif).unwrap_or_default();
    text.push('\n');
    text
}

fn level(severity: Severity, fail_on: Severity) -> &'static str {
    match severity {
        Severity::Info => "note",
        severity if is_failing(severity, fail_on) => "error",
        _ => "warning",
    }
}
