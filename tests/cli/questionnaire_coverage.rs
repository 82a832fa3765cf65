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
        "which provider: offers compared, affinity, generally an important client of a small or mid-size provider",
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
        "psychological, cultural and social obstacles, one check each",
        &[
            "psychological-brake",
            "cultural-brake",
            "social-brake",
            "sovereignty-rules",
        ],
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
        // The title as the article writes it, with French no-break spaces where the
        // article's page has plain ones.
        assert_eq!(
            table
                .get("source")
                .and_then(toml::Value::as_str)
                .map(|title| title.replace('\u{a0}', " ")),
            Some(article.source.to_owned()),
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

/// Every questionnaire file in `questionnaires/`, as (file name, parsed table).
fn all_questionnaires() -> Vec<(String, toml::Table)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let table = toml::from_str::<toml::Table>(&text)
                .unwrap_or_else(|error| panic!("{name} does not parse: {error}"));
            (name, table)
        })
        .collect()
}

/// Calls `visit(path, text)` for every French string at any depth: under a `fr` key,
/// and the article titles and sections (`source`, `section`), which are French in
/// both languages.
fn walk_french(path: &str, value: &toml::Value, visit: &mut dyn FnMut(&str, &str)) {
    match value {
        toml::Value::Table(table) => {
            for (key, value) in table {
                let here = format!("{path}.{key}");
                match (key.as_str(), value) {
                    ("fr" | "source" | "section", toml::Value::String(text)) => visit(&here, text),
                    _ => walk_french(&here, value, visit),
                }
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_french(&format!("{path}[{i}]"), item, visit);
            }
        }
        _ => {}
    }
}

/// The typography faults of a French text, as (char index, char): a plain space
/// before `: ; ? !` or `»`, or after `«`.
fn french_typography_faults(text: &str) -> Vec<(usize, char)> {
    let chars: Vec<char> = text.chars().collect();
    let mut faults = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let bad = match c {
            ':' | ';' | '?' | '!' | '»' => before == Some(' '),
            '«' => after == Some(' '),
            _ => false,
        };
        if bad {
            faults.push((i, c));
        }
    }
    faults
}

#[test]
fn french_typography_check_finds_plain_spaces() {
    // Indices: "Prêt" 0-3, ' ' 4, '?' 5, "Oui" 7-9, ':' 11, '«' 13, "bien" 15-18,
    // '»' 20, ';' 22, "non" 24-26, '!' 28.
    assert_eq!(
        french_typography_faults("Prêt ? Oui : « bien » ; non !"),
        vec![
            (5, '?'),
            (11, ':'),
            (13, '«'),
            (20, '»'),
            (22, ';'),
            (28, '!')
        ]
    );
    let right = "Prêt\u{a0}? Oui\u{a0}: «\u{a0}bien\u{a0}»\u{a0}; non\u{a0}! http://x 10:30";
    assert!(french_typography_faults(right).is_empty());
}

#[test]
fn french_texts_use_no_break_spaces() {
    let mut problems = Vec::new();
    for (name, table) in all_questionnaires() {
        walk_french(&name, &toml::Value::Table(table), &mut |path, text| {
            for (i, c) in french_typography_faults(text) {
                let snippet: String = text.chars().skip(i.saturating_sub(15)).take(18).collect();
                problems.push(format!("{path}: plain space at {c:?} in {snippet:?}"));
            }
        });
    }
    assert!(
        problems.is_empty(),
        "French texts need U+00A0 before : ; ? ! and inside « »:\n{}",
        problems.join("\n")
    );
}

