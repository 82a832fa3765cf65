//! A criterion's `scale` (value function): `"relative"` (default), `"lowest-price"`,
//! `{ worst = …, best = … }`, `{ points = [[value, utility], …] }` or
//! `{ levels = ["none", "basic", …] }` / `{ levels = { none = 0, … } }`. See
//! [`crate::ranking::scale`] for what each does.

use toml::Spanned;

use crate::diag::{Code, Diagnostic};
use crate::lang::Lang;
use crate::model::criteria::{Criteria, Direction, Level, Scale};
use crate::tr;
use crate::validate::common::{num, number};

/// The scale written as `value`, or `None` after pushing what is wrong with it.
pub(super) fn check_scale(
    value: &Spanned<toml::Value>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Scale> {
    let span = value.span();
    let result = match value.get_ref() {
        toml::Value::String(name) => match name.as_str() {
            "relative" => Ok(Scale::Relative),
            "lowest-price" => Ok(Scale::LowestPrice),
            _ => Err(tr!(
                lang,
                "committee-scale-unknown-name",
                name = name.as_str()
            )),
        },
        toml::Value::Table(table) => {
            let mut keys: Vec<&str> = table.keys().map(String::as_str).collect();
            keys.sort_unstable();
            let at = |v: &toml::Value| Spanned::new(span.clone(), v.clone());
            match keys.as_slice() {
                ["best", "worst"] => linear(&at(&table["worst"]), &at(&table["best"]), lang),
                ["points"] => points(&table["points"], lang),
                ["levels"] => levels(&table["levels"], lang),
                _ => Err(tr!(lang, "committee-scale-bad-shape")),
            }
        }
        _ => Err(tr!(lang, "committee-scale-bad-shape")),
    };
    match result {
        Ok(scale) => Some(scale),
        Err(message) => {
            diagnostics.push(
                Diagnostic::error(Code::InvalidScale, message)
                    .at(span)
                    .help(tr!(lang, "committee-scale-help")),
            );
            None
        }
    }
}

/// `{ worst, best }`: two different numbers.
fn linear(
    worst: &Spanned<toml::Value>,
    best: &Spanned<toml::Value>,
    lang: Lang,
) -> Result<Scale, String> {
    let worst_value = number(worst, lang, "worst").map_err(|d| d.message)?;
    let best_value = number(best, lang, "best").map_err(|d| d.message)?;
    if worst_value == best_value {
        return Err(tr!(lang, "committee-scale-worst-is-best"));
    }
    Ok(Scale::Linear {
        worst: worst_value,
        best: best_value,
    })
}

/// A finite number inside a scale.
fn finite(value: &toml::Value) -> Option<f64> {
    match value {
        #[allow(clippy::cast_precision_loss)]
        toml::Value::Integer(i) => Some(*i as f64),
        toml::Value::Float(f) if f.is_finite() => Some(*f),
        _ => None,
    }
}

/// `points`: at least two `[value, utility]`, values strictly increasing,
/// utilities in [0, 1].
fn points(value: &toml::Value, lang: Lang) -> Result<Scale, String> {
    let items = value.as_array().map(Vec::as_slice).unwrap_or_default();
    let mut points = Vec::with_capacity(items.len());
    for item in items {
        let pair = item.as_array().map(Vec::as_slice).unwrap_or_default();
        let [x, y] = pair else {
            return Err(tr!(lang, "committee-scale-bad-point"));
        };
        let (Some(x), Some(y)) = (finite(x), finite(y)) else {
            return Err(tr!(lang, "committee-scale-bad-point"));
        };
        if !(0.0..=1.0).contains(&y) {
            return Err(tr!(
                lang,
                "committee-scale-utility-range",
                value = num(y, lang)
            ));
        }
        if let Some(&(previous, _)) = points.last()
            && x <= previous
        {
            return Err(tr!(
                lang,
                "committee-scale-not-increasing",
                value = num(x, lang)
            ));
        }
        points.push((x, y));
    }
    if points.len() < 2 {
        return Err(tr!(lang, "committee-scale-too-few"));
    }
    Ok(Scale::Points { points })
}

/// `levels`: at least two distinct names, worst first, or a table of name to
/// value with at least two different values.
fn levels(value: &toml::Value, lang: Lang) -> Result<Scale, String> {
    let mut levels: Vec<Level> = match value {
        toml::Value::Array(items) => {
            let mut levels = Vec::with_capacity(items.len());
            for (position, item) in items.iter().enumerate() {
                let Some(name) = item.as_str().filter(|n| !n.trim().is_empty()) else {
                    return Err(tr!(lang, "committee-scale-bad-level"));
                };
                #[allow(clippy::cast_precision_loss)]
                levels.push(Level {
                    name: name.to_owned(),
                    value: position as f64,
                });
            }
            levels
        }
        toml::Value::Table(table) => {
            let mut levels = Vec::with_capacity(table.len());
            for (name, value) in table {
                let Some(value) = finite(value).filter(|_| !name.trim().is_empty()) else {
                    return Err(tr!(lang, "committee-scale-bad-level"));
                };
                levels.push(Level {
                    name: name.clone(),
                    value,
                });
            }
            levels.sort_by(|a, b| a.value.total_cmp(&b.value));
            levels
        }
        _ => return Err(tr!(lang, "committee-scale-bad-level")),
    };
    if levels.len() < 2 || levels.first().map(|l| l.value) == levels.last().map(|l| l.value) {
        return Err(tr!(lang, "committee-scale-too-few"));
    }
    let mut names: Vec<&str> = levels.iter().map(|l| l.name.as_str()).collect();
    names.sort_unstable();
    if let Some(pair) = names.windows(2).find(|pair| pair[0] == pair[1]) {
        return Err(tr!(lang, "committee-scale-duplicate-level", name = pair[0]));
    }
    levels.shrink_to_fit();
    Ok(Scale::Levels { levels })
}

/// The direction a scale implies: `None` for a relative one (the file says).
pub(super) fn implied_direction(scale: &Scale) -> Option<Direction> {
    match scale {
        Scale::Relative => None,
        Scale::Linear { worst, best } => Some(if best > worst {
            Direction::Benefit
        } else {
            Direction::Cost
        }),
        Scale::Points { points } => {
            let first = points.first().map_or(0.0, |p| p.1);
            let last = points.last().map_or(0.0, |p| p.1);
            Some(if last >= first {
                Direction::Benefit
            } else {
                Direction::Cost
            })
        }
        Scale::Levels { .. } => Some(Direction::Benefit),
        Scale::LowestPrice => Some(Direction::Cost),
    }
}

/// An offer's score on a criterion with `levels`, given as a level's name (alone or
/// as `value` in `{ value = "good", note = "…" }`): the same score with the name
/// replaced by the level's value. `Ok(None)` when there is no name to resolve.
/// Without `criteria` (a structure check), a name stands in as 0.
///
/// # Errors
/// `unknown-level` when the criterion has no level of that name.
pub(crate) fn resolve_level(
    criteria: Option<&Criteria>,
    key: &str,
    value: &Spanned<toml::Value>,
    lang: Lang,
) -> Result<Option<Spanned<toml::Value>>, Diagnostic> {
    let name = match value.get_ref() {
        toml::Value::String(name) => name,
        toml::Value::Table(table) => match table.get("value") {
            Some(toml::Value::String(name)) => name,
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    let level_value = match criteria {
        None => 0.0,
        Some(criteria) => {
            let Some(scale) = criteria.criterion(key).map(|c| &c.scale) else {
                return Ok(None);
            };
            let Scale::Levels { levels } = scale else {
                return Ok(None);
            };
            match scale.level(name) {
                Some(level) => level.value,
                None => {
                    let known: Vec<&str> = levels.iter().map(|l| l.name.as_str()).collect();
                    return Err(Diagnostic::error(
                        Code::UnknownLevel,
                        tr!(
                            lang,
                            "committee-unknown-level",
                            level = name.as_str(),
                            id = key
                        ),
                    )
                    .at(value.span())
                    .help(tr!(
                        lang,
                        "committee-unknown-level.help",
                        known = known.join(", ")
                    )));
                }
            }
        }
    };
    let number = toml::Value::Float(level_value);
    let resolved = match value.get_ref() {
        toml::Value::Table(table) => {
            let mut table = table.clone();
            table.insert("value".to_owned(), number);
            toml::Value::Table(table)
        }
        _ => number,
    };
    Ok(Some(Spanned::new(value.span(), resolved)))
}
