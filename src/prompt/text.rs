//! What the prompts say, in both languages, in one place for the catalogue of the
//! languages issue. French typography: a no-break space before `: ; ? !`.

use crate::lang::Lang;

pub(super) fn list_footer(ticks: bool, can_go_back: bool, lang: Lang) -> &'static str {
    match (ticks, can_go_back, lang) {
        (false, true, Lang::En) => {
            "↑↓ or 1-9 choose, Enter confirms · ← back · ? help · Esc skip · :na REASON not applicable · :q save and quit"
        }
        (false, false, Lang::En) => {
            "↑↓ or 1-9 choose, Enter confirms · ? help · Esc skip · :na REASON not applicable · :q save and quit"
        }
        (true, true, Lang::En) => {
            "↑↓ move, Space or 1-9 tick, Enter confirms · ← back · ? help · Esc skip · :na REASON not applicable · :q save and quit"
        }
        (true, false, Lang::En) => {
            "↑↓ move, Space or 1-9 tick, Enter confirms · ? help · Esc skip · :na REASON not applicable · :q save and quit"
        }
        (false, true, Lang::Fr) => {
            "↑↓ ou 1-9 choisir, Entrée valide · ← retour · ? aide · Échap passer · :so RAISON sans objet · :q enregistrer et quitter"
        }
        (false, false, Lang::Fr) => {
            "↑↓ ou 1-9 choisir, Entrée valide · ? aide · Échap passer · :so RAISON sans objet · :q enregistrer et quitter"
        }
        (true, true, Lang::Fr) => {
            "↑↓ déplacer, Espace ou 1-9 cocher, Entrée valide · ← retour · ? aide · Échap passer · :so RAISON sans objet · :q enregistrer et quitter"
        }
        (true, false, Lang::Fr) => {
            "↑↓ déplacer, Espace ou 1-9 cocher, Entrée valide · ? aide · Échap passer · :so RAISON sans objet · :q enregistrer et quitter"
        }
    }
}

pub(super) fn no_such_option(number: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("there is no option {number}"),
        Lang::Fr => format!("il n'y a pas d'option {number}"),
    }
}

pub(super) fn unknown_key(lang: Lang) -> &'static str {
    lang.pick(
        "this key does nothing here; the keys are listed above",
        "cette touche ne fait rien ici\u{a0}; les touches sont listées au-dessus",
    )
}

pub(super) fn choose_first(lang: Lang) -> &'static str {
    lang.pick(
        "no answer chosen: move to one with ↑↓ or type its number",
        "aucune réponse choisie\u{a0}: allez-y avec ↑↓ ou tapez son numéro",
    )
}

pub(super) fn tick_first(lang: Lang) -> &'static str {
    lang.pick(
        "nothing ticked: tick the options that apply (Space), including the one that says none",
        "rien de coché\u{a0}: cochez les options qui conviennent (Espace), y compris celle qui dit aucune",
    )
}

pub(super) fn confirm_none(lang: Lang) -> &'static str {
    lang.pick(
        "Nothing ticked: is the answer “none of these”? y = yes, any other key = back to the list",
        "Rien de coché\u{a0}: la réponse est-elle «\u{a0}aucune de ces options\u{a0}»\u{a0}? o = oui, autre touche = retour à la liste",
    )
}

pub(super) fn stands_alone(label: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("“{label}” is an answer on its own: untick it or the others"),
        Lang::Fr => format!(
            "«\u{a0}{label}\u{a0}» est une réponse à elle seule\u{a0}: décochez-la ou les autres"
        ),
    }
}

pub(super) fn first_step(lang: Lang) -> &'static str {
    lang.pick("this is the first step", "c'est la première étape")
}

pub(super) fn unknown_command(typed: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("unknown command `{typed}`: :back :help :na REASON :skip :quit"),
        Lang::Fr => {
            format!("commande inconnue `{typed}`\u{a0}: :retour :aide :so RAISON :passer :quitter")
        }
    }
}

/// Under a number or text question.
pub(super) fn field_hint(has_default: bool, lang: Lang) -> &'static str {
    match (has_default, lang) {
        (true, Lang::En) => {
            "Enter keeps the value shown. Commands: :back :help :na REASON :skip :quit"
        }
        (false, Lang::En) => "Enter alone skips. Commands: :back :help :na REASON :skip :quit",
        (true, Lang::Fr) => {
            "Entrée garde la valeur affichée. Commandes\u{a0}: :retour :aide :so RAISON :passer :quitter"
        }
        (false, Lang::Fr) => {
            "Entrée seule passe. Commandes\u{a0}: :retour :aide :so RAISON :passer :quitter"
        }
    }
}

pub(super) fn project_hint(lang: Lang) -> &'static str {
    lang.pick(
        "Enter keeps the value in parentheses; empty skips. Commands: :back :skip :quit",
        "Entrée garde la valeur entre parenthèses\u{a0}; vide passe. Commandes\u{a0}: :retour :passer :quitter",
    )
}

pub(super) fn fact_commands(lang: Lang) -> &'static str {
    lang.pick(
        "Type the value, or :back, :skip, :quit.",
        "Tapez la valeur, ou :retour, :passer, :quitter.",
    )
}

pub(super) fn note_prompt(lang: Lang) -> &'static str {
    lang.pick(
        "Note (optional; Enter to go on; :back to change the answer)",
        "Note (facultative\u{a0}; Entrée pour continuer\u{a0}; :retour pour changer la réponse)",
    )
}

pub(super) fn reason_prompt(lang: Lang) -> &'static str {
    lang.pick(
        "Why does it not apply? (empty or :back: back to the question)",
        "Pourquoi est-elle sans objet\u{a0}? (vide ou :retour\u{a0}: retour à la question)",
    )
}

pub(super) fn currently_not_applicable(reason: &str, lang: Lang) -> String {
    match lang {
        Lang::En => {
            format!("Now: not applicable ({reason}). Enter keeps it; type a value to answer.")
        }
        Lang::Fr => format!(
            "Actuellement\u{a0}: sans objet ({reason}). Entrée le garde\u{a0}; tapez une valeur pour répondre."
        ),
    }
}

pub(super) fn answer_label(lang: Lang) -> &'static str {
    lang.pick("Answer", "Réponse")
}

pub(super) fn not_applicable_label(lang: Lang) -> &'static str {
    lang.pick("Not applicable", "Sans objet")
}

pub(super) fn skipped(kept: bool, lang: Lang) -> &'static str {
    match (kept, lang) {
        (true, Lang::En) => "→ Answer kept",
        (true, Lang::Fr) => "→ Réponse gardée",
        (false, Lang::En) => "→ Skipped",
        (false, Lang::Fr) => "→ Passée",
    }
}

pub(super) fn back(lang: Lang) -> &'static str {
    lang.pick("← Back", "← Retour")
}

pub(super) fn note_removed(lang: Lang) -> &'static str {
    lang.pick("(note removed)", "(note supprimée)")
}

pub(super) fn project(lang: Lang) -> &'static str {
    lang.pick("Project", "Projet")
}

pub(super) fn bad_date(lang: Lang) -> &'static str {
    lang.pick(
        "expected a date that exists, as YYYY-MM-DD",
        "attendu\u{a0}: une date qui existe, AAAA-MM-JJ",
    )
}
