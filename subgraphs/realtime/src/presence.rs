//! Who is online: each open WebSocket is a connection of its user, kept
//! alive by heartbeats with a time to live, so a crashed instance's
//! connections lapse by themselves. In Redis when configured (shared by
//! every instance: a sorted set of connection ids by expiry per user), in
//! memory otherwise. A user is ONLINE while any connection lives, AWAY when
//! they said so, OFFLINE otherwise with the time they were last seen.
//! Changes are published on [`presence_channel`].

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use chrono::{DateTime, Utc};
use redis::AsyncCommands;
use serde::{Deserialize, Serialize};
use stunxt_platform::redis_link::RedisLink;
use stunxt_platform::{AppError, pubsub::PubSub};
use uuid::Uuid;

/// The pub/sub channel of a user's presence changes.
pub fn presence_channel(user: Uuid) -> String {
    format!("realtime.presence.{user}")
}

/// A user's presence.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PresenceStatus {
    /// Connected.
    Online,
    /// Connected, but said they are away.
    Away,
    /// Not connected.
    Offline,
}

/// A presence and when the user was last seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PresenceState {
    /// The user.
    pub user_id: Uuid,
    /// Their status.
    pub status: PresenceStatus,
    /// When their last connection ended (while offline).
    pub last_seen_at: Option<DateTime<Utc>>,
}

#[derive(Default)]
struct Entry {
    connections: HashMap<Uuid, DateTime<Utc>>,
    away: bool,
    last_seen: Option<DateTime<Utc>>,
}

enum Store {
    Memory(Mutex<HashMap<Uuid, Entry>>),
    Redis { conn: RedisLink, prefix: String },
}

/// The presence registry. Cloning shares it.
#[derive(Clone)]
pub struct Presence {
    store: Arc<Store>,
    pubsub: PubSub,
    ttl: Duration,
}

fn redis_err(err: redis::RedisError) -> AppError {
    AppError::internal(err)
}

impl Presence {
    /// A registry in this process, connections living `ttl` past their
    /// last heartbeat.
    pub fn in_memory(pubsub: PubSub, ttl: Duration) -> Self {
        Self {
            store: Arc::new(Store::Memory(Mutex::new(HashMap::new()))),
            pubsub,
            ttl,
        }
    }

    /// A registry in Redis at `url`, keys under `prefix`.
    pub async fn redis(
        url: &str,
        prefix: &str,
        pubsub: PubSub,
        ttl: Duration,
    ) -> Result<Self, redis::RedisError> {
        let conn = RedisLink::open(url).await?;
        Ok(Self {
            store: Arc::new(Store::Redis {
                conn,
                prefix: prefix.to_owned(),
            }),
            pubsub,
            ttl,
        })
    }

    fn expiry(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::from_std(self.ttl).unwrap_or_default()
    }

    /// How long a connection lives without a heartbeat.
    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// Registers connection `conn` of `user` (or renews it: a heartbeat);
    /// the user's live connections, this one included.
    pub async fn connect(&self, user: Uuid, conn: Uuid) -> Result<usize, AppError> {
        let (count, was) = match &*self.store {
            Store::Memory(map) => {
                let mut map = map
                    .lock()
                    .map_err(|_| AppError::internal(anyhow::anyhow!("presence lock")))?;
                let entry = map.entry(user).or_default();
                let now = Utc::now();
                entry.connections.retain(|_, until| *until > now);
                let was = entry.connections.len();
                entry.connections.insert(conn, self.expiry());
                (entry.connections.len(), was)
            }
            Store::Redis {
                conn: redis,
                prefix,
            } => {
                let key = format!("{prefix}presence:conns:{user}");
                let now = Utc::now().timestamp_millis();
                let mut redis = redis.clone();
                let (_, was, _, count, _): ((), usize, (), usize, ()) = redis::pipe()
                    .zrembyscore(&key, "-inf", now)
                    .zcard(&key)
                    .zadd(&key, conn.to_string(), self.expiry().timestamp_millis())
                    .zcard(&key)
                    .pexpire(&key, (self.ttl.as_millis() as i64) * 2)
                    .query_async(&mut redis)
                    .await
                    .map_err(redis_err)?;
                (count, was)
            }
        };
        if was == 0 {
            self.publish(user).await;
        }
        Ok(count)
    }

