//! What `outsource interview` says around the questions, from the catalogue
//! (`locales/*/interview.ftl`).

use crate::interview::Opening;
use crate::lang::Lang;
use crate::tr;

pub(super) fn no_terminal(lang: Lang) -> String {
    tr!(lang, "interview-no-terminal")
}

pub(super) fn folder_missing(folder: &str, shown: &str, lang: Lang) -> String {
    tr!(
        lang,
        "interview3-folder-missing",
        folder = folder,
        path = shown
    )
}

pub(super) fn folder_not_writable(folder: &str, shown: &str, error: &str, lang: Lang) -> String {
    tr!(
        lang,
        "interview3-folder-not-writable",
        folder = folder,
        path = shown,
        error = error
    )
}

pub(super) fn brief_with_problems(shown: &str, lang: Lang) -> String {
    tr!(lang, "interview-brief-with-problems", path = shown)
}

pub(super) fn overwrite_question(shown: &str, lang: Lang) -> String {
    tr!(lang, "interview-overwrite-question", path = shown)
}

pub(super) fn overwrite_interrupted(shown: &str, lang: Lang) -> String {
    tr!(lang, "interview-overwrite-interrupted", path = shown)
}

pub(super) fn overwrite_refused(shown: &str, lang: Lang) -> String {
    tr!(lang, "interview-overwrite-refused", path = shown)
}

/// The first line: what is asked and where it is saved.
pub(super) fn opening(opening: Opening, shown: &str, names: &[&str], lang: Lang) -> String {
    let names = names.join(", ");
    match opening {
        Opening::Fresh { total } => tr!(
            lang,
            "interview-opening-fresh",
            total = total,
            names = names,
            path = shown
        ),
        Opening::Resume { answered, total } => tr!(
            lang,
            "interview-opening-resume",
            path = shown,
            answered = answered,
            total = total
        ),
        Opening::Review { answered, total } => tr!(
            lang,
            "interview-opening-review",
            path = shown,
            answered = answered,
            total = total
        ),
        Opening::Complete { total } => {
            tr!(
                lang,
                "interview-opening-complete",
                path = shown,
                total = total
            )
        }
    }
}

/// After Ctrl-C. `saved`: whether a brief was written at all.
pub(super) fn interrupted(
    shown: &str,
    saved: bool,
    answered: usize,
    total: usize,
    lang: Lang,
) -> String {
    if !saved {
        return tr!(lang, "interview-interrupted-unsaved");
    }
    tr!(
        lang,
        "interview-interrupted",
        path = shown,
        answered = answered,
        total = total
    )
}

/// The resume command after its label, on one line that is never wrapped: it
/// is pasted as it is, and never wraps in an 80-column terminal for a usual path.
pub(super) fn resume_with(resume: &str, lang: Lang) -> String {
    format!("{} {resume}", tr!(lang, "interview-resume-with"))
}

/// After "save and quit"; the resume command follows on its own line.
pub(super) fn quit(shown: &str, saved: bool, answered: usize, total: usize, lang: Lang) -> String {
    if !saved {
        return nothing_answered(lang);
    }
    tr!(
        lang,
        "interview-quit",
        path = shown,
        answered = answered,
        total = total
    )
}

pub(super) fn nothing_answered(lang: Lang) -> String {
    tr!(lang, "interview-nothing-answered")
}

/// An unknown `--questionnaire` id, with the known ones (`known` is empty when
/// there are none).
pub(super) fn unknown_questionnaire(id: &str, known_ids: &[&str], lang: Lang) -> String {
    let known = if known_ids.is_empty() {
        tr!(lang, "interview-no-questionnaire")
    } else {
        known_ids.join(", ")
    };
    let message = tr!(
        lang,
        "interview-unknown-questionnaire",
        id = id,
        known = known
    );
    crate::suggest::with_did_you_mean(message, id, known_ids, lang)
}

/// The commands to run after a finished interview.
pub(super) fn next_steps(shown: &str, quoted: &str, extra: &str, lang: Lang) -> String {
    format!(
        "{}\n{}\n  outsource check {quoted}{extra}\n  outsource report {quoted}{extra} -o report.html",
        tr!(lang, "interview-brief-saved", path = shown),
        tr!(lang, "interview-next"),
    )
}
