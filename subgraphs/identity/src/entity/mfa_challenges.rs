//! `mfa_challenges`: a password accepted for an account with a second
//! factor, waiting for the code (five minutes, five attempts).

use sea_orm::entity::prelude::*;

/// One pending second-factor sign-in.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mfa_challenges")]
pub struct Model {
    /// SHA-256 (hex) of the challenge token.
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    /// Who is signing in.
    pub user_id: Uuid,
    /// The signing-in client's user agent.
    pub user_agent: Option<String>,
    /// Its address.
    pub ip: Option<String>,
    /// The device name it gave.
    pub device_name: Option<String>,
    /// Wrong codes so far.
    pub attempts: i32,
    /// When the password was accepted.
    pub created_at: DateTimeUtc,
    /// When the challenge lapses.
    pub expires_at: DateTimeUtc,
    /// When it was completed (or spent by too many wrong codes).
    pub used_at: Option<DateTimeUtc>,
}

/// Relations of `mfa_challenges`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
