//! Spreadsheets in and out: offers read from CSV and XLSX rank exactly as the
//! same offers in TOML; the ranking workbook, read back with calamine (an
//! independent reader), holds every figure of the JSON output; the offers grid of
//! `init --offers-workbook`, filled in, ranks; and every problem in a table names
//! its sheet, row and column. `tests/sheets/check_workbook.py` (run by `.ci/run`)
//! checks the workbook again with openpyxl.
#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::path::Path;

use calamine::{Data, Reader as _};
use rust_xlsxwriter::Workbook;
use serde_json::Value;

use crate::common::outsource;

const CRITERIA: &str = "tests/rank/criteria.toml";

/// `rank --format json` of the offers, with `source` removed (it names the file).
pub(crate) fn ranking_json(offers: &Path, extra: &[&str]) -> Value {
    let output = outsource()
        .args(["rank", "-c", CRITERIA, "-f", "json"])
        .arg(offers)
        .args(extra)
        .output()
        .unwrap();
    let text = crate::common::stdout(&output);
    let mut json: Value = serde_json::from_str(&text).unwrap();
    strip_sources(&mut json);
    json
}

fn strip_sources(json: &mut Value) {
    match json {
        Value::Object(map) => {
            map.remove("source");
            map.values_mut().for_each(strip_sources);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_sources),
        _ => {}
    }
}

/// `tests/rank/offers.toml` as a workbook, headers by name in French and by id,
/// rows in another order, a note column, a blank row, and cells typed as numbers
/// or as text with a decimal comma.
fn write_offers_xlsx(path: &Path) {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Offres").unwrap();
    let headers = [
        "Prestataire",
        "Qualité",
        "price",
        "Références",
        "note: references",
    ];
    for (c, header) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, *header).unwrap();
    }
    sheet.write_row(1, 0, ["Delta"]).unwrap();
    sheet.write_row(1, 1, [9.0, 4.5, 9.0]).unwrap();
    sheet.write_row(2, 0, ["Bravo"]).unwrap();
    sheet.write_row(2, 1, [6.0, 2.0, 9.0]).unwrap();
    sheet
        .write_string(2, 4, "three calls, all positive")
        .unwrap();
    // Row 4 is left blank.
    sheet.write_row(4, 0, ["Alpha", "8", "3,0", "6"]).unwrap();
    sheet.write_row(5, 0, ["Charlie"]).unwrap();
    sheet.write_row(5, 1, [4.0, 3.5]).unwrap();
    workbook.save(path).unwrap();
}

#[test]
fn toml_csv_and_xlsx_offers_rank_identically() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("offers.xlsx");
    write_offers_xlsx(&xlsx);
    for extra in [
        &[][..],
        &["--sensitivity", "--samples", "500"],
        &["-m", "topsis"],
    ] {
        let toml = ranking_json(Path::new("tests/rank/offers.toml"), extra);
        assert_eq!(
            ranking_json(Path::new("tests/sheets/offers.csv"), extra),
            toml
        );
        assert_eq!(ranking_json(&xlsx, extra), toml);
    }
}

#[test]
fn the_example_table_holds_the_example_offers() {
    let rank = |offers: &str| {
        let output = outsource()
            .args(["rank", "-c", "examples/criteria.toml", offers, "-f", "json"])
            .output()
            .unwrap();
        let mut json: Value = serde_json::from_str(&crate::common::stdout(&output)).unwrap();
        strip_sources(&mut json);
        json
    };
    assert_eq!(rank("examples/offers.csv"), rank("examples/offers"));
}

/// A minimal OpenDocument spreadsheet (mimetype, manifest, content) with one
/// sheet of `rows`; a cell that parses as a number is a float cell.
pub(crate) fn write_ods(path: &Path, rows: &[&[&str]]) {
    use std::io::Write as _;
    const NS: &str = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
        xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
        xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
    let mut content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {NS} \
         office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"Offres\">"
    );
    for row in rows {
        content.push_str("<table:table-row>");
        for cell in *row {
            if cell.is_empty() {
                content.push_str("<table:table-cell/>");
            } else if cell.parse::<f64>().is_ok() {
                content.push_str(&format!(
                    "<table:table-cell office:value-type=\"float\" office:value=\"{cell}\"><text:p>{cell}</text:p></table:table-cell>"
                ));
            } else {
                content.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{cell}</text:p></table:table-cell>"
                ));
            }
        }
        content.push_str("</table:table-row>");
    }
    content.push_str("</table:table></office:spreadsheet></office:body></office:document-content>");
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
        <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
        <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
        </manifest:manifest>";
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content.as_str()),
    ] {
        zip.start_file(name, stored).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
}

