//! `notifications`: one thing to tell one person, aggregated while unread
//! ("Ana and 3 others reacted to …").

use sea_orm::entity::prelude::*;

/// One notification.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    /// Its id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Whom it is for.
    pub user_id: Uuid,
    /// Its type (`REPLY`, `MENTION`, …).
    pub kind: String,
    /// The community it happened in.
    pub community_id: Option<Uuid>,
    /// The space it happened in.
    pub space_id: Option<Uuid>,
    /// Unread notifications with the same key are merged into one.
    pub group_key: Option<String>,
    /// Who caused it, newest first (JSON array, a few kept).
    pub actor_ids: String,
    /// How many different people caused it.
    pub actor_count: i32,
    /// How many events it gathers.
    pub event_count: i32,
    /// What it is about (JSON: ids, title, preview, emoji, …).
    pub data: String,
    /// Shown in the app (the in-app channel is on for its type).
    pub in_app: bool,
    /// Its place in the feed: renewed (a UUIDv7) whenever it gathers an
    /// event, so it moves up.
    pub activity_id: Uuid,
    /// When it was read.
    pub read_at: Option<DateTimeUtc>,
    /// When an email about it went out.
    pub emailed_at: Option<DateTimeUtc>,
    /// When it was created.
    pub created_at: DateTimeUtc,
    /// When it last gathered an event.
    pub updated_at: DateTimeUtc,
}

/// Relations of `notifications`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
