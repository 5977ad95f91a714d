//! Conversations, participants, messages and what hangs on them.

use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::index;

/// Creates the messaging tables and message search (a GIN index over the
/// bodies on PostgreSQL, an FTS5 table kept by triggers on SQLite).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Conversations::Table)
                    .if_not_exists()
                    .col(uuid(Conversations::Id).primary_key())
                    .col(string(Conversations::Kind))
                    .col(string_null(Conversations::Name))
                    .col(uuid_null(Conversations::AvatarId))
                    .col(uuid_null(Conversations::CommunityId))
                    .col(uuid_null(Conversations::SpaceId).unique_key())
                    .col(string_null(Conversations::DirectKey).unique_key())
                    .col(uuid(Conversations::CreatedBy))
                    .col(uuid_null(Conversations::LastMessageId))
                    .col(timestamp_with_time_zone(Conversations::LastActivityAt))
                    .col(timestamp_with_time_zone(Conversations::CreatedAt))
                    .col(timestamp_with_time_zone(Conversations::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Participants::Table)
                    .if_not_exists()
                    .col(uuid(Participants::ConversationId))
                    .col(uuid(Participants::UserId))
                    .col(string(Participants::Role))
                    .col(timestamp_with_time_zone(Participants::JoinedAt))
                    .col(timestamp_with_time_zone_null(Participants::LeftAt))
                    .col(uuid_null(Participants::LastReadMessageId))
                    .col(timestamp_with_time_zone_null(Participants::LastReadAt))
                    .col(boolean(Participants::Muted).default(false))
                    .col(timestamp_with_time_zone_null(Participants::PinnedAt))
                    .primary_key(
                        Index::create()
                            .col(Participants::ConversationId)
                            .col(Participants::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_participants_conversation")
                            .from(Participants::Table, Participants::ConversationId)
                            .to(Conversations::Table, Conversations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_participants_user",
            Participants::Table,
            &["user_id", "conversation_id"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Messages::Table)
                    .if_not_exists()
                    .col(uuid(Messages::Id).primary_key())
                    .col(uuid(Messages::ConversationId))
                    .col(uuid(Messages::SenderId))
                    .col(string_null(Messages::ClientMessageId))
                    .col(text(Messages::Body))
                    .col(text(Messages::BodyHtml))
                    .col(text(Messages::Mentions).default("[]"))
                    .col(text(Messages::AttachmentIds).default("[]"))
                    .col(uuid_null(Messages::ParentId))
                    .col(integer(Messages::ReplyCount).default(0))
                    .col(timestamp_with_time_zone_null(Messages::LastReplyAt))
                    .col(timestamp_with_time_zone_null(Messages::EditedAt))
                    .col(timestamp_with_time_zone_null(Messages::DeletedAt))
                    .col(uuid_null(Messages::DeletedBy))
                    .col(timestamp_with_time_zone(Messages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_messages_conversation")
                            .from(Messages::Table, Messages::ConversationId)
                            .to(Conversations::Table, Conversations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_messages_history",
            Messages::Table,
            &["conversation_id", "id"],
        )
        .await?;
        index(
            manager,
            "idx_messages_thread",
            Messages::Table,
            &["parent_id", "id"],
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_messages_client_id")
                    .if_not_exists()
                    .table(Messages::Table)
                    .col(Messages::ConversationId)
                    .col(Messages::SenderId)
                    .col(Messages::ClientMessageId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Revisions::Table)
                    .if_not_exists()
                    .col(uuid(Revisions::Id).primary_key())
                    .col(uuid(Revisions::MessageId))
                    .col(text(Revisions::Body))
                    .col(timestamp_with_time_zone(Revisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_message_revisions_message")
                            .from(Revisions::Table, Revisions::MessageId)
                            .to(Messages::Table, Messages::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_message_revisions_message",
            Revisions::Table,
            &["message_id", "id"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reactions::Table)
                    .if_not_exists()
                    .col(uuid(Reactions::MessageId))
                    .col(uuid(Reactions::UserId))
                    .col(string(Reactions::Emoji))
                    .col(timestamp_with_time_zone(Reactions::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(Reactions::MessageId)
                            .col(Reactions::UserId)
                            .col(Reactions::Emoji),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_message_reactions_message")
                            .from(Reactions::Table, Reactions::MessageId)
                            .to(Messages::Table, Messages::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ReadMarks::Table)
                    .if_not_exists()
                    .col(uuid(ReadMarks::ConversationId))
                    .col(uuid(ReadMarks::UserId))
                    .col(uuid(ReadMarks::MessageId))
                    .col(timestamp_with_time_zone(ReadMarks::ReadAt))
                    .primary_key(
                        Index::create()
                            .col(ReadMarks::ConversationId)
                            .col(ReadMarks::UserId)
                            .col(ReadMarks::MessageId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_read_marks_conversation")
                            .from(ReadMarks::Table, ReadMarks::ConversationId)
                            .to(Conversations::Table, Conversations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_read_marks_message",
            ReadMarks::Table,
            &["conversation_id", "message_id"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(UserSettings::Table)
                    .if_not_exists()
                    .col(uuid(UserSettings::UserId).primary_key())
                    .col(string(UserSettings::MessagePermission))
                    .col(boolean(UserSettings::SendReadReceipts))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(UserBlocks::Table)
                    .if_not_exists()
                    .col(uuid(UserBlocks::BlockerId))
                    .col(uuid(UserBlocks::BlockedId))
                    .primary_key(
                        Index::create()
                            .col(UserBlocks::BlockerId)
                            .col(UserBlocks::BlockedId),
                    )
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE INDEX IF NOT EXISTS idx_messages_search ON messages \
                     USING GIN (to_tsvector('simple', body)) WHERE deleted_at IS NULL",
                )
                .await?;
            }
            _ => {
                for sql in [
                    "CREATE VIRTUAL TABLE IF NOT EXISTS message_search USING fts5(\
                       body, content='messages', content_rowid='rowid', \
                       tokenize='unicode61 remove_diacritics 2')",
                    "CREATE TRIGGER IF NOT EXISTS message_search_insert AFTER INSERT ON messages \
                     WHEN new.deleted_at IS NULL BEGIN \
                       INSERT INTO message_search(rowid, body) VALUES (new.rowid, new.body); END",
                    "CREATE TRIGGER IF NOT EXISTS message_search_update AFTER UPDATE OF body, deleted_at ON messages BEGIN \
                       INSERT INTO message_search(message_search, rowid, body) \
                         SELECT 'delete', old.rowid, old.body WHERE old.deleted_at IS NULL; \
                       INSERT INTO message_search(rowid, body) \
                         SELECT new.rowid, new.body WHERE new.deleted_at IS NULL; END",
                    "CREATE TRIGGER IF NOT EXISTS message_search_delete AFTER DELETE ON messages \
                     WHEN old.deleted_at IS NULL BEGIN \
                       INSERT INTO message_search(message_search, rowid, body) \
                         VALUES ('delete', old.rowid, old.body); END",
                ] {
                    db.execute_unprepared(sql).await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if manager.get_database_backend() != DbBackend::Postgres {
            db.execute_unprepared("DROP TABLE IF EXISTS message_search")
                .await?;
        }
        for table in [
            UserBlocks::Table.into_iden(),
            UserSettings::Table.into_iden(),
            ReadMarks::Table.into_iden(),
            Reactions::Table.into_iden(),
            Revisions::Table.into_iden(),
            Messages::Table.into_iden(),
            Participants::Table.into_iden(),
            Conversations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Conversations {
    Table,
    Id,
    Kind,
    Name,
    AvatarId,
    CommunityId,
    SpaceId,
    DirectKey,
    CreatedBy,
    LastMessageId,
    LastActivityAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Participants {
    Table,
    ConversationId,
    UserId,
    Role,
    JoinedAt,
    LeftAt,
    LastReadMessageId,
    LastReadAt,
    Muted,
    PinnedAt,
}

#[derive(DeriveIden)]
enum Messages {
    Table,
    Id,
    ConversationId,
    SenderId,
    ClientMessageId,
    Body,
    BodyHtml,
    Mentions,
    AttachmentIds,
    ParentId,
    ReplyCount,
    LastReplyAt,
    EditedAt,
    DeletedAt,
    DeletedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Revisions {
    #[sea_orm(iden = "message_revisions")]
    Table,
    Id,
    MessageId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Reactions {
    #[sea_orm(iden = "message_reactions")]
    Table,
    MessageId,
    UserId,
    Emoji,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ReadMarks {
    Table,
    ConversationId,
    UserId,
    MessageId,
    ReadAt,
}

#[derive(DeriveIden)]
enum UserSettings {
    Table,
    UserId,
    MessagePermission,
    SendReadReceipts,
}

#[derive(DeriveIden)]
enum UserBlocks {
    Table,
    BlockerId,
    BlockedId,
}