#[test]
fn ods_offers_rank_like_toml() {
    let dir = tempfile::tempdir().unwrap();
    let ods = dir.path().join("offers.ods");
    write_ods(
        &ods,
        &[
            &[
                "provider",
                "quality",
                "price",
                "references",
                "references note",
            ],
            &["Alpha", "8", "3", "6", ""],
            &["Bravo", "6", "2", "9", "three calls, all positive"],
            &["Charlie", "4", "3.5", "", ""],
            &["Delta", "9", "4.5", "9", ""],
        ],
    );
    let toml = ranking_json(Path::new("tests/rank/offers.toml"), &[]);
    assert_eq!(ranking_json(&ods, &[]), toml);
    // A problem names the sheet and the cell.
    write_ods(&ods, &[&["provider", "quality"], &["Alpha", "high"]]);
    outsource()
        .args(["rank", "-c", CRITERIA])
        .arg(&ods)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(format!(
            "--> {}, sheet Offres, B2",
            ods.display()
        )));
}

/// Every sheet of a workbook: name to rows of cells.
fn read_workbook(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut workbook = calamine::open_workbook_auto(path).unwrap();
    let names = workbook.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = workbook.worksheet_range(&name).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

fn number(cell: &Data) -> f64 {
    match cell {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("expected a number, found {other:?}"),
    }
}

/// The row of a sheet whose first cell is `provider`.
fn row_of<'a>(rows: &'a [Vec<Data>], provider: &str) -> &'a [Data] {
    rows.iter()
        .find(|row| row[0] == Data::String(provider.to_owned()))
        .unwrap_or_else(|| panic!("no row for {provider}"))
}

fn sheet<'a>(book: &'a [(String, Vec<Vec<Data>>)], name: &str) -> &'a [Vec<Data>] {
    &book
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
        .1
}

#[test]
fn the_workbook_holds_every_figure_of_the_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ranking.xlsx");
    let args = ["--sensitivity", "--samples", "500"];
    outsource()
        .args([
            "rank",
            "-c",
            CRITERIA,
            "tests/rank/offers.toml",
            "-f",
            "xlsx",
            "-o",
        ])
        .arg(&path)
        .args(args)
        .assert()
        .success()
        .stdout("");
    let json = ranking_json(Path::new("tests/rank/offers.toml"), &args);
    let book = read_workbook(&path);
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Ranking",
            "Values",
            "Normalised",
            "Contributions",
            "Exclusions",
            "Weights",
            "Warnings",
            "Sensitivity",
            "Acceptability"
        ]
    );
    let ids: Vec<&str> = json["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let ranking = sheet(&book, "Ranking");
    let mut checked = 0;
    for (i, offer) in json["ranking"].as_array().unwrap().iter().enumerate() {
        let provider = offer["provider"].as_str().unwrap();
        // Ranking order: row i + 1, rank in A, provider in B, score in C.
        assert_eq!(number(&ranking[i + 1][0]), offer["rank"].as_f64().unwrap());
        assert_eq!(ranking[i + 1][1], Data::String(provider.to_owned()));
        assert_eq!(number(&ranking[i + 1][2]), offer["score"].as_f64().unwrap());
        let values = row_of(sheet(&book, "Values"), provider);
        let contributions = row_of(sheet(&book, "Contributions"), provider);
        for (c, id) in ids.iter().enumerate() {
            assert_eq!(
                number(&values[c + 1]),
                offer["values"][id].as_f64().unwrap()
            );
            assert_eq!(
                number(&contributions[c + 1]),
                offer["contributions"][id].as_f64().unwrap()
            );
            checked += 2;
        }
        assert_eq!(
            number(&contributions[ids.len() + 1]),
            offer["score"].as_f64().unwrap()
        );
    }
    // 3 ranked offers, 3 criteria, a value and a contribution each.
    assert_eq!(checked, 18);
    let weights = sheet(&book, "Weights");
    for (c, id) in ids.iter().enumerate() {
        assert_eq!(weights[c + 1][0], Data::String((*id).to_owned()));
        assert_eq!(
            number(&weights[c + 1][2]),
            json["weights"][id].as_f64().unwrap()
        );
    }
    let excluded = sheet(&book, "Exclusions");
    assert_eq!(excluded[1][0], Data::String("Delta".into()));
    assert_eq!(number(&excluded[1][3]), 4.5);
    assert_eq!(number(&excluded[1][4]), 4.0);
    let acceptability = sheet(&book, "Acceptability");
    for (provider, share) in json["sensitivity"]["first_place_share"]
        .as_object()
        .unwrap()
    {
        let row = row_of(acceptability, provider);
        assert_eq!(number(&row[1]), share.as_f64().unwrap());
    }
    let thresholds = sheet(&book, "Sensitivity");
    for (t, threshold) in json["sensitivity"]["thresholds"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        assert_eq!(
            number(&thresholds[t + 1][1]),
            threshold["weight"].as_f64().unwrap()
        );
        if let Some(new_weight) = threshold["new_weight"].as_f64() {
            assert_eq!(number(&thresholds[t + 1][2]), new_weight);
        }
    }
}

