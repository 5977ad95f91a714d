//! The realtime schema: the `Subscription` root, typing and presence
//! mutations, and `User.presence`.
//!
//! Every subscription checks access when it starts and again on every
//! delivery; when the subscriber may no longer see a conversation, its
//! subscription ends.

use std::{collections::HashMap, sync::Arc, time::Duration};

use async_graphql::{Context, ID, Json, Object, Result, SimpleObject, Subscription};
use chrono::{DateTime, Utc};
use futures::{Stream, StreamExt, stream, stream::BoxStream};
use serde::Deserialize;
use serde_json::Value;
use stunxt_platform::{
    AppError,
    auth::{SignedIn, ViewerExt},
    conversations::{conversation_channel, user_channel},
    ids::{parse_id, to_id},
};
use uuid::Uuid;

use crate::{
    feed::{Event, FeedSubscription, Live, Rendered, Verdict, follow, follow_all},
    hub::{Hub, LastVerdict, typing_channel, user_events_channel},
    presence::{PresenceState, PresenceStatus, presence_channel},
};

fn viewer_id(ctx: &Context<'_>) -> Result<Uuid, AppError> {
    Ok(ctx.viewer()?.user_id)
}

/// What happened in a conversation.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageEventType {
    /// A message was sent (`message`).
    MessageAdded,
    /// A message was edited (`message`).
    MessageEdited,
    /// A message was deleted (`message`, without its content).
    MessageDeleted,
    /// A reaction was added or removed (`messageId`, `userId`, `emoji`,
    /// `added`, `reactions`).
    Reaction,
    /// Someone read up to `messageId` at `readAt` (a read receipt).
    Read,
    /// `userId` joined.
    ParticipantAdded,
    /// `userId` left or was removed (for them, the last event).
    ParticipantRemoved,
    /// `userId`'s role changed to `role`.
    ParticipantUpdated,
    /// The group's name or avatar changed.
    ConversationUpdated,
}

impl MessageEventType {
    fn parse(kind: &str) -> Option<Self> {
        Some(match kind {
            "MESSAGE_ADDED" => Self::MessageAdded,
            "MESSAGE_EDITED" => Self::MessageEdited,
            "MESSAGE_DELETED" => Self::MessageDeleted,
            "REACTION" => Self::Reaction,
            "READ" => Self::Read,
            "PARTICIPANT_ADDED" => Self::ParticipantAdded,
            "PARTICIPANT_REMOVED" => Self::ParticipantRemoved,
            "PARTICIPANT_UPDATED" => Self::ParticipantUpdated,
            "CONVERSATION_UPDATED" => Self::ConversationUpdated,
            _ => return None,
        })
    }
}

/// A message as live events carry it: everything needed to render it.
#[derive(SimpleObject, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct LiveMessage {
    /// The message's id (its cursor in history).
    pub id: ID,
    /// Its conversation.
    pub conversation_id: ID,
    /// Who wrote it.
    pub sender_id: ID,
    /// The sender's own id for it (so the sender's app can match its
    /// pending copy).
    pub client_message_id: Option<String>,
    /// Markdown (empty once deleted).
    pub body: String,
    /// Sanitised HTML (empty once deleted).
    pub body_html: String,
    /// Usernames mentioned.
    pub mentions: Vec<String>,
    /// Attached media assets.
    pub attachment_ids: Vec<ID>,
    /// The thread it replies in.
    pub parent_id: Option<ID>,
    /// Replies in its thread.
    pub reply_count: i32,
    /// When it was last edited.
    pub edited_at: Option<DateTime<Utc>>,
    /// When it was deleted.
    pub deleted_at: Option<DateTime<Utc>>,
    /// When it was sent.
    pub created_at: DateTime<Utc>,
}

/// A reaction count.
#[derive(SimpleObject, Deserialize, Clone, Debug)]
pub struct LiveReaction {
    /// The emoji.
    pub emoji: String,
    /// How many.
    pub count: i64,
}

/// One change in a conversation.
#[derive(SimpleObject, Clone, Debug)]
pub struct MessageEvent {
    /// What happened.
    #[graphql(name = "type")]
    pub kind: MessageEventType,
    /// The conversation.
    pub conversation_id: ID,
    /// The message, for message events.
    pub message: Option<LiveMessage>,
    /// The message a reaction or read receipt is about.
    pub message_id: Option<ID>,
    /// Who reacted, read, joined, left or changed role.
    pub user_id: Option<ID>,
    /// Who did it, for membership changes.
    pub actor_id: Option<ID>,
    /// The emoji of a reaction.
    pub emoji: Option<String>,
    /// Whether a reaction was added (or removed).
    pub added: Option<bool>,
    /// The message's reaction counts after a reaction.
    pub reactions: Option<Vec<LiveReaction>>,
    /// When a read receipt was given.
    pub read_at: Option<DateTime<Utc>>,
    /// A participant's new role.
    pub role: Option<String>,
    /// A group's new name.
    pub name: Option<String>,
}

