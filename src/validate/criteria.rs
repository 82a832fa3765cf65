//! Criteria file: raw TOML to [`Criteria`], with every problem as a diagnostic.
//!
//! ```toml
//! method = "weighted-sum"          # optional: "weighted-sum" or "topsis"
//!
//! [[criterion]]
//! id = "price"
//! name = { fr = "Prix", en = "Price" }
//! weight = 3                       # > 0, any scale; normalised to sum 1
//! direction = "cost"               # "benefit" (default) or "cost"
//! max = 4.5                        # must-have bound (optional, also `min`)
//! required = true                  # an offer without a value is excluded
//! price = true                     # optional; see below
//! unit = { fr = "€ par contact traité", en = "€ per handled contact" }  # optional
//! ```
//!
//! Instead of weights, `[ahp] comparisons = [["price", "quality", 3], …]` gives Saaty
//! pairwise judgements (1/9 to 9), every pair of criteria exactly once.
//!
//! Price detection (for the "never choose on price alone" warning): `price = true` or
//! `false` when given; otherwise a `cost` criterion whose id or name contains `price`,
//! `prix`, `cost`, `coût`, `cout` or `tarif`.

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, SourceFile};
use crate::lang::{Lang, Text};
use crate::model::criteria::{Criteria, Criterion, Direction, normalise_weights};
use crate::ranking::ahp::{self, Comparison, MAX_CRITERIA};
use crate::ranking::method::Method;

use super::check_id;
use super::common::{bilingual, is_blank, number, unknown_criterion};
use crate::diag::Code;

/// Weighted criteria to rank provider offers with `outsource rank --criteria`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawCriteria {
    /// Ranking method [default: weighted-sum].
    #[schemars(with = "Option<crate::validate::shape::MethodName>")]
    method: Option<Spanned<String>>,
    /// The criteria, one `[[criterion]]` table each.
    #[schemars(with = "Option<Vec<RawCriterion>>")]
    criterion: Option<Spanned<Vec<Spanned<RawCriterion>>>>,
    /// AHP pairwise comparisons, instead of weights.
    #[schemars(with = "Option<RawAhp>")]
    ahp: Option<Spanned<RawAhp>>,
}

/// One criterion.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawCriterion {
    /// Kebab-case id, used as the key of offer scores.
    #[schemars(with = "String")]
    id: Option<Spanned<String>>,
    /// Name, one text or `{ fr = "…", en = "…" }` [default: the id].
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    name: Option<Spanned<toml::Value>>,
    /// What the criterion measures and how.
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    description: Option<Spanned<toml::Value>>,
    /// Weight greater than 0, any scale (normalised to sum 1); not with `[ahp]`.
    #[schemars(with = "Option<f64>")]
    weight: Option<Spanned<toml::Value>>,
    /// "benefit": more is better (default); "cost": less is better.
    #[schemars(with = "Option<crate::validate::shape::Direction>")]
    direction: Option<Spanned<String>>,
    /// Must-have: an offer below this is excluded.
    #[schemars(with = "Option<f64>")]
    min: Option<Spanned<toml::Value>>,
    /// Must-have: an offer above this is excluded.
    #[schemars(with = "Option<f64>")]
    max: Option<Spanned<toml::Value>>,
    /// An offer without this score is excluded.
    required: Option<bool>,
    /// Whether this is a price, for the "never choose on price alone" warning [default: guessed from the id and name].
    price: Option<bool>,
    /// Unit of the scores, one text or `{ fr = "…", en = "…" }`.
    #[schemars(with = "Option<crate::validate::shape::Bilingual>")]
    unit: Option<Spanned<toml::Value>>,
}

/// Saaty pairwise judgements, every pair of criteria exactly once.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawAhp {
    /// `["a", "b", 3]`: criterion a is 3 times as important as b (1/9 to 9).
    #[schemars(with = "Vec<(String, String, f64)>")]
    comparisons: Spanned<Vec<Spanned<Vec<Spanned<toml::Value>>>>>,
}

