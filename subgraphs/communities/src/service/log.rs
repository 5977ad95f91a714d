//! The moderation log: every membership action, who did it, to whom,
//! when and why. Written in the same transaction as the action.

use chrono::Utc;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use stunxt_platform::ids::new_id;
use uuid::Uuid;

use crate::{entity::mod_log, error::CommunityError};

/// One log entry being written.
#[derive(Debug, Clone)]
pub struct Entry {
    community: Uuid,
    actor: Uuid,
    action: String,
    target: Option<Uuid>,
    space: Option<Uuid>,
    reason: Option<String>,
    details: serde_json::Value,
}

impl Entry {
    /// `actor` did `action` in `community`.
    pub fn new(community: Uuid, actor: Uuid, action: &str) -> Self {
        Self {
            community,
            actor,
            action: action.to_owned(),
            target: None,
            space: None,
            reason: None,
            details: serde_json::json!({}),
        }
    }

    /// To `user`.
    #[must_use]
    pub fn target(mut self, user: Uuid) -> Self {
        self.target = Some(user);
        self
    }

    /// In `space`.
    #[must_use]
    pub fn space(mut self, space: Uuid) -> Self {
        self.space = Some(space);
        self
    }

    /// Because of `reason`.
    #[must_use]
    pub fn reason(mut self, reason: Option<String>) -> Self {
        self.reason = reason;
        self
    }

    /// With `details`.
    #[must_use]
    pub fn details(mut self, details: serde_json::Value) -> Self {
        self.details = details;
        self
    }
}

/// Writes `entry`.
pub async fn record<C: ConnectionTrait>(db: &C, entry: Entry) -> Result<(), sea_orm::DbErr> {
    mod_log::Entity::insert(mod_log::ActiveModel::from(mod_log::Model {
        id: new_id(),
        community_id: entry.community,
        actor_id: entry.actor,
        action: entry.action,
        target_user_id: entry.target,
        space_id: entry.space,
        reason: entry.reason,
        details: entry.details.to_string(),
        created_at: Utc::now(),
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Records what a moderator did to content, as another subgraph reports
/// it (`discussions.content.moderated`): the action is the content type
/// and what was done (`POST_HIDE`, `COMMENT_DELETE`, …), the target its
/// author, the details what it was.
pub async fn apply_content_event<C: ConnectionTrait>(
    db: &C,
    event: &stunxt_platform::events::EventEnvelope,
) -> anyhow::Result<()> {
    let payload = &event.payload;
    let id = |key: &str| payload[key].as_str().and_then(|v| v.parse::<Uuid>().ok());
    let (Some(community), Some(actor)) = (event.community_id, event.actor_id) else {
        return Ok(());
    };
    let kind = payload["targetType"].as_str().unwrap_or("CONTENT");
    let action = payload["action"].as_str().unwrap_or("MODERATED");
    let mut entry = Entry::new(community, actor, &format!("{kind}_{action}"))
        .reason(payload["reason"].as_str().map(str::to_owned))
        .details(serde_json::json!({
            "source": event.topic.split('.').next().unwrap_or_default(),
            "targetType": kind,
            "targetId": payload["targetId"],
            "postId": payload["postId"],
        }));
    if let Some(author) = id("authorId") {
        entry = entry.target(author);
    }
    if let Some(space) = id("spaceId") {
        entry = entry.space(space);
    }
    record(db, entry).await?;
    Ok(())
}

/// Up to `limit` entries of `community`, newest first, before `before`.
pub async fn page(
    db: &DatabaseConnection,
    community: Uuid,
    before: Option<Uuid>,
    limit: u64,
) -> Result<Vec<mod_log::Model>, CommunityError> {
    let mut select = mod_log::Entity::find().filter(mod_log::Column::CommunityId.eq(community));
    if let Some(before) = before {
        select = select.filter(mod_log::Column::Id.lt(before));
    }
    Ok(select
        .order_by_desc(mod_log::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}
