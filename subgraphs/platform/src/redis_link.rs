//! A Redis connection for request/response use (publishing, rate limits,
//! presence) that survives Redis restarts.
//!
//! It holds one multiplexed connection, opened when first needed. A
//! command that fails because the connection is gone (closed, reset, or
//! unanswered within the response timeout) drops it, and the next command
//! opens a new one. Connecting gives up after half a second and a command
//! after two, so while Redis is down callers fail fast and their fallbacks
//! apply; once it is back, the next command reconnects.
//!
//! (The `redis` crate's `ConnectionManager` is meant to do this, but with
//! redis 0.32 it can stay on a failed reconnection for good after an
//! outage of a few seconds: every command then times out.)

use std::{sync::Arc, time::Duration};

use redis::{
    AsyncConnectionConfig, Client, Cmd, IntoConnectionInfo, Pipeline, RedisError, RedisFuture,
    RedisResult, Value,
    aio::{ConnectionLike, MultiplexedConnection},
};
use tokio::sync::Mutex;

/// How long connecting may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_millis(500);

/// How long a command may wait for its answer.
pub const RESPONSE_TIMEOUT: Duration = Duration::from_secs(2);

/// A self-healing Redis connection. Cloning shares it.
#[derive(Clone)]
pub struct RedisLink {
    client: Client,
    response_timeout: Duration,
    /// The open connection, with a number telling it from earlier ones.
    current: Arc<Mutex<(u64, Option<MultiplexedConnection>)>>,
}

impl std::fmt::Debug for RedisLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisLink").finish_non_exhaustive()
    }
}

/// Whether `err` means the connection itself is gone.
pub fn is_connection_error(err: &RedisError) -> bool {
    err.is_io_error()
        || err.is_connection_dropped()
        || err.is_connection_refusal()
        || err.is_timeout()
        || err.is_unrecoverable_error()
}

impl RedisLink {
    /// A link to `url`, connected now so that a wrong URL fails here.
    pub async fn open(url: impl IntoConnectionInfo) -> RedisResult<Self> {
        Self::over(Client::open(url)?).await
    }

    /// A link through `client`, connected now.
    pub async fn over(client: Client) -> RedisResult<Self> {
        Self::with_response_timeout(client, RESPONSE_TIMEOUT).await
    }

    /// A link through `client` whose commands may wait `response_timeout`
    /// for their answers (blocking reads need longer than the default).
    pub async fn with_response_timeout(
        client: Client,
        response_timeout: Duration,
    ) -> RedisResult<Self> {
        let link = Self {
            client,
            response_timeout,
            current: Arc::new(Mutex::new((0, None))),
        };
        link.connection().await?;
        Ok(link)
    }

    async fn connection(&self) -> RedisResult<(u64, MultiplexedConnection)> {
        let mut current = self.current.lock().await;
        if let (generation, Some(conn)) = &*current {
            return Ok((*generation, conn.clone()));
        }
        let config = AsyncConnectionConfig::new()
            .set_connection_timeout(CONNECT_TIMEOUT)
            .set_response_timeout(self.response_timeout);
        let conn = self
            .client
            .get_multiplexed_async_connection_with_config(&config)
            .await?;
        current.0 += 1;
        current.1 = Some(conn.clone());
        Ok((current.0, conn))
    }

    /// Drops connection `generation` if `err` says it is gone (unless a
    /// newer one already replaced it).
    async fn check(&self, generation: u64, err: &RedisError) {
        if is_connection_error(err) {
            let mut current = self.current.lock().await;
            if current.0 == generation && current.1.is_some() {
                tracing::warn!(error = %err, "redis connection lost; reconnecting on next use");
                current.1 = None;
            }
        }
    }
}

impl ConnectionLike for RedisLink {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a Cmd) -> RedisFuture<'a, Value> {
        Box::pin(async move {
            let (generation, mut conn) = self.connection().await?;
            let result = conn.req_packed_command(cmd).await;
            if let Err(err) = &result {
                self.check(generation, err).await;
            }
            result
        })
    }

    fn req_packed_commands<'a>(
        &'a mut self,
        cmd: &'a Pipeline,
        offset: usize,
        count: usize,
    ) -> RedisFuture<'a, Vec<Value>> {
        Box::pin(async move {
            let (generation, mut conn) = self.connection().await?;
            let result = conn.req_packed_commands(cmd, offset, count).await;
            if let Err(err) = &result {
                self.check(generation, err).await;
            }
            result
        })
    }

    fn get_db(&self) -> i64 {
        self.client.get_connection_info().redis.db
    }
}
