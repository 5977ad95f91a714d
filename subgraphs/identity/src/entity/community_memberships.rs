//! `community_memberships`: who belongs to which community, as the
//! communities subgraph announced it.

use sea_orm::entity::prelude::*;

/// One membership.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "community_memberships")]
pub struct Model {
    /// The member.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// The community.
    #[sea_orm(primary_key, auto_increment = false)]
    pub community_id: Uuid,
}

/// Relations of `community_memberships`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
