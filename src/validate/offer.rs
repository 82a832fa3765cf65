//! Offer files: raw TOML to [`Offer`]s, with every problem as a diagnostic.
//!
//! One offer per file:
//! ```toml
//! name = "Atlantique Contact"
//! [scores]
//! price = 2.9                                   # a number
//! sla = { value = 85, note = "80 % in 20 s" }   # or a value with a note
//! fit = { by = { claire = 7, malik = 6 } }      # or several evaluators' values
//! ```
//! or several in one file:
//! ```toml
//! [[provider]]
//! name = "Atlantique Contact"
//! [provider.scores]
//! price = 2.9
//! ```

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::criteria::{Criteria, Criterion, Scale};
use crate::model::offer::{Offer, Score};

use super::common::{is_blank, num, unknown_criterion};
use super::criteria::resolve_level;
use super::score::{Bounds, ByShape, RawScore, validate_score};
use crate::diag::Code;

type RawScores = BTreeMap<Spanned<String>, Spanned<RawScore>>;

/// A provider's offer scored on each criterion (`name` and `[scores]`), or several
/// offers as `[[provider]]` tables.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawOfferFile {
    /// The provider's name.
    #[schemars(with = "Option<String>")]
    name: Option<Spanned<String>>,
    /// A note on the offer.
    note: Option<String>,
    /// Criterion id to score.
    #[schemars(with = "Option<BTreeMap<String, crate::validate::shape::Score>>")]
    scores: Option<Spanned<RawScores>>,
    /// Several offers in one file, instead of `name` and `[scores]`.
    #[schemars(with = "Option<Vec<RawProvider>>")]
    provider: Option<Spanned<Vec<Spanned<RawProvider>>>>,
}

/// One offer of a `[[provider]]` list.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawProvider {
    /// The provider's name.
    #[schemars(with = "String")]
    name: Option<Spanned<String>>,
    /// A note on the offer.
    note: Option<String>,
    /// Criterion id to score.
    #[schemars(with = "BTreeMap<String, crate::validate::shape::Score>")]
    scores: Option<Spanned<RawScores>>,
}

/// Whether a TOML table looks like an offer file (for `outsource validate`).
pub(crate) fn looks_like_offers(table: &toml::Table) -> bool {
    table.contains_key("provider") || table.contains_key("scores")
}

/// Parses and checks an offer file (one offer, or several `[[provider]]`). With
/// `criteria`, score keys must be criterion ids; without, only the structure is
/// checked (for `outsource validate`).
pub fn validate_offers(
    file: &SourceFile,
    criteria: Option<&Criteria>,
    lang: Lang,
) -> (Option<Vec<Offer>>, Vec<Diagnostic>) {
    let raw: RawOfferFile = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(error) => return (None, vec![Diagnostic::from_toml(&error)]),
    };
    let mut diagnostics = Vec::new();
    let Some(entries) = offer_entries(raw, file, lang, &mut diagnostics) else {
        return (None, diagnostics);
    };

    let known: Vec<&str> = criteria
        .map(|c| c.criteria.iter().map(|c| c.id.as_str()).collect())
        .unwrap_or_default();
    let mut offers = Vec::new();
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for (span, entry) in entries {
        let Some(name) = entry.name else {
            diagnostics.push(
                Diagnostic::error(Code::MissingName, crate::tr!(lang, "offer-missing-name"))
                    .at(span.start..span.start + usize::from(span.end > span.start)),
            );
            continue;
        };
        let (name, name_span) = offer_name(name, file, &mut seen, lang, &mut diagnostics);
        let _ = entry.note;
        let scores = offer_scores(
            entry.scores,
            &name,
            &name_span,
            (criteria, criteria.map(|_| known.as_slice())),
            lang,
            &mut diagnostics,
        );
        offers.push(Offer {
            name,
            scores,
            source: file.path.clone(),
            name_span: Some(name_span),
        });
    }

    if diagnostics.iter().any(Diagnostic::is_error) {
        (None, diagnostics)
    } else {
        (Some(offers), diagnostics)
    }
}

