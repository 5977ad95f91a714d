//! Input checks shared by subgraphs. Each returns the normalised value or
//! `None`; the subgraph turns `None` into an error naming its own field.

use std::ops::RangeInclusive;

/// A single-line text such as a name: trimmed, `chars` characters long,
/// without control characters.
pub fn single_line(raw: &str, chars: RangeInclusive<usize>) -> Option<String> {
    let text = raw.trim();
    let ok = chars.contains(&text.chars().count()) && !text.chars().any(char::is_control);
    ok.then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_trims_and_bounds() {
        assert_eq!(single_line("  Ana  ", 1..=64).as_deref(), Some("Ana"));
        assert_eq!(single_line("   ", 1..=64), None);
        assert_eq!(single_line("a\nb", 1..=64), None);
        assert_eq!(
            single_line(&"é".repeat(64), 1..=64).map(|s| s.chars().count()),
            Some(64)
        );
        assert_eq!(single_line(&"é".repeat(65), 1..=64), None);
    }
}
