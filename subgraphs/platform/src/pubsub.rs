//! Ephemeral fan-out for realtime delivery (typing, presence, live messages):
//! every subscriber of a channel receives what is published to it while it
//! is subscribed. Nothing is stored; a subscriber that falls behind skips
//! what it missed.
//!
//! Two backends behind one [`PubSub`]:
//! - in-process: a `tokio::sync::broadcast` channel per channel name;
//! - Redis pub/sub (when `redis.url` is set), fanning out across instances:
//!   channel `<name>` is Redis channel `<prefix><name>` (default prefix
//!   `stunxt:pubsub:`). Each `PubSub` publishes through a
//!   [`RedisLink`] and holds one RESP3 subscriber connection of its own, looked
//!   after by one task: it subscribes to a Redis channel while at least one
//!   local subscriber wants it, hands messages to the local subscribers
//!   through the same broadcast channels, notices a lost connection (closed
//!   socket, or a PING unanswered for two seconds) and reconnects with
//!   backoff, resubscribing to every channel still wanted. Messages
//!   published while it was away are not replayed: pub/sub is live only,
//!   and clients catch up from history.

use std::{
    collections::{HashMap, HashSet},
    pin::Pin,
    sync::{Arc, Mutex, PoisonError, Weak},
    task::{Context, Poll},
    time::Duration,
};

use bytes::Bytes;
use futures::{Stream, StreamExt, stream::BoxStream};
use redis::{
    AsyncCommands, AsyncConnectionConfig, Client, Msg, ProtocolVersion, PushInfo, PushKind,
    RedisError,
    aio::{MultiplexedConnection, SendError},
};
use secrecy::ExposeSecret;
use serde::Serialize;
use tokio::sync::{broadcast, mpsc, oneshot};

use crate::{
    config::RedisConfig,
    redis_link::{RedisLink, is_connection_error},
};

/// Messages a subscriber may lag behind before it skips the oldest.
const CHANNEL_CAPACITY: usize = 256;

/// Why publishing or subscribing failed.
#[derive(Debug, thiserror::Error)]
pub enum PubSubError {
    /// Redis refused a command or could not be reached.
    #[error("pubsub: redis error: {0}")]
    Redis(#[from] RedisError),
    /// A message could not be encoded as JSON.
    #[error("pubsub: could not encode message: {0}")]
    Json(#[from] serde_json::Error),
    /// The connection's subscription task has stopped.
    #[error("pubsub: subscription task stopped")]
    Closed,
    /// Redis did not answer in time (it is down or restarting).
    #[error("pubsub: redis did not answer in time")]
    Timeout,
}

/// How long a publish waits for Redis before it gives up.
const PUBLISH_TIMEOUT: Duration = Duration::from_secs(2);

/// How often the subscriber connection proves it is alive.
const SUBSCRIBER_PING: Duration = Duration::from_secs(10);

/// Longest pause between two attempts to reconnect the subscriber.
const MAX_RECONNECT_DELAY: Duration = Duration::from_secs(5);

/// Publishes to and subscribes to named channels. Cheap to clone; every clone
/// is the same hub.
#[derive(Clone)]
pub struct PubSub {
    inner: Arc<Inner>,
}

struct Inner {
    local: Arc<Local>,
    redis: Option<RedisBackend>,
}

impl std::fmt::Debug for PubSub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let backend = match self.inner.redis {
            Some(_) => "redis",
            None => "in-process",
        };
        f.debug_struct("PubSub")
            .field("backend", &backend)
            .finish_non_exhaustive()
    }
}

/// The broadcast channel of every channel name with local subscribers.
#[derive(Default)]
struct Local {
    channels: Mutex<HashMap<String, broadcast::Sender<Bytes>>>,
}

impl Local {
    fn subscribe(&self, channel: &str) -> broadcast::Receiver<Bytes> {
        let mut channels = self.channels.lock().unwrap_or_else(PoisonError::into_inner);
        channels
            .entry(channel.to_owned())
            .or_insert_with(|| broadcast::channel(CHANNEL_CAPACITY).0)
            .subscribe()
    }

    fn send(&self, channel: &str, message: Bytes) {
        let sender = self
            .channels
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(channel)
            .cloned();
        if let Some(sender) = sender {
            // Fails only when no one is subscribed any more.
            let _ = sender.send(message);
        }
    }

