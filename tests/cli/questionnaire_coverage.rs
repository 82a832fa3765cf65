//! Every point of the five source articles is covered by at least one question of
//! the questionnaire built from it, and every question is complete in both
//! languages with a unique id.
//!
//! Self-contained: reads the TOML files with the `toml` crate only, so it checks
//! the data even while the loader changes.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::collections::HashSet;

/// A point the article makes, and the questions that ask about it.
type Coverage = &'static [(&'static str, &'static [&'static str])];

struct Article {
    file: &'static str,
    id: &'static str,
    source: &'static str,
    text: &'static str,
    points: Coverage,
}

const TEN_MISTAKES: Coverage = &[
    ("objectives written and ranked", &["objectives-written"]),
    (
        "processes mastered and documented before outsourcing",
        &["processes-mastered", "activity-benchmarks"],
    ),
    (
        "provider chosen on needs, activity, domain experience, price, values, offer, references",
        &["selection-criteria"],
    ),
    (
        "a short, prioritised KPI list",
        &["kpi-count", "kpi-prioritised"],
    ),
    ("support planned for the launch", &["launch-support"]),
    (
        "a named person steers the provider daily",
        &["daily-steering"],
    ),
    ("a detailed but not rigid contract", &["contract-detail"]),
    (
        "a clear, achievable, aligned pay plan for the provider's sales staff",
        &["pay-plan"],
    ),
    (
        "steering without interfering in the provider's management",
        &["no-interference"],
    ),
    (
        "a deal profitable for the provider, paid on time",
        &["provider-profitability", "paid-on-time"],
    ),
];

const TEN_QUESTIONS: Coverage = &[
    (
        "is it outsourceable; if highly expert, front line or overflow only",
        &["outsourceable", "expert-front-line"],
    ),
    (
        "which part: pre-sales, after-sales or both; level 1 or level 2",
        &["sales-phase", "service-level"],
    ),
    (
        "escalation and transfer procedures for out-of-scope requests",
        &["escalation-procedures"],
    ),
    ("handling times estimated", &["handling-time"]),
    (
        "channels handed over, cross-channel message consistency",
        &["channels", "channel-count", "channel-consistency"],
    ),
    (
        "volumes per channel known and measured (10 to 15 day tally)",
        &[
            "volumes-measured",
            "volumes-period-days",
            "web-traffic-analysed",
        ],
    ),
    (
        "full, partial or overflow; internal capacity to take over",
        &[
            "outsourcing-extent",
            "internal-takeover",
            "provider-internal-exchange",
        ],
    ),
    (
        "opening hours and seasonality analysed",
        &["hours-seasonality"],
    ),
    (
        "internal documentation ready and time to be ready",
        &["internal-docs", "readiness-weeks"],
    ),
    (
        "formal governance with regular peer meetings, staying involved",
        &["governance-formal", "stay-involved", "shared-vision"],
    ),
    (
        "which provider: offers compared, affinity, important client of a mid-size provider",
        &["offers-compared", "provider-affinity", "client-importance"],
    ),
    ("notes on scope", &["scope-notes"]),
];

const CUSTOMER_SERVICE_STEPS: Coverage = &[
    ("measurable objectives", &["measurable-objectives"]),
    (
        "current service assessed and current cost known",
        &["current-service-assessed", "current-cost", "business-case"],
    ),
    ("service or training only", &["service-or-training"]),
    (
        "providers vetted and asked for their metrics",
        &["providers-vetted", "provider-metrics"],
    ),
    (
        "contract content: payment, bonuses, obligations, deadlines, monitoring, termination",
        &["contract-content"],
    ),
    (
        "incentives defined after minimum requirements",
        &["incentives"],
    ),
    (
        "an exit plan kept up to date, in-house capacity to take calls back",
        &["exit-plan", "in-house-fallback"],
    ),
    (
        "governance: roles, escalation, joint reviews",
        &["governance-defined", "relationship-review"],
    ),
    (
        "an internal owner who monitors results",
        &["results-owner", "contact-insight"],
    ),
    (
        "data protection and local labour law for a call-centre provider",
        &["data-protection", "labour-law"],
    ),
    ("offshore reputation risk gauged", &["offshore-reputation"]),
    ("never choosing on price alone", &["not-price-only"]),
    ("a small pilot first", &["pilot-first"]),
    ("changes to the agreement recorded", &["change-log"]),
    ("face-to-face needs", &["face-to-face"]),
];

