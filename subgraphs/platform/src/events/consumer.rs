//! What consumers implement ([`EventHandler`], or a transactional closure
//! wrapped by [`idempotent`]) and the delivery rules both bus backends share:
//! retries with exponential backoff, then a dead letter.

use std::{any::Any, future::Future, panic::AssertUnwindSafe, sync::Arc, time::Duration};

use anyhow::anyhow;
use async_trait::async_trait;
use chrono::Utc;
use futures::{FutureExt, future::BoxFuture};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait, TryInsertResult,
};
use uuid::Uuid;

use super::{
    EventEnvelope,
    entity::{dead_letter, processed_event},
};
use crate::{config::EventsConfig, ids::new_id};

/// One delivery of an event to a consumer group.
#[derive(Clone)]
pub struct Delivery {
    /// The event.
    pub event: EventEnvelope,
    /// The consumer group it is delivered to.
    pub consumer: Arc<str>,
    /// 1 for the first delivery, then 2, 3, … up to `max_attempts`.
    pub attempt: u32,
    /// The consuming subgraph's database.
    pub db: DatabaseConnection,
}

impl std::fmt::Debug for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Delivery")
            .field("event", &self.event)
            .field("consumer", &self.consumer)
            .field("attempt", &self.attempt)
            .finish_non_exhaustive()
    }
}

/// Handles the events of one consumer group. An `Err` asks for a retry; a
/// panic counts as an `Err`.
///
/// Implemented for `Fn(Delivery) -> impl Future<Output = anyhow::Result<()>>`
/// closures and for [`Idempotent`] handlers.
#[async_trait]
pub trait EventHandler: Send + Sync + 'static {
    /// Applies one delivery. Deliveries are at least once: the same event can
    /// arrive again after it was handled.
    async fn handle(&self, delivery: Delivery) -> anyhow::Result<()>;
}

#[async_trait]
impl<F, Fut> EventHandler for F
where
    F: Fn(Delivery) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send,
{
    async fn handle(&self, delivery: Delivery) -> anyhow::Result<()> {
        self(delivery).await
    }
}

/// A handler that applies each event once per consumer group, in a
/// transaction on the consumer's database. Built by [`idempotent`].
pub struct Idempotent<F>(F);

/// Wraps a transactional handler so that each event is applied once per
/// consumer group: see [`apply_once`].
///
/// ```text
/// idempotent(|txn, event| Box::pin(async move { notify(txn, event).await }))
/// ```
pub fn idempotent<F>(apply: F) -> Idempotent<F>
where
    F: for<'c> Fn(&'c DatabaseTransaction, &'c EventEnvelope) -> BoxFuture<'c, anyhow::Result<()>>
        + Send
        + Sync
        + 'static,
{
    Idempotent(apply)
}

#[async_trait]
impl<F> EventHandler for Idempotent<F>
where
    F: for<'c> Fn(&'c DatabaseTransaction, &'c EventEnvelope) -> BoxFuture<'c, anyhow::Result<()>>
        + Send
        + Sync
        + 'static,
{
    async fn handle(&self, delivery: Delivery) -> anyhow::Result<()> {
        apply_once(&delivery.db, &delivery.consumer, &delivery.event, &self.0)
            .await
            .map(|_| ())
    }
}