    /// Forgets `channel` when it has no receivers left; says whether it did.
    fn release(&self, channel: &str) -> bool {
        let mut channels = self.channels.lock().unwrap_or_else(PoisonError::into_inner);
        match channels.get(channel) {
            Some(sender) if sender.receiver_count() == 0 => {
                channels.remove(channel);
                true
            }
            _ => false,
        }
    }
}

struct RedisBackend {
    conn: RedisLink,
    prefix: String,
    commands: mpsc::UnboundedSender<Command>,
}

/// Subscription changes, applied in order by the subscriber task so that
/// an unsubscribe never overtakes a later subscribe of the same channel.
enum Command {
    Subscribe(String, oneshot::Sender<Result<(), RedisError>>),
    Unsubscribe(String),
}

impl PubSub {
    /// The in-process hub (single-node mode).
    pub fn in_process() -> Self {
        Self {
            inner: Arc::new(Inner {
                local: Arc::new(Local::default()),
                redis: None,
            }),
        }
    }

    /// Redis pub/sub at `url`, channels prefixed with `stunxt:pubsub:`.
    pub async fn redis(url: &str) -> Result<Self, PubSubError> {
        Self::redis_with_prefix(url, "stunxt:pubsub:").await
    }

    /// Redis pub/sub at `url`, channel names prefixed with `prefix`.
    pub async fn redis_with_prefix(url: &str, prefix: &str) -> Result<Self, PubSubError> {
        let mut info = redis::IntoConnectionInfo::into_connection_info(url)?;
        // RESP3 delivers subscribed messages as pushes on a multiplexed
        // connection.
        info.redis.protocol = ProtocolVersion::RESP3;
        let client = Client::open(info)?;
        let local = Arc::new(Local::default());
        let prefix = prefix.to_owned();
        let conn = RedisLink::over(client.clone()).await?;
        let (pushes, pushed) = mpsc::unbounded_channel();
        let mut subscriber = Subscriber {
            client,
            local: Arc::downgrade(&local),
            prefix: prefix.clone(),
            wanted: HashSet::new(),
            pushes,
            generation: 0,
        };
        // Connecting once up front makes a wrong URL fail here, not later.
        let first = subscriber.connect().await?;
        let (commands, queue) = mpsc::unbounded_channel();
        tokio::spawn(subscriber.run(first, pushed, queue));
        Ok(Self {
            inner: Arc::new(Inner {
                local,
                redis: Some(RedisBackend {
                    conn,
                    prefix,
                    commands,
                }),
            }),
        })
    }

    /// Redis pub/sub when `redis.url` is set, otherwise in-process.
    pub async fn from_config(config: &RedisConfig) -> Result<Self, PubSubError> {
        match &config.url {
            Some(url) => {
                let prefix = format!("{}pubsub:", config.key_prefix);
                Self::redis_with_prefix(url.expose_secret(), &prefix).await
            }
            None => Ok(Self::in_process()),
        }
    }

    /// Sends `message` to the current subscribers of `channel`, on every
    /// instance when Redis is used.
    pub async fn publish(
        &self,
        channel: &str,
        message: impl Into<Bytes>,
    ) -> Result<(), PubSubError> {
        let message = message.into();
        match &self.inner.redis {
            None => self.inner.local.send(channel, message),
            Some(redis) => {
                let mut conn = redis.conn.clone();
                let published = conn
                    .publish::<_, _, i64>(format!("{}{channel}", redis.prefix), message.as_ref());
                // While Redis restarts the connection may wait on its
                // reconnection: a live message is not worth holding the
                // caller for.
                tokio::time::timeout(PUBLISH_TIMEOUT, published)
                    .await
                    .map_err(|_| PubSubError::Timeout)??;
            }
        }
        Ok(())
    }

    /// Sends `message` encoded as JSON.
    pub async fn publish_json<T: Serialize + ?Sized>(
        &self,
        channel: &str,
        message: &T,
    ) -> Result<(), PubSubError> {
        self.publish(channel, serde_json::to_vec(message)?).await
    }

    /// Subscribes to `channel`. Messages published once this returns are
    /// received, in order, until the stream is dropped.
    pub async fn subscribe(&self, channel: &str) -> Result<Subscription, PubSubError> {
        let receiver = self.inner.local.subscribe(channel);
        let subscription = Subscription {
            messages: into_stream(receiver, channel.to_owned()),
            _guard: Guard {
                inner: self.inner.clone(),
                channel: channel.to_owned(),
            },
        };
        if let Some(redis) = &self.inner.redis {
            let (done, confirmed) = oneshot::channel();
            redis
                .commands
                .send(Command::Subscribe(
                    format!("{}{channel}", redis.prefix),
                    done,
                ))
                .map_err(|_| PubSubError::Closed)?;
            confirmed.await.map_err(|_| PubSubError::Closed)??;
        }
        Ok(subscription)
    }
}

