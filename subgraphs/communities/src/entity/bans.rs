//! `bans`: people banned from a community, until `expires_at` if set.

use sea_orm::entity::prelude::*;

/// One row of `bans`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "bans")]
pub struct Model {
    /// The community.
    #[sea_orm(primary_key, auto_increment = false)]
    pub community_id: Uuid,
    /// Who is banned.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// Why.
    pub reason: Option<String>,
    /// Who banned them.
    pub banned_by: Uuid,
    /// When the ban ends; never if unset.
    pub expires_at: Option<DateTimeUtc>,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations of `bans`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
