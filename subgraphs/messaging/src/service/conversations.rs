//! Conversations and their people.
//!
//! - DIRECT: exactly two people, one conversation per pair, started by the
//!   first message. Nobody leaves it; a block stops it.
//! - GROUP: 3 to `messaging.max_group_size` people with a name and an
//!   avatar. Its creator is its first admin; admins add and remove people,
//!   rename it and make others admins. Anyone may leave; when the last
//!   admin leaves, the longest-standing member becomes admin.
//! - SPACE: the chat of a CHAT space, one per space, started by the first
//!   member who opens it. Who reads (`READ`) and writes (`CHAT`) is asked
//!   of the communities subgraph every time, so a member removed from the
//!   space loses it at once.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    TryInsertResult, Value, sea_query::Expr,
};
use serde_json::json;
use stunxt_platform::{
    AppError,
    access::AccessQuery,
    db::begin_write,
    events::{self, EventEnvelope},
    ids::new_id,
    pagination::{Direction, PageRequest},
};
use uuid::Uuid;

use super::{Messaging, check_len, db_err, query_all, user_channel};
use crate::entity::{conversations, participants};

/// What kind of conversation.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConversationKind {
    /// Two people.
    Direct,
    /// A named group.
    Group,
    /// The chat of a CHAT space.
    Space,
}

impl ConversationKind {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "DIRECT",
            Self::Group => "GROUP",
            Self::Space => "SPACE",
        }
    }

    /// From storage.
    pub fn parse(kind: &str) -> Self {
        match kind {
            "DIRECT" => Self::Direct,
            "GROUP" => Self::Group,
            _ => Self::Space,
        }
    }
}

/// A participant's role.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParticipantRole {
    /// Manages a group's people, name and avatar.
    Admin,
    /// Takes part.
    Member,
}

impl ParticipantRole {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "ADMIN",
            Self::Member => "MEMBER",
        }
    }

    /// From storage.
    pub fn parse(role: &str) -> Self {
        if role == "ADMIN" {
            Self::Admin
        } else {
            Self::Member
        }
    }
}

/// A conversation as the viewer opened it.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The conversation.
    pub conversation: conversations::Model,
    /// The viewer's place in it.
    pub participant: participants::Model,
    /// Whether the viewer may manage it: a group admin, or a moderator of
    /// the space.
    pub manager: bool,
}

impl Opened {
    /// The conversation's kind.
    pub fn kind(&self) -> ConversationKind {
        ConversationKind::parse(&self.conversation.kind)
    }
}

/// Filters of the conversation list.
#[derive(Debug, Clone, Default)]
pub struct ConversationFilter {
    /// Only this kind.
    pub kind: Option<ConversationKind>,
    /// Only pinned (`true`) or unpinned (`false`) ones.
    pub pinned: Option<bool>,
}

/// The sort key of the conversation list: last activity, then id.
pub type ActivityKey = (DateTime<Utc>, Uuid);

/// The key of a direct conversation between `a` and `b`.
pub fn direct_key(a: Uuid, b: Uuid) -> String {
    let (low, high) = if a < b { (a, b) } else { (b, a) };
    format!("{low}:{high}")
}

fn participant(
    conversation: Uuid,
    user: Uuid,
    role: ParticipantRole,
    last_read: Option<Uuid>,
) -> participants::ActiveModel {
    participants::ActiveModel {
        conversation_id: Set(conversation),
        user_id: Set(user),
        role: Set(role.as_str().to_owned()),
        joined_at: Set(Utc::now()),
        left_at: Set(None),
        last_read_message_id: Set(last_read),
        last_read_at: Set(None),
        muted: Set(false),
        pinned_at: Set(None),
    }
}

fn not_found() -> AppError {
    AppError::not_found("no such conversation")
}

impl Messaging {
    /// Conversation `id`, as `viewer` may see it: a participant of a direct
    /// or group conversation, or someone who may `READ` the space (and
    /// `CHAT` in it, with `write`).
    pub async fn open(&self, viewer: Uuid, id: Uuid, write: bool) -> Result<Opened, AppError> {
        let conversation = conversations::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(not_found)?;
        self.open_loaded(viewer, conversation, write).await
    }

