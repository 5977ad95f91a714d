//! `messages`: what people wrote in a conversation.

use sea_orm::entity::prelude::*;

/// One message.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "messages")]
pub struct Model {
    /// UUIDv7: history is in id order.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The conversation.
    pub conversation_id: Uuid,
    /// Who wrote it.
    pub sender_id: Uuid,
    /// The sender's own id for it: a retried send with the same id returns
    /// this message instead of writing another.
    pub client_message_id: Option<String>,
    /// Markdown source.
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// Sanitised HTML.
    #[sea_orm(column_type = "Text")]
    pub body_html: String,
    /// JSON array of the usernames mentioned.
    #[sea_orm(column_type = "Text")]
    pub mentions: String,
    /// JSON array of attached media asset ids.
    #[sea_orm(column_type = "Text")]
    pub attachment_ids: String,
    /// The thread's first message, for a reply in a thread.
    pub parent_id: Option<Uuid>,
    /// Replies in its thread.
    pub reply_count: i32,
    /// When its thread last had a reply.
    pub last_reply_at: Option<DateTimeUtc>,
    /// When it was last edited.
    pub edited_at: Option<DateTimeUtc>,
    /// When it was deleted (kept as a placeholder).
    pub deleted_at: Option<DateTimeUtc>,
    /// Who deleted it (the sender or a moderator).
    pub deleted_by: Option<Uuid>,
    /// When it was sent.
    pub created_at: DateTimeUtc,
}

/// Relations of `messages`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