const PRICE_WORDS: [&str; 6] = ["price", "prix", "cost", "coût", "cout", "tarif"];

/// Whether a criterion looks like a price when the file does not say.
pub fn looks_like_price(id: &str, name: &Text, direction: Direction) -> bool {
    direction == Direction::Cost
        && [id, name.en.as_str(), name.fr.as_str()].iter().any(|text| {
            let text = text.to_lowercase();
            PRICE_WORDS.iter().any(|word| text.contains(word))
        })
}

/// Whether a TOML table looks like a criteria file (for `outsource validate`).
pub fn looks_like_criteria(table: &toml::Table) -> bool {
    table.contains_key("criterion") || table.contains_key("ahp")
}

/// Parses and checks a criteria file. Returns the criteria when there is no error,
/// and every problem found.
pub fn validate_criteria(file: &SourceFile, lang: Lang) -> (Option<Criteria>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let raw: RawCriteria = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(error) => return (None, vec![Diagnostic::from_toml(&error)]),
    };
    let t = |en: String, fr: String| lang.pick(&en, &fr).to_owned();

    let method = raw
        .method
        .as_ref()
        .and_then(|method| match method.get_ref().as_str() {
            "weighted-sum" => Some(Method::WeightedSum),
            "topsis" => Some(Method::Topsis),
            other => {
                diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownMethod,
                        t(
                            format!("unknown method `{other}`"),
                            format!("méthode inconnue `{other}`"),
                        ),
                    )
                    .at(method.span())
                    .help(lang.pick(
                        "use \"weighted-sum\" or \"topsis\"",
                        "utilisez \"weighted-sum\" ou \"topsis\"",
                    )),
                );
                None
            }
        });

    let entries = match raw.criterion {
        Some(list) if !list.get_ref().is_empty() => list.into_inner(),
        _ => {
            let diagnostic = if is_blank(&file.text) {
                Diagnostic::error(
                    Code::EmptyFile,
                    lang.pick(
                        "the criteria file is empty",
                        "le fichier de critères est vide",
                    ),
                )
            } else {
                Diagnostic::error(
                    Code::NoCriterion,
                    lang.pick(
                        "the criteria file has no `[[criterion]]`",
                        "le fichier de critères n'a aucun `[[criterion]]`",
                    ),
                )
            };
            diagnostics.push(diagnostic.at(0..0).help(lang.pick(
                "add `[[criterion]]` entries with `id`, `name` and `weight`",
                "ajoutez des entrées `[[criterion]]` avec `id`, `name` et `weight`",
            )));
            return (None, diagnostics);
        }
    };

    let uses_ahp = raw.ahp.is_some();
    let mut criteria = Vec::new();
    let mut raw_weights = Vec::new();
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    for entry in entries {
        let span = entry.span();
        let entry = entry.into_inner();
        let Some(id) = entry.id else {
            diagnostics.push(
                Diagnostic::error(
                    Code::MissingId,
                    lang.pick("criterion without an `id`", "critère sans `id`"),
                )
                .at(span.start..span.start + 1),
            );
            continue;
        };
        check_id(&id, lang, &mut diagnostics);
        let id_span = id.span();
        let id = id.into_inner();
        if let Some(first) = seen.get(&id) {
            let line = file.line(first.start);
            diagnostics.push(
                Diagnostic::error(
                    Code::DuplicateCriterion,
                    t(
                        format!("criterion `{id}` is defined twice"),
                        format!("le critère `{id}` est défini deux fois"),
                    ),
                )
                .at(id_span.clone())
                .label(t(
                    format!("first defined on line {line}"),
                    format!("déjà défini ligne {line}"),
                )),
            );
        } else {
            seen.insert(id.clone(), id_span.clone());
        }

        let direction =
            match entry.direction.as_ref().map(|d| d.get_ref().as_str()) {
                None | Some("benefit") => Direction::Benefit,
                Some("cost") => Direction::Cost,
                Some(other) => {
                    diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownDirection,
                        t(
                            format!("unknown direction `{other}`"),
                            format!("sens inconnu `{other}`"),
                        ),
                    )
                    .at(entry.direction.as_ref().map_or(id_span.clone(), |d| d.span()))
                    .help(lang.pick(
                        "use \"benefit\" (more is better) or \"cost\" (less is better)",
                        "utilisez \"benefit\" (plus c'est mieux) ou \"cost\" (moins c'est mieux)",
                    )),
                );
                    Direction::Benefit
                }
            };

        let weight = match (&entry.weight, uses_ahp) {
            (Some(weight), true) => {
                diagnostics.push(
                    Diagnostic::error(
                        Code::WeightAndAhp,
                        lang.pick(
                            "a `weight` cannot be given with `[ahp]` comparisons",
                            "un `weight` ne peut pas être donné avec des comparaisons `[ahp]`",
                        ),
                    )
                    .at(weight.span())
                    .help(lang.pick(
                        "remove the weights, or the `[ahp]` table",
                        "retirez les poids, ou la table `[ahp]`",
                    )),
                );
                1.0
            }
            (None, true) => 1.0,
            (None, false) => {
                diagnostics.push(
                    Diagnostic::error(
                        Code::MissingWeight,
                        t(
                            format!("criterion `{id}` has no `weight`"),
                            format!("le critère `{id}` n'a pas de `weight`"),
                        ),
                    )
                    .at(id_span.clone())
                    .help(lang.pick(
                        "give a positive `weight`, or AHP `[ahp] comparisons`",
                        "donnez un `weight` positif, ou des comparaisons `[ahp] comparisons`",
                    )),
                );
                1.0
            }
            (Some(weight), false) => match number(weight, lang, "weight") {
                Ok(value) if value > 0.0 => value,
                Ok(value) => {
                    diagnostics.push(
                        Diagnostic::error(
                            Code::WeightNotPositive,
                            t(
                                format!("the weight of `{id}` must be greater than 0, got {value}"),
                                format!("le poids de `{id}` doit être supérieur à 0, pas {value}"),
                            ),
                        )
                        .at(weight.span())
                        .help(lang.pick(
                            "remove the criterion rather than giving it no weight",
                            "retirez le critère plutôt que de lui donner un poids nul",
                        )),
                    );
                    1.0
                }
                Err(diagnostic) => {
                    diagnostics.push(diagnostic);
                    1.0
                }
            },
        };

        let mut bound = |value: &Option<Spanned<toml::Value>>, key: &str| -> Option<f64> {
            let value = value.as_ref()?;
            number(value, lang, key)
                .map_err(|diagnostic| diagnostics.push(diagnostic))
                .ok()
        };
        let min = bound(&entry.min, "min");
        let max = bound(&entry.max, "max");
        if let (Some(lo), Some(hi)) = (min, max)
            && lo > hi
        {
            let span = entry.min.as_ref().map_or(id_span.clone(), |m| m.span());
            diagnostics.push(
                Diagnostic::error(
                    Code::MinAboveMax,
                    t(
                        format!("`min` ({lo}) is above `max` ({hi}) for `{id}`: no offer can pass"),
                        format!("`min` ({lo}) dépasse `max` ({hi}) pour `{id}` : aucune offre ne peut passer"),
                    ),
                )
                .at(span),
            );
        }

        let mut text = |value: &Option<Spanned<toml::Value>>, what: &str| {
            value
                .as_ref()
                .and_then(|value| bilingual(value, what, lang, &mut diagnostics))
        };
        let name = text(&entry.name, "name").unwrap_or_else(|| Text::new(id.clone(), id.clone()));
        let _description = text(&entry.description, "description");
        let unit = text(&entry.unit, "unit");
        let price = entry
            .price
            .unwrap_or_else(|| looks_like_price(&id, &name, direction));
        raw_weights.push(weight);
        criteria.push((
            id_span,
            Criterion {
                id,
                name,
                weight,
                direction,
                min,
                max,
                required: entry.required.unwrap_or(false),
                price,
                unit,
            },
        ));
    }

    let ahp = raw
        .ahp
        .and_then(|ahp| check_ahp(file, ahp, &criteria, lang, &mut diagnostics));
    let weights = match &ahp {
        Some(result) => result.weights.clone(),
        None => normalise_weights(&raw_weights),
    };

    if diagnostics.iter().any(Diagnostic::is_error) {
        return (None, diagnostics);
    }
    let criteria = criteria
        .into_iter()
        .zip(weights)
        .map(|((_, criterion), weight)| Criterion {
            weight,
            ..criterion
        })
        .collect();
    (
        Some(Criteria {
            criteria,
            method,
            ahp,
        }),
        diagnostics,
    )
}

