//! The HTML report in a real browser (headless Chromium, Debian's `chromium`), for
//! the example brief `examples/ecommerce-retailer.toml` and for a fixture with long
//! names and markup characters: the page loads with no console message and fetches
//! nothing, every SVG has a non-zero size, no chart text overflows its SVG or
//! overlaps another label; on a 390 px phone the page does not scroll sideways, no
//! text renders under 11 px (a chart's text scaled with its SVG) and wide tables
//! scroll inside a focusable box. Printed to A4 (read back per page with
//! `pdftotext`), no page ends with a heading and every page has the client and its
//! number. axe-core (vendored in `tests/vendor/axe-core`) finds no serious or
//! critical violation. Screenshots are written to `target/report-screenshot.png`
//! and `target/report-screenshot-phone.png`, the print to `target/report.pdf`.
//!
//! These tests are ignored by a plain `cargo test`, so they never pass without a
//! browser: `.ci/run` installs Chromium and poppler-utils and runs them with
//! `--ignored`, and run that way they fail when either is missing
//! (`apt-get install -y chromium poppler-utils`, or point `CHROMIUM` at a binary).
//!
//! The report has no script. To measure it, the test writes a copy with a small
//! script appended (test-only) and reads what it writes into the DOM with
//! `--dump-dom`.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A colleague's example brief, on the built-in questionnaires.
const EXAMPLE: &str = "examples/ecommerce-retailer.toml";
/// Long names and markup characters, on a fixture questionnaire.
const BRIEF: &str = "tests/report/brief.toml";
const QUESTIONNAIRES: &str = "tests/report/questionnaires";
/// The example offers, with the sensitivity analysis: every chart of the report.
const OFFERS: &[&str] = &[
    "--criteria",
    "examples/criteria.toml",
    "examples/offers",
    "--sensitivity",
    "--samples",
    "500",
];

fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// Chromium; a test that needs it fails without it, it never skips.
fn chromium() -> PathBuf {
    find_chromium().expect(
        "chromium is not installed: run `apt-get install -y chromium` or set CHROMIUM=/path/to/it",
    )
}

fn target_dir() -> PathBuf {
    // CARGO_TARGET_TMPDIR is target/tmp.
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Writes the HTML report of `brief` (answering the built-in questionnaires, or
/// the fixture ones with `fixture`) into `dir` and returns its path.
fn write_report(dir: &Path, brief: &str, fixture: bool, lang: &str, extra: &[&str]) -> PathBuf {
    let path = dir.join(format!("report-{lang}.html"));
    let mut command = crate::common::outsource_std();
    if fixture {
        command.args(["--questionnaires", QUESTIONNAIRES]);
    }
    let output = command
        .args(["--lang", lang, "report", brief])
        .args(extra)
        .arg("-o")
        .arg(&path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    path
}

struct Run {
    stdout: String,
    stderr: String,
}

/// Runs headless Chromium on a local file with a fresh profile and no network
/// services, killing it after 60 s.
fn run_chromium(chromium: &Path, page: &Path, window: &str, extra: &[String]) -> Run {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--window-size={window}"))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read both pipes on threads so a chatty Chromium cannot block on a full pipe.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_thread = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut out_pipe, &mut text).map(|_| text)
    });
    let err_thread = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut err_pipe, &mut text).map(|_| text)
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("chromium did not finish in 60 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let run = Run {
        stdout: out_thread.join().unwrap().unwrap(),
        stderr: err_thread.join().unwrap().unwrap(),
    };
    assert!(status.success(), "chromium failed: {}", run.stderr);
    run
}

/// Console messages (any: the report has no script) and load failures.
fn console_problems(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| {
            line.contains(":CONSOLE")
                || line.contains("Uncaught")
                || line.contains("Failed to load resource")
                || line.contains("net::ERR_")
        })
        .collect()
}

