//! From the core's results to the report's view model (pure): picks the language,
//! looks up question texts and questionnaire titles.

use std::path::Path;

use crate::diag::SourceFile;
use crate::lang::Lang;
use crate::model::brief::Brief;
use crate::model::questionnaire::Questionnaire;
use crate::ranking::Ranking;
use crate::readiness::Assessment;

use super::answer::answer_text;
use super::{
    AcceptabilityRow, AnswerGroup, Consistency, CriterionWeight, DimensionScore, Disputes,
    Excluded, Facts, Finding, GivenAnswer, GroupScore, OfferChart, Offers, OpenQuestion, Readiness,
    Report, Sensitivity, ShareBar, Threshold,
};
use crate::i18n::number;
use crate::model::brief::AnswerValue;
use crate::model::questionnaire::Question;
use crate::tr;

/// The report of one assessed brief, without offers.
pub fn report_from_assessment(
    brief: &Brief,
    brief_file: &SourceFile,
    questionnaires: &[Questionnaire],
    assessment: &Assessment,
    lang: Lang,
    generator: &str,
) -> Report {
    let project = &brief.project;
    let title = project
        .name
        .clone()
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| {
            Path::new(&brief_file.path).file_stem().map_or_else(
                || brief_file.path.clone(),
                |s| s.to_string_lossy().into_owned(),
            )
        });
    let facts = Facts {
        client: project.client.clone(),
        sector: project.sector.clone(),
        date: project.date.map(|date| date.to_string()),
        author: project.author.clone(),
        brief_file: brief_file.path.clone(),
        questionnaires: brief
            .questionnaires
            .iter()
            .map(|id| questionnaire_title(questionnaires, id, lang))
            .collect(),
    };
    Report {
        lang,
        title,
        facts,
        readiness: readiness_from_assessment(brief, questionnaires, assessment, lang),
        offers: None,
        generator: generator.to_owned(),
    }
}

/// A questionnaire's title, or its id when it is not loaded.
fn questionnaire_title(questionnaires: &[Questionnaire], id: &str, lang: Lang) -> String {
    questionnaires
        .iter()
        .find(|q| q.id == id)
        .map_or_else(|| id.to_owned(), |q| q.title.get(lang).to_owned())
}

/// The readiness section: verdict, scores, findings, answers and open questions,
/// in `lang`.
fn readiness_from_assessment(
    brief: &Brief,
    questionnaires: &[Questionnaire],
    assessment: &Assessment,
    lang: Lang,
) -> Readiness {
    let questionnaire_title = |id: &str| questionnaire_title(questionnaires, id, lang);
    Readiness {
        verdict: assessment.verdict,
        reasons: assessment
            .reasons
            .iter()
            .map(|reason| reason.describe(lang))
            .collect(),
        overall: assessment.score,
        coverage: assessment.coverage,
        dimensions: assessment
            .dimensions
            .iter()
            .map(|dimension| DimensionScore {
                title: dimension.title.get(lang).to_owned(),
                score: dimension.score,
            })
            .collect(),
        findings: assessment
            .findings
            .iter()
            .map(|finding| finding_view(brief, questionnaires, finding, lang))
            .collect(),
        missing: assessment
            .missing()
            .map(|result| OpenQuestion {
                questionnaire: questionnaire_title(&result.questionnaire),
                question: result.text.get(lang).to_owned(),
                dimension: assessment
                    .dimensions
                    .iter()
                    .find(|d| d.id == result.dimension)
                    .map_or_else(
                        || result.dimension.clone(),
                        |d| d.title.get(lang).to_owned(),
                    ),
            })
            .collect(),
        answers: answer_groups(brief, questionnaires, lang),
    }
}

