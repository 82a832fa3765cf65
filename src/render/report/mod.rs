//! The client report (`outsource report`): a view model, filled by the command
//! from the readiness assessment and the optional ranking, and two pure renderers
//! (HTML, Markdown) from it.
//!
//! The view model holds texts already in the report's language and numbers already
//! on their display scale, so the renderers only lay things out. It keeps the
//! renderers independent of the core's types: `commands::report` converts.

pub(crate) mod answer;
pub(crate) mod appendix;
pub(crate) mod build;
pub(crate) mod convert;
pub(crate) mod document;
pub(crate) mod html;
pub(crate) mod markdown;

use crate::i18n::number;
use crate::lang::Lang;
use crate::model::questionnaire::Severity;
use crate::ranking::ahp::CR_THRESHOLD;
use crate::ranking::method::Method;
pub(crate) use crate::readiness::Verdict;
use crate::tr;

use super::chart::{self, BarRow, RadarAxis, Series, StackedRow};

/// Everything the report shows.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Report {
    pub lang: Lang,
    /// The project's name, or the brief's file name.
    pub title: String,
    pub facts: Facts,
    pub readiness: Readiness,
    /// The offers section, when criteria and offers were given.
    pub offers: Option<Offers>,
    /// E.g. `outsource 0.1.0`.
    pub generator: String,
}

/// Project facts from the brief.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Facts {
    pub client: Option<String>,
    pub sector: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
    /// The brief file, as given on the command line.
    pub brief_file: String,
    /// Titles of the questionnaires the brief is assessed against.
    pub questionnaires: Vec<String>,
}

impl Facts {
    /// The facts to show, labelled in `lang`, leaving out those not given.
    pub(crate) fn rows(&self, lang: Lang) -> Vec<(String, String)> {
        let questionnaires = self.questionnaires.join(&tr!(lang, "rank-list-separator"));
        [
            ("report-fact-client", self.client.as_deref()),
            ("report-fact-sector", self.sector.as_deref()),
            ("report-fact-date", self.date.as_deref()),
            ("report-fact-consultant", self.author.as_deref()),
            ("report-fact-questionnaires", Some(questionnaires.as_str())),
            ("report-fact-brief", Some(self.brief_file.as_str())),
        ]
        .into_iter()
        .filter_map(|(label, value)| {
            value
                .filter(|v| !v.trim().is_empty())
                .map(|v| (tr!(lang, label), v.to_owned()))
        })
        .collect()
    }
}

/// The readiness assessment.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Readiness {
    pub verdict: Verdict,
    /// Why the verdict is not `ready`, in the report's language.
    pub reasons: Vec<String>,
    /// 0..=100; `None` when nothing was answered.
    pub overall: Option<f64>,
    /// Share of the question weight answered, 0..=1.
    pub coverage: f64,
    pub dimensions: Vec<DimensionScore>,
    /// In any order: the renderers group them by severity, most severe first.
    pub findings: Vec<Finding>,
    /// Scored questions with no answer yet, in questionnaire order.
    pub missing: Vec<OpenQuestion>,
    /// Every answer, by questionnaire and dimension, in questionnaire order.
    pub answers: Vec<AnswerGroup>,
}

/// The answers to the questions of one dimension of one questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct AnswerGroup {
    /// Questionnaire title.
    pub questionnaire: String,
    /// Dimension title.
    pub dimension: String,
    pub answers: Vec<GivenAnswer>,
}

/// One answer as the client gave it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct GivenAnswer {
    /// The question's text.
    pub question: String,
    /// The answer in words (see [`answer::answer_text`]).
    pub answer: String,
    /// The consultant's note.
    pub note: Option<String>,
    /// Why the question does not apply, for a not-applicable answer.
    pub not_applicable: Option<String>,
}