const ECOMMERCE_PEAKS: Coverage = &[
    (
        "seasonality and peak calendar known",
        &["peak-calendar", "peak-events", "peak-notice-weeks"],
    ),
    (
        "base internal team plus external overflow",
        &["base-plus-overflow", "pooling-accepted"],
    ),
    (
        "level-1 reasons routed by IVR, level 2 kept in-house",
        &["contact-reasons-levels", "ivr-routing", "level2-in-house"],
    ),
    (
        "carrier investigations",
        &["carrier-investigations", "journey-alerts"],
    ),
    (
        "real-time reporting and KPI steering",
        &["real-time-reporting"],
    ),
    (
        "incentive pay for upselling and retention",
        &["upsell-retention", "incentive-pay"],
    ),
    (
        "continuous training and local management",
        &["training-management"],
    ),
];

const INVOICE_DUNNING: Coverage = &[
    ("roadmap: objectives, conditions, controls", &["roadmap"]),
    (
        "psychological, cultural and social brakes addressed",
        &["brakes-addressed", "sovereignty-rules"],
    ),
    (
        "debtors segmented, resources matched",
        &["debtor-segments", "resources-matched"],
    ),
    (
        "debt age from which files go to the provider",
        &["handover-age-days"],
    ),
    (
        "dunning as the end of the sale, in the company's name",
        &["commercial-approach", "company-name"],
    ),
    (
        "call traceability: history, agendas",
        &["call-traceability", "internal-synergy"],
    ),
    ("pre-dunning before the due date", &["pre-dunning"]),
    (
        "dunning staff trained and recognised",
        &["staff-recognised"],
    ),
];

const ARTICLES: &[Article] = &[
    Article {
        file: "ten-mistakes.toml",
        id: "ten-mistakes",
        source: "Externalisation de vos ventes : les 10 erreurs pour se planter la 1ère fois à coup sûr",
        text: include_str!("../../questionnaires/ten-mistakes.toml"),
        points: TEN_MISTAKES,
    },
    Article {
        file: "ten-questions.toml",
        id: "ten-questions",
        source: "10 questions à se poser avant de choisir une solution externalisée pour un centre de contacts",
        text: include_str!("../../questionnaires/ten-questions.toml"),
        points: TEN_QUESTIONS,
    },
    Article {
        file: "customer-service-steps.toml",
        id: "customer-service-steps",
        source: "Comment externaliser le service client ?",
        text: include_str!("../../questionnaires/customer-service-steps.toml"),
        points: CUSTOMER_SERVICE_STEPS,
    },
    Article {
        file: "ecommerce-peaks.toml",
        id: "ecommerce-peaks",
        source: "Livre blanc : externaliser le service client d'un site e-commerce",
        text: include_str!("../../questionnaires/ecommerce-peaks.toml"),
        points: ECOMMERCE_PEAKS,
    },
    Article {
        file: "invoice-dunning.toml",
        id: "invoice-dunning",
        source: "Externaliser la relance des factures en retard de paiement",
        text: include_str!("../../questionnaires/invoice-dunning.toml"),
        points: INVOICE_DUNNING,
    },
];

fn parse(article: &Article) -> toml::Table {
    toml::from_str::<toml::Table>(article.text)
        .unwrap_or_else(|error| panic!("{} does not parse: {error}", article.file))
}

fn questions(article: &Article, table: &toml::Table) -> Vec<toml::Table> {
    table
        .get("question")
        .and_then(toml::Value::as_array)
        .unwrap_or_else(|| panic!("{} has no [[question]] array", article.file))
        .iter()
        .map(|value| {
            value
                .as_table()
                .unwrap_or_else(|| panic!("{}: a question is not a table", article.file))
                .clone()
        })
        .collect()
}

