//! CSV: a header, then one row per ranked offer (rank, provider, score, one column
//! per criterion contribution, named by criterion id). Full-precision numbers.
//!
//! With the sensitivity analysis (SMAA-2), the CSV is instead the rank acceptability
//! matrix in long form, one table: `provider,rank,share`, one row per offer (ranking
//! order) and rank, so that a spreadsheet or a data frame pivots it directly.

use crate::lang::Lang;
use crate::ranking::Ranking;

/// Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

pub fn render_csv(ranking: &Ranking, _lang: Lang) -> String {
    if let Some(smaa) = ranking.sensitivity.as_ref().and_then(|s| s.smaa.as_ref()) {
        let mut out = String::from("provider,rank,share\n");
        for offer in &smaa.offers {
            for (index, share) in offer.acceptability.iter().enumerate() {
                out.push_str(&format!(
                    "{},{},{share}\n",
                    field(&offer.provider),
                    index + 1
                ));
            }
        }
        return out;
    }
    let mut out = String::from("rank,provider,score");
    for criterion in &ranking.criteria {
        out.push(',');
        out.push_str(&field(&criterion.id));
    }
    out.push('\n');
    for offer in &ranking.ranking {
        out.push_str(&format!(
            "{},{},{}",
            offer.rank,
            field(&offer.provider),
            offer.score
        ));
        for value in &offer.contributions {
            out.push_str(&format!(",{value}"));
        }
        out.push('\n');
    }
    out
}
