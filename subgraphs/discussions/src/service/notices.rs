//! Events other subgraphs act on beyond the plain content events: what a
//! moderator did (the communities subgraph writes it to the community's
//! mod log) and who was newly mentioned (notifications tell them).

use sea_orm::ConnectionTrait;
use serde_json::json;
use stunxt_platform::{
    AppError,
    events::{self, EventEnvelope},
};
use uuid::Uuid;

use super::db_err;

/// What a moderator did to a post or comment.
#[derive(Debug, Clone)]
pub struct Moderation<'a> {
    /// The moderator.
    pub actor: Uuid,
    /// The community.
    pub community: Uuid,
    /// The space.
    pub space: Uuid,
    /// `POST` or `COMMENT`.
    pub target_type: &'a str,
    /// The post or comment.
    pub target_id: Uuid,
    /// The post (the comment's, for comments).
    pub post_id: Uuid,
    /// Who wrote it.
    pub author: Uuid,
    /// `HIDE`, `RESTORE`, `LOCK`, `UNLOCK`, `PIN`, `UNPIN`, `FEATURE`,
    /// `UNFEATURE` or `DELETE`.
    pub action: &'a str,
    /// Why, when the moderator said.
    pub reason: Option<&'a str>,
}

/// Emits `discussions.content.moderated` for `entry`.
pub async fn moderated<C: ConnectionTrait>(
    conn: &C,
    entry: Moderation<'_>,
) -> Result<(), AppError> {
    events::enqueue(
        conn,
        &EventEnvelope::new(
            "discussions.content.moderated",
            json!({
                "targetType": entry.target_type,
                "targetId": entry.target_id,
                "postId": entry.post_id,
                "spaceId": entry.space,
                "authorId": entry.author,
                "action": entry.action,
                "reason": entry.reason,
            }),
        )
        .actor(entry.actor)
        .community(entry.community),
    )
    .await
    .map_err(db_err)
}

/// Where people were mentioned.
#[derive(Debug, Clone)]
pub struct Mentioned<'a> {
    /// Who wrote it.
    pub author: Uuid,
    /// The community.
    pub community: Uuid,
    /// The space.
    pub space: Uuid,
    /// `POST` or `COMMENT`.
    pub target_type: &'a str,
    /// The post or comment.
    pub target_id: Uuid,
    /// The post (the comment's, for comments).
    pub post_id: Uuid,
}

/// Emits `discussions.mention.created` for the usernames in `now` that
/// were not in `before` (an edit mentions only the newly named again).
pub async fn mentions<C: ConnectionTrait>(
    conn: &C,
    at: Mentioned<'_>,
    now: &[String],
    before: &[String],
) -> Result<(), AppError> {
    let new: Vec<&String> = now.iter().filter(|name| !before.contains(name)).collect();
    if new.is_empty() {
        return Ok(());
    }
    events::enqueue(
        conn,
        &EventEnvelope::new(
            "discussions.mention.created",
            json!({
                "targetType": at.target_type,
                "targetId": at.target_id,
                "postId": at.post_id,
                "spaceId": at.space,
                "authorId": at.author,
                "usernames": new,
            }),
        )
        .actor(at.author)
        .community(at.community),
    )
    .await
    .map_err(db_err)
}
