//! The messaging GraphQL schema: thin adapters over [`crate::service`].

use std::collections::HashMap;

use async_graphql::{
    Context, ID, InputObject, MaybeUndefined, Object, Result, SimpleObject,
    connection::{Connection, Edge},
    dataloader::{DataLoader, Loader},
};
use chrono::{DateTime, Utc};
use stunxt_platform::{
    AppError,
    auth::{SignedIn, ViewerExt},
    ids::{parse_id, to_id},
    pagination::{Cursor, PageArgs, PageRequest, connection},
};
use uuid::Uuid;

use crate::{
    entity::{conversations, message_revisions, messages, participants},
    service::{
        Messaging,
        conversations::{
            ActivityKey, ConversationFilter as Filter, ConversationKind, Opened, ParticipantRole,
        },
        messages::NewMessage,
        reads::SeenKey,
        stored_ids, stored_strings,
    },
};

fn viewer_id(ctx: &Context<'_>) -> Result<Uuid, AppError> {
    Ok(ctx.viewer()?.user_id)
}

fn ids(field: &str, values: &[ID]) -> Result<Vec<Uuid>, AppError> {
    values.iter().map(|id| parse_id(field, id)).collect()
}

/// Message cursors are their ids: `after: <message id>` catches up from a
/// known message. Encoded cursors work too.
fn message_page(
    after: Option<String>,
    before: Option<String>,
    first: Option<i32>,
    last: Option<i32>,
) -> Result<PageRequest<Uuid>, AppError> {
    let raw = |value: Option<String>| {
        value.map(|v| match Uuid::parse_str(&v) {
            Ok(id) => async_graphql::connection::CursorType::encode_cursor(&Cursor::encode(&id)),
            Err(_) => v,
        })
    };
    PageArgs::new(raw(after), raw(before), first, last).into_request()
}

fn message_connection(
    page: &PageRequest<Uuid>,
    rows: Vec<messages::Model>,
) -> Connection<String, Message> {
    let built = connection(page, rows.into_iter().map(Message).collect(), |m| m.0.id);
    rebrand(built)
}

/// A connection whose cursors are the message ids.
fn rebrand(built: Connection<Cursor, Message>) -> Connection<String, Message> {
    let mut conn = Connection::new(built.has_previous_page, built.has_next_page);
    conn.edges.extend(
        built
            .edges
            .into_iter()
            .map(|edge| Edge::new(edge.node.0.id.to_string(), edge.node)),
    );
    conn
}

/// Reaction counts of many messages at once.
pub struct ReactionsLoader(pub Messaging);

impl Loader<Uuid> for ReactionsLoader {
    type Value = Vec<(String, i64)>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        Ok(self.0.reaction_counts(keys).await?)
    }
}

/// The viewer's own reactions on many messages at once.
pub struct ViewerReactionsLoader(pub Messaging);

impl Loader<(Uuid, Uuid)> for ViewerReactionsLoader {
    type Value = Vec<String>;
    type Error = async_graphql::Error;

    async fn load(
        &self,
        keys: &[(Uuid, Uuid)],
    ) -> Result<HashMap<(Uuid, Uuid), Self::Value>, Self::Error> {
        let mut by_viewer: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for (viewer, message) in keys {
            by_viewer.entry(*viewer).or_default().push(*message);
        }
        let mut found = HashMap::new();
        for (viewer, messages) in by_viewer {
            for (message, emoji) in self.0.viewer_reactions(viewer, &messages).await? {
                found.insert((viewer, message), emoji);
            }
        }
        Ok(found)
    }
}

/// Read receipts of many messages at once.
pub struct SeenByLoader(pub Messaging);

impl Loader<SeenKey> for SeenByLoader {
    type Value = Vec<(Uuid, DateTime<Utc>)>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[SeenKey]) -> Result<HashMap<SeenKey, Self::Value>, Self::Error> {
        let mut seen = self.0.seen_by(keys).await?;
        Ok(keys
            .iter()
            .filter_map(|key| seen.remove(&key.message).map(|v| (*key, v)))
            .collect())
    }
}

/// The first repliers of many threads at once.
pub struct ThreadParticipantsLoader(pub Messaging);

