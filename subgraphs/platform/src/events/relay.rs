//! [`OutboxRelay`]: publishes the outbox to the bus.

use std::time::Duration;

use chrono::Utc;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, TransactionTrait,
    sea_query::{Expr, LockBehavior, LockType},
};
use tokio::{task::JoinHandle, time::Instant};
use tokio_util::sync::CancellationToken;

use super::{EventBus, EventEnvelope, EventError, entity::outbox, is_valid_topic};
use crate::config::EventsConfig;

/// Rows published per round.
const DEFAULT_BATCH_SIZE: u64 = 100;

/// How long published rows are kept (for inspection) before being purged.
const RETENTION: chrono::TimeDelta = chrono::TimeDelta::days(7);

/// How often the running relay purges old published rows.
const PURGE_EVERY: Duration = Duration::from_secs(60 * 60);

/// Longest pause after failed rounds.
const MAX_ERROR_PAUSE: Duration = Duration::from_secs(30);

/// Publishes a subgraph's outbox to the bus: pending rows in id (= time)
/// order, each marked `published_at` once the bus has it. Delivery is at
/// least once: a crash between publishing and marking publishes again.
///
/// Several relays may share a PostgreSQL database: each round locks its rows
/// with `FOR UPDATE SKIP LOCKED`, so relays take disjoint batches (order is
/// then kept within a batch, not across relays). SQLite has one writer
/// process, so there a single relay runs per database.
#[derive(Debug)]
pub struct OutboxRelay {
    db: DatabaseConnection,
    bus: EventBus,
    batch_size: u64,
    interval: Duration,
}

impl OutboxRelay {
    /// A relay of `db`'s outbox to `bus`, polling every
    /// `config.relay_interval_ms`.
    pub fn new(db: DatabaseConnection, bus: EventBus, config: &EventsConfig) -> Self {
        Self {
            db,
            bus,
            batch_size: DEFAULT_BATCH_SIZE,
            interval: Duration::from_millis(config.relay_interval_ms.max(1)),
        }
    }

    /// Sets how many rows one round publishes at most.
    pub fn with_batch_size(mut self, batch_size: u64) -> Self {
        self.batch_size = batch_size.max(1);
        self
    }

    /// Publishes one batch of pending events and returns how many were
    /// published. On a bus failure the rows published so far stay marked,
    /// the failed row's `attempts` grows, and the error is returned; the rest
    /// waits for the next round so that order is kept.
    pub async fn relay_once(&self) -> Result<usize, EventError> {
        match self.db.get_database_backend() {
            DbBackend::Postgres => {
                let txn = self.db.begin().await?;
                let (published, failure) = self.relay_batch(&txn, true).await?;
                txn.commit().await?;
                failure.map_or(Ok(published), Err)
            }
            // No transaction: holding a SQLite read snapshot across the
            // publish would make the marking write fail whenever a service
            // committed meanwhile.
            _ => {
                let (published, failure) = self.relay_batch(&self.db, false).await?;
                failure.map_or(Ok(published), Err)
            }
        }
    }

    async fn relay_batch<C: ConnectionTrait>(
        &self,
        conn: &C,
        lock: bool,
    ) -> Result<(usize, Option<EventError>), EventError> {
        let mut query = outbox::Entity::find()
            .filter(outbox::Column::PublishedAt.is_null())
            .order_by_asc(outbox::Column::Id)
            .limit(self.batch_size);
        if lock {
            query = query.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
        }
        let rows = query.all(conn).await?;
        let mut done = Vec::with_capacity(rows.len());
        let mut published = 0;
        let mut failure = None;
        for row in rows {
            let envelope = match serde_json::from_value::<EventEnvelope>(row.envelope) {
                Ok(envelope) if is_valid_topic(&envelope.topic) => envelope,
                Ok(envelope) => {
                    tracing::error!(event.id = %row.id, event.topic = %envelope.topic, "outbox event has an invalid topic; skipped");
                    done.push(row.id);
                    continue;
                }
                Err(err) => {
                    // Retrying cannot fix it, and leaving it would hold up
                    // every later event.
                    tracing::error!(event.id = %row.id, error = %err, "outbox row is not an event envelope; skipped");
                    done.push(row.id);
                    continue;
                }
            };
            match self.bus.publish(&envelope).await {
                Ok(()) => {
                    tracing::debug!(event.id = %envelope.id, event.topic = %envelope.topic, "event published");
                    done.push(row.id);
                    published += 1;
                }
                Err(err) => {
                    outbox::Entity::update_many()
                        .col_expr(
                            outbox::Column::Attempts,
                            sea_orm::sea_query::ExprTrait::add(
                                Expr::col(outbox::Column::Attempts),
                                1,
                            ),
                        )
                        .filter(outbox::Column::Id.eq(row.id))
                        .exec(conn)
                        .await?;
                    failure = Some(err);
                    break;
                }
            }
        }
        if !done.is_empty() {
            outbox::Entity::update_many()
                .col_expr(outbox::Column::PublishedAt, Expr::value(Utc::now()))
                .filter(outbox::Column::Id.is_in(done))
                .exec(conn)
                .await?;
        }
        Ok((published, failure))
    }

