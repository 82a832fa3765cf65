//! The rule that spans offer files (pure): a provider appears once across all the
//! offer files of one ranking. Each file is validated alone by `validate::offer`.

use std::collections::HashMap;

use crate::diag::Code;
use crate::diag::{Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::model::offer::Offer;
use crate::tr;

/// Provider names must be unique across the offer files of one ranking: one
/// `duplicate-provider` error for every offer after the first of its name, in
/// the list of its own file (`result[i]` belongs to `files[i]`), pointing back to
/// the first one's `file:line`.
pub(crate) fn duplicate_providers(
    files: &[(&SourceFile, &[Offer])],
    lang: Lang,
) -> Vec<Vec<Diagnostic>> {
    // Provider name -> the file and byte offset of its first offer; turned into
    // `file:line` only for a duplicate, so loading stays linear in the file size.
    let mut first_seen: HashMap<&str, (&SourceFile, usize)> = HashMap::new();
    let mut result = Vec::with_capacity(files.len());
    for (file, offers) in files {
        let mut diagnostics = Vec::new();
        for offer in *offers {
            let Some(&(first_file, offset)) = first_seen.get(offer.name.as_str()) else {
                let offset = offer.name_span.as_ref().map_or(0, |span| span.start);
                first_seen.insert(&offer.name, (file, offset));
                continue;
            };
            let first = format!("{}:{}", first_file.path, first_file.line(offset));
            let mut diagnostic = Diagnostic::error(
                Code::DuplicateProvider,
                tr!(lang, "error-provider-twice", provider = offer.name.clone()),
            )
            .label(tr!(lang, "error-provider-twice-first", first = first));
            if let Some(span) = &offer.name_span {
                diagnostic = diagnostic.at(span.clone());
            }
            diagnostics.push(diagnostic);
        }
        result.push(diagnostics);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer(name: &str, start: usize) -> Offer {
        Offer {
            name_span: Some(start..start + name.len() + 2),
            ..Offer::new(name, [("cost", 1.0)])
        }
    }

    #[test]
    fn a_provider_named_twice_across_files_is_reported_where_it_repeats() {
        let a = SourceFile::new("a.toml", "name = \"Acme\"\n");
        let b = SourceFile::new("b.toml", "# offers\n[[provider]]\nname = \"Acme\"\n");
        // In b.toml, `"Acme"` starts after "# offers\n[[provider]]\nname = ": 9 + 13 + 7 = 29.
        let first = [offer("Acme", 7)];
        let second = [offer("Acme", 29), offer("Beta", 50)];
        let found = duplicate_providers(&[(&a, &first), (&b, &second)], Lang::En);
        assert_eq!(found.len(), 2);
        assert!(found[0].is_empty());
        assert_eq!(found[1].len(), 1);
        assert_eq!(found[1][0].code, "duplicate-provider");
        assert_eq!(found[1][0].span, Some(29..35));
        assert_eq!(found[1][0].label.as_deref(), Some("first in a.toml:1"));
    }
}
