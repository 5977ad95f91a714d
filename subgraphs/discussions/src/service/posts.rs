//! Posts: writing, editing (with history), deleting, moderating, the space
//! feed (newest first, keyset-paged), and publishing scheduled posts.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Set, sea_query::Expr,
};
use serde_json::json;
use stunxt_platform::{
    AppError,
    events::{self, EventEnvelope},
    ids::new_id,
    media::{ParentAccess, ParentRef, SetAttachments},
    pagination::{Direction, PageRequest, keyset_newest_first},
};
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use super::{Discussions, InSpace, check_len, db_err, notices};
use crate::entity::{post_revisions, posts};

/// Where a post is in its life.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostStatus {
    /// Only its author sees it.
    Draft,
    /// Published by a job at `publishAt`; only its author sees it until then.
    Scheduled,
    /// In its space's feed.
    Published,
}

impl PostStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "DRAFT",
            Self::Scheduled => "SCHEDULED",
            Self::Published => "PUBLISHED",
        }
    }

    /// The status stored as `name`.
    pub fn parse(name: &str) -> Self {
        match name {
            "DRAFT" => Self::Draft,
            "SCHEDULED" => Self::Scheduled,
            _ => Self::Published,
        }
    }
}

/// A moderator's action on a post.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostAction {
    /// Hide it from everyone but its author and moderators.
    Hide,
    /// Show it again.
    Restore,
    /// No new comments (but from moderators).
    Lock,
    /// Comments again.
    Unlock,
    /// To the top of its space.
    Pin,
    /// Back among the others.
    Unpin,
    /// Onto its community's home.
    Feature,
    /// Off its community's home.
    Unfeature,
}

impl PostAction {
    /// The name the mod log keeps.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hide => "HIDE",
            Self::Restore => "RESTORE",
            Self::Lock => "LOCK",
            Self::Unlock => "UNLOCK",
            Self::Pin => "PIN",
            Self::Unpin => "UNPIN",
            Self::Feature => "FEATURE",
            Self::Unfeature => "UNFEATURE",
        }
    }
}

/// A new post.
#[derive(Debug, Clone, Default)]
pub struct NewPost {
    /// The POSTS space.
    pub space_id: Uuid,
    /// Title.
    pub title: String,
    /// Markdown body.
    pub body: String,
    /// Uploaded media to attach.
    pub attachment_ids: Vec<Uuid>,
    /// Publish later, at this time.
    pub publish_at: Option<DateTime<Utc>>,
    /// Keep it a draft.
    pub draft: bool,
    /// Tags of the community's vocabulary, by name.
    pub tags: Vec<String>,
    /// A poll on the post.
    pub poll: Option<super::polls::NewPoll>,
}

/// Changes to a post.
#[derive(Debug, Clone, Default)]
pub struct PostChanges {
    /// New title.
    pub title: Option<String>,
    /// New body.
    pub body: Option<String>,
    /// New attachments (all of them).
    pub attachment_ids: Option<Vec<Uuid>>,
    /// Publish a draft now.
    pub publish: bool,
    /// New tags (all of them).
    pub tags: Option<Vec<String>>,
}

/// How a feed is ordered.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PostSort {
    /// Newest first.
    #[default]
    New,
    /// Latest comment (or publication) first.
    Active,
    /// Most reactions and comments first (comments count double), within
    /// `window`.
    Top,
    /// Score against age: a stored rank, refreshed in batches by a job.
    Hot,
}

/// The period TOP ranks within.
#[derive(async_graphql::Enum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TopWindow {
    /// The last 24 hours.
    Day,
    /// The last 7 days.
    Week,
    /// The last 30 days.
    Month,
    /// The last 365 days.
    Year,
    /// Ever.
    #[default]
    All,
}

impl TopWindow {
    fn since(self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let days = match self {
            Self::Day => 1,
            Self::Week => 7,
            Self::Month => 30,
            Self::Year => 365,
            Self::All => return None,
        };
        Some(now - chrono::TimeDelta::days(days))
    }
}

/// Which posts a feed shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedScope {
    /// A space's.
    Space(Uuid),
    /// Every space of a community the viewer may read: its home feed.
    Community(Uuid),
    /// A member's, in every space the viewer may read (in one community,
    /// when given).
    Author(Uuid, Option<Uuid>),
}