/// The test-only page: the report in an iframe of the given width (headless
/// Chromium's window is at least 500 px wide, so a phone needs a frame) and a
/// script that measures the SVGs and their texts, lists what the report fetched,
/// and writes the JSON into `<pre id="measure">`. Needs
/// `--allow-file-access-from-files` to read the frame's document.
const MEASURE: &str = r#"<script>
const frame = document.getElementById('report');
frame.addEventListener('load', () => {
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  const boxes = (els) => [...els].map(e => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height, text: e.textContent };
  });
  const svgs = [...doc.querySelectorAll('svg')].map(svg => {
    const r = svg.getBoundingClientRect();
    const texts = boxes(svg.querySelectorAll('text'));
    return {
      w: r.width, h: r.height, x: r.x, y: r.y,
      texts: texts.map(t => ({ ...t, inside: t.x >= r.x - 0.5 && t.x + t.w <= r.x + r.width + 0.5
        && t.y >= r.y - 0.5 && t.y + t.h <= r.y + r.height + 0.5 })),
      labels: boxes(svg.querySelectorAll('.radar-label')),
      rects: svg.querySelectorAll('rect').length,
    };
  });
  // Every visible text's rendered size: its computed font size, times its SVG's
  // scale (rendered width / viewBox width) inside a chart.
  const small = [];
  let smallest = 1000;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!node.textContent.trim() || el.closest('title, style')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    let size = parseFloat(win.getComputedStyle(el).fontSize);
    const svg = el.closest('svg');
    if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width) {
      size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    }
    smallest = Math.min(smallest, size);
    if (size < 11) small.push({ text: node.textContent.slice(0, 40), size });
  }
  // Wide tables: inside a box that scrolls by itself, reachable by keyboard.
  const tables = [...doc.querySelectorAll('table')].map(table => {
    const box = table.parentElement;
    const style = win.getComputedStyle(box);
    return {
      head: table.querySelector('th') ? table.querySelector('th').textContent : '',
      right: table.getBoundingClientRect().right,
      overflows: box.scrollWidth > box.clientWidth,
      scrolls: style.overflowX === 'auto' || style.overflowX === 'scroll',
      focusable: box.tabIndex === 0,
      boxRight: box.getBoundingClientRect().right,
    };
  });
  const result = {
    svgs,
    resources: win.performance.getEntriesByType('resource').map(e => e.name),
    scrollWidth: doc.documentElement.scrollWidth,
    innerWidth: win.innerWidth,
    small,
    smallest,
    tables,
  };
  const pre = document.createElement('pre');
  pre.id = 'measure';
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
});
</script>"#;

/// A page showing `report` in a frame `width` × `height` px, with `script` after it.
fn framed(report: &Path, width: u32, height: u32, script: &str) -> PathBuf {
    let html = std::fs::read_to_string(report).unwrap();
    assert!(!html.contains("<script"), "the report itself has no script");
    let name = report.file_name().unwrap().to_str().unwrap();
    let page = report.with_extension(format!("frame-{width}.html"));
    std::fs::write(
        &page,
        format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>frame</title></head>\
             <body style=\"margin:0\"><iframe id=\"report\" src=\"{name}\" \
             style=\"width:{width}px;height:{height}px;border:0;display:block\"></iframe>{script}</body></html>"
        ),
    )
    .unwrap();
    page
}