#[test]
fn the_workbook_speaks_french() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("classement.xlsx");
    outsource()
        .env("LANG", "fr_FR.UTF-8")
        .args([
            "rank",
            "-c",
            CRITERIA,
            "tests/rank/offers.toml",
            "-f",
            "xlsx",
            "-o",
        ])
        .arg(&path)
        .assert()
        .success();
    let book = read_workbook(&path);
    assert_eq!(book[0].0, "Classement");
    assert_eq!(book[0].1[0][1], Data::String("Prestataire".into()));
    assert_eq!(book[1].1[0][1], Data::String("Qualité".into()));
}

#[test]
fn xlsx_needs_a_file() {
    outsource()
        .args([
            "rank",
            "-c",
            CRITERIA,
            "tests/rank/offers.toml",
            "-f",
            "xlsx",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains(
            "an xlsx workbook is not text: give the file to write with `-o ranking.xlsx`",
        ));
    // Nor may `-o` name an input.
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("offers.toml");
    std::fs::copy("tests/rank/offers.toml", &offers).unwrap();
    outsource()
        .args(["rank", "-c", CRITERIA, "-f", "xlsx", "-o"])
        .arg(&offers)
        .arg(&offers)
        .assert()
        .code(2);
    assert_eq!(
        std::fs::read_to_string(&offers).unwrap(),
        std::fs::read_to_string("tests/rank/offers.toml").unwrap()
    );
}

#[test]
fn every_problem_names_the_sheet_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("offers.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Offres").unwrap();
    sheet
        .write_row(0, 0, ["provider", "quality", "price"])
        .unwrap();
    sheet.write_row(1, 0, ["Alpha", "8"]).unwrap();
    sheet.write_number(1, 2, 3.0).unwrap();
    sheet.write_row(2, 0, ["Bravo", "six", "2"]).unwrap();
    sheet.write_row(3, 0, ["Alpha", "1", "1"]).unwrap();
    sheet.write_row(4, 1, ["1", "1"]).unwrap();
    workbook.save(&path).unwrap();
    let file = path.display().to_string();
    let output = outsource()
        .args(["rank", "-c", CRITERIA])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    for expected in [
        format!(
            "error[not-a-number]: Quality: expected a number, found “six”\n--> {file}, sheet Offres, B3"
        ),
        format!(
            "error[duplicate-provider]: provider `Alpha` appears twice\n--> {file}, sheet Offres, A4"
        ),
        format!("first at {file}, sheet Offres, A2"),
        format!(
            "error[missing-name]: this row has values but no provider name\n--> {file}, sheet Offres, A5"
        ),
    ] {
        assert!(stderr.contains(&expected), "{expected}\n---\n{stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");

    // CSV: file:line:column; an unknown column; a provider in a TOML file too.
    let csv = dir.path().join("offers.csv");
    std::fs::write(&csv, "provider;qualité;speed\nAlpha;8;\n").unwrap();
    let output = outsource()
        .args(["rank", "-c", CRITERIA])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let place = format!("--> {}:1:18", csv.display());
    assert!(stderr.contains("unknown column “speed”"), "{stderr}");
    assert!(stderr.contains(&place), "{stderr}");
    std::fs::write(&csv, "provider,quality\nAlpha,8\n").unwrap();
    let output = outsource()
        .args(["rank", "-c", CRITERIA, "tests/rank/offers.toml"])
        .arg(&csv)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2));
    let place = format!("--> {}:2:1", csv.display());
    assert!(stderr.contains(&place), "{stderr}");
    assert!(
        stderr.contains("first in tests/rank/offers.toml:3"),
        "{stderr}"
    );

    // Not a workbook at all.
    let fake = dir.path().join("fake.xlsx");
    std::fs::write(&fake, "not a zip").unwrap();
    outsource()
        .args(["rank", "-c", CRITERIA])
        .arg(&fake)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("as a spreadsheet"));
}