fn question_id(article: &Article, question: &toml::Table) -> String {
    question
        .get("id")
        .and_then(toml::Value::as_str)
        .unwrap_or_else(|| panic!("{}: a question has no id", article.file))
        .to_owned()
}

/// Whether `value` is a `{ fr = "…", en = "…" }` table with both texts non-blank.
fn is_bilingual(value: Option<&toml::Value>) -> bool {
    let Some(table) = value.and_then(toml::Value::as_table) else {
        return false;
    };
    ["fr", "en"].iter().all(|lang| {
        table
            .get(*lang)
            .and_then(toml::Value::as_str)
            .is_some_and(|text| !text.trim().is_empty())
    })
}

#[test]
fn every_article_point_has_its_questions() {
    let mut missing = Vec::new();
    for article in ARTICLES {
        let table = parse(article);
        let ids: HashSet<String> = questions(article, &table)
            .iter()
            .map(|question| question_id(article, question))
            .collect();
        assert!(
            !article.points.is_empty(),
            "{}: no points listed",
            article.file
        );
        for (point, question_ids) in article.points {
            assert!(
                !question_ids.is_empty(),
                "{}: point {point:?} lists no question",
                article.file
            );
            for id in *question_ids {
                if !ids.contains(*id) {
                    missing.push(format!("{}: {point:?} -> {id}", article.file));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "questions missing:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_question_is_listed_under_a_point() {
    let mut unlisted = Vec::new();
    for article in ARTICLES {
        let table = parse(article);
        let listed: HashSet<&str> = article
            .points
            .iter()
            .flat_map(|(_, ids)| ids.iter().copied())
            .collect();
        for question in questions(article, &table) {
            let id = question_id(article, &question);
            let is_text = question.get("kind").and_then(toml::Value::as_str) == Some("text");
            if !is_text && !listed.contains(id.as_str()) {
                unlisted.push(format!("{}: {id}", article.file));
            }
        }
    }
    assert!(
        unlisted.is_empty(),
        "scored questions not traced to an article point:\n{}",
        unlisted.join("\n")
    );
}

#[test]
fn questionnaire_header_matches_its_article() {
    for article in ARTICLES {
        let table = parse(article);
        assert_eq!(
            table.get("id").and_then(toml::Value::as_str),
            Some(article.id),
            "{}: id",
            article.file
        );
        assert_eq!(
            format!("{}.toml", article.id),
            article.file,
            "{}: file stem must be the id",
            article.file
        );
        assert_eq!(
            table.get("source").and_then(toml::Value::as_str),
            Some(article.source),
            "{}: source must be the article's title",
            article.file
        );
        assert!(is_bilingual(table.get("title")), "{}: title", article.file);
    }
}

#[test]
fn questions_have_unique_ids_and_both_languages() {
    let mut problems = Vec::new();
    for article in ARTICLES {
        let table = parse(article);
        let dimensions = table
            .get("dimensions")
            .and_then(toml::Value::as_table)
            .unwrap_or_else(|| panic!("{}: no [dimensions]", article.file));
        let mut seen = HashSet::new();
        let list = questions(article, &table);
        assert!(!list.is_empty(), "{}: no questions", article.file);
        for question in &list {
            let id = question_id(article, question);
            if !seen.insert(id.clone()) {
                problems.push(format!("{}: duplicate question id {id}", article.file));
            }
            for field in ["text", "help"] {
                if !is_bilingual(question.get(field)) {
                    problems.push(format!("{}: {id}: `{field}` needs fr and en", article.file));
                }
            }
            let kind = question.get("kind").and_then(toml::Value::as_str);
            if kind != Some("text") && !is_bilingual(question.get("recommendation")) {
                problems.push(format!(
                    "{}: {id}: `recommendation` needs fr and en",
                    article.file
                ));
            }
            match question.get("dimension").and_then(toml::Value::as_str) {
                Some(dimension) if dimensions.contains_key(dimension) => {}
                other => problems.push(format!(
                    "{}: {id}: dimension {other:?} is not declared",
                    article.file
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