fn measure(chromium: &Path, report: &Path, width: u32) -> serde_json::Value {
    let page = framed(report, width, 900, MEASURE);
    let run = run_chromium(
        chromium,
        &page,
        &format!("{},1000", width.max(500)),
        &[
            "--dump-dom".to_owned(),
            "--allow-file-access-from-files".to_owned(),
        ],
    );
    let problems = console_problems(&run.stderr);
    assert!(problems.is_empty(), "console: {problems:#?}");
    let start = run
        .stdout
        .find("<pre id=\"measure\">")
        .unwrap_or_else(|| panic!("no measure in the DOM: {}", run.stderr))
        + "<pre id=\"measure\">".len();
    let end = run.stdout[start..].find("</pre>").unwrap() + start;
    let json = run.stdout[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap()
}

fn overlaps(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    let f = |v: &serde_json::Value, k: &str| v[k].as_f64().unwrap();
    f(a, "x") < f(b, "x") + f(b, "w")
        && f(b, "x") < f(a, "x") + f(a, "w")
        && f(a, "y") < f(b, "y") + f(b, "h")
        && f(b, "y") < f(a, "y") + f(a, "h")
}

fn check_layout(m: &serde_json::Value, what: &str) {
    assert_eq!(
        m["resources"].as_array().unwrap().len(),
        0,
        "{what}: the report fetched {}",
        m["resources"]
    );
    let svgs = m["svgs"].as_array().unwrap();
    assert!(!svgs.is_empty(), "{what}: no SVG");
    for svg in svgs {
        assert!(
            svg["w"].as_f64().unwrap() > 50.0 && svg["h"].as_f64().unwrap() > 50.0,
            "{what}: SVG too small: {}x{}",
            svg["w"],
            svg["h"]
        );
        for text in svg["texts"].as_array().unwrap() {
            assert!(
                text["inside"].as_bool().unwrap() && text["w"].as_f64().unwrap() > 0.0,
                "{what}: chart text overflows or is empty: {text}"
            );
        }
        let labels = svg["labels"].as_array().unwrap();
        for (i, a) in labels.iter().enumerate() {
            for b in &labels[i + 1..] {
                assert!(!overlaps(a, b), "{what}: radar labels overlap: {a} / {b}");
            }
        }
    }
    assert!(
        m["scrollWidth"].as_f64().unwrap() <= m["innerWidth"].as_f64().unwrap(),
        "{what}: the page scrolls sideways ({} > {})",
        m["scrollWidth"],
        m["innerWidth"]
    );
    // No text, in the page or in a chart once scaled, under 11 px.
    assert_eq!(
        m["small"].as_array().unwrap().len(),
        0,
        "{what}: text under 11 px: {}",
        m["small"]
    );
    // A table wider than the page scrolls inside its own box, which the keyboard
    // reaches; no table is cut by the page's edge.
    let width = m["innerWidth"].as_f64().unwrap();
    for table in m["tables"].as_array().unwrap() {
        assert!(
            table["boxRight"].as_f64().unwrap() <= width + 0.5,
            "{what}: table box past the page: {table}"
        );
        if table["overflows"].as_bool().unwrap() {
            assert!(
                table["scrolls"].as_bool().unwrap() && table["focusable"].as_bool().unwrap(),
                "{what}: a wide table is cut off: {table}"
            );
        }
    }
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs ignored tests"]
fn example_report_renders_in_chromium() {
    let chromium = chromium();
    let dir = tempfile::tempdir().unwrap();
    // With the example offers and the sensitivity analysis: every chart.
    let report = write_report(dir.path(), EXAMPLE, false, "en", OFFERS);

    // The report as is: no console message, a screenshot.
    let screenshot = target_dir().join("report-screenshot.png");
    let _ = std::fs::remove_file(&screenshot);
    let run = run_chromium(
        &chromium,
        &report,
        "1200,2000",
        &[format!("--screenshot={}", screenshot.display())],
    );
    let problems = console_problems(&run.stderr);
    assert!(problems.is_empty(), "console: {problems:#?}");
    let png = std::fs::read(&screenshot).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    // IHDR width, big-endian at byte 16.
    assert_eq!(
        u32::from_be_bytes([png[16], png[17], png[18], png[19]]),
        1200
    );

    let m = measure(&chromium, &report, 1200);
    assert_eq!(m["innerWidth"], 1200);
    check_layout(&m, "desktop");
    let svgs = m["svgs"].as_array().unwrap();
    assert_eq!(
        svgs.len(),
        4,
        "radar, contributions, shares, acceptability heat map"
    );
    assert!(svgs[0]["labels"].as_array().unwrap().len() >= 3);
    assert!(svgs[1]["rects"].as_u64().unwrap() > 4);
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs ignored tests"]
fn html_report_fits_a_phone_in_french() {
    let chromium = chromium();
    let dir = tempfile::tempdir().unwrap();
    let report = write_report(dir.path(), BRIEF, true, "fr", OFFERS);
    // A phone screen: the report in a 390 px frame.
    let screenshot = target_dir().join("report-screenshot-phone.png");
    let run = run_chromium(
        &chromium,
        &framed(&report, 390, 2400, ""),
        "500,2400",
        &[
            format!("--screenshot={}", screenshot.display()),
            "--allow-file-access-from-files".to_owned(),
        ],
    );
    let problems = console_problems(&run.stderr);
    assert!(problems.is_empty(), "console: {problems:#?}");
    let m = measure(&chromium, &report, 390);
    assert_eq!(m["innerWidth"], 390);
    check_layout(&m, "phone");
    assert_eq!(m["svgs"][0]["labels"].as_array().unwrap().len(), 6);
    // The smallest text is a chart's: 13 px drawn 420 px wide, shown 366 px wide
    // (390 px less the page's margins): 13 * 366 / 420 = 11.3 px. This also shows
    // the SVG's scale is part of the measure.
    let smallest = m["smallest"].as_f64().unwrap();
    assert!(
        (11.0..12.0).contains(&smallest),
        "smallest text {smallest} px"
    );
}

/// Prints `report` to PDF with Chromium's own header and footer off: the page's
/// header (title, client) and footer (page numbers) are the report's CSS `@page`
/// margin boxes.
fn print_pdf(chromium: &Path, report: &Path) -> PathBuf {
    let pdf = report.with_extension("pdf");
    let _ = std::fs::remove_file(&pdf);
    run_chromium(
        chromium,
        report,
        "1200,2000",
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".to_owned(),
        ],
    );
    pdf
}

/// The text of each page of a PDF, by `pdftotext` (Debian's `poppler-utils`,
/// which `.ci/run` installs); the test fails without it.
fn pdf_pages(pdf: &Path) -> Vec<String> {
    let output = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is not installed: run `apt-get install -y poppler-utils`");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    // pdftotext ends every page with a form feed: the last piece is empty.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// The text of the HTML's `h2`, `h3` and `h4` headings, spaces collapsed.
fn headings(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for level in ["<h2", "<h3", "<h4"] {
        let close = format!("</h{}>", &level[2..]);
        let mut rest = html;
        while let Some(start) = rest.find(level) {
            let inner_start = start + rest[start..].find('>').unwrap() + 1;
            let end = inner_start + rest[inner_start..].find(&close).unwrap();
            out.push(collapse(&decode(&strip_tags(&rest[inner_start..end]))));
            rest = &rest[end..];
        }
    }
    out
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `2 / 9`, spaced or not (pdftotext may drop the spaces).
fn is_page_number(line: &str) -> bool {
    let line: String = line.split_whitespace().collect();
    line.split_once('/').is_some_and(|(page, pages)| {
        !page.is_empty()
            && !pages.is_empty()
            && page
                .chars()
                .chain(pages.chars())
                .all(|c| c.is_ascii_digit())
    })
}

/// The heading a page's text ends with, if any: its last line is a heading, or
/// the end of one whose start is on the lines before.
fn ends_with_heading<'a>(page: &str, headings: &'a [String]) -> Option<&'a String> {
    let lines: Vec<&str> = page
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    // The footer's page number (`2 / 9`) is the last line.
    let body = match lines.split_last() {
        Some((last, body)) if is_page_number(last) => body,
        _ => &lines[..],
    };
    let last = collapse(body.last()?);
    let tail = collapse(&body[body.len().saturating_sub(4)..].join(" "));
    headings
        .iter()
        .find(|h| **h == last || (h.ends_with(&format!(" {last}")) && tail.ends_with(h.as_str())))
}

#[test]
#[ignore = "needs chromium and pdftotext: .ci/run installs them and runs ignored tests"]
fn printed_report_keeps_headings_with_what_follows() {
    let chromium = chromium();
    let dir = tempfile::tempdir().unwrap();
    for (lang, brief, fixture, client) in [
        ("en", EXAMPLE, false, "Atelier Lumen"),
        ("fr", BRIEF, true, "Lumière \"Maison\" SAS"),
    ] {
        let report = write_report(dir.path(), brief, fixture, lang, OFFERS);
        let html = std::fs::read_to_string(&report).unwrap();
        let pdf = print_pdf(&chromium, &report);
        let bytes = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
        // A4 is 595 × 842 points.
        assert!(bytes.contains("/MediaBox [0 0 594.9"), "{lang}: not A4");
        if lang == "en" {
            let _ = std::fs::copy(&pdf, target_dir().join("report.pdf"));
        }
        let pages = pdf_pages(&pdf);
        let headings = headings(&html);
        assert!(headings.len() > 5, "{headings:?}");
        let count = pages.len();
        assert!(count >= 3, "{lang}: {count} pages");
        for (i, page) in pages.iter().enumerate() {
            // The header and footer of every page: the client and `page / pages`.
            assert!(
                page.contains(client),
                "{lang}: page {} lacks the client",
                i + 1
            );
            let number = format!("{}/{count}", i + 1);
            assert!(
                page.lines().any(|line| is_page_number(line)
                    && line.split_whitespace().collect::<String>() == number),
                "{lang}: page {} lacks {number}",
                i + 1
            );
            if i + 1 < count {
                let heading = ends_with_heading(page, &headings);
                assert!(
                    heading.is_none(),
                    "{lang}: page {} ends with the heading {heading:?}",
                    i + 1
                );
            }
        }
        // Page 1 is not half empty: the summary and the dimensions' heading are on it.
        let first = collapse(&pages[0]);
        assert!(
            first.contains(&headings[0]) && first.contains(&headings[1]),
            "{lang}: page 1 holds only {first}"
        );
    }
}

#[test]
fn a_page_ending_with_a_heading_is_caught() {
    let headings = vec![
        "Findings and recommendations".to_owned(),
        "Blockers (1)".to_owned(),
    ];
    let page = "Some text of the summary.\n\nFindings and\nrecommendations\n\n2 / 9\n";
    assert_eq!(
        ends_with_heading(page, &headings),
        Some(&headings[0]),
        "a heading wrapped on two lines"
    );
    assert_eq!(
        ends_with_heading("text\nBlockers (1)\n3 / 9", &headings),
        Some(&headings[1])
    );
    assert_eq!(
        ends_with_heading("Blockers (1)\nthe card that follows\n3 / 9", &headings),
        None
    );
}

/// The test-only runner: axe-core on the whole page, its violations (id, impact,
/// help, the failing nodes) written as JSON into `<pre id="axe">` once done.
const AXE_RUN: &str = r#"<script>
axe.run(document, { resultTypes: ['violations'] }).then(result => {
  const pre = document.createElement('pre');
  pre.id = 'axe';
  pre.textContent = JSON.stringify(result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary })),
  })));
  document.body.appendChild(pre);
}, error => {
  const pre = document.createElement('pre');
  pre.id = 'axe';
  pre.textContent = JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(error), nodes: [] }]);
  document.body.appendChild(pre);
});
</script>"#;

