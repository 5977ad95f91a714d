//! Input rules for accounts. Each failure names the input field.

use crate::error::IdentityError;

/// Shortest accepted password.
pub const PASSWORD_MIN: usize = 10;
/// Longest accepted password (argon2 hashes any length; this bounds work).
pub const PASSWORD_MAX: usize = 1024;

/// Normalises and checks an email address: trimmed, lower-cased, one `@`
/// with a non-empty local part and a dotted domain, at most 254 bytes.
pub fn email(raw: &str) -> Result<String, IdentityError> {
    stunxt_platform::validate::email(raw)
        .ok_or_else(|| IdentityError::invalid("email", "enter a valid email address"))
}

/// Normalises and checks a username: 3–30 characters of `a-z`, `0-9`, `_`
/// and `-`, starting with a letter or digit; stored lower-cased so
/// uniqueness is case-insensitive.
pub fn username(raw: &str) -> Result<String, IdentityError> {
    let username = raw.trim().to_lowercase();
    let len = username.chars().count();
    if !(3..=30).contains(&len) {
        return Err(IdentityError::invalid(
            "username",
            "a username has 3 to 30 characters",
        ));
    }
    let allowed = username
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    let starts_well = username
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    if !allowed || !starts_well {
        return Err(IdentityError::invalid(
            "username",
            "use letters, digits, `_` and `-`, starting with a letter or digit",
        ));
    }
    Ok(username)
}

/// Trims and checks a display name: 1–64 characters, no control characters.
pub fn display_name(raw: &str) -> Result<String, IdentityError> {
    stunxt_platform::validate::single_line(raw, 1..=64).ok_or_else(|| {
        IdentityError::invalid(
            "displayName",
            "a display name has 1 to 64 printable characters",
        )
    })
}

/// Checks a new password: its length, then that it is not a common
/// password, a keyboard pattern, or built from the user's own email,
/// username or name (`user_inputs`), using zxcvbn's frequency lists and
/// estimate; a password guessable in fewer than about 10^6 guesses is
/// refused. Every failure names `field`.
pub fn new_password(
    field: &'static str,
    raw: &str,
    user_inputs: &[&str],
) -> Result<(), IdentityError> {
    password(field, raw)?;
    let estimate = zxcvbn::zxcvbn(raw, user_inputs);
    if estimate.score() < zxcvbn::Score::Two {
        return Err(IdentityError::invalid(
            field,
            "this password is too common or easy to guess; try a longer phrase",
        ));
    }
    Ok(())
}

/// Checks a password's length; a failure names `field`.
pub fn password(field: &'static str, raw: &str) -> Result<(), IdentityError> {
    let len = raw.chars().count();
    if len < PASSWORD_MIN {
        return Err(IdentityError::invalid(
            field,
            format!("a password has at least {PASSWORD_MIN} characters"),
        ));
    }
    if len > PASSWORD_MAX {
        return Err(IdentityError::invalid(
            field,
            format!("a password has at most {PASSWORD_MAX} characters"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(err: IdentityError) -> &'static str {
        match err {
            IdentityError::Invalid { field, .. } => field,
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn emails() {
        assert_eq!(email("  Ana@Example.ORG ").unwrap(), "ana@example.org");
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "a b@example.org",
            "ana@ex..org",
            "a@b@c.org",
        ] {
            assert_eq!(field(email(bad).unwrap_err()), "email", "{bad}");
        }
    }

    #[test]
    fn usernames() {
        assert_eq!(username("Ana_B-1").unwrap(), "ana_b-1");
        for bad in ["ab", "_ana", "ana b", "ana/b", "ñandú", &"a".repeat(31)] {
            assert_eq!(field(username(bad).unwrap_err()), "username", "{bad}");
        }
    }

    #[test]
    fn passwords_and_names() {
        assert_eq!(
            field(password("password", "short").unwrap_err()),
            "password"
        );
        assert_eq!(
            field(password("newPassword", &"x".repeat(PASSWORD_MAX + 1)).unwrap_err()),
            "newPassword"
        );
        assert!(password("password", "long enough pass").is_ok());
        assert!(password("password", &"x".repeat(128)).is_ok());
        assert_eq!(field(display_name("   ").unwrap_err()), "displayName");
        assert_eq!(display_name(" Ana ").unwrap(), "Ana");
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        for common in ["1234567890", "password123", "qwertyuiop", "iloveyou12"] {
            assert_eq!(
                field(new_password("password", common, &[]).unwrap_err()),
                "password",
                "{common}"
            );
        }
        assert_eq!(
            field(new_password("newPassword", "ana.lovelace1", &["ana.lovelace"]).unwrap_err()),
            "newPassword"
        );
        assert_eq!(
            field(new_password("newPassword", "short", &[]).unwrap_err()),
            "newPassword"
        );
        assert!(new_password("password", "correct horse battery", &["ana"]).is_ok());
    }
}