/// A finding with its question, the answer given in words, the note, the
/// recommendation and the question's source.
fn finding_view(
    brief: &Brief,
    questionnaires: &[Questionnaire],
    finding: &crate::readiness::Finding,
    lang: Lang,
) -> Finding {
    let questionnaire = questionnaires
        .iter()
        .find(|q| q.id == finding.questionnaire);
    let question = questionnaire.and_then(|q| q.question(&finding.question));
    let given = brief.answer(&finding.questionnaire, &finding.question);
    // Every source of the fact: linked questions (`same-as`) give one finding.
    let source = finding.cite(lang).unwrap_or_default();
    Finding {
        severity: finding.severity,
        questionnaire: questionnaire_title(questionnaires, &finding.questionnaire, lang),
        dimension: questionnaire
            .zip(question)
            .and_then(|(questionnaire, question)| {
                questionnaire
                    .dimension(&question.dimension)
                    .map(|d| d.title.get(lang).to_owned())
            }),
        question: question.map_or_else(
            || format!("{}.{}", finding.questionnaire, finding.question),
            |q| q.text.get(lang).to_owned(),
        ),
        answer: question.zip(given).map(|(question, given)| {
            let text = answer_text(question, &given.value, lang);
            match &given.value {
                AnswerValue::NotApplicable { reason } => format!("{text} ({reason})"),
                _ => text,
            }
        }),
        note: given.and_then(|given| given.note.clone()),
        message: finding.message.get(lang).to_owned(),
        recommendation: finding
            .recommendation
            .as_ref()
            .map(|text| text.get(lang).to_owned())
            .unwrap_or_default(),
        source,
        waived: finding.waived.clone(),
    }
}

/// Every answer of the brief, by questionnaire and dimension, in the
/// questionnaires' order; dimensions with no answer are left out.
fn answer_groups(brief: &Brief, questionnaires: &[Questionnaire], lang: Lang) -> Vec<AnswerGroup> {
    let mut groups = Vec::new();
    for id in &brief.questionnaires {
        let Some(questionnaire) = questionnaires.iter().find(|q| &q.id == id) else {
            continue;
        };
        for dimension in &questionnaire.dimensions {
            let answers: Vec<GivenAnswer> = questionnaire
                .questions
                .iter()
                .filter(|question| question.dimension == dimension.id)
                .filter_map(|question| {
                    let given = brief.answer(id, &question.id)?;
                    Some(given_answer(question, given, lang))
                })
                .collect();
            if !answers.is_empty() {
                groups.push(AnswerGroup {
                    questionnaire: questionnaire.title.get(lang).to_owned(),
                    dimension: dimension.title.get(lang).to_owned(),
                    answers,
                });
            }
        }
    }
    groups
}

fn given_answer(
    question: &Question,
    given: &crate::model::brief::Answer,
    lang: Lang,
) -> GivenAnswer {
    GivenAnswer {
        question: question.text.get(lang).to_owned(),
        answer: answer_text(question, &given.value, lang),
        note: given.note.clone(),
        not_applicable: match &given.value {
            AnswerValue::NotApplicable { reason } => Some(reason.clone()),
            _ => None,
        },
    }
}

/// The offers section of a ranking: scores in 0..=1, contributions per criterion,
/// exclusions, weights, AHP consistency and the sensitivity analysis.
pub fn offers_from_ranking(ranking: &Ranking, lang: Lang) -> Offers {
    Offers {
        method: ranking.method,
        criteria: ranking
            .criteria
            .iter()
            .map(|criterion| CriterionWeight {
                name: criterion.name.get(lang).to_owned(),
                weight: criterion.weight,
                unit: criterion.unit.as_ref().map(|u| u.get(lang).to_owned()),
            })
            .collect(),
        ranked: ranking
            .ranking
            .iter()
            .map(|offer| OfferChart {
                rank: offer.rank,
                tied: offer.tied,
                provider: offer.provider.clone(),
                total: offer.score,
                segments: offer.contributions.clone(),
                values: ranking
                    .criteria
                    .iter()
                    .zip(&offer.values)
                    .map(|(c, v)| (!offer.missing.contains(&c.id)).then_some(*v))
                    .collect(),
            })
            .collect(),
        lead: lead_sentence(ranking, lang),
        scale_max: 1.0,
        excluded: ranking
            .excluded
            .iter()
            .map(|excluded| Excluded {
                provider: excluded.provider.clone(),
                reasons: excluded
                    .reasons
                    .iter()
                    .map(|reason| reason.message.get(lang).to_owned())
                    .collect(),
            })
            .collect(),
        warnings: ranking
            .warnings
            .iter()
            .map(|warning| warning.message.get(lang).to_owned())
            .collect(),
        consistency: ranking.ahp.as_ref().map(|ahp| Consistency {
            lambda_max: ahp.lambda_max,
            ci: ahp.ci,
            cr: ahp.cr,
        }),
        sensitivity: sensitivity_view(ranking, lang),
        groups: group_scores(ranking, lang),
        disagreement: crate::render::rank::disagreement::section(ranking, lang).map(|section| {
            Disputes {
                intro: section.intro,
                header: section.header,
                rows: section.rows,
                scenarios: section.scenarios,
                verdict: section.verdict,
                disputed: ranking
                    .disagreement
                    .as_ref()
                    .is_some_and(|d| d.winner_is_disputed()),
            }
        }),
    }
}