/// A scored question the interview has not answered.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct OpenQuestion {
    /// Questionnaire title.
    pub questionnaire: String,
    /// The question's text.
    pub question: String,
    /// Dimension title.
    pub dimension: String,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DimensionScore {
    pub title: String,
    /// 0..=100; `None` when nothing was answered.
    pub score: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Finding {
    pub severity: Severity,
    /// Questionnaire title.
    pub questionnaire: String,
    /// Dimension title, when the question is known.
    pub dimension: Option<String>,
    /// The question's text (or id).
    pub question: String,
    /// The answer in words, when there is one.
    pub answer: Option<String>,
    /// The consultant's note on the answer.
    pub note: Option<String>,
    pub message: String,
    pub recommendation: String,
    /// Where the finding comes from: every source of its fact (see
    /// [`Finding::cite`](crate::readiness::Finding::cite)).
    pub source: String,
    /// The client accepted the risk, for this reason.
    pub waived: Option<String>,
}

/// The ranking of offers.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Offers {
    /// The method; the report states its facts (name, what a contribution is).
    /// With `consistency`, the weights come from AHP pairwise comparisons.
    pub method: Method,
    pub criteria: Vec<CriterionWeight>,
    /// Best first.
    pub ranked: Vec<OfferChart>,
    /// Why the first offer leads the second, in a sentence.
    pub lead: Option<String>,
    /// The top of the score axis (1 for scores in 0..=1, 100 for 0..=100).
    pub scale_max: f64,
    pub excluded: Vec<Excluded>,
    /// Warnings about the criteria or offers, in the report's language.
    pub warnings: Vec<String>,
    pub consistency: Option<Consistency>,
    /// One consistency line per AHP matrix of the criteria groups (among the
    /// groups, then inside each group), as `rank` writes them, and whether it
    /// passes Saaty's rule; empty without.
    pub group_consistency: Vec<(String, bool)>,
    /// One line per evaluator (and matrix) of AHP judgements with `by`: their own
    /// consistency ratio, as `rank` writes them, and whether it passes; empty
    /// without.
    pub evaluator_consistency: Vec<(String, bool)>,
    /// The legend of interval cells (`7–9`), when some offer gave one.
    pub intervals_legend: Option<String>,
    pub sensitivity: Option<Sensitivity>,
    /// The criteria groups, in file order; empty for a flat list of criteria.
    pub groups: Vec<GroupScore>,
    /// Where several evaluators disagree; `None` when every value was given once.
    pub disagreement: Option<Disputes>,
}

/// The evaluators' disagreement (issue 13), in the report's language.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Disputes {
    /// Which values several evaluators gave, and how they are aggregated.
    pub intro: String,
    pub header: Vec<String>,
    /// Criterion, offer, each evaluator's value, the aggregate, min–max and
    /// standard deviation.
    pub rows: Vec<Vec<String>>,
    /// The winner under each reading of the values, one sentence each.
    pub scenarios: Vec<String>,
    /// Whether the winner is disputed, in a sentence.
    pub verdict: String,
    /// Some reading of the values gives another winner.
    pub disputed: bool,
}

/// A group of criteria and each ranked offer's score on it (issue 13).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct GroupScore {
    pub name: String,
    /// Normalised weight among the groups, 0..=1.
    pub weight: f64,
    /// Its criteria, as indices into `Offers::criteria`.
    pub criteria: Vec<usize>,
    /// The score on the group's criteria alone, with their weights inside the
    /// group (0..=1), one per offer in the order of `Offers::ranked`.
    pub scores: Vec<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CriterionWeight {
    pub name: String,
    /// Normalised weight, 0..=1.
    pub weight: f64,
    /// The unit of the offers' values, in the report's language.
    pub unit: Option<String>,
}

/// One ranked offer, as the stacked bar chart draws it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct OfferChart {
    pub rank: usize,
    /// Another offer has the same score (and rank).
    pub tied: bool,
    pub provider: String,
    pub total: f64,
    /// Per-criterion contribution, in the order of `Offers::criteria`.
    pub segments: Vec<f64>,
    /// The offer's own value per criterion as every rank output writes it
    /// (`40–60` for an interval, a level's name, `—` when it gave none), same order.
    pub values: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Excluded {
    pub provider: String,
    pub reasons: Vec<String>,
}

/// AHP consistency of the pairwise comparisons.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Consistency {
    pub lambda_max: f64,
    pub ci: f64,
    pub cr: f64,
}

impl Consistency {
    /// Saaty's rule: comparisons with a consistency ratio of at most 0.10 are
    /// acceptable.
    pub(crate) fn acceptable(self) -> bool {
        crate::model::ahp::is_consistent(self.cr)
    }

