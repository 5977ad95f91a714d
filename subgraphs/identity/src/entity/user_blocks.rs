//! `user_blocks`: who blocked whom. Other subgraphs keep a copy from the
//! `identity.user.blocked` and `identity.user.unblocked` events.

use sea_orm::entity::prelude::*;

/// One block.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_blocks")]
pub struct Model {
    /// Who blocked.
    #[sea_orm(primary_key, auto_increment = false)]
    pub blocker_id: Uuid,
    /// Who is blocked.
    #[sea_orm(primary_key, auto_increment = false)]
    pub blocked_id: Uuid,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations of `user_blocks`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
