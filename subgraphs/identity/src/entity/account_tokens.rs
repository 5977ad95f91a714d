//! `account_tokens`: single-use tokens mailed to users (email
//! verification, password reset, email change), stored hashed.

use sea_orm::entity::prelude::*;

/// One mailed token.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account_tokens")]
pub struct Model {
    /// SHA-256 (hex) of the token; the token itself is never stored.
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    /// Whose account it acts on.
    pub user_id: Uuid,
    /// What it is for (see `service::tokens::Purpose`).
    pub purpose: String,
    /// The address it was mailed to (for an email change, the new one).
    pub email: String,
    /// When it was issued.
    pub created_at: DateTimeUtc,
    /// When it stops working.
    pub expires_at: DateTimeUtc,
    /// When it was used (or superseded by a newer token).
    pub used_at: Option<DateTimeUtc>,
}

/// Relations of `account_tokens`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The token's user.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::UserId",
        to = "super::users::Column::Id",
        on_delete = "Cascade"
    )]
    User,
}

impl ActiveModelBehavior for ActiveModel {}