/// Most thread participants a message shows.
const THREAD_PARTICIPANTS: usize = 10;

impl Loader<Uuid> for ThreadParticipantsLoader {
    type Value = Vec<Uuid>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        Ok(self
            .0
            .thread_participants(keys, THREAD_PARTICIPANTS)
            .await?)
    }
}

/// The revisions of many messages at once.
pub struct RevisionsLoader(pub Messaging);

impl Loader<Uuid> for RevisionsLoader {
    type Value = Vec<message_revisions::Model>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        Ok(self.0.revisions(keys).await?)
    }
}

/// The participants of many direct and group conversations at once.
pub struct ParticipantsLoader(pub Messaging);

impl Loader<Uuid> for ParticipantsLoader {
    type Value = Vec<participants::Model>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        Ok(self.0.participants_of(keys).await?)
    }
}

/// A user, as messaging refers to them (identity describes them).
pub struct User(pub Uuid);

#[Object]
impl User {
    /// The user's id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }
}

/// A space, as messaging extends it.
pub struct Space(pub Uuid);

#[Object]
impl Space {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }

    /// The chat of a CHAT space (started the first time a member opens
    /// it); `null` for other spaces and signed-out viewers.
    async fn conversation(&self, ctx: &Context<'_>) -> Result<Option<Conversation>> {
        let Some(viewer) = ctx.viewer_opt().map(|v| v.user_id) else {
            return Ok(None);
        };
        let messaging = ctx.data::<Messaging>()?;
        let Some(info) = messaging.space_info(self.0).await? else {
            return Ok(None);
        };
        if info.kind != "CHAT" {
            return Ok(None);
        }
        Ok(Some(Conversation::opened(
            messaging.space_conversation(viewer, self.0).await?,
        )))
    }
}

/// A conversation: direct, group, or a space's chat.
pub struct Conversation {
    model: conversations::Model,
    own: Option<participants::Model>,
    unread: Option<i64>,
    last: Option<Option<messages::Model>>,
}

impl Conversation {
    fn opened(opened: Opened) -> Self {
        Self {
            model: opened.conversation,
            own: Some(opened.participant),
            unread: None,
            last: None,
        }
    }

    async fn own_row(&self, ctx: &Context<'_>) -> Result<Option<participants::Model>> {
        if let Some(own) = &self.own {
            return Ok(Some(own.clone()));
        }
        let viewer = viewer_id(ctx)?;
        Ok(ctx
            .data::<Messaging>()?
            .own_rows(viewer, &[self.model.id])
            .await?
            .pop())
    }
}

#[Object]
impl Conversation {
    /// Id.
    async fn id(&self) -> ID {
        to_id(self.model.id)
    }

    /// Direct, group or space.
    async fn kind(&self) -> ConversationKind {
        ConversationKind::parse(&self.model.kind)
    }

    /// A group's name.
    async fn name(&self) -> Option<&str> {
        self.model.name.as_deref()
    }

    /// A group's avatar (a media asset id).
    async fn avatar_id(&self) -> Option<ID> {
        self.model.avatar_id.map(to_id)
    }

    /// A space chat's space.
    async fn space(&self) -> Option<Space> {
        self.model.space_id.map(Space)
    }

    /// When it was started.
    async fn created_at(&self) -> DateTime<Utc> {
        self.model.created_at
    }

    /// When it last had a message.
    async fn last_activity_at(&self) -> DateTime<Utc> {
        self.model.last_activity_at
    }

    /// Its newest message the viewer sees (thread replies aside).
    async fn last_message(&self, ctx: &Context<'_>) -> Result<Option<Message>> {
        if let Some(last) = &self.last {
            return Ok(last.clone().map(Message));
        }
        let viewer = viewer_id(ctx)?;
        Ok(ctx
            .data::<Messaging>()?
            .last_messages(viewer, std::slice::from_ref(&self.model))
            .await?
            .remove(&self.model.id)
            .map(Message))
    }

    /// Messages from others the viewer has not read.
    async fn unread_count(&self, ctx: &Context<'_>) -> Result<i64> {
        if let Some(unread) = self.unread {
            return Ok(unread);
        }
        let viewer = viewer_id(ctx)?;
        Ok(ctx
            .data::<Messaging>()?
            .unread_counts(viewer, &[self.model.id])
            .await?
            .get(&self.model.id)
            .copied()
            .unwrap_or(0))
    }

