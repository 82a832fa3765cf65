//! Severity per option and band, and `same-as` links giving one finding with
//! every source; scores computed by hand.

use super::*;
use crate::diag::SourceFile;
use crate::lang::Lang;
use crate::model::questionnaire::Provenance;
use crate::validate::brief::validate_brief;
use crate::validate::questionnaire::{check_links, validate_questionnaire};

const P: &str = r#"
id = "p"
source = "Article P"
title = { fr = "P", en = "P" }
[dimensions]
g = { fr = "G", en = "G" }

[[question]]
id = "owner"
provenance = { kind = "article", section = "S1" }
dimension = "g"
kind = "yes-no"
weight = 3
text = { fr = "o ?", en = "o?" }
help = { fr = "h", en = "h" }
severity = "blocker"
recommendation = { fr = "r", en = "r" }

[[question]]
id = "price"
provenance = { kind = "article", section = "S2" }
dimension = "g"
kind = "choice"
weight = 1
text = { fr = "p ?", en = "p?" }
help = { fr = "h", en = "h" }
severity = "warning"
weak-below = 0.7
recommendation = { fr = "r", en = "r" }
[[question.option]]
id = "balanced"
label = { fr = "b", en = "b" }
score = 1.0
[[question.option]]
id = "refs"
label = { fr = "r", en = "r" }
score = 0.6
[[question.option]]
id = "only"
label = { fr = "o", en = "o" }
score = 0.0
severity = "blocker"