/// axe-core's violations on `report`: a copy with the vendored `axe.min.js`
/// (tests/vendor/axe-core) and [`AXE_RUN`] before `</body>`, read back with
/// `--dump-dom`.
fn axe_violations(chromium: &Path, report: &Path) -> Vec<serde_json::Value> {
    let axe = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vendor/axe-core/axe.min.js");
    assert!(axe.is_file(), "{} is missing", axe.display());
    let html = std::fs::read_to_string(report).unwrap();
    assert!(!html.contains("<script"), "the report itself has no script");
    let page = report.with_extension("axe.html");
    let scripts = format!(
        "<script src=\"file://{}\"></script>{AXE_RUN}",
        axe.display()
    );
    std::fs::write(&page, html.replace("</body>", &format!("{scripts}</body>"))).unwrap();
    let run = run_chromium(
        chromium,
        &page,
        "1200,2000",
        &[
            "--dump-dom".to_owned(),
            "--allow-file-access-from-files".to_owned(),
            "--virtual-time-budget=30000".to_owned(),
        ],
    );
    let start = run
        .stdout
        .find("<pre id=\"axe\">")
        .unwrap_or_else(|| panic!("axe did not finish: {}", run.stderr))
        + "<pre id=\"axe\">".len();
    let end = run.stdout[start..].find("</pre>").unwrap() + start;
    let json = decode(&run.stdout[start..end].replace("&nbsp;", "\u{a0}"));
    serde_json::from_str::<Vec<serde_json::Value>>(&json).unwrap()
}

