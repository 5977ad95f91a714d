//! How other subgraphs ask the realtime edge who is online, to decide how
//! to reach someone (for instance, no email to a person reading live).
//!
//! Realtime answers [`PresenceQuery`]s at [`PRESENCE_PATH`] (service token
//! only) with one [`PresenceEntry`] per user: the raw state from its
//! presence registry, regardless of whether the user shows their online
//! status to others.

use std::{collections::HashMap, time::Duration};

use chrono::{DateTime, Utc};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{error::AppError, service_client::ServiceClient};

/// The realtime subgraph's internal endpoint answering [`PresenceQuery`]s.
pub const PRESENCE_PATH: &str = "/internal/realtime/presence";

/// The most users one [`PresenceQuery`] may name.
pub const MAX_PRESENCE_USERS: usize = 1000;

/// How long [`PresenceClient`] waits for an answer.
const TIMEOUT: Duration = Duration::from_secs(2);

/// Which users' presence is asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PresenceQuery {
    /// At most [`MAX_PRESENCE_USERS`].
    pub user_ids: Vec<Uuid>,
}

/// A user's presence as realtime tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PresenceStatus {
    /// Connected.
    Online,
    /// Connected, but said they are away.
    Away,
    /// Not connected.
    Offline,
}

/// One user's entry of the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PresenceEntry {
    /// The user.
    pub user_id: Uuid,
    /// Their status.
    pub status: PresenceStatus,
    /// When their last connection ended (while offline, if known).
    pub last_seen_at: Option<DateTime<Utc>>,
}

/// A user's presence, as [`PresenceClient::states`] returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresenceInfo {
    /// Their status.
    pub status: PresenceStatus,
    /// When their last connection ended (while offline, if known).
    pub last_seen_at: Option<DateTime<Utc>>,
}

/// Asks the realtime subgraph who is online.
#[derive(Clone)]
pub struct PresenceClient {
    client: ServiceClient,
}

impl PresenceClient {
    /// The realtime subgraph at `base_url`, authenticated with the service
    /// `token`.
    pub fn new(base_url: &str, token: SecretString) -> Self {
        Self {
            client: ServiceClient::new("realtime", base_url, token, TIMEOUT),
        }
    }

    /// The presence of each of `users` (asked [`MAX_PRESENCE_USERS`] at a
    /// time). Fails when realtime is unreachable, slow or refuses.
    pub async fn states(&self, users: &[Uuid]) -> Result<HashMap<Uuid, PresenceInfo>, AppError> {
        let mut states = HashMap::with_capacity(users.len());
        for batch in users.chunks(MAX_PRESENCE_USERS) {
            let query = PresenceQuery {
                user_ids: batch.to_vec(),
            };
            let entries: Vec<PresenceEntry> = self.client.answer(PRESENCE_PATH, &query).await?;
            states.extend(entries.into_iter().map(|entry| {
                (
                    entry.user_id,
                    PresenceInfo {
                        status: entry.status,
                        last_seen_at: entry.last_seen_at,
                    },
                )
            }));
        }
        Ok(states)
    }
}
