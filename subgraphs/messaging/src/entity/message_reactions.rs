//! `message_reactions`: emoji reactions on messages.

use sea_orm::entity::prelude::*;

/// One person's one emoji on one message.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message_reactions")]
pub struct Model {
    /// The message.
    #[sea_orm(primary_key, auto_increment = false)]
    pub message_id: Uuid,
    /// Who reacted.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// The emoji.
    #[sea_orm(primary_key, auto_increment = false)]
    pub emoji: String,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations of `message_reactions`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
