//! `[[group]]` entries: ids, names, group weights (or `[ahp]` comparisons among the
//! groups), each criterion's group, and the weights inside each group (or the
//! group's `comparisons`). A criterion's global weight is its group's weight times
//! its weight inside the group.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::ahp::{Compared, check_ahp, unknown_group};
use super::criterion::Checked;
use super::raw::{RawComparisons, RawGroup};
use crate::diag::{Code, Diagnostic, SourceFile};
use crate::lang::{Lang, Text};
use crate::model::ahp::AhpResult;
use crate::model::criteria::{Group, Groups, normalise_weights};
use crate::tr;
use crate::validate::ahp_evaluators::{Judgement, split_judgements, with_evaluators};
use crate::validate::check_id;
use crate::validate::common::{TextForm, num, number, translated};

/// A group as read, before its criteria are known.
pub(super) struct GroupHead {
    id: String,
    id_span: Range<usize>,
    name: Text,
    /// The weight as written (1 stands in for a wrong one) and where.
    weight: Option<(f64, Range<usize>)>,
    comparisons: Option<RawComparisons>,
}

/// The `[[group]]` entries, or `None` when the file has none.
pub(super) fn read_groups(
    raw: Option<Spanned<Vec<Spanned<RawGroup>>>>,
    file: &SourceFile,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<GroupHead>> {
    let raw = raw?.into_inner();
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    let mut heads = Vec::with_capacity(raw.len());
    for entry in raw {
        let span = entry.span();
        let entry = entry.into_inner();
        let Some(id) = entry.id else {
            diagnostics.push(
                Diagnostic::error(Code::MissingId, tr!(lang, "committee-group-without-id"))
                    .at(span.start..span.start + 1),
            );
            continue;
        };
        check_id(&id, lang, diagnostics);
        let id_span = id.span();
        let id = id.into_inner();
        if let Some(first) = seen.get(&id) {
            let line = file.line(first.start).to_string();
            diagnostics.push(
                Diagnostic::error(
                    Code::DuplicateGroup,
                    tr!(lang, "committee-duplicate-group", id = id.as_str()),
                )
                .at(id_span.clone())
                .label(tr!(
                    lang,
                    "validate-duplicate-criterion.label",
                    line = line
                )),
            );
            continue;
        }
        seen.insert(id.clone(), id_span.clone());
        let text = |value: Option<&Spanned<toml::Value>>, what, d: &mut Vec<Diagnostic>| {
            translated(value?, what, TextForm::PlainAllowed, lang, d)
        };
        let name = text(entry.name.as_ref(), "name", diagnostics)
            .unwrap_or_else(|| Text::new(id.clone(), id.clone()));
        let _description = text(entry.description.as_ref(), "description", diagnostics);
        let weight = entry.weight.map(|weight| {
            let value = match number(&weight, lang, "weight") {
                Ok(value) if value > 0.0 => value,
                Ok(value) => {
                    diagnostics.push(
                        Diagnostic::error(
                            Code::WeightNotPositive,
                            tr!(
                                lang,
                                "committee-group-weight-not-positive",
                                id = id.as_str(),
                                value = num(value, lang)
                            ),
                        )
                        .at(weight.span()),
                    );
                    1.0
                }
                Err(diagnostic) => {
                    diagnostics.push(diagnostic);
                    1.0
                }
            };
            (value, weight.span())
        });
        heads.push(GroupHead {
            id,
            id_span,
            name,
            weight,
            comparisons: entry.comparisons,
        });
    }
    Some(heads)
}

/// Whether the criteria of the group named `group` are weighed by AHP comparisons.
pub(super) fn uses_ahp(heads: &[GroupHead], group: Option<&Spanned<String>>) -> bool {
    group.is_some_and(|group| {
        heads
            .iter()
            .any(|h| h.id == *group.get_ref() && h.comparisons.is_some())
    })
}

/// The global weight of every checked criterion (in order) and the groups, after
/// pushing every problem: a criterion without a group or naming an unknown one, an
/// empty group, group weights missing or given with `[ahp]`. `judgements` are the
/// `[ahp]` judgements as written (`split_judgements`), for each evaluator's own
/// consistency among the groups.
pub(super) fn weights(
    file: &SourceFile,
    heads: Vec<GroupHead>,
    checked: &[Checked],
    (top_ahp, judgements): (Option<(Range<usize>, RawComparisons)>, &[Judgement]),
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<f64>, Option<Groups>) {
    let members = membership(&heads, checked, lang, diagnostics);
    let ids: Vec<String> = heads.iter().map(|h| h.id.clone()).collect();
    let (group_weights, ahp) = group_weights(file, &heads, &ids, top_ahp, lang, diagnostics);
    let ahp = ahp.map(|result| with_evaluators(result, &ids, judgements));
    let mut global = vec![0.0; checked.len()];
    let mut list = Vec::with_capacity(heads.len());
    for ((head, members), group_weight) in heads.into_iter().zip(members).zip(&group_weights) {
        let member_ids: Vec<String> = members
            .iter()
            .map(|&i| checked[i].criterion.id.clone())
            .collect();
        let (local, ahp) = match head.comparisons {
            Some(mut list) => {
                let span = list.span();
                // Judgements by several evaluators inside the group, as among the
                // groups: their geometric mean is checked and weighed, and each
                // evaluator's own matrix gives their consistency.
                let judgements = split_judgements(list.get_mut(), lang, diagnostics);
                let result = check_ahp(
                    file,
                    span,
                    list,
                    (&member_ids, Compared::Criteria),
                    lang,
                    diagnostics,
                )
                .map(|result| with_evaluators(result, &member_ids, &judgements));
                let local = result
                    .as_ref()
                    .map_or_else(|| vec![1.0; members.len()], |result| result.weights.clone());
                (local, result)
            }
            None => {
                let raw: Vec<f64> = members.iter().map(|&i| checked[i].weight).collect();
                (normalise_weights(&raw), None)
            }
        };
        for (&i, local) in members.iter().zip(&local) {
            global[i] = group_weight * local;
        }
        list.push(Group {
            id: head.id,
            name: head.name,
            weight: *group_weight,
            criteria: member_ids,
            ahp,
        });
    }
    (global, Some(Groups { list, ahp }))
}

/// Per group, the indexes of its criteria in `checked`; pushes `missing-group`,
/// `unknown-group` and `empty-group`.
fn membership(
    heads: &[GroupHead],
    checked: &[Checked],
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Vec<usize>> {
    let known: Vec<&str> = heads.iter().map(|h| h.id.as_str()).collect();
    let mut members = vec![Vec::new(); heads.len()];
    for (i, c) in checked.iter().enumerate() {
        let Some(group) = &c.group else {
            diagnostics.push(
                Diagnostic::error(
                    Code::MissingGroup,
                    tr!(
                        lang,
                        "committee-missing-group",
                        id = c.criterion.id.as_str()
                    ),
                )
                .at(c.id_span.clone())
                .help(tr!(
                    lang,
                    "committee-unknown-group.help",
                    known = known.join(", ")
                )),
            );
            continue;
        };
        match known.iter().position(|id| *id == group.get_ref()) {
            Some(g) => members[g].push(i),
            None => diagnostics.push(unknown_group(group.get_ref(), group.span(), &known, lang)),
        }
    }
    for (head, members) in heads.iter().zip(&members) {
        if members.is_empty() {
            diagnostics.push(
                Diagnostic::error(
                    Code::EmptyGroup,
                    tr!(lang, "committee-empty-group", id = head.id.as_str()),
                )
                .at(head.id_span.clone())
                .help(tr!(
                    lang,
                    "committee-empty-group.help",
                    id = head.id.as_str()
                )),
            );
        }
    }
    members
}

/// The normalised group weights, from their `weight` or from `[ahp]` comparisons
/// among the groups (then no group may have a weight).
fn group_weights(
    file: &SourceFile,
    heads: &[GroupHead],
    ids: &[String],
    top_ahp: Option<(Range<usize>, RawComparisons)>,
    lang: Lang,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<f64>, Option<AhpResult>) {
    if let Some((span, list)) = top_ahp {
        for (_, weight_span) in heads.iter().filter_map(|h| h.weight.as_ref()) {
            diagnostics.push(
                Diagnostic::error(Code::WeightAndAhp, tr!(lang, "validate-weight-and-ahp"))
                    .at(weight_span.clone())
                    .help(tr!(lang, "committee-group-weight-and-ahp.help")),
            );
        }
        let result = check_ahp(file, span, list, (ids, Compared::Groups), lang, diagnostics);
        let weights = result.as_ref().map_or_else(
            || vec![1.0 / heads.len().max(1) as f64; heads.len()],
            |result| result.weights.clone(),
        );
        return (weights, result);
    }
    let raw: Vec<f64> = heads
        .iter()
        .map(|head| match &head.weight {
            Some((weight, _)) => *weight,
            None => {
                diagnostics.push(
                    Diagnostic::error(
                        Code::MissingWeight,
                        tr!(
                            lang,
                            "committee-group-missing-weight",
                            id = head.id.as_str()
                        ),
                    )
                    .at(head.id_span.clone())
                    .help(tr!(lang, "committee-group-missing-weight.help")),
                );
                1.0
            }
        })
        .collect();
    (normalise_weights(&raw), None)
}
