//! Messages: sending (idempotent by the client's id), editing with
//! history, soft deletion, emoji reactions, threads, history pages and
//! search.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    TryInsertResult, Value,
    sea_query::{Expr, ExprTrait},
};
use serde::Serialize;
use serde_json::json;
use stunxt_platform::{
    AppError,
    db::{begin_write, is_unique_violation},
    events::{self, EventEnvelope},
    ids::new_id,
    markdown,
    media::{ParentAccess, ParentRef, SetAttachments},
    pagination::{Direction, PageRequest, keyset_by_id},
    search::Terms,
};
use uuid::Uuid;

use super::{
    Messaging, check_len,
    conversations::{ConversationKind, Opened},
    db_err, grouped, json_ids, placeholders, query_all, stored_ids, stored_strings, user_channel,
};
use crate::entity::{conversations, message_reactions, message_revisions, messages, participants};

/// Longest client message id, in characters.
pub const MAX_CLIENT_ID_CHARS: usize = 64;
/// How much of a body events carry as a preview, in characters.
const PREVIEW_CHARS: usize = 140;

/// What to send.
#[derive(Debug, Clone, Default)]
pub struct NewMessage {
    /// Into this conversation …
    pub conversation: Option<Uuid>,
    /// … or to this person directly (their conversation with the sender,
    /// started if need be).
    pub recipient: Option<Uuid>,
    /// Markdown.
    pub body: String,
    /// Reply in the thread of this message.
    pub parent: Option<Uuid>,
    /// Media assets of the sender's to attach.
    pub attachments: Vec<Uuid>,
    /// The sender's id for this message: sending again with it returns the
    /// first message.
    pub client_message_id: Option<String>,
}

/// A message as live events carry it: what a client renders without
/// another request.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageSnapshot {
    /// Id.
    pub id: Uuid,
    /// Its conversation.
    pub conversation_id: Uuid,
    /// Who wrote it.
    pub sender_id: Uuid,
    /// The sender's own id for it.
    pub client_message_id: Option<String>,
    /// Markdown (empty once deleted).
    pub body: String,
    /// Sanitised HTML (empty once deleted).
    pub body_html: String,
    /// Usernames mentioned.
    pub mentions: Vec<String>,
    /// Attached media assets.
    pub attachment_ids: Vec<Uuid>,
    /// The thread it replies in.
    pub parent_id: Option<Uuid>,
    /// Replies in its thread.
    pub reply_count: i32,
    /// When it was last edited.
    pub edited_at: Option<DateTime<Utc>>,
    /// When it was deleted.
    pub deleted_at: Option<DateTime<Utc>>,
    /// When it was sent.
    pub created_at: DateTime<Utc>,
}

impl From<&messages::Model> for MessageSnapshot {
    fn from(m: &messages::Model) -> Self {
        let deleted = m.deleted_at.is_some();
        Self {
            id: m.id,
            conversation_id: m.conversation_id,
            sender_id: m.sender_id,
            client_message_id: m.client_message_id.clone(),
            body: if deleted {
                String::new()
            } else {
                m.body.clone()
            },
            body_html: if deleted {
                String::new()
            } else {
                m.body_html.clone()
            },
            mentions: if deleted {
                Vec::new()
            } else {
                stored_strings(&m.mentions)
            },
            attachment_ids: if deleted {
                Vec::new()
            } else {
                stored_ids(&m.attachment_ids)
            },
            parent_id: m.parent_id,
            reply_count: m.reply_count,
            edited_at: m.edited_at,
            deleted_at: m.deleted_at,
            created_at: m.created_at,
        }
    }
}

/// A page of history around one message.
#[derive(Debug, Clone)]
pub struct AroundPage {
    /// The messages, oldest first.
    pub messages: Vec<messages::Model>,
    /// Whether older messages exist.
    pub has_previous: bool,
    /// Whether newer messages exist.
    pub has_next: bool,
}

fn message_not_found() -> AppError {
    AppError::not_found("no such message")
}

