//! Posts, revisions, comments and reactions.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::index;

/// Creates `posts`, `post_revisions`, `comments` and `reactions`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Posts::Table)
                    .if_not_exists()
                    .col(uuid(Posts::Id).primary_key())
                    .col(uuid(Posts::CommunityId))
                    .col(uuid(Posts::SpaceId))
                    .col(uuid(Posts::AuthorId))
                    .col(string(Posts::Title))
                    .col(text(Posts::Body))
                    .col(text(Posts::BodyHtml))
                    .col(text(Posts::Mentions).default("[]"))
                    .col(text(Posts::Links).default("[]"))
                    .col(text(Posts::AttachmentIds).default("[]"))
                    .col(string(Posts::Status))
                    .col(timestamp_with_time_zone_null(Posts::PublishAt))
                    .col(timestamp_with_time_zone_null(Posts::PublishedAt))
                    .col(timestamp_with_time_zone_null(Posts::PinnedAt))
                    .col(boolean(Posts::Locked).default(false))
                    .col(boolean(Posts::Hidden).default(false))
                    .col(string_null(Posts::HiddenReason))
                    .col(timestamp_with_time_zone_null(Posts::DeletedAt))
                    .col(uuid_null(Posts::DeletedBy))
                    .col(integer(Posts::CommentCount).default(0))
                    .col(integer(Posts::ReactionCount).default(0))
                    .col(timestamp_with_time_zone_null(Posts::LastActivityAt))
                    .col(timestamp_with_time_zone_null(Posts::EditedAt))
                    .col(timestamp_with_time_zone(Posts::CreatedAt))
                    .col(timestamp_with_time_zone(Posts::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_posts_space_feed",
            Posts::Table,
            &["space_id", "status", "published_at", "id"],
        )
        .await?;
        index(
            manager,
            "idx_posts_author",
            Posts::Table,
            &["author_id", "created_at"],
        )
        .await?;
        index(
            manager,
            "idx_posts_scheduled",
            Posts::Table,
            &["status", "publish_at"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Revisions::Table)
                    .if_not_exists()
                    .col(uuid(Revisions::Id).primary_key())
                    .col(uuid(Revisions::PostId))
                    .col(uuid(Revisions::EditorId))
                    .col(string(Revisions::Title))
                    .col(text(Revisions::Body))
                    .col(timestamp_with_time_zone(Revisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_post_revisions_post")
                            .from(Revisions::Table, Revisions::PostId)
                            .to(Posts::Table, Posts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_post_revisions_post",
            Revisions::Table,
            &["post_id", "created_at"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Comments::Table)
                    .if_not_exists()
                    .col(uuid(Comments::Id).primary_key())
                    .col(uuid(Comments::PostId))
                    .col(uuid_null(Comments::ParentId))
                    .col(integer(Comments::Depth))
                    .col(uuid(Comments::AuthorId))
                    .col(text(Comments::Body))
                    .col(text(Comments::BodyHtml))
                    .col(text(Comments::Mentions).default("[]"))
                    .col(boolean(Comments::Hidden).default(false))
                    .col(string_null(Comments::HiddenReason))
                    .col(timestamp_with_time_zone_null(Comments::DeletedAt))
                    .col(integer(Comments::ReplyCount).default(0))
                    .col(integer(Comments::ReactionCount).default(0))
                    .col(timestamp_with_time_zone_null(Comments::EditedAt))
                    .col(timestamp_with_time_zone(Comments::CreatedAt))
                    .col(timestamp_with_time_zone(Comments::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_comments_post")
                            .from(Comments::Table, Comments::PostId)
                            .to(Posts::Table, Posts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_comments_thread",
            Comments::Table,
            &["post_id", "parent_id", "created_at", "id"],
        )
        .await?;
        index(
            manager,
            "idx_comments_replies",
            Comments::Table,
            &["parent_id", "created_at", "id"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Reactions::Table)
                    .if_not_exists()
                    .col(uuid(Reactions::TargetId))
                    .col(uuid(Reactions::UserId))
                    .col(string(Reactions::Emoji))
                    .col(string(Reactions::TargetType))
                    .col(timestamp_with_time_zone(Reactions::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(Reactions::TargetId)
                            .col(Reactions::UserId)
                            .col(Reactions::Emoji),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_reactions_target_emoji",
            Reactions::Table,
            &["target_id", "emoji"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Reactions::Table.into_iden(),
            Comments::Table.into_iden(),
            Revisions::Table.into_iden(),
            Posts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
    CommunityId,
    SpaceId,
    AuthorId,
    Title,
    Body,
    BodyHtml,
    Mentions,
    Links,
    AttachmentIds,
    Status,
    PublishAt,
    PublishedAt,
    PinnedAt,
    Locked,
    Hidden,
    HiddenReason,
    DeletedAt,
    DeletedBy,
    CommentCount,
    ReactionCount,
    LastActivityAt,
    EditedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Revisions {
    #[sea_orm(iden = "post_revisions")]
    Table,
    Id,
    PostId,
    EditorId,
    Title,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    Id,
    PostId,
    ParentId,
    Depth,
    AuthorId,
    Body,
    BodyHtml,
    Mentions,
    Hidden,
    HiddenReason,
    DeletedAt,
    ReplyCount,
    ReactionCount,
    EditedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Reactions {
    Table,
    TargetId,
    UserId,
    Emoji,
    TargetType,
    CreatedAt,
}
