//! One offer's value on one criterion, as written in an offer or evaluation file:
//! a number, `{ value = …, note = "…" }`, or the values of several evaluators
//! `{ by = { claire = 4, malik = 3 }, note = "…" }`, or an uncertain value
//! `{ min = 3.9, max = 4.3, note = "…" }` (its midpoint counts in the ranking; the
//! Monte Carlo draws it uniformly). Every evaluator's value and each bound keep
//! their own position, so a bad one is reported where it is written.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use toml::Spanned;

use super::common::number;
use crate::diag::{Code, Diagnostic};
use crate::lang::Lang;
use crate::model::offer::{Interval, Score};
use crate::ranking::aggregate::mean;
use crate::tr;

/// Evaluator name to value, with positions.
type RawBy = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

/// A score as written, before any check.
#[derive(Debug)]
pub(crate) enum RawScore {
    /// A bare value (a number when valid).
    Bare(toml::Value),
    /// A table: `value`, `note`, `by`, `min`, `max`, and any other key (an error).
    Table {
        value: Option<Spanned<toml::Value>>,
        note: Option<toml::Value>,
        by: Option<Spanned<ByShape>>,
        bounds: Box<Bounds>,
        unknown: Vec<String>,
    },
}

/// The bounds of an interval, as written.
#[derive(Debug, Default)]
pub(crate) struct Bounds {
    pub(crate) min: Option<Spanned<toml::Value>>,
    pub(crate) max: Option<Spanned<toml::Value>>,
}

/// What `by` holds: a table of evaluators, or anything else (an error).
#[derive(Debug)]
pub(crate) enum ByShape {
    Table(RawBy),
    Other,
}

struct RawScoreVisitor;

