//! Who blocked whom.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::index;

/// Creates `user_blocks`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(UserBlocks::Table)
                    .if_not_exists()
                    .col(uuid(UserBlocks::BlockerId))
                    .col(uuid(UserBlocks::BlockedId))
                    .col(timestamp_with_time_zone(UserBlocks::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(UserBlocks::BlockerId)
                            .col(UserBlocks::BlockedId),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_user_blocks_blocked",
            UserBlocks::Table,
            &["blocked_id", "blocker_id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(UserBlocks::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum UserBlocks {
    Table,
    BlockerId,
    BlockedId,
    CreatedAt,
}