    /// The newest message the viewer has read.
    async fn last_read_message_id(&self, ctx: &Context<'_>) -> Result<Option<ID>> {
        Ok(self
            .own_row(ctx)
            .await?
            .and_then(|p| p.last_read_message_id)
            .map(to_id))
    }

    /// Whether the viewer muted it.
    async fn muted(&self, ctx: &Context<'_>) -> Result<bool> {
        Ok(self.own_row(ctx).await?.is_some_and(|p| p.muted))
    }

    /// Whether the viewer pinned it.
    async fn pinned(&self, ctx: &Context<'_>) -> Result<bool> {
        Ok(self
            .own_row(ctx)
            .await?
            .is_some_and(|p| p.pinned_at.is_some()))
    }

    /// The viewer's role in it.
    async fn viewer_role(&self, ctx: &Context<'_>) -> Result<Option<ParticipantRole>> {
        Ok(self
            .own_row(ctx)
            .await?
            .filter(|p| p.left_at.is_none())
            .map(|p| ParticipantRole::parse(&p.role)))
    }

    /// The people in it, longest-standing first (for a space chat: the
    /// members who have opened it), at most 100.
    async fn participants(&self, ctx: &Context<'_>) -> Result<Vec<Participant>> {
        // Direct and group conversations are small and batched; a space
        // chat may have thousands and is read alone, up to the limit.
        let rows = if self.model.kind == ConversationKind::Space.as_str() {
            ctx.data::<Messaging>()?
                .participants(self.model.id, 100)
                .await?
        } else {
            ctx.data::<DataLoader<ParticipantsLoader>>()?
                .load_one(self.model.id)
                .await?
                .unwrap_or_default()
        };
        Ok(rows.into_iter().map(Participant).collect())
    }

    /// In a direct conversation, the other person.
    async fn other_participant(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        if self.model.kind != ConversationKind::Direct.as_str() {
            return Ok(None);
        }
        let viewer = viewer_id(ctx)?;
        Ok(self
            .model
            .direct_key
            .as_deref()
            .unwrap_or_default()
            .split(':')
            .filter_map(|id| Uuid::parse_str(id).ok())
            .find(|id| *id != viewer)
            .map(User))
    }

    /// Its messages (thread replies aside), oldest first: `last: n` gives
    /// the newest page, `before` pages back, `after: <message id>` catches
    /// up, `around: <message id>` opens at a message.
    #[allow(clippy::too_many_arguments)]
    async fn messages(
        &self,
        ctx: &Context<'_>,
        around: Option<ID>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<String, Message>> {
        history(ctx, self.model.id, None, around, first, after, last, before).await
    }
}

#[allow(clippy::too_many_arguments)]
async fn history(
    ctx: &Context<'_>,
    conversation: Uuid,
    thread: Option<Uuid>,
    around: Option<ID>,
    first: Option<i32>,
    after: Option<String>,
    last: Option<i32>,
    before: Option<String>,
) -> Result<Connection<String, Message>> {
    let viewer = viewer_id(ctx)?;
    let messaging = ctx.data::<Messaging>()?;
    messaging.open(viewer, conversation, false).await?;
    let page = message_page(after, before, first, last)?;
    if let Some(around) = around {
        let around = parse_id("around", &around)?;
        let found = messaging
            .history_around(viewer, conversation, thread, around, page.limit)
            .await?;
        let mut conn = Connection::new(found.has_previous, found.has_next);
        conn.edges.extend(
            found
                .messages
                .into_iter()
                .map(|m| Edge::new(m.id.to_string(), Message(m))),
        );
        return Ok(conn);
    }
    let rows = messaging
        .history(viewer, conversation, thread, &page)
        .await?;
    Ok(message_connection(&page, rows))
}

/// A person in a conversation.
pub struct Participant(participants::Model);

#[Object]
impl Participant {
    /// Who.
    async fn user(&self) -> User {
        User(self.0.user_id)
    }

    /// Admin or member.
    async fn role(&self) -> ParticipantRole {
        ParticipantRole::parse(&self.0.role)
    }

