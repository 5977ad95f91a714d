//! One error vocabulary for every subgraph.
//!
//! Each subgraph has its own `thiserror` enum that converts into [`AppError`];
//! [`AppError`] is turned into a GraphQL error with a stable
//! `extensions.code` (and `extensions.field` for input errors) in exactly one
//! place: its `From<AppError> for async_graphql::Error` impl. Internal causes
//! are logged with their chain and never sent to clients.
//!
//! Subgraph error enums convert into [`AppError`] and resolvers return
//! `Result<T, AppError>`-compatible errors with `.map_err(AppError::from)?`:
//! converting a subgraph error straight into `async_graphql::Error` would use
//! its `Display` and lose the code.

use std::fmt;

use async_graphql::ErrorExtensions;

/// The stable codes clients match on (`extensions.code`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// No valid credentials were presented.
    Unauthenticated,
    /// The viewer is known but may not do this.
    Forbidden,
    /// The thing asked for does not exist (or the viewer may not know it does).
    NotFound,
    /// The input is invalid; `field` names the input field concerned.
    BadUserInput,
    /// The change conflicts with existing state (a unique value already taken).
    Conflict,
    /// Too many requests; `retryAfter` says when to try again.
    RateLimited,
    /// The feature needs a paid entitlement.
    PaymentRequired,
    /// A service this one depends on (a sign-in provider, say) cannot be
    /// reached; trying again later may work.
    Unavailable,
    /// Something failed on the server; details are in the server log only.
    Internal,
}

impl ErrorCode {
    /// The SCREAMING_SNAKE string sent as `extensions.code`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::Forbidden => "FORBIDDEN",
            Self::NotFound => "NOT_FOUND",
            Self::BadUserInput => "BAD_USER_INPUT",
            Self::Conflict => "CONFLICT",
            Self::RateLimited => "RATE_LIMITED",
            Self::PaymentRequired => "PAYMENT_REQUIRED",
            Self::Unavailable => "UNAVAILABLE",
            Self::Internal => "INTERNAL",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error on its way to a client.
#[derive(Debug)]
pub struct AppError {
    code: ErrorCode,
    message: String,
    field: Option<String>,
    retry_after_secs: Option<u64>,
    source: Option<anyhow::Error>,
}

/// Result alias used by services.
pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    /// An error with a code and a client-facing message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
            retry_after_secs: None,
            source: None,
        }
    }

    /// `UNAUTHENTICATED`.
    pub fn unauthenticated(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Unauthenticated, message)
    }

    /// `FORBIDDEN`.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Forbidden, message)
    }

    /// `NOT_FOUND`.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::NotFound, message)
    }

    /// `BAD_USER_INPUT` naming the input field concerned.
    pub fn bad_input(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ErrorCode::BadUserInput, message).with_field(field)
    }

    /// `CONFLICT` naming the input field whose value is taken.
    pub fn conflict(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Conflict, message).with_field(field)
    }

    /// `RATE_LIMITED` with the number of seconds after which to retry.
    pub fn rate_limited(retry_after_secs: u64) -> Self {
        let mut err = Self::new(
            ErrorCode::RateLimited,
            format!("too many requests; retry after {retry_after_secs} s"),
        );
        err.retry_after_secs = Some(retry_after_secs);
        err
    }

    /// `UNAVAILABLE`: a dependency is down; the message says which.
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::Unavailable, message)
    }

    /// `INTERNAL`: the cause is logged, clients see a generic message.
    pub fn internal(cause: impl Into<anyhow::Error>) -> Self {
        Self {
            code: ErrorCode::Internal,
            message: "internal server error".to_owned(),
            field: None,
            retry_after_secs: None,
            source: Some(cause.into()),
        }
    }

    /// The same error with another client-facing message (not for
    /// `INTERNAL`, whose message never changes).
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        if self.code != ErrorCode::Internal {
            self.message = message.into();
        }
        self
    }

    /// Names the input field the error concerns.
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// The error's code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The field the error concerns, if any.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The client-facing message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

// `AppError` deliberately implements neither `Display` nor
// `std::error::Error`: async-graphql converts every `Display` type into an
// error without extensions, and that blanket conversion would silently win
// over the one below, dropping `code` and `field`.

impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        Self::internal(err)
    }
}

/// A database error as the client sees it (`INTERNAL`, logged), for
/// `map_err` where `?` cannot convert.
pub fn db_err(err: sea_orm::DbErr) -> AppError {
    AppError::internal(err)
}

impl From<AppError> for async_graphql::Error {
    fn from(err: AppError) -> Self {
        if let Some(cause) = &err.source {
            tracing::error!(error.code = %err.code, error.cause = ?cause, "internal error");
        }
        async_graphql::Error::new(err.message).extend_with(|_, ext| {
            ext.set("code", err.code.as_str());
            if let Some(field) = &err.field {
                ext.set("field", field.as_str());
            }
            if let Some(secs) = err.retry_after_secs {
                ext.set("retryAfter", secs);
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ext(err: async_graphql::Error) -> serde_json::Value {
        let server = err.into_server_error(async_graphql::Pos::default());
        serde_json::to_value(server).unwrap_or_default()
    }

    #[test]
    fn bad_input_carries_code_and_field() {
        let json = ext(AppError::bad_input("email", "not an email address").into());
        assert_eq!(json["extensions"]["code"], "BAD_USER_INPUT");
        assert_eq!(json["extensions"]["field"], "email");
        assert_eq!(json["message"], "not an email address");
    }

    #[test]
    fn internal_never_leaks_its_cause() {
        let json = ext(AppError::internal(anyhow::anyhow!(
            "password=hunter2 in connection string"
        ))
        .into());
        assert_eq!(json["extensions"]["code"], "INTERNAL");
        assert!(!json.to_string().contains("hunter2"));
    }

    #[test]
    fn rate_limited_says_when_to_retry() {
        let json = ext(AppError::rate_limited(42).into());
        assert_eq!(json["extensions"]["code"], "RATE_LIMITED");
        assert_eq!(json["extensions"]["retryAfter"], 42);
    }

    #[test]
    fn db_errors_become_internal() {
        let err: AppError = sea_orm::DbErr::Custom("boom".into()).into();
        assert_eq!(err.code(), ErrorCode::Internal);
        assert_eq!(err.message(), "internal server error");
    }
}