/// The sensitivity analysis, when it was asked for.
fn sensitivity_view(ranking: &Ranking, lang: Lang) -> Option<Sensitivity> {
    let criterion_name = |id: &str| {
        ranking
            .criteria
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_owned())
    };
    ranking.sensitivity.as_ref().map(|sensitivity| Sensitivity {
        samples: sensitivity.samples,
        model: sensitivity.model,
        values: crate::render::rank::drawn_values(ranking),
        acceptability: sensitivity
            .smaa
            .iter()
            .flat_map(|smaa| &smaa.offers)
            .map(|offer| AcceptabilityRow {
                provider: offer.provider.clone(),
                shares: offer.acceptability.clone(),
                central: (offer.ranks.central_low, offer.ranks.central_high),
            })
            .collect(),
        shares: sensitivity
            .spread
            .iter()
            .map(|spread| ShareBar {
                provider: spread.provider.clone(),
                share: spread.first_place_share,
            })
            .collect(),
        thresholds: sensitivity
            .thresholds
            .iter()
            .map(|threshold| Threshold {
                criterion: criterion_name(&threshold.criterion),
                weight: threshold.weight,
                below: threshold
                    .decrease
                    .as_ref()
                    .map(|change| (change.new_weight, change.winner.clone())),
                above: threshold
                    .increase
                    .as_ref()
                    .map(|change| (change.new_weight, change.winner.clone())),
            })
            .collect(),
    })
}

/// The criteria groups with each ranked offer's score on them; empty without groups.
fn group_scores(ranking: &Ranking, lang: Lang) -> Vec<GroupScore> {
    let Some(groups) = &ranking.groups else {
        return Vec::new();
    };
    groups
        .list
        .iter()
        .enumerate()
        .map(|(g, group)| GroupScore {
            name: group.name.get(lang).to_owned(),
            weight: group.weight,
            criteria: ranking
                .criteria
                .iter()
                .enumerate()
                .filter(|(_, c)| c.group.as_ref() == Some(&group.id))
                .map(|(k, _)| k)
                .collect(),
            scores: ranking
                .ranking
                .iter()
                .map(|offer| offer.group_scores.get(g).copied().unwrap_or(0.0))
                .collect(),
        })
        .collect()
}

