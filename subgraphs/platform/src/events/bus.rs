//! [`EventBus`]: publish events and run consumer groups, in process or over
//! Redis Streams.

use std::{sync::Arc, time::Duration};

use sea_orm::DatabaseConnection;
use secrecy::ExposeSecret;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::{
    EventEnvelope, EventError, EventHandler, consumer::Worker, in_process::InProcessBus,
    is_valid_topic, streams::RedisBus,
};
use crate::config::{EventsConfig, RedisConfig};

/// Publishes domain events and runs consumer groups. Cheap to clone; every
/// clone is the same bus.
#[derive(Clone)]
pub struct EventBus {
    backend: Backend,
    config: EventsConfig,
}

#[derive(Clone)]
enum Backend {
    InProcess(Arc<InProcessBus>),
    Redis(Arc<RedisBus>),
}

impl std::fmt::Debug for EventBus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventBus")
            .field("backend", &self.backend_name())
            .finish_non_exhaustive()
    }
}

/// Settings of the Redis Streams backend.
#[derive(Debug, Clone)]
pub struct RedisBusOptions {
    /// Prepended to a topic to name its stream.
    pub key_prefix: String,
    /// How long an entry may stay unacknowledged before another consumer of
    /// the group takes it over. `None`: twice `backoff_max_ms`, at least 30 s.
    pub claim_idle: Option<Duration>,
    /// Longest wait of one blocking read.
    pub block: Duration,
    /// Entries read or reclaimed per command.
    pub batch: usize,
}

impl Default for RedisBusOptions {
    fn default() -> Self {
        Self {
            key_prefix: "stunxt:events:".to_owned(),
            claim_idle: None,
            block: Duration::from_secs(1),
            batch: 32,
        }
    }
}

impl EventBus {
    /// The in-process bus (single-node mode): nothing survives a restart.
    pub fn in_process(config: &EventsConfig) -> Self {
        Self {
            backend: Backend::InProcess(Arc::new(InProcessBus::default())),
            config: config.clone(),
        }
    }

    /// The Redis Streams bus at `url`, with default options.
    pub async fn redis(url: &str, config: &EventsConfig) -> Result<Self, EventError> {
        Self::redis_with_options(url, config, RedisBusOptions::default()).await
    }

    /// The Redis Streams bus at `url`.
    pub async fn redis_with_options(
        url: &str,
        config: &EventsConfig,
        options: RedisBusOptions,
    ) -> Result<Self, EventError> {
        let bus = RedisBus::connect(url, options).await?;
        Ok(Self {
            backend: Backend::Redis(Arc::new(bus)),
            config: config.clone(),
        })
    }

    /// Redis Streams when `redis.url` is set, otherwise in-process.
    pub async fn from_config(
        redis: &RedisConfig,
        events: &EventsConfig,
    ) -> Result<Self, EventError> {
        match &redis.url {
            Some(url) => {
                let options = RedisBusOptions {
                    key_prefix: format!("{}events:", redis.key_prefix),
                    ..RedisBusOptions::default()
                };
                Self::redis_with_options(url.expose_secret(), events, options).await
            }
            None => Ok(Self::in_process(events)),
        }
    }