fn preview(body: &str) -> String {
    body.chars().take(PREVIEW_CHARS).collect()
}

impl Messaging {
    /// Sends `input` as `viewer`.
    pub async fn send(&self, viewer: Uuid, input: NewMessage) -> Result<messages::Model, AppError> {
        self.check_message(&input)?;
        let body = input.body.trim().to_owned();
        let blocked = || AppError::forbidden("this person does not accept messages from you");
        // Where it goes: an open conversation, or a direct one that may
        // not exist yet.
        let existing = match (input.conversation, input.recipient) {
            (Some(id), None) => {
                let opened = self.open(viewer, id, true).await?;
                if opened.kind() == ConversationKind::Direct {
                    let other = Self::participant_ids(&self.db, id)
                        .await?
                        .into_iter()
                        .find(|p| *p != viewer);
                    if let Some(other) = other
                        && Self::blocked_between(&self.db, viewer, other).await?
                    {
                        return Err(blocked().with_field("conversationId"));
                    }
                }
                Some(opened)
            }
            (None, Some(recipient)) => {
                if recipient == viewer {
                    return Err(AppError::bad_input(
                        "recipientId",
                        "a direct conversation needs someone else",
                    ));
                }
                match self.direct_with(viewer, recipient).await? {
                    Some(found) => {
                        if Self::blocked_between(&self.db, viewer, recipient).await? {
                            return Err(blocked().with_field("recipientId"));
                        }
                        Some(self.open_loaded(viewer, found, true).await?)
                    }
                    None => None,
                }
            }
            _ => {
                return Err(AppError::bad_input(
                    "conversationId",
                    "give either conversationId or recipientId",
                ));
            }
        };
        if let (Some(opened), Some(client_id)) = (&existing, &input.client_message_id)
            && let Some(found) =
                Self::by_client_id(&self.db, opened.conversation.id, viewer, client_id).await?
        {
            return Ok(found);
        }
        self.limit_sending(viewer).await?;
        let participants = match &existing {
            Some(opened) if opened.kind() == ConversationKind::Space => Vec::new(),
            Some(opened) => Self::participant_ids(&self.db, opened.conversation.id).await?,
            None => vec![viewer, input.recipient.unwrap_or(viewer)],
        };
        let id = new_id();
        if !input.attachments.is_empty() {
            let space = existing
                .as_ref()
                .and_then(|o| o.conversation.community_id.zip(o.conversation.space_id));
            self.attach(space, id, viewer, &participants, input.attachments.clone())
                .await?;
        }
        let txn = begin_write(&self.db).await.map_err(db_err)?;
        let (conversation, started) = match existing {
            Some(opened) => (opened.conversation, false),
            None => {
                let recipient = input.recipient.unwrap_or(viewer);
                let (conversation, started) =
                    self.direct_for_sending(&txn, viewer, recipient).await?;
                // Started meanwhile by a retry of this very send?
                if let Some(client_id) = &input.client_message_id
                    && let Some(found) =
                        Self::by_client_id(&txn, conversation.id, viewer, client_id).await?
                {
                    return Ok(found);
                }
                (conversation, started)
            }
        };
        let parent = match input.parent {
            None => None,
            Some(parent) => {
                let found = messages::Entity::find_by_id(parent)
                    .one(&txn)
                    .await
                    .map_err(db_err)?
                    .filter(|m| m.conversation_id == conversation.id && m.deleted_at.is_none())
                    .ok_or_else(|| message_not_found().with_field("parentId"))?;
                // A reply to a reply joins its thread.
                Some(found.parent_id.unwrap_or(found.id))
            }
        };
        let rendered = markdown::render(&body);
        let now = Utc::now();
        let inserted =
            messages::Entity::insert(messages::ActiveModel {
                id: Set(id),
                conversation_id: Set(conversation.id),
                sender_id: Set(viewer),
                client_message_id: Set(input.client_message_id.clone()),
                body: Set(body.clone()),
                body_html: Set(rendered.html),
                mentions: Set(
                    serde_json::to_string(&rendered.mentions).unwrap_or_else(|_| "[]".into())
                ),
                attachment_ids: Set(json_ids(&input.attachments)),
                parent_id: Set(parent),
                reply_count: Set(0),
                last_reply_at: Set(None),
                edited_at: Set(None),
                deleted_at: Set(None),
                deleted_by: Set(None),
                created_at: Set(now),
            })
            .exec_without_returning(&txn)
            .await;
        if let Err(err) = inserted {
            if is_unique_violation(&err)
                && let Some(client_id) = &input.client_message_id
            {
                // The same send raced itself: the first one stands.
                drop(txn);
                return Self::by_client_id(&self.db, conversation.id, viewer, client_id)
                    .await?
                    .ok_or_else(|| AppError::internal(err));
            }
            return Err(db_err(err));
        }
        let mut touch = conversations::Entity::update_many()
            .col_expr(conversations::Column::LastActivityAt, Expr::value(now))
            .filter(conversations::Column::Id.eq(conversation.id));
        if parent.is_none() {
            touch = touch.col_expr(conversations::Column::LastMessageId, Expr::value(id));
        }
        touch.exec(&txn).await.map_err(db_err)?;
        if let Some(parent) = parent {
            messages::Entity::update_many()
                .col_expr(
                    messages::Column::ReplyCount,
                    Expr::col(messages::Column::ReplyCount).add(1),
                )
                .col_expr(messages::Column::LastReplyAt, Expr::value(now))
                .filter(messages::Column::Id.eq(parent))
                .exec(&txn)
                .await
                .map_err(db_err)?;
        }
        // The sender has read what they wrote.
        Self::advance_read(&txn, conversation.id, viewer, id, now, false).await?;
        let recipients: Vec<Uuid> = participants
            .iter()
            .copied()
            .filter(|p| *p != viewer)
            .collect();
        let muted: Vec<Uuid> = if recipients.is_empty() {
            Vec::new()
        } else {
            participants::Entity::find()
                .select_only()
                .column(participants::Column::UserId)
                .filter(participants::Column::ConversationId.eq(conversation.id))
                .filter(participants::Column::UserId.is_in(recipients.iter().copied()))
                .filter(participants::Column::Muted.eq(true))
                .into_tuple()
                .all(&txn)
                .await
                .map_err(db_err)?
        };
        let mut event = EventEnvelope::new(
            "messaging.message.sent",
            json!({
                "conversationId": conversation.id,
                "messageId": id,
                "senderId": viewer,
                "kind": conversation.kind,
                "recipientIds": recipients,
                "mutedIds": muted,
                "conversationName": conversation.name,
                "spaceId": conversation.space_id,
                "parentId": parent,
                "mentions": rendered.mentions,
                "preview": preview(&body),
            }),
        )
        .actor(viewer);
        if let Some(community) = conversation.community_id {
            event = event.community(community);
        }
        events::enqueue(&txn, &event).await.map_err(db_err)?;
        txn.commit().await.map_err(db_err)?;
        let message = self.message(id).await?;
        if started {
            for user in &participants {
                self.announce(
                    &user_channel(*user),
                    &json!({ "type": "CONVERSATION_ADDED", "conversationId": conversation.id, "userId": user, "actorId": viewer }),
                )
                .await;
            }
        }
        let snapshot = MessageSnapshot::from(&message);
        let known = (conversation.space_id.is_none()).then_some(participants.as_slice());
        self.tell_known(
            &conversation,
            json!({ "type": "MESSAGE_ADDED", "message": snapshot }),
            known,
        )
        .await;
        // Each recipient's conversation list moves and its badge counts up
        // (space chats aside: their readers follow the chat itself).
        for user in participants.iter().filter(|p| **p != viewer) {
            self.announce(
                &user_channel(*user),
                &json!({
                    "type": "MESSAGE_RECEIVED",
                    "conversationId": conversation.id,
                    "userId": user,
                    "message": snapshot,
                }),
            )
            .await;
        }
        Ok(message)
    }

