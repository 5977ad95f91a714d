//! `push_devices`: where a person's pushes go, one per app install and
//! session.

use sea_orm::entity::prelude::*;

/// One device.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "push_devices")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Whose device.
    pub user_id: Uuid,
    /// The session that registered it.
    pub session_id: Option<Uuid>,
    /// The Expo push token.
    pub token: String,
    /// `IOS`, `ANDROID` or `WEB`.
    pub platform: String,
    /// When it was registered.
    pub created_at: DateTimeUtc,
    /// When it was last registered or pushed to.
    pub last_used_at: DateTimeUtc,
}

/// Relations of `push_devices`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
