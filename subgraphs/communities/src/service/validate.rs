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

/// A space or group name: 1–60 printable characters.
pub fn space_name(raw: &str) -> Result<String, CommunityError> {
    stunxt_platform::validate::single_line(raw, 1..=60)
        .ok_or_else(|| CommunityError::invalid("name", "a name has 1 to 60 printable characters"))
}

/// A space address: `raw` (or a name) made URL-safe, 1–48 characters.
pub fn space_slug(raw: &str) -> Result<String, CommunityError> {
    let mut slug = String::new();
    for c in raw.trim().to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug
        .trim_end_matches('-')
        .chars()
        .take(48)
        .collect::<String>();
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        return Err(CommunityError::invalid(
            "slug",
            "an address needs letters or digits",
        ));
    }
    Ok(slug)
}

/// Emoji and topics within limits: 50 each, 32 characters each.
pub fn space_settings(
    settings: super::spaces::SpaceSettings,
) -> Result<super::spaces::SpaceSettings, CommunityError> {
    let clean = |items: Vec<String>, what: &str| -> Result<Vec<String>, CommunityError> {
        if items.len() > 50 {
            return Err(CommunityError::invalid(
                "settings",
                format!("at most 50 {what}"),
            ));
        }
        items
            .into_iter()
            .map(|item| {
                stunxt_platform::validate::single_line(&item, 1..=32).ok_or_else(|| {
                    CommunityError::invalid("settings", format!("{what} have 1 to 32 characters"))
                })
            })
            .collect()
    };
    Ok(super::spaces::SpaceSettings {
        emoji: clean(settings.emoji, "emoji")?,
        topics: clean(settings.topics, "topics")?,
    })
}

/// A colour `#rrggbb` (lower-cased).
pub fn color(field: &'static str, raw: &str) -> Result<String, CommunityError> {
    let color = raw.trim().to_lowercase();
    let ok = color.len() == 7
        && color.starts_with('#')
        && color[1..].chars().all(|c| c.is_ascii_hexdigit());
    if ok {
        Ok(color)
    } else {
        Err(CommunityError::invalid(
            field,
            "a colour is written #rrggbb",
        ))
    }
}

/// A domain name such as `community.example.com` (lower-cased).
pub fn domain(raw: &str) -> Result<String, CommunityError> {
    let domain = raw.trim().trim_end_matches('.').to_lowercase();
    let labels_ok = domain.split('.').all(|label| {
        (1..=63).contains(&label.len())
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    });
    if domain.len() <= 253 && domain.contains('.') && labels_ok {
        Ok(domain)
    } else {
        Err(CommunityError::invalid(
            "customDomain",
            "a domain looks like community.example.com",
        ))
    }
}

/// Free text of at most `max` characters, trimmed.
pub fn long_text(field: &'static str, raw: &str, max: usize) -> Result<String, CommunityError> {
    let text = raw.trim().to_owned();
    if text.chars().count() > max {
        return Err(CommunityError::invalid(
            field,
            format!("at most {max} characters"),
        ));
    }
    Ok(text)
}

/// An optional one-line reason or message of at most `max` characters.
pub fn reason(
    field: &'static str,
    raw: Option<&str>,
    max: usize,
) -> Result<Option<String>, CommunityError> {
    match raw.map(str::trim).filter(|r| !r.is_empty()) {
        None => Ok(None),
        Some(text) => long_text(field, text, max).map(Some),
    }
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
    fn space_addresses_come_from_names() {
        assert_eq!(space_slug(" General Chat! ").unwrap(), "general-chat");
        assert_eq!(space_slug("Q&A / Help").unwrap(), "q-a-help");
        assert_eq!(field(space_slug("!!!").unwrap_err()), "slug");
    }

    #[test]
    fn colours_and_domains() {
        assert_eq!(color("brandColor", " #A1B2C3 ").unwrap(), "#a1b2c3");
        for bad in ["a1b2c3", "#abc", "#ggg000"] {
            assert_eq!(field(color("brandColor", bad).unwrap_err()), "brandColor");
        }
        assert_eq!(domain("Club.Example.COM.").unwrap(), "club.example.com");
        for bad in ["localhost", "a..b", "-a.com", "a_b.com"] {
            assert_eq!(field(domain(bad).unwrap_err()), "customDomain", "{bad}");
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