[[question]]
id = "count"
provenance = { kind = "article", section = "S3" }
dimension = "g"
kind = "number"
weight = 2
text = { fr = "c ?", en = "c?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "r", en = "r" }
unit = { fr = "u", en = "u" }
min = 0
[[question.band]]
to = 1
score = 0.0
severity = "blocker"
[[question.band]]
from = 1
to = 20
score = 1.0
[[question.band]]
from = 20
score = 0.2
severity = "info"
provenance = { kind = "practice" }

[[question]]
id = "plan"
provenance = { kind = "article", section = "S4" }
dimension = "g"
kind = "scale"
weight = 4
text = { fr = "pl ?", en = "pl?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "r", en = "r" }
levels = [{ fr = "0", en = "0" }, { fr = "1", en = "1" }, { fr = "2", en = "2" }, { fr = "3", en = "3" }, { fr = "4", en = "4" }]
level-severity = { 0 = "blocker" }
"#;

const O: &str = r#"
id = "o"
source = "Article O"
title = { fr = "O", en = "O" }
[dimensions]
g = { fr = "G", en = "G" }

[[question]]
id = "involved"
provenance = { kind = "law", law = "Code", article = "L1" }
same-as = "p.owner"
dimension = "g"
kind = "yes-no"
weight = 2
text = { fr = "i ?", en = "i?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "r", en = "r" }
"#;

fn questionnaires() -> Vec<Questionnaire> {
    let all: Vec<Questionnaire> = [("p.toml", P), ("o.toml", O)]
        .into_iter()
        .map(|(name, text)| {
            let (q, diagnostics) = validate_questionnaire(&SourceFile::new(name, text), Lang::En);
            assert!(diagnostics.is_empty(), "{diagnostics:?}");
            q.expect("valid")
        })
        .collect();
    assert!(check_links(&all, Lang::En).is_empty());
    all
}

fn assess_answers(answers: &str) -> Assessment {
    let q = questionnaires();
    let text = format!("[project]\nquestionnaires = [\"p\", \"o\"]\n{answers}");
    let (brief, diagnostics) = validate_brief(&SourceFile::new("b.toml", &text), &q, Lang::En);
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
    assess(&brief.expect("valid"), &q, &Thresholds::default())
}

/// (severity, question, [cited question]) of each finding, in order.
fn summary(a: &Assessment) -> Vec<(Severity, String, Vec<String>)> {
    a.findings
        .iter()
        .map(|f| {
            let cited = f
                .sources
                .iter()
                .map(|s| format!("{}.{}", s.questionnaire, s.question))
                .collect();
            (
                f.severity,
                format!("{}.{}", f.questionnaire, f.question),
                cited,
            )
        })
        .collect()
}

fn row(severity: Severity, question: &str, cited: &[&str]) -> (Severity, String, Vec<String>) {
    let cited = cited.iter().map(|c| (*c).to_owned()).collect();
    (severity, question.to_owned(), cited)
}

#[test]
fn one_fact_gives_one_finding_with_every_source() {
    let a = assess_answers(
        "[answers.p]\nowner = false\nprice = \"refs\"\ncount = 25\n[answers.o]\ninvolved = false\n",
    );
    // Scores 0, 0.6, 0.2, 0 with weights 3, 1, 2, 2:
    // (3×0 + 1×0.6 + 2×0.2 + 2×0) / 8 = 1.0 / 8 = 12.5 %.
    assert!((a.score.expect("answered") - 12.5).abs() < 1e-9);
    assert_eq!(
        summary(&a),
        [
            // owner (blocker) and involved (warning) ask one fact: one blocker.
            row(Severity::Blocker, "p.owner", &["p.owner", "o.involved"]),
            // 0.6 < weak-below 0.7: the question's warning.
            row(Severity::Warning, "p.price", &["p.price"]),
            // 25 is in the band "20 or more": its own severity and provenance.
            row(Severity::Info, "p.count", &["p.count", "p.count"]),
        ]
    );
    let owner = &a.findings[0];
    assert_eq!(
        owner.cite(Lang::En).as_deref(),
        Some("Article P, § S1; Code, art. L1")
    );
    assert_eq!(
        a.findings[2].sources[1].provenance,
        Provenance::Practice { reason: None }
    );
    assert_eq!(a.verdict, Verdict::NotReady);
}

#[test]
fn options_and_bands_set_their_own_severity() {
    let a = assess_answers(
        "[answers.p]\nowner = true\nprice = \"only\"\ncount = 0\n[answers.o]\ninvolved = false\n",
    );
    // (3×1 + 1×0 + 2×0 + 2×0) / 8 = 3 / 8 = 37.5 %.
    assert!((a.score.expect("answered") - 37.5).abs() < 1e-9);
    assert_eq!(
        summary(&a),
        [
            // "only" and the band below 1 are blockers; the question says warning.
            row(Severity::Blocker, "p.price", &["p.price"]),
            row(Severity::Blocker, "p.count", &["p.count"]),
            // owner is fine: involved alone speaks, at its own severity.
            row(Severity::Warning, "o.involved", &["o.involved"]),
        ]
    );
}

#[test]
fn an_unwaived_linked_answer_keeps_the_fact_open() {
    let a = assess_answers(
        "[answers.p]\nowner = false\nprice = \"balanced\"\ncount = 5\n\
         [answers.o]\ninvolved = false\n[waivers]\n\"p.owner\" = \"accepted\"\n",
    );
    // (3×0 + 1×1 + 2×1 + 2×0) / 8 = 3 / 8 = 37.5 %.
    assert!((a.score.expect("answered") - 37.5).abs() < 1e-9);
    // The waiver covers owner only: the fact stays open through involved.
    assert_eq!(
        summary(&a),
        [row(
            Severity::Warning,
            "o.involved",
            &["o.involved", "p.owner"]
        )]
    );
    assert_eq!(a.findings[0].waived, None);
}

#[test]
fn a_level_can_set_its_own_severity() {
    // Level scores 0, 0.25, 0.5 (default level / 4), weak below 0.5; weight 4 alone.
    for (level, expected) in [
        (0, Some(Severity::Blocker)),
        (1, Some(Severity::Warning)),
        (2, None),
    ] {
        let a = assess_answers(&format!("[answers.p]\nplan = {level}\n"));
        // 4 × (level / 4) / 4 = level / 4: 0 %, 25 %, 50 %.
        assert!((a.score.expect("answered") - 25.0 * f64::from(level)).abs() < 1e-9);
        assert_eq!(a.findings.first().map(|f| f.severity), expected, "{level}");
    }
}