    /// When they joined.
    async fn joined_at(&self) -> DateTime<Utc> {
        self.0.joined_at
    }
}

/// How many people reacted to a message with one emoji.
#[derive(SimpleObject)]
pub struct MessageReaction {
    /// The emoji.
    pub emoji: String,
    /// How many.
    pub count: i64,
}

/// Someone who has seen a message, and when.
#[derive(SimpleObject)]
pub struct ReadReceipt {
    /// Who.
    pub user: User,
    /// When they first read it.
    pub read_at: DateTime<Utc>,
}

/// An earlier body of an edited message.
#[derive(SimpleObject)]
pub struct MessageRevision {
    /// The body then (Markdown).
    pub body: String,
    /// When it was replaced.
    pub replaced_at: DateTime<Utc>,
}

impl From<message_revisions::Model> for MessageRevision {
    fn from(r: message_revisions::Model) -> Self {
        Self {
            body: r.body,
            replaced_at: r.created_at,
        }
    }
}

/// A message.
#[derive(Clone)]
pub struct Message(messages::Model);

impl Message {
    fn deleted(&self) -> bool {
        self.0.deleted_at.is_some()
    }
}

#[Object]
impl Message {
    /// Id; also its cursor in history pages.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Its conversation's id.
    async fn conversation_id(&self) -> ID {
        to_id(self.0.conversation_id)
    }

    /// Who wrote it.
    async fn sender(&self) -> User {
        User(self.0.sender_id)
    }

    /// The sender's own id for it (shown to the sender only).
    async fn client_message_id(&self, ctx: &Context<'_>) -> Option<&str> {
        let viewer = ctx.viewer_opt().map(|v| v.user_id);
        (viewer == Some(self.0.sender_id))
            .then_some(self.0.client_message_id.as_deref())
            .flatten()
    }

    /// Markdown source; `null` once deleted.
    async fn body(&self) -> Option<&str> {
        (!self.deleted()).then_some(self.0.body.as_str())
    }

    /// Sanitised HTML; `null` once deleted.
    async fn body_html(&self) -> Option<&str> {
        (!self.deleted()).then_some(self.0.body_html.as_str())
    }

    /// Usernames it mentions.
    async fn mentions(&self) -> Vec<String> {
        if self.deleted() {
            return Vec::new();
        }
        stored_strings(&self.0.mentions)
    }

    /// Attached media asset ids.
    async fn attachment_ids(&self) -> Vec<ID> {
        if self.deleted() {
            return Vec::new();
        }
        stored_ids(&self.0.attachment_ids)
            .into_iter()
            .map(to_id)
            .collect()
    }

    /// The message whose thread it replies in.
    async fn parent_id(&self) -> Option<ID> {
        self.0.parent_id.map(to_id)
    }

    /// Replies in its thread.
    async fn reply_count(&self) -> i32 {
        self.0.reply_count
    }

    /// When its thread last had a reply.
    async fn last_reply_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_reply_at
    }

    /// The people who replied in its thread, first repliers first (at
    /// most 10).
    async fn thread_participants(&self, ctx: &Context<'_>) -> Result<Vec<User>> {
        if self.0.reply_count == 0 {
            return Ok(Vec::new());
        }
        Ok(ctx
            .data::<DataLoader<ThreadParticipantsLoader>>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(User)
            .collect())
    }

