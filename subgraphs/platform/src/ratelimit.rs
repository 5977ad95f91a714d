//! Fixed-window rate limits, in memory or in Redis, with the same semantics:
//! the first hit on a key opens a window of `window`; up to `limit` hits are
//! allowed in it; later hits are refused with the time left until the window
//! closes, and the next hit after that opens a new window. Refused hits count
//! too, without extending the window.
//!
//! Keys name the rule and the subject, e.g. `login:ip:203.0.113.7`; use one
//! key per (limit, window) rule. In Redis a key is `<prefix><key>` (default
//! prefix `stunxt:ratelimit:`) and expires with its window. When Redis cannot
//! be reached the check lets the request through and logs a warning, so an
//! outage of the limiter does not take the API down with it.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
    time::Duration,
};

use redis::{RedisError, Script};

use crate::redis_link::RedisLink;
use secrecy::ExposeSecret;
use tokio::time::Instant;

use crate::{config::RedisConfig, error::AppError};

/// How often the in-memory limiter drops keys whose window has closed.
const SWEEP_EVERY: Duration = Duration::from_secs(10);

/// Increments the key, starting its window on the first hit, and returns the
/// count and the window's remaining milliseconds.
const HIT_SCRIPT: &str = r"
local count = redis.call('INCR', KEYS[1])
if count == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
";

/// Checks hits against limits. Cheap to clone; every clone shares the same
/// counters.
#[derive(Clone)]
pub struct RateLimiter {
    backend: Backend,
}

#[derive(Clone)]
enum Backend {
    Memory(Arc<Mutex<Memory>>),
    Redis {
        conn: RedisLink,
        prefix: Arc<str>,
        script: Arc<Script>,
    },
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let backend = match self.backend {
            Backend::Memory(_) => "in-memory",
            Backend::Redis { .. } => "redis",
        };
        f.debug_struct("RateLimiter")
            .field("backend", &backend)
            .finish_non_exhaustive()
    }
}

struct Memory {
    windows: HashMap<String, Window>,
    next_sweep: Instant,
}

struct Window {
    hits: u64,
    closes_at: Instant,
}

impl RateLimiter {
    /// Counters in this process's memory (single-node mode).
    pub fn in_memory() -> Self {
        Self {
            backend: Backend::Memory(Arc::new(Mutex::new(Memory {
                windows: HashMap::new(),
                next_sweep: Instant::now() + SWEEP_EVERY,
            }))),
        }
    }

    /// Counters in Redis at `url`, keys prefixed with `stunxt:ratelimit:`.
    pub async fn redis(url: &str) -> Result<Self, RedisError> {
        Self::redis_with_prefix(url, "stunxt:ratelimit:").await
    }

    /// Counters in Redis at `url`, keys prefixed with `prefix`.
    pub async fn redis_with_prefix(url: &str, prefix: &str) -> Result<Self, RedisError> {
        let conn = RedisLink::open(url).await?;
        Ok(Self {
            backend: Backend::Redis {
                conn,
                prefix: prefix.into(),
                script: Arc::new(Script::new(HIT_SCRIPT)),
            },
        })
    }

    /// Redis when `redis.url` is set, otherwise in memory.
    pub async fn from_config(config: &RedisConfig) -> Result<Self, RedisError> {
        match &config.url {
            Some(url) => {
                let prefix = format!("{}ratelimit:", config.key_prefix);
                Self::redis_with_prefix(url.expose_secret(), &prefix).await
            }
            None => Ok(Self::in_memory()),
        }
    }

