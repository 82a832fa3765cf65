use super::bars::*;
use super::common::*;
use super::radar::*;
use super::*;
use crate::lang::Lang;

#[test]
fn heat_map_shades_and_labels_every_cell() {
    let rows = [HeatRow {
        label: "Acme".to_owned(),
        shares: vec![0.75, 0.25],
    }];
    let columns = ["#1".to_owned(), "#2".to_owned()];
    let svg = heat_map("Ranks", &columns, &rows, Lang::Fr);
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    // 0.75 -> "75 %" on 75 % of the blue #0072B2 over white:
    // 255 - 0.75 * 255 = 63.75 -> 64 = 0x40, 255 - 0.75 * (255 - 114) = 149.25 -> 0x95,
    // 255 - 0.75 * (255 - 178) = 197.25 -> 0xc5; its luminance, about 0.27, is over
    // 0.179, so the text is black. 1 -> the blue itself (luminance 0.15), white text.
    assert!(svg.contains(r##"fill="#4095c5""##), "{svg}");
    assert!(svg.contains("<title>Acme, #1\u{a0}: 75\u{a0}%</title>"));
    assert!(svg.contains("fill=\"#000000\">75\u{a0}%</text>"));
    let full = heat_map(
        "Ranks",
        &columns,
        &[HeatRow {
            label: "A".to_owned(),
            shares: vec![1.0],
        }],
        Lang::En,
    );
    assert!(full.contains(r##"fill="#0072b2""##) && full.contains("fill=\"#ffffff\">100%</text>"));
    assert!(svg.contains("fill=\"#000000\">25\u{a0}%</text>"));
}

// The charts in English; the French numbers are tested at the end.
fn radar(title: &str, axes: &[RadarAxis]) -> String {
    super::radar(title, axes, Lang::En)
}

fn stacked_bars(title: &str, series: &[String], rows: &[StackedRow], max: f64) -> String {
    let series: Vec<Series> = series
        .iter()
        .enumerate()
        .map(|(k, name)| Series {
            name: name.clone(),
            color: color(k),
        })
        .collect();
    super::stacked_bars(title, &series, rows, max, Lang::En)
}

fn bars(title: &str, rows: &[BarRow], max: f64, percent: bool) -> String {
    super::bars(title, rows, max, percent, Lang::En)
}

#[test]
fn french_axes_and_labels_use_the_decimal_comma() {
    let rows = [BarRow {
        label: "Acme".to_owned(),
        value: 0.5,
        value_text: "50\u{a0}%".to_owned(),
    }];
    // Ticks at 0, 0.25, 0.5, 0.75 and 1 of the axis.
    let svg = super::bars("Parts", &rows, 1.0, true, Lang::Fr);
    assert!(svg.contains(">25\u{a0}%<"), "{svg}");
    let svg = super::bars("Scores", &rows, 1.0, false, Lang::Fr);
    assert!(svg.contains(">0,25<") && svg.contains(">0,50<"), "{svg}");
    let svg = super::radar(
        "Scores",
        &[
            axis("a", Some(83.5)),
            axis("b", Some(40.0)),
            axis("c", None),
        ],
        Lang::Fr,
    );
    assert!(svg.contains("83,5"), "{svg}");
}

fn axis(label: &str, value: Option<f64>) -> RadarAxis {
    RadarAxis {
        label: label.to_owned(),
        value,
    }
}

/// Parses an SVG string as XML (it must be well-formed on its own).
fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap()
}

fn attr(node: roxmltree::Node<'_, '_>, name: &str) -> f64 {
    node.attribute(name).unwrap().parse().unwrap()
}

fn radar_points(svg: &str) -> Vec<(f64, f64)> {
    let doc = parse(svg);
    doc.descendants()
        .filter(|n| n.attribute("class") == Some("radar-point"))
        .map(|n| (attr(n, "cx"), attr(n, "cy")))
        .collect()
}

#[test]
fn score_of_50_sits_halfway_on_its_axis() {
    // Four axes, centre (210, 190), radius 110. Axis 0 points up, axis 1 right,
    // axis 2 down, axis 3 left. A score of 50 is 110 * 50 / 100 = 55 px from the
    // centre: axis 0 -> (210, 190 - 55) = (210, 135); axis 1 -> (210 + 55, 190)
    // = (265, 190); axis 2 -> (210, 245); axis 3 -> (155, 190).
    let axes: Vec<_> = ["a", "b", "c", "d"]
        .iter()
        .map(|l| axis(l, Some(50.0)))
        .collect();
    let svg = radar("Scores", &axes);
    assert_eq!(
        radar_points(&svg),
        vec![
            (210.0, 135.0),
            (265.0, 190.0),
            (210.0, 245.0),
            (155.0, 190.0)
        ]
    );

    // Three axes: axis 1 is at -90° + 120° = 30°. A score of 50 is 55 px away:
    // (210 + 55 cos 30°, 190 + 55 sin 30°) = (210 + 47.63, 190 + 27.5) = (257.63, 217.5).
    let (x, y) = radar_point(1, 3, 50.0);
    assert!(
        (x - 257.63).abs() < 0.01 && (y - 217.5).abs() < 1e-9,
        "{x},{y}"
    );
}

#[test]
fn radar_handles_0_100_and_missing_scores() {
    let svg = radar(
        "Scores",
        &[
            axis("zero", Some(0.0)),
            axis("full", Some(100.0)),
            axis("missing", None),
            axis("over", Some(250.0)),
            axis("nan", Some(f64::NAN)),
        ],
    );
    let points = radar_points(&svg);
    // 0 is the centre; 100 is on the outer ring: axis 1 of 5 is at -90° + 72° = -18°,
    // (210 + 110 cos 18°, 190 - 110 sin 18°) = (210 + 104.62, 190 - 33.99) = (314.6, 156).
    // The missing axis has no point; 250 is clamped to 100; NaN counts as 0.
    assert_eq!(points.len(), 4);
    assert_eq!(points[0], (210.0, 190.0));
    assert_eq!(points[1], (314.6, 156.0));
    let (x, y) = radar_point(3, 5, 100.0);
    assert_eq!(
        points[2],
        ((x * 10.0).round() / 10.0, (y * 10.0).round() / 10.0)
    );
    assert_eq!(points[3], (210.0, 190.0));
    // The missing axis still has its label, with a dash for the value.
    let doc = parse(&svg);
    let labels: Vec<String> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("radar-label"))
        .map(|n| {
            n.descendants()
                .filter(|t| t.is_text())
                .map(|t| t.text().unwrap())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(labels[2], "missing –");
    assert_eq!(labels[1], "full 100");
}

/// The boxes of the radar labels, estimated as the layout does: `(left, top,
/// right, bottom)` of each label's lines.
fn label_boxes(svg: &str) -> Vec<(f64, f64, f64, f64)> {
    let doc = parse(svg);
    doc.descendants()
        .filter(|n| n.attribute("class") == Some("radar-label"))
        .map(|label| {
            let x = attr(label, "x");
            let y = attr(label, "y");
            let lines: Vec<&str> = label
                .children()
                .filter(|n| n.has_tag_name("tspan"))
                .map(|t| t.text().unwrap_or(""))
                .collect();
            let width = lines
                .iter()
                .map(|l| text_width(l, RADAR_FONT))
                .fold(0.0, f64::max);
            let left = match label.attribute("text-anchor") {
                Some("start") => x,
                Some("end") => x - width,
                _ => x - width / 2.0,
            };
            let top = y - RADAR_FONT;
            let bottom = y + LINE_HEIGHT * (lines.len() as f64 - 1.0) + 3.0;
            (left, top, left + width, bottom)
        })
        .collect()
}

#[test]
fn radar_labels_stay_inside_and_apart_from_3_to_12_axes() {
    let labels = [
        "Objectives and expected benefits",
        "Scope of the outsourced activities",
        "Volumes and channels",
        "Internal readiness of the teams",
        "Governance and steering",
        "Contract, penalties and incentives",
        "Provider choice",
        "Partnership and shared culture",
        "Risk and reversibility",
        "Data protection and GDPR",
        "Budget",
        "Knowledge transfer and training",
    ];
    for n in 3..=12 {
        let axes: Vec<_> = labels.iter().take(n).map(|l| axis(l, Some(50.0))).collect();
        let boxes = label_boxes(&radar("R", &axes));
        for (i, a) in boxes.iter().enumerate() {
            assert!(
                a.0 >= 0.0 && a.2 <= RADAR_WIDTH && a.1 >= 0.0 && a.3 <= RADAR_HEIGHT,
                "{n} axes: label {i} leaves the canvas: {a:?}"
            );
            for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                assert!(apart, "{n} axes: labels {i} and {j} overlap: {a:?} {b:?}");
            }
        }
    }
}

#[test]
fn radar_with_nothing_scored_or_few_axes() {
    assert_eq!(radar("Scores", &[]), "");
    let svg = radar(
        "Scores",
        &[axis("a", None), axis("b", None), axis("c", None)],
    );
    parse(&svg);
    assert!(!svg.contains("radar-shape"));
    assert!(radar_points(&svg).is_empty());
    let svg = radar("Scores", &[axis("a", Some(40.0)), axis("b", Some(60.0))]);
    parse(&svg);
    assert!(svg.contains("<polyline class=\"radar-shape\""));
    assert!(
        svg.contains("<circle cx="),
        "rings are circles under 3 axes"
    );
}

fn row(label: &str, total: f64, segments: &[f64]) -> StackedRow {
    StackedRow {
        label: label.to_owned(),
        total,
        total_text: format!("{total:.1}"),
        segments: segments.to_vec(),
    }
}

#[test]
fn segment_lengths_sum_to_the_scaled_total() {
    // Axis 0..100 is 340 px: a total of 72.5 is 340 * 0.725 = 246.5 px.
    let series: Vec<String> = ["Price", "Quality", "Languages"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let rows = [
        row("Acme", 72.5, &[30.0, 22.5, 20.0]),
        row("Globex", 40.0, &[0.0, 40.0, 0.0]),
    ];
    let svg = stacked_bars("Contributions", &series, &rows, 100.0);
    let doc = parse(&svg);
    let bars: Vec<Vec<(f64, f64)>> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("bar"))
        .map(|g| {
            g.children()
                .filter(|n| n.has_tag_name("rect"))
                .map(|r| (attr(r, "x"), attr(r, "width")))
                .collect()
        })
        .collect();
    assert_eq!(bars.len(), 2);
    let sum: f64 = bars[0].iter().map(|(_, w)| w).sum();
    assert!((sum - 246.5).abs() < 1e-3, "{sum}");
    // Segments are contiguous, from the axis origin.
    assert_eq!(bars[0][0].0, BARS_X0);
    assert!((bars[0][1].0 - (BARS_X0 + bars[0][0].1)).abs() < 1e-3);
    // 30 of 72.5 -> 340 * 0.30 = 102 px.
    assert!((bars[0][0].1 - 102.0).abs() < 1e-3);
    // Zero segments are not drawn.
    assert_eq!(bars[1].len(), 1);
    // 40 -> 340 * 0.4 = 136 px.
    assert!((bars[1][0].1 - 136.0).abs() < 1e-3);
}

#[test]
fn segments_that_do_not_add_up_are_scaled_to_the_total() {
    // TOPSIS-like: total 0.5 on a 0..1 axis = 170 px, split 1:3: 42.5 + 127.5.
    let r = row("Acme", 0.5, &[0.2, 0.6, -0.1]);
    let lengths = segment_lengths(&r, 1.0);
    assert!((lengths.iter().sum::<f64>() - 170.0).abs() < 1e-9);
    assert!((lengths[0] - 42.5).abs() < 1e-9);
    assert_eq!(lengths[2], 0.0);
    // All zero, or a zero axis: nothing drawn, no NaN.
    assert_eq!(
        segment_lengths(&row("x", 0.0, &[0.0, 0.0]), 1.0),
        [0.0, 0.0]
    );
    assert_eq!(segment_lengths(&row("x", 5.0, &[1.0]), 0.0), [0.0]);
}

#[test]
fn long_names_are_shortened_with_a_title_and_legends_wrap() {
    let long =
        "Very Long Provider Name International Customer Experience Holdings and Partners Worldwide";
    let criterion = "Values and interest in our sector, and the provider's own commitments to it";
    let series = vec![criterion.to_owned()];
    let svg = stacked_bars("C", &series, &[row(long, 50.0, &[50.0])], 100.0);
    let doc = parse(&svg);
    let label = doc
        .descendants()
        .find(|t| t.has_tag_name("text") && t.children().any(|c| c.has_tag_name("title")))
        .unwrap();
    let title = label.children().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some(long));
    let shown = label
        .children()
        .find(|n| n.is_text())
        .unwrap()
        .text()
        .unwrap();
    assert!(shown.ends_with('…'), "{shown}");
    assert!(text_width(shown, FONT_SIZE) <= WIDTH - BARS_X0);
    // The legend is never cut: the criterion's name wraps, every word shown.
    let legend: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("tspan"))
        .map(|n| n.text().unwrap())
        .collect();
    assert!(legend.len() >= 2, "{legend:?}");
    assert_eq!(legend.join(" "), criterion);
    // A short name has no tooltip.
    let svg = stacked_bars("C", &series, &[row("Acme", 50.0, &[50.0])], 100.0);
    assert!(svg.contains(r#"text-anchor="start">Acme</text>"#));

    // Radar labels wrap on three lines, then are cut, with the full label as title.
    let label = "Governance steering committee, contractual follow-up of the provider, penalties and bonuses, reversibility and exit plan";
    let svg = radar(
        "R",
        &[axis(label, Some(10.0)), axis("b", None), axis("c", None)],
    );
    let doc = parse(&svg);
    let node = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("radar-label"))
        .unwrap();
    assert_eq!(
        node.children()
            .find(|n| n.has_tag_name("title"))
            .unwrap()
            .text(),
        Some(label)
    );
    assert_eq!(
        node.children().filter(|n| n.has_tag_name("tspan")).count(),
        4
    );
}

#[test]
fn user_text_is_escaped() {
    let evil = r#"<script>alert("x")</script> & Co"#;
    let svg = bars(
        evil,
        &[BarRow {
            label: evil.to_owned(),
            value: 0.5,
            value_text: "50 %".to_owned(),
        }],
        1.0,
        true,
    );
    assert!(!svg.contains("<script>"));
    let doc = parse(&svg);
    assert!(doc.descendants().all(|n| !n.has_tag_name("script")));
    let svg = radar(evil, &[axis(evil, Some(1.0))]);
    parse(&svg);
    assert!(!svg.contains("<script>"));
}

#[test]
fn simple_bars_scale_to_the_axis() {
    let rows = [
        BarRow {
            label: "Acme".to_owned(),
            value: 0.75,
            value_text: "75 %".to_owned(),
        },
        BarRow {
            label: "Globex".to_owned(),
            value: 0.0,
            value_text: "0 %".to_owned(),
        },
    ];
    let svg = bars("Share", &rows, 1.0, true);
    let doc = parse(&svg);
    let widths: Vec<f64> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("bar"))
        .map(|n| attr(n, "width"))
        .collect();
    // 0.75 of 340 px.
    assert_eq!(widths, [255.0, 0.0]);
    assert!(svg.contains(">100%</text>"));
}

#[test]
fn fit_and_wrap() {
    assert_eq!(fit("Acme", 100.0, 12.0), ("Acme".to_owned(), false));
    let (short, cut) = fit("Acme Corporation", 50.0, 12.0);
    assert!(cut && short.ends_with('…') && text_width(&short, 12.0) <= 50.0);
    let (lines, cut) = wrap("Quality of service", 80.0, 12.0, 2);
    assert_eq!(lines, ["Quality of", "service"]);
    assert!(!cut);
    let (lines, cut) = wrap("", 80.0, 12.0, 2);
    assert!(lines.is_empty() && !cut);
    // Wide characters count as wide.
    assert!(text_width("客户关系", 12.0) > text_width("abcd", 12.0));
}
