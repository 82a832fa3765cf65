//! What the prompts say, from the catalogue (`locales/*/interview.ftl`). The
//! commands typed at prompts come from the catalogue too ([`Name::shown`]) and
//! reach the sentences as arguments.

use super::command::Name;
use crate::lang::Lang;
use crate::tr;

/// The commands a field accepts, as the consultant types them in `lang`.
fn commands(lang: Lang) -> String {
    shown(
        &[
            Name::Back,
            Name::Help,
            Name::NotApplicable,
            Name::Skip,
            Name::Quit,
        ],
        " ",
        lang,
    )
}

/// The commands `names` as shown in `lang`, joined by `separator`.
fn shown(names: &[Name], separator: &str, lang: Lang) -> String {
    names
        .iter()
        .map(|name| name.shown(lang))
        .collect::<Vec<_>>()
        .join(separator)
}

fn back_command(lang: Lang) -> String {
    Name::Back.shown(lang)
}

/// Whether `key` says yes in any language (`y`, `o` for « oui »…).
pub(super) fn is_yes(key: char) -> bool {
    is_key("prompt-key-yes", key)
}

/// Whether `key` says no in any language.
pub(super) fn is_no(key: char) -> bool {
    is_key("prompt-key-no", key)
}

fn is_key(id: &str, key: char) -> bool {
    Lang::ALL.iter().any(|&lang| {
        tr!(lang, id)
            .chars()
            .next()
            .is_some_and(|k| k.eq_ignore_ascii_case(&key))
    })
}

/// After a yes/no question: its keys, no being the default (`(y/N)`).
pub(super) fn confirm_hint(lang: Lang) -> String {
    tr!(
        lang,
        "prompt-confirm-hint",
        yes = tr!(lang, "prompt-key-yes"),
        no = tr!(lang, "prompt-key-no").to_uppercase()
    )
}

/// The digits that pick one of `count` options: `1-4`, `1`, at most `1-9`.
fn digit_keys(count: usize) -> String {
    match count.min(9) {
        0 | 1 => "1".to_owned(),
        last => format!("1-{last}"),
    }
}

pub(super) fn list_footer(ticks: bool, count: usize, can_go_back: bool, lang: Lang) -> String {
    let keys = digit_keys(count);
    let mut parts = vec![if ticks {
        tr!(lang, "interview3-footer-tick", keys = keys)
    } else {
        tr!(lang, "interview3-footer-choose", keys = keys)
    }];
    if can_go_back {
        parts.push(tr!(lang, "prompt-footer-back"));
    }
    parts.push(tr!(
        lang,
        "prompt-footer-rest",
        help = "?",
        na = Name::NotApplicable.shown(lang),
        quit = ":q"
    ));
    parts.join(" · ")
}

pub(super) fn no_such_option(number: usize, lang: Lang) -> String {
    tr!(lang, "prompt-no-such-option", number = number)
}

pub(super) fn unknown_key(lang: Lang) -> String {
    tr!(lang, "prompt-unknown-key")
}

pub(super) fn choose_first(lang: Lang) -> String {
    tr!(lang, "prompt-choose-first")
}

pub(super) fn tick_first(lang: Lang) -> String {
    tr!(lang, "prompt-tick-first")
}

pub(super) fn confirm_none(lang: Lang) -> String {
    tr!(
        lang,
        "prompt-confirm-none",
        yes = tr!(lang, "prompt-key-yes")
    )
}

/// Ticking `label`, an answer on its own, while other options are ticked.
pub(super) fn untick_others(label: &str, lang: Lang) -> String {
    tr!(lang, "interview3-alone-untick-others", label = label)
}

/// Ticking an option while `label`, an answer on its own, is ticked.
pub(super) fn untick_alone(label: &str, lang: Lang) -> String {
    tr!(lang, "interview3-alone-untick-it", label = label)
}

pub(super) fn first_step(lang: Lang) -> String {
    tr!(lang, "prompt-first-step")
}

pub(super) fn unknown_command(typed: &str, lang: Lang) -> String {
    tr!(
        lang,
        "prompt-unknown-command",
        typed = typed,
        commands = commands(lang)
    )
}

/// Under a number or text question.
pub(super) fn field_hint(has_default: bool, lang: Lang) -> String {
    if has_default {
        tr!(lang, "prompt-field-hint-kept", commands = commands(lang))
    } else {
        tr!(lang, "prompt-field-hint-skips", commands = commands(lang))
    }
}

pub(super) fn project_hint(lang: Lang) -> String {
    let commands = shown(&[Name::Back, Name::Skip, Name::Quit], " ", lang);
    tr!(lang, "prompt-project-hint", commands = commands)
}

pub(super) fn fact_commands(lang: Lang) -> String {
    let commands = shown(&[Name::Back, Name::Skip, Name::Quit], ", ", lang);
    tr!(lang, "prompt-fact-commands", commands = commands)
}

pub(super) fn note_prompt(lang: Lang) -> String {
    tr!(lang, "prompt-note", back = back_command(lang))
}

pub(super) fn reason_prompt(lang: Lang) -> String {
    tr!(lang, "prompt-reason", back = back_command(lang))
}

pub(super) fn currently_not_applicable(reason: &str, lang: Lang) -> String {
    tr!(lang, "prompt-currently-not-applicable", reason = reason)
}

/// Above a list whose current answer is "not applicable".
pub(super) fn list_currently_not_applicable(reason: &str, lang: Lang) -> String {
    tr!(lang, "interview3-list-not-applicable", reason = reason)
}

pub(super) fn answer_label(lang: Lang) -> String {
    tr!(lang, "prompt-answer")
}

pub(super) fn not_applicable_label(lang: Lang) -> String {
    tr!(lang, "prompt-not-applicable")
}

pub(super) fn skipped(kept: bool, lang: Lang) -> String {
    if kept {
        tr!(lang, "prompt-answer-kept")
    } else {
        tr!(lang, "prompt-skipped")
    }
}

pub(super) fn back(lang: Lang) -> String {
    tr!(lang, "prompt-back")
}

pub(super) fn note_removed(lang: Lang) -> String {
    tr!(lang, "prompt-note-removed")
}

pub(super) fn project(lang: Lang) -> String {
    tr!(lang, "prompt-project")
}

pub(super) fn bad_date(lang: Lang) -> String {
    tr!(lang, "prompt-bad-date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_footer_names_the_digits_of_the_list() {
        assert_eq!(digit_keys(2), "1-2");
        assert_eq!(digit_keys(1), "1");
        assert_eq!(digit_keys(12), "1-9");
        assert!(
            list_footer(false, 2, false, Lang::En).starts_with("↑↓ or 1-2 choose, Enter confirms")
        );
        assert!(
            list_footer(true, 5, true, Lang::Fr).starts_with("↑↓ déplacer, Espace ou 1-5 cocher")
        );
    }
}
