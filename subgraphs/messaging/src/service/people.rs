//! What messaging knows of people, kept from other subgraphs' events: the
//! privacy settings it follows (from `identity.user.updated`), blocks
//! (`identity.user.blocked`/`unblocked`) and shared communities (the
//! communities events, see [`stunxt_platform::memberships`]).
//!
//! Who may start a conversation with someone follows their
//! `messagePermission`:
//!
//! - `everyone`: anyone signed in;
//! - `community_members` (identity's default): people who share a community
//!   with them;
//! - `connections`: people who share a group conversation with them
//!   (StunxtV2 has no follow graph yet; sharing a group is the connection);
//! - `nobody`: no one.
//!
//! A block either way refuses a new conversation and new direct messages,
//! and hides the blocked person's messages from the one who blocked.

use std::collections::HashSet;

use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{ExprTrait, OnConflict},
};
use stunxt_platform::{AppError, events::EventEnvelope, memberships};
use uuid::Uuid;

use super::{Messaging, db_err, query_all};
use crate::entity::{user_blocks, user_settings};

/// identity's events messaging keeps a copy of.
pub const IDENTITY_TOPICS: &[&str] = &[
    "identity.user.updated",
    "identity.user.blocked",
    "identity.user.unblocked",
    "identity.user.deleted",
];

/// The permission of someone without a copied setting: identity's default.
const DEFAULT_PERMISSION: &str = "community_members";

/// Applies one identity or communities event to messaging's copies.
pub async fn apply<C: ConnectionTrait>(db: &C, event: &EventEnvelope) -> Result<(), DbErr> {
    let id = |field: &str| {
        event.payload[field]
            .as_str()
            .and_then(|id| id.parse::<Uuid>().ok())
    };
    match event.topic.as_str() {
        "identity.user.updated" => {
            let privacy = &event.payload["privacy"];
            let (Some(user), Some(permission)) =
                (id("userId"), privacy["messagePermission"].as_str())
            else {
                return Ok(());
            };
            user_settings::Entity::insert(user_settings::ActiveModel {
                user_id: Set(user),
                message_permission: Set(permission.to_owned()),
                send_read_receipts: Set(privacy["sendReadReceipts"].as_bool().unwrap_or(true)),
            })
            .on_conflict(
                OnConflict::column(user_settings::Column::UserId)
                    .update_columns([
                        user_settings::Column::MessagePermission,
                        user_settings::Column::SendReadReceipts,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
        }
        "identity.user.blocked" => {
            if let (Some(blocker), Some(blocked)) = (id("userId"), id("blockedUserId")) {
                user_blocks::Entity::insert(user_blocks::ActiveModel {
                    blocker_id: Set(blocker),
                    blocked_id: Set(blocked),
                })
                .on_conflict_do_nothing()
                .exec_without_returning(db)
                .await?;
            }
        }
        "identity.user.unblocked" => {
            if let (Some(blocker), Some(blocked)) = (id("userId"), id("blockedUserId")) {
                user_blocks::Entity::delete_by_id((blocker, blocked))
                    .exec(db)
                    .await?;
            }
        }
        "identity.user.deleted" => {
            if let Some(user) = id("userId") {
                user_settings::Entity::delete_by_id(user).exec(db).await?;
                user_blocks::Entity::delete_many()
                    .filter(
                        Condition::any()
                            .add(user_blocks::Column::BlockerId.eq(user))
                            .add(user_blocks::Column::BlockedId.eq(user)),
                    )
                    .exec(db)
                    .await?;
            }
        }
        _ => memberships::apply(db, event).await?,
    }
    Ok(())
}

impl Messaging {
    /// Whether `user` sends read receipts.
    pub(crate) async fn sends_receipts<C: ConnectionTrait>(
        db: &C,
        user: Uuid,
    ) -> Result<bool, AppError> {
        Ok(user_settings::Entity::find_by_id(user)
            .one(db)
            .await
            .map_err(db_err)?
            .is_none_or(|s| s.send_read_receipts))
    }

    /// The people `viewer` blocked.
    pub async fn blocked_by(&self, viewer: Uuid) -> Result<HashSet<Uuid>, AppError> {
        let ids: Vec<Uuid> = user_blocks::Entity::find()
            .select_only()
            .column(user_blocks::Column::BlockedId)
            .filter(user_blocks::Column::BlockerId.eq(viewer))
            .into_tuple()
            .all(&self.db)
            .await
            .map_err(db_err)?;
        Ok(ids.into_iter().collect())
    }

    /// Whether `a` blocked `b` or `b` blocked `a`.
    pub(crate) async fn blocked_between<C: ConnectionTrait>(
        db: &C,
        a: Uuid,
        b: Uuid,
    ) -> Result<bool, AppError> {
        Ok(user_blocks::Entity::find()
            .filter(
                Condition::any()
                    .add(
                        user_blocks::Column::BlockerId
                            .eq(a)
                            .and(user_blocks::Column::BlockedId.eq(b)),
                    )
                    .add(
                        user_blocks::Column::BlockerId
                            .eq(b)
                            .and(user_blocks::Column::BlockedId.eq(a)),
                    ),
            )
            .one(db)
            .await
            .map_err(db_err)?
            .is_some())
    }

    /// Refuses, naming `field`, when `sender` may not start a conversation
    /// with (or add to a group) `recipient`.
    pub(crate) async fn may_reach<C: ConnectionTrait>(
        db: &C,
        sender: Uuid,
        recipient: Uuid,
        field: &str,
    ) -> Result<(), AppError> {
        let refused = || {
            AppError::forbidden("this person does not accept conversations from you")
                .with_field(field)
        };
        if Self::blocked_between(db, sender, recipient).await? {
            return Err(refused());
        }
        let permission = user_settings::Entity::find_by_id(recipient)
            .one(db)
            .await
            .map_err(db_err)?
            .map(|s| s.message_permission)
            .unwrap_or_else(|| DEFAULT_PERMISSION.to_owned());
        let allowed = match permission.as_str() {
            "everyone" => true,
            "community_members" => memberships::share_a_community(db, sender, recipient)
                .await
                .map_err(db_err)?,
            "connections" => Self::share_a_group(db, sender, recipient).await?,
            _ => false,
        };
        if allowed { Ok(()) } else { Err(refused()) }
    }

    /// Whether `a` and `b` are both in a group conversation.
    async fn share_a_group<C: ConnectionTrait>(db: &C, a: Uuid, b: Uuid) -> Result<bool, AppError> {
        let rows = query_all(
            db,
            "SELECT 1 FROM participants pa \
             JOIN participants pb ON pb.conversation_id = pa.conversation_id \
             JOIN conversations c ON c.id = pa.conversation_id \
             WHERE pa.user_id = ? AND pb.user_id = ? AND c.kind = 'GROUP' \
               AND pa.left_at IS NULL AND pb.left_at IS NULL LIMIT 1",
            vec![a.into(), b.into()],
        )
        .await?;
        Ok(!rows.is_empty())
    }
}