fn opt_id(event: &Value, field: &str) -> Option<ID> {
    event[field].as_str().map(|s| ID(s.to_owned()))
}

fn message(event: &Value) -> Option<LiveMessage> {
    serde_json::from_value(event["message"].clone()).ok()
}

impl Live for MessageEvent {
    fn accepts(json: &Value) -> bool {
        json["type"]
            .as_str()
            .and_then(MessageEventType::parse)
            .is_some()
            && json["conversationId"].is_string()
    }

    fn decode(event: &Value) -> Option<Self> {
        Some(Self {
            kind: MessageEventType::parse(event["type"].as_str()?)?,
            conversation_id: opt_id(event, "conversationId")?,
            message: message(event),
            message_id: opt_id(event, "messageId"),
            user_id: opt_id(event, "userId"),
            actor_id: opt_id(event, "actorId"),
            emoji: event["emoji"].as_str().map(str::to_owned),
            added: event["added"].as_bool(),
            reactions: serde_json::from_value(event["reactions"].clone()).ok(),
            read_at: serde_json::from_value(event["readAt"].clone()).ok(),
            role: event["role"].as_str().map(str::to_owned),
            name: event["name"].as_str().map(str::to_owned),
        })
    }
}

/// What changed in the viewer's conversation list.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversationEventType {
    /// The viewer was added to a conversation (or started one).
    ConversationAdded,
    /// The viewer left or was removed.
    ConversationRemoved,
    /// A message arrived in one of the viewer's direct or group
    /// conversations (`message`): count it unread, move it up.
    MessageReceived,
    /// The viewer read a conversation (on any device): `unreadCount`,
    /// `totalUnread`, `lastReadMessageId`.
    ReadState,
    /// The viewer muted, unmuted, pinned or unpinned a conversation.
    ConversationSettings,
}

/// One change in the viewer's conversation list.
#[derive(SimpleObject, Clone, Debug)]
pub struct ConversationEvent {
    /// What happened.
    #[graphql(name = "type")]
    pub kind: ConversationEventType,
    /// The conversation.
    pub conversation_id: ID,
    /// Who did it.
    pub actor_id: Option<ID>,
    /// The message received.
    pub message: Option<LiveMessage>,
    /// Unread messages left in the conversation.
    pub unread_count: Option<i64>,
    /// Unread messages in all conversations (muted ones aside).
    pub total_unread: Option<i64>,
    /// The viewer's read position.
    pub last_read_message_id: Option<ID>,
}

impl ConversationEventType {
    fn parse(kind: &str) -> Option<Self> {
        Some(match kind {
            "CONVERSATION_ADDED" => Self::ConversationAdded,
            "CONVERSATION_REMOVED" => Self::ConversationRemoved,
            "MESSAGE_RECEIVED" => Self::MessageReceived,
            "READ_STATE" => Self::ReadState,
            "CONVERSATION_SETTINGS" => Self::ConversationSettings,
            _ => return None,
        })
    }
}

impl Live for ConversationEvent {
    fn accepts(json: &Value) -> bool {
        json["type"]
            .as_str()
            .and_then(ConversationEventType::parse)
            .is_some()
            && json["conversationId"].is_string()
    }

    fn decode(event: &Value) -> Option<Self> {
        let kind = match event["type"].as_str()? {
            "CONVERSATION_ADDED" => ConversationEventType::ConversationAdded,
            "CONVERSATION_REMOVED" => ConversationEventType::ConversationRemoved,
            "MESSAGE_RECEIVED" => ConversationEventType::MessageReceived,
            "READ_STATE" => ConversationEventType::ReadState,
            "CONVERSATION_SETTINGS" => ConversationEventType::ConversationSettings,
            _ => return None,
        };
        Some(Self {
            kind,
            conversation_id: opt_id(event, "conversationId")?,
            actor_id: opt_id(event, "actorId"),
            message: message(event),
            unread_count: event["unreadCount"].as_i64(),
            total_unread: event["totalUnread"].as_i64(),
            last_read_message_id: opt_id(event, "lastReadMessageId"),
        })
    }
}

