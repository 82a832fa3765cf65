//! Provenance (where a question, option or band comes from) and `same-as` links.

use std::ops::Range;

use toml::Spanned;

use super::Validator;
use super::links::split_link;
use super::raw::RawProvenance;
use crate::diag::{Code, Diagnostic};
use crate::model::questionnaire::Provenance;
use crate::tr;
use crate::validate::check_text;

impl Validator {
    /// The provenance written in `raw`, or `inherited` when there is none.
    /// `article` is the questionnaire's `source`, the article an `article` kind cites.
    pub(super) fn provenance(
        &mut self,
        raw: Option<&Spanned<RawProvenance>>,
        inherited: &Provenance,
        article: &str,
        what: &str,
    ) -> Option<Provenance> {
        let Some(raw) = raw else {
            return Some(inherited.clone());
        };
        let lang = self.lang;
        let p = raw.get_ref();
        let kind = p.kind.get_ref().as_str();
        let keys = [
            ("section", p.section.as_ref().map(Spanned::span), "article"),
            ("law", p.law.as_ref().map(Spanned::span), "law"),
            ("article", p.article.as_ref().map(Spanned::span), "law"),
            ("reason", p.reason.as_ref().map(Spanned::span), "practice"),
        ];
        for (key, span, belongs) in keys {
            if let Some(span) = span
                && belongs != kind
                && matches!(kind, "article" | "law" | "practice")
            {
                self.push(
                    Diagnostic::error(
                        Code::InvalidProvenance,
                        tr!(lang, "validate-provenance-key", key = key, kind = kind),
                    )
                    .at(span),
                );
            }
        }
        match kind {
            "article" => {
                let section = filled(p.section.as_ref());
                if section.is_none() {
                    self.invalid(
                        raw.span(),
                        "validate-provenance-missing-section",
                        "validate-provenance-missing-section.help",
                    );
                }
                Some(Provenance::Article {
                    article: article.to_owned(),
                    section: Some(section?),
                })
            }
            "law" => {
                let (law, number) = (filled(p.law.as_ref()), filled(p.article.as_ref()));
                if law.is_none() || number.is_none() {
                    self.invalid(
                        raw.span(),
                        "validate-provenance-missing-law",
                        "validate-provenance-missing-law.help",
                    );
                }
                Some(Provenance::Law {
                    law: law?,
                    article: number?,
                })
            }
            "practice" => {
                let reason = match &p.reason {
                    Some(reason) => Some(check_text(
                        reason,
                        &format!("{what}.provenance.reason"),
                        lang,
                        &mut self.diagnostics,
                    )?),
                    None => None,
                };
                Some(Provenance::Practice { reason })
            }
            other => {
                self.push(
                    Diagnostic::error(
                        Code::InvalidProvenance,
                        tr!(lang, "validate-provenance-unknown-kind", kind = other),
                    )
                    .at(p.kind.span())
                    .label(tr!(lang, "validate-provenance-unknown-kind.label")),
                );
                None
            }
        }
    }

    fn invalid(&mut self, span: Range<usize>, id: &str, help: &str) {
        let lang = self.lang;
        self.push(
            Diagnostic::error(Code::InvalidProvenance, tr!(lang, id))
                .at(span)
                .help(tr!(lang, help)),
        );
    }

    /// A `same-as` link must read `questionnaire.question`; whether that question
    /// exists is checked once every questionnaire is loaded ([`check_links`]).
    pub(super) fn same_as(&mut self, raw: Option<&Spanned<String>>) -> Option<String> {
        let raw = raw?;
        let link = raw.get_ref();
        if split_link(link).is_none() {
            self.push(
                Diagnostic::error(
                    Code::UnknownLink,
                    tr!(self.lang, "validate-same-as-format", link = link.as_str()),
                )
                .at(raw.span()),
            );
            return None;
        }
        Some(link.clone())
    }
}

/// A non-blank string, trimmed.
fn filled(value: Option<&Spanned<String>>) -> Option<String> {
    let text = value?.get_ref().trim();
    (!text.is_empty()).then(|| text.to_owned())
}
