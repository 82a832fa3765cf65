use super::date::is_iso_date;
use super::*;

#[test]
fn dates() {
    assert!(is_iso_date("2026-11-02"));
    assert!(!is_iso_date("2026-13-02"));
    assert!(!is_iso_date("02/11/2026"));
    assert!(!is_iso_date("2026-1-2"));
    // February 2026 has 28 days (2026 is not divisible by 4); 2024 is a leap year.
    assert!(!is_iso_date("2026-02-30"));
    assert!(!is_iso_date("2026-02-29"));
    assert!(is_iso_date("2024-02-29"));
    assert!(!is_iso_date("2026-04-31"));
    assert!(!is_iso_date("2026-00-10"));
    assert!(!is_iso_date("+2026-11-02"));
    assert_eq!(
        parse_date("2026-11-02"),
        Some(jiff::civil::date(2026, 11, 2))
    );
}

const MULTI: &str = r#"
id = "t"
source = "Test article"
title = { fr = "Test", en = "Test" }
[dimensions]
a = { fr = "A", en = "A" }

[[question]]
id = "review"
dimension = "a"
kind = "multi"
weight = 1
text = { fr = "revue ?", en = "review?" }
help = { fr = "h", en = "h" }
severity = "info"
recommendation = { fr = "r", en = "r" }
[[question.option]]
id = "reviewed"
label = { fr = "revu", en = "reviewed" }
score = 1.0
[[question.option]]
id = "audited"
label = { fr = "audité", en = "audited" }
score = 0.5
[[question.option]]
id = "not-reviewed"
label = { fr = "non revu", en = "not reviewed" }
score = 0.0
exclusive = true
"#;

fn check_multi(ticks: &str, lang: Lang) -> (Option<Brief>, Vec<Diagnostic>) {
    let (q, diagnostics) = crate::validate::questionnaire::validate_questionnaire(
        &SourceFile::new("t.toml", MULTI),
        lang,
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let brief = format!("[answers.t]\nreview = {ticks}\n");
    validate_brief(&SourceFile::new("b.toml", &brief), &[q.unwrap()], lang)
}

#[test]
fn an_exclusive_option_is_ticked_alone() {
    // Alone, or several ordinary options: accepted.
    for ticks in [r#"["not-reviewed"]"#, r#"["reviewed", "audited"]"#] {
        let (brief, diagnostics) = check_multi(ticks, Lang::En);
        assert!(diagnostics.is_empty(), "{ticks}: {diagnostics:?}");
        assert!(brief.is_some());
    }
    // With another option, in either order: refused with its own code, on the value.
    for ticks in [
        r#"["reviewed", "not-reviewed"]"#,
        r#"["not-reviewed", "audited"]"#,
    ] {
        let (brief, diagnostics) = check_multi(ticks, Lang::En);
        assert!(brief.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].code, "exclusive-option");
        assert_eq!(
            diagnostics[0].message,
            "`not-reviewed` cannot be ticked with other options in `review`"
        );
    }
    let (_, diagnostics) = check_multi(r#"["reviewed", "not-reviewed"]"#, Lang::Fr);
    assert_eq!(
        diagnostics[0].label.as_deref(),
        Some("`not-reviewed` exclut toute autre option\u{a0}: cochez-le seul")
    );
}

#[test]
fn find_from_wraps_around() {
    let items = [1, 2, 3, 2];
    // From index 2: 3 is at 2; 2 is next found at 3 (after the start), 1 only
    // after wrapping, at 0.
    assert_eq!(super::find_from(&items, 2, |&x| x == 3), Some(2));
    assert_eq!(super::find_from(&items, 2, |&x| x == 2), Some(3));
    assert_eq!(super::find_from(&items, 2, |&x| x == 1), Some(0));
    // A start past the end searches the whole slice from 0.
    assert_eq!(super::find_from(&items, 9, |&x| x == 2), Some(1));
    assert_eq!(super::find_from(&items, 1, |&x| x == 7), None);
}

#[test]
fn a_wrong_answer_names_the_question_kind_in_words() {
    for (lang, message) in [
        (
            Lang::En,
            "invalid answer to `review` (multiple-choice question)",
        ),
        (
            Lang::Fr,
            "réponse invalide à `review` (question à choix multiples)",
        ),
    ] {
        let (brief, diagnostics) = check_multi("3", lang);
        assert!(brief.is_none());
        assert_eq!(diagnostics[0].code, "invalid-answer");
        assert_eq!(diagnostics[0].message, message);
    }
}