    /// The replies in its thread, oldest first (paged like history).
    #[allow(clippy::too_many_arguments)]
    async fn replies(
        &self,
        ctx: &Context<'_>,
        around: Option<ID>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<String, Message>> {
        history(
            ctx,
            self.0.conversation_id,
            Some(self.0.id),
            around,
            first,
            after,
            last,
            before,
        )
        .await
    }

    /// Reactions, most used first.
    async fn reactions(&self, ctx: &Context<'_>) -> Result<Vec<MessageReaction>> {
        Ok(ctx
            .data::<DataLoader<ReactionsLoader>>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(|(emoji, count)| MessageReaction { emoji, count })
            .collect())
    }

    /// The emoji the viewer reacted with.
    async fn viewer_reactions(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        let Some(viewer) = ctx.viewer_opt().map(|v| v.user_id) else {
            return Ok(Vec::new());
        };
        Ok(ctx
            .data::<DataLoader<ViewerReactionsLoader>>()?
            .load_one((viewer, self.0.id))
            .await?
            .unwrap_or_default())
    }

    /// Who has seen it and when, earliest first (direct and group
    /// conversations; people who turned read receipts off never show).
    async fn seen_by(&self, ctx: &Context<'_>) -> Result<Vec<ReadReceipt>> {
        let key = SeenKey {
            conversation: self.0.conversation_id,
            message: self.0.id,
            sender: self.0.sender_id,
        };
        Ok(ctx
            .data::<DataLoader<SeenByLoader>>()?
            .load_one(key)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(|(user, read_at)| ReadReceipt {
                user: User(user),
                read_at,
            })
            .collect())
    }

    /// Its earlier bodies, oldest first.
    async fn revisions(&self, ctx: &Context<'_>) -> Result<Vec<MessageRevision>> {
        if self.deleted() || self.0.edited_at.is_none() {
            return Ok(Vec::new());
        }
        Ok(ctx
            .data::<DataLoader<RevisionsLoader>>()?
            .load_one(self.0.id)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(MessageRevision::from)
            .collect())
    }

    /// When it was last edited.
    async fn edited_at(&self) -> Option<DateTime<Utc>> {
        self.0.edited_at
    }

    /// Whether it was deleted (it stays as a placeholder).
    async fn is_deleted(&self) -> bool {
        self.deleted()
    }

    /// When it was sent.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Filters of `conversations`.
#[derive(InputObject, Default)]
pub struct ConversationFilter {
    /// Only this kind.
    pub kind: Option<ConversationKind>,
    /// Only pinned (`true`) or unpinned (`false`) conversations.
    pub pinned: Option<bool>,
}

/// The messaging query root.
#[derive(Default)]
pub struct Query;

#[Object]
impl Query {
    /// A conversation the viewer takes part in (or a space chat they may
    /// read).
    #[graphql(guard = "SignedIn")]
    async fn conversation(&self, ctx: &Context<'_>, id: ID) -> Result<Conversation> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(Conversation::opened(
            ctx.data::<Messaging>()?.open(viewer, id, false).await?,
        ))
    }

