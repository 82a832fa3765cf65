//! A number question: its unit, its bounds, and the bands that score its answer.
//! [`band_problems`] is the pure check of the bands (order, gaps, overlaps, scores,
//! bounds); the validator only turns its findings into diagnostics.

use std::ops::Range;

use toml::Spanned;

use super::Validator;
use super::raw::RawQuestion;
use crate::diag::{Code, Diagnostic};
use crate::lang::Lang;
use crate::model::questionnaire::{Band, Kind, Provenance, Severity};
use crate::tr;
use crate::validate::check_text;
use crate::validate::common::num;

/// A band as checked numbers; a missing bound is open, a missing score was not a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct BandSpec {
    pub(super) from: Option<f64>,
    pub(super) to: Option<f64>,
    pub(super) score: Option<f64>,
}

/// What is wrong with the bands of a number question. `band` is an index into them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum BandProblem {
    /// The question's `min` is above its `max`.
    MinAboveMax { min: f64, max: f64 },
    /// There is no band at all.
    NoBand,
    /// `from` is not below `to`.
    Empty { band: usize, from: f64, to: f64 },
    /// The first band starts above `min` (or above minus infinity without `min`).
    UncoveredBelow { min: Option<f64>, from: f64 },
    /// Values from the previous band's `to` to this band's `from` are in no band.
    Gap { band: usize, from: f64, to: f64 },
    /// Values from this band's `from` to the previous band's `to` are in two bands.
    Overlap { band: usize, from: f64, to: f64 },
    /// A band other than the first lacks `from`, or one before it lacks `to`.
    OpenInside { band: usize },
    /// The last band stops at or below `max` (or below plus infinity without `max`).
    UncoveredAbove {
        band: usize,
        to: f64,
        max: Option<f64>,
    },
    /// A score outside 0..=1.
    ScoreOutOfRange { band: usize, score: f64 },
}

/// Every problem of `bands` (in order) given the question's `min` and `max`.
/// Bands must follow each other: each `from` is the previous band's `to`, the first
/// band covers `min` and the last covers `max`; a band's `to` is excluded.
pub(super) fn band_problems(
    min: Option<f64>,
    max: Option<f64>,
    bands: &[BandSpec],
) -> Vec<BandProblem> {
    let mut problems = Vec::new();
    if let (Some(min), Some(max)) = (min, max)
        && min > max
    {
        problems.push(BandProblem::MinAboveMax { min, max });
    }
    if bands.is_empty() {
        problems.push(BandProblem::NoBand);
    }
    for (band, spec) in bands.iter().enumerate() {
        if let (Some(from), Some(to)) = (spec.from, spec.to)
            && from >= to
        {
            problems.push(BandProblem::Empty { band, from, to });
        }
        match band.checked_sub(1).map(|previous| bands[previous].to) {
            None => {
                if let Some(from) = spec.from
                    && min.is_none_or(|min| from > min)
                {
                    problems.push(BandProblem::UncoveredBelow { min, from });
                }
            }
            Some(Some(previous_to)) if spec.from.is_some_and(|from| from > previous_to) => {
                let from = spec.from.unwrap_or(previous_to);
                problems.push(BandProblem::Gap {
                    band,
                    from: previous_to,
                    to: from,
                });
            }
            Some(Some(previous_to)) if spec.from.is_some_and(|from| from < previous_to) => {
                let from = spec.from.unwrap_or(previous_to);
                problems.push(BandProblem::Overlap {
                    band,
                    from,
                    to: previous_to,
                });
            }
            Some(None) => problems.push(BandProblem::OpenInside { band }),
            Some(Some(_)) if spec.from.is_none() => problems.push(BandProblem::OpenInside { band }),
            Some(Some(_)) => {}
        }
        if band + 1 == bands.len()
            && let Some(to) = spec.to
            && max.is_none_or(|max| max >= to)
        {
            problems.push(BandProblem::UncoveredAbove { band, to, max });
        }
        if let Some(score) = spec.score
            && !(0.0..=1.0).contains(&score)
        {
            problems.push(BandProblem::ScoreOutOfRange { band, score });
        }
    }
    problems
}

