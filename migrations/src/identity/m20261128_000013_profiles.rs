//! Profiles, privacy preferences, staff and suspension, account deletion,
//! and usernames held back after a rename.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::{add_columns, drop_columns};

/// Adds profile, privacy and account-state columns to `users` and creates
/// `username_reservations`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            string_null(Users::Bio),
            string_null(Users::Location),
            string_null(Users::Website),
            // JSON array of URLs.
            text(Users::SocialLinks).default("[]").to_owned(),
            string_null(Users::Timezone),
            string_null(Users::Locale),
            uuid_null(Users::AvatarId),
            string_len(Users::ProfileVisibility, 32)
                .default("everyone")
                .to_owned(),
            string_len(Users::MessagePermission, 32)
                .default("community_members")
                .to_owned(),
            boolean(Users::ShowOnlineStatus).default(true).to_owned(),
            boolean(Users::SendReadReceipts).default(true).to_owned(),
            timestamp_with_time_zone_null(Users::SuspendedAt),
            string_null(Users::SuspensionReason),
            timestamp_with_time_zone_null(Users::DeletedAt),
        ];
        add_columns(manager, Users::Table, columns).await?;
        manager
            .create_table(
                Table::create()
                    .table(UsernameReservations::Table)
                    .if_not_exists()
                    .col(string(UsernameReservations::Username).primary_key())
                    .col(uuid(UsernameReservations::UserId))
                    .col(timestamp_with_time_zone(
                        UsernameReservations::ReservedUntil,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_username_reservations_user")
                            .from(UsernameReservations::Table, UsernameReservations::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(UsernameReservations::Table).to_owned())
            .await?;
        drop_columns(
            manager,
            Users::Table,
            [
                Users::Bio,
                Users::Location,
                Users::Website,
                Users::SocialLinks,
                Users::Timezone,
                Users::Locale,
                Users::AvatarId,
                Users::ProfileVisibility,
                Users::MessagePermission,
                Users::ShowOnlineStatus,
                Users::SendReadReceipts,
                Users::SuspendedAt,
                Users::SuspensionReason,
                Users::DeletedAt,
            ],
        )
        .await?;
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Bio,
    Location,
    Website,
    SocialLinks,
    Timezone,
    Locale,
    AvatarId,
    ProfileVisibility,
    MessagePermission,
    ShowOnlineStatus,
    SendReadReceipts,
    SuspendedAt,
    SuspensionReason,
    DeletedAt,
}

#[derive(DeriveIden)]
enum UsernameReservations {
    Table,
    Username,
    UserId,
    ReservedUntil,
}
