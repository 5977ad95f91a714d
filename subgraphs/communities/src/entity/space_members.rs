//! `space_members`: who belongs to a private or secret space.

use sea_orm::entity::prelude::*;

/// One row of `space_members`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "space_members")]
pub struct Model {
    /// The space.
    #[sea_orm(primary_key, auto_increment = false)]
    pub space_id: Uuid,
    /// The member.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// The space's community.
    pub community_id: Uuid,
    /// When they were added.
    pub added_at: DateTimeUtc,
}

/// Relations of `space_members`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
