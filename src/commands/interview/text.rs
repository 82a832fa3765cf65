//! What `outsource interview` says around the questions, in both languages. Kept
//! in one place so the catalogue of the languages issue can take it over.

use crate::interview::Opening;
use crate::lang::Lang;

pub(super) fn no_terminal(lang: Lang) -> &'static str {
    lang.pick(
        "`outsource interview` asks questions in a terminal, and standard input or error is not one.\n\
         To score a brief without a terminal (CI, scripts), use `outsource check BRIEF`.",
        "`outsource interview` pose ses questions dans un terminal, et l'entrée ou la sortie d'erreur standard n'en est pas un.\n\
         Pour noter un brief sans terminal (CI, scripts), utilisez `outsource check BRIEF`.",
    )
}

pub(super) fn brief_with_problems(shown: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "{shown} is a brief with problems, listed above: fix them (`outsource validate {shown}`) or choose another file with --brief"
        ),
        Lang::Fr => format!(
            "{shown} est un brief avec des problèmes, listés ci-dessus\u{a0}: corrigez-les (`outsource validate {shown}`) ou choisissez un autre fichier avec --brief"
        ),
    }
}

pub(super) fn overwrite_question(shown: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{shown} exists and is not a brief. Overwrite it?"),
        Lang::Fr => format!("{shown} existe et n'est pas un brief. L'écraser\u{a0}?"),
    }
}

pub(super) fn overwrite_interrupted(shown: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Interrupted: {shown} left as it is."),
        Lang::Fr => format!("Interrompu\u{a0}: {shown} laissé tel quel."),
    }
}

pub(super) fn overwrite_refused(shown: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{shown} left as it is; choose another file with --brief FILE"),
        Lang::Fr => format!(
            "{shown} laissé tel quel\u{a0}; choisissez un autre fichier avec --brief FICHIER"
        ),
    }
}

/// The first line: what is asked and where it is saved.
pub(super) fn opening(opening: Opening, shown: &str, names: &[&str], lang: Lang) -> String {
    let names = names.join(", ");
    match (opening, lang) {
        (Opening::Fresh { total }, Lang::En) => format!(
            "Interview: {total} questions ({names}). The brief is saved to {shown} after every answer."
        ),
        (Opening::Fresh { total }, Lang::Fr) => format!(
            "Entretien\u{a0}: {total} questions ({names}). Le brief est enregistré dans {shown} après chaque réponse."
        ),
        (Opening::Resume { answered, total }, Lang::En) => format!(
            "Resuming {shown}: {answered} of {total} answered. Only the others are asked (--review goes through all)."
        ),
        (Opening::Resume { answered, total }, Lang::Fr) => format!(
            "Reprise de {shown}\u{a0}: {answered} sur {total} répondues. Seules les autres sont posées (--review les reprend toutes)."
        ),
        (Opening::Review { answered, total }, Lang::En) => format!(
            "Reviewing {shown}: {answered} of {total} answered. Enter keeps each current answer."
        ),
        (Opening::Review { answered, total }, Lang::Fr) => format!(
            "Relecture de {shown}\u{a0}: {answered} sur {total} répondues. Entrée garde chaque réponse actuelle."
        ),
        (Opening::Complete { total }, Lang::En) => {
            format!("{shown}: all {total} questions are answered. Add --review to change answers.")
        }
        (Opening::Complete { total }, Lang::Fr) => format!(
            "{shown}\u{a0}: les {total} questions ont une réponse. Ajoutez --review pour en changer."
        ),
    }
}

/// After Ctrl-C. `saved`: whether a brief was written at all.
pub(super) fn interrupted(
    shown: &str,
    saved: bool,
    answered: usize,
    total: usize,
    resume: &str,
    lang: Lang,
) -> String {
    match (lang, saved) {
        (Lang::En, true) => format!(
            "Interrupted. Every answer so far is saved in {shown} ({answered} of {total} answered).\nResume with: {resume}"
        ),
        (Lang::Fr, true) => format!(
            "Interrompu. Toutes les réponses données sont enregistrées dans {shown} ({answered} sur {total} répondues).\nReprenez avec\u{a0}: {resume}"
        ),
        (Lang::En, false) => "Interrupted before the first answer: no brief written.".to_owned(),
        (Lang::Fr, false) => {
            "Interrompu avant la première réponse\u{a0}: aucun brief écrit.".to_owned()
        }
    }
}

/// After "save and quit"; the resume command follows on its own line.
pub(super) fn quit(shown: &str, saved: bool, answered: usize, total: usize, lang: Lang) -> String {
    match (lang, saved) {
        (Lang::En, true) => {
            format!("Saved in {shown} ({answered} of {total} answered). Go on later with:")
        }
        (Lang::Fr, true) => format!(
            "Enregistré dans {shown} ({answered} sur {total} répondues). Reprenez plus tard avec\u{a0}:"
        ),
        (_, false) => nothing_answered(lang).to_owned(),
    }
}

pub(super) fn nothing_answered(lang: Lang) -> &'static str {
    lang.pick(
        "Nothing answered: no brief written.",
        "Aucune réponse\u{a0}: aucun brief écrit.",
    )
}

/// The commands to run after a finished interview.
pub(super) fn next_steps(shown: &str, quoted: &str, extra: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Brief saved in {shown}.\nNext:\n  outsource check {quoted}{extra}\n  outsource report {quoted}{extra} -o report.html"
        ),
        Lang::Fr => format!(
            "Brief enregistré dans {shown}.\nEnsuite\u{a0}:\n  outsource check {quoted}{extra}\n  outsource report {quoted}{extra} -o report.html"
        ),
    }
}
