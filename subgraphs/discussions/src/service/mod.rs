//! Discussion rules, free of GraphQL.
//!
//! Who may do what is the communities subgraph's call, asked through the
//! access client: `READ` to see a space's posts, `CREATE_POSTS` to post,
//! `COMMENT` to comment and react, `MODERATE_CONTENT` to hide, lock, pin
//! and delete others' content. On top of that: drafts and scheduled posts
//! are their author's alone; hidden content shows only to its author and
//! moderators; locked posts take comments from moderators only.
//!
//! - [`posts`]: posts, revisions, the space feed, scheduled publishing.
//! - [`comments`]: threaded comments.
//! - [`reactions`]: emoji reactions.
//! - [`tags`]: the community's tag vocabulary and tagged posts.
//! - [`polls`]: polls on posts.
//! - [`search`]: full-text search over posts and comments.
//! - [`engagement`]: accepted answers, bookmarks, following, reports.
//! - [`notices`]: mod-log and mention events.

pub mod comments;
pub mod engagement;
pub mod notices;
pub mod polls;
pub mod posts;
pub mod reactions;
pub mod search;
mod sql;
pub mod tags;

use std::{sync::Arc, time::Duration};

use sea_orm::DatabaseConnection;
use stunxt_platform::{
    AppError,
    access::{AccessClient, SpaceInfo},
    config::DiscussionsConfig,
    media::MediaClient,
    ratelimit::RateLimiter,
};
use uuid::Uuid;

/// The discussions service. Cloning shares it.
#[derive(Clone)]
pub struct Discussions {
    pub(crate) db: DatabaseConnection,
    pub(crate) access: AccessClient,
    pub(crate) media: Option<MediaClient>,
    pub(crate) limiter: RateLimiter,
    pub(crate) config: Arc<DiscussionsConfig>,
}

/// What the viewer may do in a space.
#[derive(Debug, Clone)]
pub(crate) struct InSpace {
    pub space: SpaceInfo,
    pub moderator: bool,
}

impl Discussions {
    /// The service over `db`, asking `access` who may do what and
    /// attaching media through `media` (when there is a media subgraph).
    pub fn new(
        db: DatabaseConnection,
        access: AccessClient,
        media: Option<MediaClient>,
        limiter: RateLimiter,
        config: DiscussionsConfig,
    ) -> Self {
        Self {
            db,
            access,
            media,
            limiter,
            config: Arc::new(config),
        }
    }

    /// The space `space`, once `viewer` is allowed `permission` in it.
    pub(crate) async fn require(
        &self,
        viewer: Option<Uuid>,
        space: Uuid,
        permission: &str,
    ) -> Result<InSpace, AppError> {
        let info = self
            .access
            .space(space)
            .await?
            .ok_or_else(|| AppError::not_found("no such space"))?;
        self.access
            .require(viewer, info.community_id, Some(space), permission)
            .await?;
        let moderator = self.is_moderator(viewer, &info).await?;
        Ok(InSpace {
            space: info,
            moderator,
        })
    }

    /// The spaces `viewer` may read in `community` (or, with `None`, in
    /// their communities), and those of them they moderate.
    pub(crate) async fn readable(
        &self,
        viewer: Option<Uuid>,
        community: Option<Uuid>,
    ) -> Result<(Vec<Uuid>, Vec<Uuid>), AppError> {
        let readable = self.access.readable_spaces(viewer, community).await?;
        Ok((
            readable.iter().map(|s| s.id).collect(),
            readable
                .iter()
                .filter(|s| s.moderator)
                .map(|s| s.id)
                .collect(),
        ))
    }

    /// Where space `id` is.
    pub async fn space_info(&self, id: Uuid) -> Result<Option<SpaceInfo>, AppError> {
        self.access.space(id).await
    }

    /// Whether `viewer` may moderate content in `space`.
    pub async fn is_moderator(
        &self,
        viewer: Option<Uuid>,
        space: &SpaceInfo,
    ) -> Result<bool, AppError> {
        if viewer.is_none() {
            return Ok(false);
        }
        Ok(self
            .access
            .check(stunxt_platform::access::AccessQuery {
                user_id: viewer,
                community_id: space.community_id,
                space_id: Some(space.id),
                permission: "MODERATE_CONTENT".to_owned(),
            })
            .await?
            .allowed())
    }

    /// Counts one more `what` (`posts`, `comments`) by `user` against its
    /// per-window limit.
    pub(crate) async fn limit(
        &self,
        user: Uuid,
        what: &str,
        per_window: u32,
    ) -> Result<(), AppError> {
        let window = self.config.rate_window_secs;
        self.limiter
            .check(
                &format!("discussions:{what}:{user}"),
                per_window,
                Duration::from_secs(window),
            )
            .await
            .map_err(|limited| {
                let message = format!(
                    "at most {per_window} {what} per {} minutes; {}",
                    window / 60,
                    limited.message()
                );
                limited.with_message(message)
            })
    }
}

pub(crate) use stunxt_platform::error::db_err;

pub(crate) use stunxt_platform::validate::length as check_len;
