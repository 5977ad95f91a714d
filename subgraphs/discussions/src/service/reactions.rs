//! Emoji reactions on posts and comments: one of each emoji per person,
//! toggled; counts per emoji and the viewer's own, loaded for a whole page
//! at once.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ColumnTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};
use serde_json::json;
use stunxt_platform::{
    AppError,
    events::{self, EventEnvelope},
};
use uuid::Uuid;

use super::{Discussions, db_err};
use crate::entity::{comments, community_emoji, posts, reactions};

/// The emoji members react with where their community chose none.
pub const DEFAULT_EMOJI: &[&str] = &["👍", "❤️", "😂", "🎉", "😮", "😢", "🙏", "🔥", "👀", "✅"];
/// Most emoji a community may choose.
pub const MAX_EMOJI: usize = 24;

/// What is reacted to.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetType {
    /// A post.
    Post,
    /// A comment.
    Comment,
}

impl TargetType {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Post => "POST",
            Self::Comment => "COMMENT",
        }
    }
}

#[derive(Debug, FromQueryResult)]
struct CountRow {
    target_id: Uuid,
    emoji: String,
    count: i64,
}

impl Discussions {
    /// The emoji members of `community` react with, in order.
    pub async fn community_emoji(&self, community: Uuid) -> Result<Vec<String>, AppError> {
        let chosen = community_emoji::Entity::find_by_id(community)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .and_then(|row| serde_json::from_str::<Vec<String>>(&row.emoji).ok());
        Ok(chosen.unwrap_or_else(|| DEFAULT_EMOJI.iter().map(|e| (*e).to_owned()).collect()))
    }

    /// The emoji `community`'s members may react with, as `viewer` (who
    /// may read it) sees them.
    pub async fn reaction_emoji(
        &self,
        viewer: Option<Uuid>,
        community: Uuid,
    ) -> Result<Vec<String>, AppError> {
        self.access.require(viewer, community, None, "READ").await?;
        self.community_emoji(community).await
    }