    /// What the consistency ratio means, in words.
    pub(crate) fn verdict(self, lang: Lang) -> String {
        let threshold = number::decimal(CR_THRESHOLD, 2, lang);
        if self.acceptable() {
            tr!(lang, "report-ahp-acceptable", threshold = threshold)
        } else {
            tr!(lang, "report-ahp-too-high", threshold = threshold)
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Sensitivity {
    /// Number of Monte Carlo weight samples.
    pub samples: u32,
    /// How the weights were drawn.
    pub model: crate::ranking::smaa::WeightModel,
    /// Which values were drawn too: `"none"`, `"intervals"`, `"evaluators"` or
    /// `"both"` (see `render::rank::drawn_values`).
    pub values: &'static str,
    /// The rank acceptability matrix, one row per offer, best first.
    pub acceptability: Vec<AcceptabilityRow>,
    /// Each offer's share of first places, 0..=1, best first.
    pub shares: Vec<ShareBar>,
    pub thresholds: Vec<Threshold>,
}

/// One offer's rank acceptability: `shares[r - 1]` is its share of rank `r`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct AcceptabilityRow {
    pub provider: String,
    pub shares: Vec<f64>,
    /// The central rank interval (5th to 95th percentile).
    pub central: (usize, usize),
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ShareBar {
    pub provider: String,
    pub share: f64,
}

/// How far one criterion's weight can move before the winner changes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Threshold {
    pub criterion: String,
    /// Current normalised weight.
    pub weight: f64,
    /// Below this weight, this offer wins instead.
    pub below: Option<(f64, String)>,
    /// Above this weight, this offer wins instead.
    pub above: Option<(f64, String)>,
}

/// The verdict with a capital letter, for a heading or a tile.
pub(crate) fn verdict_label(verdict: Verdict, lang: Lang) -> String {
    capitalise(&verdict.label(lang))
}

/// Severities, most severe first, as the findings are grouped.
pub(crate) const SEVERITIES: [Severity; 3] = [Severity::Blocker, Severity::Warning, Severity::Info];

/// Plural heading of a severity group.
pub(crate) fn severity_heading(severity: Severity, lang: Lang) -> String {
    match severity {
        Severity::Blocker => tr!(lang, "report-severity-blocker"),
        Severity::Warning => tr!(lang, "report-severity-warning"),
        Severity::Info => tr!(lang, "report-severity-info"),
    }
}

/// The findings of one severity: open ones first, then the waived ones (the risk
/// is accepted), each in their given order.
pub(crate) fn findings_of(readiness: &Readiness, severity: Severity) -> Vec<&Finding> {
    let mut found: Vec<&Finding> = readiness
        .findings
        .iter()
        .filter(|finding| finding.severity == severity)
        .collect();
    found.sort_by_key(|finding| finding.waived.is_some());
    found
}

/// `": "` in English, `" : "` in French (a no-break space before high punctuation).
pub(crate) fn colon(lang: Lang) -> String {
    tr!(lang, "report-colon")
}

/// `"; "` in English, `" ; "` in French.
pub(crate) fn semicolon(lang: Lang) -> String {
    tr!(lang, "report-semicolon")
}

/// A share (0..=1) as a whole percentage: `85%` in English, `85 %` in French, as
/// `check` shows the coverage.
pub(crate) fn percent(share: f64, lang: Lang) -> String {
    number::percent(share, 0, lang)
}

/// A weight (0..=1) as a percentage with one decimal when it is not whole
/// (`13.3%`, `50%`), as `outsource rank` shows weights.
pub(crate) fn weight_percent(weight: f64, lang: Lang) -> String {
    number::percent_tenths(weight, lang)
}

/// A score out of 100 rounded to one decimal, as `check` rounds it (a trailing
/// zero dropped: `100`, `83.5`), or a dash when there
/// is none.
pub(crate) fn score(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(|| "–".to_owned(), |v| number::trimmed(v, 1, lang))
}

/// An offer's rank, `2=` when tied.
pub(crate) fn rank_label(offer: &OfferChart) -> String {
    if offer.tied {
        format!("{}=", offer.rank)
    } else {
        offer.rank.to_string()
    }
}

/// `text` with a capital first letter.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// An offer's total, with the precision its scale needs.
pub(crate) fn total(value: f64, offers: &Offers, lang: Lang) -> String {
    number::decimal(value, if offers.scale_max <= 1.0 { 3 } else { 1 }, lang)
}

/// How the shares of first places were drawn, in words: the weights, and the
/// uncertain values when some were drawn too (intervals, evaluators).
pub(crate) fn sensitivity_note(sensitivity: &Sensitivity, lang: Lang) -> String {
    let (samples, draw) = (sensitivity.samples, sensitivity.model.describe(lang));
    match sensitivity.values {
        "none" => tr!(
            lang,
            "report-sensitivity-note",
            samples = samples,
            draw = draw
        ),
        values => tr!(
            lang,
            "intervals-report-note",
            samples = samples,
            draw = draw,
            values = values
        ),
    }
}

/// What moving a criterion's weight does to the winner, in words.
pub(crate) fn threshold_text(threshold: &Threshold, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some((weight, winner)) = &threshold.below {
        parts.push(tr!(
            lang,
            "report-threshold-below",
            weight = weight_percent(*weight, lang),
            winner = winner.as_str(),
        ));
    }
    if let Some((weight, winner)) = &threshold.above {
        parts.push(tr!(
            lang,
            "report-threshold-above",
            weight = weight_percent(*weight, lang),
            winner = winner.as_str(),
        ));
    }
    if parts.is_empty() {
        tr!(lang, "report-threshold-none")
    } else {
        parts.join(&semicolon(lang))
    }
}

/// The SVG charts of a report.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Charts {
    /// Dimension scores; empty when there are no dimensions.
    pub radar: String,
    /// Per-criterion contributions of each ranked offer.
    pub contributions: Option<String>,
    /// Each offer's share of first places.
    pub shares: Option<String>,
    /// The rank acceptability matrix as a heat map.
    pub acceptability: Option<String>,
}

/// Ranks the acceptability table shows; the rest are summed as "lower".
pub(crate) const TABLE_RANKS: usize = 10;
/// Ranks the heat map shows, so that its cells stay legible on a phone.
const CHART_RANKS: usize = 5;

/// The acceptability matrix's columns as shown: ranks 1 to `shown`, then "lower"
/// for the rest; each row's shares summed the same way.
pub(crate) fn acceptability_columns(
    sensitivity: &Sensitivity,
    shown: usize,
    lang: Lang,
) -> (Vec<String>, Vec<(String, Vec<f64>)>) {
    let ranks = sensitivity.acceptability.len();
    let shown = ranks.min(shown);
    let mut columns: Vec<String> = (1..=shown)
        .map(|rank| tr!(lang, "rank-column-rank-n", rank = rank))
        .collect();
    if ranks > shown {
        columns.push(tr!(lang, "rank-column-lower-ranks"));
    }
    let rows = sensitivity
        .acceptability
        .iter()
        .map(|row| {
            let mut shares: Vec<f64> = row.shares.iter().take(shown).copied().collect();
            if ranks > shown {
                shares.push(row.shares[shown..].iter().sum());
            }
            (row.provider.clone(), shares)
        })
        .collect();
    (columns, rows)
}

pub(crate) fn acceptability_title(lang: Lang) -> String {
    tr!(lang, "report-acceptability-title")
}

pub(crate) fn radar_title(lang: Lang) -> String {
    tr!(lang, "report-radar-title")
}

pub(crate) fn contributions_title(lang: Lang) -> String {
    tr!(lang, "report-contributions-title")
}

pub(crate) fn shares_title(lang: Lang) -> String {
    tr!(lang, "report-shares-title")
}

/// The contributions chart's series: one per criterion, in order, when they are
/// few enough to tell apart by colour ([`chart::MAX_SERIES`]); otherwise one per
/// group of criteria, named after the group, when the criteria have groups (and
/// the groups are few enough); otherwise the heaviest criteria keep their own
/// series and the others are merged into one "other criteria" series, in grey,
/// whose legend names them all. Returns the series and how to merge an offer's
/// per-criterion values into them.
pub(crate) fn chart_series(
    offers: &Offers,
    lang: Lang,
) -> (Vec<Series>, impl Fn(&[f64]) -> Vec<f64> + use<>) {
    let (series, buckets) = series_buckets(offers, lang);
    let merge = move |segments: &[f64]| {
        let value = |k: &usize| segments.get(*k).copied().unwrap_or(0.0);
        buckets
            .iter()
            .map(|bucket| bucket.iter().map(value).sum())
            .collect()
    };
    (series, merge)
}

/// The series of [`chart_series`] and the criteria each one sums.
fn series_buckets(offers: &Offers, lang: Lang) -> (Vec<Series>, Vec<Vec<usize>>) {
    let count = offers.criteria.len();
    if count > chart::MAX_SERIES
        && !offers.groups.is_empty()
        && offers.groups.len() <= chart::MAX_SERIES
    {
        return offers
            .groups
            .iter()
            .enumerate()
            .map(|(g, group)| {
                let series = Series {
                    name: group.name.clone(),
                    color: chart::color(g),
                };
                (series, group.criteria.clone())
            })
            .unzip();
    }
    let own = if count <= chart::MAX_SERIES {
        count
    } else {
        chart::MAX_SERIES - 1
    };
    // The `own` heaviest criteria, ties broken by order, kept in their order.
    let mut by_weight: Vec<usize> = (0..count).collect();
    by_weight.sort_by(|&a, &b| {
        offers.criteria[b]
            .weight
            .total_cmp(&offers.criteria[a].weight)
            .then(a.cmp(&b))
    });
    let mut kept: Vec<usize> = by_weight[..own].to_vec();
    kept.sort_unstable();
    let others: Vec<usize> = (0..count).filter(|k| !kept.contains(k)).collect();
    let (mut series, mut buckets): (Vec<Series>, Vec<Vec<usize>>) = kept
        .iter()
        .enumerate()
        .map(|(s, &k)| {
            let series = Series {
                name: offers.criteria[k].name.clone(),
                color: chart::color(s),
            };
            (series, vec![k])
        })
        .unzip();
    if !others.is_empty() {
        let names: Vec<&str> = others
            .iter()
            .map(|&k| offers.criteria[k].name.as_str())
            .collect();
        series.push(Series {
            name: tr!(
                lang,
                "report-other-criteria",
                count = others.len(),
                names = names.join(&tr!(lang, "rank-list-separator")),
            ),
            color: chart::OTHER_COLOR,
        });
        buckets.push(others);
    }
    (series, buckets)
}

/// Draws the report's charts.
pub(crate) fn charts(report: &Report) -> Charts {
    let lang = report.lang;
    let axes: Vec<RadarAxis> = report
        .readiness
        .dimensions
        .iter()
        .map(|dimension| RadarAxis {
            label: dimension.title.clone(),
            value: dimension.score,
        })
        .collect();
    let radar = chart::radar(&radar_title(lang), &axes, lang);
    let contributions = report.offers.as_ref().and_then(|offers| {
        if offers.ranked.is_empty() {
            return None;
        }
        let (series, merged) = chart_series(offers, lang);
        let rows: Vec<StackedRow> = offers
            .ranked
            .iter()
            .map(|offer| StackedRow {
                label: format!("{}. {}", rank_label(offer), offer.provider),
                total: offer.total,
                total_text: total(offer.total, offers, lang),
                segments: merged(&offer.segments),
            })
            .collect();
        Some(chart::stacked_bars(
            &contributions_title(lang),
            &series,
            &rows,
            offers.scale_max,
            lang,
        ))
    });
    let shares = report
        .offers
        .as_ref()
        .and_then(|offers| offers.sensitivity.as_ref())
        .filter(|sensitivity| !sensitivity.shares.is_empty())
        .map(|sensitivity| {
            let rows: Vec<BarRow> = sensitivity
                .shares
                .iter()
                .map(|bar| BarRow {
                    label: bar.provider.clone(),
                    value: bar.share,
                    value_text: percent(bar.share, lang),
                })
                .collect();
            chart::bars(&shares_title(lang), &rows, 1.0, true, lang)
        });
    let acceptability = report
        .offers
        .as_ref()
        .and_then(|offers| offers.sensitivity.as_ref())
        .filter(|sensitivity| !sensitivity.acceptability.is_empty())
        .map(|sensitivity| {
            let (mut columns, rows) = acceptability_columns(sensitivity, CHART_RANKS, lang);
            // The summed column as `#6+`: "Lower" would not fit a cell.
            if let Some(lower) = columns.get_mut(CHART_RANKS) {
                *lower = format!(
                    "{}+",
                    tr!(lang, "rank-column-rank-n", rank = CHART_RANKS + 1)
                );
            }
            let rows: Vec<chart::HeatRow> = rows
                .into_iter()
                .map(|(label, shares)| chart::HeatRow { label, shares })
                .collect();
            chart::heat_map(&acceptability_title(lang), &columns, &rows, lang)
        });
    Charts {
        radar,
        contributions,
        shares,
        acceptability,
    }
}

/// A report with every section filled, for the renderers' tests.
#[cfg(test)]
pub(crate) fn sample(lang: Lang) -> Report {
    Report {
        lang,
        title: "Boutique <Lumière> & Co".to_owned(),
        facts: Facts {
            client: Some("Lumière SAS".to_owned()),
            sector: Some("e-commerce".to_owned()),
            date: Some("2026-11-20".to_owned()),
            author: Some("C. Dupont".to_owned()),
            brief_file: "examples/ecommerce-retailer.toml".to_owned(),
            questionnaires: vec!["Ten questions".to_owned(), "Ten mistakes".to_owned()],
        },
        readiness: sample_readiness(),
        offers: Some(sample_offers()),
        generator: "outsource 0.1.0".to_owned(),
    }
}

#[cfg(test)]
fn sample_readiness() -> Readiness {
    Readiness {
        verdict: Verdict::ReadyWithConditions,
        reasons: vec!["score 62.5 below 75".to_owned()],
        overall: Some(62.5),
        coverage: 0.85,
        dimensions: vec![
            DimensionScore {
                title: "Objectives".to_owned(),
                score: Some(80.0),
            },
            DimensionScore {
                title: "Governance".to_owned(),
                score: Some(50.0),
            },
            DimensionScore {
                title: "Knowledge transfer".to_owned(),
                score: Some(0.0),
            },
            DimensionScore {
                title: "Budget".to_owned(),
                score: None,
            },
            DimensionScore {
                title: "Data protection | GDPR".to_owned(),
                score: Some(100.0),
            },
        ],
        findings: vec![
            Finding {
                severity: Severity::Warning,
                questionnaire: "Ten questions".to_owned(),
                dimension: Some("Governance".to_owned()),
                question: "Who steers the provider?".to_owned(),
                answer: Some("Nobody yet".to_owned()),
                note: Some("The COO may chair it".to_owned()),
                message: "No steering committee".to_owned(),
                recommendation: "Hold a monthly steering committee.".to_owned(),
                source: "Ten questions before outsourcing".to_owned(),
                waived: None,
            },
            Finding {
                severity: Severity::Blocker,
                questionnaire: "Ten mistakes".to_owned(),
                dimension: Some("Knowledge transfer".to_owned()),
                question: "Is the knowledge base written?".to_owned(),
                answer: Some("No".to_owned()),
                note: None,
                message: "No knowledge base <yet>".to_owned(),
                recommendation: "Write the top 50 answers before the tender.".to_owned(),
                source: "Ten mistakes to avoid".to_owned(),
                waived: None,
            },
            Finding {
                severity: Severity::Warning,
                questionnaire: "Ten mistakes".to_owned(),
                dimension: None,
                question: "Are the KPIs defined?".to_owned(),
                answer: None,
                note: None,
                message: "KPIs not defined".to_owned(),
                recommendation: "Define first-contact resolution and CSAT.".to_owned(),
                source: "Ten mistakes to avoid".to_owned(),
                waived: Some("Defined with the provider in the first month".to_owned()),
            },
        ],
        missing: vec![OpenQuestion {
            questionnaire: "Ten questions".to_owned(),
            question: "What is the budget | per year?".to_owned(),
            dimension: "Budget".to_owned(),
        }],
        answers: vec![
            AnswerGroup {
                questionnaire: "Ten questions".to_owned(),
                dimension: "Governance".to_owned(),
                answers: vec![GivenAnswer {
                    question: "Who steers the provider?".to_owned(),
                    answer: "Nobody yet".to_owned(),
                    note: Some("The COO may chair it".to_owned()),
                    not_applicable: None,
                }],
            },
            AnswerGroup {
                questionnaire: "Ten mistakes".to_owned(),
                dimension: "Data protection | GDPR".to_owned(),
                answers: vec![GivenAnswer {
                    question: "Is a DPO appointed?".to_owned(),
                    answer: "Not applicable".to_owned(),
                    note: None,
                    not_applicable: Some("Fewer than 250 staff".to_owned()),
                }],
            },
        ],
    }
}

#[cfg(test)]
fn sample_offers() -> Offers {
    Offers {
        method: Method::WeightedSum,
        criteria: vec![
            CriterionWeight {
                name: "Price".to_owned(),
                weight: 0.5,
                unit: Some("€".to_owned()),
            },
            CriterionWeight {
                name: "Quality".to_owned(),
                weight: 0.3,
                unit: None,
            },
            CriterionWeight {
                name: "Languages".to_owned(),
                weight: 0.2,
                unit: None,
            },
        ],
        ranked: vec![
            OfferChart {
                rank: 1,
                tied: false,
                provider: "Acme Contact Centres International Holdings".to_owned(),
                total: 0.8,
                segments: vec![0.5, 0.2, 0.1],
                values: vec!["2.5".to_owned(), "7–9".to_owned(), "3".to_owned()],
            },
            OfferChart {
                rank: 2,
                tied: false,
                provider: "Globex".to_owned(),
                total: 0.45,
                segments: vec![0.1, 0.3, 0.05],
                values: vec!["4".to_owned(), "9".to_owned(), "—".to_owned()],
            },
        ],
        lead: Some("Acme leads Globex by 0.350, mostly on Price.".to_owned()),
        scale_max: 1.0,
        excluded: vec![Excluded {
            provider: "Initech".to_owned(),
            reasons: vec!["price 12 above the maximum 10".to_owned()],
        }],
        warnings: vec!["Price weighs more than half of the total".to_owned()],
        consistency: Some(Consistency {
            lambda_max: 3.05,
            ci: 0.025,
            cr: 0.043,
        }),
        group_consistency: Vec::new(),
        evaluator_consistency: vec![("claire: consistency ratio 0.000".to_owned(), true)],
        intervals_legend: Some(
            "7–9: an uncertain value (an interval), ranked by its midpoint".to_owned(),
        ),
        sensitivity: Some(Sensitivity {
            samples: 10_000,
            model: crate::ranking::smaa::WeightModel::DEFAULT_AROUND,
            values: "none",
            acceptability: vec![
                AcceptabilityRow {
                    provider: "Acme Contact Centres International Holdings".to_owned(),
                    shares: vec![0.72, 0.28],
                    central: (1, 2),
                },
                AcceptabilityRow {
                    provider: "Globex".to_owned(),
                    shares: vec![0.28, 0.72],
                    central: (1, 2),
                },
            ],
            shares: vec![
                ShareBar {
                    provider: "Acme Contact Centres International Holdings".to_owned(),
                    share: 0.72,
                },
                ShareBar {
                    provider: "Globex".to_owned(),
                    share: 0.28,
                },
            ],
            thresholds: vec![
                Threshold {
                    criterion: "Price".to_owned(),
                    weight: 0.5,
                    below: Some((0.21, "Globex".to_owned())),
                    above: None,
                },
                Threshold {
                    criterion: "Languages".to_owned(),
                    weight: 0.2,
                    below: None,
                    above: None,
                },
            ],
        }),
        groups: vec![
            GroupScore {
                name: "Cost".to_owned(),
                weight: 0.6,
                criteria: vec![0],
                scores: vec![1.0, 0.2],
            },
            GroupScore {
                name: "Service".to_owned(),
                weight: 0.4,
                criteria: vec![1, 2],
                scores: vec![0.75, 0.875],
            },
        ],
        disagreement: Some(Disputes {
            intro: "2 values were given by several evaluators.".to_owned(),
            header: ["Criterion", "Offer", "ann", "bob", "Mean", "Range", "SD"]
                .map(str::to_owned)
                .to_vec(),
            rows: vec![
                ["Fit", "Globex", "4", "8", "6", "4–8", "2.00"]
                    .map(str::to_owned)
                    .to_vec(),
            ],
            scenarios: vec!["Following bob: Globex wins (changes the winner).".to_owned()],
            verdict: "The winner depends on whose values are followed.".to_owned(),
            disputed: true,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(percent(0.855, Lang::En), "86%");
        assert_eq!(percent(0.85, Lang::Fr), "85\u{a0}%");
        assert_eq!(score(None, Lang::En), "–");
        assert_eq!(weight_percent(4.0 / 30.0, Lang::En), "13.3%");
        assert_eq!(weight_percent(0.5, Lang::Fr), "50\u{a0}%");
        assert_eq!(weight_percent(0.1, Lang::En), "10%");
        // One decimal, as `check` shows scores: 83.5 stays 83.5, 62.54 -> 62.5.
        assert_eq!(score(Some(83.5), Lang::En), "83.5");
        assert_eq!(score(Some(62.54), Lang::Fr), "62,5");
    }

    #[test]
    fn waived_findings_come_after_open_ones() {
        let mut report = sample(Lang::En);
        report.readiness.findings.swap(0, 2);
        let warnings = findings_of(&report.readiness, Severity::Warning);
        assert_eq!(warnings[0].question, "Who steers the provider?");
        assert!(warnings[1].waived.is_some());
    }

    #[test]
    fn many_criteria_share_an_other_series() {
        let mut offers = sample_offers();
        offers.groups.clear();
        let weights = [0.05, 0.2, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
        offers.criteria = weights
            .iter()
            .enumerate()
            .map(|(k, &weight)| CriterionWeight {
                name: format!("c{k}"),
                unit: None,
                weight,
            })
            .collect();
        let (series, merge) = chart_series(&offers, Lang::En);
        // 10 criteria > 8 colours: the 7 heaviest keep theirs (c1 at 0.2, then the
        // first six at 0.1: c3 to c8, in order); c0, c2 and c9 are merged.
        let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "c1",
                "c3",
                "c4",
                "c5",
                "c6",
                "c7",
                "c8",
                "Other criteria: c0, c2, c9"
            ]
        );
        assert_eq!(series[7].color, chart::OTHER_COLOR);
        let segments: Vec<f64> = (1..=10).map(f64::from).collect();
        // c0 + c2 + c9 = 1 + 3 + 10 = 14.
        assert_eq!(merge(&segments), [2.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 14.0]);
        // Three criteria (in two groups): one series each, in order, in the
        // palette's colours.
        let (series, merge) = chart_series(&sample_offers(), Lang::En);
        assert_eq!(series.len(), 3);
        assert_eq!(series[1].color, chart::color(1));
        assert_eq!(merge(&[0.5, 0.2, 0.1]), [0.5, 0.2, 0.1]);
    }

    #[test]
    fn many_grouped_criteria_get_one_series_per_group() {
        let mut offers = sample_offers();
        offers.criteria = (0..10)
            .map(|k| CriterionWeight {
                name: format!("c{k}"),
                unit: None,
                weight: 0.1,
            })
            .collect();
        let group = |name: &str, criteria: Vec<usize>| GroupScore {
            name: name.to_owned(),
            weight: 0.5,
            criteria,
            scores: Vec::new(),
        };
        offers.groups = vec![
            group("Cost", vec![0, 1, 2]),
            group("Quality", vec![3, 4, 5, 6, 7, 8, 9]),
        ];
        let (series, merge) = chart_series(&offers, Lang::En);
        let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Cost", "Quality"]);
        assert_eq!(series[1].color, chart::color(1));
        let segments: Vec<f64> = (1..=10).map(f64::from).collect();
        // Cost: 1 + 2 + 3 = 6; quality: 4 + 5 + ... + 10 = 49.
        assert_eq!(merge(&segments), [6.0, 49.0]);
        // Few criteria keep their own series, groups or not.
        offers.criteria.truncate(3);
        offers.groups = vec![group("Cost", vec![0, 1, 2])];
        let (series, _) = chart_series(&offers, Lang::En);
        assert_eq!(series.len(), 3);
    }

    #[test]
    fn charts_are_drawn_for_each_section() {
        let mut report = sample(Lang::En);
        let charts = charts(&report);
        assert!(charts.radar.starts_with("<svg"));
        assert!(charts.contributions.is_some());
        assert!(charts.shares.is_some());
        let heat = charts.acceptability.unwrap();
        assert!(heat.contains("Globex") && heat.contains("#2"));
        // Seven offers: the heat map shows ranks 1 to 5, then 6 and 7 summed as
        // `#6+` (0.1 + 0.2 = 0.3 -> 30%); the table keeps all seven.
        let mut seven = sample(Lang::En);
        let sensitivity = seven
            .offers
            .as_mut()
            .and_then(|o| o.sensitivity.as_mut())
            .unwrap();
        sensitivity.acceptability = (0..7)
            .map(|k| AcceptabilityRow {
                provider: format!("P{k}"),
                shares: vec![0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2][..7].to_vec(),
                central: (1, 7),
            })
            .collect();
        let heat = super::charts(&seven).acceptability.unwrap();
        assert!(heat.contains(">#5<") && heat.contains(">#6+<") && !heat.contains(">#7<"));
        assert!(heat.contains("P0, #6+: 30%"), "{heat}");
        let sensitivity = seven.offers.as_ref().and_then(|o| o.sensitivity.as_ref());
        let (columns, _) = acceptability_columns(sensitivity.unwrap(), TABLE_RANKS, Lang::En);
        assert_eq!(columns.len(), 7);
        report.offers = None;
        report.readiness.dimensions.clear();
        let charts = super::charts(&report);
        assert_eq!(charts, Charts::default());
    }
}
