//! `processed_events`: which events each idempotent consumer has applied.

use sea_orm::entity::prelude::*;

/// One event applied by one consumer group.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "processed_events")]
pub struct Model {
    /// The consumer group that applied the event.
    #[sea_orm(primary_key, auto_increment = false)]
    pub consumer: String,
    /// The applied event's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: Uuid,
    /// When the event was applied.
    pub processed_at: DateTimeUtc,
}

/// `processed_events` has no relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
