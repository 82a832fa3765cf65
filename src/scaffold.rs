//! The files `outsource init` writes (pure): a brief listing the questionnaires that
//! fit the sector, criteria, and two offer templates, from the embedded
//! `templates/{en,fr}/*.toml` with their comments in the user's language.

use crate::lang::Lang;
use crate::tr;

/// A client's sector, which chooses the questionnaires.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Sector {
    /// Online shop: ten-questions, ten-mistakes, ecommerce-peaks
    Ecommerce,
    /// Business-to-business: ten-questions, ten-mistakes, customer-service-steps
    B2b,
    /// Utility (water, energy…): ten-questions, ten-mistakes, customer-service-steps
    Utility,
    /// Dunning of overdue invoices: invoice-dunning, customer-service-steps, ten-mistakes
    Dunning,
}

impl Sector {
    /// The name written in `[project] sector`.
    pub fn name(self) -> &'static str {
        match self {
            Sector::Ecommerce => "ecommerce",
            Sector::B2b => "b2b",
            Sector::Utility => "utility",
            Sector::Dunning => "dunning",
        }
    }
}

/// The questionnaire ids that fit a sector, in the order they are asked; without
/// a sector, the two general checklists (as `outsource interview` asks by default).
pub fn questionnaires_for(sector: Option<Sector>) -> &'static [&'static str] {
    match sector {
        None => &["ten-questions", "ten-mistakes"],
        Some(Sector::Ecommerce) => &["ten-questions", "ten-mistakes", "ecommerce-peaks"],
        Some(Sector::B2b | Sector::Utility) => {
            &["ten-questions", "ten-mistakes", "customer-service-steps"]
        }
        Some(Sector::Dunning) => &["invoice-dunning", "customer-service-steps", "ten-mistakes"],
    }
}

/// What to put in the brief.
#[derive(Clone, Debug)]
pub struct Project<'a> {
    pub lang: Lang,
    /// The client, e.g. the folder's name.
    pub client: &'a str,
    pub sector: Option<Sector>,
    /// `(id, title)` of each questionnaire to list.
    pub questionnaires: &'a [(&'a str, &'a str)],
    /// `(id, title)` of questionnaires offered commented out, to add when they
    /// fit (the contract and compliance checks before signing).
    pub suggested: &'a [(&'a str, &'a str)],
}

/// Questionnaires the brief offers commented out: `due-diligence` asks what the
/// contract and the law require before signing (docs/sources.md), which fits
/// every sector once a provider is chosen.
pub const SUGGESTED: &[&str] = &["due-diligence"];

/// One file to write: its path relative to the project folder, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub path: &'static str,
    pub text: String,
}

/// The files of a new project folder, in the order they are written.
pub fn scaffold(project: &Project<'_>) -> Vec<File> {
    let (brief, criteria, offer) = match project.lang {
        Lang::En => (
            include_str!("../templates/en/brief.toml"),
            include_str!("../templates/en/criteria.toml"),
            include_str!("../templates/en/offer.toml"),
        ),
        Lang::Fr => (
            include_str!("../templates/fr/brief.toml"),
            include_str!("../templates/fr/criteria.toml"),
            include_str!("../templates/fr/offer.toml"),
        ),
    };
    let lang = project.lang;
    let sector_line = match project.sector {
        Some(sector) => format!("sector = \"{}\"", sector.name()),
        None => format!(
            "# sector = \"ecommerce\"     # {}",
            tr!(lang, "init-sector-hint")
        ),
    };
    let width = project
        .questionnaires
        .iter()
        .chain(project.suggested)
        .map(|(id, _)| id.len())
        .max()
        .unwrap_or(0)
        + 3;
    let questionnaires: Vec<String> = project
        .questionnaires
        .iter()
        .map(|(id, title)| {
            let quoted = format!("\"{id}\",");
            format!("    {quoted:<width$} # {title}")
        })
        .chain(project.suggested.iter().map(|(id, title)| {
            let quoted = format!("\"{id}\",");
            let note = tr!(lang, "init-suggested", title = (*title).to_owned());
            format!("  # {quoted:<width$} # {note}")
        }))
        .collect();
    let brief = brief
        .replace("{{name}}", &tr!(lang, "init-project-name"))
        .replace("{{client}}", &toml_escape(project.client))
        .replace("{{sector_line}}", &sector_line)
        .replace("{{questionnaires}}", &questionnaires.join("\n"));
    let offer_a = offer.replace("{{provider}}", &tr!(lang, "init-provider", letter = "A"));
    let offer_b = offer.replace("{{provider}}", &tr!(lang, "init-provider", letter = "B"));
    vec![
        File {
            path: "brief.toml",
            text: brief,
        },
        File {
            path: "criteria.toml",
            text: criteria.to_owned(),
        },
        File {
            path: "offers/provider-a.toml",
            text: offer_a,
        },
        File {
            path: "offers/provider-b.toml",
            text: offer_b,
        },
    ]
}

/// Escapes a text for a TOML basic string.
fn toml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(lang: Lang, sector: Option<Sector>) -> Vec<File> {
        let titles: Vec<(&str, &str)> = questionnaires_for(sector)
            .iter()
            .map(|id| (*id, "Title"))
            .collect();
        scaffold(&Project {
            lang,
            client: "Ateliers \"Lumen\"",
            sector,
            questionnaires: &titles,
            suggested: &[("due-diligence", "Due diligence")],
        })
    }

    #[test]
    fn brief_lists_the_sector_questionnaires() {
        let files = project(Lang::En, Some(Sector::Ecommerce));
        let brief: toml::Table = toml::from_str(&files[0].text).unwrap();
        let project = brief["project"].as_table().unwrap();
        assert_eq!(project["client"].as_str(), Some("Ateliers \"Lumen\""));
        assert_eq!(project["sector"].as_str(), Some("ecommerce"));
        let ids: Vec<&str> = project["questionnaires"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(ids, ["ten-questions", "ten-mistakes", "ecommerce-peaks"]);
        assert!(files[0].text.contains("    \"ecommerce-peaks\", # Title\n"));
        assert!(!files[0].text.contains("{{"));
    }

    #[test]
    fn every_sector_and_language_gives_parseable_files() {
        for lang in [Lang::En, Lang::Fr] {
            for sector in [
                None,
                Some(Sector::Ecommerce),
                Some(Sector::B2b),
                Some(Sector::Utility),
                Some(Sector::Dunning),
            ] {
                let files = project(lang, sector);
                let paths: Vec<&str> = files.iter().map(|f| f.path).collect();
                assert_eq!(
                    paths,
                    [
                        "brief.toml",
                        "criteria.toml",
                        "offers/provider-a.toml",
                        "offers/provider-b.toml"
                    ]
                );
                for file in &files {
                    assert!(!file.text.contains("{{"), "{}", file.path);
                    toml::from_str::<toml::Table>(&file.text)
                        .unwrap_or_else(|e| panic!("{lang:?} {sector:?} {}: {e}", file.path));
                }
                let brief: toml::Table = toml::from_str(&files[0].text).unwrap();
                assert_eq!(
                    brief["project"].get("sector").and_then(|s| s.as_str()),
                    sector.map(Sector::name)
                );
            }
        }
        let french = project(Lang::Fr, None);
        assert!(french[0].text.starts_with("# Dossier projet\u{a0}:"));
        assert!(french[2].text.contains("name = \"Prestataire A\""));
    }

    #[test]
    fn escapes() {
        assert_eq!(toml_escape("a\"b\\c\u{7}"), "a\\\"b\\\\c\\u0007");
    }
}
