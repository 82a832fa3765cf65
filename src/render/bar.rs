//! Text score bars for terminal tables.

/// A bar of `width` cells for `value` in 0..=`max`, with eighth-cell precision.
pub(crate) fn bar(value: f64, max: f64, width: usize) -> String {
    const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    if !(value.is_finite() && max > 0.0) {
        return String::new();
    }
    let cells = (value / max).clamp(0.0, 1.0) * width as f64;
    let eighths = (cells * 8.0).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    out.push_str(EIGHTHS[eighths % 8]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars() {
        assert_eq!(bar(100.0, 100.0, 10), "██████████");
        assert_eq!(bar(0.0, 100.0, 10), "");
        // 50% of 4 cells = 2 cells.
        assert_eq!(bar(50.0, 100.0, 4), "██");
        // 55% of 10 cells = 5.5 cells = 5 full + 4 eighths.
        assert_eq!(bar(55.0, 100.0, 10), "█████▌");
        assert_eq!(bar(f64::NAN, 100.0, 10), "");
        assert_eq!(bar(150.0, 100.0, 2), "██");
    }
}
