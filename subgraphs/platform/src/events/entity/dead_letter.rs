//! `dead_letters`: events a consumer gave up on after its last attempt, kept
//! for inspection and manual replay.

use sea_orm::entity::prelude::*;

/// One event a consumer group could not handle.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "dead_letters")]
pub struct Model {
    /// Id of this dead letter.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The consumer group that gave up.
    pub consumer: String,
    /// The event's id (nil when the message could not even be decoded).
    pub event_id: Uuid,
    /// The event's topic.
    pub topic: String,
    /// The event as received: the envelope, or the raw message as a JSON
    /// string when it could not be decoded.
    #[sea_orm(column_type = "JsonBinary")]
    pub envelope: Json,
    /// The last error, with its chain of causes.
    #[sea_orm(column_type = "Text")]
    pub error: String,
    /// Deliveries made before giving up.
    pub attempts: i32,
    /// When the consumer gave up.
    pub failed_at: DateTimeUtc,
}

/// `dead_letters` has no relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
