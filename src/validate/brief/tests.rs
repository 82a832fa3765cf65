use super::suggest::{closest, edit_distance};
use super::*;

#[test]
fn dates() {
    assert!(is_iso_date("2026-11-02"));
    assert!(!is_iso_date("2026-13-02"));
    assert!(!is_iso_date("02/11/2026"));
    assert!(!is_iso_date("2026-1-2"));
    // February 2026 has 28 days (2026 is not divisible by 4); 2024 is a leap year.
    assert!(!is_iso_date("2026-02-30"));
    assert!(!is_iso_date("2026-02-29"));
    assert!(is_iso_date("2024-02-29"));
    assert!(!is_iso_date("2026-04-31"));
    assert!(!is_iso_date("2026-00-10"));
    assert!(!is_iso_date("+2026-11-02"));
    assert_eq!(
        parse_date("2026-11-02"),
        Some(jiff::civil::date(2026, 11, 2))
    );
}

#[test]
fn typos_are_suggested() {
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(
        closest("ten-question", &["ten-questions", "ten-mistakes"]),
        Some("ten-questions")
    );
    assert_eq!(closest("zzz", &["ten-questions"]), None);
}
