//! Small fixes after the hands-on trial: each test names what a user ran and
//! what went wrong before the fix.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::path::Path;

use crate::common::outsource;

/// Runs `outsource` with `args` in `dir`; returns (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let output = outsource().current_dir(dir).args(args).output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

const CRITERIA: &str = "[[criterion]]\nid = \"price\"\nname = \"Price\"\nweight = 1\n\
    direction = \"cost\"\n\n[[criterion]]\nid = \"quality\"\nname = \"Quality\"\nweight = 1\n";

/// `price = -3` was accepted and ranked first: now an error at the value, in
/// TOML offers and in tables, in both languages.
#[test]
fn a_negative_price_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("criteria.toml"), CRITERIA).unwrap();
    std::fs::write(
        dir.path().join("offers.toml"),
        "[[provider]]\nname = \"A\"\n[provider.scores]\nprice = -3\nquality = 5\n\n\
         [[provider]]\nname = \"B\"\n[provider.scores]\nprice = 3\nquality = 5\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("offers.csv"),
        "provider,price,quality\nA,\"-2,5\",5\nB,3,5\n",
    )
    .unwrap();
    let (code, stdout, stderr) = run(dir.path(), &["rank", "-c", "criteria.toml", "offers.toml"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("error[negative-price]: a price cannot be negative: `price` is -3"),
        "{stderr}"
    );
    assert!(stderr.contains("--> offers.toml:4:9"), "{stderr}");
    let (code, _, stderr) = run(
        dir.path(),
        &["--lang", "fr", "validate", "criteria.toml", "offers.csv"],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("un prix ne peut pas être négatif\u{a0}: `price` vaut -2,5"),
        "{stderr}"
    );
    // The cell `"-2,5"` starts after `provider,price,quality\nA,`: line 2, column 3.
    assert!(stderr.contains("--> offers.csv:2:3"), "{stderr}");
    // A committee member's evaluation file, an interval whose lower bound is negative.
    std::fs::write(
        dir.path().join("claire.toml"),
        "[evaluator]\nname = \"claire\"\n[offer.A]\nprice = { min = -1, max = 2 }\n",
    )
    .unwrap();
    let (code, _, stderr) = run(dir.path(), &["validate", "criteria.toml", "claire.toml"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("error[negative-price]: a price cannot be negative: `price` is -1"),
        "{stderr}"
    );
    assert!(stderr.contains("--> claire.toml:4:9"), "{stderr}");
}

/// `prise = 3` in an offer and `questionnaires ten-questionz` named no close
/// id: now both say "did you mean", in both languages.
#[test]
fn a_misspelt_id_gets_a_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("criteria.toml"), CRITERIA).unwrap();
    std::fs::write(
        dir.path().join("offer.toml"),
        "name = \"A\"\n[scores]\nprise = 3\n",
    )
    .unwrap();
    let (code, _, stderr) = run(dir.path(), &["rank", "-c", "criteria.toml", "offer.toml"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("--> offer.toml:3:1"), "{stderr}");
    assert!(
        stderr.contains("= help: did you mean `price`? (known criteria: price, quality)"),
        "{stderr}"
    );
    let (code, _, stderr) = run(
        dir.path(),
        &["--lang", "fr", "rank", "-c", "criteria.toml", "offer.toml"],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("vouliez-vous dire `price`\u{a0}? (critères connus\u{a0}: price, quality)"),
        "{stderr}"
    );
    let (code, _, stderr) = run(dir.path(), &["questionnaires", "ten-questionz"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.ends_with("\nhelp: did you mean `ten-questions`?\n"),
        "{stderr}"
    );
    let (code, _, stderr) = run(
        dir.path(),
        &["--lang", "fr", "questionnaires", "ten-questionz"],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.ends_with("\naide\u{a0}: vouliez-vous dire `ten-questions`\u{a0}?\n"),
        "{stderr}"
    );
}

/// `validate a-criteria.toml b-criteria.toml offers.csv` said "give it with a
/// criteria file" although two were given: now it names them.
#[test]
fn a_table_with_two_criteria_files_names_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a-criteria.toml"), CRITERIA).unwrap();
    std::fs::write(dir.path().join("b-criteria.toml"), CRITERIA).unwrap();
    std::fs::write(
        dir.path().join("offers.csv"),
        "provider,price,quality\nA,3,5\n",
    )
    .unwrap();
    let args = [
        "validate",
        "a-criteria.toml",
        "b-criteria.toml",
        "offers.csv",
    ];
    let (code, _, stderr) = run(dir.path(), &args);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "error[table-needs-criteria]: a table of offers is read against exactly one \
             criteria file, and 2 were given: a-criteria.toml, b-criteria.toml"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("`outsource validate a-criteria.toml offers.csv`"),
        "{stderr}"
    );
    let (code, _, stderr) = run(dir.path(), &[&["--lang", "fr"][..], &args].concat());
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "un seul fichier de critères, et 2 ont été donnés\u{a0}: a-criteria.toml, b-criteria.toml"
        ),
        "{stderr}"
    );
    // One criteria file with errors: the table is not checked, and the warning says why.
    std::fs::write(
        dir.path().join("b-criteria.toml"),
        "[[criterion]]\nid = \"x\"\n",
    )
    .unwrap();
    let (code, _, stderr) = run(dir.path(), &["validate", "b-criteria.toml", "offers.csv"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "warning[table-needs-criteria]: not checked: the criteria file b-criteria.toml has errors"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: 1 problem in the input files"),
        "{stderr}"
    );
}

