//! What the realtime schema works with: pub/sub, presence, and the access
//! questions it asks on subscribe and on every delivery.

use std::{sync::Arc, time::Duration};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    sea_query::OnConflict,
};
use serde_json::Value;
use stunxt_platform::{
    AppError,
    access::{AccessClient, AccessQuery},
    conversations::{ConversationAccessQuery, ConversationClient},
    events::EventEnvelope,
    pubsub::PubSub,
};
use uuid::Uuid;

use crate::{
    entity::presence_settings,
    feed::{Event, Feeds},
    presence::Presence,
};

/// The realtime edge's limits and timings.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Subscriptions one connection may hold.
    pub subscriptions_per_connection: usize,
    /// Connections one user may hold, across instances.
    pub connections_per_user: usize,
    /// How long a typing signal lasts without another.
    pub typing_ttl: Duration,
    /// How long a client has to send `connection_init`.
    pub init_timeout: Duration,
    /// How often an open connection renews its presence.
    pub heartbeat: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            subscriptions_per_connection: 100,
            connections_per_user: 20,
            typing_ttl: Duration::from_secs(5),
            init_timeout: Duration::from_secs(10),
            heartbeat: Duration::from_secs(20),
        }
    }
}

/// The pub/sub channel of typing signals in a conversation.
pub fn typing_channel(conversation: Uuid) -> String {
    format!("realtime.typing.{conversation}")
}

/// The pub/sub channel other subgraphs (notifications) publish a user's
/// own events on, as `{ "type": …, "payload": … }`.
pub fn user_events_channel(user: Uuid) -> String {
    format!("realtime.user.{user}")
}

/// Shared by the schema and the socket handler. Cloning shares it.
#[derive(Clone)]
pub struct Hub {
    /// Live fan-out.
    pub pubsub: PubSub,
    /// Live fan-out shared by this instance's subscriptions.
    pub feeds: Feeds,
    /// Who is online.
    pub presence: Presence,
    /// Conversation access, asked of messaging.
    pub conversations: ConversationClient,
    /// Space access, asked of communities.
    pub access: AccessClient,
    /// The realtime database (presence settings).
    pub db: DatabaseConnection,
    /// Limits and timings.
    pub limits: Arc<Limits>,
    /// Where WebSocket connections run (see [`crate::delivery`]).
    pub delivery: tokio::runtime::Handle,
}

impl Hub {
    /// Refuses unless `user` may follow (or with `write`, type in)
    /// conversation `id`.
    pub async fn require_conversation(
        &self,
        user: Uuid,
        id: Uuid,
        write: bool,
    ) -> Result<(), AppError> {
        let answer = self
            .conversations
            .check(ConversationAccessQuery {
                user_id: user,
                conversation_id: id,
                write,
            })
            .await?;
        if answer.allowed {
            Ok(())
        } else {
            Err(AppError::not_found("no such conversation").with_field("conversationId"))
        }
    }

    /// Whether `user` may still see `event` of a conversation: in a space
    /// chat, if they may read the space now; otherwise, if the event's
    /// participants include them. `last` is the subscriber's memory of its
    /// previous answer (see [`LastVerdict`]). Fails with `UNAVAILABLE`
    /// when access cannot be checked: not knowing is not a refusal, and
    /// the subscriber, told so, subscribes again and catches up.
    pub async fn may_see(
        &self,
        user: Uuid,
        event: &Event,
        last: &LastVerdict,
    ) -> Result<bool, AppError> {
        if let Some(answer) = self.may_see_now(user, event, last) {
            return Ok(answer);
        }
        let Some((community, space)) = event.space() else {
            return Ok(false);
        };
        // Read before asking: a change announced meanwhile moves the
        // count past what is remembered.
        let changes = self.access.changes();
        let answer = self
            .access
            .check(AccessQuery {
                user_id: Some(user),
                community_id: community,
                space_id: Some(space),
                permission: "READ".to_owned(),
            })
            .await
            .map_err(|err| {
                tracing::warn!(error = ?err, "access check failed during a delivery");
                AppError::unavailable("access could not be checked; subscribe again")
            })?;
        if answer.allowed() {
            last.allow(space, changes);
        }
        Ok(answer.allowed())
    }

