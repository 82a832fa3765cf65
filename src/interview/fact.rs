//! A project fact, asked before the questions.

use crate::lang::Lang;
use crate::model::brief::Project;
pub(crate) use crate::validate::brief::parse_date;

/// A project fact, asked before the questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fact {
    Name,
    Client,
    Sector,
    Author,
    Date,
}

impl Fact {
    pub(crate) const ALL: [Fact; 5] = [
        Fact::Name,
        Fact::Client,
        Fact::Sector,
        Fact::Author,
        Fact::Date,
    ];

    /// What the prompt calls it.
    pub(crate) fn label(self, lang: Lang) -> String {
        let id = match self {
            Fact::Name => "fact-name",
            Fact::Client => "fact-client",
            Fact::Sector => "fact-sector",
            Fact::Author => "fact-author",
            Fact::Date => "fact-date",
        };
        crate::tr!(lang, id)
    }

    /// The fact as typed, the date `YYYY-MM-DD`.
    pub(super) fn get(self, project: &Project) -> Option<String> {
        match self {
            Fact::Name => project.name.clone(),
            Fact::Client => project.client.clone(),
            Fact::Sector => project.sector.clone(),
            Fact::Author => project.author.clone(),
            Fact::Date => project.date.map(|date| date.to_string()),
        }
    }

    /// Sets the fact to `text`, a real day for the date (else nothing changes);
    /// whether the value changed.
    pub(super) fn set(self, project: &mut Project, text: &str) -> bool {
        let slot = match self {
            Fact::Name => &mut project.name,
            Fact::Client => &mut project.client,
            Fact::Sector => &mut project.sector,
            Fact::Author => &mut project.author,
            Fact::Date => {
                let date = parse_date(text);
                let changed = date.is_some() && project.date != date;
                project.date = date.or(project.date);
                return changed;
            }
        };
        let changed = slot.as_deref() != Some(text);
        *slot = Some(text.to_owned());
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        assert_eq!(
            parse_date("2026-11-22"),
            Some(jiff::civil::date(2026, 11, 22))
        );
        // 2028 is a leap year (divisible by 4, not by 100); 2026 is not.
        assert_eq!(
            parse_date("2028-02-29"),
            Some(jiff::civil::date(2028, 2, 29))
        );
        assert_eq!(parse_date("2026-02-29"), None);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-13-02"), None);
        assert_eq!(parse_date("22/11/2026"), None);
        assert_eq!(parse_date("2026-1-2"), None);
        assert_eq!(parse_date("2026-11-22T10:00"), None);
    }
}
