//! `participants`: a person in a conversation, with their read state and
//! settings. In a space chat a row appears the first time a member reads
//! or writes there.

use sea_orm::entity::prelude::*;

/// One participant.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "participants")]
pub struct Model {
    /// The conversation.
    #[sea_orm(primary_key, auto_increment = false)]
    pub conversation_id: Uuid,
    /// The person.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// `ADMIN` or `MEMBER` (groups have admins).
    pub role: String,
    /// When they joined (or rejoined).
    pub joined_at: DateTimeUtc,
    /// When they left or were removed; `None` while in.
    pub left_at: Option<DateTimeUtc>,
    /// The newest message they have read.
    pub last_read_message_id: Option<Uuid>,
    /// When they read it.
    pub last_read_at: Option<DateTimeUtc>,
    /// Muted: left out of the total unread count and of notifications.
    pub muted: bool,
    /// When they pinned the conversation.
    pub pinned_at: Option<DateTimeUtc>,
}

/// Relations of `participants`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
