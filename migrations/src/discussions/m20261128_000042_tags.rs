//! A community's tag vocabulary and the tags on posts.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::index;

/// Creates `tags` and `post_tags`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Tags::Table)
                    .if_not_exists()
                    .col(uuid(Tags::Id).primary_key())
                    .col(uuid(Tags::CommunityId))
                    .col(string(Tags::Name))
                    .col(string(Tags::Slug))
                    .col(timestamp_with_time_zone(Tags::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_tags_community_slug")
                    .if_not_exists()
                    .table(Tags::Table)
                    .col(Tags::CommunityId)
                    .col(Tags::Slug)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PostTags::Table)
                    .if_not_exists()
                    .col(uuid(PostTags::PostId))
                    .col(uuid(PostTags::TagId))
                    .primary_key(Index::create().col(PostTags::PostId).col(PostTags::TagId))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_post_tags_tag")
                            .from(PostTags::Table, PostTags::TagId)
                            .to(Tags::Table, Tags::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_post_tags_tag",
            PostTags::Table,
            &["tag_id", "post_id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [PostTags::Table.into_iden(), Tags::Table.into_iden()] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Tags {
    Table,
    Id,
    CommunityId,
    Name,
    Slug,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PostTags {
    Table,
    PostId,
    TagId,
}