/// The file's offers with their spans (`0..0` for a single-offer file), or
/// `None` after a diagnostic when the file mixes both shapes or has no offer.
fn offer_entries(
    raw: RawOfferFile,
    file: &SourceFile,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<(Range<usize>, RawProvider)>> {
    let single = raw.name.is_some() || raw.scores.is_some();
    match (single, raw.provider) {
        (true, Some(list)) => {
            diagnostics.push(
                Diagnostic::error(Code::MixedOfferFile, crate::tr!(lang, "offer-mixed-file"))
                    .at(list.span()),
            );
            None
        }
        (true, None) => Some(vec![(
            0..0,
            RawProvider {
                name: raw.name,
                note: raw.note,
                scores: raw.scores,
            },
        )]),
        (false, Some(list)) => Some(
            list.into_inner()
                .into_iter()
                .map(|p| (p.span(), p.into_inner()))
                .collect(),
        ),
        (false, None) => {
            let (code, message) = if is_blank(&file.text) {
                (Code::EmptyFile, crate::tr!(lang, "offer-empty-file"))
            } else {
                (Code::NoOffer, crate::tr!(lang, "offer-none"))
            };
            diagnostics.push(
                Diagnostic::error(code, message)
                    .at(0..0)
                    .help(crate::tr!(lang, "offer-none-help")),
            );
            None
        }
    }
}

/// An offer's trimmed name and its span, with a diagnostic when it is empty or
/// repeats one in `seen` (the names met so far, recorded here).
fn offer_name(
    name: Spanned<String>,
    file: &SourceFile,
    seen: &mut HashMap<String, Range<usize>>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> (String, Range<usize>) {
    let name_span = name.span();
    let name = name.into_inner().trim().to_owned();
    if name.is_empty() {
        diagnostics.push(
            Diagnostic::error(Code::EmptyName, crate::tr!(lang, "offer-empty-name"))
                .at(name_span.clone()),
        );
    }
    if let Some(first) = seen.get(&name) {
        let line = file.line(first.start);
        diagnostics.push(
            Diagnostic::error(
                Code::DuplicateProvider,
                crate::tr!(lang, "offer-duplicate-provider", name = name.as_str()),
            )
            .at(name_span.clone())
            .label(crate::tr!(
                lang,
                "offer-duplicate-provider-label",
                line = line
            )),
        );
    } else {
        seen.insert(name.clone(), name_span.clone());
    }
    (name, name_span)
}

/// An offer's valid scores. With `known` (the criterion ids), a key outside
/// them is an error; without, any key is accepted.
fn offer_scores(
    raw_scores: Option<Spanned<RawScores>>,
    name: &str,
    name_span: &Range<usize>,
    (criteria, known): (Option<&Criteria>, Option<&[&str]>),
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Score> {
    let mut scores = BTreeMap::new();
    let Some(raw_scores) = raw_scores else {
        diagnostics.push(
            Diagnostic::error(
                Code::MissingScores,
                crate::tr!(lang, "offer-missing-scores", name = name),
            )
            .at(name_span.clone()),
        );
        return scores;
    };
    for (key, value) in raw_scores.into_inner() {
        let key_span = key.span();
        let value_span = value.span();
        let key = key.into_inner();
        if let Some(known) = known
            && !known.contains(&key.as_str())
        {
            diagnostics.push(unknown_criterion(&key, key_span, known, lang));
            continue;
        }
        let value = match resolve_levels(criteria, &key, value, lang) {
            Ok(value) => value,
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                continue;
            }
        };
        let Some(score) = validate_score(&key, &value, lang, diagnostics) else {
            continue;
        };
        if let Some(criterion) = criteria.and_then(|c| c.criteria.iter().find(|c| c.id == key))
            && let Some(diagnostic) = negative_price(criterion, &score, lang)
        {
            diagnostics.push(diagnostic.at(value_span));
            continue;
        }
        scores.insert(key, score);
    }
    scores
}

/// Whether `criterion` is a price: an amount paid, which cannot be negative
/// (practice: a discount lowers a price, it does not make it negative). A
/// `lowest-price` scale divides the lowest price by each price, which needs
/// prices above 0 as well.
fn is_price(criterion: &Criterion) -> bool {
    criterion.price || criterion.scale == Scale::LowestPrice
}

/// The `negative-price` error (without position) when `score` holds a negative
/// value (its value, an interval's lower bound, an evaluator's value) on a price
/// criterion; the caller places it on the value, in a file or a table.
pub(crate) fn negative_price(
    criterion: &Criterion,
    score: &Score,
    lang: Lang,
) -> Option<Diagnostic> {
    if !is_price(criterion) {
        return None;
    }
    let lowest = std::iter::once(score.value)
        .chain(score.interval.map(|i| i.min))
        .chain(score.by.values().copied())
        .chain(score.by_intervals.values().map(|i| i.min))
        .filter(|value| *value < 0.0)
        .reduce(f64::min)?;
    Some(
        Diagnostic::error(
            Code::NegativePrice,
            crate::tr!(
                lang,
                "smallfix-negative-price",
                key = criterion.id.as_str(),
                value = num(lowest, lang)
            ),
        )
        .label(crate::tr!(lang, "smallfix-negative-price.label"))
        .help(crate::tr!(lang, "smallfix-negative-price.help")),
    )
}

/// A level's name on a criterion with `levels` counts as the level's value,
/// whether given alone, as `value`, or by an evaluator in `by`.
fn resolve_levels(
    criteria: Option<&Criteria>,
    key: &str,
    raw: Spanned<RawScore>,
    lang: Lang,
) -> Result<Spanned<RawScore>, Diagnostic> {
    let resolve = |value: Spanned<toml::Value>| -> Result<Spanned<toml::Value>, Diagnostic> {
        let span = value.span();
        Ok(resolve_level(criteria, key, &value, lang)?
            .map_or(value, |level| Spanned::new(span, level.into_inner())))
    };
    let span = raw.span();
    let score = match raw.into_inner() {
        RawScore::Bare(value) => {
            RawScore::Bare(resolve(Spanned::new(span.clone(), value))?.into_inner())
        }
        RawScore::Table {
            value,
            note,
            by,
            bounds,
            unknown,
        } => {
            let value = value.map(resolve).transpose()?;
            let bounds = Box::new(Bounds {
                min: bounds.min.map(resolve).transpose()?,
                max: bounds.max.map(resolve).transpose()?,
            });
            let by = match by {
                Some(by) => {
                    let by_span = by.span();
                    Some(Spanned::new(
                        by_span,
                        match by.into_inner() {
                            ByShape::Table(map) => ByShape::Table(
                                map.into_iter()
                                    .map(|(name, value)| {
                                        // An evaluator's value may be an interval.
                                        Ok((name, resolve_levels(criteria, key, value, lang)?))
                                    })
                                    .collect::<Result<_, Diagnostic>>()?,
                            ),
                            other => other,
                        },
                    ))
                }
                None => None,
            };
            RawScore::Table {
                value,
                note,
                by,
                bounds,
                unknown,
            }
        }
    };
    Ok(Spanned::new(span, score))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;
    use crate::model::criteria::{Criterion, Direction};

    fn criteria() -> Criteria {
        let criterion = |id: &str| Criterion {
            id: id.to_owned(),
            name: Text::new(id, id),
            weight: 0.5,
            direction: Direction::Benefit,
            min: None,
            max: None,
            required: false,
            price: false,
            unit: None,
            scale: Default::default(),
        };
        Criteria {
            criteria: vec![criterion("quality"), criterion("price")],
            method: None,
            ahp: None,
            groups: None,
        }
    }

    fn check(text: &str, with_criteria: bool) -> (Option<Vec<Offer>>, Vec<Diagnostic>) {
        let criteria = criteria();
        validate_offers(
            &SourceFile::new("o.toml", text),
            with_criteria.then_some(&criteria),
            Lang::En,
        )
    }

    #[test]
    fn single_offer_with_a_note() {
        let (offers, diagnostics) = check(
            "name = \"A\"\n[scores]\nquality = 7\nprice = { value = 2.5, note = \"per contact\" }\n",
            true,
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let offers = offers.unwrap();
        assert_eq!(offers[0].value("quality"), Some(7.0));
        assert_eq!(
            offers[0].scores["price"].note.as_deref(),
            Some("per contact")
        );
    }

    #[test]
    fn several_providers() {
        let (offers, diagnostics) = check(
            "[[provider]]\nname = \"A\"\n[provider.scores]\nquality = 1\n\
             [[provider]]\nname = \"B\"\n[provider.scores]\nprice = 2\n",
            true,
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(offers.unwrap().len(), 2);
    }

    #[test]
    fn structure_only_accepts_any_criterion_id() {
        let (offers, diagnostics) = check("name = \"A\"\n[scores]\nanything = 1\n", false);
        assert!(diagnostics.is_empty());
        assert!(offers.is_some());
        let (_, diagnostics) = check("name = \"A\"\n[scores]\nanything = 1\n", true);
        assert_eq!(diagnostics[0].code, "unknown-criterion");
        assert_eq!(
            diagnostics[0].help.as_deref(),
            Some("known criteria: quality, price")
        );
    }

    #[test]
    fn bad_shapes() {
        let (_, diagnostics) = check(
            "name = \"A\"\n[scores]\nquality = { value = 1, unit = \"x\" }\nprice = nan\n",
            true,
        );
        let codes: Vec<&str> = diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["not-a-number", "invalid-score"]);
        let (_, diagnostics) = check("name = \"A\"\n[scores]\n[[provider]]\nname = \"B\"\n", true);
        assert_eq!(diagnostics[0].code, "mixed-offer-file");
        let (_, diagnostics) = check("[[provider]]\n[provider.scores]\nquality = 1\n", true);
        assert_eq!(diagnostics[0].code, "missing-name");
        let (_, diagnostics) = check("note = \"draft\"\n", true);
        assert_eq!(diagnostics[0].code, "no-offer");
    }

    #[test]
    fn a_negative_price_is_an_error_at_the_value() {
        let mut criteria = criteria();
        criteria.criteria[1].price = true;
        let check = |text: &str| {
            validate_offers(&SourceFile::new("o.toml", text), Some(&criteria), Lang::En)
        };
        let text = "name = \"A\"\n[scores]\nquality = -2\nprice = -3\n";
        let (offers, diagnostics) = check(text);
        assert!(offers.is_none());
        // One error only: `quality` is no price, a negative value is fine there.
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].code, "negative-price");
        assert_eq!(&text[diagnostics[0].span.clone().unwrap()], "-3");
        assert_eq!(
            diagnostics[0].message,
            "a price cannot be negative: `price` is -3"
        );
        // The lowest negative value of an interval or of several evaluators.
        for (score, lowest) in [
            ("{ min = -1.5, max = 2 }", "-1.5"),
            ("{ by = { claire = 3, malik = -0.5, sofia = -2 } }", "-2"),
        ] {
            let text = format!("name = \"A\"\n[scores]\nprice = {score}\n");
            let (_, diagnostics) = check(&text);
            assert_eq!(diagnostics[0].code, "negative-price", "{score}");
            assert!(diagnostics[0].message.ends_with(lowest), "{score}");
            assert_eq!(&text[diagnostics[0].span.clone().unwrap()], score);
        }
        // 0 is a price (free), and so is -0.
        let (offers, diagnostics) = check("name = \"A\"\n[scores]\nprice = 0\nquality = -0.0\n");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(offers.is_some());
        // Without criteria (structure only), nothing is known of prices.
        let (offers, _) = validate_offers(
            &SourceFile::new("o.toml", "name = \"A\"\n[scores]\nprice = -3\n"),
            None,
            Lang::En,
        );
        assert!(offers.is_some());
    }

    #[test]
    fn a_lowest_price_scale_is_a_price_too() {
        let mut criteria = criteria();
        criteria.criteria[0].scale = Scale::LowestPrice;
        let text = "name = \"A\"\n[scores]\nquality = -1\n";
        let (_, diagnostics) =
            validate_offers(&SourceFile::new("o.toml", text), Some(&criteria), Lang::Fr);
        assert_eq!(diagnostics[0].code, "negative-price");
        assert_eq!(
            diagnostics[0].message,
            "un prix ne peut pas être négatif\u{a0}: `quality` vaut -1"
        );
    }
}
