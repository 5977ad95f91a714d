//! `posts`: a post in a POSTS space, from draft to deletion.

use sea_orm::entity::prelude::*;

/// One row of `posts`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "posts")]
pub struct Model {
    /// The post's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Its community.
    pub community_id: Uuid,
    /// Its space.
    pub space_id: Uuid,
    /// Who wrote it.
    pub author_id: Uuid,
    /// The title.
    pub title: String,
    /// The Markdown body.
    pub body: String,
    /// The body rendered and sanitised.
    pub body_html: String,
    /// Usernames mentioned (JSON array).
    pub mentions: String,
    /// Links in the body (JSON array).
    pub links: String,
    /// Attached media ids (JSON array).
    pub attachment_ids: String,
    /// `DRAFT`, `SCHEDULED` or `PUBLISHED`.
    pub status: String,
    /// When a scheduled post is to be published.
    pub publish_at: Option<DateTimeUtc>,
    /// When it was published.
    pub published_at: Option<DateTimeUtc>,
    /// Pinned to the top of its space since.
    pub pinned_at: Option<DateTimeUtc>,
    /// No new comments.
    pub locked: bool,
    /// Hidden by a moderator.
    pub hidden: bool,
    /// Why it was hidden.
    pub hidden_reason: Option<String>,
    /// Deleted (by its author or a moderator).
    pub deleted_at: Option<DateTimeUtc>,
    /// Who deleted it.
    pub deleted_by: Option<Uuid>,
    /// Comments, not counting deleted ones.
    pub comment_count: i32,
    /// Reactions.
    pub reaction_count: i32,
    /// The latest comment, or publication.
    pub last_activity_at: Option<DateTimeUtc>,
    /// Last edited.
    pub edited_at: Option<DateTimeUtc>,
    /// Reactions plus twice the comments: what TOP sorts by.
    pub score: i32,
    /// What HOT sorts by, refreshed in batches by a job.
    pub hot_rank: f64,
    /// The score changed since `hot_rank` was computed.
    pub rank_stale: bool,
    /// The comment its author or a moderator accepted as the answer.
    pub accepted_comment_id: Option<Uuid>,
    /// When a moderator featured it on its community's home.
    pub featured_at: Option<DateTimeUtc>,
    /// Created.
    pub created_at: DateTimeUtc,
    /// Last change.
    pub updated_at: DateTimeUtc,
}

/// Relations of `posts`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
