//! Domain events: a transactional outbox, a relay, an event bus (in-process or
//! Redis Streams) and idempotent consumers with retries and dead letters.
//!
//! Topics read `<subgraph>.<entity>.<verb>`, e.g. `communities.member.joined`.
//! Delivery is at least once, so consumers must be idempotent; [`idempotent`]
//! makes a handler transactional and applies each event once per consumer
//! group.
//!
//! # Producing
//!
//! A service writes the event with [`enqueue`] inside the transaction that
//! makes the change, so the event exists exactly when the change does:
//!
//! ```text
//! let txn = db.begin().await?;
//! let community = community::ActiveModel { .. }.insert(&txn).await?;
//! events::enqueue(
//!     &txn,
//!     &EventEnvelope::new("communities.community.created", json!({ "id": community.id }))
//!         .actor(viewer.id)
//!         .community(community.id),
//! )
//! .await?;
//! txn.commit().await?;
//! ```
//!
//! Each subgraph runs an [`OutboxRelay`] that publishes pending rows to the
//! [`EventBus`] in id order and marks them published.
//!
//! # Consuming
//!
//! ```text
//! let consumer = bus
//!     .subscribe(
//!         "notifications",
//!         &["communities.member.joined"],
//!         &db,
//!         events::idempotent(|txn, event| {
//!             Box::pin(async move { notify_member_joined(txn, event).await })
//!         }),
//!         &shutdown,
//!     )
//!     .await?;
//! ```
//!
//! A handler that returns an error is retried after `backoff_base_ms`,
//! doubling up to `backoff_max_ms`; after `max_attempts` deliveries the event
//! is written to the consumer's `dead_letters` table and acknowledged.
//!
//! # Backends
//!
//! - In-process (no `redis.url`): per consumer a bounded queue; groups with
//!   several consumers are served round-robin. Nothing survives a restart, and
//!   events published before a group first subscribes are not delivered to
//!   it, so consumers start before relays.
//! - Redis Streams: one stream per topic, `<prefix><topic>` (default prefix
//!   `stunxt:events:`), capped at about [`STREAM_MAX_LEN`] entries; each entry
//!   has one field, `envelope`, the JSON envelope. Every consumer group is a
//!   Redis consumer group on each stream it subscribes to, created from the
//!   start of the stream (`XGROUP CREATE … 0 MKSTREAM`), so a new group also
//!   receives the events the stream still holds. Each running consumer reads
//!   with `XREADGROUP` under its own name, acknowledges with `XACK`, retries
//!   failures itself (re-claiming the entry with `XCLAIM` so the delivery
//!   count in `XPENDING` counts attempts), and takes over entries left
//!   unacknowledged longer than the claim timeout by a stopped or crashed
//!   consumer with `XAUTOCLAIM`, reading their delivery count from
//!   `XPENDING`.

mod bus;
mod consumer;
pub mod entity;
mod in_process;
mod relay;
mod streams;
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly.
mod testkit;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use uuid::Uuid;

pub use self::{
    bus::{ConsumerHandle, EventBus, RedisBusOptions},
    consumer::{Delivery, EventHandler, Idempotent, apply_once, idempotent},
    relay::OutboxRelay,
    streams::STREAM_MAX_LEN,
};
use crate::ids::new_id;

/// One domain event as it travels from the outbox to consumers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventEnvelope {
    /// Unique, time-ordered id; consumers deduplicate on it.
    pub id: Uuid,
    /// `<subgraph>.<entity>.<verb>`, e.g. `communities.community.created`.
    pub topic: String,
    /// When the change happened.
    pub occurred_at: DateTime<Utc>,
    /// The user who caused the change, if any.
    pub actor_id: Option<Uuid>,
    /// The community the change belongs to, if any.
    pub community_id: Option<Uuid>,
    /// Topic-specific data.
    pub payload: serde_json::Value,
}

impl EventEnvelope {
    /// A new event on `topic`, with a fresh id, occurring now.
    pub fn new(topic: impl Into<String>, payload: serde_json::Value) -> Self {
        Self {
            id: new_id(),
            topic: topic.into(),
            occurred_at: Utc::now(),
            actor_id: None,
            community_id: None,
            payload,
        }
    }

    /// Sets the user who caused the change.
    pub fn actor(mut self, actor_id: Uuid) -> Self {
        self.actor_id = Some(actor_id);
        self
    }

    /// Sets the community the change belongs to.
    pub fn community(mut self, community_id: Uuid) -> Self {
        self.community_id = Some(community_id);
        self
    }

    /// Decodes the payload into the topic's payload type.
    pub fn payload_as<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        T::deserialize(&self.payload)
    }
}

/// Whether `topic` reads `<subgraph>.<entity>.<verb>`: three non-empty,
/// dot-separated segments of lowercase ASCII letters, digits and `_`.
pub fn is_valid_topic(topic: &str) -> bool {
    let segments: Vec<&str> = topic.split('.').collect();
    segments.len() == 3
        && segments.iter().all(|segment| {
            !segment.is_empty()
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        })
}