    fn check_message(&self, input: &NewMessage) -> Result<(), AppError> {
        let max = self.config.max_message_chars;
        let min = usize::from(input.attachments.is_empty());
        check_len("body", input.body.trim(), min, max)?;
        if let Some(client_id) = &input.client_message_id {
            check_len("clientMessageId", client_id, 1, MAX_CLIENT_ID_CHARS)?;
        }
        let max_files = self.config.max_attachments;
        if input.attachments.len() > max_files {
            return Err(AppError::bad_input(
                "attachmentIds",
                format!("a message may carry at most {max_files} attachments"),
            ));
        }
        Ok(())
    }

    async fn by_client_id<C: ConnectionTrait>(
        db: &C,
        conversation: Uuid,
        sender: Uuid,
        client_id: &str,
    ) -> Result<Option<messages::Model>, AppError> {
        messages::Entity::find()
            .filter(messages::Column::ConversationId.eq(conversation))
            .filter(messages::Column::SenderId.eq(sender))
            .filter(messages::Column::ClientMessageId.eq(client_id))
            .one(db)
            .await
            .map_err(db_err)
    }

    /// Tells media that `assets` hang on message `id`, readable by the
    /// conversation's participants (or, in a space chat, by whoever may
    /// read the space).
    async fn attach(
        &self,
        space: Option<(Uuid, Uuid)>,
        id: Uuid,
        owner: Uuid,
        participants: &[Uuid],
        assets: Vec<Uuid>,
    ) -> Result<(), AppError> {
        let media = self
            .media
            .as_ref()
            .ok_or_else(|| AppError::unavailable("attachments need the media subgraph"))?;
        let access = match space {
            Some((community, space)) => ParentAccess {
                community_id: Some(community),
                space_id: Some(space),
                ..ParentAccess::default()
            },
            None => ParentAccess {
                readers: Some(participants.to_vec()),
                ..ParentAccess::default()
            },
        };
        media
            .set_attachments(&SetAttachments {
                parent: parent_ref(id),
                access,
                owner_id: Some(owner),
                asset_ids: assets,
            })
            .await
    }

