//! Threaded comments: replies to replies up to
//! `discussions.max_comment_depth`, loaded a level at a time (top-level
//! comments of a post, then each comment's replies), oldest first.
//! Deleting a comment that has replies keeps it in the thread as removed.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, IntoActiveModel, QueryFilter, Set,
    sea_query::Expr,
};
use serde_json::json;
use stunxt_platform::{
    AppError,
    events::{self, EventEnvelope},
    ids::new_id,
    pagination::{PageRequest, keyset_by_id},
};
use uuid::Uuid;

use super::{Discussions, check_len, db_err, notices};
use crate::entity::{comments, posts};

/// Whether `viewer` sees `comment` in a thread they can read: hidden ones
/// only its author and moderators; deleted ones only as placeholders
/// while they have replies.
pub fn shown(comment: &comments::Model, viewer: Option<Uuid>, moderator: bool) -> bool {
    if comment.deleted_at.is_some() {
        return comment.reply_count > 0;
    }
    !comment.hidden || moderator || viewer == Some(comment.author_id)
}

/// Where `comment`'s mentions are.
fn mentioned(comment: &comments::Model, post: &posts::Model) -> notices::Mentioned<'static> {
    notices::Mentioned {
        author: comment.author_id,
        community: post.community_id,
        space: post.space_id,
        target_type: "COMMENT",
        target_id: comment.id,
        post_id: post.id,
    }
}

/// `actor`'s `action` on `comment`, for the mod log.
fn moderation<'a>(
    comment: &comments::Model,
    post: &posts::Model,
    actor: Uuid,
    action: &'a str,
    reason: Option<&'a str>,
) -> notices::Moderation<'a> {
    notices::Moderation {
        actor,
        community: post.community_id,
        space: post.space_id,
        target_type: "COMMENT",
        target_id: comment.id,
        post_id: post.id,
        author: comment.author_id,
        action,
        reason,
    }
}