/// The messages of one channel. Unsubscribes when dropped.
pub struct Subscription {
    // Dropped before `_guard`, so the guard sees this receiver gone.
    messages: BoxStream<'static, Bytes>,
    _guard: Guard,
}

impl Stream for Subscription {
    type Item = Bytes;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Bytes>> {
        self.messages.poll_next_unpin(cx)
    }
}

struct Guard {
    inner: Arc<Inner>,
    channel: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if self.inner.local.release(&self.channel)
            && let Some(redis) = &self.inner.redis
        {
            // Fails only when the task is gone, and with it the connection.
            let _ = redis.commands.send(Command::Unsubscribe(format!(
                "{}{}",
                redis.prefix, self.channel
            )));
        }
    }
}

fn into_stream(receiver: broadcast::Receiver<Bytes>, channel: String) -> BoxStream<'static, Bytes> {
    futures::stream::unfold(receiver, move |mut receiver| {
        let channel = channel.clone();
        async move {
            loop {
                match receiver.recv().await {
                    Ok(message) => return Some((message, receiver)),
                    Err(broadcast::error::RecvError::Lagged(skipped)) => {
                        tracing::warn!(channel = %channel, skipped, "pubsub subscriber lagged; messages skipped");
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                }
            }
        }
    })
    .boxed()
}

/// The subscriber connection and the channels it should be subscribed to.
struct Subscriber {
    client: Client,
    local: Weak<Local>,
    prefix: String,
    /// Redis channel names (prefixed) some local subscriber wants.
    wanted: HashSet<String>,
    /// Where the connections' pushes (messages, their own loss) go, with
    /// the generation of the connection they come from.
    pushes: mpsc::UnboundedSender<(u64, PushInfo)>,
    /// The current connection's generation: a connection that was
    /// replaced may still report its end, which is then ignored.
    generation: u64,
}

impl Subscriber {
    async fn connect(&mut self) -> Result<MultiplexedConnection, RedisError> {
        self.generation += 1;
        let (generation, pushes) = (self.generation, self.pushes.clone());
        let config = AsyncConnectionConfig::new()
            .set_connection_timeout(Duration::from_millis(500))
            .set_response_timeout(Duration::from_secs(2))
            .set_push_sender(move |push: PushInfo| {
                pushes.send((generation, push)).map_err(|_| SendError)
            });
        let mut conn = self
            .client
            .get_multiplexed_async_connection_with_config(&config)
            .await?;
        if !self.wanted.is_empty() {
            let channels: Vec<&String> = self.wanted.iter().collect();
            conn.subscribe(channels).await?;
        }
        Ok(conn)
    }

    /// Applies subscription changes and hands on messages until the
    /// `PubSub` is dropped, reconnecting whenever the connection is lost.
    async fn run(
        mut self,
        first: MultiplexedConnection,
        mut pushed: mpsc::UnboundedReceiver<(u64, PushInfo)>,
        mut queue: mpsc::UnboundedReceiver<Command>,
    ) {
        let mut conn = Some(first);
        let mut delay = Duration::from_millis(100);
        let mut ping = tokio::time::interval(SUBSCRIBER_PING);
        ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let reconnect = tokio::time::sleep(Duration::ZERO);
        tokio::pin!(reconnect);
        loop {
            tokio::select! {
                command = queue.recv() => {
                    let Some(command) = command else { return };
                    let lost = self.apply(conn.as_mut(), command).await;
                    if lost {
                        conn = None;
                    }
                }
                Some((generation, push)) = pushed.recv() => {
                    if push.kind == PushKind::Disconnection {
                        if generation == self.generation && conn.is_some() {
                            tracing::warn!("pubsub: redis subscriber connection lost");
                            conn = None;
                        }
                    } else if !self.deliver(push) {
                        return;
                    }
                }
                _ = ping.tick(), if conn.is_some() => {
                    if let Some(c) = conn.as_mut()
                        && let Err(err) = redis::cmd("PING").query_async::<()>(c).await
                    {
                        tracing::warn!(error = %err, "pubsub: redis subscriber connection lost");
                        conn = None;
                    }
                }
                () = &mut reconnect, if conn.is_none() => {
                    match self.connect().await {
                        Ok(c) => {
                            tracing::info!(channels = self.wanted.len(), "pubsub: redis subscriber reconnected");
                            conn = Some(c);
                            delay = Duration::from_millis(100);
                        }
                        Err(err) => {
                            tracing::debug!(error = %err, "pubsub: redis subscriber reconnect failed");
                            delay = (delay * 2).min(MAX_RECONNECT_DELAY);
                        }
                    }
                    reconnect.as_mut().reset(tokio::time::Instant::now() + delay);
                }
            }
        }
    }