    /// Counts a hit on `key` and allows it if the key's current window has had
    /// at most `limit` hits; otherwise fails with `RATE_LIMITED` and the
    /// seconds (at least 1) until the window closes.
    pub async fn check(&self, key: &str, limit: u32, window: Duration) -> Result<(), AppError> {
        let window = window.max(Duration::from_millis(1));
        let (hits, remaining) = match &self.backend {
            Backend::Memory(memory) => hit_in_memory(memory, key, window),
            Backend::Redis {
                conn,
                prefix,
                script,
            } => match hit_in_redis(conn, script, &format!("{prefix}{key}"), window).await {
                Ok(hit) => hit,
                Err(err) => {
                    tracing::warn!(key, error = %err, "rate limit check failed; request allowed");
                    return Ok(());
                }
            },
        };
        if hits <= u64::from(limit) {
            return Ok(());
        }
        tracing::debug!(key, limit, hits, "rate limited");
        Err(limited(remaining))
    }

    /// Counts a hit on `key` without checking a limit (e.g. a failed
    /// sign-in), opening a window of `window` on the first hit.
    pub async fn record(&self, key: &str, window: Duration) {
        let window = window.max(Duration::from_millis(1));
        match &self.backend {
            Backend::Memory(memory) => {
                hit_in_memory(memory, key, window);
            }
            Backend::Redis {
                conn,
                prefix,
                script,
            } => {
                if let Err(err) =
                    hit_in_redis(conn, script, &format!("{prefix}{key}"), window).await
                {
                    tracing::warn!(key, error = %err, "rate limit hit not recorded");
                }
            }
        }
    }

    /// Fails with `RATE_LIMITED` if `key`'s current window already has
    /// `limit` or more hits, without counting a hit: pairs with
    /// [`RateLimiter::record`] for limits on failures only.
    pub async fn ensure_below(&self, key: &str, limit: u32) -> Result<(), AppError> {
        let (hits, remaining) = match &self.backend {
            Backend::Memory(memory) => {
                let now = Instant::now();
                let memory = memory.lock().unwrap_or_else(PoisonError::into_inner);
                match memory.windows.get(key) {
                    Some(w) if w.closes_at > now => (w.hits, w.closes_at - now),
                    _ => (0, Duration::ZERO),
                }
            }
            Backend::Redis { conn, prefix, .. } => {
                let key = format!("{prefix}{key}");
                let mut conn = conn.clone();
                let peeked: Result<(Option<u64>, i64), RedisError> =
                    bounded(redis::pipe().get(&key).pttl(&key).query_async(&mut conn)).await;
                match peeked {
                    Ok((hits, ttl_ms)) => (
                        hits.unwrap_or(0),
                        Duration::from_millis(u64::try_from(ttl_ms).unwrap_or(0)),
                    ),
                    Err(err) => {
                        tracing::warn!(key, error = %err, "rate limit check failed; request allowed");
                        return Ok(());
                    }
                }
            }
        };
        if hits < u64::from(limit) {
            Ok(())
        } else {
            Err(limited(remaining))
        }
    }

    /// Forgets `key`'s hits (e.g. after a successful sign-in).
    pub async fn clear(&self, key: &str) {
        match &self.backend {
            Backend::Memory(memory) => {
                memory
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .windows
                    .remove(key);
            }
            Backend::Redis { conn, prefix, .. } => {
                let mut conn = conn.clone();
                let cleared: Result<(), RedisError> = bounded(
                    redis::cmd("DEL")
                        .arg(format!("{prefix}{key}"))
                        .query_async(&mut conn),
                )
                .await;
                if let Err(err) = cleared {
                    tracing::warn!(key, error = %err, "rate limit key not cleared");
                }
            }
        }
    }
}

/// `RATE_LIMITED` with the whole seconds (at least 1) of `remaining`.
fn limited(remaining: Duration) -> AppError {
    let secs = remaining.as_millis().div_ceil(1000).max(1);
    AppError::rate_limited(u64::try_from(secs).unwrap_or(u64::MAX))
}

