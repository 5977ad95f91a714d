//! The Redis Streams bus. Layout and delivery rules are described in the
//! [`events`](super) module documentation.

use std::{sync::Arc, time::Duration};

use redis::{
    AsyncCommands, RedisError,
    streams::{
        StreamAutoClaimOptions, StreamAutoClaimReply, StreamClaimReply, StreamId, StreamMaxlen,
        StreamPendingCountReply, StreamReadOptions, StreamReadReply,
    },
};
use tokio::{task::JoinHandle, time::Instant};
use tokio_util::sync::CancellationToken;

use super::{
    EventEnvelope, EventError,
    bus::RedisBusOptions,
    consumer::{Outcome, Worker},
};
use crate::{ids::new_id, redis_link::RedisLink};

/// Approximate number of entries each topic stream keeps (`XADD … MAXLEN ~`).
/// Older entries are trimmed even when a slow group has not read them yet.
pub const STREAM_MAX_LEN: usize = 100_000;

/// The stream entry field holding the JSON envelope.
const ENVELOPE_FIELD: &str = "envelope";

/// `XAUTOCLAIM` pages taken per stream in one reclaim round.
const RECLAIM_PAGES: usize = 10;

/// Longest pause after a failed read before reading again.
const MAX_READ_BACKOFF: Duration = Duration::from_secs(5);

/// A connection to the Redis Streams bus.
pub(crate) struct RedisBus {
    client: redis::Client,
    conn: RedisLink,
    options: RedisBusOptions,
}

impl RedisBus {
    /// Connects to `url`.
    pub(crate) async fn connect(url: &str, options: RedisBusOptions) -> Result<Self, EventError> {
        let client = redis::Client::open(url)?;
        let conn = RedisLink::over(client.clone()).await?;
        Ok(Self {
            client,
            conn,
            options,
        })
    }

    fn key(&self, topic: &str) -> String {
        format!("{}{topic}", self.options.key_prefix)
    }

    /// Appends `envelope` to its topic's stream.
    pub(crate) async fn publish(&self, envelope: &EventEnvelope) -> Result<(), EventError> {
        let json = serde_json::to_string(envelope)?;
        let mut conn = self.conn.clone();
        let _: Option<String> = conn
            .xadd_maxlen(
                self.key(&envelope.topic),
                StreamMaxlen::Approx(STREAM_MAX_LEN),
                "*",
                &[(ENVELOPE_FIELD, json)],
            )
            .await?;
        Ok(())
    }

    /// Creates `worker.group` on the streams of `topics` and starts a
    /// consumer of it.
    pub(crate) async fn spawn_consumer(
        self: &Arc<Self>,
        worker: Arc<Worker>,
        topics: &[String],
        token: CancellationToken,
    ) -> Result<JoinHandle<()>, EventError> {
        let keys: Vec<String> = topics.iter().map(|topic| self.key(topic)).collect();
        ensure_groups(&mut self.conn.clone(), &keys, &worker.group).await?;
        // Blocking reads hold their connection, so each consumer reads on its
        // own; acknowledgements and claims share the bus connection.
        // A read blocks for up to `block`; its answer may take that long.
        let reader = RedisLink::with_response_timeout(
            self.client.clone(),
            self.options.block + crate::redis_link::RESPONSE_TIMEOUT,
        )
        .await?;
        let claim_idle = self
            .options
            .claim_idle
            .unwrap_or_else(|| default_claim_idle(worker.config.backoff_max_ms));
        let consumer = Arc::new(StreamConsumer {
            bus: self.clone(),
            reader,
            name: format!("consumer-{}", new_id()),
            keys,
            claim_idle,
            worker,
            token,
        });
        Ok(tokio::spawn(consumer.run()))
    }
}

/// How long an entry may stay unacknowledged before another consumer takes
/// it over: well beyond the longest retry backoff, so that entries a live
/// consumer is about to retry are left to it.
fn default_claim_idle(backoff_max_ms: u64) -> Duration {
    Duration::from_millis(backoff_max_ms.saturating_mul(2)).max(Duration::from_secs(30))
}

async fn ensure_groups(
    conn: &mut RedisLink,
    keys: &[String],
    group: &str,
) -> Result<(), RedisError> {
    for key in keys {
        // From `0`: a group created after events were published still
        // receives the ones the stream holds.
        let created: Result<(), RedisError> = conn.xgroup_create_mkstream(key, group, "0").await;
        match created {
            Ok(()) => {}
            Err(err) if err.code() == Some("BUSYGROUP") => {}
            Err(err) => return Err(err),
        }
    }
    Ok(())
}

