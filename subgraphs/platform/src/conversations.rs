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

use std::time::Duration;

use moka::sync::Cache;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{error::AppError, service_client::ServiceClient};

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
    client: ServiceClient,
    cache: Cache<ConversationAccessQuery, ConversationAccess>,
}

impl ConversationClient {
    /// The messaging subgraph at `base_url`, authenticated with the service
    /// `token`, answers kept for `ttl`.
    pub fn new(base_url: &str, token: SecretString, ttl: Duration) -> Self {
        Self {
            client: ServiceClient::new("messaging", base_url, token, Duration::from_secs(5)),
            cache: Cache::builder()
                .max_capacity(100_000)
                .time_to_live(ttl)
                .build(),
        }
    }

    /// The answer to `query`. Fails with `UNAVAILABLE` when messaging
    /// cannot answer.
    pub async fn check(
        &self,
        query: ConversationAccessQuery,
    ) -> Result<ConversationAccess, AppError> {
        if let Some(hit) = self.cache.get(&query) {
            return Ok(hit);
        }
        let answer: ConversationAccess = self
            .client
            .post(CONVERSATION_ACCESS_PATH, &query)
            .await?
            // Messaging answers every query; a 404 is a deployment whose
            // messaging does not serve the endpoint (yet).
            .ok_or_else(|| self.client.unavailable())?;
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
    use serde_json::json;

    use super::*;
    use crate::stand_in::slow_endpoint;

    #[tokio::test]
    async fn answers_are_remembered_until_forgotten() {
        let answer = json!({ "allowed": true, "kind": "GROUP" });
        let (url, load) = slow_endpoint(answer, Duration::from_millis(1)).await;
        let client =
            ConversationClient::new(&url, SecretString::from("service"), Duration::from_secs(60));
        let query = ConversationAccessQuery {
            user_id: Uuid::now_v7(),
            conversation_id: Uuid::now_v7(),
            write: false,
        };
        for _ in 0..3 {
            let answer = client.check(query.clone()).await.unwrap();
            assert!(answer.allowed);
            assert_eq!(answer.kind.as_deref(), Some("GROUP"));
        }
        assert_eq!(load.total(), 1);
        client.forget();
        client.check(query).await.unwrap();
        assert_eq!(load.total(), 2);
    }
}
