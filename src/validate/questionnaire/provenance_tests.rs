//! Provenance and `same-as`: what a question, option and band cite, and the
//! diagnostics (with line and column) for what is missing.

use crate::diag::SourceFile;
use crate::lang::{Lang, Text};
use crate::model::questionnaire::{Kind, Provenance, Questionnaire, Severity};

/// A questionnaire `q` (article "Art") with one choice question `c` whose
/// question-level keys end with `extra` (TOML lines), and two options.
fn choice(extra: &str, option_extra: &str) -> String {
    format!(
        "id = \"q\"\nsource = \"Art\"\ntitle = {{ fr = \"T\", en = \"T\" }}\n\
         [dimensions]\nd = {{ fr = \"d\", en = \"d\" }}\n\
         [[question]]\nid = \"c\"\ndimension = \"d\"\nkind = \"choice\"\nweight = 1\n\
         text = {{ fr = \"t\", en = \"t\" }}\nhelp = {{ fr = \"h\", en = \"h\" }}\n\
         severity = \"warning\"\nrecommendation = {{ fr = \"r\", en = \"r\" }}\n{extra}\n\
         [[question.option]]\nid = \"good\"\nlabel = {{ fr = \"g\", en = \"g\" }}\nscore = 1.0\n\
         [[question.option]]\nid = \"bad\"\nlabel = {{ fr = \"b\", en = \"b\" }}\nscore = 0.0\n{option_extra}\n"
    )
}

/// A diagnostic's code and its line and column.
type Problem = (&'static str, (usize, usize));

fn validate(text: &str) -> (Option<Questionnaire>, Vec<Problem>) {
    let file = SourceFile::new("q.toml", text);
    let (questionnaire, diagnostics) = super::validate_questionnaire(&file, Lang::En);
    let problems = diagnostics
        .iter()
        .map(|d| {
            let start = d.span.as_ref().map_or(0, |s| s.start);
            (d.code.as_str(), file.line_col(start))
        })
        .collect();
    (questionnaire, problems)
}

fn options(questionnaire: &Questionnaire) -> Vec<(Provenance, Option<Severity>)> {
    let Kind::Choice { options } = &questionnaire.questions[0].kind else {
        panic!("a choice question");
    };
    options
        .iter()
        .map(|o| (o.provenance.clone(), o.severity))
        .collect()
}

#[test]
fn options_inherit_the_question_provenance_unless_they_say_otherwise() {
    let text = choice(
        "provenance = { kind = \"article\", section = \"Quels canaux ?\" }",
        "severity = \"blocker\"\nprovenance = { kind = \"practice\", reason = { fr = \"p\", en = \"why\" } }",
    );
    let (questionnaire, problems) = validate(&text);
    assert_eq!(problems, []);
    let questionnaire = questionnaire.expect("valid");
    let section = Provenance::Article {
        article: "Art".to_owned(),
        section: Some("Quels canaux ?".to_owned()),
    };
    assert_eq!(questionnaire.questions[0].provenance, section);
    let practice = Provenance::Practice {
        reason: Some(Text::new("why", "p")),
    };
    assert_eq!(
        options(&questionnaire),
        [
            (section.clone(), None),
            (practice.clone(), Some(Severity::Blocker))
        ]
    );
    assert_eq!(section.cite(Lang::En), "Art, § Quels canaux ?");
    assert_eq!(
        practice.cite(Lang::En),
        "practice of this tool, not from an article or a law (why)"
    );
    assert_eq!(
        practice.cite(Lang::Fr),
        "pratique de cet outil, pas d’un article ni d’une loi (p)"
    );
}

#[test]
fn without_provenance_a_question_cites_the_whole_article() {
    let (questionnaire, problems) = validate(&choice("", ""));
    assert_eq!(problems, []);
    let provenance = &questionnaire.expect("valid").questions[0].provenance;
    assert_eq!(provenance.cite(Lang::En), "Art");
}

#[test]
fn laws_cite_their_article_number() {
    let text = choice(
        "provenance = { kind = \"law\", law = \"Code du travail\", article = \"L1224-1\" }",
        "",
    );
    let (questionnaire, problems) = validate(&text);
    assert_eq!(problems, []);
    let provenance = &questionnaire.expect("valid").questions[0].provenance;
    assert_eq!(provenance.cite(Lang::Fr), "Code du travail, art. L1224-1");
}

#[test]
fn incomplete_provenances_are_refused_at_their_position() {
    // The question's `provenance` line is line 15 of `choice`; column 14 is the
    // inline table's `{` after `provenance = `, column 23 the kind's string.
    for (line, expected) in [
        (
            "provenance = { kind = \"book\" }",
            ("invalid-provenance", (15, 23)),
        ),
        (
            "provenance = { kind = \"article\" }",
            ("invalid-provenance", (15, 14)),
        ),
        (
            "provenance = { kind = \"law\", law = \"RGPD\" }",
            ("invalid-provenance", (15, 14)),
        ),
        (
            "provenance = { kind = \"law\", law = \"RGPD\", article = \" \" }",
            ("invalid-provenance", (15, 14)),
        ),
        (
            "provenance = { kind = \"practice\", section = \"x\" }",
            ("invalid-provenance", (15, 45)),
        ),
        ("same-as = \"daily-steering\"", ("unknown-link", (15, 11))),
    ] {
        let (questionnaire, problems) = validate(&choice(line, ""));
        assert!(questionnaire.is_none(), "{line}");
        assert_eq!(problems, [expected], "{line}");
    }
}

#[test]
fn links_must_name_a_loaded_question_that_links_nowhere() {
    let linked = |link: &str| {
        let (questionnaire, problems) = validate(&choice(&format!("same-as = \"{link}\""), ""));
        assert_eq!(problems, []);
        questionnaire.expect("valid")
    };
    let mut other = linked("q.c");
    other.id = "other".to_owned();
    // q.c -> other.c, which links to q.c in turn: a chain.
    let first = linked("other.c");
    let problems = super::check_links(&[first.clone(), other.clone()], Lang::En);
    let found: Vec<(&str, &str)> = problems
        .iter()
        .map(|(id, d)| (id.as_str(), d.code.as_str()))
        .collect();
    assert_eq!(found, [("q", "unknown-link"), ("other", "unknown-link")]);
    // Without `other` loaded, q.c names a question nobody has.
    let problems = super::check_links(std::slice::from_ref(&first), Lang::En);
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].1.message,
        "`same-as` names `other.c`, which no loaded questionnaire has"
    );
    // The help suggests the closest loaded question ("othr.c" is one edit from
    // "other.c"), else says the questionnaire is not loaded.
    let typo = linked("othr.c");
    let mut target = linked("q.c");
    target.id = "other".to_owned();
    target.questions[0].same_as = None;
    let problems = super::check_links(&[typo, target.clone()], Lang::En);
    assert_eq!(
        problems[0].1.help.as_deref(),
        Some("did you mean `other.c`?")
    );
    let problems = super::check_links(&[linked("elsewhere.zzz")], Lang::En);
    assert_eq!(
        problems[0].1.help.as_deref(),
        Some(
            "no questionnaire `elsewhere` is loaded: give its file in the same `outsource validate` call, or its folder with --questionnaires"
        )
    );
    // A link to a question without a link of its own is fine.
    let mut target = linked("q.c");
    target.id = "other".to_owned();
    target.questions[0].same_as = None;
    assert!(super::check_links(&[first, target], Lang::En).is_empty());
}

