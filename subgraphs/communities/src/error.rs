//! The communities subgraph's errors, converted into the platform's
//! [`AppError`].

use stunxt_platform::AppError;

/// What can go wrong in the communities services.
#[derive(Debug, thiserror::Error)]
pub enum CommunityError {
    /// An input value is invalid.
    #[error("{message}")]
    Invalid {
        /// The input field concerned.
        field: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// The slug belongs to another community.
    #[error("this address is taken by another community")]
    SlugTaken,
    /// A storage failure.
    /// Nothing the viewer may know of (`what` says what was looked for).
    #[error("no such {0}")]
    NotFound(&'static str),
    /// Access refused by the policy.
    #[error("{}", denial_message(*.0))]
    Denied(crate::service::policy::Denial),
    /// Refused for a reason the message gives.
    #[error("{0}")]
    Forbidden(String),
    /// The change conflicts with the current state.
    #[error("{message}")]
    Conflict {
        /// The input field concerned.
        field: &'static str,
        /// What conflicts.
        message: String,
    },
    /// Too many attempts.
    #[error("too many attempts")]
    Limited(AppError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

fn denial_message(denial: crate::service::policy::Denial) -> &'static str {
    use crate::service::policy::Denial;
    match denial {
        Denial::NotSignedIn => "sign in first",
        Denial::NotMember => "only members of this community may do this",
        Denial::Banned => "you are banned from this community",
        Denial::NotSpaceMember => "only members of this space may do this",
        Denial::Archived => "this is archived and read-only",
        Denial::MissingPermission => "your role does not allow this",
        Denial::MfaRequired => {
            "this community requires two-step sign-in for this; turn it on in your settings"
        }
    }
}

impl CommunityError {
    /// An invalid input field.
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }

    /// A conflict on `field`.
    pub fn conflict(field: &'static str, message: impl Into<String>) -> Self {
        Self::Conflict {
            field,
            message: message.into(),
        }
    }
}

impl From<sea_orm::DbErr> for CommunityError {
    fn from(err: sea_orm::DbErr) -> Self {
        Self::Internal(err.into())
    }
}

impl From<CommunityError> for AppError {
    fn from(err: CommunityError) -> Self {
        match err {
            CommunityError::Invalid { field, message } => AppError::bad_input(field, message),
            CommunityError::SlugTaken => AppError::conflict("slug", err.to_string()),
            CommunityError::NotFound(_) => AppError::not_found(err.to_string()),
            CommunityError::Denied(crate::service::policy::Denial::NotSignedIn) => {
                AppError::unauthenticated(err.to_string())
            }
            CommunityError::Denied(_) | CommunityError::Forbidden(_) => {
                AppError::forbidden(err.to_string())
            }
            CommunityError::Conflict { field, message } => AppError::conflict(field, message),
            CommunityError::Limited(limited) => limited,
            CommunityError::Internal(cause) => AppError::internal(cause),
        }
    }
}