impl FeedScope {
    fn community(self) -> Option<Uuid> {
        match self {
            Self::Space(_) | Self::Author(_, None) => None,
            Self::Community(community) | Self::Author(_, Some(community)) => Some(community),
        }
    }
}

/// A feed position's sort value: a time (NEW, ACTIVE), a score (TOP) or a
/// rank (HOT).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SortValue {
    /// NEW, ACTIVE.
    Time(DateTime<Utc>),
    /// TOP.
    Score(i64),
    /// HOT.
    Rank(f64),
}

/// Sort key of a feed: the sort value, then the id (both descending).
pub type FeedKey = (SortValue, Uuid);

/// Seconds since 2023-11-14 (an arbitrary origin keeping ranks small).
const RANK_EPOCH: i64 = 1_700_000_000;
/// Seconds of age that weigh as much as ten times the score.
const RANK_HALF_LIFE: f64 = 45_000.0;

/// HOT rank of a post with `score` published at `at`: the order of
/// magnitude of its score plus its age's share (newer posts need fewer
/// reactions to rank as high). It only changes when the score does.
pub fn hot_rank(score: i32, at: DateTime<Utc>) -> f64 {
    let magnitude = f64::from(score.max(1)).log10();
    magnitude + (at.timestamp() - RANK_EPOCH) as f64 / RANK_HALF_LIFE
}

/// `post`'s key in a feed sorted by `sort`.
pub fn feed_key(post: &posts::Model, sort: PostSort) -> FeedKey {
    let published = post.published_at.unwrap_or(post.created_at);
    let value = match sort {
        PostSort::New => SortValue::Time(published),
        PostSort::Active => SortValue::Time(post.last_activity_at.unwrap_or(published)),
        PostSort::Top => SortValue::Score(i64::from(post.score)),
        PostSort::Hot => SortValue::Rank(post.hot_rank),
    };
    (value, post.id)
}

/// Whether `viewer` may see `post` (its space's `READ` already granted).
pub fn visible(post: &posts::Model, viewer: Option<Uuid>, moderator: bool) -> bool {
    let own = viewer == Some(post.author_id);
    if post.deleted_at.is_some() {
        return false;
    }
    if PostStatus::parse(&post.status) != PostStatus::Published {
        return own;
    }
    !post.hidden || own || moderator
}

pub(crate) fn json_list<T: serde::Serialize>(items: &[T]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".to_owned())
}

/// Usernames stored as a JSON array.
fn stored_names(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

/// Where `post`'s mentions are.
fn mentioned(post: &posts::Model) -> notices::Mentioned<'static> {
    notices::Mentioned {
        author: post.author_id,
        community: post.community_id,
        space: post.space_id,
        target_type: "POST",
        target_id: post.id,
        post_id: post.id,
    }
}

/// `actor`'s `action` on `post`, for the mod log.
fn moderation<'a>(
    post: &posts::Model,
    actor: Uuid,
    action: &'a str,
    reason: Option<&'a str>,
) -> notices::Moderation<'a> {
    notices::Moderation {
        actor,
        community: post.community_id,
        space: post.space_id,
        target_type: "POST",
        target_id: post.id,
        post_id: post.id,
        author: post.author_id,
        action,
        reason,
    }
}

/// Ids stored as a JSON array.
pub fn stored_ids(text: &str) -> Vec<Uuid> {
    serde_json::from_str(text).unwrap_or_default()
}

impl Discussions {
    /// `author`'s own drafts and scheduled posts (not deleted), newest
    /// first. Only the author reads these, wherever they were written.
    pub async fn unpublished(
        &self,
        author: Uuid,
        page: &PageRequest<Uuid>,
    ) -> Result<Vec<posts::Model>, AppError> {
        let select = posts::Entity::find()
            .filter(posts::Column::AuthorId.eq(author))
            .filter(posts::Column::Status.ne(PostStatus::Published.as_str()))
            .filter(posts::Column::DeletedAt.is_null());
        keyset_newest_first(select, posts::Column::Id, page)
            .all(&self.db)
            .await
            .map_err(db_err)
    }

    fn check_post(&self, title: &str, body: &str) -> Result<(), AppError> {
        check_len("title", title.trim(), 1, self.config.max_title_chars)?;
        check_len("body", body, 0, self.config.max_post_chars)
    }