    /// The viewer's conversations, most recently active first, each with
    /// its newest message and unread count.
    #[graphql(guard = "SignedIn")]
    async fn conversations(
        &self,
        ctx: &Context<'_>,
        filter: Option<ConversationFilter>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<Cursor, Conversation>> {
        let viewer = viewer_id(ctx)?;
        let messaging = ctx.data::<Messaging>()?;
        let filter = filter.unwrap_or_default();
        let page: PageRequest<ActivityKey> =
            PageArgs::new(after, before, first, last).into_request()?;
        let found = messaging
            .list(
                viewer,
                &Filter {
                    kind: filter.kind,
                    pinned: filter.pinned,
                },
                &page,
            )
            .await?;
        let ids: Vec<Uuid> = found.iter().map(|c| c.id).collect();
        let unread = messaging.unread_counts(viewer, &ids).await?;
        let mut last_messages = messaging.last_messages(viewer, &found).await?;
        let mut own: HashMap<Uuid, participants::Model> = messaging
            .own_rows(viewer, &ids)
            .await?
            .into_iter()
            .map(|p| (p.conversation_id, p))
            .collect();
        let rows: Vec<Conversation> = found
            .into_iter()
            .map(|model| Conversation {
                unread: Some(unread.get(&model.id).copied().unwrap_or(0)),
                last: Some(last_messages.remove(&model.id)),
                own: own.remove(&model.id),
                model,
            })
            .collect();
        Ok(connection(&page, rows, |c| {
            (c.model.last_activity_at, c.model.id)
        }))
    }

    /// The viewer's direct conversation with `userId`, if they have one.
    #[graphql(guard = "SignedIn")]
    async fn direct_conversation(
        &self,
        ctx: &Context<'_>,
        user_id: ID,
    ) -> Result<Option<Conversation>> {
        let viewer = viewer_id(ctx)?;
        let other = parse_id("userId", &user_id)?;
        let messaging = ctx.data::<Messaging>()?;
        let Some(found) = messaging.direct_with(viewer, other).await? else {
            return Ok(None);
        };
        Ok(Some(Conversation::opened(
            messaging.open(viewer, found.id, false).await?,
        )))
    }

    /// The chat of a CHAT space.
    #[graphql(guard = "SignedIn")]
    async fn space_conversation(&self, ctx: &Context<'_>, space_id: ID) -> Result<Conversation> {
        let viewer = viewer_id(ctx)?;
        let space = parse_id("spaceId", &space_id)?;
        Ok(Conversation::opened(
            ctx.data::<Messaging>()?
                .space_conversation(viewer, space)
                .await?,
        ))
    }

    /// A message in a conversation the viewer may read.
    #[graphql(guard = "SignedIn")]
    async fn message(&self, ctx: &Context<'_>, id: ID) -> Result<Message> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("id", &id)?;
        let (message, _) = ctx
            .data::<Messaging>()?
            .open_message(viewer, id, false)
            .await?;
        Ok(Message(message))
    }

    /// Messages of a conversation (or, with `threadId`, of a thread),
    /// oldest first: `last: n` is the newest page, `after: <message id>`
    /// catches up after a reconnect, `around: <message id>` opens at one.
    #[graphql(guard = "SignedIn")]
    #[allow(clippy::too_many_arguments)]
    async fn messages(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        thread_id: Option<ID>,
        around: Option<ID>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> Result<Connection<String, Message>> {
        let conversation = parse_id("conversationId", &conversation_id)?;
        let thread = thread_id.map(|id| parse_id("threadId", &id)).transpose()?;
        history(
            ctx,
            conversation,
            thread,
            around,
            first,
            after,
            last,
            before,
        )
        .await
    }

    /// Messages matching `query` (every word; the last one as a prefix) in
    /// `conversationId`, or in all the viewer's conversations; newest
    /// first.
    #[graphql(guard = "SignedIn")]
    async fn search_messages(
        &self,
        ctx: &Context<'_>,
        query: String,
        conversation_id: Option<ID>,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Connection<String, Message>> {
        let viewer = viewer_id(ctx)?;
        let conversation = conversation_id
            .map(|id| parse_id("conversationId", &id))
            .transpose()?;
        let page = message_page(after, None, first, None)?;
        let rows = ctx
            .data::<Messaging>()?
            .search(viewer, &query, conversation, &page)
            .await?;
        Ok(message_connection(&page, rows))
    }

    /// Unread messages across the viewer's conversations, muted ones
    /// aside.
    #[graphql(guard = "SignedIn")]
    async fn unread_message_count(&self, ctx: &Context<'_>) -> Result<i64> {
        let viewer = viewer_id(ctx)?;
        Ok(ctx.data::<Messaging>()?.total_unread(viewer).await?)
    }

    /// Resolves `User` references.
    #[graphql(entity)]
    async fn find_user_by_id(&self, id: ID) -> Result<User> {
        Ok(User(parse_id("id", &id)?))
    }

    /// Resolves `Space` references: the messaging fields of a space.
    #[graphql(entity)]
    async fn find_space_by_id(&self, id: ID) -> Result<Space> {
        Ok(Space(parse_id("id", &id)?))
    }

    /// Resolves `Conversation` references for the viewer.
    #[graphql(entity)]
    async fn find_conversation_by_id(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> Result<Option<Conversation>> {
        let (Ok(viewer), Ok(id)) = (viewer_id(ctx), Uuid::parse_str(id.as_str())) else {
            return Ok(None);
        };
        match ctx.data::<Messaging>()?.open(viewer, id, false).await {
            Ok(opened) => Ok(Some(Conversation::opened(opened))),
            Err(err) if err.code() == stunxt_platform::ErrorCode::NotFound => Ok(None),
            Err(err) => Err(err.into()),
        }
    }
}

/// Input of `sendMessage`.
#[derive(InputObject)]
pub struct SendMessageInput {
    /// Into this conversation …
    pub conversation_id: Option<ID>,
    /// … or directly to this person (your conversation with them, started
    /// by this message if need be).
    pub recipient_id: Option<ID>,
    /// Markdown, at most `messaging.max_message_chars` characters; may be
    /// empty with attachments.
    pub body: String,
    /// Reply in the thread of this message.
    pub parent_id: Option<ID>,
    /// Your uploaded media assets to attach.
    #[graphql(default)]
    pub attachment_ids: Vec<ID>,
    /// Your id for this message (at most 64 characters): sending again
    /// with the same id returns the first message instead of a duplicate.
    pub client_message_id: Option<String>,
}

/// Input of `createGroupConversation`.
#[derive(InputObject)]
pub struct CreateGroupInput {
    /// 1–100 characters.
    pub name: String,
    /// The others (you are added): 2 to `messaging.max_group_size - 1`
    /// people, each accepting conversations from you.
    pub member_ids: Vec<ID>,
    /// A media asset for its avatar.
    pub avatar_id: Option<ID>,
}

/// Input of `updateGroupConversation`: omitted fields stay.
#[derive(InputObject)]
pub struct UpdateGroupInput {
    /// 1–100 characters.
    pub name: Option<String>,
    /// A media asset; `null` removes the avatar.
    pub avatar_id: MaybeUndefined<ID>,
}

/// The messaging mutation root.
#[derive(Default)]
pub struct Mutation;

#[Object]
impl Mutation {
    /// Sends a message. Retrying with the same `clientMessageId` returns
    /// the first message. Limited to `messaging.messages_per_minute` per
    /// sender.
    #[graphql(guard = "SignedIn")]
    async fn send_message(&self, ctx: &Context<'_>, input: SendMessageInput) -> Result<Message> {
        let viewer = viewer_id(ctx)?;
        let message = ctx
            .data::<Messaging>()?
            .send(
                viewer,
                NewMessage {
                    conversation: input
                        .conversation_id
                        .map(|id| parse_id("conversationId", &id))
                        .transpose()?,
                    recipient: input
                        .recipient_id
                        .map(|id| parse_id("recipientId", &id))
                        .transpose()?,
                    body: input.body,
                    parent: input
                        .parent_id
                        .map(|id| parse_id("parentId", &id))
                        .transpose()?,
                    attachments: ids("attachmentIds", &input.attachment_ids)?,
                    client_message_id: input.client_message_id,
                },
            )
            .await?;
        Ok(Message(message))
    }

    /// Edits one of your messages; the earlier body is kept in
    /// `revisions`.
    #[graphql(guard = "SignedIn")]
    async fn edit_message(&self, ctx: &Context<'_>, id: ID, body: String) -> Result<Message> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(Message(
            ctx.data::<Messaging>()?.edit(viewer, id, body).await?,
        ))
    }

    /// Deletes a message (yours, or any as a group admin or space
    /// moderator); it stays as a placeholder.
    #[graphql(guard = "SignedIn")]
    async fn delete_message(&self, ctx: &Context<'_>, id: ID) -> Result<Message> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("id", &id)?;
        Ok(Message(ctx.data::<Messaging>()?.delete(viewer, id).await?))
    }

    /// Reacts to a message with an emoji.
    #[graphql(guard = "SignedIn")]
    async fn add_message_reaction(
        &self,
        ctx: &Context<'_>,
        message_id: ID,
        emoji: String,
    ) -> Result<Message> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("messageId", &message_id)?;
        Ok(Message(
            ctx.data::<Messaging>()?
                .react(viewer, id, &emoji, true)
                .await?,
        ))
    }

    /// Takes back a reaction.
    #[graphql(guard = "SignedIn")]
    async fn remove_message_reaction(
        &self,
        ctx: &Context<'_>,
        message_id: ID,
        emoji: String,
    ) -> Result<Message> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("messageId", &message_id)?;
        Ok(Message(
            ctx.data::<Messaging>()?
                .react(viewer, id, &emoji, false)
                .await?,
        ))
    }