/// Why the first offer is ahead of the second, in words: the margin, then the
/// criteria where it gains and loses most, each named by its label.
fn lead_sentence(ranking: &Ranking, lang: Lang) -> Option<String> {
    let lead = ranking.lead()?;
    let name = |id: &str| {
        ranking
            .criteria
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_owned())
    };
    let list = |gaps: &[(String, f64)]| {
        gaps.iter()
            .map(|(id, gap)| format!("{} ({})", name(id), number::signed(*gap, 3, lang)))
            .collect::<Vec<_>>()
            .join(&tr!(lang, "rank-list-separator"))
    };
    let winner = lead.winner.as_str();
    let runner = lead.runner_up.as_str();
    if ranking.ranking.get(1).is_some_and(|second| second.tied) && ranking.ranking[0].tied {
        return Some(tr!(
            lang,
            "report-lead-tie",
            winner = winner,
            runner = runner
        ));
    }
    let mut sentence = tr!(
        lang,
        "report-lead",
        winner = winner,
        runner = runner,
        margin = number::decimal(lead.margin, 3, lang),
    );
    let detail = match (lead.gains.is_empty(), lead.losses.is_empty()) {
        (true, true) => None,
        (false, true) => Some(tr!(lang, "report-lead-gains", gains = list(&lead.gains))),
        (true, false) => Some(tr!(lang, "report-lead-losses", losses = list(&lead.losses))),
        (false, false) => Some(tr!(
            lang,
            "report-lead-gains-losses",
            gains = list(&lead.gains),
            losses = list(&lead.losses),
        )),
    };
    if let Some(detail) = detail {
        sentence.push(' ');
        sentence.push_str(&detail);
    }
    Some(sentence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;
    use crate::model::questionnaire::Severity;
    use crate::ranking::method::Method;
    use crate::readiness::{Thresholds, Verdict, assess};
    use crate::validate::brief::validate_brief;
    use crate::validate::questionnaire::validate_questionnaire;

    const QUESTIONNAIRE: &str = r#"
id = "t"
source = "Test article"
title = { fr = "Questionnaire test", en = "Test questionnaire" }
[dimensions]
a = { fr = "Gouvernance", en = "Governance" }
b = { fr = "Budget", en = "Budget" }

[[question]]
id = "q1"
dimension = "a"
kind = "yes-no"
weight = 2
text = { fr = "Un comité ?", en = "A committee?" }
help = { fr = "h", en = "h" }
severity = "blocker"
recommendation = { fr = "Créez-le.", en = "Set it up." }

[[question]]
id = "q2"
dimension = "b"
kind = "yes-no"
weight = 1
text = { fr = "Un budget ?", en = "A budget?" }
help = { fr = "h", en = "h" }
severity = "warning"
recommendation = { fr = "Chiffrez-le.", en = "Price it." }
"#;

    #[test]
    fn fills_the_view_in_the_chosen_language() {
        let (questionnaire, diagnostics) =
            validate_questionnaire(&SourceFile::new("t.toml", QUESTIONNAIRE), Lang::En);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let questionnaires = vec![questionnaire.unwrap()];
        let brief_text =
            "[project]\nclient = \"ACME\"\nquestionnaires = [\"t\"]\n\n[answers.t]\nq1 = false\n";
        let (brief, diagnostics) = validate_brief(
            &SourceFile::new("dir/acme.toml", brief_text),
            &questionnaires,
            Lang::En,
        );
        assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
        let brief = brief.unwrap();
        let assessment = assess(&brief, &questionnaires, &Thresholds::default());
        let report = report_from_assessment(
            &brief,
            &SourceFile::new("dir/acme.toml", brief_text),
            &questionnaires,
            &assessment,
            Lang::Fr,
            "outsource 0.1.0",
        );
        // No project name: the file's stem.
        assert_eq!(report.title, "acme");
        assert_eq!(report.facts.client.as_deref(), Some("ACME"));
        assert_eq!(report.facts.questionnaires, ["Questionnaire test"]);
        assert_eq!(report.readiness.verdict, Verdict::NotReady);
        assert!(!report.readiness.reasons.is_empty());
        let titles: Vec<_> = report
            .readiness
            .dimensions
            .iter()
            .map(|d| (d.title.as_str(), d.score))
            .collect();
        assert_eq!(titles, [("Gouvernance", Some(0.0)), ("Budget", None)]);
        let finding = &report.readiness.findings[0];
        assert_eq!(finding.severity, Severity::Blocker);
        assert_eq!(finding.question, "Un comité ?");
        assert_eq!(finding.questionnaire, "Questionnaire test");
        assert_eq!(finding.recommendation, "Créez-le.");
        assert_eq!(finding.source, "Test article");
        assert_eq!(finding.answer.as_deref(), Some("Non"));
        assert_eq!(finding.dimension.as_deref(), Some("Gouvernance"));
        let answers = &report.readiness.answers;
        assert_eq!(answers.len(), 1);
        assert_eq!(answers[0].dimension, "Gouvernance");
        assert_eq!(answers[0].answers[0].answer, "Non");
        // q2 is not answered.
        assert_eq!(
            report.readiness.missing,
            [OpenQuestion {
                questionnaire: "Questionnaire test".to_owned(),
                question: "Un budget ?".to_owned(),
                dimension: "Budget".to_owned(),
            }]
        );
    }

    #[test]
    fn offers_from_a_ranking_by_hand() {
        use crate::ranking::rank_offers;
        use crate::validate::criteria::validate_criteria;
        use crate::validate::offer::validate_offers;

        let criteria_file = SourceFile::new(
            "criteria.toml",
            include_str!("../../../tests/rank/criteria.toml"),
        );
        let (criteria, diagnostics) = validate_criteria(&criteria_file, Lang::En);
        assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
        let criteria = criteria.unwrap();
        let offers_file = SourceFile::new(
            "offers.toml",
            include_str!("../../../tests/rank/offers.toml"),
        );
        let (offers, diagnostics) = validate_offers(&offers_file, Some(&criteria), Lang::En);
        assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
        let ranking = rank_offers(&criteria, &offers.unwrap(), Method::WeightedSum);
        let offers = offers_from_ranking(&ranking, Lang::En);

        // Weights 5:3:2 -> 0.5, 0.3, 0.2. Delta is over the price ceiling. Min-max over
        // Alpha, Bravo, Charlie (Charlie's missing references count as the worst, 6):
        // quality 8, 6, 4 -> 1, 0.5, 0; price (cost) 3, 2, 3.5 -> 1/3, 1, 0;
        // references 6, 9, 6 -> 0, 1, 0. Bravo 0.25 + 0.3 + 0.2 = 0.75,
        // Alpha 0.5 + 0.1 = 0.6, Charlie 0.
        let ranked: Vec<_> = offers
            .ranked
            .iter()
            .map(|o| (o.rank, o.provider.as_str()))
            .collect();
        assert_eq!(ranked, [(1, "Bravo"), (2, "Alpha"), (3, "Charlie")]);
        assert!((offers.ranked[0].total - 0.75).abs() < 1e-9);
        let sum: f64 = offers.ranked[1].segments.iter().sum();
        assert!(
            (sum - offers.ranked[1].total).abs() < 1e-9,
            "contributions add up"
        );
        assert_eq!(offers.method, Method::WeightedSum);
        let weights: Vec<_> = offers.criteria.iter().map(|c| c.weight).collect();
        assert_eq!(weights, [0.5, 0.3, 0.2]);
        assert_eq!(offers.excluded[0].provider, "Delta");
        assert!(offers.excluded[0].reasons[0].contains("4.5"));
        assert!(offers.consistency.is_none() && offers.sensitivity.is_none());
        // Bravo - Alpha = 0.15: + 0.2 on price and references, - 0.25 on quality.
        let lead = offers.lead.unwrap();
        assert!(
            lead.starts_with("Bravo leads Alpha by 0.150. It gains most on "),
            "{lead}"
        );
        assert!(lead.contains("Price (+0.200)"), "{lead}");
        assert!(lead.ends_with(", and loses on Quality (-0.250)."), "{lead}");

        let with_sensitivity = ranking
            .with_sensitivity(&crate::ranking::smaa::SmaaOptions::new(
                200,
                1,
                crate::ranking::smaa::WeightModel::DEFAULT_AROUND,
            ))
            .unwrap();
        let offers = offers_from_ranking(&with_sensitivity, Lang::Fr);
        let sensitivity = offers.sensitivity.unwrap();
        assert_eq!(sensitivity.samples, 200);
        let shares: f64 = sensitivity.shares.iter().map(|s| s.share).sum();
        assert!(
            (shares - 1.0).abs() < 1e-9,
            "first places add up to 1: {shares}"
        );
        assert_eq!(sensitivity.thresholds[0].criterion, "Qualité");
        assert!(
            offers
                .lead
                .unwrap()
                .starts_with("Bravo devance Alpha de 0,150.")
        );
    }
}
