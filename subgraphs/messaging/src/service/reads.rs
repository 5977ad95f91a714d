//! Read positions, unread counts and read receipts.
//!
//! Each participant has a read position: the newest message they have
//! read. Unread counts are the messages past it from other people (not
//! deleted, not from someone the reader blocked), counted when asked, so
//! sending costs nothing per participant. In direct and group
//! conversations each forward step of a position is also kept as a read
//! mark with its time, which answers "seen by whom, when" for any message
//! exactly. People who turned read receipts off leave no marks, and marks
//! they left earlier stop showing.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Value,
    sea_query::{Expr, ExprTrait},
};
use serde_json::json;
use stunxt_platform::AppError;
use uuid::Uuid;

use super::{
    Messaging,
    conversations::{ConversationKind, Opened},
    db_err, placeholders, query_all, user_channel,
};
use crate::entity::{messages, participants, read_marks, user_settings};

impl Messaging {
    /// Moves `user`'s read position in `conversation` forward to `message`
    /// (never back); with `receipt`, keeps the step as a read mark.
    /// Whether it moved.
    pub(crate) async fn advance_read<C: ConnectionTrait>(
        db: &C,
        conversation: Uuid,
        user: Uuid,
        message: Uuid,
        at: DateTime<Utc>,
        receipt: bool,
    ) -> Result<bool, AppError> {
        let moved = participants::Entity::update_many()
            .col_expr(
                participants::Column::LastReadMessageId,
                Expr::value(message),
            )
            .col_expr(participants::Column::LastReadAt, Expr::value(at))
            .filter(participants::Column::ConversationId.eq(conversation))
            .filter(participants::Column::UserId.eq(user))
            .filter(
                participants::Column::LastReadMessageId
                    .is_null()
                    .or(participants::Column::LastReadMessageId.lt(message)),
            )
            .exec(db)
            .await
            .map_err(db_err)?
            .rows_affected
            > 0;
        if moved && receipt {
            read_marks::Entity::insert(read_marks::ActiveModel {
                conversation_id: Set(conversation),
                user_id: Set(user),
                message_id: Set(message),
                read_at: Set(at),
            })
            .on_conflict_do_nothing()
            .exec_without_returning(db)
            .await
            .map_err(db_err)?;
        }
        Ok(moved)
    }

    /// The viewer has read conversation `id` up to `message` (by default,
    /// to its newest message).
    pub async fn mark_read(
        &self,
        viewer: Uuid,
        id: Uuid,
        message: Option<Uuid>,
    ) -> Result<Opened, AppError> {
        let opened = self.open(viewer, id, false).await?;
        let target = match message {
            Some(message) => {
                messages::Entity::find_by_id(message)
                    .one(&self.db)
                    .await
                    .map_err(db_err)?
                    .filter(|m| m.conversation_id == id)
                    .ok_or_else(|| AppError::not_found("no such message").with_field("messageId"))?
                    .id
            }
            None => {
                let newest: Option<Uuid> = messages::Entity::find()
                    .select_only()
                    .column(messages::Column::Id)
                    .filter(messages::Column::ConversationId.eq(id))
                    .order_by_desc(messages::Column::Id)
                    .into_tuple()
                    .one(&self.db)
                    .await
                    .map_err(db_err)?;
                match newest {
                    Some(newest) => newest,
                    None => return Ok(opened),
                }
            }
        };
        let receipt = opened.kind() != ConversationKind::Space
            && Self::sends_receipts(&self.db, viewer).await?;
        let now = Utc::now();
        if Self::advance_read(&self.db, id, viewer, target, now, receipt).await? {
            if receipt {
                self.tell(
                    &opened.conversation,
                    json!({
                        "type": "READ",
                        "userId": viewer,
                        "messageId": target,
                        "readAt": now,
                    }),
                )
                .await;
            }
            let unread = self.unread_counts(viewer, &[id]).await?;
            let total = self.total_unread(viewer).await?;
            self.announce(
                &user_channel(viewer),
                &json!({
                    "type": "READ_STATE",
                    "conversationId": id,
                    "userId": viewer,
                    "lastReadMessageId": target,
                    "unreadCount": unread.get(&id).copied().unwrap_or(0),
                    "totalUnread": total,
                }),
            )
            .await;
        }
        self.open_loaded(viewer, opened.conversation, false).await
    }