/// `report a.toml b.toml` (two briefs) read the second as offers and asked for
/// `--criteria`: now it says the report takes one brief, and how to compare two.
#[test]
fn a_report_on_two_briefs_says_it_takes_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args = [
        "report",
        "examples/ecommerce-retailer.toml",
        "examples/b2b-software.toml",
    ];
    let (code, stdout, stderr) = run(root, &args);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stdout.is_empty());
    assert_eq!(
        stderr,
        "error: the report takes one brief, examples/ecommerce-retailer.toml, and \
         examples/b2b-software.toml is a brief too, not an offer file\n\
         To compare the two briefs: `outsource diff examples/ecommerce-retailer.toml \
         examples/b2b-software.toml`; one report per brief otherwise.\n"
    );
    // Even with --criteria, a brief among the offers is named as such.
    let with_criteria = [&args[..], &["-c", "examples/criteria.toml"]].concat();
    let (code, _, stderr) = run(root, &[&["--lang", "fr"][..], &with_criteria].concat());
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.starts_with(
            "erreur\u{a0}: le rapport porte sur un seul dossier projet, examples/ecommerce-retailer.toml, \
             et examples/b2b-software.toml est aussi un dossier projet"
        ),
        "{stderr}"
    );
    // Offers without --criteria: still exit 2, with what to add.
    let (code, _, stderr) = run(
        root,
        &[
            "report",
            "examples/ecommerce-retailer.toml",
            "examples/offers",
        ],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("give the criteria file with `--criteria FILE`"),
        "{stderr}"
    );
}

/// `rank` wrote "point d’attention[missing-value]" on standard error (CSV) but
/// "point d’attention [missing-value]" in the table: now both follow the
/// diagnostics' `erreur[code]`, the code right after the level.
#[test]
fn a_warning_label_has_one_form() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args = [
        "--lang",
        "fr",
        "rank",
        "-c",
        "examples/criteria.toml",
        "examples/offers",
    ];
    let label = "point d’attention[missing-value]\u{a0}: Garonne Contact";
    let (code, table, _) = run(root, &args);
    assert_eq!(code, Some(0));
    assert!(table.contains(label), "{table}");
    assert!(!table.contains("attention ["), "{table}");
    let (code, _, stderr) = run(root, &[&args[..], &["--format", "csv"]].concat());
    assert_eq!(code, Some(0));
    assert!(stderr.contains(label), "{stderr}");
}