    /// Ends connection `conn` of `user`.
    pub async fn disconnect(&self, user: Uuid, conn: Uuid) -> Result<(), AppError> {
        let left = match &*self.store {
            Store::Memory(map) => {
                let mut map = map
                    .lock()
                    .map_err(|_| AppError::internal(anyhow::anyhow!("presence lock")))?;
                let entry = map.entry(user).or_default();
                entry.connections.remove(&conn);
                let now = Utc::now();
                entry.connections.retain(|_, until| *until > now);
                if entry.connections.is_empty() {
                    entry.last_seen = Some(now);
                }
                entry.connections.len()
            }
            Store::Redis {
                conn: redis,
                prefix,
            } => {
                let key = format!("{prefix}presence:conns:{user}");
                let mut redis = redis.clone();
                let (_, _, left): ((), (), usize) = redis::pipe()
                    .zrem(&key, conn.to_string())
                    .zrembyscore(&key, "-inf", Utc::now().timestamp_millis())
                    .zcard(&key)
                    .query_async(&mut redis)
                    .await
                    .map_err(redis_err)?;
                if left == 0 {
                    let _: () = redis
                        .set(
                            format!("{prefix}presence:seen:{user}"),
                            Utc::now().to_rfc3339(),
                        )
                        .await
                        .map_err(redis_err)?;
                }
                left
            }
        };
        if left == 0 {
            self.publish(user).await;
        }
        Ok(())
    }

    /// `user` says they are away (or back).
    pub async fn set_away(&self, user: Uuid, away: bool) -> Result<(), AppError> {
        match &*self.store {
            Store::Memory(map) => {
                let mut map = map
                    .lock()
                    .map_err(|_| AppError::internal(anyhow::anyhow!("presence lock")))?;
                map.entry(user).or_default().away = away;
            }
            Store::Redis { conn, prefix } => {
                let key = format!("{prefix}presence:away:{user}");
                let mut conn = conn.clone();
                let _: () = if away {
                    conn.set(&key, "1").await.map_err(redis_err)?
                } else {
                    conn.del(&key).await.map_err(redis_err)?
                };
            }
        }
        self.publish(user).await;
        Ok(())
    }

    /// `user`'s presence now.
    pub async fn state(&self, user: Uuid) -> Result<PresenceState, AppError> {
        let (live, away, last_seen) = match &*self.store {
            Store::Memory(map) => {
                let map = map
                    .lock()
                    .map_err(|_| AppError::internal(anyhow::anyhow!("presence lock")))?;
                match map.get(&user) {
                    None => (false, false, None),
                    Some(entry) => {
                        let now = Utc::now();
                        let live = entry.connections.values().any(|until| *until > now);
                        let seen = if live {
                            None
                        } else {
                            entry
                                .last_seen
                                .or_else(|| entry.connections.values().max().copied())
                        };
                        (live, entry.away, seen)
                    }
                }
            }
            Store::Redis { conn, prefix } => {
                let mut conn = conn.clone();
                let (live, away, seen): (usize, Option<String>, Option<String>) = redis::pipe()
                    .zcount(
                        format!("{prefix}presence:conns:{user}"),
                        Utc::now().timestamp_millis(),
                        "+inf",
                    )
                    .get(format!("{prefix}presence:away:{user}"))
                    .get(format!("{prefix}presence:seen:{user}"))
                    .query_async(&mut conn)
                    .await
                    .map_err(redis_err)?;
                let seen = seen
                    .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
                    .map(|t| t.with_timezone(&Utc));
                (live > 0, away.is_some(), if live > 0 { None } else { seen })
            }
        };
        let status = match (live, away) {
            (false, _) => PresenceStatus::Offline,
            (true, true) => PresenceStatus::Away,
            (true, false) => PresenceStatus::Online,
        };
        Ok(PresenceState {
            user_id: user,
            status,
            last_seen_at: last_seen,
        })
    }

    async fn publish(&self, user: Uuid) {
        match self.state(user).await {
            Ok(state) => {
                if let Err(err) = self
                    .pubsub
                    .publish_json(&presence_channel(user), &state)
                    .await
                {
                    tracing::warn!(user.id = %user, error = %err, "presence announcement failed");
                }
            }
            Err(err) => {
                tracing::warn!(user.id = %user, error = %err.message(), "presence lookup failed")
            }
        }
    }
}
