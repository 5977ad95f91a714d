//! Accepted answers, bookmarks, following and reports.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    sea_query::OnConflict,
};
use serde_json::json;
use stunxt_platform::{
    AppError,
    events::{self, EventEnvelope},
    ids::new_id,
    pagination::{Direction, PageRequest},
};
use uuid::Uuid;

use super::{Discussions, check_len, db_err, posts::visible, reactions::TargetType};
use crate::entity::{bookmarks, follows, posts, reports};

/// Why something was reported.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportReason {
    /// Advertising, scams, repeated posting.
    Spam,
    /// Attacks on a person.
    Harassment,
    /// Attacks on a group.
    Hate,
    /// False information.
    Misinformation,
    /// Not what the space is for.
    OffTopic,
    /// The note says.
    Other,
}

impl ReportReason {
    fn as_str(self) -> &'static str {
        match self {
            Self::Spam => "SPAM",
            Self::Harassment => "HARASSMENT",
            Self::Hate => "HATE",
            Self::Misinformation => "MISINFORMATION",
            Self::OffTopic => "OFF_TOPIC",
            Self::Other => "OTHER",
        }
    }
}

/// Sort key of the bookmarks list: most recently bookmarked first.
pub type BookmarkKey = (DateTime<Utc>, Uuid);

impl Discussions {
    /// Marks comment `comment` as the answer to post `post` (`None`
    /// clears it): the post's author or a moderator.
    pub async fn accept_answer(
        &self,
        viewer: Uuid,
        post: Uuid,
        comment: Option<Uuid>,
    ) -> Result<posts::Model, AppError> {
        let (post, in_space) = self.load_post(Some(viewer), post).await?;
        if post.author_id != viewer && !in_space.moderator {
            return Err(AppError::forbidden(
                "only the post's author or a moderator may accept an answer",
            ));
        }
        if let Some(comment) = comment {
            let (found, on, _) = self.load_comment(Some(viewer), comment).await?;
            if on.id != post.id || found.deleted_at.is_some() {
                return Err(AppError::bad_input(
                    "commentId",
                    "the answer must be a comment on this post",
                ));
            }
        }
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        posts::Entity::update_many()
            .col_expr(posts::Column::AcceptedCommentId, comment.into())
            .filter(posts::Column::Id.eq(post.id))
            .exec(&txn)
            .await
            .map_err(db_err)?;
        if let Some(comment) = comment {
            events::enqueue(
                &txn,
                &EventEnvelope::new(
                    "discussions.answer.accepted",
                    json!({ "postId": post.id, "commentId": comment }),
                )
                .actor(viewer)
                .community(post.community_id),
            )
            .await
            .map_err(db_err)?;
        }
        txn.commit().await.map_err(db_err)?;
        posts::Entity::find_by_id(post.id)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(|| AppError::not_found("no such post"))
    }

    /// Bookmarks (`on`) or un-bookmarks post `post` for `viewer`.
    pub async fn set_bookmark(&self, viewer: Uuid, post: Uuid, on: bool) -> Result<bool, AppError> {
        self.load_post(Some(viewer), post).await?;
        if on {
            bookmarks::Entity::insert(bookmarks::ActiveModel {
                user_id: Set(viewer),
                post_id: Set(post),
                created_at: Set(Utc::now()),
            })
            .on_conflict(
                OnConflict::columns([bookmarks::Column::UserId, bookmarks::Column::PostId])
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&self.db)
            .await
            .map_err(db_err)?;
        } else {
            bookmarks::Entity::delete_many()
                .filter(bookmarks::Column::UserId.eq(viewer))
                .filter(bookmarks::Column::PostId.eq(post))
                .exec(&self.db)
                .await
                .map_err(db_err)?;
        }
        Ok(on)
    }

    /// Follows (`on`) or stops following post `post` for `viewer`.
    pub async fn set_follow(&self, viewer: Uuid, post: Uuid, on: bool) -> Result<bool, AppError> {
        let (post, _) = self.load_post(Some(viewer), post).await?;
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        if on {
            follow(&txn, viewer, &post).await?;
        } else {
            let removed = follows::Entity::delete_many()
                .filter(follows::Column::UserId.eq(viewer))
                .filter(follows::Column::PostId.eq(post.id))
                .exec(&txn)
                .await
                .map_err(db_err)?
                .rows_affected;
            if removed > 0 {
                announce_follow(&txn, "discussions.post.unfollowed", viewer, &post).await?;
            }
        }
        txn.commit().await.map_err(db_err)?;
        Ok(on)
    }

    /// Which of `posts` `viewer` bookmarked and follows: two statements
    /// for any number of posts.
    pub async fn marks(
        &self,
        viewer: Uuid,
        posts: &[Uuid],
    ) -> Result<HashMap<Uuid, (bool, bool)>, AppError> {
        let mut marks: HashMap<Uuid, (bool, bool)> =
            posts.iter().map(|id| (*id, (false, false))).collect();
        for mark in bookmarks::Entity::find()
            .filter(bookmarks::Column::UserId.eq(viewer))
            .filter(bookmarks::Column::PostId.is_in(posts.iter().copied()))
            .all(&self.db)
            .await
            .map_err(db_err)?
        {
            marks.entry(mark.post_id).or_default().0 = true;
        }
        for mark in follows::Entity::find()
            .filter(follows::Column::UserId.eq(viewer))
            .filter(follows::Column::PostId.is_in(posts.iter().copied()))
            .all(&self.db)
            .await
            .map_err(db_err)?
        {
            marks.entry(mark.post_id).or_default().1 = true;
        }
        Ok(marks)
    }

