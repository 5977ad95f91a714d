//! The mails identity sends. Links point into the app (`mail.app_url`),
//! which posts the token back through the matching mutation.

use stunxt_platform::mail::{Action, Letter, Mailer};

const FOOTER: &str = "You receive this mail because of your StunxtV2 account. If you did not ask for it, ignore it: nothing changes.";

/// Asks a new user to confirm their address.
pub fn verify_email(mailer: &Mailer, name: &str, token: &str) -> Letter {
    Letter {
        subject: "Confirm your email address".into(),
        heading: format!("Welcome, {name}!"),
        paragraphs: vec![
            "Confirm that this address is yours so communities that ask for a verified address let you in. The link works for 24 hours.".into(),
        ],
        action: Some(Action {
            label: "Confirm my address".into(),
            url: mailer.app_link("/verify-email", &[("token", token)]),
        }),
        footer: Some(FOOTER.into()),
    }
}

/// Carries a password-reset link.
pub fn password_reset(mailer: &Mailer, name: &str, token: &str) -> Letter {
    Letter {
        subject: "Reset your password".into(),
        heading: format!("Hello {name},"),
        paragraphs: vec![
            "Someone asked to reset the password of your account. The link works once, for one hour, and signs out every device.".into(),
        ],
        action: Some(Action {
            label: "Choose a new password".into(),
            url: mailer.app_link("/reset-password", &[("token", token)]),
        }),
        footer: Some(FOOTER.into()),
    }
}

/// Sent to the new address of an email change.
pub fn confirm_email_change(mailer: &Mailer, name: &str, new_email: &str, token: &str) -> Letter {
    Letter {
        subject: "Confirm your new email address".into(),
        heading: format!("Hello {name},"),
        paragraphs: vec![format!(
            "Confirm that {new_email} is the new address of your account. Until you do, your old address stays in use. The link works for 24 hours."
        )],
        action: Some(Action {
            label: "Confirm the new address".into(),
            url: mailer.app_link("/verify-email", &[("token", token)]),
        }),
        footer: Some(FOOTER.into()),
    }
}

/// Sent to the old address of an email change.
pub fn email_change_notice(name: &str, new_email: &str) -> Letter {
    Letter {
        subject: "Your email address is about to change".into(),
        heading: format!("Hello {name},"),
        paragraphs: vec![
            format!("Someone signed in to your account asked to move it to {new_email}. It moves only when the link sent there is opened."),
            "If this was not you, change your password and sign out of every device in the app's settings.".into(),
        ],
        action: None,
        footer: Some(FOOTER.into()),
    }
}
