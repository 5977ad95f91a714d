//! `user_settings`: the privacy settings messaging follows, copied from
//! identity's `identity.user.updated` events. No row: identity's defaults.

use sea_orm::entity::prelude::*;

/// One user's settings.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_settings")]
pub struct Model {
    /// The user.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// Who may start a conversation with them: `everyone`,
    /// `community_members`, `connections` or `nobody`.
    pub message_permission: String,
    /// Whether they send read receipts.
    pub send_read_receipts: bool,
}

/// Relations of `user_settings`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