/// One running member of a consumer group.
struct StreamConsumer {
    bus: Arc<RedisBus>,
    reader: RedisLink,
    name: String,
    keys: Vec<String>,
    claim_idle: Duration,
    worker: Arc<Worker>,
    token: CancellationToken,
}

impl StreamConsumer {
    async fn run(self: Arc<Self>) {
        tracing::info!(
            consumer = %self.worker.group,
            consumer.name = %self.name,
            streams = ?self.keys,
            backend = "redis",
            "event consumer started"
        );
        let reclaim_every = (self.claim_idle / 2).max(Duration::from_millis(50));
        let block = self.bus.options.block.min(reclaim_every);
        let options = StreamReadOptions::default()
            .group(&*self.worker.group, &self.name)
            .count(self.bus.options.batch)
            .block(usize::try_from(block.as_millis()).unwrap_or(usize::MAX));
        let newest: Vec<&str> = vec![">"; self.keys.len()];
        let mut next_reclaim = Instant::now();
        let mut failures: u32 = 0;
        while !self.token.is_cancelled() {
            if Instant::now() >= next_reclaim {
                if let Err(err) = self.reclaim().await {
                    tracing::warn!(consumer = %self.worker.group, error = %err, "reclaiming stale events failed");
                }
                next_reclaim = Instant::now() + reclaim_every;
            }
            let mut reader = self.reader.clone();
            let read: Result<Option<StreamReadReply>, RedisError> = tokio::select! {
                () = self.token.cancelled() => break,
                read = reader.xread_options(&self.keys, &newest, &options) => read,
            };
            match read {
                Ok(reply) => {
                    failures = 0;
                    for stream in reply.map(|reply| reply.keys).unwrap_or_default() {
                        for entry in stream.ids {
                            self.deliver(&stream.key, entry, 1).await;
                        }
                    }
                }
                Err(err) => {
                    failures = failures.saturating_add(1);
                    tracing::warn!(consumer = %self.worker.group, error = %err, "reading events failed; will retry");
                    if err.code() == Some("NOGROUP") {
                        // The stream or group was deleted (e.g. Redis was
                        // flushed); recreate them.
                        let _ = ensure_groups(
                            &mut self.bus.conn.clone(),
                            &self.keys,
                            &self.worker.group,
                        )
                        .await;
                    }
                    let pause =
                        Duration::from_millis(100u64 << failures.min(6)).min(MAX_READ_BACKOFF);
                    tokio::select! {
                        () = self.token.cancelled() => break,
                        () = tokio::time::sleep(pause) => {}
                    }
                }
            }
        }
        self.retire().await;
        tracing::info!(consumer = %self.worker.group, consumer.name = %self.name, backend = "redis", "event consumer stopped");
    }

    /// Handles one entry and acknowledges it, or schedules its retry.
    async fn deliver(self: &Arc<Self>, key: &str, entry: StreamId, attempt: u32) {
        match self.handle(key, &entry, attempt).await {
            Outcome::Done => self.ack(key, &entry.id).await,
            Outcome::RetryAfter(delay) => {
                tokio::spawn(self.clone().retry(key.to_owned(), entry.id, delay));
            }
        }
    }

    async fn handle(&self, key: &str, entry: &StreamId, attempt: u32) -> Outcome {
        let topic = key
            .strip_prefix(&self.bus.options.key_prefix)
            .unwrap_or(key);
        let Some(raw) = entry.get::<String>(ENVELOPE_FIELD) else {
            return self
                .worker
                .reject_malformed(topic, "", "no envelope field")
                .await;
        };
        match serde_json::from_str::<EventEnvelope>(&raw) {
            Ok(event) => self.worker.process(&event, attempt).await,
            Err(err) => {
                self.worker
                    .reject_malformed(topic, &raw, &err.to_string())
                    .await
            }
        }
    }