/// The figures each article states as content (page furniture such as dates,
/// reading times and step numbers left out); docs/sources.md explains each one.
/// A digit in a question of the questionnaire built from an article must be one
/// of these, or the text must say it is practice.
const ARTICLE_FIGURES: &[(&str, &[&str])] = &[
    // "10 erreurs", "la 1ère fois"; "pour moitié" is in words.
    ("ten-mistakes", &["10", "1"]),
    // "10 questions", "niveau 1" / "niveau 2", tally "sur 10 à 15 jours",
    // outsourced "en 15 jours ou 1 mois".
    ("ten-questions", &["10", "1", "2", "15"]),
    // Only method and step numbers: no figure of content.
    ("customer-service-steps", &[]),
    // "niveau 1" / "niveau 2".
    ("ecommerce-peaks", &["1", "2"]),
    // bills of exchange back "15j avant la date d'échéance".
    ("invoice-dunning", &["15"]),
];

/// Figures a cited law holds beyond the numbers written in the question's
/// `source`: keyed by a piece of that source.
const LAW_FIGURES: &[(&str, &[&str])] = &[
    // GDPR art. 28(3) lists the processor contract's terms.
    ("art. 28", &["3"]),
    // Chapter V: art. 44 (principle), 45 (adequacy), 46 (safeguards), 49 (derogations).
    ("chapitre V", &["44", "45", "46", "49"]),
    // D441-5 sets the fixed recovery indemnity at 40 euros.
    ("D441-5", &["40"]),
];

/// Whether a text says its figure is the tool's practice.
fn says_practice(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("practice") || lower.contains("pratique")
}

/// The runs of digits in `text`, e.g. "10 à 15 jours" -> ["10", "15"].
fn figures_in(text: &str) -> Vec<String> {
    let mut figures = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            current.push(c);
        } else if !current.is_empty() {
            figures.push(std::mem::take(&mut current));
        }
    }
    figures
}

#[test]
fn figures_in_finds_digit_runs() {
    assert_eq!(
        figures_in("10 à 15 jours, L441-10"),
        ["10", "15", "441", "10"]
    );
    assert!(figures_in("sans chiffre").is_empty());
}

/// Every user-facing text of a question in `lang`, as (where, text): the
/// question's own texts first, then its levels, options and bands.
fn texts_of(question: &toml::Table, lang: &str) -> Vec<(String, String)> {
    let pick = |value: &toml::Value| {
        value
            .get(lang)
            .and_then(toml::Value::as_str)
            .map(str::to_owned)
    };
    let mut texts = Vec::new();
    for field in ["text", "help", "recommendation", "unit"] {
        if let Some(text) = question.get(field).and_then(pick) {
            texts.push((field.to_owned(), text));
        }
    }
    if let Some(levels) = question.get("levels").and_then(toml::Value::as_array) {
        for (i, level) in levels.iter().enumerate() {
            if let Some(text) = pick(level) {
                texts.push((format!("levels[{i}]"), text));
            }
        }
    }
    for list in ["option", "band"] {
        let items = question.get(list).and_then(toml::Value::as_array);
        for (i, item) in items.into_iter().flatten().enumerate() {
            if let Some(text) = item.get("label").and_then(pick) {
                texts.push((format!("{list}[{i}].label"), text));
            }
        }
    }
    texts
}

/// A provenance table as written: `{ kind = "article" | "law" | "practice", … }`.
fn kind_of(provenance: &toml::Value) -> &str {
    provenance
        .get("kind")
        .and_then(toml::Value::as_str)
        .unwrap_or("")
}

/// The citation a `law` provenance makes, e.g. "Code du travail, art. L1224-1".
fn law_citation(provenance: &toml::Value) -> String {
    let field = |key: &str| {
        provenance
            .get(key)
            .and_then(toml::Value::as_str)
            .unwrap_or("")
            .to_owned()
    };
    format!("{}, art. {}", field("law"), field("article"))
}

