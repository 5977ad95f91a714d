//! Input rules for communities. Each failure names the input field.

use crate::error::CommunityError;

/// Slugs that would shadow routes of the apps or the API.
pub const RESERVED_SLUGS: &[&str] = &[
    "about",
    "account",
    "admin",
    "api",
    "app",
    "auth",
    "billing",
    "c",
    "communities",
    "community",
    "dashboard",
    "discover",
    "explore",
    "graphql",
    "health",
    "help",
    "home",
    "login",
    "logout",
    "metrics",
    "new",
    "notifications",
    "ready",
    "register",
    "search",
    "settings",
    "signin",
    "signup",
    "static",
    "stunxt",
    "support",
    "www",
];

/// Checks a slug: 3–48 characters of `a-z`, `0-9` and single hyphens, not
/// starting or ending with a hyphen, not reserved. Upper case is folded.
pub fn slug(raw: &str) -> Result<String, CommunityError> {
    let slug = raw.trim().to_lowercase();
    let len = slug.chars().count();
    if !(3..=48).contains(&len) {
        return Err(CommunityError::invalid(
            "slug",
            "an address has 3 to 48 characters",
        ));
    }
    let allowed = slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !allowed || slug.starts_with('-') || slug.ends_with('-') || slug.contains("--") {
        return Err(CommunityError::invalid(
            "slug",
            "use lower-case letters, digits and single hyphens, not at either end",
        ));
    }
    if RESERVED_SLUGS.contains(&slug.as_str()) {
        return Err(CommunityError::invalid(
            "slug",
            format!("`{slug}` is reserved"),
        ));
    }
    Ok(slug)
}

/// Trims and checks a community name: 2–80 characters, no control
/// characters.
pub fn name(raw: &str) -> Result<String, CommunityError> {
    stunxt_platform::validate::single_line(raw, 2..=80)
        .ok_or_else(|| CommunityError::invalid("name", "a name has 2 to 80 printable characters"))
}

/// Trims and checks a description: at most 2000 characters.
pub fn description(raw: Option<&str>) -> Result<String, CommunityError> {
    let description = raw.unwrap_or("").trim().to_owned();
    if description.chars().count() > 2000 {
        return Err(CommunityError::invalid(
            "description",
            "a description has at most 2000 characters",
        ));
    }
    Ok(description)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(err: CommunityError) -> &'static str {
        match err {
            CommunityError::Invalid { field, .. } => field,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug(" Rust-Lovers ").unwrap(), "rust-lovers");
        for bad in [
            "ab",
            "-rust",
            "rust-",
            "ru--st",
            "rust lovers",
            "rüst",
            "admin",
            "graphql",
            &"a".repeat(49),
        ] {
            assert_eq!(field(slug(bad).unwrap_err()), "slug", "{bad}");
        }
    }

    #[test]
    fn names_and_descriptions() {
        assert_eq!(name("  Rust  ").unwrap(), "Rust");
        assert_eq!(field(name("R").unwrap_err()), "name");
        assert_eq!(description(None).unwrap(), "");
        assert_eq!(
            field(description(Some(&"x".repeat(2001))).unwrap_err()),
            "description"
        );
    }
}