/// Where the numbers of a number question are written.
#[derive(Default)]
struct Spans {
    min: Range<usize>,
    bands: Range<usize>,
    band: Vec<Range<usize>>,
    from: Vec<Range<usize>>,
    to: Vec<Range<usize>>,
    score: Vec<Range<usize>>,
}

impl Spans {
    fn get(list: &[Range<usize>], band: usize) -> Range<usize> {
        list.get(band).cloned().unwrap_or_default()
    }
}

/// The diagnostic of one problem, in `lang`, pointing where `spans` say.
fn band_diagnostic(problem: BandProblem, spans: &Spans, qid: &str, lang: Lang) -> Diagnostic {
    let n = |value: f64| num(value, lang);
    match problem {
        BandProblem::MinAboveMax { min, max } => Diagnostic::error(
            Code::MinAboveMax,
            tr!(lang, "validate-min-above-max", min = n(min), max = n(max)),
        )
        .at(spans.min.clone()),
        BandProblem::NoBand => Diagnostic::error(
            Code::MissingBands,
            tr!(lang, "validate-no-bands", question = qid),
        )
        .at(spans.bands.clone())
        .help(tr!(lang, "validate-no-bands.help")),
        BandProblem::Empty { band, from, to } => Diagnostic::error(
            Code::EmptyBand,
            tr!(lang, "validate-band-empty", from = n(from), to = n(to)),
        )
        .at(Spans::get(&spans.band, band))
        .label(tr!(lang, "validate-band-empty.label")),
        BandProblem::UncoveredBelow { min, from } => Diagnostic::error(
            Code::BandGap,
            match min {
                Some(min) => tr!(lang, "validate-band-uncovered", from = n(min), to = n(from)),
                None => tr!(lang, "validate-band-uncovered-below", from = n(from)),
            },
        )
        .at(Spans::get(&spans.from, 0))
        .help(tr!(lang, "validate-band-first-from-help")),
        BandProblem::Gap { band, from, to } => Diagnostic::error(
            Code::BandGap,
            tr!(lang, "validate-band-gap", from = n(from), to = n(to)),
        )
        .at(Spans::get(&spans.from, band))
        .label(tr!(lang, "validate-band-expected-previous", to = n(from))),
        BandProblem::Overlap { band, from, to } => Diagnostic::error(
            Code::BandOverlap,
            tr!(lang, "validate-band-overlap", from = n(from), to = n(to)),
        )
        .at(Spans::get(&spans.from, band))
        .label(tr!(lang, "validate-band-expected-previous", to = n(to))),
        BandProblem::OpenInside { band } => {
            Diagnostic::error(Code::BandOverlap, tr!(lang, "validate-band-open-inside"))
                .at(Spans::get(&spans.band, band))
        }
        BandProblem::UncoveredAbove { band, to, max } => Diagnostic::error(
            Code::BandGap,
            match max {
                Some(max) => tr!(lang, "validate-band-gap", from = n(to), to = n(max)),
                None => tr!(lang, "validate-band-uncovered-above", from = n(to)),
            },
        )
        .at(Spans::get(&spans.to, band))
        .help(tr!(lang, "validate-band-last-to-help")),
        BandProblem::ScoreOutOfRange { band, score } => Diagnostic::error(
            Code::ScoreOutOfRange,
            tr!(
                lang,
                "validate-score-out-of-range",
                key = "score",
                value = n(score)
            ),
        )
        .at(Spans::get(&spans.score, band))
        .label(tr!(lang, "validate-score-out-of-range.label")),
    }
}

