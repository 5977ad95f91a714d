//! Limits and timings of the realtime edge.

use serde::{Deserialize, Serialize};

use super::ConfigError;

/// The realtime edge's limits and timings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RealtimeConfig {
    /// Subscriptions one WebSocket may hold.
    pub subscriptions_per_connection: usize,
    /// WebSockets one user may hold, across instances.
    pub connections_per_user: usize,
    /// Seconds a client has to send `connection_init`.
    pub init_timeout_secs: u64,
    /// Seconds a typing signal lasts unless renewed.
    pub typing_ttl_secs: u64,
    /// Seconds between presence heartbeats of an open socket; a
    /// connection lapses after three missed ones.
    pub heartbeat_secs: u64,
    /// Threads that run the WebSocket connections and their deliveries,
    /// apart from those serving HTTP requests; 0 for one per CPU core.
    pub delivery_threads: usize,
}

impl Default for RealtimeConfig {
    fn default() -> Self {
        Self {
            subscriptions_per_connection: 100,
            connections_per_user: 20,
            init_timeout_secs: 10,
            typing_ttl_secs: 5,
            heartbeat_secs: 20,
            delivery_threads: 0,
        }
    }
}

impl RealtimeConfig {
    /// Checks what the types cannot, naming the bad key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        for (key, value) in [
            (
                "subscriptions_per_connection",
                self.subscriptions_per_connection as u64,
            ),
            ("connections_per_user", self.connections_per_user as u64),
            ("init_timeout_secs", self.init_timeout_secs),
            ("typing_ttl_secs", self.typing_ttl_secs),
            ("heartbeat_secs", self.heartbeat_secs),
        ] {
            if value == 0 {
                return Err(ConfigError(format!("realtime.{key}: must be at least 1")));
            }
        }
        Ok(())
    }
}