    pub(crate) async fn open_loaded(
        &self,
        viewer: Uuid,
        conversation: conversations::Model,
        write: bool,
    ) -> Result<Opened, AppError> {
        if let (Some(community), Some(space)) = (conversation.community_id, conversation.space_id) {
            self.access
                .require(Some(viewer), community, Some(space), "READ")
                .await?;
            if write {
                self.access
                    .require(Some(viewer), community, Some(space), "CHAT")
                    .await?;
            }
            let manager = self
                .access
                .check(AccessQuery {
                    user_id: Some(viewer),
                    community_id: community,
                    space_id: Some(space),
                    permission: "MODERATE_CONTENT".to_owned(),
                })
                .await?
                .allowed();
            let participant = self.space_participant(&conversation, viewer).await?;
            return Ok(Opened {
                conversation,
                participant,
                manager,
            });
        }
        let participant = participants::Entity::find_by_id((conversation.id, viewer))
            .filter(participants::Column::LeftAt.is_null())
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(not_found)?;
        let manager = participant.role == ParticipantRole::Admin.as_str()
            && conversation.kind == ConversationKind::Group.as_str();
        Ok(Opened {
            conversation,
            participant,
            manager,
        })
    }

    /// The viewer's row in a space chat, made the first time they open it
    /// (everything before counts as read).
    async fn space_participant(
        &self,
        conversation: &conversations::Model,
        viewer: Uuid,
    ) -> Result<participants::Model, AppError> {
        let key = (conversation.id, viewer);
        if let Some(found) = participants::Entity::find_by_id(key)
            .one(&self.db)
            .await
            .map_err(db_err)?
        {
            if found.left_at.is_none() {
                return Ok(found);
            }
            participants::Entity::update_many()
                .col_expr(
                    participants::Column::LeftAt,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .col_expr(participants::Column::JoinedAt, Expr::value(Utc::now()))
                .filter(participants::Column::ConversationId.eq(conversation.id))
                .filter(participants::Column::UserId.eq(viewer))
                .exec(&self.db)
                .await
                .map_err(db_err)?;
        } else {
            participants::Entity::insert(participant(
                conversation.id,
                viewer,
                ParticipantRole::Member,
                conversation.last_message_id,
            ))
            .on_conflict_do_nothing()
            .exec_without_returning(&self.db)
            .await
            .map_err(db_err)?;
        }
        participants::Entity::find_by_id(key)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(not_found)
    }

    /// The chat of CHAT space `space`, started the first time a member who
    /// may read it opens it.
    pub async fn space_conversation(&self, viewer: Uuid, space: Uuid) -> Result<Opened, AppError> {
        let info = self
            .access
            .space(space)
            .await?
            .ok_or_else(|| AppError::not_found("no such space"))?;
        self.access
            .require(Some(viewer), info.community_id, Some(space), "READ")
            .await?;
        if info.kind != "CHAT" {
            return Err(AppError::bad_input(
                "spaceId",
                "only CHAT spaces have a conversation",
            ));
        }
        let existing = conversations::Entity::find()
            .filter(conversations::Column::SpaceId.eq(space))
            .one(&self.db)
            .await
            .map_err(db_err)?;
        let conversation = match existing {
            Some(found) => found,
            None => {
                let now = Utc::now();
                conversations::Entity::insert(conversations::ActiveModel {
                    id: Set(new_id()),
                    kind: Set(ConversationKind::Space.as_str().to_owned()),
                    name: Set(None),
                    avatar_id: Set(None),
                    community_id: Set(Some(info.community_id)),
                    space_id: Set(Some(space)),
                    direct_key: Set(None),
                    created_by: Set(viewer),
                    last_message_id: Set(None),
                    last_activity_at: Set(now),
                    created_at: Set(now),
                    updated_at: Set(now),
                })
                .on_conflict_do_nothing_on([conversations::Column::SpaceId])
                .exec_without_returning(&self.db)
                .await
                .map_err(db_err)?;
                conversations::Entity::find()
                    .filter(conversations::Column::SpaceId.eq(space))
                    .one(&self.db)
                    .await
                    .map_err(db_err)?
                    .ok_or_else(not_found)?
            }
        };
        self.open_loaded(viewer, conversation, false).await
    }

    /// The direct conversation of `viewer` and `other`, if they have one.
    pub async fn direct_with(
        &self,
        viewer: Uuid,
        other: Uuid,
    ) -> Result<Option<conversations::Model>, AppError> {
        conversations::Entity::find()
            .filter(conversations::Column::DirectKey.eq(direct_key(viewer, other)))
            .one(&self.db)
            .await
            .map_err(db_err)
    }

    /// The direct conversation of `sender` and `recipient` in `txn`,
    /// started when there is none and `recipient` accepts conversations
    /// from `sender`. Either way, a block between them refuses.
    pub(crate) async fn direct_for_sending<C: ConnectionTrait>(
        &self,
        txn: &C,
        sender: Uuid,
        recipient: Uuid,
    ) -> Result<(conversations::Model, bool), AppError> {
        let key = direct_key(sender, recipient);
        if let Some(found) = conversations::Entity::find()
            .filter(conversations::Column::DirectKey.eq(key.clone()))
            .one(txn)
            .await
            .map_err(db_err)?
        {
            return Ok((found, false));
        }
        Self::may_reach(txn, sender, recipient, "recipientId").await?;
        let now = Utc::now();
        let id = new_id();
        let inserted = conversations::Entity::insert(conversations::ActiveModel {
            id: Set(id),
            kind: Set(ConversationKind::Direct.as_str().to_owned()),
            name: Set(None),
            avatar_id: Set(None),
            community_id: Set(None),
            space_id: Set(None),
            direct_key: Set(Some(key.clone())),
            created_by: Set(sender),
            last_message_id: Set(None),
            last_activity_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .on_conflict_do_nothing_on([conversations::Column::DirectKey])
        .exec_without_returning(txn)
        .await
        .map_err(db_err)?;
        if !matches!(inserted, TryInsertResult::Inserted(n) if n > 0) {
            // Started meanwhile by a concurrent first message: use it.
            let found = conversations::Entity::find()
                .filter(conversations::Column::DirectKey.eq(key))
                .one(txn)
                .await
                .map_err(db_err)?
                .ok_or_else(not_found)?;
            return Ok((found, false));
        }
        participants::Entity::insert_many([
            participant(id, sender, ParticipantRole::Member, None),
            participant(id, recipient, ParticipantRole::Member, None),
        ])
        .exec_without_returning(txn)
        .await
        .map_err(db_err)?;
        events::enqueue(
            txn,
            &EventEnvelope::new(
                "messaging.conversation.created",
                json!({ "conversationId": id, "kind": "DIRECT", "participantIds": [sender, recipient] }),
            )
            .actor(sender),
        )
        .await
        .map_err(db_err)?;
        let created = conversations::Entity::find_by_id(id)
            .one(txn)
            .await
            .map_err(db_err)?
            .ok_or_else(not_found)?;
        Ok((created, true))
    }

    /// Starts a group of `viewer` and `members` named `name`.
    pub async fn create_group(
        &self,
        viewer: Uuid,
        name: &str,
        members: Vec<Uuid>,
        avatar: Option<Uuid>,
    ) -> Result<conversations::Model, AppError> {
        let name = name.trim();
        check_len("name", name, 1, self.config.max_group_name_chars)?;
        let mut people = vec![viewer];
        for member in members {
            if !people.contains(&member) {
                people.push(member);
            }
        }
        let max = self.config.max_group_size;
        if people.len() < 3 || people.len() > max {
            return Err(AppError::bad_input(
                "memberIds",
                format!(
                    "a group has 3 to {max} people, you included ({} given)",
                    people.len()
                ),
            ));
        }
        let txn = begin_write(&self.db).await.map_err(db_err)?;
        for member in &people[1..] {
            Self::may_reach(&txn, viewer, *member, "memberIds").await?;
        }
        let now = Utc::now();
        let id = new_id();
        conversations::Entity::insert(conversations::ActiveModel {
            id: Set(id),
            kind: Set(ConversationKind::Group.as_str().to_owned()),
            name: Set(Some(name.to_owned())),
            avatar_id: Set(avatar),
            community_id: Set(None),
            space_id: Set(None),
            direct_key: Set(None),
            created_by: Set(viewer),
            last_message_id: Set(None),
            last_activity_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await
        .map_err(db_err)?;
        participants::Entity::insert_many(people.iter().map(|user| {
            let role = if *user == viewer {
                ParticipantRole::Admin
            } else {
                ParticipantRole::Member
            };
            participant(id, *user, role, None)
        }))
        .exec_without_returning(&txn)
        .await
        .map_err(db_err)?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "messaging.conversation.created",
                json!({ "conversationId": id, "kind": "GROUP", "participantIds": people }),
            )
            .actor(viewer),
        )
        .await
        .map_err(db_err)?;
        txn.commit().await.map_err(db_err)?;
        for user in &people {
            self.announce(
                &user_channel(*user),
                &json!({ "type": "CONVERSATION_ADDED", "conversationId": id, "userId": user, "actorId": viewer }),
            )
            .await;
        }
        conversations::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(not_found)
    }

    fn require_group_admin(opened: &Opened) -> Result<(), AppError> {
        if opened.kind() != ConversationKind::Group {
            return Err(AppError::bad_input(
                "conversationId",
                "only groups have people to manage",
            ));
        }
        if !opened.manager {
            return Err(AppError::forbidden("only the group's admins may do this"));
        }
        Ok(())
    }

    /// The active participants of `conversation`, longest-standing first.
    pub async fn participants(
        &self,
        conversation: Uuid,
        limit: u64,
    ) -> Result<Vec<participants::Model>, AppError> {
        use sea_orm::QuerySelect;
        participants::Entity::find()
            .filter(participants::Column::ConversationId.eq(conversation))
            .filter(participants::Column::LeftAt.is_null())
            .order_by_asc(participants::Column::JoinedAt)
            .order_by_asc(participants::Column::UserId)
            .limit(limit)
            .all(&self.db)
            .await
            .map_err(db_err)
    }

    /// The active participants of each of `ids`, longest-standing first
    /// (for small conversations: every row is read).
    pub async fn participants_of(
        &self,
        ids: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<participants::Model>>, AppError> {
        let rows = participants::Entity::find()
            .filter(participants::Column::ConversationId.is_in(ids.iter().copied()))
            .filter(participants::Column::LeftAt.is_null())
            .order_by_asc(participants::Column::JoinedAt)
            .order_by_asc(participants::Column::UserId)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        Ok(super::grouped(rows, |row| row.conversation_id))
    }

    /// The ids of the active participants of `conversation`.
    pub(crate) async fn participant_ids<C: ConnectionTrait>(
        db: &C,
        conversation: Uuid,
    ) -> Result<Vec<Uuid>, AppError> {
        use sea_orm::QuerySelect;
        participants::Entity::find()
            .select_only()
            .column(participants::Column::UserId)
            .filter(participants::Column::ConversationId.eq(conversation))
            .filter(participants::Column::LeftAt.is_null())
            .into_tuple()
            .all(db)
            .await
            .map_err(db_err)
    }

    /// A group admin adds `users` to group `id`.
    pub async fn add_participants(
        &self,
        viewer: Uuid,
        id: Uuid,
        users: Vec<Uuid>,
    ) -> Result<conversations::Model, AppError> {
        let opened = self.open(viewer, id, false).await?;
        Self::require_group_admin(&opened)?;
        let txn = begin_write(&self.db).await.map_err(db_err)?;
        let current = Self::participant_ids(&txn, id).await?;
        let mut added: Vec<Uuid> = Vec::new();
        for user in users {
            if !current.contains(&user) && !added.contains(&user) {
                added.push(user);
            }
        }
        let max = self.config.max_group_size;
        if current.len() + added.len() > max {
            return Err(AppError::bad_input(
                "userIds",
                format!("a group holds at most {max} people"),
            ));
        }
        for user in &added {
            Self::may_reach(&txn, viewer, *user, "userIds").await?;
        }
        let last_read = opened.conversation.last_message_id;
        for user in &added {
            // Someone who left comes back as a member, with history up to
            // now read.
            participants::Entity::delete_by_id((id, *user))
                .exec(&txn)
                .await
                .map_err(db_err)?;
            participants::Entity::insert(participant(
                id,
                *user,
                ParticipantRole::Member,
                last_read,
            ))
            .exec_without_returning(&txn)
            .await
            .map_err(db_err)?;
            events::enqueue(
                &txn,
                &EventEnvelope::new(
                    "messaging.participant.added",
                    json!({ "conversationId": id, "userId": user, "addedBy": viewer }),
                )
                .actor(viewer),
            )
            .await
            .map_err(db_err)?;
        }
        self.touch(&txn, id).await?;
        txn.commit().await.map_err(db_err)?;
        for user in &added {
            self.membership_changed(id, *user, viewer, "PARTICIPANT_ADDED")
                .await;
        }
        self.reload(id).await
    }

    /// A group admin removes `user` from group `id`.
    pub async fn remove_participant(
        &self,
        viewer: Uuid,
        id: Uuid,
        user: Uuid,
    ) -> Result<conversations::Model, AppError> {
        let opened = self.open(viewer, id, false).await?;
        Self::require_group_admin(&opened)?;
        if user == viewer {
            return Err(AppError::bad_input(
                "userId",
                "use leaveConversation to leave a group",
            ));
        }
        self.depart(id, user, viewer).await?;
        self.reload(id).await
    }

    /// The viewer leaves group `id` (or stops following a space chat).
    pub async fn leave(&self, viewer: Uuid, id: Uuid) -> Result<bool, AppError> {
        let opened = self.open(viewer, id, false).await?;
        if opened.kind() == ConversationKind::Direct {
            return Err(AppError::bad_input(
                "conversationId",
                "a direct conversation cannot be left; block the person to stop it",
            ));
        }
        self.depart(id, viewer, viewer).await?;
        Ok(true)
    }

    async fn depart(&self, id: Uuid, user: Uuid, actor: Uuid) -> Result<(), AppError> {
        let txn = begin_write(&self.db).await.map_err(db_err)?;
        let removed = participants::Entity::update_many()
            .col_expr(participants::Column::LeftAt, Expr::value(Utc::now()))
            .col_expr(
                participants::Column::Role,
                Expr::value(ParticipantRole::Member.as_str()),
            )
            .filter(participants::Column::ConversationId.eq(id))
            .filter(participants::Column::UserId.eq(user))
            .filter(participants::Column::LeftAt.is_null())
            .exec(&txn)
            .await
            .map_err(db_err)?
            .rows_affected;
        if removed == 0 {
            return Err(
                AppError::not_found("this person is not in the conversation").with_field("userId"),
            );
        }
        // A group keeps an admin: the longest-standing member takes over.
        let admins = participants::Entity::find()
            .filter(participants::Column::ConversationId.eq(id))
            .filter(participants::Column::LeftAt.is_null())
            .filter(participants::Column::Role.eq(ParticipantRole::Admin.as_str()))
            .one(&txn)
            .await
            .map_err(db_err)?;
        let is_group = conversations::Entity::find_by_id(id)
            .one(&txn)
            .await
            .map_err(db_err)?
            .is_some_and(|c| c.kind == ConversationKind::Group.as_str());
        if admins.is_none()
            && is_group
            && let Some(next) = participants::Entity::find()
                .filter(participants::Column::ConversationId.eq(id))
                .filter(participants::Column::LeftAt.is_null())
                .order_by_asc(participants::Column::JoinedAt)
                .order_by_asc(participants::Column::UserId)
                .one(&txn)
                .await
                .map_err(db_err)?
        {
            participants::Entity::update_many()
                .col_expr(
                    participants::Column::Role,
                    Expr::value(ParticipantRole::Admin.as_str()),
                )
                .filter(participants::Column::ConversationId.eq(id))
                .filter(participants::Column::UserId.eq(next.user_id))
                .exec(&txn)
                .await
                .map_err(db_err)?;
        }
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "messaging.participant.removed",
                json!({ "conversationId": id, "userId": user, "removedBy": actor }),
            )
            .actor(actor),
        )
        .await
        .map_err(db_err)?;
        if is_group {
            self.touch(&txn, id).await?;
        }
        txn.commit().await.map_err(db_err)?;
        self.membership_changed(id, user, actor, "PARTICIPANT_REMOVED")
            .await;
        Ok(())
    }

    /// Tells the conversation and the person concerned.
    async fn membership_changed(&self, id: Uuid, user: Uuid, actor: Uuid, kind: &str) {
        if let Ok(conversation) = self.reload(id).await {
            self.tell(
                &conversation,
                json!({ "type": kind, "userId": user, "actorId": actor }),
            )
            .await;
        }
        let mine = json!({
            "type": if kind == "PARTICIPANT_ADDED" { "CONVERSATION_ADDED" } else { "CONVERSATION_REMOVED" },
            "conversationId": id, "userId": user, "actorId": actor,
        });
        self.announce(&user_channel(user), &mine).await;
    }

    async fn touch<C: ConnectionTrait>(&self, db: &C, id: Uuid) -> Result<(), AppError> {
        conversations::Entity::update_many()
            .col_expr(conversations::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(conversations::Column::Id.eq(id))
            .exec(db)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn reload(&self, id: Uuid) -> Result<conversations::Model, AppError> {
        conversations::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(not_found)
    }

    /// A group admin makes `user` an admin or a member.
    pub async fn set_role(
        &self,
        viewer: Uuid,
        id: Uuid,
        user: Uuid,
        role: ParticipantRole,
    ) -> Result<participants::Model, AppError> {
        let opened = self.open(viewer, id, false).await?;
        Self::require_group_admin(&opened)?;
        let txn = begin_write(&self.db).await.map_err(db_err)?;
        let changed = participants::Entity::update_many()
            .col_expr(participants::Column::Role, Expr::value(role.as_str()))
            .filter(participants::Column::ConversationId.eq(id))
            .filter(participants::Column::UserId.eq(user))
            .filter(participants::Column::LeftAt.is_null())
            .exec(&txn)
            .await
            .map_err(db_err)?
            .rows_affected;
        if changed == 0 {
            return Err(
                AppError::not_found("this person is not in the conversation").with_field("userId"),
            );
        }
        let admins = participants::Entity::find()
            .filter(participants::Column::ConversationId.eq(id))
            .filter(participants::Column::LeftAt.is_null())
            .filter(participants::Column::Role.eq(ParticipantRole::Admin.as_str()))
            .one(&txn)
            .await
            .map_err(db_err)?;
        if admins.is_none() {
            return Err(AppError::conflict(
                "role",
                "a group needs at least one admin",
            ));
        }
        txn.commit().await.map_err(db_err)?;
        self.tell(
            &opened.conversation,
            json!({ "type": "PARTICIPANT_UPDATED", "userId": user, "role": role.as_str(), "actorId": viewer }),
        )
        .await;
        participants::Entity::find_by_id((id, user))
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(not_found)
    }

    /// A group admin renames group `id` or changes its avatar
    /// (`Some(None)` removes it).
    pub async fn update_group(
        &self,
        viewer: Uuid,
        id: Uuid,
        name: Option<String>,
        avatar: Option<Option<Uuid>>,
    ) -> Result<conversations::Model, AppError> {
        let opened = self.open(viewer, id, false).await?;
        Self::require_group_admin(&opened)?;
        let mut update = conversations::Entity::update_many()
            .col_expr(conversations::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(conversations::Column::Id.eq(id));
        if let Some(name) = name {
            let name = name.trim().to_owned();
            check_len("name", &name, 1, self.config.max_group_name_chars)?;
            update = update.col_expr(conversations::Column::Name, Expr::value(name));
        }
        if let Some(avatar) = avatar {
            update = update.col_expr(conversations::Column::AvatarId, Expr::value(avatar));
        }
        update.exec(&self.db).await.map_err(db_err)?;
        let updated = self.reload(id).await?;
        self.tell(
            &updated,
            json!({ "type": "CONVERSATION_UPDATED", "name": updated.name, "avatarId": updated.avatar_id, "actorId": viewer }),
        )
        .await;
        Ok(updated)
    }

    /// The viewer mutes or unmutes conversation `id`.
    pub async fn set_muted(&self, viewer: Uuid, id: Uuid, muted: bool) -> Result<Opened, AppError> {
        self.set_own(viewer, id, participants::Column::Muted, Value::from(muted))
            .await
    }

    /// The viewer pins or unpins conversation `id`.
    pub async fn set_pinned(
        &self,
        viewer: Uuid,
        id: Uuid,
        pinned: bool,
    ) -> Result<Opened, AppError> {
        let at = pinned.then(Utc::now);
        self.set_own(viewer, id, participants::Column::PinnedAt, Value::from(at))
            .await
    }

    async fn set_own(
        &self,
        viewer: Uuid,
        id: Uuid,
        column: participants::Column,
        value: Value,
    ) -> Result<Opened, AppError> {
        let opened = self.open(viewer, id, false).await?;
        participants::Entity::update_many()
            .col_expr(column, Expr::value(value))
            .filter(participants::Column::ConversationId.eq(id))
            .filter(participants::Column::UserId.eq(viewer))
            .exec(&self.db)
            .await
            .map_err(db_err)?;
        self.announce(
            &user_channel(viewer),
            &json!({ "type": "CONVERSATION_SETTINGS", "conversationId": id, "userId": viewer }),
        )
        .await;
        self.open_loaded(viewer, opened.conversation, false).await
    }

    /// A page of the viewer's conversations, most recently active first.
    pub async fn list(
        &self,
        viewer: Uuid,
        filter: &ConversationFilter,
        page: &PageRequest<ActivityKey>,
    ) -> Result<Vec<conversations::Model>, AppError> {
        let mut sql = String::from(
            "SELECT c.id FROM conversations c JOIN participants p ON p.conversation_id = c.id \
             WHERE p.user_id = ? AND p.left_at IS NULL",
        );
        let mut values: Vec<Value> = vec![viewer.into()];
        if let Some(kind) = filter.kind {
            sql.push_str(" AND c.kind = ?");
            values.push(kind.as_str().into());
        }
        match filter.pinned {
            Some(true) => sql.push_str(" AND p.pinned_at IS NOT NULL"),
            Some(false) => sql.push_str(" AND p.pinned_at IS NULL"),
            None => {}
        }
        let mut bound = |key: &ActivityKey, op: &str| {
            sql.push_str(&format!(
                " AND (c.last_activity_at {op} ? OR (c.last_activity_at = ? AND c.id {op} ?))"
            ));
            values.extend([key.0.into(), key.0.into(), key.1.into()]);
        };
        // Newest first: "after" a cursor is older than it.
        if let Some(after) = &page.after {
            bound(after, "<");
        }
        if let Some(before) = &page.before {
            bound(before, ">");
        }
        let order = match page.direction {
            Direction::Forward => "DESC",
            Direction::Backward => "ASC",
        };
        sql.push_str(&format!(
            " ORDER BY c.last_activity_at {order}, c.id {order} LIMIT {}",
            page.fetch_limit()
        ));
        let ids: Vec<Uuid> = query_all(&self.db, &sql, values)
            .await?
            .iter()
            .filter_map(|row| row.try_get::<Uuid>("", "id").ok())
            .collect();
        let mut found = conversations::Entity::find()
            .filter(conversations::Column::Id.is_in(ids.clone()))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        found.sort_by_key(|c| ids.iter().position(|id| *id == c.id));
        Ok(found)
    }

    /// The viewer's participant rows of `conversations`.
    pub async fn own_rows(
        &self,
        viewer: Uuid,
        conversations: &[Uuid],
    ) -> Result<Vec<participants::Model>, AppError> {
        participants::Entity::find()
            .filter(participants::Column::UserId.eq(viewer))
            .filter(participants::Column::ConversationId.is_in(conversations.to_vec()))
            .all(&self.db)
            .await
            .map_err(db_err)
    }
}
