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
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl CommunityError {
    /// An invalid input field.
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
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
            CommunityError::Internal(cause) => AppError::internal(cause),
        }
    }
}