    /// Starts a group conversation; you are its admin.
    #[graphql(guard = "SignedIn")]
    async fn create_group_conversation(
        &self,
        ctx: &Context<'_>,
        input: CreateGroupInput,
    ) -> Result<Conversation> {
        let viewer = viewer_id(ctx)?;
        let members = ids("memberIds", &input.member_ids)?;
        let avatar = input
            .avatar_id
            .map(|id| parse_id("avatarId", &id))
            .transpose()?;
        let messaging = ctx.data::<Messaging>()?;
        let created = messaging
            .create_group(viewer, &input.name, members, avatar)
            .await?;
        Ok(Conversation::opened(
            messaging.open_loaded(viewer, created, false).await?,
        ))
    }

    /// Renames a group or changes its avatar (group admins).
    #[graphql(guard = "SignedIn")]
    async fn update_group_conversation(
        &self,
        ctx: &Context<'_>,
        id: ID,
        input: UpdateGroupInput,
    ) -> Result<Conversation> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("id", &id)?;
        let avatar = match input.avatar_id {
            MaybeUndefined::Undefined => None,
            MaybeUndefined::Null => Some(None),
            MaybeUndefined::Value(id) => Some(Some(parse_id("avatarId", &id)?)),
        };
        let messaging = ctx.data::<Messaging>()?;
        let updated = messaging
            .update_group(viewer, id, input.name, avatar)
            .await?;
        Ok(Conversation::opened(
            messaging.open_loaded(viewer, updated, false).await?,
        ))
    }

    /// Adds people to a group (group admins); each must accept
    /// conversations from you.
    #[graphql(guard = "SignedIn")]
    async fn add_conversation_participants(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        user_ids: Vec<ID>,
    ) -> Result<Conversation> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        let users = ids("userIds", &user_ids)?;
        let messaging = ctx.data::<Messaging>()?;
        let updated = messaging.add_participants(viewer, id, users).await?;
        Ok(Conversation::opened(
            messaging.open_loaded(viewer, updated, false).await?,
        ))
    }

    /// Removes someone from a group (group admins).
    #[graphql(guard = "SignedIn")]
    async fn remove_conversation_participant(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        user_id: ID,
    ) -> Result<Conversation> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        let user = parse_id("userId", &user_id)?;
        let messaging = ctx.data::<Messaging>()?;
        let updated = messaging.remove_participant(viewer, id, user).await?;
        Ok(Conversation::opened(
            messaging.open_loaded(viewer, updated, false).await?,
        ))
    }

    /// Makes someone in a group an admin or a member (group admins; a
    /// group keeps at least one admin).
    #[graphql(guard = "SignedIn")]
    async fn set_conversation_participant_role(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        user_id: ID,
        role: ParticipantRole,
    ) -> Result<Participant> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        let user = parse_id("userId", &user_id)?;
        Ok(Participant(
            ctx.data::<Messaging>()?
                .set_role(viewer, id, user, role)
                .await?,
        ))
    }

    /// Leaves a group (or a space chat's list); direct conversations
    /// cannot be left.
    #[graphql(guard = "SignedIn")]
    async fn leave_conversation(&self, ctx: &Context<'_>, conversation_id: ID) -> Result<bool> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        Ok(ctx.data::<Messaging>()?.leave(viewer, id).await?)
    }

    /// Marks a conversation read up to `messageId` (by default, all of
    /// it). Read positions only move forward.
    #[graphql(guard = "SignedIn")]
    async fn mark_conversation_read(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        message_id: Option<ID>,
    ) -> Result<Conversation> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        let message = message_id.map(|m| parse_id("messageId", &m)).transpose()?;
        Ok(Conversation::opened(
            ctx.data::<Messaging>()?
                .mark_read(viewer, id, message)
                .await?,
        ))
    }

    /// Mutes (or with `muted: false` unmutes) a conversation for you.
    #[graphql(guard = "SignedIn")]
    async fn mute_conversation(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        #[graphql(default = true)] muted: bool,
    ) -> Result<Conversation> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        Ok(Conversation::opened(
            ctx.data::<Messaging>()?
                .set_muted(viewer, id, muted)
                .await?,
        ))
    }

    /// Pins (or with `pinned: false` unpins) a conversation for you.
    #[graphql(guard = "SignedIn")]
    async fn pin_conversation(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        #[graphql(default = true)] pinned: bool,
    ) -> Result<Conversation> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        Ok(Conversation::opened(
            ctx.data::<Messaging>()?
                .set_pinned(viewer, id, pinned)
                .await?,
        ))
    }
}
