//! Identity's errors, converted into the platform's [`AppError`].

use stunxt_platform::AppError;

/// What can go wrong in identity's services.
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// An input value is invalid.
    #[error("{message}")]
    Invalid {
        /// The input field concerned.
        field: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// The email address belongs to another account.
    #[error("an account with this email already exists")]
    EmailTaken,
    /// The username belongs to another account.
    #[error("this username is taken")]
    UsernameTaken,
    /// Unknown login or wrong password (deliberately indistinguishable).
    #[error("invalid login or password")]
    BadCredentials,
    /// The refresh token is unknown, expired, revoked or was reused.
    #[error("invalid or expired refresh token; sign in again")]
    InvalidRefreshToken,
    /// Another account holds this value.
    #[error("{message}")]
    Conflict {
        /// The input field concerned.
        field: &'static str,
        /// What is taken.
        message: String,
    },
    /// A mailed token is unknown, used, superseded or expired.
    #[error("this link is invalid or has expired; ask for a new one")]
    InvalidToken,
    /// The account is suspended (the reason, if staff gave one).
    #[error("this account is suspended")]
    Suspended(Option<String>),
    /// The viewer is not platform staff.
    #[error("only platform staff may do this")]
    NotStaff,
    /// No such user.
    #[error("no such user")]
    UserNotFound,
    /// A sign-in challenge is unknown, lapsed, completed or spent.
    #[error("this sign-in has expired; enter your password again")]
    InvalidChallenge,
    /// The token's account was deleted.
    #[error("the account no longer exists")]
    AccountGone,
    /// The viewer has no such session.
    #[error("no such session")]
    SessionNotFound,
    /// The viewer has no such linked identity.
    #[error("no such linked identity")]
    IdentityNotFound,
    /// A sign-in provider cannot be reached (the message says which).
    #[error("{0}")]
    Unavailable(String),
    /// The viewer has no such passkey.
    #[error("no such passkey")]
    PasskeyNotFound,
    /// Removing this would leave the account no way to sign in.
    #[error("this is the account's last way to sign in; add another first")]
    LastSignInMethod {
        /// The input field concerned.
        field: &'static str,
    },
    /// Too many attempts; carries the `RATE_LIMITED` error.
    #[error("too many attempts")]
    Limited(AppError),
    /// A storage or crypto failure.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl IdentityError {
    /// An invalid input field.
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }
}

impl From<sea_orm::DbErr> for IdentityError {
    fn from(err: sea_orm::DbErr) -> Self {
        Self::Internal(err.into())
    }
}

impl From<IdentityError> for AppError {
    fn from(err: IdentityError) -> Self {
        match err {
            IdentityError::Invalid { field, message } => AppError::bad_input(field, message),
            IdentityError::EmailTaken => AppError::conflict("email", err.to_string()),
            IdentityError::UsernameTaken => AppError::conflict("username", err.to_string()),
            IdentityError::Conflict { field, message } => AppError::conflict(field, message),
            IdentityError::InvalidToken => AppError::bad_input("token", err.to_string()),
            IdentityError::BadCredentials
            | IdentityError::InvalidRefreshToken
            | IdentityError::AccountGone
            | IdentityError::InvalidChallenge => AppError::unauthenticated(err.to_string()),
            IdentityError::LastSignInMethod { field } => AppError::conflict(field, err.to_string()),
            IdentityError::SessionNotFound
            | IdentityError::UserNotFound
            | IdentityError::PasskeyNotFound
            | IdentityError::IdentityNotFound => AppError::not_found(err.to_string()),
            IdentityError::Suspended(Some(ref reason)) => {
                AppError::forbidden(format!("{err}: {reason}"))
            }
            IdentityError::Suspended(None) | IdentityError::NotStaff => {
                AppError::forbidden(err.to_string())
            }
            IdentityError::Limited(limited) => limited,
            IdentityError::Unavailable(message) => AppError::unavailable(message),
            IdentityError::Internal(cause) => AppError::internal(cause),
        }
    }
}
