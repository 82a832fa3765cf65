//! CSV: a header, then one row per ranked offer (rank, provider, score, one column
//! per criterion contribution, named by criterion id). Full-precision numbers.

use super::*;

/// Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

pub fn render_csv(ranking: &Ranking, _lang: Lang) -> String {
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
