//! `presence_settings`: who hides their online status, copied from
//! identity's `identity.user.updated` events. No row: shown.

use sea_orm::entity::prelude::*;

/// One user's setting.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "presence_settings")]
pub struct Model {
    /// The user.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// Whether others see when they are online.
    pub show_online_status: bool,
}

/// Relations of `presence_settings`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