#[test]
fn level_severity_keys_are_levels() {
    // Only a scale has levels.
    let (_, problems) = validate(&choice("level-severity = { 0 = \"blocker\" }", ""));
    assert_eq!(problems, [("key-not-for-kind", (15, 18))]);
    let scale = "id = \"q\"\nsource = \"Art\"\ntitle = { fr = \"T\", en = \"T\" }\n\
        [dimensions]\nd = { fr = \"d\", en = \"d\" }\n\
        [[question]]\nid = \"s\"\ndimension = \"d\"\nkind = \"scale\"\nweight = 1\n\
        text = { fr = \"t\", en = \"t\" }\nhelp = { fr = \"h\", en = \"h\" }\n\
        severity = \"warning\"\nrecommendation = { fr = \"r\", en = \"r\" }\n\
        levels = [{ fr = \"0\", en = \"0\" }, { fr = \"1\", en = \"1\" }, \
        { fr = \"2\", en = \"2\" }, { fr = \"3\", en = \"3\" }, { fr = \"4\", en = \"4\" }]\n";
    let (questionnaire, problems) =
        validate(&format!("{scale}level-severity = {{ 0 = \"blocker\" }}\n"));
    assert_eq!(problems, []);
    let Kind::Scale { levels } = &questionnaire.expect("valid").questions[0].kind else {
        panic!("a scale");
    };
    let severities: Vec<Option<Severity>> = levels.iter().map(|l| l.severity).collect();
    assert_eq!(
        severities,
        [Some(Severity::Blocker), None, None, None, None]
    );
    // Line 16 holds `level-severity`; its table starts at column 18.
    let (questionnaire, problems) =
        validate(&format!("{scale}level-severity = {{ 5 = \"blocker\" }}\n"));
    assert!(questionnaire.is_none());
    assert_eq!(problems, [("unknown-key", (16, 18))]);
}