/// Writes `envelope` to the outbox through `conn`. Call it with the
/// transaction that makes the change, so the event is published if and only
/// if the transaction commits.
///
/// Fails with [`DbErr::Custom`] when the topic is not
/// `<subgraph>.<entity>.<verb>`.
pub async fn enqueue<C: ConnectionTrait>(conn: &C, envelope: &EventEnvelope) -> Result<(), DbErr> {
    if !is_valid_topic(&envelope.topic) {
        return Err(DbErr::Custom(format!(
            "invalid event topic {:?}: expected <subgraph>.<entity>.<verb>",
            envelope.topic
        )));
    }
    let json = serde_json::to_value(envelope)
        .map_err(|err| DbErr::Custom(format!("encoding event envelope: {err}")))?;
    entity::outbox::Entity::insert(entity::outbox::ActiveModel {
        id: Set(envelope.id),
        topic: Set(envelope.topic.clone()),
        envelope: Set(json),
        created_at: Set(Utc::now()),
        published_at: Set(None),
        attempts: Set(0),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Why publishing, subscribing or relaying failed.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// Redis refused a command or could not be reached.
    #[error("event bus: redis error: {0}")]
    Redis(#[from] redis::RedisError),
    /// The database refused a query.
    #[error("event bus: database error: {0}")]
    Db(#[from] DbErr),
    /// An envelope could not be encoded or decoded.
    #[error("event bus: malformed event envelope: {0}")]
    Json(#[from] serde_json::Error),
    /// A topic does not read `<subgraph>.<entity>.<verb>`.
    #[error("event bus: invalid topic {0:?}")]
    InvalidTopic(String),
    /// A subscription was asked for with no topics or an empty group name.
    #[error("event bus: {0}")]
    InvalidSubscription(&'static str),
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly.
mod tests {
    use sea_orm::{EntityTrait, TransactionTrait};
    use serde_json::json;

    use super::*;

    #[test]
    fn envelope_json_is_camel_case_and_round_trips() {
        let actor = new_id();
        let community = new_id();
        let envelope =
            EventEnvelope::new("communities.community.created", json!({ "name": "Rust" }))
                .actor(actor)
                .community(community);
        let json = serde_json::to_value(&envelope).unwrap();
        assert_eq!(json["topic"], "communities.community.created");
        assert_eq!(json["actorId"], actor.to_string());
        assert_eq!(json["communityId"], community.to_string());
        assert!(json.get("occurredAt").is_some());
        assert_eq!(envelope.id.get_version_num(), 7);
        let back: EventEnvelope = serde_json::from_value(json).unwrap();
        assert_eq!(back, envelope);

        #[derive(Deserialize)]
        struct Created {
            name: String,
        }
        assert_eq!(envelope.payload_as::<Created>().unwrap().name, "Rust");
    }

    #[test]
    fn topics_have_three_lowercase_segments() {
        assert!(is_valid_topic("communities.community.created"));
        assert!(is_valid_topic("ai.moderation_item.flagged"));
        assert!(!is_valid_topic("communities.created"));
        assert!(!is_valid_topic("communities..created"));
        assert!(!is_valid_topic("Communities.community.created"));
        assert!(!is_valid_topic("communities.community.created.now"));
        assert!(!is_valid_topic("communities.community.cre ated"));
    }

    #[tokio::test]
    async fn enqueue_writes_the_envelope_in_the_callers_transaction() {
        let (_dir, db) = testkit::sqlite().await;
        let envelope = EventEnvelope::new("communities.community.created", json!({ "n": 1 }));

        let txn = db.begin().await.unwrap();
        enqueue(&txn, &envelope).await.unwrap();
        txn.rollback().await.unwrap();
        assert!(
            entity::outbox::Entity::find()
                .all(&db)
                .await
                .unwrap()
                .is_empty()
        );

        let txn = db.begin().await.unwrap();
        enqueue(&txn, &envelope).await.unwrap();
        txn.commit().await.unwrap();
        let rows = entity::outbox::Entity::find().all(&db).await.unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].id, envelope.id);
        assert_eq!(rows[0].topic, envelope.topic);
        assert_eq!(rows[0].published_at, None);
        let stored: EventEnvelope = serde_json::from_value(rows[0].envelope.clone()).unwrap();
        assert_eq!(stored, envelope);
    }

    #[tokio::test]
    async fn enqueue_refuses_a_malformed_topic() {
        let (_dir, db) = testkit::sqlite().await;
        let err = enqueue(&db, &EventEnvelope::new("community-created", json!({})))
            .await
            .unwrap_err();
        assert!(err.to_string().contains("invalid event topic"), "{err}");
        assert!(
            entity::outbox::Entity::find()
                .all(&db)
                .await
                .unwrap()
                .is_empty()
        );
    }
}