    pub(crate) fn check_attachments(&self, ids: &[Uuid]) -> Result<(), AppError> {
        if ids.len() > self.config.max_attachments {
            return Err(AppError::bad_input(
                "attachmentIds",
                format!(
                    "a post may have at most {} attachments",
                    self.config.max_attachments
                ),
            ));
        }
        Ok(())
    }

    /// Tells media which uploads hang on `post` and who may read them.
    async fn attach(&self, post: &posts::Model, ids: Vec<Uuid>) -> Result<(), AppError> {
        let had = !stored_ids(&post.attachment_ids).is_empty();
        self.attach_to(parent_ref(post.id), post, post.author_id, had, ids)
            .await
    }

    /// Tells media that uploads `ids` of `owner` hang on `parent`, read by
    /// whoever may read `post`'s space (nothing to say when there were
    /// none and are none).
    pub(crate) async fn attach_to(
        &self,
        parent: ParentRef,
        post: &posts::Model,
        owner: Uuid,
        had: bool,
        ids: Vec<Uuid>,
    ) -> Result<(), AppError> {
        if ids.is_empty() && !had {
            return Ok(());
        }
        let media = self
            .media
            .as_ref()
            .ok_or_else(|| AppError::unavailable("attachments need the media subgraph"))?;
        media
            .set_attachments(&SetAttachments {
                parent,
                access: ParentAccess {
                    community_id: Some(post.community_id),
                    space_id: Some(post.space_id),
                    ..ParentAccess::default()
                },
                owner_id: Some(owner),
                asset_ids: ids,
            })
            .await
    }

    /// Writes a post by `author`.
    pub async fn create_post(
        &self,
        author: Uuid,
        input: NewPost,
    ) -> Result<posts::Model, AppError> {
        self.check_post(&input.title, &input.body)?;
        self.check_attachments(&input.attachment_ids)?;
        let now = Utc::now();
        if input.publish_at.is_some_and(|at| at <= now) {
            return Err(AppError::bad_input(
                "publishAt",
                "publishAt must be in the future (leave it out to publish now)",
            ));
        }
        if let Some(poll) = &input.poll {
            super::polls::check(poll, now)?;
        }
        let InSpace { space, .. } = self
            .require(Some(author), input.space_id, "CREATE_POSTS")
            .await?;
        if space.kind != "POSTS" {
            return Err(AppError::bad_input(
                "spaceId",
                format!("posts go in POSTS spaces, not {} spaces", space.kind),
            ));
        }
        let tags = self.resolve_tags(space.community_id, &input.tags).await?;
        self.limit(author, "posts", self.config.posts_per_window)
            .await?;
        let status = if input.draft {
            PostStatus::Draft
        } else if input.publish_at.is_some() {
            PostStatus::Scheduled
        } else {
            PostStatus::Published
        };
        let rendered = stunxt_platform::markdown::render(&input.body);
        let published = status == PostStatus::Published;
        let post = posts::Model {
            id: new_id(),
            community_id: space.community_id,
            space_id: space.id,
            author_id: author,
            title: input.title.trim().to_owned(),
            body: input.body,
            body_html: rendered.html,
            mentions: json_list(&rendered.mentions),
            links: json_list(&rendered.links),
            attachment_ids: "[]".to_owned(),
            status: status.as_str().to_owned(),
            publish_at: input.publish_at,
            published_at: published.then_some(now),
            pinned_at: None,
            locked: false,
            hidden: false,
            hidden_reason: None,
            deleted_at: None,
            deleted_by: None,
            comment_count: 0,
            reaction_count: 0,
            last_activity_at: published.then_some(now),
            edited_at: None,
            created_at: now,
            updated_at: now,
            score: 0,
            hot_rank: if published { hot_rank(0, now) } else { 0.0 },
            rank_stale: !published,
            accepted_comment_id: None,
            featured_at: None,
        };
        // Media first: a refused attachment leaves no post behind.
        self.attach(&post, input.attachment_ids.clone()).await?;
        let mut post = post;
        post.attachment_ids = json_list(&input.attachment_ids);
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        posts::Entity::insert(posts::ActiveModel::from(post.clone()))
            .exec_without_returning(&txn)
            .await
            .map_err(db_err)?;
        super::tags::set_post_tags(&txn, post.id, &tags).await?;
        if let Some(poll) = &input.poll {
            super::polls::create(&txn, post.id, poll).await?;
        }
        // Authors hear of comments on their posts.
        super::engagement::follow(&txn, author, &post).await?;
        self.announce(&txn, "discussions.post.created", &post, author)
            .await?;
        if published {
            self.announce(&txn, "discussions.post.published", &post, author)
                .await?;
            notices::mentions(&txn, mentioned(&post), &stored_names(&post.mentions), &[]).await?;
        }
        txn.commit().await.map_err(db_err)?;
        Ok(post)
    }

