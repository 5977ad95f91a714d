//! Input checks shared by subgraphs. Most return the normalised value or
//! `None`, which the subgraph turns into an error naming its own field;
//! [`length`] answers with that error itself.

use std::ops::RangeInclusive;

use crate::AppError;

/// Checks that `text` is `min..=max` characters long; the error names
/// `field` (`BAD_USER_INPUT`).
pub fn length(field: &str, text: &str, min: usize, max: usize) -> Result<(), AppError> {
    let len = text.chars().count();
    if len < min {
        return Err(AppError::bad_input(
            field,
            format!("{field} must not be empty"),
        ));
    }
    if len > max {
        return Err(AppError::bad_input(
            field,
            format!("{field} may be at most {max} characters ({len} given)"),
        ));
    }
    Ok(())
}

/// A single-line text such as a name: trimmed, `chars` characters long,
/// without control characters.
pub fn single_line(raw: &str, chars: RangeInclusive<usize>) -> Option<String> {
    let text = raw.trim();
    let ok = chars.contains(&text.chars().count()) && !text.chars().any(char::is_control);
    ok.then(|| text.to_owned())
}

/// Normalises an email address (trimmed, lower-cased) if it looks like
/// one: a local part of 1–64 characters, `@`, a dotted domain.
pub fn email(raw: &str) -> Option<String> {
    let email = raw.trim().to_lowercase();
    if email.len() > 254 || email.chars().any(char::is_whitespace) {
        return None;
    }
    let (local, domain) = email.split_once('@')?;
    let domain_ok = !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..");
    (!local.is_empty() && local.len() <= 64 && domain_ok).then_some(email)
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