    /// Message `id`, whoever asks.
    pub async fn message(&self, id: Uuid) -> Result<messages::Model, AppError> {
        messages::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(message_not_found)
    }

    /// Message `id` and its conversation, as `viewer` may see them; a
    /// message from someone the viewer blocked is not found.
    pub async fn open_message(
        &self,
        viewer: Uuid,
        id: Uuid,
        write: bool,
    ) -> Result<(messages::Model, Opened), AppError> {
        let message = self.message(id).await?;
        let opened = self
            .open(viewer, message.conversation_id, write)
            .await
            .map_err(|err| match err.code() {
                stunxt_platform::ErrorCode::NotFound => message_not_found(),
                _ => err,
            })?;
        if self.blocked_by(viewer).await?.contains(&message.sender_id) {
            return Err(message_not_found());
        }
        Ok((message, opened))
    }

    /// The sender edits message `id`; the earlier body is kept.
    pub async fn edit(
        &self,
        viewer: Uuid,
        id: Uuid,
        body: String,
    ) -> Result<messages::Model, AppError> {
        let (message, opened) = self.open_message(viewer, id, true).await?;
        if message.sender_id != viewer {
            return Err(AppError::forbidden("only its sender may edit a message"));
        }
        if message.deleted_at.is_some() {
            return Err(AppError::conflict(
                "id",
                "a deleted message cannot be edited",
            ));
        }
        let body = body.trim().to_owned();
        let min = usize::from(stored_ids(&message.attachment_ids).is_empty());
        check_len("body", &body, min, self.config.max_message_chars)?;
        if body == message.body {
            return Ok(message);
        }
        let rendered = markdown::render(&body);
        let now = Utc::now();
        let txn = begin_write(&self.db).await.map_err(db_err)?;
        message_revisions::Entity::insert(message_revisions::ActiveModel {
            id: Set(new_id()),
            message_id: Set(id),
            body: Set(message.body.clone()),
            created_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await
        .map_err(db_err)?;
        messages::Entity::update_many()
            .col_expr(messages::Column::Body, Expr::value(body))
            .col_expr(messages::Column::BodyHtml, Expr::value(rendered.html))
            .col_expr(
                messages::Column::Mentions,
                Expr::value(serde_json::to_string(&rendered.mentions).unwrap_or_default()),
            )
            .col_expr(messages::Column::EditedAt, Expr::value(now))
            .filter(messages::Column::Id.eq(id))
            .exec(&txn)
            .await
            .map_err(db_err)?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "messaging.message.edited",
                json!({ "conversationId": message.conversation_id, "messageId": id, "senderId": viewer, "mentions": rendered.mentions }),
            )
            .actor(viewer),
        )
        .await
        .map_err(db_err)?;
        txn.commit().await.map_err(db_err)?;
        let updated = self.message(id).await?;
        self.announce_message("MESSAGE_EDITED", &opened, &updated)
            .await;
        Ok(updated)
    }