    async fn announce<C: sea_orm::ConnectionTrait>(
        &self,
        conn: &C,
        topic: &str,
        post: &posts::Model,
        actor: Uuid,
    ) -> Result<(), AppError> {
        events::enqueue(
            conn,
            &EventEnvelope::new(
                topic,
                json!({
                    "postId": post.id,
                    "spaceId": post.space_id,
                    "authorId": post.author_id,
                    "title": post.title,
                    "mentions": serde_json::from_str::<serde_json::Value>(&post.mentions)
                        .unwrap_or_default(),
                }),
            )
            .actor(actor)
            .community(post.community_id),
        )
        .await
        .map_err(db_err)
    }

    /// The post `id` with what `viewer` may do in its space; `NOT_FOUND`
    /// when they may not see it.
    pub(crate) async fn load_post(
        &self,
        viewer: Option<Uuid>,
        id: Uuid,
    ) -> Result<(posts::Model, InSpace), AppError> {
        let post = posts::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .map_err(db_err)?
            .ok_or_else(|| AppError::not_found("no such post"))?;
        // Refused or signed out alike: nothing says the post exists.
        let in_space = match self.require(viewer, post.space_id, "READ").await {
            Ok(in_space) => in_space,
            Err(err) if err.code() == stunxt_platform::ErrorCode::Internal => return Err(err),
            Err(_) => return Err(AppError::not_found("no such post")),
        };
        if !visible(&post, viewer, in_space.moderator) {
            return Err(AppError::not_found("no such post"));
        }
        Ok((post, in_space))
    }

