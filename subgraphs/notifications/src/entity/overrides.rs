//! `notification_overrides`: how much a person hears from one community or
//! space (`ALL`, `MENTIONS_ONLY`, `MUTED`).

use sea_orm::entity::prelude::*;

/// One override.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_overrides")]
pub struct Model {
    /// The person.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// The community or space.
    #[sea_orm(primary_key, auto_increment = false)]
    pub scope_id: Uuid,
    /// `COMMUNITY` or `SPACE`.
    pub scope: String,
    /// The community (itself, or the space's).
    pub community_id: Uuid,
    /// `ALL`, `MENTIONS_ONLY` or `MUTED`.
    pub level: String,
}

/// Relations of `notification_overrides`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