    /// `"redis"` or `"in-process"`, for logs.
    pub fn backend_name(&self) -> &'static str {
        match self.backend {
            Backend::InProcess(_) => "in-process",
            Backend::Redis(_) => "redis",
        }
    }

    /// Publishes `envelope` to every group subscribed to its topic. Services
    /// do not call this: they [`enqueue`](super::enqueue) and the
    /// [`OutboxRelay`](super::OutboxRelay) publishes.
    pub async fn publish(&self, envelope: &EventEnvelope) -> Result<(), EventError> {
        if !is_valid_topic(&envelope.topic) {
            return Err(EventError::InvalidTopic(envelope.topic.clone()));
        }
        match &self.backend {
            Backend::InProcess(bus) => {
                bus.publish(envelope).await;
                Ok(())
            }
            Backend::Redis(bus) => bus.publish(envelope).await,
        }
    }

    /// Starts a consumer of `group` for `topics` and returns once it is
    /// registered, so events published afterwards reach it.
    ///
    /// Each event of those topics reaches one consumer of each group (start
    /// several consumers of a group to share its load). `db` is the consuming
    /// subgraph's database: [`Idempotent`](super::Idempotent) handlers apply
    /// events in it and dead letters are written to its `dead_letters`. The
    /// consumer stops when `shutdown` is cancelled or through the returned
    /// handle.
    pub async fn subscribe<H: EventHandler>(
        &self,
        group: &str,
        topics: &[&str],
        db: &DatabaseConnection,
        handler: H,
        shutdown: &CancellationToken,
    ) -> Result<ConsumerHandle, EventError> {
        if group.trim().is_empty() {
            return Err(EventError::InvalidSubscription("empty consumer group name"));
        }
        if topics.is_empty() {
            return Err(EventError::InvalidSubscription("no topics to subscribe to"));
        }
        let mut unique: Vec<String> = Vec::with_capacity(topics.len());
        for topic in topics {
            if !is_valid_topic(topic) {
                return Err(EventError::InvalidTopic((*topic).to_owned()));
            }
            if !unique.iter().any(|t| t == topic) {
                unique.push((*topic).to_owned());
            }
        }
        let worker = Arc::new(Worker {
            group: group.into(),
            db: db.clone(),
            handler: Arc::new(handler),
            config: self.config.clone(),
        });
        let token = shutdown.child_token();
        let task = match &self.backend {
            Backend::InProcess(bus) => bus.spawn_consumer(worker, &unique, token.clone()),
            Backend::Redis(bus) => bus.spawn_consumer(worker, &unique, token.clone()).await?,
        };
        Ok(ConsumerHandle { token, task })
    }
}

/// A running consumer. Dropping the handle leaves it running until the
/// shutdown token given to [`EventBus::subscribe`] is cancelled.
#[derive(Debug)]
pub struct ConsumerHandle {
    token: CancellationToken,
    task: JoinHandle<()>,
}

impl ConsumerHandle {
    /// Asks the consumer to stop after the delivery in progress.
    pub fn stop(&self) {
        self.token.cancel();
    }

