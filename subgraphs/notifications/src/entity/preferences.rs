//! `notification_preferences`: a person's choice for one type and channel
//! (no row: the type's default).

use sea_orm::entity::prelude::*;

/// One choice.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_preferences")]
pub struct Model {
    /// The person.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// The notification type.
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: String,
    /// The channel.
    #[sea_orm(primary_key, auto_increment = false)]
    pub channel: String,
    /// On or off.
    pub enabled: bool,
}

/// Relations of `notification_preferences`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
