//! The rule that spans offer files (pure): a provider appears once across all the
//! offer files of one ranking. Each file is validated alone (`validate::offer` for
//! TOML, `load::sheet` for tables).

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::Code;
use crate::diag::{Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::tr;

/// Where an offer's provider name is written.
#[derive(Clone, Debug)]
pub(crate) enum NameAt<'a> {
    /// A byte span in a text file (TOML).
    Span(&'a SourceFile, Option<Range<usize>>),
    /// A named cell of a table: `offers.xlsx, sheet Offres, A3`.
    Cell(&'a str),
}

impl NameAt<'_> {
    /// `file:line` for a text file, the cell's name for a table.
    fn describe(&self) -> String {
        match self {
            NameAt::Span(file, span) => {
                let offset = span.as_ref().map_or(0, |span| span.start);
                format!("{}:{}", file.path, file.line(offset))
            }
            NameAt::Cell(place) => (*place).to_owned(),
        }
    }
}

/// Provider names must be unique across the offer files of one ranking: for
/// each file (`files[i]` lists its offers' names and places), the index of every
/// offer after the first of its name and the place of that first one. The
/// place is written only for a duplicate, so loading stays linear in the file size.
pub(crate) fn duplicate_providers<'a>(
    files: &[Vec<(&'a str, NameAt<'a>)>],
) -> Vec<Vec<(usize, String)>> {
    let mut first_seen: HashMap<&str, &NameAt<'a>> = HashMap::new();
    let mut result = Vec::with_capacity(files.len());
    for names in files {
        let mut duplicates = Vec::new();
        for (i, (name, at)) in names.iter().enumerate() {
            match first_seen.get(name) {
                Some(first) => duplicates.push((i, first.describe())),
                None => {
                    first_seen.insert(name, at);
                }
            }
        }
        result.push(duplicates);
    }
    result
}

/// The `duplicate-provider` error for an offer whose name came first at `first`.
pub(crate) fn duplicate_provider(name: &str, first: String, lang: Lang) -> Diagnostic {
    Diagnostic::error(
        Code::DuplicateProvider,
        tr!(lang, "error-provider-twice", provider = name.to_owned()),
    )
    .label(tr!(lang, "error-provider-twice-first", first = first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_provider_named_twice_across_files_is_reported_where_it_repeats() {
        let a = SourceFile::new("a.toml", "name = \"Acme\"\n");
        let b = SourceFile::new("b.toml", "# offers\n[[provider]]\nname = \"Acme\"\n");
        // In b.toml, `"Acme"` starts after "# offers\n[[provider]]\nname = ": 9 + 13 + 7 = 29.
        let first = vec![("Acme", NameAt::Span(&a, Some(7..13)))];
        let second = vec![
            ("Acme", NameAt::Span(&b, Some(29..35))),
            ("Beta", NameAt::Span(&b, Some(22..28))),
        ];
        let third = vec![("Beta", NameAt::Cell("c.xlsx, sheet Offers, A2"))];
        let found = duplicate_providers(&[first, second, third]);
        assert_eq!(found.len(), 3);
        assert!(found[0].is_empty());
        assert_eq!(found[1], [(0, "a.toml:1".to_owned())]);
        // Beta's first place, byte 22, starts line 3 of b.toml (9 + 13 bytes before it).
        assert_eq!(found[2], [(0, "b.toml:3".to_owned())]);
        let diagnostic = duplicate_provider("Acme", found[1][0].1.clone(), Lang::En);
        assert_eq!(diagnostic.code, "duplicate-provider");
        assert_eq!(diagnostic.label.as_deref(), Some("first in a.toml:1"));
    }
}
