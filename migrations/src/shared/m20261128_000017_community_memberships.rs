//! Which communities users share, kept from the communities subgraph's
//! events, so profiles visible to "community members" can be checked
//! without a call to another subgraph.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates `community_memberships`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CommunityMemberships::Table)
                    .if_not_exists()
                    .col(uuid(CommunityMemberships::UserId))
                    .col(uuid(CommunityMemberships::CommunityId))
                    .primary_key(
                        Index::create()
                            .col(CommunityMemberships::UserId)
                            .col(CommunityMemberships::CommunityId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_community_memberships_community")
                    .table(CommunityMemberships::Table)
                    .col(CommunityMemberships::CommunityId)
                    .col(CommunityMemberships::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CommunityMemberships::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum CommunityMemberships {
    Table,
    UserId,
    CommunityId,
}