    /// Deletes rows published before `older_than` ago; returns how many.
    pub async fn purge_published(&self, older_than: chrono::TimeDelta) -> Result<u64, EventError> {
        let cutoff = Utc::now() - older_than;
        let result = outbox::Entity::delete_many()
            .filter(outbox::Column::PublishedAt.lt(cutoff))
            .exec(&self.db)
            .await?;
        Ok(result.rows_affected)
    }

    /// Relays until `shutdown` is cancelled: a full batch is followed at once
    /// by the next, otherwise the relay waits `relay_interval_ms`; failures
    /// back off up to 30 s. Published rows older than 7 days are purged
    /// hourly.
    pub async fn run(self, shutdown: CancellationToken) {
        tracing::info!(backend = self.bus.backend_name(), "outbox relay started");
        let mut next_purge = Instant::now();
        let mut failures: u32 = 0;
        while !shutdown.is_cancelled() {
            let pause = match self.relay_once().await {
                Ok(published) => {
                    failures = 0;
                    if published as u64 >= self.batch_size {
                        Duration::ZERO
                    } else {
                        self.interval
                    }
                }
                Err(err) => {
                    failures = failures.saturating_add(1);
                    let pause = self
                        .interval
                        .saturating_mul(1 << failures.min(10))
                        .min(MAX_ERROR_PAUSE);
                    tracing::warn!(error = %err, retry_in_ms = pause.as_millis() as u64, "outbox relay failed; will retry");
                    pause
                }
            };
            if Instant::now() >= next_purge {
                match self.purge_published(RETENTION).await {
                    Ok(purged) if purged > 0 => {
                        tracing::info!(purged, "purged published outbox rows");
                    }
                    Ok(_) => {}
                    Err(err) => tracing::warn!(error = %err, "purging the outbox failed"),
                }
                next_purge = Instant::now() + PURGE_EVERY;
            }
            if !pause.is_zero() {
                tokio::select! {
                    () = shutdown.cancelled() => break,
                    () = tokio::time::sleep(pause) => {}
                }
            }
        }
        tracing::info!("outbox relay stopped");
    }

