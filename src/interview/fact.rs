//! A project fact, asked before the questions, and the date the interview accepts.

use jiff::civil::Date;

use crate::lang::Lang;
use crate::model::brief::Project;

/// A project fact, asked before the questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    Name,
    Client,
    Sector,
    Author,
    Date,
}

impl Fact {
    pub const ALL: [Fact; 5] = [
        Fact::Name,
        Fact::Client,
        Fact::Sector,
        Fact::Author,
        Fact::Date,
    ];

    /// What the prompt calls it.
    pub fn label(self, lang: Lang) -> String {
        let id = match self {
            Fact::Name => "fact-name",
            Fact::Client => "fact-client",
            Fact::Sector => "fact-sector",
            Fact::Author => "fact-author",
            Fact::Date => "fact-date",
        };
        crate::tr!(lang, id)
    }

    pub(super) fn get(self, project: &Project) -> Option<&str> {
        match self {
            Fact::Name => project.name.as_deref(),
            Fact::Client => project.client.as_deref(),
            Fact::Sector => project.sector.as_deref(),
            Fact::Author => project.author.as_deref(),
            Fact::Date => project.date.as_deref(),
        }
    }

    pub(super) fn slot(self, project: &mut Project) -> &mut Option<String> {
        match self {
            Fact::Name => &mut project.name,
            Fact::Client => &mut project.client,
            Fact::Sector => &mut project.sector,
            Fact::Author => &mut project.author,
            Fact::Date => &mut project.date,
        }
    }
}

/// A date written `YYYY-MM-DD` that exists in the calendar (`2026-02-30` does not).
pub fn parse_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return None;
    }
    text.parse::<Date>().ok()
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