    /// Delivers a failed entry again after `delay`, for as long as it fails
    /// and has attempts left. The entry stays pending meanwhile, so if this
    /// consumer stops, another one takes it over with `XAUTOCLAIM`.
    async fn retry(self: Arc<Self>, key: String, id: String, mut delay: Duration) {
        loop {
            tokio::select! {
                () = self.token.cancelled() => return,
                () = tokio::time::sleep(delay) => {}
            }
            // Claiming bumps the delivery count, which then counts attempts.
            // Requiring `delay` of idleness makes the claim a no-op when
            // another consumer took the entry over meanwhile (its claim reset
            // the idle time).
            let min_idle = usize::try_from(delay.as_millis()).unwrap_or(usize::MAX);
            let claimed: Result<StreamClaimReply, RedisError> = self
                .bus
                .conn
                .clone()
                .xclaim(&key, &*self.worker.group, &self.name, min_idle, &[&id])
                .await;
            let entry = match claimed {
                Ok(reply) => match reply.ids.into_iter().next() {
                    Some(entry) => entry,
                    None => {
                        tracing::debug!(consumer = %self.worker.group, entry.id = %id, "entry acknowledged, trimmed or taken over; retry dropped");
                        return;
                    }
                },
                Err(err) => {
                    tracing::warn!(consumer = %self.worker.group, entry.id = %id, error = %err, "claiming event for retry failed; will retry");
                    continue;
                }
            };
            let attempt = match self.delivery_count(&key, &id).await {
                Some(count) => count,
                None => continue,
            };
            match self.handle(&key, &entry, attempt).await {
                Outcome::Done => {
                    self.ack(&key, &id).await;
                    return;
                }
                Outcome::RetryAfter(next) => delay = next,
            }
        }
    }

    /// Takes over entries left unacknowledged longer than `claim_idle`, by
    /// this or a stopped consumer, and delivers them again.
    async fn reclaim(self: &Arc<Self>) -> Result<(), RedisError> {
        let min_idle = usize::try_from(self.claim_idle.as_millis()).unwrap_or(usize::MAX);
        for key in &self.keys {
            let mut start = "0-0".to_owned();
            for _ in 0..RECLAIM_PAGES {
                let reply: StreamAutoClaimReply = self
                    .bus
                    .conn
                    .clone()
                    .xautoclaim_options(
                        key,
                        &*self.worker.group,
                        &self.name,
                        min_idle,
                        &start,
                        StreamAutoClaimOptions::default().count(self.bus.options.batch),
                    )
                    .await?;
                for entry in reply.claimed {
                    if self.token.is_cancelled() {
                        // Left pending under this consumer: the next
                        // reclaim, here or elsewhere, picks it up.
                        return Ok(());
                    }
                    let Some(attempt) = self.delivery_count(key, &entry.id).await else {
                        continue;
                    };
                    tracing::info!(
                        consumer = %self.worker.group,
                        entry.id = %entry.id,
                        attempt,
                        "took over unacknowledged event"
                    );
                    self.deliver(key, entry, attempt).await;
                }
                if reply.next_stream_id == "0-0" {
                    break;
                }
                start = reply.next_stream_id;
            }
        }
        Ok(())
    }

    /// The entry's delivery count from `XPENDING`, or `None` when it is no
    /// longer pending (or Redis did not answer).
    async fn delivery_count(&self, key: &str, id: &str) -> Option<u32> {
        let pending: Result<StreamPendingCountReply, RedisError> = self
            .bus
            .conn
            .clone()
            .xpending_count(key, &*self.worker.group, id, id, 1)
            .await;
        match pending {
            Ok(reply) => reply
                .ids
                .first()
                .map(|entry| u32::try_from(entry.times_delivered).unwrap_or(u32::MAX)),
            Err(err) => {
                tracing::warn!(consumer = %self.worker.group, entry.id = %id, error = %err, "reading delivery count failed");
                None
            }
        }
    }

    async fn ack(&self, key: &str, id: &str) {
        let acked: Result<usize, RedisError> = self
            .bus
            .conn
            .clone()
            .xack(key, &*self.worker.group, &[id])
            .await;
        if let Err(err) = acked {
            // Left pending: delivered again after the claim timeout.
            tracing::warn!(consumer = %self.worker.group, entry.id = %id, error = %err, "acknowledging event failed");
        }
    }

    /// Removes this consumer from its group when it holds no pending entries,
    /// so stopped consumers do not pile up in `XINFO CONSUMERS`.
    async fn retire(&self) {
        let mut conn = self.bus.conn.clone();
        for key in &self.keys {
            let pending: Result<StreamPendingCountReply, RedisError> = conn
                .xpending_consumer_count(key, &*self.worker.group, "-", "+", 1, &self.name)
                .await;
            if !matches!(pending, Ok(reply) if reply.ids.is_empty()) {
                return;
            }
        }
        for key in &self.keys {
            let left: Result<usize, RedisError> = conn
                .xgroup_delconsumer(key, &*self.worker.group, &self.name)
                .await;
            if let Err(err) = left {
                tracing::debug!(consumer = %self.worker.group, error = %err, "leaving consumer group failed");
            }
        }
    }
}