fn check_ahp(
    file: &SourceFile,
    ahp: Spanned<RawAhp>,
    criteria: &[(Range<usize>, Criterion)],
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<ahp::AhpResult> {
    let t = |en: String, fr: String| lang.pick(&en, &fr).to_owned();
    let ahp_span = ahp.span();
    let list = ahp.into_inner().comparisons;
    let list_span = list.span();
    let n = criteria.len();
    let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
    if n > MAX_CRITERIA {
        diagnostics.push(
            Diagnostic::error(
                Code::AhpTooManyCriteria,
                t(
                    format!("AHP is limited to {MAX_CRITERIA} criteria here, the file has {n}"),
                    format!("AHP est limité ici à {MAX_CRITERIA} critères, le fichier en a {n}"),
                ),
            )
            .at(ahp_span)
            .help(lang.pick(
                "group criteria, or give direct weights",
                "regroupez des critères, ou donnez des poids directs",
            )),
        );
        return None;
    }
    let index: HashMap<&str, usize> = criteria
        .iter()
        .enumerate()
        .map(|(i, (_, c))| (c.id.as_str(), i))
        .collect();
    let known: Vec<&str> = criteria.iter().map(|(_, c)| c.id.as_str()).collect();
    let mut comparisons = Vec::new();
    let mut pairs: HashMap<(usize, usize), Range<usize>> = HashMap::new();
    for item in list.into_inner() {
        let span = item.span();
        let parts = item.into_inner();
        let [a, b, value] = parts.as_slice() else {
            diagnostics.push(
                Diagnostic::error(
                    Code::AhpBadComparison,
                    lang.pick(
                        "a comparison is [\"a\", \"b\", value]",
                        "une comparaison s'écrit [\"a\", \"b\", valeur]",
                    ),
                )
                .at(span)
                .help(lang.pick(
                    "e.g. [\"price\", \"quality\", 3]: price is 3 times as important as quality",
                    "par ex. [\"price\", \"quality\", 3] : le prix compte 3 fois plus que la qualité",
                )),
            );
            continue;
        };
        let mut side = |item: &Spanned<toml::Value>| -> Option<usize> {
            let Some(id) = item.get_ref().as_str() else {
                diagnostics.push(
                    Diagnostic::error(
                        Code::AhpBadComparison,
                        lang.pick(
                            "expected a criterion id (a string)",
                            "un id de critère (une chaîne) est attendu",
                        ),
                    )
                    .at(item.span()),
                );
                return None;
            };
            match index.get(id) {
                Some(&i) => Some(i),
                None => {
                    diagnostics.push(unknown_criterion(id, item.span(), &known, lang));
                    None
                }
            }
        };
        let (a_index, b_index) = (side(a), side(b));
        let value = match number(value, lang, "comparison") {
            Ok(v) if (1.0 / 9.0 - 1e-3..=9.0).contains(&v) => Some(v),
            Ok(v) => {
                diagnostics.push(
                    Diagnostic::error(
                        Code::AhpOutOfRange,
                        t(
                            format!("comparison value {v} is outside Saaty's scale 1/9 to 9"),
                            format!("la valeur {v} sort de l'échelle de Saaty, de 1/9 à 9"),
                        ),
                    )
                    .at(value.span())
                    .help(lang.pick(
                        "1 = equally important, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 = 0.333 for the reverse",
                        "1 = aussi important, 3 un peu, 5 nettement, 7 très nettement, 9 extrêmement plus important ; 1/3 = 0,333 pour l'inverse",
                    )),
                );
                None
            }
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                None
            }
        };
        let (Some(ai), Some(bi)) = (a_index, b_index) else {
            continue;
        };
        if ai == bi {
            diagnostics.push(
                Diagnostic::error(
                    Code::AhpSelfComparison,
                    t(
                        format!("`{}` is compared with itself", criteria[ai].1.id),
                        format!("`{}` est comparé à lui-même", criteria[ai].1.id),
                    ),
                )
                .at(span),
            );
            continue;
        }
        let key = (ai.min(bi), ai.max(bi));
        if let Some(first) = pairs.get(&key) {
            let line = file.line(first.start);
            let (x, y) = (&criteria[key.0].1.id, &criteria[key.1].1.id);
            diagnostics.push(
                Diagnostic::error(
                    Code::AhpDuplicatePair,
                    t(
                        format!("the pair `{x}` / `{y}` is compared twice"),
                        format!("la paire `{x}` / `{y}` est comparée deux fois"),
                    ),
                )
                .at(span)
                .label(t(
                    format!("first compared on line {line}"),
                    format!("déjà comparée ligne {line}"),
                ))
                .help(lang.pick(
                    "give each pair once, in either order",
                    "donnez chaque paire une seule fois, dans un sens ou dans l'autre",
                )),
            );
            continue;
        }
        pairs.insert(key, span);
        if let Some(value) = value {
            comparisons.push(Comparison {
                a: ai,
                b: bi,
                value,
            });
        }
    }
    let mut missing = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            if !pairs.contains_key(&(a, b)) {
                missing.push(format!("`{}` / `{}`", criteria[a].1.id, criteria[b].1.id));
            }
        }
    }
    if !missing.is_empty() {
        let count = missing.len();
        let list = missing.join(", ");
        diagnostics.push(
            Diagnostic::error(
                Code::AhpMissingPair,
                t(
                    format!("{count} pair(s) not compared: {list}"),
                    format!("{count} paire(s) non comparée(s) : {list}"),
                ),
            )
            .at(list_span)
            .help(t(
                format!(
                    "{n} criteria need {} comparisons, one per pair",
                    n * (n - 1) / 2
                ),
                format!(
                    "{n} critères demandent {} comparaisons, une par paire",
                    n * (n - 1) / 2
                ),
            )),
        );
    }
    if diagnostics.iter().filter(|d| d.is_error()).count() > errors_before {
        return None;
    }
    let ids: Vec<String> = criteria.iter().map(|(_, c)| c.id.clone()).collect();
    match ahp::derive_weights(&ids, &comparisons) {
        Ok(result) => Some(result),
        Err(error) => {
            diagnostics.push(Diagnostic::error(Code::AhpFailed, error.to_string()).at(ahp_span));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> (Option<Criteria>, Vec<Diagnostic>) {
        validate_criteria(&SourceFile::new("c.toml", text), Lang::En)
    }

    fn codes(diagnostics: &[Diagnostic]) -> Vec<&str> {
        diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    #[test]
    fn weights_are_normalised_and_price_is_detected() {
        let (criteria, diagnostics) = check(
            "method = \"topsis\"\n\
             [[criterion]]\nid = \"tarif\"\nname = { fr = \"Tarif\", en = \"Fee\" }\nweight = 6\ndirection = \"cost\"\n\
             [[criterion]]\nid = \"quality\"\nweight = 2\n\
             [[criterion]]\nid = \"delay\"\nweight = 2\ndirection = \"cost\"\nprice = false\n",
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let criteria = criteria.unwrap();
        assert_eq!(criteria.method, Some(Method::Topsis));
        assert_eq!(criteria.weights(), [0.6, 0.2, 0.2]);
        assert!(criteria.criteria[0].price);
        assert!(!criteria.criteria[1].price);
        assert!(!criteria.criteria[2].price);
        assert_eq!(criteria.criteria[1].name.en, "quality");
    }

    #[test]
    fn every_problem_is_collected() {
        let (criteria, diagnostics) = check(
            "method = \"magic\"\n\
             [[criterion]]\nid = \"a\"\nweight = 1\ndirection = \"up\"\n\
             [[criterion]]\nid = \"a\"\nweight = 1\n\
             [[criterion]]\nid = \"b\"\n\
             [[criterion]]\nid = \"c\"\nweight = 1\nmin = 5\nmax = 1\n\
             [[criterion]]\nid = \"Bad Id\"\nweight = 1\n",
        );
        assert!(criteria.is_none());
        let mut got = codes(&diagnostics);
        got.sort_unstable();
        assert_eq!(
            got,
            [
                "duplicate-criterion",
                "invalid-id",
                "min-above-max",
                "missing-weight",
                "unknown-direction",
                "unknown-method"
            ]
        );
        let duplicate = diagnostics
            .iter()
            .find(|d| d.code == "duplicate-criterion")
            .unwrap();
        assert_eq!(duplicate.label.as_deref(), Some("first defined on line 3"));
    }

    #[test]
    fn ahp_comparisons_give_the_weights() {
        let (criteria, diagnostics) = check(
            "[[criterion]]\nid = \"a\"\n[[criterion]]\nid = \"b\"\n\
             [ahp]\ncomparisons = [[\"b\", \"a\", 0.25]]\n",
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let criteria = criteria.unwrap();
        // b is a quarter as important as a: w = (0.8, 0.2).
        assert!((criteria.criteria[0].weight - 0.8).abs() < 1e-12);
        assert!((criteria.criteria[1].weight - 0.2).abs() < 1e-12);
        assert_eq!(criteria.ahp.unwrap().cr, 0.0);
    }

    #[test]
    fn ahp_problems() {
        let (_, diagnostics) = check(
            "[[criterion]]\nid = \"a\"\nweight = 2\n[[criterion]]\nid = \"b\"\n\
             [ahp]\ncomparisons = [[\"a\", \"a\", 1], [\"a\", \"zz\", 2], [\"a\", \"b\"], [\"a\", \"b\", 0.1]]\n",
        );
        let mut got = codes(&diagnostics);
        got.sort_unstable();
        assert_eq!(
            got,
            [
                "ahp-bad-comparison",
                "ahp-out-of-range",
                "ahp-self-comparison",
                "unknown-criterion",
                "weight-and-ahp"
            ]
        );
    }

    #[test]
    fn one_ninth_written_with_three_decimals_is_accepted() {
        let (criteria, diagnostics) = check(
            "[[criterion]]\nid = \"a\"\n[[criterion]]\nid = \"b\"\n\
             [ahp]\ncomparisons = [[\"a\", \"b\", 0.111]]\n",
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(criteria.is_some());
    }

    #[test]
    fn names_are_one_string_or_both_languages() {
        let (_, diagnostics) = check(
            "[[criterion]]\nid = \"a\"\nweight = 1\nname = { fr = \"A\" }\n\
             [[criterion]]\nid = \"b\"\nweight = 1\nname = 3\nunit = { en = \"€\", fr = \"€\", de = \"€\" }\n",
        );
        assert_eq!(
            codes(&diagnostics),
            ["missing-translation", "invalid-text", "invalid-text"]
        );
    }

    #[test]
    fn syntax_errors_keep_their_span() {
        let (_, diagnostics) = check("[[criterion]]\nid = \"a\"\nweight = \n");
        assert_eq!(codes(&diagnostics), ["invalid-toml"]);
        assert!(diagnostics[0].span.is_some());
    }
}