/// Someone typing, or no longer.
#[derive(SimpleObject, Clone, Debug)]
pub struct TypingEvent {
    /// The conversation.
    pub conversation_id: ID,
    /// Who.
    pub user_id: ID,
    /// Whether they are typing now.
    pub typing: bool,
    /// Until when the signal holds (it ends by itself then).
    pub expires_at: DateTime<Utc>,
}

/// A user's presence.
#[derive(SimpleObject, Clone, Debug)]
pub struct Presence {
    /// The user.
    pub user_id: ID,
    /// Online, away or offline (offline too when they hide it).
    pub status: PresenceStatus,
    /// When they were last seen, while offline (unless hidden).
    pub last_seen_at: Option<DateTime<Utc>>,
}

impl Presence {
    fn shown(state: PresenceState, visible: bool) -> Self {
        if visible {
            Self {
                user_id: to_id(state.user_id),
                status: state.status,
                last_seen_at: state.last_seen_at,
            }
        } else {
            Self {
                user_id: to_id(state.user_id),
                status: PresenceStatus::Offline,
                last_seen_at: None,
            }
        }
    }
}

/// An event of the viewer's own channel (notifications and others).
#[derive(SimpleObject, Clone, Debug)]
pub struct UserEvent {
    /// What it is, as its publisher names it (`NOTIFICATION_CREATED`, …).
    #[graphql(name = "type")]
    pub kind: String,
    /// Its data.
    pub payload: Json<Value>,
}

impl Live for UserEvent {
    fn accepts(json: &Value) -> bool {
        json["type"].is_string()
    }

    fn decode(json: &Value) -> Option<Self> {
        Some(Self {
            kind: json["type"].as_str()?.to_owned(),
            payload: Json(json["payload"].clone()),
        })
    }
}

/// Most users one `presence` subscription follows.
pub const MAX_PRESENCE_USERS: usize = 100;

/// The realtime subscription root.
#[derive(Default)]
pub struct SubscriptionRoot;

#[Subscription(name = "Subscription")]
impl SubscriptionRoot {
    /// Changes in a conversation the viewer may follow: messages added,
    /// edited, deleted, reactions, read receipts, membership. Ends when
    /// the viewer may no longer see it.
    #[graphql(guard = "SignedIn")]
    async fn message_events(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
    ) -> Result<BoxStream<'static, Result<Rendered<MessageEvent>>>> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        let hub = ctx.data::<Hub>()?.clone();
        hub.require_conversation(viewer, id, false).await?;
        let channel = hub
            .feeds
            .subscribe(&conversation_channel(id))
            .await
            .map_err(AppError::internal)?;
        // One allocation shared by every delivery's judgement.
        let follower = Arc::new((hub, viewer.to_string(), LastVerdict::default()));
        let at_once = follower.clone();
        Ok(follow(
            ctx,
            channel,
            move |event| {
                let (hub, me, last) = &*at_once;
                match message_verdict_now(hub, viewer, me, last, event) {
                    Some(Verdict::Deliver) => Some(true),
                    Some(Verdict::Skip) => Some(false),
                    _ => None,
                }
            },
            move |event| {
                let follower = follower.clone();
                async move {
                    let (hub, me, last) = &*follower;
                    if let Some(verdict) = message_verdict_now(hub, viewer, me, last, &event) {
                        return verdict;
                    }
                    match hub.may_see(viewer, &event, last).await {
                        Ok(true) => Verdict::Deliver,
                        Ok(false) => Verdict::End,
                        Err(err) => Verdict::Fail(err.into()),
                    }
                }
            },
        ))
    }

    /// Changes in the viewer's conversation list: new conversations,
    /// removals, messages received (direct and group), read state on any
    /// of their devices, mutes and pins.
    #[graphql(guard = "SignedIn")]
    async fn conversation_events(
        &self,
        ctx: &Context<'_>,
    ) -> Result<BoxStream<'static, Result<Rendered<ConversationEvent>>>> {
        let viewer = viewer_id(ctx)?;
        let hub = ctx.data::<Hub>()?;
        let channel = hub
            .feeds
            .subscribe(&user_channel(viewer))
            .await
            .map_err(AppError::internal)?;
        Ok(follow_all::<ConversationEvent>(ctx, channel))
    }

    /// Who is typing in a conversation. A signal ends by itself after the
    /// typing lifetime (5 s) unless renewed; the end is delivered with
    /// `typing: false`.
    #[graphql(guard = "SignedIn")]
    async fn typing(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
    ) -> Result<impl Stream<Item = TypingEvent> + use<>> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        let hub = ctx.data::<Hub>()?.clone();
        hub.require_conversation(viewer, id, false).await?;
        let channel = hub
            .feeds
            .subscribe(&typing_channel(id))
            .await
            .map_err(AppError::internal)?;
        Ok(typing_stream(hub, viewer, id, channel))
    }

    /// The presence of up to 100 users: their current state first, then
    /// each change. People who hide their status show as offline.
    #[graphql(guard = "SignedIn")]
    async fn presence(
        &self,
        ctx: &Context<'_>,
        user_ids: Vec<ID>,
    ) -> Result<impl Stream<Item = Presence> + use<>> {
        let viewer = viewer_id(ctx)?;
        if user_ids.len() > MAX_PRESENCE_USERS {
            return Err(AppError::bad_input(
                "userIds",
                format!("follow at most {MAX_PRESENCE_USERS} users at once"),
            )
            .into());
        }
        let users: Vec<Uuid> = user_ids
            .iter()
            .map(|id| parse_id("userIds", id))
            .collect::<Result<_, _>>()?;
        let hub = ctx.data::<Hub>()?.clone();
        let mut initial = Vec::with_capacity(users.len());
        let mut changes = Vec::with_capacity(users.len());
        for user in users {
            let visible = user == viewer || hub.shows_presence(user).await;
            initial.push(Presence::shown(hub.presence.state(user).await?, visible));
            let channel = hub
                .feeds
                .subscribe(&presence_channel(user))
                .await
                .map_err(AppError::internal)?;
            changes.push(
                presence_changes(hub.clone(), user, user == viewer, visible, channel).boxed(),
            );
        }
        Ok(stream::iter(initial).chain(stream::select_all(changes)))
    }

    /// The viewer's own channel: what other subgraphs (notifications)
    /// publish for them.
    #[graphql(guard = "SignedIn")]
    async fn user_events(
        &self,
        ctx: &Context<'_>,
    ) -> Result<BoxStream<'static, Result<Rendered<UserEvent>>>> {
        let viewer = viewer_id(ctx)?;
        let hub = ctx.data::<Hub>()?;
        let channel = hub
            .feeds
            .subscribe(&user_events_channel(viewer))
            .await
            .map_err(AppError::internal)?;
        Ok(follow_all::<UserEvent>(ctx, channel))
    }
}

