//! Feed sorts (a stored score and hot rank), accepted answers, bookmarks,
//! follows and reports.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::{add_columns, drop_columns, index};

/// Adds `posts.score`, `posts.hot_rank`, `posts.rank_stale`,
/// `posts.accepted_comment_id`; creates `bookmarks`, `follows`, `reports`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(
            manager,
            Posts::Table,
            [
                integer(Posts::Score).default(0).to_owned(),
                double(Posts::HotRank).default(0.0).to_owned(),
                boolean(Posts::RankStale).default(true).to_owned(),
                uuid_null(Posts::AcceptedCommentId).to_owned(),
            ],
        )
        .await?;
        for (name, column) in [
            ("idx_posts_space_active", "last_activity_at"),
            ("idx_posts_space_top", "score"),
            ("idx_posts_space_hot", "hot_rank"),
        ] {
            index(
                manager,
                name,
                Posts::Table,
                &["space_id", "status", column, "id"],
            )
            .await?;
        }
        index(
            manager,
            "idx_posts_rank_stale",
            Posts::Table,
            &["rank_stale"],
        )
        .await?;
        for (table, name) in [
            (Bookmarks::Table.into_iden(), "bookmarks"),
            (Follows::Table.into_iden(), "follows"),
        ] {
            manager
                .create_table(
                    Table::create()
                        .table(table.clone())
                        .if_not_exists()
                        .col(uuid(Bookmarks::UserId))
                        .col(uuid(Bookmarks::PostId))
                        .col(timestamp_with_time_zone(Bookmarks::CreatedAt))
                        .primary_key(
                            Index::create()
                                .col(Bookmarks::UserId)
                                .col(Bookmarks::PostId),
                        )
                        .to_owned(),
                )
                .await?;
            index(manager, &format!("idx_{name}_post"), table, &["post_id"]).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(Reports::Table)
                    .if_not_exists()
                    .col(uuid(Reports::Id).primary_key())
                    .col(uuid(Reports::TargetId))
                    .col(string(Reports::TargetType))
                    .col(uuid(Reports::CommunityId))
                    .col(uuid(Reports::ReporterId))
                    .col(string(Reports::Reason))
                    .col(text_null(Reports::Note))
                    .col(timestamp_with_time_zone(Reports::CreatedAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_reports_community",
            Reports::Table,
            &["community_id", "created_at"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Reports::Table.into_iden(),
            Follows::Table.into_iden(),
            Bookmarks::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        drop_columns(
            manager,
            Posts::Table,
            [
                Posts::Score,
                Posts::HotRank,
                Posts::RankStale,
                Posts::AcceptedCommentId,
            ],
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Score,
    HotRank,
    RankStale,
    AcceptedCommentId,
}

#[derive(DeriveIden)]
enum Bookmarks {
    Table,
    UserId,
    PostId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Follows {
    Table,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    TargetId,
    TargetType,
    CommunityId,
    ReporterId,
    Reason,
    Note,
    CreatedAt,
}
