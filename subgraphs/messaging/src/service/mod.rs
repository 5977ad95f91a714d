//! Messaging rules, free of GraphQL.
//!
//! Who is in a direct or group conversation is messaging's own record;
//! who is in a space chat is the communities subgraph's call, asked
//! through the access client on every read (`READ`) and write (`CHAT`).
//! Who may start a conversation with whom follows the recipient's privacy
//! setting and blocks, which messaging keeps a copy of from identity's
//! events ([`people`]).
//!
//! Every change is announced twice after it commits: once on the event
//! bus (durable, for notifications) when others should hear of it, and
//! once on pub/sub channel `messaging.conversation.<id>` (one publish per
//! change, whatever the number of listeners) for the realtime edge, with
//! what a client needs to render it. Changes that concern one person's
//! view (joined, removed, read elsewhere) also go to
//! `messaging.user.<id>`.
//!
//! - [`conversations`]: direct, group and space conversations and their
//!   people.
//! - [`messages`]: sending, editing, deleting, reactions, threads,
//!   history and search.
//! - [`reads`]: read positions, unread counts and read receipts.
//! - [`people`]: the privacy settings, blocks and shared communities
//!   messaging decides with.

pub mod conversations;
pub mod messages;
pub mod people;
pub mod reads;

use std::{sync::Arc, time::Duration};

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement, Value};
use serde::Serialize;
use stunxt_platform::{
    AppError, access::AccessClient, config::MessagingConfig, media::MediaClient, pubsub::PubSub,
    ratelimit::RateLimiter,
};
use uuid::Uuid;

pub use stunxt_platform::conversations::{conversation_channel, user_channel};

/// The messaging service. Cloning shares it.
#[derive(Clone)]
pub struct Messaging {
    pub(crate) db: DatabaseConnection,
    pub(crate) access: AccessClient,
    pub(crate) media: Option<MediaClient>,
    pub(crate) limiter: RateLimiter,
    pub(crate) pubsub: PubSub,
    pub(crate) config: Arc<MessagingConfig>,
}

impl Messaging {
    /// The service over `db`, asking `access` about space chats, attaching
    /// files through `media` and announcing changes on `pubsub`.
    pub fn new(
        db: DatabaseConnection,
        access: AccessClient,
        media: Option<MediaClient>,
        limiter: RateLimiter,
        pubsub: PubSub,
        config: MessagingConfig,
    ) -> Self {
        Self {
            db,
            access,
            media,
            limiter,
            pubsub,
            config: Arc::new(config),
        }
    }

    /// Where space `id` is, and its kind.
    pub async fn space_info(
        &self,
        id: Uuid,
    ) -> Result<Option<stunxt_platform::access::SpaceInfo>, AppError> {
        self.access.space(id).await
    }

    /// The limits in force.
    pub fn config(&self) -> &MessagingConfig {
        &self.config
    }

    /// Publishes `event` on `channel`. Live delivery is best effort: a
    /// client that missed it catches up from history, so a failure is
    /// logged and the committed change stands.
    pub(crate) async fn announce<T: Serialize>(&self, channel: &str, event: &T) {
        if let Err(err) = self.pubsub.publish_json(channel, event).await {
            tracing::warn!(channel, error = %err, "live announcement failed");
        }
    }

    /// Publishes `event` about `conversation` on its channel, with what
    /// realtime checks each delivery against: the kind, and the space (for
    /// a space chat) or the participants as of now.
    pub(crate) async fn tell(
        &self,
        conversation: &crate::entity::conversations::Model,
        event: serde_json::Value,
    ) {
        self.tell_known(conversation, event, None).await;
    }

    /// [`Self::tell`], with the participants when the caller has them.
    pub(crate) async fn tell_known(
        &self,
        conversation: &crate::entity::conversations::Model,
        mut event: serde_json::Value,
        participants: Option<&[Uuid]>,
    ) {
        if let Some(fields) = event.as_object_mut() {
            fields.insert("conversationId".into(), conversation.id.to_string().into());
            fields.insert("kind".into(), conversation.kind.clone().into());
            match (conversation.community_id, conversation.space_id) {
                (Some(community), Some(space)) => {
                    fields.insert("communityId".into(), community.to_string().into());
                    fields.insert("spaceId".into(), space.to_string().into());
                }
                _ => {
                    let ids = match participants {
                        Some(ids) => Ok(ids.to_vec()),
                        None => Self::participant_ids(&self.db, conversation.id).await,
                    };
                    match ids {
                        Ok(ids) => {
                            fields.insert("participantIds".into(), serde_json::json!(ids));
                        }
                        Err(err) => {
                            tracing::warn!(conversation = %conversation.id, error = %err.message(), "live announcement skipped");
                            return;
                        }
                    }
                }
            }
        }
        self.announce(&conversation_channel(conversation.id), &event)
            .await;
    }

    /// Counts one more sent message of `user` against the per-minute limit.
    pub(crate) async fn limit_sending(&self, user: Uuid) -> Result<(), AppError> {
        let per_minute = self.config.messages_per_minute;
        self.limiter
            .check(
                &format!("messaging:send:{user}"),
                per_minute,
                Duration::from_secs(60),
            )
            .await
            .map_err(|limited| {
                let message = format!(
                    "at most {per_minute} messages per minute; {}",
                    limited.message()
                );
                limited.with_message(message)
            })
    }
}

pub(crate) use stunxt_platform::error::db_err;

pub(crate) use stunxt_platform::validate::length as check_len;

/// A statement written with `?` placeholders, numbered for PostgreSQL.
pub(crate) fn statement(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = if backend == DbBackend::Postgres {
        let mut numbered = String::with_capacity(sql.len() + 8);
        let mut n = 0;
        for c in sql.chars() {
            if c == '?' {
                n += 1;
                numbered.push_str(&format!("${n}"));
            } else {
                numbered.push(c);
            }
        }
        numbered
    } else {
        sql.to_owned()
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// `?, ?, …` for `n` values.
pub(crate) fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// Runs `sql` on `db`, returning its rows.
pub(crate) async fn query_all<C: ConnectionTrait>(
    db: &C,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<sea_orm::QueryResult>, AppError> {
    db.query_all_raw(statement(db.get_database_backend(), sql, values))
        .await
        .map_err(db_err)
}

/// JSON list of ids, as stored.
pub(crate) fn json_ids(ids: &[Uuid]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned())
}

/// The ids of a stored JSON list.
pub fn stored_ids(json: &str) -> Vec<Uuid> {
    serde_json::from_str(json).unwrap_or_default()
}

/// The strings of a stored JSON list.
pub fn stored_strings(json: &str) -> Vec<String> {
    serde_json::from_str(json).unwrap_or_default()
}

/// `rows` grouped by `key`, each group in the rows' order.
pub(crate) fn grouped<K: std::hash::Hash + Eq, V>(
    rows: Vec<V>,
    key: impl Fn(&V) -> K,
) -> std::collections::HashMap<K, Vec<V>> {
    let mut groups = std::collections::HashMap::<K, Vec<V>>::new();
    for row in rows {
        groups.entry(key(&row)).or_default().push(row);
    }
    groups
}
