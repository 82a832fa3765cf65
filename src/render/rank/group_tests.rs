use crate::diag::SourceFile;
use crate::lang::Lang;
use crate::model::offer::Offer;
use crate::ranking::method::Method;
use crate::ranking::{Ranking, rank_offers};
use crate::render::rank::table::render_table;
use crate::render::rank::{render_json, render_markdown};
use crate::validate::criteria::validate_criteria;

fn ranking() -> Ranking {
    // Groups 1 and 3 -> 25% and 75%; inside `cost`: price alone; inside `service`:
    // sla 1 and refs 1 -> 50% each, so sla 37.5% overall.
    let text = "[[group]]\nid = \"cost\"\nname = { fr = \"Coût\", en = \"Cost\" }\nweight = 1\n\
                [[group]]\nid = \"service\"\nweight = 3\n\
                [[criterion]]\nid = \"price\"\ngroup = \"cost\"\nweight = 1\nscale = \"lowest-price\"\n\
                [[criterion]]\nid = \"sla\"\ngroup = \"service\"\nweight = 1\nscale = { worst = 80, best = 90 }\n\
                [[criterion]]\nid = \"refs\"\ngroup = \"service\"\nweight = 1\n";
    let criteria = validate_criteria(&SourceFile::new("c.toml", text), Lang::En)
        .0
        .unwrap();
    let offers = [
        Offer::new("A", [("price", 2.0), ("sla", 85.0), ("refs", 4.0)]),
        Offer::new("B", [("price", 4.0), ("sla", 90.0), ("refs", 8.0)]),
    ];
    rank_offers(&criteria, &offers, Method::WeightedSum)
}

#[test]
fn every_output_says_scales_groups_and_group_scores() {
    // A: price 1, sla 0.5, refs 0 -> cost 1, service 0.25; B: price 0.5, sla 1,
    // refs 1 -> cost 0.5, service 1.
    let r = ranking();
    let table = render_table(&r, Lang::En);
    for text in [
        "Scale",
        "lowest price ÷ price (relative)",
        "fixed: 80 → 90",
        "In group",
        "37.5%",
        "Cost (25%)",
        "0.250",
    ] {
        assert!(table.contains(text), "{text}: {table}");
    }
    let md = render_markdown(&r, Lang::En);
    assert!(md.contains("| Cost (25%) |"), "{md}");
    assert!(md.contains("- service (75%): sla 50%, refs 50%"), "{md}");
    assert!(
        md.contains("Relative scales (depend on the offers compared): price, refs. Fixed scales (do not): sla."),
        "{md}"
    );
    let json: serde_json::Value = serde_json::from_str(&render_json(&r, Lang::En)).unwrap();
    assert_eq!(json["criteria"][1]["scale"]["kind"], "linear");
    assert_eq!(json["criteria"][1]["fixed"], true);
    assert_eq!(json["criteria"][1]["local_weight"], 0.5);
    assert_eq!(json["groups"][1]["weight"], 0.75);
    let a = json["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["provider"] == "A")
        .unwrap();
    assert_eq!(a["group_scores"]["cost"], 1.0);
    assert_eq!(a["group_scores"]["service"], 0.25);
}

#[test]
fn a_flat_file_says_every_criterion_is_relative() {
    let text = "[[criterion]]\nid = \"q\"\nweight = 1\n";
    let criteria = validate_criteria(&SourceFile::new("c.toml", text), Lang::En)
        .0
        .unwrap();
    let offers = [Offer::new("A", [("q", 1.0)]), Offer::new("B", [("q", 2.0)])];
    let r = rank_offers(&criteria, &offers, Method::WeightedSum);
    let md = render_markdown(&r, Lang::Fr);
    assert!(
        md.contains("Tous les critères sont sur une échelle relative\u{a0}:"),
        "{md}"
    );
    let json: serde_json::Value = serde_json::from_str(&render_json(&r, Lang::En)).unwrap();
    assert!(json.get("groups").is_none());
    assert!(json["ranking"][0].get("group_scores").is_none());
}
