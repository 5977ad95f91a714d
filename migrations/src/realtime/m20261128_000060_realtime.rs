//! Who hides their online status.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates `presence_settings`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PresenceSettings::Table)
                    .if_not_exists()
                    .col(uuid(PresenceSettings::UserId).primary_key())
                    .col(boolean(PresenceSettings::ShowOnlineStatus))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PresenceSettings::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum PresenceSettings {
    Table,
    UserId,
    ShowOnlineStatus,
}