/// Runs `apply` in a transaction on `db` that first records `(consumer,
/// event.id)` in `processed_events`. When the pair is already there the event
/// was applied before: nothing runs and the result is `Ok(false)`. When
/// `apply` fails the transaction, record included, is rolled back, so a later
/// delivery tries again. `Ok(true)` means the event was applied now.
pub async fn apply_once<F>(
    db: &DatabaseConnection,
    consumer: &str,
    event: &EventEnvelope,
    apply: F,
) -> anyhow::Result<bool>
where
    F: for<'c> FnOnce(
        &'c DatabaseTransaction,
        &'c EventEnvelope,
    ) -> BoxFuture<'c, anyhow::Result<()>>,
{
    let txn = db.begin().await?;
    // On PostgreSQL a concurrent delivery of the same event waits here for
    // this transaction and then finds the row, so it is applied once even
    // when two consumers race.
    let inserted = processed_event::Entity::insert(processed_event::ActiveModel {
        consumer: Set(consumer.to_owned()),
        event_id: Set(event.id),
        processed_at: Set(Utc::now()),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(&txn)
    .await?;
    if !matches!(inserted, TryInsertResult::Inserted(n) if n > 0) {
        txn.rollback().await?;
        tracing::debug!(
            consumer,
            event.id = %event.id,
            event.topic = %event.topic,
            "event already processed; skipped"
        );
        return Ok(false);
    }
    if let Err(err) = apply(&txn, event).await {
        txn.rollback().await?;
        return Err(err);
    }
    txn.commit().await?;
    Ok(true)
}

/// What to do with a delivery after it was handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Handled or dead-lettered: acknowledge it.
    Done,
    /// Failed: deliver it again after this delay.
    RetryAfter(Duration),
}

/// Runs a consumer group's handler under the retry and dead-letter rules.
pub(crate) struct Worker {
    pub(crate) group: Arc<str>,
    pub(crate) db: DatabaseConnection,
    pub(crate) handler: Arc<dyn EventHandler>,
    pub(crate) config: EventsConfig,
}

impl Worker {
    /// Delivers `event` for the `attempt`-th time.
    pub(crate) async fn process(&self, event: &EventEnvelope, attempt: u32) -> Outcome {
        let max_attempts = self.config.max_attempts.max(1);
        if attempt > max_attempts {
            // A delivery that was never acknowledged (the consumer died while
            // handling it) and has now used up its attempts.
            let error = format!("abandoned after {} unacknowledged deliveries", attempt - 1);
            return self
                .dead_letter(
                    event.id,
                    &event.topic,
                    envelope_json(event),
                    &error,
                    attempt - 1,
                )
                .await;
        }
        let delivery = Delivery {
            event: event.clone(),
            consumer: self.group.clone(),
            attempt,
            db: self.db.clone(),
        };
        let result = AssertUnwindSafe(self.handler.handle(delivery))
            .catch_unwind()
            .await;
        let err = match result {
            Ok(Ok(())) => {
                tracing::debug!(
                    consumer = %self.group,
                    event.id = %event.id,
                    event.topic = %event.topic,
                    attempt,
                    "event handled"
                );
                return Outcome::Done;
            }
            Ok(Err(err)) => err,
            Err(panic) => anyhow!("event handler panicked: {}", panic_message(&*panic)),
        };
        let error = format!("{err:#}");
        if attempt >= max_attempts {
            return self
                .dead_letter(
                    event.id,
                    &event.topic,
                    envelope_json(event),
                    &error,
                    attempt,
                )
                .await;
        }
        let delay = backoff(&self.config, attempt);
        tracing::warn!(
            consumer = %self.group,
            event.id = %event.id,
            event.topic = %event.topic,
            attempt,
            retry_in_ms = delay.as_millis() as u64,
            error = %error,
            "event handler failed; will retry"
        );
        Outcome::RetryAfter(delay)
    }

    /// Dead-letters a message that is not a valid envelope: retrying cannot
    /// help it.
    pub(crate) async fn reject_malformed(&self, topic: &str, raw: &str, error: &str) -> Outcome {
        self.dead_letter(
            Uuid::nil(),
            topic,
            serde_json::Value::String(raw.to_owned()),
            &format!("malformed event envelope: {error}"),
            1,
        )
        .await
    }

    async fn dead_letter(
        &self,
        event_id: Uuid,
        topic: &str,
        envelope: serde_json::Value,
        error: &str,
        attempts: u32,
    ) -> Outcome {
        match self
            .write_dead_letter(event_id, topic, envelope, error, attempts)
            .await
        {
            Ok(()) => {
                tracing::error!(
                    consumer = %self.group,
                    event.id = %event_id,
                    event.topic = %topic,
                    attempts,
                    error,
                    "event dead-lettered"
                );
                Outcome::Done
            }
            Err(db_err) => {
                // Keep the delivery: it will be dead-lettered on a later
                // attempt once the database answers again.
                tracing::error!(
                    consumer = %self.group,
                    event.id = %event_id,
                    event.topic = %topic,
                    error = %db_err,
                    "could not write dead letter; will retry"
                );
                Outcome::RetryAfter(Duration::from_millis(self.config.backoff_max_ms))
            }
        }
    }

    async fn write_dead_letter(
        &self,
        event_id: Uuid,
        topic: &str,
        envelope: serde_json::Value,
        error: &str,
        attempts: u32,
    ) -> Result<(), sea_orm::DbErr> {
        // A dead letter written just before a crash or a lost acknowledgement
        // comes back once more; keep one row per event and consumer.
        if !event_id.is_nil() {
            let existing = dead_letter::Entity::find()
                .filter(dead_letter::Column::Consumer.eq(&*self.group))
                .filter(dead_letter::Column::EventId.eq(event_id))
                .one(&self.db)
                .await?;
            if existing.is_some() {
                return Ok(());
            }
        }
        dead_letter::Entity::insert(dead_letter::ActiveModel {
            id: Set(new_id()),
            consumer: Set(self.group.to_string()),
            event_id: Set(event_id),
            topic: Set(topic.to_owned()),
            envelope: Set(envelope),
            error: Set(error.to_owned()),
            attempts: Set(i32::try_from(attempts).unwrap_or(i32::MAX)),
            failed_at: Set(Utc::now()),
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(())
    }
}

/// The delay before the delivery that follows failed attempt `attempt`
/// (1-based): `backoff_base_ms`, doubling with each attempt, at most
/// `backoff_max_ms`.
pub(crate) fn backoff(config: &EventsConfig, attempt: u32) -> Duration {
    let doublings = attempt.saturating_sub(1).min(32);
    let ms = config
        .backoff_base_ms
        .saturating_mul(1u64 << doublings)
        .min(config.backoff_max_ms);
    Duration::from_millis(ms)
}

fn envelope_json(event: &EventEnvelope) -> serde_json::Value {
    serde_json::to_value(event).unwrap_or(serde_json::Value::Null)
}

fn panic_message(panic: &(dyn Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("non-string panic payload")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly.
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use sea_orm::{ConnectionTrait, Statement};
    use serde_json::json;

    use super::*;
    use crate::events::testkit;

    fn config() -> EventsConfig {
        EventsConfig {
            max_attempts: 3,
            backoff_base_ms: 100,
            backoff_max_ms: 350,
            relay_interval_ms: 10,
        }
    }

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        let config = config();
        let ms = |attempt| backoff(&config, attempt).as_millis();
        assert_eq!(ms(1), 100);
        assert_eq!(ms(2), 200);
        assert_eq!(ms(3), 350);
        assert_eq!(ms(40), 350);
    }

    /// Creates a `notes` table the test handlers write to.
    async fn notes_table(db: &DatabaseConnection) {
        db.execute_unprepared("CREATE TABLE notes (id TEXT PRIMARY KEY)")
            .await
            .unwrap();
    }

    async fn note_count(db: &DatabaseConnection) -> i64 {
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM notes",
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get("", "n").unwrap()
    }

    fn write_note<'c>(
        txn: &'c DatabaseTransaction,
        event: &'c EventEnvelope,
    ) -> BoxFuture<'c, anyhow::Result<()>> {
        Box::pin(async move {
            txn.execute_raw(Statement::from_sql_and_values(
                txn.get_database_backend(),
                "INSERT INTO notes (id) VALUES (?)",
                [event.id.to_string().into()],
            ))
            .await?;
            Ok(())
        })
    }

    fn write_nothing<'c>(
        txn: &'c DatabaseTransaction,
        _event: &'c EventEnvelope,
    ) -> BoxFuture<'c, anyhow::Result<()>> {
        Box::pin(async move {
            txn.execute_unprepared("SELECT 1").await?;
            Ok(())
        })
    }

    fn write_then_fail<'c>(
        txn: &'c DatabaseTransaction,
        event: &'c EventEnvelope,
    ) -> BoxFuture<'c, anyhow::Result<()>> {
        Box::pin(async move {
            write_note(txn, event).await?;
            Err(anyhow!("mail server down"))
        })
    }

    #[tokio::test]
    async fn apply_once_applies_a_redelivered_event_once() {
        let (_dir, db) = testkit::sqlite().await;
        notes_table(&db).await;
        let event = EventEnvelope::new("communities.member.joined", json!({}));

        assert!(apply_once(&db, "digest", &event, write_note).await.unwrap());
        assert!(!apply_once(&db, "digest", &event, write_note).await.unwrap());
        assert_eq!(note_count(&db).await, 1);

        // Another consumer group applies it independently.
        assert!(
            apply_once(&db, "search", &event, write_nothing)
                .await
                .unwrap()
        );
        let processed = processed_event::Entity::find().all(&db).await.unwrap();
        assert_eq!(processed.len(), 2);
    }

    #[tokio::test]
    async fn apply_once_rolls_back_the_record_when_the_handler_fails() {
        let (_dir, db) = testkit::sqlite().await;
        notes_table(&db).await;
        let event = EventEnvelope::new("communities.member.joined", json!({}));

        let err = apply_once(&db, "digest", &event, write_then_fail)
            .await
            .unwrap_err();
        assert_eq!(err.to_string(), "mail server down");
        assert_eq!(note_count(&db).await, 0);
        assert!(
            processed_event::Entity::find()
                .all(&db)
                .await
                .unwrap()
                .is_empty()
        );

        assert!(apply_once(&db, "digest", &event, write_note).await.unwrap());
        assert_eq!(note_count(&db).await, 1);
    }

    #[tokio::test]
    async fn worker_retries_then_dead_letters_after_max_attempts() {
        let (_dir, db) = testkit::sqlite().await;
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let worker = Worker {
            group: "digest".into(),
            db: db.clone(),
            handler: Arc::new(move |_: Delivery| {
                let counter = counter.clone();
                async move {
                    counter.fetch_add(1, Ordering::SeqCst);
                    Err::<(), _>(anyhow!("template missing"))
                }
            }),
            config: config(),
        };
        let event = EventEnvelope::new("communities.member.joined", json!({}));

        assert_eq!(
            worker.process(&event, 1).await,
            Outcome::RetryAfter(Duration::from_millis(100))
        );
        assert_eq!(
            worker.process(&event, 2).await,
            Outcome::RetryAfter(Duration::from_millis(200))
        );
        assert_eq!(worker.process(&event, 3).await, Outcome::Done);
        assert_eq!(calls.load(Ordering::SeqCst), 3);

        let letters = dead_letter::Entity::find().all(&db).await.unwrap();
        assert_eq!(letters.len(), 1);
        assert_eq!(letters[0].event_id, event.id);
        assert_eq!(letters[0].consumer, "digest");
        assert_eq!(letters[0].attempts, 3);
        assert_eq!(letters[0].error, "template missing");

        // Delivered again after a lost acknowledgement: no second row, and
        // the handler is not run past its attempts.
        assert_eq!(worker.process(&event, 4).await, Outcome::Done);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        assert_eq!(dead_letter::Entity::find().all(&db).await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn a_panicking_handler_counts_as_a_failure() {
        let (_dir, db) = testkit::sqlite().await;
        let worker = Worker {
            group: "digest".into(),
            db: db.clone(),
            handler: Arc::new(|_: Delivery| async move {
                if true {
                    panic!("index out of bounds");
                }
                Ok(())
            }),
            config: EventsConfig {
                max_attempts: 1,
                ..config()
            },
        };
        let event = EventEnvelope::new("communities.member.joined", json!({}));
        assert_eq!(worker.process(&event, 1).await, Outcome::Done);
        let letters = dead_letter::Entity::find().all(&db).await.unwrap();
        assert_eq!(
            letters[0].error,
            "event handler panicked: index out of bounds"
        );
    }

    #[tokio::test]
    async fn malformed_messages_are_dead_lettered_with_their_raw_text() {
        let (_dir, db) = testkit::sqlite().await;
        let worker = Worker {
            group: "digest".into(),
            db: db.clone(),
            handler: Arc::new(|_: Delivery| async move { Ok(()) }),
            config: config(),
        };
        assert_eq!(
            worker
                .reject_malformed("communities.member.joined", "{not json", "expected value")
                .await,
            Outcome::Done
        );
        let letters = dead_letter::Entity::find().all(&db).await.unwrap();
        assert_eq!(letters[0].event_id, Uuid::nil());
        assert_eq!(letters[0].envelope, json!("{not json"));
    }
}
