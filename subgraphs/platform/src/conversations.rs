//! What the messaging subgraph and the realtime edge agree on: where live
//! changes are published, and how realtime asks messaging whether someone
//! may follow a conversation.
//!
//! Messaging publishes each change of a conversation once on
//! [`conversation_channel`], as a JSON object with `type`,
//! `conversationId`, `kind` (`DIRECT`, `GROUP`, `SPACE`), for a space chat
//! `communityId` and `spaceId`, and otherwise `participantIds` (who may see
//! it, as of the change), plus what the change is about. Changes of one
//! person's conversation list go to [`user_channel`].
//!
//! Realtime checks a subscriber once through [`CONVERSATION_ACCESS_PATH`]
//! (service token only) and then every delivery against the event itself:
//! the participant list, or for a space chat the communities access client.

use std::{sync::Arc, time::Duration};

use moka::sync::Cache;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;
use uuid::Uuid;

use crate::{access::MAX_IN_FLIGHT, error::AppError};

/// The messaging subgraph's internal endpoint answering
/// [`ConversationAccessQuery`]s.
pub const CONVERSATION_ACCESS_PATH: &str = "/internal/messaging/access";

/// The pub/sub channel of a conversation's live changes.
pub fn conversation_channel(conversation: Uuid) -> String {
    format!("messaging.conversation.{conversation}")
}

/// The pub/sub channel of one person's conversation-list changes.
pub fn user_channel(user: Uuid) -> String {
    format!("messaging.user.{user}")
}

/// May `user_id` follow (or, with `write`, type in) `conversation_id`?
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationAccessQuery {
    /// Who asks.
    pub user_id: Uuid,
    /// The conversation.
    pub conversation_id: Uuid,
    /// Whether they mean to write (typing) rather than read.
    #[serde(default)]
    pub write: bool,
}

/// Messaging's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationAccess {
    /// Whether they may. When not, the other fields are empty.
    pub allowed: bool,
    /// `DIRECT`, `GROUP` or `SPACE`.
    pub kind: Option<String>,
    /// A space chat's community.
    pub community_id: Option<Uuid>,
    /// A space chat's space.
    pub space_id: Option<Uuid>,
}

/// Asks the messaging subgraph about conversation access, remembering
/// answers briefly (removals also reach subscribers through the events).
#[derive(Clone)]
pub struct ConversationClient {
    url: String,
    token: SecretString,
    client: reqwest::Client,
    /// Permits for requests in flight (see [`MAX_IN_FLIGHT`]).
    in_flight: Arc<Semaphore>,
    cache: Cache<ConversationAccessQuery, ConversationAccess>,
}

impl ConversationClient {
    /// The messaging subgraph at `base_url`, authenticated with the service
    /// `token`, answers kept for `ttl`.
    pub fn new(base_url: &str, token: SecretString, ttl: Duration) -> Self {
        Self {
            url: format!(
                "{}{CONVERSATION_ACCESS_PATH}",
                base_url.trim_end_matches('/')
            ),
            token,
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(5))
                .build()
                .unwrap_or_default(),
            in_flight: Arc::new(Semaphore::new(MAX_IN_FLIGHT)),
            cache: Cache::builder()
                .max_capacity(100_000)
                .time_to_live(ttl)
                .build(),
        }
    }

    /// The answer to `query`.
    pub async fn check(
        &self,
        query: ConversationAccessQuery,
    ) -> Result<ConversationAccess, AppError> {
        if let Some(hit) = self.cache.get(&query) {
            return Ok(hit);
        }
        // Never closed, so a permit always comes.
        let _permit = self.in_flight.acquire().await.ok();
        let unavailable = || AppError::unavailable("messaging is unavailable; try again");
        let response = self
            .client
            .post(&self.url)
            .bearer_auth(self.token.expose_secret())
            .json(&query)
            .send()
            .await
            .map_err(|err| {
                tracing::warn!(error = ?err, "the messaging subgraph did not answer");
                unavailable()
            })?;
        if !response.status().is_success() {
            tracing::warn!(status = %response.status(), "the messaging subgraph refused an access check");
            return Err(unavailable());
        }
        let answer: ConversationAccess = response
            .json()
            .await
            .map_err(|err| AppError::internal(anyhow::anyhow!("messaging's answer: {err}")))?;
        self.cache.insert(query, answer.clone());
        Ok(answer)
    }

    /// Forgets every remembered answer.
    pub fn forget(&self) {
        self.cache.invalidate_all();
    }
}

#[cfg(test)]
mod tests {
    use futures::future::join_all;
    use serde_json::json;

    use super::*;
    use crate::{error::ErrorCode, stand_in::slow_endpoint};

    fn client(url: &str) -> ConversationClient {
        ConversationClient::new(url, SecretString::from("service"), Duration::from_secs(60))
    }

    fn query() -> ConversationAccessQuery {
        ConversationAccessQuery {
            user_id: Uuid::now_v7(),
            conversation_id: Uuid::now_v7(),
            write: false,
        }
    }

    #[tokio::test]
    async fn a_burst_of_checks_waits_its_turn_instead_of_failing() {
        let answer = json!({ "allowed": true, "kind": "GROUP" });
        let (url, load) = slow_endpoint(answer, Duration::from_millis(20)).await;
        let client = client(&url);
        // Every subscriber of a restarted instance at once.
        let answers = join_all((0..200).map(|_| client.check(query()))).await;
        assert!(answers.iter().all(|a| a.as_ref().is_ok_and(|a| a.allowed)));
        load.assert_queued(200, MAX_IN_FLIGHT);
    }

    #[tokio::test]
    async fn an_unreachable_messaging_is_unavailable_without_its_address() {
        // A port nothing listens on.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        drop(listener);
        let err = client(&url).check(query()).await.unwrap_err();
        assert_eq!(err.code(), ErrorCode::Unavailable);
        assert!(!err.message().contains("127.0.0.1"), "{}", err.message());
    }
}