    /// Applies one change; says whether the connection was found lost.
    async fn apply(&mut self, conn: Option<&mut MultiplexedConnection>, command: Command) -> bool {
        match command {
            Command::Subscribe(channel, done) => {
                let result = match conn {
                    Some(conn) if !self.wanted.contains(&channel) => conn.subscribe(&channel).await,
                    // Already subscribed, or subscribed on reconnection.
                    _ => Ok(()),
                };
                self.wanted.insert(channel);
                let lost = result.as_ref().is_err_and(is_connection_error);
                // While Redis is away a subscription still starts: it
                // receives messages once the connection is back.
                let _ = done.send(if lost { Ok(()) } else { result });
                lost
            }
            Command::Unsubscribe(channel) => {
                self.wanted.remove(&channel);
                let Some(conn) = conn else { return false };
                match conn.unsubscribe(&channel).await {
                    Ok(()) => false,
                    Err(err) => {
                        tracing::warn!(channel = %channel, error = %err, "pubsub unsubscribe failed");
                        is_connection_error(&err)
                    }
                }
            }
        }
    }

    /// Hands a Redis message to the local subscribers of its channel; says
    /// whether anyone is left to hand messages to.
    fn deliver(&self, push: PushInfo) -> bool {
        if push.kind != PushKind::Message {
            return true;
        }
        let Some(local) = self.local.upgrade() else {
            return false;
        };
        if let Some(message) = Msg::from_push_info(push)
            && let Some(channel) = message.get_channel_name().strip_prefix(&self.prefix)
        {
            local.send(channel, Bytes::copy_from_slice(message.get_payload_bytes()));
        }
        true
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly.
mod tests {
    use std::time::Duration;

    use serde_json::json;
    use uuid::Uuid;

    use super::*;

    const WAIT: Duration = Duration::from_secs(5);

    async fn next(subscription: &mut Subscription) -> Bytes {
        tokio::time::timeout(WAIT, subscription.next())
            .await
            .expect("timed out waiting for a message")
            .expect("subscription ended")
    }

    async fn redis() -> Option<PubSub> {
        let Ok(url) = std::env::var("STUNXT_TEST_REDIS_URL") else {
            eprintln!("redis pubsub test skipped: STUNXT_TEST_REDIS_URL is not set");
            return None;
        };
        let prefix = format!("stunxt-test:{}:", Uuid::new_v4());
        Some(PubSub::redis_with_prefix(&url, &prefix).await.unwrap())
    }

    async fn fans_out_to_every_subscriber(hub: PubSub) {
        let mut first = hub.subscribe("conversation:1").await.unwrap();
        let mut second = hub.subscribe("conversation:1").await.unwrap();
        let mut other = hub.subscribe("conversation:2").await.unwrap();

        hub.publish("conversation:1", "hello").await.unwrap();
        hub.publish_json("conversation:1", &json!({ "typing": true }))
            .await
            .unwrap();
        hub.publish("conversation:2", "elsewhere").await.unwrap();

        for subscription in [&mut first, &mut second] {
            assert_eq!(next(subscription).await, Bytes::from("hello"));
            let typing: serde_json::Value =
                serde_json::from_slice(&next(subscription).await).unwrap();
            assert_eq!(typing, json!({ "typing": true }));
        }
        assert_eq!(next(&mut other).await, Bytes::from("elsewhere"));
    }

    async fn a_dropped_subscriber_leaves_the_others_subscribed(hub: PubSub) {
        let first = hub.subscribe("presence").await.unwrap();
        let mut second = hub.subscribe("presence").await.unwrap();
        drop(first);
        hub.publish("presence", "online").await.unwrap();
        assert_eq!(next(&mut second).await, Bytes::from("online"));
        drop(second);

        // Subscribing again after everyone left works.
        let mut again = hub.subscribe("presence").await.unwrap();
        hub.publish("presence", "back").await.unwrap();
        assert_eq!(next(&mut again).await, Bytes::from("back"));
    }

    #[tokio::test]
    async fn in_process_fans_out_to_every_subscriber() {
        fans_out_to_every_subscriber(PubSub::in_process()).await;
    }

    #[tokio::test]
    async fn in_process_keeps_other_subscribers_when_one_leaves() {
        a_dropped_subscriber_leaves_the_others_subscribed(PubSub::in_process()).await;
    }

    #[tokio::test]
    async fn in_process_forgets_channels_without_subscribers() {
        let hub = PubSub::in_process();
        let subscription = hub.subscribe("typing:1").await.unwrap();
        assert_eq!(hub.inner.local.channels.lock().unwrap().len(), 1);
        drop(subscription);
        assert!(hub.inner.local.channels.lock().unwrap().is_empty());
        // Publishing to a channel without subscribers is fine and creates
        // nothing.
        hub.publish("typing:1", "x").await.unwrap();
        assert!(hub.inner.local.channels.lock().unwrap().is_empty());
    }

    #[tokio::test]
    async fn redis_fans_out_to_every_subscriber() {
        if let Some(hub) = redis().await {
            fans_out_to_every_subscriber(hub).await;
        }
    }

    #[tokio::test]
    async fn redis_keeps_other_subscribers_when_one_leaves() {
        if let Some(hub) = redis().await {
            a_dropped_subscriber_leaves_the_others_subscribed(hub).await;
        }
    }

    #[tokio::test]
    async fn redis_fans_out_across_instances() {
        let Some(first) = redis().await else {
            return;
        };
        let Ok(url) = std::env::var("STUNXT_TEST_REDIS_URL") else {
            return;
        };
        let prefix = match &first.inner.redis {
            Some(redis) => redis.prefix.clone(),
            None => unreachable!(),
        };
        let second = PubSub::redis_with_prefix(&url, &prefix).await.unwrap();
        let mut on_first = first.subscribe("live:1").await.unwrap();
        let mut on_second = second.subscribe("live:1").await.unwrap();
        second.publish("live:1", "from the second").await.unwrap();
        assert_eq!(next(&mut on_first).await, Bytes::from("from the second"));
        assert_eq!(next(&mut on_second).await, Bytes::from("from the second"));
    }

    /// A Redis server of the test's own on a free port, which it may stop.
    struct OwnRedis {
        port: u16,
        child: std::process::Child,
    }

    impl OwnRedis {
        async fn start(port: u16) -> Self {
            let mut child = std::process::Command::new("redis-server")
                .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
                .args(["--save", "", "--appendonly", "no"])
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("redis-server on PATH");
            for _ in 0..100 {
                if tokio::net::TcpStream::connect(("127.0.0.1", port))
                    .await
                    .is_ok()
                {
                    return Self { port, child };
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            let _ = child.kill();
            let _ = child.wait();
            panic!("redis-server did not start on {port}");
        }

        fn stop(mut self) -> u16 {
            self.child.kill().unwrap();
            self.child.wait().unwrap();
            self.port
        }
    }

    impl Drop for OwnRedis {
        fn drop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    #[tokio::test]
    async fn redis_subscriptions_resume_after_redis_restarts() {
        if std::env::var("STUNXT_TEST_REDIS_URL").is_err() {
            eprintln!("restarts a Redis server of its own: set STUNXT_TEST_REDIS_URL");
            return;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let redis = OwnRedis::start(port).await;
        let url = format!("redis://127.0.0.1:{port}");
        let hub = PubSub::redis(&url).await.unwrap();
        let mut live = hub.subscribe("live").await.unwrap();
        hub.publish("live", "before").await.unwrap();
        assert_eq!(next(&mut live).await, Bytes::from("before"));

        let port = redis.stop();
        // While Redis is away, publishing fails promptly and subscribing
        // still succeeds (it takes effect once Redis is back).
        let started = std::time::Instant::now();
        for _ in 0..3 {
            assert!(hub.publish("live", "lost").await.is_err());
        }
        assert!(started.elapsed() < Duration::from_secs(5));
        let mut later = hub.subscribe("later").await.unwrap();
        let _redis = OwnRedis::start(port).await;

        let mut resumed = false;
        for _ in 0..100 {
            let _ = hub.publish("live", "after").await;
            let _ = hub.publish("later", "after").await;
            if let Ok(Some(message)) =
                tokio::time::timeout(Duration::from_millis(100), live.next()).await
            {
                assert_eq!(message, Bytes::from("after"));
                resumed = true;
                break;
            }
        }
        assert!(resumed, "the subscription never resumed");
        assert_eq!(next(&mut later).await, Bytes::from("after"));
    }
}