    /// [`Hub::may_see`] when it can be answered at once: `None` when the
    /// space's access must be asked.
    pub fn may_see_now(&self, user: Uuid, event: &Event, last: &LastVerdict) -> Option<bool> {
        match event.space() {
            Some((_, space)) => last.holds(space, self.access.changes()).then_some(true),
            None => {
                let mut text = Uuid::encode_buffer();
                let user = &*user.hyphenated().encode_lower(&mut text);
                Some(
                    event.json["participantIds"]
                        .as_array()
                        .is_some_and(|ids| ids.iter().any(|v| v.as_str() == Some(user))),
                )
            }
        }
    }

    /// Whether `user` shows others when they are online.
    pub async fn shows_presence(&self, user: Uuid) -> bool {
        presence_settings::Entity::find_by_id(user)
            .one(&self.db)
            .await
            .ok()
            .flatten()
            .is_none_or(|s| s.show_online_status)
    }

    /// Publishes that `user` is typing in `conversation` (or stopped).
    pub async fn typing(
        &self,
        user: Uuid,
        conversation: Uuid,
        typing: bool,
    ) -> Result<DateTime<Utc>, AppError> {
        let until =
            Utc::now() + chrono::Duration::from_std(self.limits.typing_ttl).unwrap_or_default();
        self.pubsub
            .publish_json(
                &typing_channel(conversation),
                &serde_json::json!({
                    "conversationId": conversation,
                    "userId": user,
                    "typing": typing,
                    "expiresAt": until,
                }),
            )
            .await
            .map_err(AppError::internal)?;
        Ok(until)
    }
}

/// A subscriber's last "may read the space" answer. A space chat delivers
/// many events a second to every subscriber; asking the access cache for
/// each costs more than the rest of the delivery. An allowed answer is
/// reused for the same space while no access change has been announced
/// (see [`AccessClient::changes`]) and for at most [`LastVerdict::LIFE`].
#[derive(Debug, Default)]
pub struct LastVerdict(std::sync::Mutex<Option<(Uuid, u64, std::time::Instant)>>);

impl LastVerdict {
    /// Longest an answer is reused, even with no change announced.
    pub const LIFE: Duration = Duration::from_secs(1);

    fn holds(&self, space: Uuid, changes: u64) -> bool {
        let last = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        last.is_some_and(|(s, c, at)| s == space && c == changes && at.elapsed() < Self::LIFE)
    }

    fn allow(&self, space: Uuid, changes: u64) {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some((space, changes, std::time::Instant::now()));
    }
}

/// identity's events realtime keeps a copy from.
pub const IDENTITY_TOPICS: &[&str] = &["identity.user.updated", "identity.user.deleted"];

/// Applies one identity event to the presence settings. Returns the
/// user's new choice when it changed whether they show their presence.
pub async fn apply<C: ConnectionTrait>(
    db: &C,
    event: &EventEnvelope,
) -> Result<Option<(Uuid, bool)>, DbErr> {
    let Some(user) = event.payload["userId"]
        .as_str()
        .and_then(|id| id.parse::<Uuid>().ok())
    else {
        return Ok(None);
    };
    match event.topic.as_str() {
        "identity.user.updated" => {
            let Some(show) = event.payload["privacy"]["showOnlineStatus"].as_bool() else {
                return Ok(None);
            };
            let before = presence_settings::Entity::find_by_id(user)
                .one(db)
                .await?
                .is_none_or(|s| s.show_online_status);
            presence_settings::Entity::insert(presence_settings::ActiveModel {
                user_id: Set(user),
                show_online_status: Set(show),
            })
            .on_conflict(
                OnConflict::column(presence_settings::Column::UserId)
                    .update_column(presence_settings::Column::ShowOnlineStatus)
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
            Ok((before != show).then_some((user, show)))
        }
        "identity.user.deleted" => {
            presence_settings::Entity::delete_by_id(user)
                .exec(db)
                .await?;
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// What the presence channel of a user carries when they start or stop
/// showing their presence (besides their presence states).
pub fn visibility_message(user: Uuid, shown: bool) -> Value {
    serde_json::json!({ "userId": user, "shown": shown })
}