#[test]
#[ignore = "needs chromium: .ci/run installs it and runs ignored tests"]
fn axe_finds_no_serious_accessibility_problem() {
    let chromium = chromium();
    let dir = tempfile::tempdir().unwrap();
    for (lang, brief, fixture) in [("en", EXAMPLE, false), ("fr", BRIEF, true)] {
        // With the offers and the sensitivity analysis: every chart, the heat map.
        let report = write_report(dir.path(), brief, fixture, lang, OFFERS);
        let violations = axe_violations(&chromium, &report);
        let serious: Vec<&serde_json::Value> = violations
            .iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .collect();
        assert!(
            serious.is_empty(),
            "{lang}: axe-core finds {} serious or critical violations:\n{}",
            serious.len(),
            serde_json::to_string_pretty(&serious).unwrap()
        );
    }
}

/// The harness itself: axe runs and reports what it must (an image with no
/// alternative text, grey text on white), so a pass above means something.
#[test]
#[ignore = "needs chromium: .ci/run installs it and runs ignored tests"]
fn axe_reports_known_violations() {
    let chromium = chromium();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("bad.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html lang=\"en\"><head><title>bad</title></head><body><main>\
         <p style=\"color:#bbb;background:#fff\">pale text</p><img src=\"x.png\"></main></body></html>",
    )
    .unwrap();
    let violations = axe_violations(&chromium, &page);
    let ids: Vec<&str> = violations
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"color-contrast"), "{ids:?}");
    assert!(ids.contains(&"image-alt"), "{ids:?}");
}
