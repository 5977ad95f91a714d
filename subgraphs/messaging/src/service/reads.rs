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

    /// Who has seen `message` (its sender aside) and when, earliest first:
    /// direct and group conversations only, and only people who send read
    /// receipts.
    pub async fn seen_by(
        &self,
        message: &messages::Model,
    ) -> Result<Vec<(Uuid, DateTime<Utc>)>, AppError> {
        let rows: Vec<(Uuid, DateTime<Utc>)> = read_marks::Entity::find()
            .select_only()
            .column(read_marks::Column::UserId)
            .column_as(read_marks::Column::ReadAt.min(), "read_at")
            .filter(read_marks::Column::ConversationId.eq(message.conversation_id))
            .filter(read_marks::Column::MessageId.gte(message.id))
            .filter(read_marks::Column::UserId.ne(message.sender_id))
            .group_by(read_marks::Column::UserId)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_err)?;
        if rows.is_empty() {
            return Ok(rows);
        }
        let silent: Vec<Uuid> = user_settings::Entity::find()
            .select_only()
            .column(user_settings::Column::UserId)
            .filter(user_settings::Column::UserId.is_in(rows.iter().map(|r| r.0)))
            .filter(user_settings::Column::SendReadReceipts.eq(false))
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut seen: Vec<(Uuid, DateTime<Utc>)> = rows
            .into_iter()
            .filter(|(user, _)| !silent.contains(user))
            .collect();
        seen.sort_by_key(|(user, at)| (*at, *user));
        Ok(seen)
    }
}
