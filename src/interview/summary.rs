//! The end of the interview, for the client sitting next to the consultant: the
//! verdict, the score of each dimension, and what to work on in words (the
//! question, the answer given, the recommendation). No `file:line` and no carets:
//! that technical view stays in `outsource check`. Pure: returns the text.

use super::value::describe;
use crate::lang::Lang;
use crate::model::brief::Brief;
use crate::model::questionnaire::{Questionnaire, Severity};
use crate::readiness::{Assessment, FindingKind, Status, Verdict};
use crate::render::bar::bar;

/// The end screen of a finished interview.
pub(crate) fn render_summary(
    assessment: &Assessment,
    brief: &Brief,
    questionnaires: &[Questionnaire],
    lang: Lang,
) -> String {
    let mut out = String::new();
    out.push_str(&verdict_line(assessment, lang));
    out.push('\n');
    let reasons: Vec<String> = assessment
        .reasons
        .iter()
        .map(|r| r.describe(lang))
        .collect();
    if !reasons.is_empty() {
        out.push_str(&format!(
            "{} {}\n",
            words(Word::Why, lang),
            reasons.join(", ")
        ));
    }
    out.push_str(&format!("\n{}\n", words(Word::Dimensions, lang)));
    let width = assessment
        .dimensions
        .iter()
        .map(|d| d.title.get(lang).chars().count())
        .max()
        .unwrap_or(0);
    for dimension in &assessment.dimensions {
        let title = dimension.title.get(lang);
        let pad = " ".repeat(width - title.chars().count());
        let score = match dimension.score {
            Some(score) => {
                let bar = bar(score, 100.0, 20);
                let pad = " ".repeat(20 - bar.chars().count().min(20));
                format!("{bar}{pad} {score:>3.0}/100")
            }
            None => words(Word::NotAnswered, lang).to_owned(),
        };
        out.push_str(&format!("  {title}{pad}  {score}\n"));
    }
    let weak: Vec<_> = assessment
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::WeakAnswer)
        .collect();
    if !weak.is_empty() {
        out.push_str(&format!("\n{}\n", words(Word::WorkOn, lang)));
    }
    for finding in weak {
        let question = questionnaires
            .iter()
            .find(|q| q.id == finding.questionnaire)
            .and_then(|q| q.question(&finding.question));
        let Some(question) = question else { continue };
        out.push_str(&format!(
            "\n  {} {}\n",
            severity_mark(finding.severity, lang),
            question.text.get(lang)
        ));
        if let Some(answer) = brief.answer(&finding.questionnaire, &finding.question) {
            out.push_str(&format!(
                "    {} {}\n",
                words(Word::Answer, lang),
                describe(question, &answer.value, lang)
            ));
        }
        if let Some(recommendation) = &finding.recommendation {
            out.push_str(&format!(
                "    {} {}\n",
                words(Word::Recommendation, lang),
                recommendation.get(lang)
            ));
        }
        if let Some(reason) = &finding.waived {
            out.push_str(&format!("    {} {reason}\n", words(Word::Accepted, lang)));
        }
    }
    let missing = assessment
        .questions
        .iter()
        .filter(|q| q.status == Status::Missing)
        .count();
    if missing > 0 {
        out.push_str(&format!("\n{}\n", unanswered(missing, lang)));
    }
    out
}

fn verdict_line(assessment: &Assessment, lang: Lang) -> String {
    let verdict = assessment.verdict.label(lang);
    let mark = match assessment.verdict {
        Verdict::Ready => "✔",
        Verdict::ReadyWithConditions => "!",
        Verdict::NotReady => "✘",
    };
    let coverage = (assessment.coverage * 100.0).round();
    match assessment.score {
        Some(score) => crate::tr!(
            lang,
            "summary-verdict-scored",
            mark = mark,
            verdict = verdict,
            score = score.round(),
            coverage = coverage
        ),
        None => crate::tr!(
            lang,
            "summary-verdict-unscored",
            mark = mark,
            verdict = verdict
        ),
    }
}

enum Word {
    Why,
    Dimensions,
    NotAnswered,
    WorkOn,
    Answer,
    Recommendation,
    Accepted,
}

fn words(word: Word, lang: Lang) -> String {
    let id = match word {
        Word::Why => "summary-why",
        Word::Dimensions => "summary-dimensions",
        Word::NotAnswered => "summary-not-answered",
        Word::WorkOn => "summary-work-on",
        Word::Answer => "summary-answer",
        Word::Recommendation => "summary-recommendation",
        Word::Accepted => "summary-accepted",
    };
    crate::tr!(lang, id)
}

fn severity_mark(severity: Severity, lang: Lang) -> String {
    let id = match severity {
        Severity::Blocker => "summary-mark-blocker",
        Severity::Warning => "summary-mark-warning",
        Severity::Info => "summary-mark-info",
    };
    crate::tr!(lang, id)
}

fn unanswered(count: usize, lang: Lang) -> String {
    crate::tr!(lang, "summary-unanswered", count = count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::tests::mini;
    use crate::model::brief::{Answer, AnswerValue};
    use crate::readiness::{Thresholds, assess};

    #[test]
    fn the_client_reads_words_not_positions() {
        let q = mini();
        let answer = |question: &str, value: AnswerValue| Answer {
            questionnaire: "mini".to_owned(),
            question: question.to_owned(),
            value,
            note: None,
            span: None,
        };
        let brief = Brief {
            questionnaires: vec!["mini".to_owned()],
            answers: vec![
                answer("objectives", AnswerValue::YesNo(false)),
                answer("processes", AnswerValue::Level(4)),
            ],
            ..Brief::default()
        };
        let assessment = assess(&brief, std::slice::from_ref(&q), &Thresholds::default());
        let text = render_summary(&assessment, &brief, std::slice::from_ref(&q), Lang::En);
        assert!(text.starts_with("✘ Verdict: not ready"), "{text}");
        assert!(
            text.contains("✘ Blocker · Are your objectives written down?"),
            "{text}"
        );
        assert!(text.contains("Answer given: No"), "{text}");
        assert!(
            text.contains("Recommendation: Write your objectives down."),
            "{text}"
        );
        // Figures: the volume question is not answered.
        assert!(text.contains("Figures  not answered"), "{text}");
        assert!(text.contains("3 questions are still unanswered."), "{text}");
        assert!(!text.contains(".toml:"), "no file:line: {text}");
        assert!(!text.contains('^'), "no carets: {text}");
    }
}