/// The figures a text under `provenance` may state without being practice: its
/// article's, or for a law the numbers of its citation and what that law holds.
fn allowed_figures(questionnaire: &str, provenance: &toml::Value) -> HashSet<String> {
    let mut allowed = HashSet::new();
    if kind_of(provenance) == "law" {
        let citation = law_citation(provenance);
        allowed.extend(figures_in(&citation));
        for (law, figures) in LAW_FIGURES {
            if citation.contains(law) {
                allowed.extend(figures.iter().map(|figure| (*figure).to_owned()));
            }
        }
    }
    for (article, figures) in ARTICLE_FIGURES {
        if *article == questionnaire {
            allowed.extend(figures.iter().map(|figure| (*figure).to_owned()));
        }
    }
    allowed
}

/// The provenance each text of a question falls under: an option's or band's
/// own when it has one, else the question's.
fn provenance_of<'a>(question: &'a toml::Table, field: &str) -> Option<&'a toml::Value> {
    let own = ["option", "band"].iter().find_map(|list| {
        let index: usize = field
            .strip_prefix(&format!("{list}["))?
            .split(']')
            .next()?
            .parse()
            .ok()?;
        question.get(*list)?.get(index)?.get("provenance")
    });
    own.or_else(|| question.get("provenance"))
}

