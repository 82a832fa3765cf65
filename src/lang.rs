//! User-facing language: French or English, and bilingual text values.

use serde::{Deserialize, Serialize};

/// The language of everything the tool says to a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Français
    Fr,
    /// English
    En,
}

impl Lang {
    /// Every language, in the order the catalogue loads them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// Picks the language from locale variables, in POSIX precedence order
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): the language whose code starts
    /// the first one set (`fr_FR.UTF-8` is French), else English. Pure: the
    /// caller reads the environment.
    pub fn from_locale(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Self {
        let first = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty());
        let first = first.unwrap_or_default().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|lang| first.starts_with(lang.code()))
            .unwrap_or(Lang::En)
    }

    /// The language of a code (`fr`, `en`), as files and the command line write it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language's code, as written in files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// A text given in both languages, as questionnaires and criteria files write it:
/// `text = { fr = "…", en = "…" }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub fr: String,
    pub en: String,
}

impl Text {
    pub fn new(en: impl Into<String>, fr: impl Into<String>) -> Self {
        Text {
            fr: fr.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_precedence_and_prefix() {
        assert_eq!(Lang::from_locale(None, None, None), Lang::En);
        assert_eq!(Lang::from_locale(None, None, Some("fr_FR.UTF-8")), Lang::Fr);
        assert_eq!(Lang::from_locale(None, None, Some("FR_be")), Lang::Fr);
        // LC_ALL wins over LANG, an empty LC_ALL is skipped.
        assert_eq!(
            Lang::from_locale(Some("en_GB.UTF-8"), None, Some("fr_FR")),
            Lang::En
        );
        assert_eq!(Lang::from_locale(Some(""), None, Some("fr_FR")), Lang::Fr);
        assert_eq!(
            Lang::from_locale(None, Some("fr_CA"), Some("en_US")),
            Lang::Fr
        );
        assert_eq!(Lang::from_locale(None, None, Some("C")), Lang::En);
    }

    #[test]
    fn text_in_each_language() {
        let text = Text::new("Objectives", "Objectifs");
        assert_eq!(text.get(Lang::En), "Objectives");
        assert_eq!(text.get(Lang::Fr), "Objectifs");
    }
}