fn hit_in_memory(memory: &Mutex<Memory>, key: &str, window: Duration) -> (u64, Duration) {
    let now = Instant::now();
    let mut memory = memory.lock().unwrap_or_else(PoisonError::into_inner);
    if now >= memory.next_sweep {
        memory.windows.retain(|_, w| w.closes_at > now);
        memory.next_sweep = now + SWEEP_EVERY;
    }
    let entry = memory.windows.entry(key.to_owned()).or_insert(Window {
        hits: 0,
        closes_at: now + window,
    });
    if entry.closes_at <= now {
        *entry = Window {
            hits: 0,
            closes_at: now + window,
        };
    }
    entry.hits = entry.hits.saturating_add(1);
    (entry.hits, entry.closes_at - now)
}

/// How long a rate-limit call waits for Redis; past it the request is
/// allowed (as on any Redis failure) instead of waiting on a reconnection.
const REDIS_TIMEOUT: Duration = Duration::from_secs(2);

async fn bounded<T>(
    call: impl std::future::Future<Output = Result<T, RedisError>>,
) -> Result<T, RedisError> {
    tokio::time::timeout(REDIS_TIMEOUT, call)
        .await
        .unwrap_or_else(|_| {
            Err(RedisError::from((
                redis::ErrorKind::IoError,
                "redis did not answer in time",
            )))
        })
}

