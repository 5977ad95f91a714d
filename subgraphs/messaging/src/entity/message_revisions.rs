//! `message_revisions`: a message's earlier bodies, kept on each edit.

use sea_orm::entity::prelude::*;

/// One earlier body.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message_revisions")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The message.
    pub message_id: Uuid,
    /// The body before the edit.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// When it was replaced.
    pub created_at: DateTimeUtc,
}

/// Relations of `message_revisions`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