    /// Stops the consumer and waits until it has.
    pub async fn shutdown(self) {
        self.token.cancel();
        if let Err(err) = self.task.await {
            tracing::error!(error = %err, "event consumer task failed");
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly.
mod tests {
    use std::sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    };

    use anyhow::anyhow;
    use sea_orm::{EntityTrait, TransactionTrait};
    use serde_json::json;
    use uuid::Uuid;

    use super::*;
    use crate::events::{
        Delivery, OutboxRelay, enqueue,
        entity::{dead_letter, processed_event},
        idempotent,
        testkit::{self, wait_until},
    };

    const WAIT: Duration = Duration::from_secs(10);

    fn config() -> EventsConfig {
        EventsConfig {
            max_attempts: 3,
            backoff_base_ms: 100,
            backoff_max_ms: 1_000,
            relay_interval_ms: 10,
        }
    }

    fn in_process() -> EventBus {
        EventBus::in_process(&config())
    }

    /// Runs `scenario` on a Redis bus with streams of its own, then deletes
    /// them; skipped without `STUNXT_TEST_REDIS_URL`.
    async fn with_redis<F, Fut>(test: &str, scenario: F)
    where
        F: FnOnce(EventBus) -> Fut,
        Fut: std::future::Future<Output = ()>,
    {
        let Some((url, prefix, bus)) = redis_bus(test).await else {
            return;
        };
        scenario(bus).await;
        testkit::delete_redis_keys(&url, &prefix).await;
    }

    /// A Redis bus with a key prefix of its own, with the URL and prefix
    /// (for clean-up); `None` when Redis tests are skipped.
    async fn redis_bus(test: &str) -> Option<(String, String, EventBus)> {
        let url = testkit::redis_url(test)?;
        let options = redis_options();
        let prefix = options.key_prefix.clone();
        let bus = EventBus::redis_with_options(&url, &config(), options)
            .await
            .unwrap();
        Some((url, prefix, bus))
    }

    /// Unique streams per test, so tests run in parallel on one Redis.
    fn redis_options() -> RedisBusOptions {
        RedisBusOptions {
            key_prefix: format!("stunxt-test:{}:", Uuid::new_v4()),
            claim_idle: Some(Duration::from_millis(500)),
            block: Duration::from_millis(200),
            ..RedisBusOptions::default()
        }
    }

    /// Records every delivery.
    #[derive(Clone, Default)]
    struct Recorder {
        deliveries: Arc<Mutex<Vec<(Uuid, u32, tokio::time::Instant)>>>,
    }

    impl Recorder {
        fn record(&self, delivery: &Delivery) {
            self.deliveries.lock().unwrap().push((
                delivery.event.id,
                delivery.attempt,
                tokio::time::Instant::now(),
            ));
        }

        fn ids(&self) -> Vec<Uuid> {
            self.deliveries
                .lock()
                .unwrap()
                .iter()
                .map(|d| d.0)
                .collect()
        }

        fn attempts(&self) -> Vec<(u32, tokio::time::Instant)> {
            self.deliveries
                .lock()
                .unwrap()
                .iter()
                .map(|d| (d.1, d.2))
                .collect()
        }

        fn count(&self) -> usize {
            self.deliveries.lock().unwrap().len()
        }
    }

    // --- Scenarios, run against each backend. ---

    async fn committed_events_are_relayed_once_and_rolled_back_ones_never(bus: EventBus) {
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let recorder = Recorder::default();
        let seen = recorder.clone();
        let consumer = bus
            .subscribe(
                "audit",
                &["communities.community.created"],
                &db,
                move |delivery: Delivery| {
                    let seen = seen.clone();
                    async move {
                        seen.record(&delivery);
                        Ok(())
                    }
                },
                &shutdown,
            )
            .await
            .unwrap();

        let rolled_back = EventEnvelope::new("communities.community.created", json!({ "n": 1 }));
        let txn = db.begin().await.unwrap();
        enqueue(&txn, &rolled_back).await.unwrap();
        txn.rollback().await.unwrap();

        let committed = EventEnvelope::new("communities.community.created", json!({ "n": 2 }));
        let txn = db.begin().await.unwrap();
        enqueue(&txn, &committed).await.unwrap();
        txn.commit().await.unwrap();

        let relay = OutboxRelay::new(db.clone(), bus.clone(), &config());
        assert_eq!(relay.relay_once().await.unwrap(), 1);
        assert_eq!(relay.relay_once().await.unwrap(), 0);

        wait_until("the committed event is delivered", WAIT, || async {
            recorder.count() >= 1
        })
        .await;
        // A marker published after it arrives after it, so by then any
        // duplicate would have arrived too.
        let marker = EventEnvelope::new("communities.community.created", json!({ "marker": true }));
        bus.publish(&marker).await.unwrap();
        wait_until("the marker is delivered", WAIT, || async {
            recorder.ids().contains(&marker.id)
        })
        .await;
        assert_eq!(recorder.ids(), vec![committed.id, marker.id]);
        consumer.shutdown().await;
    }

    async fn failing_handler_is_retried_with_backoff(bus: EventBus) {
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let recorder = Recorder::default();
        let seen = recorder.clone();
        let _consumer = bus
            .subscribe(
                "digest",
                &["communities.member.joined"],
                &db,
                move |delivery: Delivery| {
                    let seen = seen.clone();
                    async move {
                        seen.record(&delivery);
                        if delivery.attempt < 3 {
                            return Err(anyhow!("mail server down"));
                        }
                        Ok(())
                    }
                },
                &shutdown,
            )
            .await
            .unwrap();

        let event = EventEnvelope::new("communities.member.joined", json!({}));
        bus.publish(&event).await.unwrap();
        wait_until("the third attempt succeeds", WAIT, || async {
            recorder.count() >= 3
        })
        .await;

        let attempts = recorder.attempts();
        assert_eq!(
            attempts.iter().map(|a| a.0).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
        let base = Duration::from_millis(config().backoff_base_ms);
        assert!(attempts[1].1 - attempts[0].1 >= base, "{attempts:?}");
        assert!(attempts[2].1 - attempts[1].1 >= base * 2, "{attempts:?}");
        assert!(
            dead_letter::Entity::find()
                .all(&db)
                .await
                .unwrap()
                .is_empty()
        );

        // Nothing more arrives: a marker is the next delivery.
        let marker = EventEnvelope::new("communities.member.joined", json!({}));
        bus.publish(&marker).await.unwrap();
        wait_until("the marker is delivered", WAIT, || async {
            recorder.ids().contains(&marker.id)
        })
        .await;
        assert_eq!(recorder.count(), 4);
        shutdown.cancel();
    }

    async fn always_failing_handler_is_dead_lettered(bus: EventBus) {
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let _consumer = bus
            .subscribe(
                "digest",
                &["communities.member.joined"],
                &db,
                move |_: Delivery| {
                    let counter = counter.clone();
                    async move {
                        counter.fetch_add(1, Ordering::SeqCst);
                        Err::<(), _>(anyhow!("template missing"))
                    }
                },
                &shutdown,
            )
            .await
            .unwrap();

        let event = EventEnvelope::new("communities.member.joined", json!({ "user": 7 }));
        bus.publish(&event).await.unwrap();
        wait_until("the event is dead-lettered", WAIT, || async {
            !dead_letter::Entity::find()
                .all(&db)
                .await
                .unwrap()
                .is_empty()
        })
        .await;

        let letters = dead_letter::Entity::find().all(&db).await.unwrap();
        assert_eq!(letters.len(), 1);
        assert_eq!(letters[0].consumer, "digest");
        assert_eq!(letters[0].event_id, event.id);
        assert_eq!(letters[0].topic, "communities.member.joined");
        assert_eq!(letters[0].attempts, 3);
        assert_eq!(letters[0].error, "template missing");
        let stored: EventEnvelope = serde_json::from_value(letters[0].envelope.clone()).unwrap();
        assert_eq!(stored, event);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        shutdown.cancel();
    }

    async fn duplicate_delivery_is_applied_once(bus: EventBus) {
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let deliveries = Arc::new(AtomicUsize::new(0));
        let applied = Arc::new(AtomicUsize::new(0));
        let handler = {
            let applied = applied.clone();
            idempotent(move |_txn, _event| {
                let applied = applied.clone();
                Box::pin(async move {
                    applied.fetch_add(1, Ordering::SeqCst);
                    Ok(())
                })
            })
        };
        let handler = Arc::new(handler);
        let counted = deliveries.clone();
        let _consumer = bus
            .subscribe(
                "search",
                &["discussions.post.created"],
                &db,
                move |delivery: Delivery| {
                    let handler = handler.clone();
                    let counted = counted.clone();
                    async move {
                        let result = handler.handle(delivery).await;
                        counted.fetch_add(1, Ordering::SeqCst);
                        result
                    }
                },
                &shutdown,
            )
            .await
            .unwrap();

        let event = EventEnvelope::new("discussions.post.created", json!({}));
        bus.publish(&event).await.unwrap();
        bus.publish(&event).await.unwrap();
        wait_until("both deliveries are handled", WAIT, || async {
            deliveries.load(Ordering::SeqCst) >= 2
        })
        .await;
        assert_eq!(applied.load(Ordering::SeqCst), 1);
        let processed = processed_event::Entity::find().all(&db).await.unwrap();
        assert_eq!(processed.len(), 1);
        assert_eq!(processed[0].consumer, "search");
        assert_eq!(processed[0].event_id, event.id);
        shutdown.cancel();
    }

    async fn every_group_gets_each_event_and_a_group_shares_its_load(bus: EventBus) {
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let subscribe = |group: &'static str, recorder: Recorder| {
            let bus = bus.clone();
            let db = db.clone();
            let shutdown = shutdown.clone();
            async move {
                bus.subscribe(
                    group,
                    &["identity.user.created", "identity.user.deleted"],
                    &db,
                    move |delivery: Delivery| {
                        let recorder = recorder.clone();
                        async move {
                            recorder.record(&delivery);
                            Ok(())
                        }
                    },
                    &shutdown,
                )
                .await
                .unwrap()
            }
        };
        let (a1, a2, b) = (
            Recorder::default(),
            Recorder::default(),
            Recorder::default(),
        );
        let _a1 = subscribe("notifications", a1.clone()).await;
        let _a2 = subscribe("notifications", a2.clone()).await;
        let _b = subscribe("directory", b.clone()).await;

        let mut published = Vec::new();
        for i in 0..10 {
            let topic = if i % 2 == 0 {
                "identity.user.created"
            } else {
                "identity.user.deleted"
            };
            let event = EventEnvelope::new(topic, json!({ "i": i }));
            bus.publish(&event).await.unwrap();
            published.push(event.id);
        }
        bus.publish(&EventEnvelope::new("identity.session.created", json!({})))
            .await
            .unwrap();

        wait_until("both groups see all events", WAIT, || async {
            b.count() >= 10 && a1.count() + a2.count() >= 10
        })
        .await;
        let mut group_a: Vec<Uuid> = a1.ids().into_iter().chain(a2.ids()).collect();
        group_a.sort();
        let mut group_b = b.ids();
        group_b.sort();
        published.sort();
        assert_eq!(group_a, published);
        assert_eq!(group_b, published);
        shutdown.cancel();
    }

    #[tokio::test]
    async fn in_process_relays_committed_events_once() {
        committed_events_are_relayed_once_and_rolled_back_ones_never(in_process()).await;
    }

    #[tokio::test]
    async fn in_process_retries_with_backoff() {
        failing_handler_is_retried_with_backoff(in_process()).await;
    }

    #[tokio::test]
    async fn in_process_dead_letters_after_max_attempts() {
        always_failing_handler_is_dead_lettered(in_process()).await;
    }

    #[tokio::test]
    async fn in_process_applies_duplicates_once() {
        duplicate_delivery_is_applied_once(in_process()).await;
    }

    #[tokio::test]
    async fn in_process_fans_out_to_groups() {
        every_group_gets_each_event_and_a_group_shares_its_load(in_process()).await;
    }

    #[tokio::test]
    async fn redis_relays_committed_events_once() {
        with_redis(
            "redis_relays_committed_events_once",
            committed_events_are_relayed_once_and_rolled_back_ones_never,
        )
        .await;
    }

    #[tokio::test]
    async fn redis_retries_with_backoff() {
        with_redis(
            "redis_retries_with_backoff",
            failing_handler_is_retried_with_backoff,
        )
        .await;
    }

    #[tokio::test]
    async fn redis_dead_letters_after_max_attempts() {
        with_redis(
            "redis_dead_letters_after_max_attempts",
            always_failing_handler_is_dead_lettered,
        )
        .await;
    }

    #[tokio::test]
    async fn redis_applies_duplicates_once() {
        with_redis(
            "redis_applies_duplicates_once",
            duplicate_delivery_is_applied_once,
        )
        .await;
    }

    #[tokio::test]
    async fn redis_fans_out_to_groups() {
        with_redis(
            "redis_fans_out_to_groups",
            every_group_gets_each_event_and_a_group_shares_its_load,
        )
        .await;
    }

    #[tokio::test]
    async fn redis_takes_over_events_a_crashed_consumer_left_pending() {
        let Some((url, prefix, bus)) =
            redis_bus("redis_takes_over_events_a_crashed_consumer_left_pending").await
        else {
            return;
        };
        let stream = format!("{prefix}communities.member.joined");
        let (_dir, db) = testkit::sqlite().await;

        // A consumer reads the event and dies without acknowledging it.
        let event = EventEnvelope::new("communities.member.joined", json!({}));
        bus.publish(&event).await.unwrap();
        let client = redis::Client::open(url.as_str()).unwrap();
        let mut conn = client.get_multiplexed_async_connection().await.unwrap();
        let () = redis::AsyncCommands::xgroup_create_mkstream(&mut conn, &stream, "digest", "0")
            .await
            .unwrap();
        let read: Option<redis::streams::StreamReadReply> = redis::AsyncCommands::xread_options(
            &mut conn,
            &[&stream],
            &[">"],
            &redis::streams::StreamReadOptions::default()
                .group("digest", "crashed")
                .count(1),
        )
        .await
        .unwrap();
        assert_eq!(read.unwrap().keys[0].ids.len(), 1);

        let recorder = Recorder::default();
        let seen = recorder.clone();
        let shutdown = CancellationToken::new();
        let _consumer = bus
            .subscribe(
                "digest",
                &["communities.member.joined"],
                &db,
                move |delivery: Delivery| {
                    let seen = seen.clone();
                    async move {
                        seen.record(&delivery);
                        Ok(())
                    }
                },
                &shutdown,
            )
            .await
            .unwrap();
        wait_until("the pending event is taken over", WAIT, || async {
            recorder.count() >= 1
        })
        .await;
        // Second delivery of the entry, as counted by XPENDING.
        assert_eq!(recorder.attempts()[0].0, 2);
        assert_eq!(recorder.ids(), vec![event.id]);
        wait_until("the event is acknowledged", WAIT, || async {
            let pending: redis::streams::StreamPendingReply =
                redis::AsyncCommands::xpending(&mut conn.clone(), &stream, "digest")
                    .await
                    .unwrap();
            pending.count() == 0
        })
        .await;
        shutdown.cancel();
        testkit::delete_redis_keys(&url, &prefix).await;
    }

    #[tokio::test]
    async fn redis_consumer_leaves_its_group_when_stopped_with_nothing_pending() {
        let Some((url, prefix, bus)) =
            redis_bus("redis_consumer_leaves_its_group_when_stopped_with_nothing_pending").await
        else {
            return;
        };
        let stream = format!("{prefix}communities.member.joined");
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let consumer = bus
            .subscribe(
                "digest",
                &["communities.member.joined"],
                &db,
                |_: Delivery| async { Ok(()) },
                &shutdown,
            )
            .await
            .unwrap();
        let conn = redis::Client::open(url.as_str())
            .unwrap()
            .get_multiplexed_async_connection()
            .await
            .unwrap();
        let consumers = || {
            let mut conn = conn.clone();
            let stream = stream.clone();
            async move {
                let info: redis::streams::StreamInfoConsumersReply =
                    redis::AsyncCommands::xinfo_consumers(&mut conn, &stream, "digest")
                        .await
                        .unwrap();
                info.consumers.len()
            }
        };
        // A consumer joins the group when it is first handed an entry.
        bus.publish(&EventEnvelope::new("communities.member.joined", json!({})))
            .await
            .unwrap();
        wait_until("the consumer joins its group", WAIT, || async {
            consumers().await == 1
        })
        .await;
        consumer.shutdown().await;
        assert_eq!(consumers().await, 0);
        testkit::delete_redis_keys(&url, &prefix).await;
    }

    #[tokio::test]
    async fn malformed_topics_and_subscriptions_are_refused() {
        let bus = in_process();
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let handler = |_: Delivery| async { Ok(()) };
        assert!(matches!(
            bus.publish(&EventEnvelope::new("nope", json!({}))).await,
            Err(EventError::InvalidTopic(_))
        ));
        assert!(matches!(
            bus.subscribe("g", &[], &db, handler, &shutdown).await,
            Err(EventError::InvalidSubscription(_))
        ));
        assert!(matches!(
            bus.subscribe(" ", &["a.b.c"], &db, handler, &shutdown)
                .await,
            Err(EventError::InvalidSubscription(_))
        ));
        assert!(matches!(
            bus.subscribe("g", &["a.b"], &db, handler, &shutdown).await,
            Err(EventError::InvalidTopic(_))
        ));
    }

    #[tokio::test]
    async fn a_stopped_consumer_receives_nothing_more() {
        let bus = in_process();
        let (_dir, db) = testkit::sqlite().await;
        let shutdown = CancellationToken::new();
        let recorder = Recorder::default();
        let seen = recorder.clone();
        let consumer = bus
            .subscribe(
                "audit",
                &["identity.user.created"],
                &db,
                move |delivery: Delivery| {
                    let seen = seen.clone();
                    async move {
                        seen.record(&delivery);
                        Ok(())
                    }
                },
                &shutdown,
            )
            .await
            .unwrap();
        consumer.shutdown().await;
        bus.publish(&EventEnvelope::new("identity.user.created", json!({})))
            .await
            .unwrap();
        assert_eq!(recorder.count(), 0);
    }
}