    /// Chooses the emoji of `community` (`MANAGE_COMMUNITY`): up to
    /// [`MAX_EMOJI`] distinct emoji; an empty list restores the default.
    pub async fn set_community_emoji(
        &self,
        viewer: Uuid,
        community: Uuid,
        emoji: Vec<String>,
    ) -> Result<Vec<String>, AppError> {
        self.access
            .require(Some(viewer), community, None, "MANAGE_COMMUNITY")
            .await?;
        if emoji.len() > MAX_EMOJI {
            return Err(AppError::bad_input(
                "emoji",
                format!("a community may have at most {MAX_EMOJI} reaction emoji"),
            ));
        }
        for (i, e) in emoji.iter().enumerate() {
            if emojis::get(e).is_none() {
                return Err(AppError::bad_input(
                    "emoji",
                    format!("{e:?} is not an emoji"),
                ));
            }
            if emoji[..i].contains(e) {
                return Err(AppError::bad_input("emoji", format!("{e} is listed twice")));
            }
        }
        if emoji.is_empty() {
            community_emoji::Entity::delete_by_id(community)
                .exec(&self.db)
                .await
                .map_err(db_err)?;
            return self.community_emoji(community).await;
        }
        let row = community_emoji::ActiveModel {
            community_id: sea_orm::Set(community),
            emoji: sea_orm::Set(serde_json::to_string(&emoji).map_err(AppError::internal)?),
            updated_by: sea_orm::Set(viewer),
            updated_at: sea_orm::Set(Utc::now()),
        };
        community_emoji::Entity::insert(row)
            .on_conflict(
                sea_orm::sea_query::OnConflict::column(community_emoji::Column::CommunityId)
                    .update_columns([
                        community_emoji::Column::Emoji,
                        community_emoji::Column::UpdatedBy,
                        community_emoji::Column::UpdatedAt,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(&self.db)
            .await
            .map_err(db_err)?;
        Ok(emoji)
    }

    /// Adds `emoji` of `viewer` to the target, or takes it back; whether
    /// it is there now.
    pub async fn toggle_reaction(
        &self,
        viewer: Uuid,
        target: Uuid,
        kind: TargetType,
        emoji: &str,
    ) -> Result<bool, AppError> {
        let (post, target_author) = match kind {
            TargetType::Post => {
                let post = self.load_post(Some(viewer), target).await?.0;
                let author = post.author_id;
                (post, author)
            }
            TargetType::Comment => {
                let (comment, post, _) = self.load_comment(Some(viewer), target).await?;
                if comment.deleted_at.is_some() {
                    return Err(AppError::not_found("no such comment"));
                }
                (post, comment.author_id)
            }
        };
        self.require(Some(viewer), post.space_id, "COMMENT").await?;
        let existing = reactions::Entity::find_by_id((target, viewer, emoji.to_owned()))
            .one(&self.db)
            .await
            .map_err(db_err)?;
        // Taking one back works even for emoji the community dropped since.
        if existing.is_none() {
            let allowed = self.community_emoji(post.community_id).await?;
            if !allowed.iter().any(|e| e == emoji) {
                return Err(AppError::bad_input(
                    "emoji",
                    format!("react with one of {}", allowed.join(" ")),
                ));
            }
        }
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        let removed = reactions::Entity::delete_many()
            .filter(reactions::Column::TargetId.eq(target))
            .filter(reactions::Column::UserId.eq(viewer))
            .filter(reactions::Column::Emoji.eq(emoji))
            .exec(&txn)
            .await
            .map_err(db_err)?
            .rows_affected
            > 0;
        if !removed {
            reactions::Entity::insert(reactions::ActiveModel {
                target_id: sea_orm::Set(target),
                user_id: sea_orm::Set(viewer),
                emoji: sea_orm::Set(emoji.to_owned()),
                target_type: sea_orm::Set(kind.as_str().to_owned()),
                created_at: sea_orm::Set(Utc::now()),
            })
            .exec_without_returning(&txn)
            .await
            .map_err(db_err)?;
        }
        let delta = if removed { -1 } else { 1 };
        match kind {
            TargetType::Post => {
                posts::Entity::update_many()
                    .col_expr(
                        posts::Column::ReactionCount,
                        sea_orm::sea_query::ExprTrait::add(
                            Expr::col(posts::Column::ReactionCount),
                            delta,
                        ),
                    )
                    .col_expr(
                        posts::Column::Score,
                        sea_orm::sea_query::ExprTrait::add(Expr::col(posts::Column::Score), delta),
                    )
                    .col_expr(posts::Column::RankStale, true.into())
                    .filter(posts::Column::Id.eq(target))
                    .exec(&txn)
                    .await
                    .map_err(db_err)?;
            }
            TargetType::Comment => {
                comments::Entity::update_many()
                    .col_expr(
                        comments::Column::ReactionCount,
                        sea_orm::sea_query::ExprTrait::add(
                            Expr::col(comments::Column::ReactionCount),
                            delta,
                        ),
                    )
                    .filter(comments::Column::Id.eq(target))
                    .exec(&txn)
                    .await
                    .map_err(db_err)?;
            }
        }
        if !removed {
            events::enqueue(
                &txn,
                &EventEnvelope::new(
                    "discussions.reaction.added",
                    json!({
                        "targetId": target,
                        "targetType": kind.as_str(),
                        "targetAuthorId": target_author,
                        "postId": post.id,
                        "spaceId": post.space_id,
                        "emoji": emoji,
                    }),
                )
                .actor(viewer)
                .community(post.community_id),
            )
            .await
            .map_err(db_err)?;
        }
        txn.commit().await.map_err(db_err)?;
        Ok(!removed)
    }

    /// Counts per emoji of each of `targets`, most used first.
    pub async fn reaction_counts(
        &self,
        targets: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<(String, i64)>>, AppError> {
        let rows = reactions::Entity::find()
            .select_only()
            .column(reactions::Column::TargetId)
            .column(reactions::Column::Emoji)
            .column_as(reactions::Column::UserId.count(), "count")
            .filter(reactions::Column::TargetId.is_in(targets.iter().copied()))
            .group_by(reactions::Column::TargetId)
            .group_by(reactions::Column::Emoji)
            .order_by_asc(reactions::Column::Emoji)
            .into_model::<CountRow>()
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut counts: HashMap<Uuid, Vec<(String, i64)>> = HashMap::new();
        for row in rows {
            counts
                .entry(row.target_id)
                .or_default()
                .push((row.emoji, row.count));
        }
        for list in counts.values_mut() {
            list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        }
        Ok(counts)
    }

    /// The emoji `viewer` reacted with on each of `targets`.
    pub async fn viewer_reactions(
        &self,
        viewer: Uuid,
        targets: &[Uuid],
    ) -> Result<HashMap<Uuid, Vec<String>>, AppError> {
        let rows = reactions::Entity::find()
            .filter(reactions::Column::UserId.eq(viewer))
            .filter(reactions::Column::TargetId.is_in(targets.iter().copied()))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut mine: HashMap<Uuid, Vec<String>> = HashMap::new();
        for row in rows {
            mine.entry(row.target_id).or_default().push(row.emoji);
        }
        Ok(mine)
    }
}