impl Discussions {
    /// Comments on post `post_id` (replying to `parent_id` when given) by
    /// `author`.
    pub async fn create_comment(
        &self,
        author: Uuid,
        post_id: Uuid,
        parent_id: Option<Uuid>,
        body: String,
        attachment_ids: Vec<Uuid>,
    ) -> Result<comments::Model, AppError> {
        check_len("body", body.trim(), 1, self.config.max_comment_chars)?;
        self.check_attachments(&attachment_ids)?;
        let (post, in_space) = self.load_post(Some(author), post_id).await?;
        self.require(Some(author), post.space_id, "COMMENT").await?;
        if post.status != "PUBLISHED" {
            return Err(AppError::bad_input(
                "postId",
                "comments go on published posts",
            ));
        }
        if post.locked && !in_space.moderator {
            return Err(AppError::forbidden("this post is locked"));
        }
        let (depth, parent_author) = match parent_id {
            None => (0, None),
            Some(parent) => {
                let parent = comments::Entity::find_by_id(parent)
                    .one(&self.db)
                    .await
                    .map_err(db_err)?
                    .filter(|c| c.post_id == post.id && c.deleted_at.is_none())
                    .ok_or_else(|| {
                        AppError::bad_input("parentId", "no such comment on this post")
                    })?;
                if parent.depth >= self.config.max_comment_depth {
                    return Err(AppError::bad_input(
                        "parentId",
                        format!(
                            "replies nest at most {} deep; reply higher up the thread",
                            self.config.max_comment_depth
                        ),
                    ));
                }
                (parent.depth + 1, Some(parent.author_id))
            }
        };
        self.limit(author, "comments", self.config.comments_per_window)
            .await?;
        let rendered = stunxt_platform::markdown::render(&body);
        let now = Utc::now();
        let comment = comments::Model {
            id: new_id(),
            post_id: post.id,
            parent_id,
            depth,
            author_id: author,
            body,
            body_html: rendered.html,
            mentions: serde_json::to_string(&rendered.mentions).unwrap_or_else(|_| "[]".into()),
            attachment_ids: super::posts::json_list(&attachment_ids),
            hidden: false,
            hidden_reason: None,
            deleted_at: None,
            reply_count: 0,
            reaction_count: 0,
            edited_at: None,
            created_at: now,
            updated_at: now,
        };
        // Media first: a refused attachment leaves no comment behind.
        self.attach_to(
            super::posts::comment_parent_ref(comment.id),
            &post,
            author,
            false,
            attachment_ids,
        )
        .await?;
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        comments::Entity::insert(comments::ActiveModel::from(comment.clone()))
            .exec_without_returning(&txn)
            .await
            .map_err(db_err)?;
        posts::Entity::update_many()
            .col_expr(
                posts::Column::CommentCount,
                sea_orm::sea_query::ExprTrait::add(Expr::col(posts::Column::CommentCount), 1),
            )
            .col_expr(
                posts::Column::Score,
                sea_orm::sea_query::ExprTrait::add(Expr::col(posts::Column::Score), 2),
            )
            .col_expr(posts::Column::RankStale, true.into())
            .col_expr(posts::Column::LastActivityAt, Some(now).into())
            .filter(posts::Column::Id.eq(post.id))
            .exec(&txn)
            .await
            .map_err(db_err)?;
        if let Some(parent) = parent_id {
            comments::Entity::update_many()
                .col_expr(
                    comments::Column::ReplyCount,
                    sea_orm::sea_query::ExprTrait::add(Expr::col(comments::Column::ReplyCount), 1),
                )
                .filter(comments::Column::Id.eq(parent))
                .exec(&txn)
                .await
                .map_err(db_err)?;
        }
        // Commenters hear of the rest of the conversation.
        super::engagement::follow(&txn, author, &post).await?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "discussions.comment.created",
                json!({
                    "commentId": comment.id,
                    "postId": post.id,
                    "parentId": parent_id,
                    "parentAuthorId": parent_author,
                    "postAuthorId": post.author_id,
                    "spaceId": post.space_id,
                    "authorId": author,
                    "mentions": rendered.mentions,
                }),
            )
            .actor(author)
            .community(post.community_id),
        )
        .await
        .map_err(db_err)?;
        notices::mentions(&txn, mentioned(&comment, &post), &rendered.mentions, &[]).await?;
        txn.commit().await.map_err(db_err)?;
        Ok(comment)
    }

    /// The comment `id` with its post, if `viewer` may see them.
    pub(crate) async fn load_comment(
        &self,
        viewer: Option<Uuid>,
        id: Uuid,
    ) -> Result<(comments::Model, posts::Model, bool), AppError> {
        let comment = comments::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(|| AppError::not_found("no such comment"))?;
        let (post, in_space) = self
            .load_post(viewer, comment.post_id)
            .await
            .map_err(|err| {
                if err.code() == stunxt_platform::ErrorCode::NotFound {
                    AppError::not_found("no such comment")
                } else {
                    err
                }
            })?;
        if !shown(&comment, viewer, in_space.moderator) {
            return Err(AppError::not_found("no such comment"));
        }
        Ok((comment, post, in_space.moderator))
    }

    /// Edits `viewer`'s comment `id`.
    pub async fn update_comment(
        &self,
        viewer: Uuid,
        id: Uuid,
        body: String,
    ) -> Result<comments::Model, AppError> {
        check_len("body", body.trim(), 1, self.config.max_comment_chars)?;
        let (comment, post, _) = self.load_comment(Some(viewer), id).await?;
        if comment.author_id != viewer || comment.deleted_at.is_some() {
            return Err(AppError::forbidden("only its author may edit a comment"));
        }
        let rendered = stunxt_platform::markdown::render(&body);
        let now = Utc::now();
        let before: Vec<String> = serde_json::from_str(&comment.mentions).unwrap_or_default();
        let at = mentioned(&comment, &post);
        let mut model = comment.into_active_model();
        model.body = Set(body);
        model.body_html = Set(rendered.html);
        model.mentions =
            Set(serde_json::to_string(&rendered.mentions).unwrap_or_else(|_| "[]".into()));
        model.edited_at = Set(Some(now));
        model.updated_at = Set(now);
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        let comment = model.update(&txn).await.map_err(db_err)?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "discussions.comment.updated",
                json!({
                    "commentId": comment.id,
                    "postId": post.id,
                    "authorId": comment.author_id,
                    "mentions": rendered.mentions,
                }),
            )
            .actor(viewer)
            .community(post.community_id),
        )
        .await
        .map_err(db_err)?;
        notices::mentions(&txn, at, &rendered.mentions, &before).await?;
        txn.commit().await.map_err(db_err)?;
        Ok(comment)
    }

    /// Deletes comment `id`: its author, or a moderator.
    pub async fn delete_comment(&self, viewer: Uuid, id: Uuid) -> Result<(), AppError> {
        let (comment, post, moderator) = self.load_comment(Some(viewer), id).await?;
        if comment.deleted_at.is_some() {
            return Ok(());
        }
        if comment.author_id != viewer && !moderator {
            return Err(AppError::forbidden(
                "only its author or a moderator may delete a comment",
            ));
        }
        let now = Utc::now();
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        let mut model = comment.clone().into_active_model();
        model.deleted_at = Set(Some(now));
        model.updated_at = Set(now);
        model.update(&txn).await.map_err(db_err)?;
        posts::Entity::update_many()
            .col_expr(
                posts::Column::CommentCount,
                sea_orm::sea_query::ExprTrait::sub(Expr::col(posts::Column::CommentCount), 1),
            )
            .col_expr(
                posts::Column::Score,
                sea_orm::sea_query::ExprTrait::sub(Expr::col(posts::Column::Score), 2),
            )
            .col_expr(posts::Column::RankStale, true.into())
            .filter(posts::Column::Id.eq(post.id))
            .exec(&txn)
            .await
            .map_err(db_err)?;
        events::enqueue(
            &txn,
            &EventEnvelope::new(
                "discussions.comment.deleted",
                json!({ "commentId": comment.id, "postId": post.id }),
            )
            .actor(viewer)
            .community(post.community_id),
        )
        .await
        .map_err(db_err)?;
        if comment.author_id != viewer {
            notices::moderated(&txn, moderation(&comment, &post, viewer, "DELETE", None)).await?;
        }
        txn.commit().await.map_err(db_err)?;
        if let Some(media) = &self.media
            && !super::posts::stored_ids(&comment.attachment_ids).is_empty()
            && let Err(err) = media
                .remove_parent(&super::posts::comment_parent_ref(comment.id))
                .await
        {
            // Detaching later is harmless: media only holds files longer.
            tracing::warn!(comment = %comment.id, error = %err.message(), "detaching a deleted comment's media");
        }
        Ok(())
    }

    /// Hides (`hide`) or restores comment `id` (moderators).
    pub async fn moderate_comment(
        &self,
        viewer: Uuid,
        id: Uuid,
        hide: bool,
        reason: Option<String>,
    ) -> Result<comments::Model, AppError> {
        let (comment, post, moderator) = self.load_comment(Some(viewer), id).await?;
        if !moderator {
            return Err(AppError::forbidden("only moderators may do this"));
        }
        let action = if hide { "HIDE" } else { "RESTORE" };
        let entry = moderation(&comment, &post, viewer, action, reason.as_deref());
        let mut model = comment.clone().into_active_model();
        model.hidden = Set(hide);
        model.hidden_reason = Set(if hide { reason.clone() } else { None });
        model.updated_at = Set(Utc::now());
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        let comment = model.update(&txn).await.map_err(db_err)?;
        notices::moderated(&txn, entry).await?;
        txn.commit().await.map_err(db_err)?;
        Ok(comment)
    }

    /// A page of the comments on `post` replying to `parent` (top-level
    /// ones when `None`), oldest first, as `viewer` sees them.
    pub async fn thread(
        &self,
        viewer: Option<Uuid>,
        post: &posts::Model,
        parent: Option<Uuid>,
        moderator: bool,
        page: &PageRequest<Uuid>,
    ) -> Result<Vec<comments::Model>, AppError> {
        let mut select = comments::Entity::find().filter(comments::Column::PostId.eq(post.id));
        select = match parent {
            None => select.filter(comments::Column::ParentId.is_null()),
            Some(parent) => select.filter(comments::Column::ParentId.eq(parent)),
        };
        // What `shown` allows, in SQL, so pages are full.
        let mut visible = Condition::all().add(
            Condition::any()
                .add(comments::Column::DeletedAt.is_null())
                .add(comments::Column::ReplyCount.gt(0)),
        );
        if !moderator {
            let mut not_hidden = Condition::any().add(comments::Column::Hidden.eq(false));
            if let Some(viewer) = viewer {
                not_hidden = not_hidden.add(comments::Column::AuthorId.eq(viewer));
            }
            visible = visible.add(not_hidden);
        }
        keyset_by_id(select.filter(visible), comments::Column::Id, page)
            .all(&self.db)
            .await
            .map_err(db_err)
    }
}