#[test]
fn the_offers_grid_filled_in_ranks() {
    let dir = tempfile::tempdir().unwrap();
    let grid = dir.path().join("grid.xlsx");
    outsource()
        .args(["init", "--offers-workbook"])
        .arg(&grid)
        .args(["--criteria", CRITERIA])
        .assert()
        .success()
        .stdout(predicates::str::contains("created"));
    // A second time, the file is kept.
    outsource()
        .args(["init", "--offers-workbook"])
        .arg(&grid)
        .args(["--criteria", CRITERIA])
        .assert()
        .code(2);
    let book = read_workbook(&grid);
    assert_eq!(book[0].0, "Offers");
    let headers: Vec<String> = book[0].1[0].iter().map(ToString::to_string).collect();
    assert_eq!(
        headers,
        [
            "Provider",
            "Quality",
            "Price",
            "Références",
            "note: Quality",
            "note: Price",
            "note: Références"
        ]
    );
    // The provider fills in the grid: the same headers, one row per offer.
    let filled = dir.path().join("filled.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (c, header) in headers.iter().enumerate() {
        sheet.write_string(0, c as u16, header).unwrap();
    }
    let rows: [(&str, [f64; 3]); 2] = [("Alpha", [8.0, 3.0, 6.0]), ("Bravo", [6.0, 2.0, 9.0])];
    for (r, (name, values)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, *name).unwrap();
        sheet.write_row(r, 1, *values).unwrap();
    }
    sheet
        .write_string(2, 6, "three calls, all positive")
        .unwrap();
    workbook.save(&filled).unwrap();
    let json = ranking_json(&filled, &[]);
    let toml = dir.path().join("offers.toml");
    std::fs::write(
        &toml,
        "[[provider]]\nname = \"Alpha\"\n[provider.scores]\nquality = 8\nprice = 3\nreferences = 6\n\
         [[provider]]\nname = \"Bravo\"\n[provider.scores]\nquality = 6\nprice = 2\n\
         references = { value = 9, note = \"three calls, all positive\" }\n",
    )
    .unwrap();
    assert_eq!(json, ranking_json(&toml, &[]));
    let bravo = json["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["provider"] == "Bravo")
        .unwrap();
    assert_eq!(bravo["notes"]["references"], "three calls, all positive");
}

#[test]
fn report_reads_offers_from_a_table() {
    let output = outsource()
        .args([
            "report",
            "examples/ecommerce-retailer.toml",
            "-c",
            CRITERIA,
            "-f",
            "markdown",
        ])
        .arg("tests/sheets/offers.csv")
        .output()
        .unwrap();
    let text = crate::common::stdout(&output);
    assert!(text.contains("Bravo"), "{text}");
}

/// On a rubric criterion (`scale = { levels = … }`) a cell gives a level's name,
/// ranked as the TOML offer that gives the same name; an unknown name is refused.
#[test]
fn level_names_in_a_table_rank_like_toml() {
    let dir = tempfile::tempdir().unwrap();
    let criteria = "examples/committee/criteria.toml";
    let csv = dir.path().join("offers.csv");
    std::fs::write(
        &csv,
        "provider,price,data-protection\nA,3.4,good\nB,3.0,exemplary\n",
    )
    .unwrap();
    let toml = dir.path().join("offers.toml");
    std::fs::write(
        &toml,
        "[[provider]]\nname = \"A\"\n[provider.scores]\nprice = 3.4\ndata-protection = \"good\"\n\
         [[provider]]\nname = \"B\"\n[provider.scores]\nprice = 3.0\ndata-protection = \"exemplary\"\n",
    )
    .unwrap();
    let json = |offers: &Path| {
        let output = outsource()
            .args(["rank", "--criteria", criteria, "--format", "json"])
            .arg(offers)
            .output()
            .unwrap();
        let mut json: Value = serde_json::from_slice(&output.stdout).unwrap();
        strip_sources(&mut json);
        json
    };
    let from_csv = json(&csv);
    // good = 3 and exemplary = 4 on the 0..4 rubric: utilities 0.75 and 1.
    assert_eq!(from_csv["ranking"][0]["values"]["data-protection"], 4.0);
    assert_eq!(
        from_csv["ranking"][1]["normalised"]["data-protection"],
        0.75
    );
    assert_eq!(from_csv, json(&toml));

    std::fs::write(&csv, "provider,price,data-protection\nA,3.4,grand\n").unwrap();
    outsource()
        .args(["rank", "--criteria", criteria])
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("offers.csv:2:7"));
}

