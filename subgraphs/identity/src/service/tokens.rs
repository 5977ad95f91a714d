//! Single-use tokens mailed to users: 256 random bits, stored as a SHA-256
//! hash, valid for one purpose until they expire or are used. Issuing a
//! token retires the user's earlier unused tokens of the same purpose, so
//! only the newest link works.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::Expr};
use uuid::Uuid;

use super::sessions::{hash_token, new_secret};
use crate::{entity::account_tokens, error::IdentityError};

/// What a token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Proves the account's email address (24 h).
    VerifyEmail,
    /// Sets a new password without the old one (1 h).
    ResetPassword,
    /// Moves the account to a new address, proving it (24 h).
    ChangeEmail,
}

impl Purpose {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::VerifyEmail => "verify_email",
            Self::ResetPassword => "reset_password",
            Self::ChangeEmail => "change_email",
        }
    }

    /// How long a token works.
    pub fn ttl(self) -> Duration {
        match self {
            Self::VerifyEmail | Self::ChangeEmail => Duration::hours(24),
            Self::ResetPassword => Duration::hours(1),
        }
    }

    fn parse(raw: &str) -> Option<Self> {
        [Self::VerifyEmail, Self::ResetPassword, Self::ChangeEmail]
            .into_iter()
            .find(|p| p.as_str() == raw)
    }
}

/// A token that was just used.
#[derive(Debug, Clone)]
pub struct UsedToken {
    /// Its user.
    pub user_id: Uuid,
    /// What it was for.
    pub purpose: Purpose,
    /// The address it was mailed to.
    pub email: String,
}

/// Issues a token of `purpose` for `user`, mailed to `email`; returns the
/// token (to put in the mail) and when it expires.
pub async fn issue<C: ConnectionTrait>(
    db: &C,
    user: Uuid,
    purpose: Purpose,
    email: &str,
) -> Result<(String, DateTime<Utc>), IdentityError> {
    let now = Utc::now();
    account_tokens::Entity::update_many()
        .col_expr(account_tokens::Column::UsedAt, Expr::value(now))
        .filter(account_tokens::Column::UserId.eq(user))
        .filter(account_tokens::Column::Purpose.eq(purpose.as_str()))
        .filter(account_tokens::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    let token = new_secret();
    let expires_at = now + purpose.ttl();
    account_tokens::Entity::insert(account_tokens::ActiveModel::from(account_tokens::Model {
        token_hash: hash_token(&token),
        user_id: user,
        purpose: purpose.as_str().to_owned(),
        email: email.to_owned(),
        created_at: now,
        expires_at,
        used_at: None,
    }))
    .exec_without_returning(db)
    .await?;
    Ok((token, expires_at))
}

/// Uses `token` if it is one of `purposes`, unused and unexpired; a token
/// works once, even under concurrent use. Anything else is
/// [`IdentityError::InvalidToken`].
pub async fn consume<C: ConnectionTrait>(
    db: &C,
    token: &str,
    purposes: &[Purpose],
) -> Result<UsedToken, IdentityError> {
    let hash = hash_token(token.trim());
    let now = Utc::now();
    let found = account_tokens::Entity::find_by_id(hash.clone())
        .one(db)
        .await?
        .ok_or(IdentityError::InvalidToken)?;
    let purpose = Purpose::parse(&found.purpose).ok_or(IdentityError::InvalidToken)?;
    if !purposes.contains(&purpose) || found.used_at.is_some() || found.expires_at <= now {
        return Err(IdentityError::InvalidToken);
    }
    let used = account_tokens::Entity::update_many()
        .col_expr(account_tokens::Column::UsedAt, Expr::value(now))
        .filter(account_tokens::Column::TokenHash.eq(hash))
        .filter(account_tokens::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if used.rows_affected != 1 {
        return Err(IdentityError::InvalidToken);
    }
    Ok(UsedToken {
        user_id: found.user_id,
        purpose,
        email: found.email,
    })
}
