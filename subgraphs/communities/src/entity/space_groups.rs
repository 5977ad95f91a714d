//! `space_groups`: ordered groups the space list is arranged in.

use sea_orm::entity::prelude::*;

/// One row of `space_groups`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "space_groups")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The community.
    pub community_id: Uuid,
    /// Shown name.
    pub name: String,
    /// Order among the community's groups.
    pub position: i32,
    /// When it was made.
    pub created_at: DateTimeUtc,
}

/// Relations of `space_groups`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