#[test]
fn validate_checks_a_table_against_the_criteria_given_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("offers.xlsx");
    write_offers_xlsx(&xlsx);
    let file = xlsx.display().to_string();
    // Four providers (Delta, Bravo, Alpha, Charlie; the blank row is skipped).
    outsource()
        .args([
            "--lang",
            "en",
            "validate",
            CRITERIA,
            "tests/sheets/offers.csv",
        ])
        .arg(&xlsx)
        .assert()
        .code(0)
        .stdout(predicates::str::contains(format!(
            "ok {file}: offers, 4 providers, checked against {CRITERIA}"
        )))
        .stdout(predicates::str::contains(
            "ok tests/sheets/offers.csv: offers",
        ));
    // A bad cell, at its sheet, row and column.
    let bad = dir.path().join("bad.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Offres").unwrap();
    sheet.write_row(0, 0, ["provider", "quality"]).unwrap();
    sheet.write_row(1, 0, ["Bravo", "six"]).unwrap();
    workbook.save(&bad).unwrap();
    outsource()
        .args(["--lang", "en", "validate", CRITERIA])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(format!(
            "error[not-a-number]: Quality: expected a number, found “six”\n--> {}, sheet Offres, B2",
            bad.display()
        )));
    // Without criteria, a table cannot be read: said, exit 2.
    outsource()
        .args(["--lang", "en", "validate", "tests/sheets/offers.csv"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "error[table-needs-criteria]: a table of offers is read against the criteria",
        ))
        .stderr(predicates::str::contains(
            "`outsource validate criteria.toml tests/sheets/offers.csv`",
        ));
}

#[test]
fn the_workbook_shows_groups_and_level_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("committee.xlsx");
    let committee = [
        "-c",
        "examples/committee/criteria.toml",
        "examples/committee",
    ];
    outsource()
        .args(["--lang", "en", "rank"])
        .args(committee)
        .args(["-f", "xlsx", "-o"])
        .arg(&path)
        .assert()
        .success();
    let output = outsource()
        .args(["--lang", "en", "rank"])
        .args(committee)
        .args(["-f", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let book = read_workbook(&path);
    // Every criterion once in Groups, with its group's weight, its weight in the
    // group and its global weight (their product), as in the JSON.
    let groups = sheet(&book, "Groups");
    assert_eq!(groups[0][0], Data::String("Group".to_owned()));
    let criteria = json["criteria"].as_array().unwrap();
    assert_eq!(groups.len(), criteria.len() + 1);
    for criterion in criteria {
        let name = criterion["name"].as_str().unwrap();
        let row = groups
            .iter()
            .find(|row| row[2] == Data::String(name.to_owned()))
            .unwrap_or_else(|| panic!("no row for {name}"));
        let group = json["groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == criterion["group"])
            .unwrap();
        assert_eq!(
            row[0],
            Data::String(group["name"].as_str().unwrap().to_owned())
        );
        assert_eq!(number(&row[1]), group["weight"].as_f64().unwrap());
        assert_eq!(number(&row[3]), criterion["local_weight"].as_f64().unwrap());
        assert_eq!(number(&row[4]), criterion["weight"].as_f64().unwrap());
        assert!((number(&row[1]) * number(&row[3]) - number(&row[4])).abs() < 1e-12);
    }
    // Group scores: one column per group, then the score, as in the JSON.
    let scores = sheet(&book, "Group scores");
    for offer in json["ranking"].as_array().unwrap() {
        let row = row_of(scores, offer["provider"].as_str().unwrap());
        for (g, group) in json["groups"].as_array().unwrap().iter().enumerate() {
            let id = group["id"].as_str().unwrap();
            assert_eq!(
                number(&row[g + 1]),
                offer["group_scores"][id].as_f64().unwrap()
            );
        }
        assert_eq!(
            number(row.last().unwrap()),
            offer["score"].as_f64().unwrap()
        );
    }
    // Rubric criteria show the level's name; the others stay numbers.
    let values = sheet(&book, "Values");
    let column = |name: &str| {
        values[0]
            .iter()
            .position(|h| *h == Data::String(name.to_owned()))
            .unwrap()
    };
    let atlantique = row_of(values, "Atlantique Contact");
    assert_eq!(
        atlantique[column("Handling quality")],
        Data::String("good".to_owned())
    );
    let rhone = row_of(values, "Rhône Relation Client");
    assert_eq!(
        rhone[column("Data protection")],
        Data::String("exemplary".to_owned())
    );
    assert!(matches!(
        rhone[column("Price")],
        Data::Float(_) | Data::Int(_)
    ));
}
