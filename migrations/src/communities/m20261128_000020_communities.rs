//! Communities and their memberships.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates `communities` and `community_members`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Communities::Table)
                    .if_not_exists()
                    .col(uuid(Communities::Id).primary_key())
                    .col(string(Communities::Name))
                    .col(string(Communities::Slug).unique_key())
                    .col(text(Communities::Description).default(""))
                    .col(uuid(Communities::OwnerId))
                    .col(timestamp_with_time_zone(Communities::CreatedAt))
                    .col(timestamp_with_time_zone(Communities::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CommunityMembers::Table)
                    .if_not_exists()
                    .col(uuid(CommunityMembers::CommunityId))
                    .col(uuid(CommunityMembers::UserId))
                    .col(string(CommunityMembers::Role))
                    .col(timestamp_with_time_zone(CommunityMembers::JoinedAt))
                    .primary_key(
                        Index::create()
                            .col(CommunityMembers::CommunityId)
                            .col(CommunityMembers::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_community_members_community")
                            .from(CommunityMembers::Table, CommunityMembers::CommunityId)
                            .to(Communities::Table, Communities::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_community_members_user")
                    .if_not_exists()
                    .table(CommunityMembers::Table)
                    .col(CommunityMembers::UserId)
                    .col(CommunityMembers::JoinedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CommunityMembers::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Communities::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Communities {
    Table,
    Id,
    Name,
    Slug,
    Description,
    OwnerId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CommunityMembers {
    Table,
    CommunityId,
    UserId,
    Role,
    JoinedAt,
}
