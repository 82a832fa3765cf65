#!/usr/bin/env python3
"""Checks the workbooks of `outsource` with openpyxl, a reader independent of the
Rust crates that write them (run by .ci/run after `cargo test`).

1. `rank --format xlsx -o` holds every figure of `rank --format json` (scores,
   values, contributions, weights, first-place shares) as numbers with number
   formats, under a frozen header row.
2. The offers grid of `init --offers-workbook`, filled in with openpyxl, ranks
   like the same offers in TOML.
3. The `Intervals` sheet (`Intervalles` in French) holds every interval of the
   JSON (`ranking[].intervals`): one row per offer and criterion, with the min,
   the midpoint the ranking counts (the JSON value) and the max as numbers, and
   no other row; a ranking without intervals has no such sheet.

Usage: python3 tests/sheets/check_workbook.py [path/to/outsource]
Exit 0 when every check passes, 1 with the failures listed otherwise.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.join(ROOT, "target", "debug", "outsource")
CRITERIA = "tests/rank/criteria.toml"
OFFERS = "tests/rank/offers.toml"
ENV = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "LC_ALL": "C", "NO_COLOR": "1", "TERM": "dumb"}
FAILURES = []


def run(*args):
    return subprocess.run([BINARY, *args], cwd=ROOT, env=ENV, capture_output=True, text=True, check=True).stdout


def ranking_json(offers, *extra, criteria=CRITERIA):
    document = json.loads(run("rank", "-c", criteria, offers, "-f", "json", *extra))
    return strip_sources(document)


def strip_sources(value):
    if isinstance(value, dict):
        return {k: strip_sources(v) for k, v in value.items() if k != "source"}
    if isinstance(value, list):
        return [strip_sources(v) for v in value]
    return value


def expect(condition, message):
    if not condition:
        FAILURES.append(message)


def number_at(sheet, row, column, expected, number_format, what):
    cell = sheet.cell(row=row, column=column)
    expect(isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool),
           f"{what}: {sheet.title}!{cell.coordinate} is {cell.value!r}, not a number")
    expect(cell.value == expected, f"{what}: {sheet.title}!{cell.coordinate} = {cell.value!r}, JSON says {expected!r}")
    if number_format:
        expect(cell.number_format == number_format,
               f"{what}: {sheet.title}!{cell.coordinate} has format {cell.number_format!r}, not {number_format!r}")


def row_of(sheet, provider):
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == provider:
            return row
    FAILURES.append(f"no row for {provider} in {sheet.title}")
    return None


def check_ranking_workbook(tmp):
    path = os.path.join(tmp, "ranking.xlsx")
    extra = ("--sensitivity", "--samples", "500")
    run("rank", "-c", CRITERIA, OFFERS, "-f", "xlsx", "-o", path, *extra)
    document = ranking_json(OFFERS, *extra)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        expect(sheet.freeze_panes == "A2", f"{sheet.title}: header row not frozen ({sheet.freeze_panes})")
    ids = [c["id"] for c in document["criteria"]]
    ranking, values, contributions = book["Ranking"], book["Values"], book["Contributions"]
    for i, offer in enumerate(document["ranking"]):
        provider = offer["provider"]
        expect(ranking.cell(row=i + 2, column=2).value == provider, f"Ranking row {i + 2} is not {provider}")
        number_at(ranking, i + 2, 3, offer["score"], "0.0000", f"score of {provider}")
        value_row, contribution_row = row_of(values, provider), row_of(contributions, provider)
        if value_row is None or contribution_row is None:
            continue
        for c, criterion in enumerate(ids):
            number_at(values, value_row, c + 2, offer["values"][criterion], None, f"{provider} {criterion} value")
            number_at(contributions, contribution_row, c + 2, offer["contributions"][criterion], "0.0000",
                      f"{provider} {criterion} contribution")
    weights = book["Weights"]
    for c, criterion in enumerate(ids):
        expect(weights.cell(row=c + 2, column=1).value == criterion, f"Weights row {c + 2} is not {criterion}")
        number_at(weights, c + 2, 3, document["weights"][criterion], "0.0%", f"weight of {criterion}")
    expect("Intervals" not in book.sheetnames, "an Intervals sheet without any interval")
    acceptability = book["Acceptability"]
    for provider, share in document["sensitivity"]["first_place_share"].items():
        row = row_of(acceptability, provider)
        if row is not None:
            number_at(acceptability, row, 2, share, "0.0%", f"first-place share of {provider}")


# Offers with intervals: two given alone in a sheet (Alpha's quality 7..9, Bravo's
# price 1,5..2,5); one given alone in TOML next to two evaluators' values, one of
# them an interval (that one is aggregated, so the JSON and the sheet leave it out).
INTERVAL_CASES = [
    ("tests/rank/criteria.toml", "tests/intervals/offers.csv", "en", "Intervals", 2),
    ("tests/rank/criteria.toml", "tests/intervals/offers.csv", "fr", "Intervalles", 2),
    ("tests/followups/criteria.toml", "tests/followups/inline", "en", "Intervals", 1),
]


def check_intervals_sheet(tmp):
    for n, (criteria, offers, lang, title, count) in enumerate(INTERVAL_CASES):
        path = os.path.join(tmp, f"intervals-{n}.xlsx")
        run("--lang", lang, "rank", "-c", criteria, offers, "-f", "xlsx", "-o", path)
        document = json.loads(run("--lang", lang, "rank", "-c", criteria, offers, "-f", "json"))
        book = openpyxl.load_workbook(path)
        if title not in book.sheetnames:
            FAILURES.append(f"{path} ({lang}): no {title} sheet among {book.sheetnames}")
            continue
        sheet = book[title]
        names = {c["id"]: c["name"] for c in document["criteria"]}
        rows = {}
        for row in range(2, sheet.max_row + 1):
            key = (sheet.cell(row=row, column=1).value, sheet.cell(row=row, column=2).value)
            if key != (None, None):
                expect(key not in rows, f"{title}: {key} appears twice")
                rows[key] = row
        found = 0
        for offer in document["ranking"]:
            provider = offer["provider"]
            for criterion, interval in offer.get("intervals", {}).items():
                found += 1
                what = f"{title} ({lang}) {provider} {criterion}"
                row = rows.pop((provider, names[criterion]), None)
                if row is None:
                    FAILURES.append(f"{what}: no row for {provider}, {names[criterion]}")
                    continue
                number_at(sheet, row, 3, interval["min"], None, f"{what} min")
                number_at(sheet, row, 4, offer["values"][criterion], None, f"{what} midpoint")
                number_at(sheet, row, 5, interval["max"], None, f"{what} max")
                midpoint = (interval["min"] + interval["max"]) / 2
                expect(abs(offer["values"][criterion] - midpoint) < 1e-12,
                       f"{what}: the JSON value {offer['values'][criterion]} is not the midpoint {midpoint}")
        expect(found == count, f"{offers}: the JSON gives {found} intervals, expected {count}")
        expect(not rows, f"{title} ({lang}): rows the JSON has no interval for: {sorted(rows)}")


def check_grid(tmp):
    grid = os.path.join(tmp, "grid.xlsx")
    run("init", "--offers-workbook", grid, "--criteria", CRITERIA)
    book = openpyxl.load_workbook(grid)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1] if cell.value]
    expect(headers[:4] == ["Provider", "Quality", "Price", "Références"], f"grid headers: {headers}")
    comment = sheet.cell(row=1, column=3).comment
    expect(comment is not None and comment.text.startswith("id: price\n") and "at most 4" in comment.text,
           f"the Price header's note says its id and bound: {comment.text if comment else None!r}")
    # The providers fill it in (Delta above the price ceiling, Charlie without references).
    rows = [("Alpha", 8, 3.0, 6, None), ("Bravo", 6, 2.0, 9, "three calls, all positive"),
            ("Charlie", 4, 3.5, None, None), ("Delta", 9, 4.5, 9, None)]
    note_column = headers.index("note: Références") + 1
    for r, (name, quality, price, references, note) in enumerate(rows, start=2):
        sheet.cell(row=r, column=1, value=name)
        sheet.cell(row=r, column=2, value=quality)
        sheet.cell(row=r, column=3, value=price)
        if references is not None:
            sheet.cell(row=r, column=4, value=references)
        if note:
            sheet.cell(row=r, column=note_column, value=note)
    filled = os.path.join(tmp, "filled.xlsx")
    book.save(filled)
    expect(ranking_json(filled) == ranking_json(OFFERS), "the filled-in grid ranks unlike the same offers in TOML")


def main():
    global BINARY
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", nargs="?", default=BINARY, help="the outsource binary (default: target/debug/outsource)")
    BINARY = os.path.abspath(parser.parse_args().binary)
    with tempfile.TemporaryDirectory() as tmp:
        check_ranking_workbook(tmp)
        check_intervals_sheet(tmp)
        check_grid(tmp)
    for failure in FAILURES:
        print(f"FAIL: {failure}", file=sys.stderr)
    if FAILURES:
        return 1
    print("workbooks: every figure and interval bound found with openpyxl; the filled-in grid ranks like TOML")
    return 0


if __name__ == "__main__":
    sys.exit(main())