impl Validator {
    /// The kind of a number question: unit, `min`, `max`, bands and `whole`.
    pub(super) fn number(
        &mut self,
        raw: &Spanned<RawQuestion>,
        provenance: &Provenance,
        article: &str,
    ) -> Option<Kind> {
        let lang = self.lang;
        let q = raw.get_ref();
        let qid = q.id.get_ref();
        let unit = match &q.unit {
            Some(unit) => check_text(unit, &format!("{qid}.unit"), lang, &mut self.diagnostics),
            None => {
                self.push(
                    Diagnostic::error(
                        Code::MissingUnit,
                        tr!(lang, "validate-missing-unit", question = qid.as_str()),
                    )
                    .at(raw.span())
                    .help(tr!(lang, "validate-missing-unit.help")),
                );
                None
            }
        };
        let mut finite = true;
        let min = self.optional_finite(q.min.as_ref(), "min", &mut finite);
        let max = self.optional_finite(q.max.as_ref(), "max", &mut finite);
        let min = min.map(Spanned::into_inner);
        let max = max.map(Spanned::into_inner);
        let Some(bands) = &q.band else {
            let spans = Spans {
                min: span_of(q.min.as_ref()),
                bands: raw.span(),
                ..Spans::default()
            };
            for problem in band_problems(min, max, &[]) {
                self.push(band_diagnostic(problem, &spans, qid, lang));
            }
            return None;
        };
        // Every number checked finite first: the coverage checks compare them.
        let mut specs = Vec::new();
        for band in bands.get_ref() {
            let b = band.get_ref();
            let from = self.optional_finite(b.from.as_ref(), "from", &mut finite);
            let to = self.optional_finite(b.to.as_ref(), "to", &mut finite);
            let score = self.finite(&b.score, "score");
            specs.push(BandSpec {
                from: from.map(Spanned::into_inner),
                to: to.map(Spanned::into_inner),
                score: score.map(Spanned::into_inner),
            });
        }
        if !finite {
            return None;
        }
        let list = bands.get_ref();
        let spans = Spans {
            min: span_of(q.min.as_ref()),
            bands: bands.span(),
            band: list.iter().map(Spanned::span).collect(),
            from: list
                .iter()
                .map(|b| span_of(b.get_ref().from.as_ref()))
                .collect(),
            to: list
                .iter()
                .map(|b| span_of(b.get_ref().to.as_ref()))
                .collect(),
            score: list.iter().map(|b| b.get_ref().score.span()).collect(),
        };
        let problems = band_problems(min, max, &specs);
        let ok = problems.is_empty();
        for problem in problems {
            let diagnostic = band_diagnostic(problem, &spans, qid, lang);
            self.push(diagnostic);
        }
        let out = self.bands(raw, &specs, provenance, article);
        Some(Kind::Number {
            unit: unit?,
            min,
            max,
            bands: out.filter(|_| ok)?,
            whole: q.whole.unwrap_or(false),
        })
    }

    /// The bands with their labels, provenance and severity; `None` when a label
    /// or a provenance is wrong (already reported).
    fn bands(
        &mut self,
        raw: &Spanned<RawQuestion>,
        specs: &[BandSpec],
        provenance: &Provenance,
        article: &str,
    ) -> Option<Vec<Band>> {
        let lang = self.lang;
        let q = raw.get_ref();
        let qid = q.id.get_ref();
        let list = q.band.as_ref()?.get_ref();
        let mut out = Vec::new();
        let mut labels_ok = true;
        for (band, spec) in list.iter().zip(specs) {
            let b = band.get_ref();
            let label = b.label.as_ref().map(|label| {
                check_text(
                    label,
                    &format!("{qid}.band.label"),
                    lang,
                    &mut self.diagnostics,
                )
            });
            let what = format!("{qid}.band");
            let own = self.provenance(b.provenance.as_ref(), provenance, article, &what);
            match (spec.score, label, own) {
                (Some(score), None, Some(own)) => {
                    out.push(band_of(spec, score, None, own, b.severity));
                }
                (Some(score), Some(Some(label)), Some(own)) => {
                    out.push(band_of(spec, score, Some(label), own, b.severity));
                }
                _ => labels_ok = false,
            }
        }
        labels_ok.then_some(out)
    }
}

fn span_of(value: Option<&super::raw::Num>) -> Range<usize> {
    value.map(Spanned::span).unwrap_or_default()
}

fn band_of(
    spec: &BandSpec,
    score: f64,
    label: Option<crate::lang::Text>,
    provenance: Provenance,
    severity: Option<Severity>,
) -> Band {
    Band {
        from: spec.from,
        to: spec.to,
        score,
        label,
        provenance,
        severity,
    }
}