    async fn count_unread(
        &self,
        viewer: Uuid,
        conversations: Option<&[Uuid]>,
    ) -> Result<HashMap<Uuid, i64>, AppError> {
        let mut sql = String::from(
            "SELECT m.conversation_id AS conversation_id, COUNT(*) AS n FROM messages m \
             JOIN participants p ON p.conversation_id = m.conversation_id AND p.user_id = ? \
             WHERE p.left_at IS NULL AND m.sender_id <> ? AND m.deleted_at IS NULL \
               AND (p.last_read_message_id IS NULL OR m.id > p.last_read_message_id) \
               AND m.sender_id NOT IN (SELECT b.blocked_id FROM user_blocks b WHERE b.blocker_id = ?)",
        );
        let mut values: Vec<Value> = vec![viewer.into(), viewer.into(), viewer.into()];
        match conversations {
            Some(ids) => {
                if ids.is_empty() {
                    return Ok(HashMap::new());
                }
                sql.push_str(&format!(
                    " AND m.conversation_id IN ({})",
                    placeholders(ids.len())
                ));
                values.extend(ids.iter().map(|id| Value::from(*id)));
            }
            None => {
                sql.push_str(" AND p.muted = ?");
                values.push(false.into());
            }
        }
        sql.push_str(" GROUP BY m.conversation_id");
        let rows = query_all(&self.db, &sql, values).await?;
        let mut found = HashMap::new();
        for row in rows {
            let id: Uuid = row.try_get("", "conversation_id").map_err(db_err)?;
            let n: i64 = row.try_get("", "n").map_err(db_err)?;
            found.insert(id, n);
        }
        Ok(found)
    }

    /// The viewer's unread messages in each of `conversations`.
    pub async fn unread_counts(
        &self,
        viewer: Uuid,
        conversations: &[Uuid],
    ) -> Result<HashMap<Uuid, i64>, AppError> {
        self.count_unread(viewer, Some(conversations)).await
    }

    /// The viewer's unread messages in all their conversations but the
    /// muted ones.
    pub async fn total_unread(&self, viewer: Uuid) -> Result<i64, AppError> {
        Ok(self.count_unread(viewer, None).await?.values().sum())
    }

    /// Who has seen each of `messages` and when, earliest first: every
    /// participant but its sender whose read position reached it, at the
    /// time it first did, unless they turned read receipts off. Two
    /// queries however many messages (a page of history).
    pub async fn seen_by(
        &self,
        messages: &[SeenKey],
    ) -> Result<HashMap<Uuid, Vec<(Uuid, DateTime<Utc>)>>, AppError> {
        let mut oldest: HashMap<Uuid, Uuid> = HashMap::new();
        for key in messages {
            let at = oldest.entry(key.conversation).or_insert(key.message);
            *at = Ord::min(*at, key.message);
        }
        let mut marks: Vec<read_marks::Model> = Vec::new();
        for (conversation, from) in oldest {
            marks.extend(
                read_marks::Entity::find()
                    .filter(read_marks::Column::ConversationId.eq(conversation))
                    .filter(read_marks::Column::MessageId.gte(from))
                    .all(&self.db)
                    .await
                    .map_err(db_err)?,
            );
        }
        let mut readers: Vec<Uuid> = marks.iter().map(|m| m.user_id).collect();
        readers.sort_unstable();
        readers.dedup();
        let silent: Vec<Uuid> = if readers.is_empty() {
            Vec::new()
        } else {
            user_settings::Entity::find()
                .select_only()
                .column(user_settings::Column::UserId)
                .filter(user_settings::Column::UserId.is_in(readers))
                .filter(user_settings::Column::SendReadReceipts.eq(false))
                .into_tuple()
                .all(&self.db)
                .await
                .map_err(db_err)?
        };
        let mut seen = HashMap::new();
        for key in messages {
            let mut first: HashMap<Uuid, DateTime<Utc>> = HashMap::new();
            for mark in marks.iter().filter(|m| {
                m.conversation_id == key.conversation
                    && m.message_id >= key.message
                    && m.user_id != key.sender
                    && !silent.contains(&m.user_id)
            }) {
                let at = first.entry(mark.user_id).or_insert(mark.read_at);
                *at = Ord::min(*at, mark.read_at);
            }
            let mut readers: Vec<(Uuid, DateTime<Utc>)> = first.into_iter().collect();
            readers.sort_by_key(|(user, at)| (*at, *user));
            seen.insert(key.message, readers);
        }
        Ok(seen)
    }
}

/// A message whose read receipts are asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SeenKey {
    /// Its conversation.
    pub conversation: Uuid,
    /// The message.
    pub message: Uuid,
    /// Its sender (whose own reading is no receipt).
    pub sender: Uuid,
}
