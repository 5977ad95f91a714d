//! `outbox`: events written in the same transaction as the change that caused
//! them, waiting for the relay to publish them.

use sea_orm::entity::prelude::*;

/// One event of the transactional outbox.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    /// The event id (UUIDv7, so ordering by id is ordering by time).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `<subgraph>.<entity>.<verb>`.
    pub topic: String,
    /// The whole [`EventEnvelope`](crate::events::EventEnvelope) as JSON.
    #[sea_orm(column_type = "JsonBinary")]
    pub envelope: Json,
    /// When the event was written.
    pub created_at: DateTimeUtc,
    /// When the relay handed the event to the bus; `NULL` while pending.
    pub published_at: Option<DateTimeUtc>,
    /// Failed attempts to publish the event.
    pub attempts: i32,
}

/// `outbox` has no relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