    /// A page of `viewer`'s bookmarks that they may still see, most
    /// recently bookmarked first.
    pub async fn bookmarks(
        &self,
        viewer: Uuid,
        page: &PageRequest<BookmarkKey>,
    ) -> Result<Vec<(BookmarkKey, posts::Model)>, AppError> {
        let mut select = bookmarks::Entity::find().filter(bookmarks::Column::UserId.eq(viewer));
        let older = |(at, id): BookmarkKey| {
            Condition::any()
                .add(bookmarks::Column::CreatedAt.lt(at))
                .add(
                    Condition::all()
                        .add(bookmarks::Column::CreatedAt.eq(at))
                        .add(bookmarks::Column::PostId.lt(id)),
                )
        };
        let newer = |(at, id): BookmarkKey| {
            Condition::any()
                .add(bookmarks::Column::CreatedAt.gt(at))
                .add(
                    Condition::all()
                        .add(bookmarks::Column::CreatedAt.eq(at))
                        .add(bookmarks::Column::PostId.gt(id)),
                )
        };
        if let Some(key) = page.after {
            select = select.filter(older(key));
        }
        if let Some(key) = page.before {
            select = select.filter(newer(key));
        }
        let select = match page.direction {
            Direction::Forward => select
                .order_by_desc(bookmarks::Column::CreatedAt)
                .order_by_desc(bookmarks::Column::PostId),
            Direction::Backward => select
                .order_by_asc(bookmarks::Column::CreatedAt)
                .order_by_asc(bookmarks::Column::PostId),
        };
        let marks = select
            .limit(page.fetch_limit())
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let ids: Vec<Uuid> = marks.iter().map(|m| m.post_id).collect();
        let found = posts::Entity::find()
            .filter(posts::Column::Id.is_in(ids))
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut page_rows = Vec::with_capacity(marks.len());
        for mark in marks {
            let Some(post) = found.iter().find(|p| p.id == mark.post_id) else {
                continue;
            };
            // Access may have ended since (left the space, post hidden).
            let Ok(in_space) = self.require(Some(viewer), post.space_id, "READ").await else {
                continue;
            };
            if visible(post, Some(viewer), in_space.moderator) {
                page_rows.push(((mark.created_at, mark.post_id), post.clone()));
            }
        }
        Ok(page_rows)
    }

    /// `viewer` reports a post or comment to the community's moderators.
    pub async fn report(
        &self,
        viewer: Uuid,
        target: Uuid,
        kind: TargetType,
        reason: ReportReason,
        note: Option<String>,
    ) -> Result<Uuid, AppError> {
        if let Some(note) = &note {
            check_len("note", note, 0, 2_000)?;
        }
        let post = match kind {
            TargetType::Post => self.load_post(Some(viewer), target).await?.0,
            TargetType::Comment => self.load_comment(Some(viewer), target).await?.1,
        };
        let id = new_id();
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        reports::Entity::insert(reports::ActiveModel {
            id: Set(id),
            target_id: Set(target),
            target_type: Set(kind.as_str().to_owned()),
            community_id: Set(post.community_id),
            reporter_id: Set(viewer),
            reason: Set(reason.as_str().to_owned()),
            note: Set(note),
            created_at: Set(Utc::now()),
        })
        .exec_without_returning(&txn)
        .await
        .map_err(db_err)?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "discussions.content.reported",
                json!({
                    "reportId": id,
                    "targetId": target,
                    "targetType": kind.as_str(),
                    "postId": post.id,
                    "spaceId": post.space_id,
                    "reason": reason.as_str(),
                }),
            )
            .actor(viewer)
            .community(post.community_id),
        )
        .await
        .map_err(db_err)?;
        txn.commit().await.map_err(db_err)?;
        Ok(id)
    }
}

/// `user` follows `post`, announced with `discussions.post.followed`
/// (nothing if they already do).
pub(crate) async fn follow<C: sea_orm::ConnectionTrait>(
    conn: &C,
    user: Uuid,
    post: &posts::Model,
) -> Result<(), AppError> {
    let inserted = follows::Entity::insert(follows::ActiveModel {
        user_id: Set(user),
        post_id: Set(post.id),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([follows::Column::UserId, follows::Column::PostId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await
    .map_err(db_err)?;
    if inserted > 0 {
        announce_follow(conn, "discussions.post.followed", user, post).await?;
    }
    Ok(())
}

/// Queues `topic` (`discussions.post.followed` or `.unfollowed`) for
/// `user` and `post`.
async fn announce_follow<C: sea_orm::ConnectionTrait>(
    conn: &C,
    topic: &str,
    user: Uuid,
    post: &posts::Model,
) -> Result<(), AppError> {
    events::enqueue(
        conn,
        &EventEnvelope::new(
            topic,
            json!({ "postId": post.id, "userId": user, "spaceId": post.space_id }),
        )
        .actor(user)
        .community(post.community_id),
    )
    .await
    .map_err(db_err)
}