impl<'de> Visitor<'de> for RawScoreVisitor {
    type Value = RawScore;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number or a table")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawScore, E> {
        Ok(RawScore::Bare(toml::Value::Integer(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawScore, E> {
        // Above i64::MAX: kept as a float, as large as it is.
        #[allow(clippy::cast_precision_loss)]
        Ok(RawScore::Bare(i64::try_from(v).map_or(
            toml::Value::Float(v as f64),
            toml::Value::Integer,
        )))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawScore, E> {
        Ok(RawScore::Bare(toml::Value::Float(v)))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawScore, E> {
        Ok(RawScore::Bare(toml::Value::Boolean(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawScore, E> {
        Ok(RawScore::Bare(toml::Value::String(v.to_owned())))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RawScore, A::Error> {
        let value = toml::Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        Ok(RawScore::Bare(value))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawScore, A::Error> {
        let (mut value, mut note, mut by, mut unknown) = (None, None, None, Vec::new());
        let mut bounds = Box::<Bounds>::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "value" => value = Some(map.next_value()?),
                "note" => note = Some(map.next_value()?),
                "by" => by = Some(map.next_value()?),
                "min" => bounds.min = Some(map.next_value()?),
                "max" => bounds.max = Some(map.next_value()?),
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                    unknown.push(key);
                }
            }
        }
        Ok(RawScore::Table {
            value,
            note,
            by,
            bounds,
            unknown,
        })
    }
}

impl<'de> Deserialize<'de> for RawScore {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawScoreVisitor)
    }
}

struct ByVisitor;

impl<'de> Visitor<'de> for ByVisitor {
    type Value = ByShape;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a table of evaluators")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ByShape, A::Error> {
        let mut by = RawBy::new();
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            // A key that is not a table key (a datetime's private marker) is refused below.
            let value = map.next_value::<Spanned<toml::Value>>()?;
            by.insert(key, value);
        }
        Ok(ByShape::Table(by))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<ByShape, E> {
        Ok(ByShape::Other)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<ByShape, E> {
        Ok(ByShape::Other)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<ByShape, E> {
        Ok(ByShape::Other)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<ByShape, E> {
        Ok(ByShape::Other)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<ByShape, E> {
        Ok(ByShape::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ByShape, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(ByShape::Other)
    }
}

impl<'de> Deserialize<'de> for ByShape {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ByVisitor)
    }
}

/// A valid [`Score`] from what was written for criterion `key`, or `None` after
/// pushing the diagnostics.
pub(crate) fn validate_score(
    key: &str,
    raw: &Spanned<RawScore>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Score> {
    let span = raw.span();
    let invalid = || {
        Diagnostic::error(
            Code::InvalidScore,
            tr!(lang, "offer-invalid-score", key = key),
        )
        .at(span.clone())
    };
    let (value, note, by, unknown) = match raw.get_ref() {
        RawScore::Bare(value) => {
            let spanned = Spanned::new(span.clone(), value.clone());
            return push_err(number(&spanned, lang, key), diagnostics)
                .map(|value| Score::plain(value, None));
        }
        RawScore::Table {
            value,
            note,
            by,
            bounds,
            unknown,
        } => {
            if bounds.min.is_some() || bounds.max.is_some() {
                return interval_score(key, raw, lang, diagnostics);
            }
            (value, note, by, unknown)
        }
    };
    let note_ok = note.as_ref().is_none_or(toml::Value::is_str);
    if !unknown.is_empty() || !note_ok {
        diagnostics.push(invalid());
        return None;
    }
    let note = note
        .as_ref()
        .and_then(toml::Value::as_str)
        .map(str::to_owned);
    match (value, by) {
        (Some(value), None) => {
            push_err(number(value, lang, key), diagnostics).map(|v| Score::plain(v, note))
        }
        (None, Some(by)) => {
            let by = evaluator_values(key, by, lang, diagnostics)?;
            let values: Vec<f64> = by.values().copied().collect();
            Some(Score {
                value: mean(&values)?,
                note,
                by,
                interval: None,
                by_intervals: BTreeMap::new(),
            })
        }
        (Some(_), Some(by)) => {
            diagnostics.push(
                Diagnostic::error(
                    Code::InvalidScore,
                    tr!(lang, "evaluators-value-and-by", key = key),
                )
                .at(by.span()),
            );
            None
        }
        (None, None) => {
            diagnostics.push(invalid());
            None
        }
    }
}

/// A score written with `min` and/or `max`: an interval, alone with its note.
fn interval_score(
    key: &str,
    raw: &Spanned<RawScore>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Score> {
    let RawScore::Table {
        value,
        note,
        by,
        bounds,
        unknown,
    } = raw.get_ref()
    else {
        return None;
    };
    let span = raw.span();
    let error = |message: String, at: std::ops::Range<usize>| {
        Diagnostic::error(Code::InvalidScore, message).at(at)
    };
    if !unknown.is_empty() || !note.as_ref().is_none_or(toml::Value::is_str) {
        diagnostics.push(error(tr!(lang, "offer-invalid-score", key = key), span));
        return None;
    }
    if let Some(other) = value
        .as_ref()
        .map(Spanned::span)
        .or(by.as_ref().map(Spanned::span))
    {
        diagnostics.push(
            error(tr!(lang, "intervals-with-value", key = key), other)
                .help(tr!(lang, "intervals-help")),
        );
        return None;
    }
    let (Some(min), Some(max)) = (&bounds.min, &bounds.max) else {
        diagnostics.push(
            error(tr!(lang, "intervals-one-bound", key = key), span)
                .help(tr!(lang, "intervals-help")),
        );
        return None;
    };
    let low = push_err(number(min, lang, &format!("{key}.min")), diagnostics);
    let high = push_err(number(max, lang, &format!("{key}.max")), diagnostics);
    let (low, high) = (low?, high?);
    if low > high {
        diagnostics.push(
            error(tr!(lang, "intervals-reversed", key = key), max.span())
                .help(tr!(lang, "intervals-help")),
        );
        return None;
    }
    let note = note
        .as_ref()
        .and_then(toml::Value::as_str)
        .map(str::to_owned);
    Some(Score::interval(
        Interval {
            min: low,
            max: high,
        },
        note,
    ))
}

/// The evaluators' values of a `by` table: each a finite number, at least one.
fn evaluator_values(
    key: &str,
    by: &Spanned<ByShape>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<BTreeMap<String, f64>> {
    let ByShape::Table(table) = by.get_ref() else {
        diagnostics.push(bad_by(key, by.span(), lang));
        return None;
    };
    if table.is_empty() {
        diagnostics.push(bad_by(key, by.span(), lang));
        return None;
    }
    let before = diagnostics.len();
    let mut values = BTreeMap::new();
    for (name, value) in table {
        let what = format!("{key}.by.{}", name.get_ref());
        if let Some(value) = push_err(number(value, lang, &what), diagnostics) {
            values.insert(name.get_ref().clone(), value);
        }
    }
    (diagnostics.len() == before).then_some(values)
}

/// `by` that is not a table of evaluators, or is empty.
fn bad_by(key: &str, span: std::ops::Range<usize>, lang: Lang) -> Diagnostic {
    Diagnostic::error(
        Code::InvalidScore,
        tr!(lang, "evaluators-bad-by", key = key),
    )
    .at(span)
    .help(tr!(lang, "evaluators-bad-by-help"))
}

fn push_err<T>(result: Result<T, Diagnostic>, diagnostics: &mut Vec<Diagnostic>) -> Option<T> {
    result.map_err(|d| diagnostics.push(d)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<Score>, Vec<Diagnostic>) {
        #[derive(serde::Deserialize)]
        struct File {
            fit: Spanned<RawScore>,
        }
        let file: File = toml::from_str(text).unwrap();
        let mut diagnostics = Vec::new();
        let score = validate_score("fit", &file.fit, Lang::En, &mut diagnostics);
        (score, diagnostics)
    }

    #[test]
    fn three_evaluators_give_their_mean() {
        let (score, diagnostics) = parse("fit = { by = { claire = 4, malik = 3, sofia = 8 } }");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let score = score.unwrap();
        // (4 + 3 + 8) / 3 = 5.
        assert_eq!(score.value, 5.0);
        assert_eq!(score.by["sofia"], 8.0);
    }

    #[test]
    fn a_bad_evaluator_value_is_reported_where_it_is() {
        let text = "fit = { by = { claire = 4, malik = \"high\" } }";
        let (score, diagnostics) = parse(text);
        assert!(score.is_none());
        assert_eq!(diagnostics[0].code, "not-a-number");
        // The span is malik's value, `"high"`.
        let span = diagnostics[0].span.clone().unwrap();
        assert_eq!(&text[span], "\"high\"");
        assert!(diagnostics[0].message.contains("fit.by.malik"));
    }

    #[test]
    fn bad_by_shapes() {
        for text in [
            "fit = { by = 3 }",
            "fit = { by = {} }",
            "fit = { value = 3, by = { claire = 4 } }",
            "fit = { by = { claire = 4 }, unit = \"x\" }",
            "fit = { min = 3, max = 4, value = 3.5 }",
            "fit = { min = 3, max = 4, by = { claire = 4 } }",
            "fit = { min = 3 }",
            "fit = { max = 3, note = 4 }",
        ] {
            let (score, diagnostics) = parse(text);
            assert!(score.is_none(), "{text}");
            assert_eq!(diagnostics[0].code, "invalid-score", "{text}");
        }
    }

    #[test]
    fn an_interval_counts_as_its_midpoint() {
        let (score, diagnostics) = parse("fit = { min = 3.9, max = 4.3, note = \"pilot\" }");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let score = score.unwrap();
        // (3.9 + 4.3) / 2 = 4.1.
        assert!((score.value - 4.1).abs() < 1e-12);
        assert_eq!(score.interval, Some(Interval { min: 3.9, max: 4.3 }));
        assert_eq!(score.note.as_deref(), Some("pilot"));
    }

    #[test]
    fn a_reversed_or_bad_bound_is_reported_where_it_is() {
        let text = "fit = { min = 5, max = 4 }";
        let (score, diagnostics) = parse(text);
        assert!(score.is_none());
        assert_eq!(diagnostics[0].code, "invalid-score");
        assert_eq!(&text[diagnostics[0].span.clone().unwrap()], "4");

        let text = "fit = { min = \"low\", max = 4 }";
        let (score, diagnostics) = parse(text);
        assert!(score.is_none());
        assert_eq!(diagnostics[0].code, "not-a-number");
        assert_eq!(&text[diagnostics[0].span.clone().unwrap()], "\"low\"");
        assert!(diagnostics[0].message.contains("fit.min"));
    }
}