    /// The post `id`, if `viewer` may see it.
    pub async fn find_post(
        &self,
        viewer: Option<Uuid>,
        id: Uuid,
    ) -> Result<Option<posts::Model>, AppError> {
        match self.load_post(viewer, id).await {
            Ok((post, _)) => Ok(Some(post)),
            Err(err) if err.code() == stunxt_platform::ErrorCode::NotFound => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// Edits `viewer`'s post `id`, keeping what it said before.
    pub async fn update_post(
        &self,
        viewer: Uuid,
        id: Uuid,
        changes: PostChanges,
    ) -> Result<posts::Model, AppError> {
        let (post, _) = self.load_post(Some(viewer), id).await?;
        if post.author_id != viewer {
            return Err(AppError::forbidden("only its author may edit a post"));
        }
        let title = changes.title.clone().unwrap_or_else(|| post.title.clone());
        let body = changes.body.clone().unwrap_or_else(|| post.body.clone());
        self.check_post(&title, &body)?;
        let tags = match &changes.tags {
            Some(names) => Some(self.resolve_tags(post.community_id, names).await?),
            None => None,
        };
        if let Some(ids) = &changes.attachment_ids {
            self.check_attachments(ids)?;
            self.attach(&post, ids.clone()).await?;
        }
        let now = Utc::now();
        let status = PostStatus::parse(&post.status);
        let text_changed = title.trim() != post.title || body != post.body;
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        let mut model = post.clone().into_active_model();
        if text_changed {
            if status == PostStatus::Published {
                // Drafts change freely; published text keeps its history.
                post_revisions::ActiveModel {
                    id: Set(new_id()),
                    post_id: Set(post.id),
                    editor_id: Set(viewer),
                    title: Set(post.title.clone()),
                    body: Set(post.body.clone()),
                    created_at: Set(now),
                }
                .insert(&txn)
                .await
                .map_err(db_err)?;
                model.edited_at = Set(Some(now));
            }
            let rendered = stunxt_platform::markdown::render(&body);
            model.title = Set(title.trim().to_owned());
            model.body = Set(body);
            model.body_html = Set(rendered.html);
            model.mentions = Set(json_list(&rendered.mentions));
            model.links = Set(json_list(&rendered.links));
        }
        if let Some(ids) = changes.attachment_ids {
            model.attachment_ids = Set(json_list(&ids));
        }
        let publishing = changes.publish && status != PostStatus::Published;
        if publishing {
            model.status = Set(PostStatus::Published.as_str().to_owned());
            model.published_at = Set(Some(now));
            model.publish_at = Set(None);
            model.last_activity_at = Set(Some(now));
            model.rank_stale = Set(true);
        }
        if let Some(tags) = &tags {
            super::tags::set_post_tags(&txn, post.id, tags).await?;
        }
        model.updated_at = Set(now);
        let before = stored_names(&post.mentions);
        let post = model.update(&txn).await.map_err(db_err)?;
        let now_named = stored_names(&post.mentions);
        if text_changed && status == PostStatus::Published {
            self.announce(&txn, "discussions.post.updated", &post, viewer)
                .await?;
            notices::mentions(&txn, mentioned(&post), &now_named, &before).await?;
        }
        if publishing {
            self.announce(&txn, "discussions.post.published", &post, viewer)
                .await?;
            notices::mentions(&txn, mentioned(&post), &now_named, &[]).await?;
        }
        txn.commit().await.map_err(db_err)?;
        Ok(post)
    }

    /// What post `id` said before each edit, newest first: for its author
    /// and moderators.
    pub async fn revisions(
        &self,
        viewer: Option<Uuid>,
        post: &posts::Model,
    ) -> Result<Vec<post_revisions::Model>, AppError> {
        let moderator = match self.access.space(post.space_id).await? {
            Some(space) => self.is_moderator(viewer, &space).await?,
            None => false,
        };
        if viewer != Some(post.author_id) && !moderator {
            return Err(AppError::forbidden(
                "only the author and moderators see the edit history",
            ));
        }
        post_revisions::Entity::find()
            .filter(post_revisions::Column::PostId.eq(post.id))
            .order_by_desc(post_revisions::Column::CreatedAt)
            .all(&self.db)
            .await
            .map_err(db_err)
    }

    /// Deletes post `id`: its author, or a moderator.
    pub async fn delete_post(&self, viewer: Uuid, id: Uuid) -> Result<(), AppError> {
        let (post, in_space) = self.load_post(Some(viewer), id).await?;
        if post.author_id != viewer && !in_space.moderator {
            return Err(AppError::forbidden(
                "only its author or a moderator may delete a post",
            ));
        }
        let now = Utc::now();
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        let mut model = post.clone().into_active_model();
        model.deleted_at = Set(Some(now));
        model.deleted_by = Set(Some(viewer));
        model.updated_at = Set(now);
        let post = model.update(&txn).await.map_err(db_err)?;
        self.announce(&txn, "discussions.post.deleted", &post, viewer)
            .await?;
        if post.author_id != viewer {
            notices::moderated(&txn, moderation(&post, viewer, "DELETE", None)).await?;
        }
        txn.commit().await.map_err(db_err)?;
        if let Some(media) = &self.media
            && !stored_ids(&post.attachment_ids).is_empty()
            && let Err(err) = media.remove_parent(&parent_ref(post.id)).await
        {
            // Detaching later is harmless: media only holds files longer.
            tracing::warn!(post = %post.id, error = %err.message(), "detaching a deleted post's media");
        }
        Ok(())
    }

    /// A moderator's `action` on post `id`.
    pub async fn moderate_post(
        &self,
        viewer: Uuid,
        id: Uuid,
        action: PostAction,
        reason: Option<String>,
    ) -> Result<posts::Model, AppError> {
        let (post, in_space) = self.load_post(Some(viewer), id).await?;
        if !in_space.moderator {
            return Err(AppError::forbidden("only moderators may do this"));
        }
        let now = Utc::now();
        let mut model = post.into_active_model();
        match action {
            PostAction::Hide => {
                model.hidden = Set(true);
                model.hidden_reason = Set(reason.clone());
            }
            PostAction::Restore => {
                model.hidden = Set(false);
                model.hidden_reason = Set(None);
            }
            PostAction::Lock => model.locked = Set(true),
            PostAction::Unlock => model.locked = Set(false),
            PostAction::Pin => model.pinned_at = Set(Some(now)),
            PostAction::Unpin => model.pinned_at = Set(None),
            PostAction::Feature => model.featured_at = Set(Some(now)),
            PostAction::Unfeature => model.featured_at = Set(None),
        }
        model.updated_at = Set(now);
        let txn = stunxt_platform::db::begin_write(&self.db)
            .await
            .map_err(db_err)?;
        let post = model.update(&txn).await.map_err(db_err)?;
        notices::moderated(
            &txn,
            moderation(&post, viewer, action.as_str(), reason.as_deref()),
        )
        .await?;
        txn.commit().await.map_err(db_err)?;
        Ok(post)
    }

    /// The spaces a feed over `scope` may show, and in which of them
    /// `viewer` moderates; `NOT_FOUND`/`FORBIDDEN` when they may not read
    /// the space or community named.
    async fn feed_spaces(
        &self,
        viewer: Option<Uuid>,
        scope: FeedScope,
    ) -> Result<(Vec<Uuid>, Vec<Uuid>), AppError> {
        match scope {
            FeedScope::Space(space) => {
                let in_space = self.require(viewer, space, "READ").await?;
                let moderated = if in_space.moderator {
                    vec![space]
                } else {
                    Vec::new()
                };
                Ok((vec![space], moderated))
            }
            FeedScope::Community(community) | FeedScope::Author(_, Some(community)) => {
                if let FeedScope::Community(_) = scope {
                    self.access.require(viewer, community, None, "READ").await?;
                }
                self.readable(viewer, Some(community)).await
            }
            FeedScope::Author(author, None) => {
                // The spaces they wrote in, each checked (and cached).
                let spaces: Vec<Uuid> = posts::Entity::find()
                    .select_only()
                    .column(posts::Column::SpaceId)
                    .distinct()
                    .filter(posts::Column::AuthorId.eq(author))
                    .filter(posts::Column::Status.eq(PostStatus::Published.as_str()))
                    .into_tuple()
                    .all(&self.db)
                    .await
                    .map_err(db_err)?;
                let mut readable = Vec::new();
                let mut moderated = Vec::new();
                for space in spaces {
                    match self.require(viewer, space, "READ").await {
                        Ok(in_space) => {
                            if in_space.moderator {
                                moderated.push(space);
                            }
                            readable.push(space);
                        }
                        Err(err) if err.code() == stunxt_platform::ErrorCode::Internal => {
                            return Err(err);
                        }
                        Err(_) => {}
                    }
                }
                Ok((readable, moderated))
            }
        }
    }

    /// A page of the feed over `scope` in `sort` order (TOP within
    /// `window`, only posts tagged `tag` when given), as `viewer` sees it.
    #[allow(clippy::too_many_arguments)]
    pub async fn feed(
        &self,
        viewer: Option<Uuid>,
        scope: FeedScope,
        sort: PostSort,
        window: TopWindow,
        tag: Option<&str>,
        page: &PageRequest<FeedKey>,
    ) -> Result<Vec<posts::Model>, AppError> {
        let (spaces, moderated) = self.feed_spaces(viewer, scope).await?;
        if spaces.is_empty() {
            return Ok(Vec::new());
        }
        let mut select = posts::Entity::find()
            .filter(posts::Column::Status.eq(PostStatus::Published.as_str()))
            .filter(posts::Column::DeletedAt.is_null());
        select = match scope {
            FeedScope::Space(space) => select.filter(posts::Column::SpaceId.eq(space)),
            FeedScope::Community(community) => select
                .filter(posts::Column::CommunityId.eq(community))
                .filter(posts::Column::SpaceId.is_in(spaces.clone())),
            FeedScope::Author(author, community) => {
                let select = select
                    .filter(posts::Column::AuthorId.eq(author))
                    .filter(posts::Column::SpaceId.is_in(spaces.clone()));
                match community {
                    Some(community) => select.filter(posts::Column::CommunityId.eq(community)),
                    None => select,
                }
            }
        };
        if moderated.len() < spaces.len() {
            let mut shown = Condition::any().add(posts::Column::Hidden.eq(false));
            if let Some(viewer) = viewer {
                shown = shown.add(posts::Column::AuthorId.eq(viewer));
            }
            if !moderated.is_empty() {
                shown = shown.add(posts::Column::SpaceId.is_in(moderated));
            }
            select = select.filter(shown);
        }
        if let Some(tag) = tag {
            use crate::entity::{post_tags, tags};
            use sea_orm::sea_query::Query;
            let mut tagged = Query::select()
                .column((post_tags::Entity, post_tags::Column::PostId))
                .from(post_tags::Entity)
                .inner_join(
                    tags::Entity,
                    Expr::col((tags::Entity, tags::Column::Id))
                        .equals((post_tags::Entity, post_tags::Column::TagId)),
                )
                .and_where(Expr::col((tags::Entity, tags::Column::Slug)).eq(super::tags::slug(tag)))
                .to_owned();
            if let Some(community) = scope.community() {
                tagged
                    .and_where(Expr::col((tags::Entity, tags::Column::CommunityId)).eq(community));
            }
            select = select.filter(posts::Column::Id.in_subquery(tagged));
        }
        if sort == PostSort::Top
            && let Some(since) = window.since(Utc::now())
        {
            select = select.filter(posts::Column::PublishedAt.gte(since));
        }
        let column = match sort {
            PostSort::New => posts::Column::PublishedAt,
            PostSort::Active => posts::Column::LastActivityAt,
            PostSort::Top => posts::Column::Score,
            PostSort::Hot => posts::Column::HotRank,
        };
        let value = |v: SortValue| -> Result<sea_orm::Value, AppError> {
            match (sort, v) {
                (PostSort::New | PostSort::Active, SortValue::Time(at)) => Ok(at.into()),
                (PostSort::Top, SortValue::Score(n)) => Ok((n as i32).into()),
                (PostSort::Top, SortValue::Rank(n)) => Ok((n as i32).into()),
                (PostSort::Hot, SortValue::Rank(n)) => Ok(n.into()),
                (PostSort::Hot, SortValue::Score(n)) => Ok((n as f64).into()),
                _ => Err(AppError::bad_input(
                    "after",
                    "this cursor belongs to a feed in another order",
                )),
            }
        };
        use sea_orm::sea_query::ExprTrait;
        // Descending: "after" a key means below it. Row values, so the
        // database seeks straight to the key in the feed's index.
        let pair = |v: SortValue, id: Uuid| -> Result<(Expr, Expr), AppError> {
            Ok((
                Expr::tuple([Expr::col(column), Expr::col(posts::Column::Id)]),
                Expr::tuple([Expr::val(value(v)?), Expr::val(id)]),
            ))
        };
        let below = |(v, id): FeedKey| -> Result<Expr, AppError> {
            let (row, key) = pair(v, id)?;
            Ok(row.lt(key))
        };
        let above = |(v, id): FeedKey| -> Result<Expr, AppError> {
            let (row, key) = pair(v, id)?;
            Ok(row.gt(key))
        };
        if let Some(key) = page.after {
            select = select.filter(below(key)?);
        }
        if let Some(key) = page.before {
            select = select.filter(above(key)?);
        }
        let select = match page.direction {
            Direction::Forward => select
                .order_by_desc(column)
                .order_by_desc(posts::Column::Id),
            Direction::Backward => select.order_by_asc(column).order_by_asc(posts::Column::Id),
        };
        select
            .limit(page.fetch_limit())
            .all(&self.db)
            .await
            .map_err(db_err)
    }

    /// Recomputes the HOT rank of up to `batch` posts whose score changed;
    /// how many.
    pub async fn refresh_ranks(&self, batch: u64) -> Result<usize, AppError> {
        let stale = posts::Entity::find()
            .filter(posts::Column::RankStale.eq(true))
            .filter(posts::Column::Status.eq(PostStatus::Published.as_str()))
            .limit(batch)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        if stale.is_empty() {
            return Ok(0);
        }
        // One statement for the batch; a post whose score changed since it
        // was read keeps its stale mark for the next batch.
        let mut sql = super::sql::Sql::new(self.db.get_database_backend());
        sql.push("WITH v (id, rank, score) AS (VALUES ");
        for (i, post) in stale.iter().enumerate() {
            let at = post.published_at.unwrap_or(post.created_at);
            sql.push(if i == 0 { "(" } else { ", (" })
                .bind(post.id)
                .push(", ")
                .bind(hot_rank(post.score, at))
                .push(", ")
                .bind(post.score)
                .push(")");
        }
        sql.push(") UPDATE posts SET hot_rank = v.rank, rank_stale = ")
            .bind(false)
            .push(" FROM v WHERE posts.id = v.id AND posts.score = v.score");
        self.db.execute_raw(sql.statement()).await.map_err(db_err)?;
        Ok(stale.len())
    }

    /// The pinned posts of space `space`, most recently pinned first.
    pub async fn pinned(
        &self,
        viewer: Option<Uuid>,
        space: Uuid,
    ) -> Result<Vec<posts::Model>, AppError> {
        let in_space = self.require(viewer, space, "READ").await?;
        let rows = posts::Entity::find()
            .filter(posts::Column::SpaceId.eq(space))
            .filter(posts::Column::PinnedAt.is_not_null())
            .order_by_desc(posts::Column::PinnedAt)
            .limit(50)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .filter(|p| visible(p, viewer, in_space.moderator))
            .collect())
    }

    /// The posts featured on community `community`'s home that `viewer`
    /// may read, most recently featured first.
    pub async fn featured(
        &self,
        viewer: Option<Uuid>,
        community: Uuid,
    ) -> Result<Vec<posts::Model>, AppError> {
        let (spaces, moderated) = self
            .feed_spaces(viewer, FeedScope::Community(community))
            .await?;
        if spaces.is_empty() {
            return Ok(Vec::new());
        }
        let rows = posts::Entity::find()
            .filter(posts::Column::CommunityId.eq(community))
            .filter(posts::Column::FeaturedAt.is_not_null())
            .filter(posts::Column::SpaceId.is_in(spaces))
            .order_by_desc(posts::Column::FeaturedAt)
            .limit(50)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        Ok(rows
            .into_iter()
            .filter(|p| visible(p, viewer, moderated.contains(&p.space_id)))
            .collect())
    }

    /// Publishes the scheduled posts that are due at `now`; how many.
    pub async fn publish_due(&self, now: DateTime<Utc>) -> Result<usize, AppError> {
        let due = posts::Entity::find()
            .filter(posts::Column::Status.eq(PostStatus::Scheduled.as_str()))
            .filter(posts::Column::PublishAt.lte(now))
            .filter(posts::Column::DeletedAt.is_null())
            .limit(500)
            .all(&self.db)
            .await
            .map_err(db_err)?;
        let mut published = 0;
        for post in due {
            let at = post.publish_at.unwrap_or(now);
            let txn = stunxt_platform::db::begin_write(&self.db)
                .await
                .map_err(db_err)?;
            // Only one instance wins each post.
            let won = posts::Entity::update_many()
                .col_expr(posts::Column::Status, PostStatus::Published.as_str().into())
                .col_expr(posts::Column::PublishedAt, Some(at).into())
                .col_expr(posts::Column::LastActivityAt, Some(at).into())
                .col_expr(posts::Column::RankStale, true.into())
                .col_expr(posts::Column::UpdatedAt, now.into())
                .filter(posts::Column::Id.eq(post.id))
                .filter(posts::Column::Status.eq(PostStatus::Scheduled.as_str()))
                .exec(&txn)
                .await
                .map_err(db_err)?
                .rows_affected
                == 1;
            if won {
                self.announce(&txn, "discussions.post.published", &post, post.author_id)
                    .await?;
                notices::mentions(&txn, mentioned(&post), &stored_names(&post.mentions), &[])
                    .await?;
                published += 1;
            }
            txn.commit().await.map_err(db_err)?;
        }
        Ok(published)
    }

    /// Publishes scheduled posts and refreshes HOT ranks every
    /// `discussions.publish_interval_secs` until `shutdown`.
    pub async fn run_publisher(self, shutdown: CancellationToken) {
        let every = std::time::Duration::from_secs(self.config.publish_interval_secs);
        loop {
            tokio::select! {
                () = shutdown.cancelled() => return,
                () = tokio::time::sleep(every) => {}
            }
            if let Err(err) = self.publish_due(Utc::now()).await {
                tracing::warn!(error = %err.message(), "publishing scheduled posts");
            }
            loop {
                match self.refresh_ranks(1000).await {
                    Ok(1000) => continue,
                    Ok(_) => break,
                    Err(err) => {
                        tracing::warn!(error = %err.message(), "refreshing HOT ranks");
                        break;
                    }
                }
            }
        }
    }
}

/// How media knows comment `id`.
pub fn comment_parent_ref(id: Uuid) -> ParentRef {
    ParentRef {
        service: "discussions".to_owned(),
        kind: "comment".to_owned(),
        id: id.to_string(),
    }
}

/// How media knows post `id`.
pub fn parent_ref(id: Uuid) -> ParentRef {
    ParentRef {
        service: "discussions".to_owned(),
        kind: "post".to_owned(),
        id: id.to_string(),
    }
}
