//! `comments`: threaded replies to a post.

use sea_orm::entity::prelude::*;

/// One row of `comments`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comments")]
pub struct Model {
    /// The comment's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The post.
    pub post_id: Uuid,
    /// The comment it replies to; none at the top level.
    pub parent_id: Option<Uuid>,
    /// 0 at the top level.
    pub depth: i32,
    /// Who wrote it.
    pub author_id: Uuid,
    /// The Markdown body.
    pub body: String,
    /// The body rendered and sanitised.
    pub body_html: String,
    /// Usernames mentioned (JSON array).
    pub mentions: String,
    /// Attached media ids (JSON array).
    pub attachment_ids: String,
    /// Hidden by a moderator.
    pub hidden: bool,
    /// Why.
    pub hidden_reason: Option<String>,
    /// Deleted; shown as removed while it has replies.
    pub deleted_at: Option<DateTimeUtc>,
    /// Direct replies, deleted ones included.
    pub reply_count: i32,
    /// Reactions.
    pub reaction_count: i32,
    /// Last edited.
    pub edited_at: Option<DateTimeUtc>,
    /// Created.
    pub created_at: DateTimeUtc,
    /// Last change.
    pub updated_at: DateTimeUtc,
}

/// Relations of `comments`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
