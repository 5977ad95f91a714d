//! Timings and endpoints of the notifications subgraph.

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::{ConfigError, ser_opt_secret};

/// The notifications subgraph's timings, retry policy and push endpoint.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NotificationsConfig {
    /// Minutes a per-item email is held before it goes out; it is dropped
    /// when the notification is read, or its person was online, meanwhile.
    pub email_hold_minutes: u64,
    /// Milliseconds between passes of the delivery worker.
    pub worker_interval_ms: u64,
    /// Attempts per email or push before the delivery is dead-lettered.
    pub max_attempts: u32,
    /// First retry delay, in seconds; doubled on each attempt.
    pub retry_base_secs: u64,
    /// Longest retry delay, in seconds.
    pub retry_max_secs: u64,
    /// The Expo push API's base (`…/push/send`, `…/push/getReceipts`).
    pub push_url: String,
    /// An Expo access token, when the project requires one.
    #[serde(serialize_with = "ser_opt_secret")]
    pub push_access_token: Option<SecretString>,
    /// Minutes after a push is accepted before its receipt is asked for.
    pub receipt_delay_minutes: u64,
    /// Key (base64, 256 bits) that unsubscribe links are signed with;
    /// unset: one kept in `<data_dir>/keys/notifications-unsubscribe`.
    #[serde(serialize_with = "ser_opt_secret")]
    pub unsubscribe_key: Option<SecretString>,
    /// Where this subgraph's `/notifications/unsubscribe` is reached from
    /// mail clients; unset: its own address.
    pub public_url: Option<String>,
    /// Actors named in an aggregated notification ("Ana, Bo and 3 others").
    pub actors_kept: usize,
}

impl Default for NotificationsConfig {
    fn default() -> Self {
        Self {
            email_hold_minutes: 10,
            worker_interval_ms: 1_000,
            max_attempts: 5,
            retry_base_secs: 30,
            retry_max_secs: 3_600,
            push_url: "https://exp.host/--/api/v2/push".to_owned(),
            push_access_token: None,
            receipt_delay_minutes: 15,
            unsubscribe_key: None,
            public_url: None,
            actors_kept: 10,
        }
    }
}

impl NotificationsConfig {
    /// Checks what the types cannot, naming the bad key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: &str| Err(ConfigError(format!("notifications.{key}: {why}")));
        if self.worker_interval_ms == 0 {
            return bad("worker_interval_ms", "must be at least 1");
        }
        if self.max_attempts == 0 {
            return bad("max_attempts", "must be at least 1");
        }
        if self.retry_base_secs > self.retry_max_secs {
            return bad("retry_base_secs", "must not exceed retry_max_secs");
        }
        if !(1..=100).contains(&self.actors_kept) {
            return bad("actors_kept", "must be between 1 and 100");
        }
        if !(self.push_url.starts_with("http://") || self.push_url.starts_with("https://")) {
            return bad("push_url", "must be an http(s) URL");
        }
        Ok(())
    }
}
