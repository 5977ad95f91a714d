//! `conversations`: a direct conversation, a group, or a chat space's chat.

use sea_orm::entity::prelude::*;

/// One conversation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conversations")]
pub struct Model {
    /// UUIDv7.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `DIRECT`, `GROUP` or `SPACE`.
    pub kind: String,
    /// A group's name.
    pub name: Option<String>,
    /// A group's avatar (a media asset).
    pub avatar_id: Option<Uuid>,
    /// A space chat's community.
    pub community_id: Option<Uuid>,
    /// A space chat's space (one conversation per space).
    pub space_id: Option<Uuid>,
    /// A direct conversation's pair, `<lower id>:<higher id>` (one per pair).
    pub direct_key: Option<String>,
    /// Who started it.
    pub created_by: Uuid,
    /// The newest message.
    pub last_message_id: Option<Uuid>,
    /// When it last had a message (its creation before that).
    pub last_activity_at: DateTimeUtc,
    /// When it was started.
    pub created_at: DateTimeUtc,
    /// When its name, avatar or people last changed.
    pub updated_at: DateTimeUtc,
}

/// Relations of `conversations`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