    /// Deletes message `id`: its sender, a group admin or a space
    /// moderator may. It stays as a placeholder without its content.
    pub async fn delete(&self, viewer: Uuid, id: Uuid) -> Result<messages::Model, AppError> {
        let (message, opened) = self.open_message(viewer, id, false).await?;
        if message.sender_id != viewer && !opened.manager {
            return Err(AppError::forbidden(
                "only its sender or a moderator may delete a message",
            ));
        }
        if message.deleted_at.is_some() {
            return Ok(message);
        }
        let txn = begin_write(&self.db).await.map_err(db_err)?;
        messages::Entity::update_many()
            .col_expr(messages::Column::DeletedAt, Expr::value(Utc::now()))
            .col_expr(messages::Column::DeletedBy, Expr::value(viewer))
            .filter(messages::Column::Id.eq(id))
            .exec(&txn)
            .await
            .map_err(db_err)?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "messaging.message.deleted",
                json!({ "conversationId": message.conversation_id, "messageId": id, "senderId": message.sender_id }),
            )
            .actor(viewer),
        )
        .await
        .map_err(db_err)?;
        txn.commit().await.map_err(db_err)?;
        if let Some(media) = &self.media
            && !stored_ids(&message.attachment_ids).is_empty()
            && let Err(err) = media.remove_parent(&parent_ref(id)).await
        {
            // Detaching later is harmless: media only holds files longer.
            tracing::warn!(message = %id, error = %err.message(), "detaching a deleted message's media");
        }
        let updated = self.message(id).await?;
        self.announce_message("MESSAGE_DELETED", &opened, &updated)
            .await;
        Ok(updated)
    }

    async fn announce_message(&self, kind: &str, opened: &Opened, message: &messages::Model) {
        self.tell(
            &opened.conversation,
            json!({ "type": kind, "message": MessageSnapshot::from(message) }),
        )
        .await;
    }

    /// The earlier bodies of each of `ids`, oldest first.
    pub async fn revisions(
        &self,
        ids: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<message_revisions::Model>>, AppError> {
        let rows = message_revisions::Entity::find()
            .filter(message_revisions::Column::MessageId.is_in(ids.iter().copied()))
            .order_by_asc(message_revisions::Column::Id)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        Ok(grouped(rows, |row| row.message_id))
    }

    /// Adds (or with `add == false` removes) the viewer's `emoji` on
    /// message `id`.
    pub async fn react(
        &self,
        viewer: Uuid,
        id: Uuid,
        emoji: &str,
        add: bool,
    ) -> Result<messages::Model, AppError> {
        if emojis::get(emoji).is_none() {
            return Err(AppError::bad_input(
                "emoji",
                format!("{emoji:?} is not an emoji"),
            ));
        }
        let (message, opened) = self.open_message(viewer, id, true).await?;
        if message.deleted_at.is_some() {
            return Err(AppError::conflict(
                "id",
                "a deleted message takes no reactions",
            ));
        }
        let changed = if add {
            let inserted = message_reactions::Entity::insert(message_reactions::ActiveModel {
                message_id: Set(id),
                user_id: Set(viewer),
                emoji: Set(emoji.to_owned()),
                created_at: Set(Utc::now()),
            })
            .on_conflict_do_nothing()
            .exec_without_returning(&self.db)
            .await
            .map_err(db_err)?;
            matches!(inserted, TryInsertResult::Inserted(n) if n > 0)
        } else {
            message_reactions::Entity::delete_by_id((id, viewer, emoji.to_owned()))
                .exec(&self.db)
                .await
                .map_err(db_err)?
                .rows_affected
                > 0
        };
        if changed {
            let counts = self
                .reaction_counts(&[id])
                .await?
                .remove(&id)
                .unwrap_or_default();
            self.tell(
                &opened.conversation,
                json!({
                    "type": "REACTION",
                    "messageId": id,
                    "userId": viewer,
                    "emoji": emoji,
                    "added": add,
                    "reactions": counts.iter().map(|(e, n)| json!({ "emoji": e, "count": n })).collect::<Vec<_>>(),
                }),
            )
            .await;
        }
        Ok(message)
    }

    /// Reaction counts of `messages`, most used first.
    pub async fn reaction_counts(
        &self,
        messages: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<(String, i64)>>, AppError> {
        let rows: Vec<(Uuid, String, i64)> = message_reactions::Entity::find()
            .select_only()
            .column(message_reactions::Column::MessageId)
            .column(message_reactions::Column::Emoji)
            .column_as(message_reactions::Column::UserId.count(), "n")
            .filter(message_reactions::Column::MessageId.is_in(messages.to_vec()))
            .group_by(message_reactions::Column::MessageId)
            .group_by(message_reactions::Column::Emoji)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut found: HashMap<Uuid, Vec<(String, i64)>> = HashMap::new();
        for (message, emoji, n) in rows {
            found.entry(message).or_default().push((emoji, n));
        }
        for counts in found.values_mut() {
            counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        }
        Ok(found)
    }

    /// The emoji `viewer` put on each of `messages`.
    pub async fn viewer_reactions(
        &self,
        viewer: Uuid,
        messages: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<String>>, AppError> {
        let rows = message_reactions::Entity::find()
            .filter(message_reactions::Column::UserId.eq(viewer))
            .filter(message_reactions::Column::MessageId.is_in(messages.to_vec()))
            .order_by_asc(message_reactions::Column::CreatedAt)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut found: HashMap<Uuid, Vec<String>> = HashMap::new();
        for row in rows {
            found.entry(row.message_id).or_default().push(row.emoji);
        }
        Ok(found)
    }

    /// The people who replied in each of the threads of `roots`, first
    /// repliers first, at most `limit` each.
    pub async fn thread_participants(
        &self,
        roots: &[Uuid],
        limit: usize,
    ) -> Result<HashMap<Uuid, Vec<Uuid>>, AppError> {
        let replies: Vec<(Option<Uuid>, Uuid)> = messages::Entity::find()
            .select_only()
            .column(messages::Column::ParentId)
            .column(messages::Column::SenderId)
            .filter(messages::Column::ParentId.is_in(roots.iter().copied()))
            .filter(messages::Column::DeletedAt.is_null())
            .order_by_asc(messages::Column::Id)
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut found: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for (root, sender) in replies {
            let Some(root) = root else { continue };
            let senders = found.entry(root).or_default();
            if senders.len() < limit && !senders.contains(&sender) {
                senders.push(sender);
            }
        }
        Ok(found)
    }

    fn history_select(
        conversation: Uuid,
        thread: Option<Uuid>,
        blocked: &[Uuid],
    ) -> sea_orm::Select<messages::Entity> {
        let mut select =
            messages::Entity::find().filter(messages::Column::ConversationId.eq(conversation));
        select = match thread {
            Some(parent) => select.filter(messages::Column::ParentId.eq(parent)),
            None => select.filter(messages::Column::ParentId.is_null()),
        };
        if !blocked.is_empty() {
            select = select.filter(messages::Column::SenderId.is_not_in(blocked.to_vec()));
        }
        select
    }

    /// A page of the conversation's messages (or of the thread of
    /// `thread`), by id: oldest first forwards, newest first backwards.
    /// Messages of people the viewer blocked are left out.
    pub async fn history(
        &self,
        viewer: Uuid,
        conversation: Uuid,
        thread: Option<Uuid>,
        page: &PageRequest<Uuid>,
    ) -> Result<Vec<messages::Model>, AppError> {
        let blocked: Vec<Uuid> = self.blocked_by(viewer).await?.into_iter().collect();
        keyset_by_id(
            Self::history_select(conversation, thread, &blocked),
            messages::Column::Id,
            page,
        )
        .all(&self.db)
        .await
        .map_err(db_err)
    }

    /// `limit` messages around `around` (it included, about half before
    /// it), oldest first.
    pub async fn history_around(
        &self,
        viewer: Uuid,
        conversation: Uuid,
        thread: Option<Uuid>,
        around: Uuid,
        limit: usize,
    ) -> Result<AroundPage, AppError> {
        let blocked: Vec<Uuid> = self.blocked_by(viewer).await?.into_iter().collect();
        let anchor = messages::Entity::find_by_id(around)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .filter(|m| m.conversation_id == conversation && m.parent_id == thread)
            .ok_or_else(|| message_not_found().with_field("around"))?;
        let limit = limit.max(1);
        let wanted_before = (limit - 1) / 2;
        let mut before = Self::history_select(conversation, thread, &blocked)
            .filter(messages::Column::Id.lt(anchor.id))
            .order_by_desc(messages::Column::Id)
            .limit(wanted_before as u64 + 1)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let has_previous = before.len() > wanted_before;
        before.truncate(wanted_before);
        before.reverse();
        let wanted_after = limit - before.len();
        let mut after = Self::history_select(conversation, thread, &blocked)
            .filter(messages::Column::Id.gte(anchor.id))
            .order_by_asc(messages::Column::Id)
            .limit(wanted_after as u64 + 1)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let has_next = after.len() > wanted_after;
        after.truncate(wanted_after);
        before.extend(after);
        Ok(AroundPage {
            messages: before,
            has_previous,
            has_next,
        })
    }

    /// The conversations a search across all of `viewer`'s conversations
    /// looks in: those they take part in, space chats only while they may
    /// still read the space.
    async fn searchable(&self, viewer: Uuid) -> Result<Vec<Uuid>, AppError> {
        let rows: Vec<(Uuid, Option<Uuid>, Option<Uuid>)> = conversations::Entity::find()
            .select_only()
            .column(conversations::Column::Id)
            .column(conversations::Column::CommunityId)
            .column(conversations::Column::SpaceId)
            .filter(
                conversations::Column::Id.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(participants::Column::ConversationId)
                        .from(participants::Entity)
                        .and_where(participants::Column::UserId.eq(viewer))
                        .and_where(participants::Column::LeftAt.is_null())
                        .to_owned(),
                ),
            )
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut found = Vec::with_capacity(rows.len());
        for (id, community, space) in rows {
            match (community, space) {
                (Some(community), Some(space)) => {
                    let allowed = self
                        .access
                        .check(stunxt_platform::access::AccessQuery {
                            user_id: Some(viewer),
                            community_id: community,
                            space_id: Some(space),
                            permission: "READ".to_owned(),
                        })
                        .await?
                        .allowed();
                    if allowed {
                        found.push(id);
                    }
                }
                _ => found.push(id),
            }
        }
        Ok(found)
    }

    /// Messages matching `query` in `conversation` (or in every
    /// conversation of the viewer's), newest first, keyset by id.
    pub async fn search(
        &self,
        viewer: Uuid,
        query: &str,
        conversation: Option<Uuid>,
        page: &PageRequest<Uuid>,
    ) -> Result<Vec<messages::Model>, AppError> {
        let terms = Terms::parse(query)?;
        let scope = match conversation {
            Some(id) => {
                self.open(viewer, id, false).await?;
                vec![id]
            }
            None => self.searchable(viewer).await?,
        };
        if scope.is_empty() {
            return Ok(Vec::new());
        }
        let backend = self.db.get_database_backend();
        let mut sql = String::from("SELECT m.id FROM messages m WHERE m.deleted_at IS NULL");
        let mut values: Vec<Value> = Vec::new();
        if backend == DbBackend::Postgres {
            sql.push_str(" AND to_tsvector('simple', m.body) @@ to_tsquery('simple', ?)");
            values.push(terms.tsquery().into());
        } else {
            sql.push_str(
                " AND m.rowid IN (SELECT rowid FROM message_search WHERE message_search MATCH ?)",
            );
            values.push(terms.fts5().into());
        }
        sql.push_str(&format!(
            " AND m.conversation_id IN ({})",
            placeholders(scope.len())
        ));
        values.extend(scope.iter().map(|id| Value::from(*id)));
        let blocked: Vec<Uuid> = self.blocked_by(viewer).await?.into_iter().collect();
        if !blocked.is_empty() {
            sql.push_str(&format!(
                " AND m.sender_id NOT IN ({})",
                placeholders(blocked.len())
            ));
            values.extend(blocked.iter().map(|id| Value::from(*id)));
        }
        // Newest first: "after" a cursor is older than it.
        if let Some(after) = page.after {
            sql.push_str(" AND m.id < ?");
            values.push(after.into());
        }
        if let Some(before) = page.before {
            sql.push_str(" AND m.id > ?");
            values.push(before.into());
        }
        let order = match page.direction {
            Direction::Forward => "DESC",
            Direction::Backward => "ASC",
        };
        sql.push_str(&format!(
            " ORDER BY m.id {order} LIMIT {}",
            page.fetch_limit()
        ));
        let ids: Vec<Uuid> = query_all(&self.db, &sql, values)
            .await?
            .iter()
            .filter_map(|row| row.try_get::<Uuid>("", "id").ok())
            .collect();
        let mut found = messages::Entity::find()
            .filter(messages::Column::Id.is_in(ids.clone()))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        found.sort_by_key(|m| ids.iter().position(|id| *id == m.id));
        Ok(found)
    }

    /// The newest top-level message of each of `conversations` that
    /// `viewer` sees (not from someone they blocked).
    pub async fn last_messages(
        &self,
        viewer: Uuid,
        conversations: &[conversations::Model],
    ) -> Result<HashMap<Uuid, messages::Model>, AppError> {
        let ids: Vec<Uuid> = conversations
            .iter()
            .filter_map(|c| c.last_message_id)
            .collect();
        let mut found: HashMap<Uuid, messages::Model> = messages::Entity::find()
            .filter(messages::Column::Id.is_in(ids))
            .all(&self.db)
            .await
            .map_err(db_err)?
            .into_iter()
            .map(|m| (m.conversation_id, m))
            .collect();
        let blocked = self.blocked_by(viewer).await?;
        if blocked.is_empty() {
            return Ok(found);
        }
        let hidden: Vec<Uuid> = found
            .values()
            .filter(|m| blocked.contains(&m.sender_id))
            .map(|m| m.conversation_id)
            .collect();
        let blocked: Vec<Uuid> = blocked.into_iter().collect();
        for conversation in hidden {
            found.remove(&conversation);
            if let Some(latest) = Self::history_select(conversation, None, &blocked)
                .order_by_desc(messages::Column::Id)
                .one(&self.db)
                .await
                .map_err(db_err)?
            {
                found.insert(conversation, latest);
            }
        }
        Ok(found)
    }
}

/// The media parent of message `id`.
fn parent_ref(id: Uuid) -> ParentRef {
    ParentRef {
        service: "messaging".to_owned(),
        kind: "message".to_owned(),
        id: id.to_string(),
    }
}