async fn hit_in_redis(
    conn: &RedisLink,
    script: &Script,
    key: &str,
    window: Duration,
) -> Result<(u64, Duration), RedisError> {
    let window_ms = u64::try_from(window.as_millis()).unwrap_or(u64::MAX);
    let mut conn = conn.clone();
    let (hits, ttl_ms): (u64, i64) =
        bounded(script.key(key).arg(window_ms).invoke_async(&mut conn)).await?;
    Ok((
        hits,
        Duration::from_millis(u64::try_from(ttl_ms).unwrap_or(0)),
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly.
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::error::ErrorCode;

    /// `extensions.retryAfter` as a client sees it.
    fn retry_after(err: AppError) -> u64 {
        let server =
            async_graphql::Error::from(err).into_server_error(async_graphql::Pos::default());
        serde_json::to_value(server).unwrap()["extensions"]["retryAfter"]
            .as_u64()
            .unwrap()
    }

    async fn allows_the_limit_then_refuses_until_the_window_closes(limiter: RateLimiter) {
        let key = format!("login:ip:{}", Uuid::new_v4());
        let window = Duration::from_millis(1500);
        for _ in 0..3 {
            limiter.check(&key, 3, window).await.unwrap();
        }
        let err = limiter.check(&key, 3, window).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::RateLimited);
        let retry_after = retry_after(err);
        assert!((1..=2).contains(&retry_after), "retry after {retry_after}");

        // Other keys have their own windows.
        limiter
            .check(&format!("{key}:other"), 3, window)
            .await
            .unwrap();

        // Once the window closes, a new one allows `limit` hits again.
        let deadline = Instant::now() + window + Duration::from_secs(3);
        while limiter.check(&key, 3, window).await.is_err() {
            assert!(Instant::now() < deadline, "the window never closed");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        limiter.check(&key, 3, window).await.unwrap();
        limiter.check(&key, 3, window).await.unwrap();
        assert!(limiter.check(&key, 3, window).await.is_err());
    }

    #[tokio::test]
    async fn in_memory_allows_the_limit_then_refuses_until_the_window_closes() {
        allows_the_limit_then_refuses_until_the_window_closes(RateLimiter::in_memory()).await;
    }

    #[tokio::test]
    async fn redis_allows_the_limit_then_refuses_until_the_window_closes() {
        let Ok(url) = std::env::var("STUNXT_TEST_REDIS_URL") else {
            eprintln!("redis rate limit test skipped: STUNXT_TEST_REDIS_URL is not set");
            return;
        };
        let prefix = format!("stunxt-test:{}:", Uuid::new_v4());
        let limiter = RateLimiter::redis_with_prefix(&url, &prefix).await.unwrap();
        allows_the_limit_then_refuses_until_the_window_closes(limiter).await;
    }

    #[tokio::test]
    async fn redis_counters_expire_with_their_window() {
        let Ok(url) = std::env::var("STUNXT_TEST_REDIS_URL") else {
            eprintln!("redis rate limit test skipped: STUNXT_TEST_REDIS_URL is not set");
            return;
        };
        let prefix = format!("stunxt-test:{}:", Uuid::new_v4());
        let limiter = RateLimiter::redis_with_prefix(&url, &prefix).await.unwrap();
        limiter
            .check("post:user:1", 5, Duration::from_secs(60))
            .await
            .unwrap();
        let mut conn = redis::Client::open(url.as_str())
            .unwrap()
            .get_multiplexed_async_connection()
            .await
            .unwrap();
        let ttl: i64 = redis::cmd("PTTL")
            .arg(format!("{prefix}post:user:1"))
            .query_async(&mut conn)
            .await
            .unwrap();
        assert!((1..=60_000).contains(&ttl), "ttl {ttl}");
    }

    #[tokio::test]
    async fn in_memory_forgets_closed_windows() {
        let limiter = RateLimiter::in_memory();
        let window = Duration::from_millis(1);
        for i in 0..100 {
            limiter.check(&format!("k{i}"), 1, window).await.unwrap();
        }
        let Backend::Memory(memory) = &limiter.backend else {
            unreachable!()
        };
        assert_eq!(memory.lock().unwrap().windows.len(), 100);

        let deadline = Instant::now() + Duration::from_secs(5);
        while memory
            .lock()
            .unwrap()
            .windows
            .values()
            .any(|w| w.closes_at > Instant::now())
        {
            assert!(Instant::now() < deadline, "windows never closed");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        // Make the next check sweep instead of waiting for SWEEP_EVERY.
        memory.lock().unwrap().next_sweep = Instant::now();
        limiter
            .check("fresh", 1, Duration::from_secs(1))
            .await
            .unwrap();
        let memory = memory.lock().unwrap();
        assert_eq!(memory.windows.len(), 1);
        assert!(memory.windows.contains_key("fresh"));
    }

    async fn failures_block_only_once_recorded_and_clear_resets(limiter: RateLimiter) {
        let key = format!("login:fail:{}", Uuid::new_v4());
        let window = Duration::from_secs(30);
        for _ in 0..10 {
            // Peeking never counts.
            limiter.ensure_below(&key, 2).await.unwrap();
        }
        limiter.record(&key, window).await;
        limiter.ensure_below(&key, 2).await.unwrap();
        limiter.record(&key, window).await;
        let err = limiter.ensure_below(&key, 2).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::RateLimited);
        assert!((29..=30).contains(&retry_after(err)));
        limiter.clear(&key).await;
        limiter.ensure_below(&key, 2).await.unwrap();
    }

    #[tokio::test]
    async fn in_memory_failures_block_only_once_recorded() {
        failures_block_only_once_recorded_and_clear_resets(RateLimiter::in_memory()).await;
    }

    #[tokio::test]
    async fn redis_failures_block_only_once_recorded() {
        let Ok(url) = std::env::var("STUNXT_TEST_REDIS_URL") else {
            eprintln!("redis rate limit test skipped: STUNXT_TEST_REDIS_URL is not set");
            return;
        };
        let prefix = format!("stunxt-test:{}:", Uuid::new_v4());
        let limiter = RateLimiter::redis_with_prefix(&url, &prefix).await.unwrap();
        failures_block_only_once_recorded_and_clear_resets(limiter).await;
    }

    #[tokio::test]
    async fn a_zero_limit_refuses_everything() {
        let limiter = RateLimiter::in_memory();
        let err = limiter
            .check("invites:community:1", 0, Duration::from_secs(30))
            .await
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::RateLimited);
        assert_eq!(retry_after(err), 30);
    }
}