/// What a `messageEvents` subscriber does with `event`, when that is known
/// without asking for the space's access: `None` when it must be asked.
fn message_verdict_now(
    hub: &Hub,
    viewer: Uuid,
    me: &str,
    last: &LastVerdict,
    event: &Event,
) -> Option<Verdict> {
    let json = &event.json;
    if !MessageEvent::accepts(json) {
        return Some(Verdict::Skip);
    }
    if json["type"] == "PARTICIPANT_REMOVED" && json["userId"].as_str() == Some(me) {
        return Some(Verdict::Last);
    }
    hub.may_see_now(viewer, event, last)
        .map(|may| if may { Verdict::Deliver } else { Verdict::End })
}

/// The presence changes of `user` as a follower sees them: while they
/// hide it, nothing (and offline the moment they start hiding it); when
/// they show it again, their state at once.
fn presence_changes(
    hub: Hub,
    user: Uuid,
    own: bool,
    visible: bool,
    channel: FeedSubscription,
) -> impl Stream<Item = Presence> {
    stream::unfold((channel, visible), move |(mut channel, mut visible)| {
        let hub = hub.clone();
        async move {
            loop {
                let event = channel.next().await?;
                if let Some(shown) = event.json["shown"].as_bool() {
                    if own || shown == visible {
                        continue;
                    }
                    visible = shown;
                    let state = if shown {
                        match hub.presence.state(user).await {
                            Ok(state) => state,
                            Err(_) => continue,
                        }
                    } else {
                        PresenceState {
                            user_id: user,
                            status: PresenceStatus::Offline,
                            last_seen_at: None,
                        }
                    };
                    return Some((Presence::shown(state, shown), (channel, visible)));
                }
                if !visible {
                    continue;
                }
                if let Ok(state) = PresenceState::deserialize(&event.json) {
                    return Some((Presence::shown(state, true), (channel, visible)));
                }
            }
        }
    })
}

