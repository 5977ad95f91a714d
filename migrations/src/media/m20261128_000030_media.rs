//! Assets, their variants, and what they are attached to.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates `media_assets`, `media_variants`, `media_parents`, `media_parent_readers` and `media_attachments`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Assets::Table)
                    .if_not_exists()
                    .col(uuid(Assets::Id).primary_key())
                    .col(uuid(Assets::OwnerId))
                    .col(string(Assets::Purpose))
                    .col(string(Assets::Status))
                    .col(string(Assets::Filename))
                    .col(string(Assets::DeclaredType))
                    .col(string_null(Assets::ContentType))
                    .col(big_integer(Assets::ByteSize))
                    .col(string_null(Assets::ExpectedSha256))
                    .col(string_null(Assets::Sha256))
                    .col(string(Assets::StorageKey))
                    .col(string_null(Assets::MultipartId))
                    .col(big_integer(Assets::PartSize))
                    .col(integer_null(Assets::Width))
                    .col(integer_null(Assets::Height))
                    .col(string_null(Assets::Blurhash))
                    .col(boolean(Assets::Animated).default(false))
                    .col(string_null(Assets::Failure))
                    .col(integer(Assets::Attempts).default(0))
                    .col(timestamp_with_time_zone_null(Assets::LeaseUntil))
                    .col(timestamp_with_time_zone_null(Assets::DetachedAt))
                    .col(timestamp_with_time_zone(Assets::UploadExpiresAt))
                    .col(timestamp_with_time_zone_null(Assets::CompletedAt))
                    .col(timestamp_with_time_zone(Assets::CreatedAt))
                    .col(timestamp_with_time_zone(Assets::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "idx_media_assets_owner",
                vec![Assets::OwnerId, Assets::CreatedAt],
            ),
            (
                "idx_media_assets_status",
                vec![Assets::Status, Assets::CreatedAt],
            ),
            ("idx_media_assets_detached", vec![Assets::DetachedAt]),
        ] {
            let mut index = Index::create();
            index.name(name).if_not_exists().table(Assets::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(Variants::Table)
                    .if_not_exists()
                    .col(uuid(Variants::AssetId))
                    .col(string(Variants::Variant))
                    .col(string(Variants::StorageKey))
                    .col(string(Variants::ContentType))
                    .col(big_integer(Variants::ByteSize))
                    .col(integer_null(Variants::Width))
                    .col(integer_null(Variants::Height))
                    .primary_key(
                        Index::create()
                            .col(Variants::AssetId)
                            .col(Variants::Variant),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_media_variants_asset")
                            .from(Variants::Table, Variants::AssetId)
                            .to(Assets::Table, Assets::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Parents::Table)
                    .if_not_exists()
                    .col(uuid(Parents::Id).primary_key())
                    .col(string(Parents::Service))
                    .col(string(Parents::Kind))
                    .col(string(Parents::ExternalId))
                    .col(uuid_null(Parents::CommunityId))
                    .col(uuid_null(Parents::SpaceId))
                    .col(boolean(Parents::Public).default(false))
                    .col(boolean(Parents::Restricted).default(false))
                    .col(timestamp_with_time_zone(Parents::CreatedAt))
                    .col(timestamp_with_time_zone(Parents::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_media_parents_ref")
                    .if_not_exists()
                    .table(Parents::Table)
                    .col(Parents::Service)
                    .col(Parents::Kind)
                    .col(Parents::ExternalId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ParentReaders::Table)
                    .if_not_exists()
                    .col(uuid(ParentReaders::ParentId))
                    .col(uuid(ParentReaders::UserId))
                    .primary_key(
                        Index::create()
                            .col(ParentReaders::ParentId)
                            .col(ParentReaders::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_media_parent_readers_parent")
                            .from(ParentReaders::Table, ParentReaders::ParentId)
                            .to(Parents::Table, Parents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Attachments::Table)
                    .if_not_exists()
                    .col(uuid(Attachments::AssetId))
                    .col(uuid(Attachments::ParentId))
                    .col(timestamp_with_time_zone(Attachments::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(Attachments::AssetId)
                            .col(Attachments::ParentId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_media_attachments_asset")
                            .from(Attachments::Table, Attachments::AssetId)
                            .to(Assets::Table, Assets::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_media_attachments_parent")
                            .from(Attachments::Table, Attachments::ParentId)
                            .to(Parents::Table, Parents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_media_attachments_parent")
                    .if_not_exists()
                    .table(Attachments::Table)
                    .col(Attachments::ParentId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Attachments::Table.into_iden(),
            ParentReaders::Table.into_iden(),
            Parents::Table.into_iden(),
            Variants::Table.into_iden(),
            Assets::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Assets {
    #[sea_orm(iden = "media_assets")]
    Table,
    Id,
    OwnerId,
    Purpose,
    Status,
    Filename,
    DeclaredType,
    ContentType,
    ByteSize,
    ExpectedSha256,
    Sha256,
    StorageKey,
    MultipartId,
    PartSize,
    Width,
    Height,
    Blurhash,
    Animated,
    Failure,
    Attempts,
    LeaseUntil,
    DetachedAt,
    UploadExpiresAt,
    CompletedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Variants {
    #[sea_orm(iden = "media_variants")]
    Table,
    AssetId,
    Variant,
    StorageKey,
    ContentType,
    ByteSize,
    Width,
    Height,
}

#[derive(DeriveIden)]
enum Parents {
    #[sea_orm(iden = "media_parents")]
    Table,
    Id,
    Service,
    Kind,
    ExternalId,
    CommunityId,
    SpaceId,
    Public,
    Restricted,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ParentReaders {
    #[sea_orm(iden = "media_parent_readers")]
    Table,
    ParentId,
    UserId,
}

#[derive(DeriveIden)]
enum Attachments {
    #[sea_orm(iden = "media_attachments")]
    Table,
    AssetId,
    ParentId,
    CreatedAt,
}
