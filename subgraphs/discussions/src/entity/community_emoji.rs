//! `community_emoji`: the emoji a community's members react with, when
//! its admins chose their own.

use sea_orm::entity::prelude::*;

/// One row of `community_emoji`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "community_emoji")]
pub struct Model {
    /// The community.
    #[sea_orm(primary_key, auto_increment = false)]
    pub community_id: Uuid,
    /// The emoji, in order (JSON array).
    pub emoji: String,
    /// Who chose them last.
    pub updated_by: Uuid,
    /// When.
    pub updated_at: DateTimeUtc,
}

/// Relations of `community_emoji`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