    /// Spawns [`OutboxRelay::run`] on the runtime.
    pub fn spawn(self, shutdown: CancellationToken) -> JoinHandle<()> {
        tokio::spawn(self.run(shutdown))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly.
mod tests {
    use std::{
        collections::HashSet,
        sync::{Arc, Mutex},
    };

    use sea_orm::{ActiveModelTrait, Set};
    use serde_json::json;
    use uuid::Uuid;

    use super::*;
    use crate::events::{
        Delivery, enqueue,
        testkit::{self, wait_until},
    };

    const WAIT: Duration = Duration::from_secs(10);

    fn config() -> EventsConfig {
        EventsConfig {
            relay_interval_ms: 10,
            ..EventsConfig::default()
        }
    }

    /// An in-process bus with a consumer recording every event id.
    async fn recording_bus(
        db: &DatabaseConnection,
        shutdown: &CancellationToken,
    ) -> (EventBus, Arc<Mutex<Vec<Uuid>>>) {
        let bus = EventBus::in_process(&config());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        bus.subscribe(
            "audit",
            &["communities.community.created"],
            db,
            move |delivery: Delivery| {
                let sink = sink.clone();
                async move {
                    sink.lock().unwrap().push(delivery.event.id);
                    Ok(())
                }
            },
            shutdown,
        )
        .await
        .unwrap();
        (bus, seen)
    }

    fn created(n: usize) -> EventEnvelope {
        EventEnvelope::new("communities.community.created", json!({ "n": n }))
    }

    #[tokio::test]
    async fn relays_in_id_order_in_batches_and_marks_rows_published() {
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let (bus, seen) = recording_bus(&db, &shutdown).await;
        let events: Vec<EventEnvelope> = (0..5).map(created).collect();
        for event in &events {
            enqueue(&db, event).await.unwrap();
        }

        let relay = OutboxRelay::new(db.clone(), bus, &config()).with_batch_size(3);
        assert_eq!(relay.relay_once().await.unwrap(), 3);
        assert_eq!(relay.relay_once().await.unwrap(), 2);
        assert_eq!(relay.relay_once().await.unwrap(), 0);

        let rows = outbox::Entity::find().all(&db).await.unwrap();
        assert!(rows.iter().all(|row| row.published_at.is_some()));
        let expected: Vec<Uuid> = events.iter().map(|e| e.id).collect();
        wait_until("all events are delivered", WAIT, || async {
            seen.lock().unwrap().len() >= 5
        })
        .await;
        assert_eq!(*seen.lock().unwrap(), expected);
        shutdown.cancel();
    }

    #[tokio::test]
    async fn malformed_rows_are_skipped_instead_of_blocking_the_outbox() {
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let (bus, seen) = recording_bus(&db, &shutdown).await;
        outbox::ActiveModel {
            id: Set(crate::ids::new_id()),
            topic: Set("communities.community.created".to_owned()),
            envelope: Set(json!({ "not": "an envelope" })),
            created_at: Set(Utc::now()),
            published_at: Set(None),
            attempts: Set(0),
        }
        .insert(&db)
        .await
        .unwrap();
        let good = created(1);
        enqueue(&db, &good).await.unwrap();

        let relay = OutboxRelay::new(db.clone(), bus, &config());
        assert_eq!(relay.relay_once().await.unwrap(), 1);
        assert_eq!(relay.relay_once().await.unwrap(), 0);
        wait_until("the valid event is delivered", WAIT, || async {
            !seen.lock().unwrap().is_empty()
        })
        .await;
        assert_eq!(*seen.lock().unwrap(), vec![good.id]);
        shutdown.cancel();
    }

    #[tokio::test]
    async fn purge_deletes_only_old_published_rows() {
        let (_dir, db) = testkit::sqlite().await;
        let bus = EventBus::in_process(&config());
        let (old, recent, pending) = (created(1), created(2), created(3));
        for event in [&old, &recent, &pending] {
            enqueue(&db, event).await.unwrap();
        }
        for (event, age) in [(&old, 8), (&recent, 1)] {
            outbox::ActiveModel {
                id: Set(event.id),
                published_at: Set(Some(Utc::now() - chrono::TimeDelta::days(age))),
                ..Default::default()
            }
            .update(&db)
            .await
            .unwrap();
        }

        let relay = OutboxRelay::new(db.clone(), bus, &config());
        assert_eq!(relay.purge_published(RETENTION).await.unwrap(), 1);
        let left: HashSet<Uuid> = outbox::Entity::find()
            .all(&db)
            .await
            .unwrap()
            .into_iter()
            .map(|row| row.id)
            .collect();
        assert_eq!(left, HashSet::from([recent.id, pending.id]));
    }

    #[tokio::test]
    async fn running_relay_publishes_new_events_and_stops_on_shutdown() {
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let (bus, seen) = recording_bus(&db, &shutdown).await;
        let relay_stop = CancellationToken::new();
        let task = OutboxRelay::new(db.clone(), bus, &config()).spawn(relay_stop.clone());

        let event = created(1);
        enqueue(&db, &event).await.unwrap();
        wait_until("the relay publishes the event", WAIT, || async {
            seen.lock().unwrap().contains(&event.id)
        })
        .await;
        relay_stop.cancel();
        tokio::time::timeout(WAIT, task).await.unwrap().unwrap();
        shutdown.cancel();
    }

    #[tokio::test]
    async fn postgres_rolled_back_enqueue_publishes_nothing() {
        let Some(pg) = testkit::postgres("postgres_rolled_back_enqueue_publishes_nothing").await
        else {
            return;
        };
        let shutdown = CancellationToken::new();
        let (bus, seen) = recording_bus(&pg.db, &shutdown).await;

        let txn = pg.db.begin().await.unwrap();
        enqueue(&txn, &created(1)).await.unwrap();
        txn.rollback().await.unwrap();
        let committed = created(2);
        let txn = pg.db.begin().await.unwrap();
        enqueue(&txn, &committed).await.unwrap();
        txn.commit().await.unwrap();

        let relay = OutboxRelay::new(pg.db.clone(), bus, &config());
        assert_eq!(relay.relay_once().await.unwrap(), 1);
        assert_eq!(relay.relay_once().await.unwrap(), 0);
        wait_until("the committed event is delivered", WAIT, || async {
            !seen.lock().unwrap().is_empty()
        })
        .await;
        assert_eq!(*seen.lock().unwrap(), vec![committed.id]);
        shutdown.cancel();
        pg.drop().await;
    }

    #[tokio::test]
    async fn postgres_concurrent_relays_publish_each_event_once() {
        let Some(pg) =
            testkit::postgres("postgres_concurrent_relays_publish_each_event_once").await
        else {
            return;
        };
        let shutdown = CancellationToken::new();
        let (bus, seen) = recording_bus(&pg.db, &shutdown).await;
        let events: Vec<EventEnvelope> = (0..60).map(created).collect();
        for event in &events {
            enqueue(&pg.db, event).await.unwrap();
        }

        let mut relays = Vec::new();
        for _ in 0..3 {
            let relay =
                OutboxRelay::new(pg.connect().await, bus.clone(), &config()).with_batch_size(4);
            relays.push(tokio::spawn(async move {
                let mut published = 0;
                loop {
                    match relay.relay_once().await.unwrap() {
                        0 => break published,
                        n => published += n,
                    }
                }
            }));
        }
        let mut total = 0;
        for relay in relays {
            total += relay.await.unwrap();
        }
        assert_eq!(total, events.len());

        wait_until("every event is delivered", WAIT, || async {
            seen.lock().unwrap().len() >= events.len()
        })
        .await;
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.len(), events.len(), "an event was published twice");
        let unique: HashSet<Uuid> = seen.into_iter().collect();
        assert_eq!(unique, events.iter().map(|e| e.id).collect::<HashSet<_>>());
        shutdown.cancel();
        pg.drop().await;
    }
}