/// Typing signals of `conversation`, with the ends of the ones that
/// lapsed; it ends when the viewer may no longer follow the conversation.
fn typing_stream(
    hub: Hub,
    viewer: Uuid,
    conversation: Uuid,
    channel: FeedSubscription,
) -> impl Stream<Item = TypingEvent> {
    struct State {
        hub: Hub,
        channel: FeedSubscription,
        typing: HashMap<Uuid, DateTime<Utc>>,
    }
    let ended = move |user: Uuid, at: DateTime<Utc>| TypingEvent {
        conversation_id: to_id(conversation),
        user_id: to_id(user),
        typing: false,
        expires_at: at,
    };
    stream::unfold(
        State {
            hub,
            channel,
            typing: HashMap::new(),
        },
        move |mut state| async move {
            loop {
                let next_end = state
                    .typing
                    .iter()
                    .min_by_key(|(_, at)| **at)
                    .map(|(u, at)| (*u, *at));
                let wait = next_end
                    .map(|(_, at)| (at - Utc::now()).to_std().unwrap_or(Duration::ZERO))
                    .unwrap_or(Duration::from_secs(3600));
                tokio::select! {
                    () = tokio::time::sleep(wait), if next_end.is_some() => {
                        if let Some((user, at)) = next_end {
                            state.typing.remove(&user);
                            return Some((ended(user, at), state));
                        }
                    }
                    event = state.channel.next() => {
                        let event = &event?.json;
                        let (Some(user), Some(at)) = (
                            event["userId"].as_str().and_then(|v| v.parse::<Uuid>().ok()),
                            serde_json::from_value::<DateTime<Utc>>(event["expiresAt"].clone()).ok(),
                        ) else { continue };
                        if user == viewer {
                            continue;
                        }
                        if state.hub.require_conversation(viewer, conversation, false).await.is_err() {
                            return None;
                        }
                        let typing = event["typing"].as_bool().unwrap_or(false);
                        if typing {
                            state.typing.insert(user, at);
                        } else if state.typing.remove(&user).is_none() {
                            continue;
                        }
                        return Some((
                            TypingEvent {
                                conversation_id: to_id(conversation),
                                user_id: to_id(user),
                                typing,
                                expires_at: at,
                            },
                            state,
                        ));
                    }
                }
            }
        },
    )
}

/// A user, as realtime extends it.
pub struct User(pub Uuid);

#[Object]
impl User {
    /// The user's id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }

    /// Whether they are online now (offline to others when they hide it).
    #[graphql(guard = "SignedIn")]
    async fn presence(&self, ctx: &Context<'_>) -> Result<Presence> {
        let viewer = viewer_id(ctx)?;
        let hub = ctx.data::<Hub>()?;
        let visible = viewer == self.0 || hub.shows_presence(self.0).await;
        Ok(Presence::shown(hub.presence.state(self.0).await?, visible))
    }
}

/// The realtime query root (entities only).
#[derive(Default)]
pub struct Query;

#[Object]
impl Query {
    /// Resolves `User` references: a user's presence.
    #[graphql(entity)]
    async fn find_user_by_id(&self, id: ID) -> Result<User> {
        Ok(User(parse_id("id", &id)?))
    }
}

/// What the viewer can say about their presence.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresenceChoice {
    /// Back.
    Online,
    /// Away (while connected).
    Away,
}

/// The realtime mutation root.
#[derive(Default)]
pub struct Mutation;

#[Object]
impl Mutation {
    /// Tells a conversation the viewer is typing (renew every few seconds;
    /// a signal lapses after 5 s) or, with `typing: false`, stopped.
    /// Returns until when the signal holds.
    #[graphql(guard = "SignedIn")]
    async fn set_typing(
        &self,
        ctx: &Context<'_>,
        conversation_id: ID,
        #[graphql(default = true)] typing: bool,
    ) -> Result<DateTime<Utc>> {
        let viewer = viewer_id(ctx)?;
        let id = parse_id("conversationId", &conversation_id)?;
        let hub = ctx.data::<Hub>()?;
        hub.require_conversation(viewer, id, true).await?;
        Ok(hub.typing(viewer, id, typing).await?)
    }

    /// Sets the viewer away or back (while connected).
    #[graphql(guard = "SignedIn")]
    async fn set_presence(&self, ctx: &Context<'_>, status: PresenceChoice) -> Result<Presence> {
        let viewer = viewer_id(ctx)?;
        let hub = ctx.data::<Hub>()?;
        hub.presence
            .set_away(viewer, status == PresenceChoice::Away)
            .await?;
        Ok(Presence::shown(hub.presence.state(viewer).await?, true))
    }
}
