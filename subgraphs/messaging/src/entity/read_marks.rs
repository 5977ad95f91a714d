//! `read_marks`: each time a participant's read position moved forward, and
//! when. A message was seen by whoever has a mark at or past it; the
//! earliest such mark is when. Only people who send read receipts leave
//! marks.

use sea_orm::entity::prelude::*;

/// One step of a participant's read position.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "read_marks")]
pub struct Model {
    /// The conversation.
    #[sea_orm(primary_key, auto_increment = false)]
    pub conversation_id: Uuid,
    /// The reader.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// The newest message read then.
    #[sea_orm(primary_key, auto_increment = false)]
    pub message_id: Uuid,
    /// When.
    pub read_at: DateTimeUtc,
}

/// Relations of `read_marks`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
