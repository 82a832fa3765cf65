use super::*;
use crate::diag::SourceFile;
use crate::lang::Lang;
use crate::validate::brief::validate_brief;
use crate::validate::questionnaire::validate_questionnaire;

const QUESTIONNAIRE: &str = r#"
id = "t"
source = "Test article"
title = { fr = "Test", en = "Test" }
[dimensions]
a = { fr = "A", en = "A" }
b = { fr = "B", en = "B" }

[[question]]
id = "q1"
dimension = "a"
kind = "yes-no"
weight = 2
text = { fr = "q1 ?", en = "q1?" }
help = { fr = "h", en = "h" }
severity = "blocker"
recommendation = { fr = "r1", en = "r1" }

[[question]]
id = "q2"
dimension = "a"
kind = "scale"
weight = 1
text = { fr = "q2 ?", en = "q2?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "r2", en = "r2" }
levels = [{ fr = "0", en = "0" }, { fr = "1", en = "1" }, { fr = "2", en = "2" }, { fr = "3", en = "3" }, { fr = "4", en = "4" }]

[[question]]
id = "q3"
dimension = "b"
kind = "choice"
weight = 3
text = { fr = "q3 ?", en = "q3?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "r3", en = "r3" }
[[question.option]]
id = "x"
label = { fr = "x", en = "x" }
score = 1.0
[[question.option]]
id = "y"
label = { fr = "y", en = "y" }
score = 0.4
[[question.option]]
id = "z"
label = { fr = "z", en = "z" }
score = 0.0

[[question]]
id = "q4"
dimension = "b"
kind = "multi"
weight = 1
text = { fr = "q4 ?", en = "q4?" }
help = { fr = "h", en = "h" }
severity = "info"
weak-below = 0.75
recommendation = { fr = "r4", en = "r4" }
[[question.option]]
id = "k"
label = { fr = "k", en = "k" }
score = 0.5
[[question.option]]
id = "l"
label = { fr = "l", en = "l" }
score = 0.5
[[question.option]]
id = "m"
label = { fr = "m", en = "m" }
score = 0.25

[[question]]
id = "q5"
dimension = "b"
kind = "number"
weight = 2
text = { fr = "q5 ?", en = "q5?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "r5", en = "r5" }
unit = { fr = "KPI", en = "KPIs" }
min = 0
[[question.band]]
to = 3
score = 0.5
[[question.band]]
from = 3
to = 8
score = 1.0
[[question.band]]
from = 8
score = 0.25

[[question]]
id = "q6"
dimension = "a"
kind = "text"
text = { fr = "notes", en = "notes" }
help = { fr = "h", en = "h" }
"#;

fn questionnaire() -> Questionnaire {
    let (q, diagnostics) =
        validate_questionnaire(&SourceFile::new("t.toml", QUESTIONNAIRE), Lang::En);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    q.unwrap()
}

fn assess_text(brief: &str) -> Assessment {
    let q = vec![questionnaire()];
    let (brief, diagnostics) = validate_brief(&SourceFile::new("b.toml", brief), &q, Lang::En);
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
    assess(&brief.unwrap(), &q, &Thresholds::default())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Builds a brief text answering q1..q5 from generated values (None = unanswered).
fn brief_text(
    q1: Option<bool>,
    q2: Option<u8>,
    q3: Option<usize>,
    q4: Vec<bool>,
    q5: Option<u32>,
) -> String {
    let mut text = String::from("[project]\nquestionnaires = [\"t\"]\n[answers.t]\n");
    if let Some(v) = q1 {
        text.push_str(&format!("q1 = {v}\n"));
    }
    if let Some(v) = q2 {
        text.push_str(&format!("q2 = {v}\n"));
    }
    if let Some(v) = q3 {
        text.push_str(&format!("q3 = \"{}\"\n", ["x", "y", "z"][v]));
    }
    let chosen: Vec<String> = ["k", "l", "m"]
        .iter()
        .zip(&q4)
        .filter(|(_, c)| **c)
        .map(|(id, _)| format!("\"{id}\""))
        .collect();
    text.push_str(&format!("q4 = [{}]\n", chosen.join(", ")));
    if let Some(v) = q5 {
        text.push_str(&format!("q5 = {v}\n"));
    }
    text
}

proptest::proptest! {
    #[test]
    fn scores_stay_in_range(
        q1 in proptest::option::of(proptest::bool::ANY),
        q2 in proptest::option::of(0u8..=4),
        q3 in proptest::option::of(0usize..3),
        q4 in proptest::collection::vec(proptest::bool::ANY, 3),
        q5 in proptest::option::of(0u32..50),
    ) {
        let a = assess_text(&brief_text(q1, q2, q3, q4, q5));
        if let Some(score) = a.score {
            proptest::prop_assert!((0.0..=100.0).contains(&score));
        }
        proptest::prop_assert!((0.0..=1.0).contains(&a.coverage));
        for d in &a.dimensions {
            if let Some(score) = d.score {
                proptest::prop_assert!((0.0..=100.0).contains(&score));
            }
        }
    }

    #[test]
    fn a_better_answer_never_lowers_a_score(
        q3 in proptest::option::of(0usize..3),
        q4 in proptest::collection::vec(proptest::bool::ANY, 3),
        q5 in proptest::option::of(0u32..50),
        level in 0u8..=3,
    ) {
        // q1 from no to yes, and q2 one level up, each raise or keep every score.
        let worse = assess_text(&brief_text(Some(false), Some(level), q3, q4.clone(), q5));
        let better = assess_text(&brief_text(Some(true), Some(level + 1), q3, q4, q5));
        proptest::prop_assert!(better.score.unwrap() >= worse.score.unwrap());
        proptest::prop_assert!(better.dimensions[0].score.unwrap() >= worse.dimensions[0].score.unwrap());
    }
}

#[test]
fn dimension_orders_merge() {
    let q = |dims: &[&str]| Questionnaire {
        id: "x".into(),
        title: Text::new("x", "x"),
        source: "s".into(),
        description: None,
        dimensions: dims
            .iter()
            .map(|d| crate::model::questionnaire::Dimension {
                id: (*d).into(),
                title: Text::new(*d, *d),
            })
            .collect(),
        questions: Vec::new(),
    };
    let first = q(&[
        "scope",
        "volumes",
        "internal",
        "governance",
        "provider",
        "partnership",
    ]);
    let second = q(&[
        "objectives",
        "internal",
        "governance",
        "contract",
        "provider",
        "partnership",
    ]);
    assert_eq!(
        dimension_order(&[&first, &second]),
        [
            "objectives",
            "scope",
            "volumes",
            "internal",
            "governance",
            "contract",
            "provider",
            "partnership"
        ]
    );
}

#[test]
fn every_kind_scores() {
    let q = questionnaire();
    let kind = |id: &str| &q.question(id).unwrap().kind;
    assert_eq!(
        score_answer(kind("q1"), &AnswerValue::YesNo(true)),
        Some(1.0)
    );
    assert_eq!(
        score_answer(kind("q1"), &AnswerValue::YesNo(false)),
        Some(0.0)
    );
    // Default scale scores are level / 4.
    assert_eq!(score_answer(kind("q2"), &AnswerValue::Level(3)), Some(0.75));
    assert_eq!(
        score_answer(kind("q3"), &AnswerValue::Choice("y".into())),
        Some(0.4)
    );
    // Multi: 0.5 + 0.25 = 0.75; all three 0.5 + 0.5 + 0.25 = 1.25, capped at 1.
    let multi = |ids: &[&str]| AnswerValue::Multi(ids.iter().map(|s| (*s).to_owned()).collect());
    assert_eq!(score_answer(kind("q4"), &multi(&["k", "m"])), Some(0.75));
    assert_eq!(
        score_answer(kind("q4"), &multi(&["k", "l", "m"])),
        Some(1.0)
    );
    assert_eq!(score_answer(kind("q4"), &multi(&[])), Some(0.0));
    // No option ticked is +0, not -0 (which shows as `-0 %`).
    let none = score_answer(kind("q4"), &multi(&[])).unwrap_or(f64::NAN);
    assert!(none.is_sign_positive(), "{none}");
    // Bands are [from, to): 2.99 -> first, 3 -> second, 8 -> third.
    assert_eq!(
        score_answer(kind("q5"), &AnswerValue::Number(2.99)),
        Some(0.5)
    );
    assert_eq!(
        score_answer(kind("q5"), &AnswerValue::Number(3.0)),
        Some(1.0)
    );
    assert_eq!(
        score_answer(kind("q5"), &AnswerValue::Number(8.0)),
        Some(0.25)
    );
    assert_eq!(
        score_answer(kind("q6"), &AnswerValue::Text("x".into())),
        None
    );
}

const PARTIAL: &str = r#"
[answers.t]
q1 = true
q2 = 3
q3 = "y"
q4 = ["k", "m"]
q6 = "free text"
"#;

#[test]
fn partial_brief_scores_by_hand() {
    let a = assess_text(PARTIAL);
    // Dimension a: (2×1 + 1×0.75) / (2 + 1) = 2.75 / 3 = 91.666…%
    assert!(close(a.dimensions[0].score.unwrap(), 275.0 / 3.0));
    // Dimension b: (3×0.4 + 1×0.75) / (3 + 1) = 1.95 / 4 = 48.75%; q5 (w 2) missing.
    assert!(close(a.dimensions[1].score.unwrap(), 48.75));
    assert!(close(a.dimensions[1].total_weight, 6.0));
    // Overall: (2.75 + 1.95) / (3 + 4) = 4.7 / 7 = 67.142857…%
    assert!(close(a.score.unwrap(), 470.0 / 7.0));
    // Coverage: answered 7 of 9.
    assert!(close(a.coverage, 7.0 / 9.0));
    // q3 (0.4 < 0.5) is a weak warning; q4 (0.75, not < 0.75) is not weak.
    assert_eq!(a.findings.len(), 1);
    assert_eq!(a.findings[0].question, "q3");
    assert_eq!(a.findings[0].severity, Severity::Warning);
    // The finding keeps the byte span of the key `q3`: "\n" (1) + "[answers.t]\n" (12)
    // + "q1 = true\n" (10) + "q2 = 3\n" (7) = 30, so 30..32, rendered at line 5,
    // column 1 (lines: "", [answers.t], q1, q2, q3).
    let span = a.findings[0].span.clone().unwrap();
    assert_eq!(span, 30..32);
    let file = SourceFile::new("b.toml", PARTIAL);
    assert_eq!(file.line_col(span.start), (5, 1));
    assert_eq!(a.missing().count(), 1);
    assert_eq!(a.verdict, Verdict::ReadyWithConditions);
    assert_eq!(a.reasons.len(), 3, "{:?}", a.reasons);
    assert!(matches!(a.reasons[0], Reason::Warnings { count: 1 }));
    assert!(!a.fails(Severity::Blocker));
    assert!(a.fails(Severity::Warning));
}

const WAIVED: &str = r#"
[answers.t]
q1 = true
q2 = 3
q3 = { value = "y", note = "only by email" }
q4 = ["k", "m"]
q5 = { not-applicable = "no KPI contract yet" }

[waivers]
"t.q3" = "accepted by the board"
"t.q1" = "nothing to waive"
"t.nope" = "typo"
"#;

#[test]
fn not_applicable_leaves_the_weights_and_waivers_apply() {
    let a = assess_text(WAIVED);
    // q5 leaves both sums: coverage 7 / 7; dimension b total weight 4.
    assert!(close(a.coverage, 1.0));
    assert!(close(a.dimensions[1].total_weight, 4.0));
    assert!(close(a.score.unwrap(), 470.0 / 7.0));
    let q3 = a.findings.iter().find(|f| f.question == "q3").unwrap();
    assert_eq!(q3.waived.as_deref(), Some("accepted by the board"));
    let stale: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::StaleWaiver)
        .collect();
    assert_eq!(stale.len(), 2);
    assert!(stale.iter().all(|f| f.severity == Severity::Warning));
    // `"t.q1"` starts at 30 (as above) + q3's line (45) + q4's (16) + q5's (48)
    // + "\n" (1) + "[waivers]\n" (10) + the `"t.q3"` line (33) = 183: line 11, column 1.
    let span = stale[0].span.clone().unwrap();
    assert_eq!(span.start, 183);
    let file = SourceFile::new("b.toml", WAIVED);
    assert_eq!(file.line_col(span.start), (11, 1));
    assert!(matches!(
        a.questions[4].status,
        Status::NotApplicable { .. }
    ));
    // Two stale waivers are unwaived warnings; score 67.1 < 75: conditions.
    assert_eq!(a.verdict, Verdict::ReadyWithConditions);
}

#[test]
fn blocker_makes_not_ready() {
    let a = assess_text(
        r#"
[answers.t]
q1 = false
q2 = 3
q3 = "y"
q4 = ["k", "m"]
"#,
    );
    // Dimension a: (2×0 + 1×0.75) / 3 = 25%. Overall: (0.75 + 1.95) / 7 = 38.571…%
    assert!(close(a.dimensions[0].score.unwrap(), 25.0));
    assert!(close(a.score.unwrap(), 270.0 / 7.0));
    assert_eq!(a.findings[0].severity, Severity::Blocker);
    assert_eq!(a.verdict, Verdict::NotReady);
    assert!(matches!(a.reasons[0], Reason::Blockers { count: 1 }));
    assert!(matches!(a.reasons[1], Reason::ScoreBelow { threshold, .. } if threshold == 50.0));
    assert!(a.fails(Severity::Blocker));
}

#[test]
fn waived_blocker_does_not_fail() {
    let a = assess_text(
        r#"
[answers.t]
q1 = false
q2 = 4
q3 = "x"
q4 = ["k", "l"]
q5 = 5
[waivers]
"t.q1" = "the client accepts it"
"#,
    );
    // (2×0 + 1×1 + 3×1 + 1×1 + 2×1) / 9 = 7 / 9 = 77.8%, coverage 1.
    assert!(close(a.score.unwrap(), 700.0 / 9.0));
    assert_eq!(a.verdict, Verdict::Ready);
    assert!(!a.fails(Severity::Warning));
}

#[test]
fn nothing_answered_is_not_ready() {
    let a = assess_text("[project]\nquestionnaires = [\"t\"]\n");
    assert_eq!(a.score, None);
    assert!(close(a.coverage, 0.0));
    assert_eq!(a.verdict, Verdict::NotReady);
    assert!(a.reasons.contains(&Reason::NothingAnswered));
    assert!(a.dimensions.iter().all(|d| d.score.is_none()));
}