#[test]
fn no_figure_is_credited_to_a_source_that_lacks_it() {
    let mut problems = Vec::new();
    for (name, table) in all_questionnaires() {
        let id = table.get("id").and_then(toml::Value::as_str).unwrap();
        let list = table
            .get("question")
            .and_then(toml::Value::as_array)
            .unwrap();
        for question in list.iter().filter_map(toml::Value::as_table) {
            let qid = question.get("id").and_then(toml::Value::as_str).unwrap();
            for lang in ["fr", "en"] {
                for (field, text) in &texts_of(question, lang) {
                    let Some(provenance) = provenance_of(question, field) else {
                        problems.push(format!("{name}: {qid}.{field}: no provenance"));
                        continue;
                    };
                    if kind_of(provenance) == "practice" || says_practice(text) {
                        continue;
                    }
                    let allowed = allowed_figures(id, provenance);
                    for figure in figures_in(text) {
                        if !allowed.contains(&figure) {
                            problems.push(format!(
                                "{name}: {qid}.{field} ({lang}): {figure:?} is not in its source"
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "figures credited to a source that does not hold them (make them practice):\n{}",
        problems.join("\n")
    );
}

/// What is wrong with a provenance as written (empty when it is complete).
fn provenance_problems(provenance: &toml::Value) -> Vec<String> {
    let filled = |key: &str| {
        provenance
            .get(key)
            .and_then(toml::Value::as_str)
            .is_some_and(|text| !text.trim().is_empty())
    };
    match kind_of(provenance) {
        "article" if filled("section") => Vec::new(),
        "article" => vec!["an article provenance without `section`".to_owned()],
        "law" if cites_law_article(&law_citation(provenance)) => Vec::new(),
        "law" => vec![format!("{:?} names no article", law_citation(provenance))],
        "practice" if is_bilingual(provenance.get("reason")) => Vec::new(),
        "practice" => vec!["practice without a bilingual `reason`".to_owned()],
        other => vec![format!("unknown kind {other:?}")],
    }
}

#[test]
fn every_question_option_and_band_carries_its_provenance() {
    let mut problems = Vec::new();
    let mut items = 0;
    for (name, table) in all_questionnaires() {
        let list = table
            .get("question")
            .and_then(toml::Value::as_array)
            .unwrap();
        for question in list.iter().filter_map(toml::Value::as_table) {
            let qid = question.get("id").and_then(toml::Value::as_str).unwrap();
            // The question states its own; options and bands inherit it or state theirs.
            let Some(own) = question.get("provenance") else {
                problems.push(format!("{name}: {qid}: no `provenance`"));
                continue;
            };
            let mut cited = vec![(qid.to_owned(), own)];
            for list in ["option", "band"] {
                let sub = question.get(list).and_then(toml::Value::as_array);
                for (i, item) in sub.into_iter().flatten().enumerate() {
                    let provenance = item.get("provenance").unwrap_or(own);
                    cited.push((format!("{qid}.{list}[{i}]"), provenance));
                }
            }
            for (what, provenance) in cited {
                items += 1;
                for problem in provenance_problems(provenance) {
                    problems.push(format!("{name}: {what}: {problem}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // 107 questions and 144 options and bands today: the walk saw them all.
    assert!(items >= 251, "{items}");
}

/// A reference to an article of law: "art. 28", "chapitre V", "L1224-1", "R124-1".
fn cites_law_article(source: &str) -> bool {
    let words: Vec<&str> = source.split([' ', ',', ';', '(', ')']).collect();
    words.windows(2).any(|pair| {
        (pair[0] == "art." && pair[1].starts_with(|c: char| c.is_ascii_digit()))
            || (pair[0] == "chapitre" && pair[1].chars().all(|c| "IVX".contains(c)))
    }) || words.iter().any(|word| {
        let mut chars = word.chars();
        matches!(chars.next(), Some('L' | 'R' | 'D'))
            && word.contains('-')
            && chars.all(|c| c.is_ascii_digit() || c == '-')
    })
}

#[test]
fn cites_law_article_recognises_article_numbers() {
    assert!(cites_law_article("RGPD, art. 13"));
    assert!(cites_law_article("RGPD, chapitre V (art. 44 à 49)"));
    assert!(cites_law_article("Code du travail, art. L1224-1"));
    assert!(cites_law_article("Code de commerce, L441-10 et D441-5"));
    assert!(!cites_law_article("Code du travail"));
    assert!(!cites_law_article("practice, not from a law or an article"));
}

#[test]
fn due_diligence_bases_each_law_question_on_a_law_article() {
    let (_, table) = all_questionnaires()
        .into_iter()
        .find(|(name, _)| name == "due-diligence.toml")
        .expect("questionnaires/due-diligence.toml");
    let list = table
        .get("question")
        .and_then(toml::Value::as_array)
        .unwrap();
    let mut problems = Vec::new();
    let mut laws = 0;
    for question in list.iter().filter_map(toml::Value::as_table) {
        let qid = question.get("id").and_then(toml::Value::as_str).unwrap();
        if question.get("kind").and_then(toml::Value::as_str) == Some("text") {
            continue;
        }
        let Some(provenance) = question.get("provenance") else {
            problems.push(format!("{qid}: no `provenance`"));
            continue;
        };
        match kind_of(provenance) {
            "law" if cites_law_article(&law_citation(provenance)) => laws += 1,
            "practice" => {}
            other => problems.push(format!(
                "{qid}: a {other:?} provenance: due diligence rests on a law article or is practice"
            )),
        }
        if !is_bilingual(question.get("text")) || !is_bilingual(question.get("recommendation")) {
            problems.push(format!("{qid}: needs fr and en"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // processor contract, transfers, recording notice, staff transfer, labour lending,
    // opposition list, amicable recovery, late-payment terms, data return.
    assert_eq!(laws, 9);
}

/// The provenance every output shows, straight from the binary: every question,
/// option and band of `questionnaires --format json` has a kind.
#[test]
fn the_listing_shows_every_provenance() {
    let output = crate::common::outsource()
        .args(["questionnaires", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let listing: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut missing = Vec::new();
    let mut seen = 0;
    for questionnaire in listing["questionnaires"].as_array().unwrap() {
        for question in questionnaire["questions"].as_array().unwrap() {
            let options = question["options"].as_array().into_iter().flatten();
            let bands = question["bands"].as_array().into_iter().flatten();
            for item in std::iter::once(question).chain(options).chain(bands) {
                seen += 1;
                if !matches!(
                    item["provenance"]["kind"].as_str(),
                    Some("article" | "law" | "practice")
                ) {
                    missing.push(format!("{}: {}", question["id"], item["id"]));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
    // 107 questions and 144 options and bands today.
    assert!(seen >= 251, "{seen}");
}
