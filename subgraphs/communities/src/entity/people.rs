//! `people`: names of users, kept from identity's events, for member search.

use sea_orm::entity::prelude::*;

/// One row of `people`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "people")]
pub struct Model {
    /// The user.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// Their username.
    pub username: String,
    /// Their display name.
    pub display_name: String,
    /// Lower-cased username and name.
    pub search_text: String,
    /// Whether they verified their email address.
    pub email_verified: bool,
    /// Whether they have two-step sign-in.
    pub mfa_enabled: bool,
    /// When last updated.
    pub updated_at: DateTimeUtc,
}

/// Relations of `people`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
