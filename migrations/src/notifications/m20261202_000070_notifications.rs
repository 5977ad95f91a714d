//! Notifications, deliveries, preferences, devices and local copies.

use sea_orm_migration::sea_orm::ConnectionTrait;
use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::index;

/// Creates the notifications tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Recipients::Table)
                    .if_not_exists()
                    .col(uuid(Recipients::UserId).primary_key())
                    .col(string(Recipients::Username))
                    .col(string(Recipients::DisplayName))
                    .col(string_null(Recipients::Email))
                    .col(boolean(Recipients::EmailVerified).default(false))
                    .col(string_null(Recipients::Timezone))
                    .col(string_null(Recipients::Locale))
                    .col(timestamp_with_time_zone(Recipients::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_recipients_username",
            Recipients::Table,
            &["username"],
        )
        .await?;
        index(
            manager,
            "idx_recipients_email",
            Recipients::Table,
            &["email"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Communities::Table)
                    .if_not_exists()
                    .col(uuid(Communities::Id).primary_key())
                    .col(string(Communities::Name))
                    .col(string(Communities::Slug))
                    .col(string_null(Communities::BrandColor))
                    .col(uuid_null(Communities::LogoId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PostFollowers::Table)
                    .if_not_exists()
                    .col(uuid(PostFollowers::PostId))
                    .col(uuid(PostFollowers::UserId))
                    .primary_key(
                        Index::create()
                            .col(PostFollowers::PostId)
                            .col(PostFollowers::UserId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .if_not_exists()
                    .col(uuid(Notifications::Id).primary_key())
                    .col(uuid(Notifications::UserId))
                    .col(string(Notifications::Kind))
                    .col(uuid_null(Notifications::CommunityId))
                    .col(uuid_null(Notifications::SpaceId))
                    .col(string_null(Notifications::GroupKey))
                    .col(text(Notifications::ActorIds).default("[]"))
                    .col(integer(Notifications::ActorCount).default(0))
                    .col(integer(Notifications::EventCount).default(1))
                    .col(text(Notifications::Data).default("{}"))
                    .col(boolean(Notifications::InApp).default(true))
                    .col(uuid(Notifications::ActivityId))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .col(timestamp_with_time_zone_null(Notifications::EmailedAt))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone(Notifications::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_notifications_feed",
            Notifications::Table,
            &["user_id", "activity_id"],
        )
        .await?;
        // One open (unread) notification per person and group: two
        // instances gathering the same event race into a conflict, and the
        // event is retried, instead of into two notifications.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX IF NOT EXISTS idx_notifications_open_group \
                 ON notifications (group_key, user_id) \
                 WHERE read_at IS NULL AND group_key IS NOT NULL",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Deliveries::Table)
                    .if_not_exists()
                    .col(uuid(Deliveries::Id).primary_key())
                    .col(uuid(Deliveries::NotificationId))
                    .col(uuid(Deliveries::UserId))
                    .col(string(Deliveries::Channel))
                    .col(string(Deliveries::Status))
                    .col(string_null(Deliveries::Reason))
                    .col(integer(Deliveries::Attempts).default(0))
                    .col(timestamp_with_time_zone(Deliveries::DueAt))
                    .col(timestamp_with_time_zone_null(Deliveries::LockedUntil))
                    .col(string_null(Deliveries::Ticket))
                    .col(text_null(Deliveries::Error))
                    .col(timestamp_with_time_zone(Deliveries::CreatedAt))
                    .col(timestamp_with_time_zone(Deliveries::UpdatedAt))
                    // No foreign key: a fan-out writes three rows per
                    // notification, and the service deletes a person's
                    // deliveries with their notifications.
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_deliveries_due",
            Deliveries::Table,
            &["status", "due_at"],
        )
        .await?;
        index(
            manager,
            "idx_deliveries_notification",
            Deliveries::Table,
            &["notification_id"],
        )
        .await?;
        index(
            manager,
            "idx_deliveries_user",
            Deliveries::Table,
            &["user_id", "id"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Preferences::Table)
                    .if_not_exists()
                    .col(uuid(Preferences::UserId))
                    .col(string(Preferences::Kind))
                    .col(string(Preferences::Channel))
                    .col(boolean(Preferences::Enabled))
                    .primary_key(
                        Index::create()
                            .col(Preferences::UserId)
                            .col(Preferences::Kind)
                            .col(Preferences::Channel),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Settings::Table)
                    .if_not_exists()
                    .col(uuid(Settings::UserId).primary_key())
                    .col(boolean(Settings::EmailEnabled).default(true))
                    .col(string(Settings::Digest).default("OFF"))
                    .col(integer_null(Settings::QuietStart))
                    .col(integer_null(Settings::QuietEnd))
                    .col(timestamp_with_time_zone_null(Settings::DigestSentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Overrides::Table)
                    .if_not_exists()
                    .col(uuid(Overrides::UserId))
                    .col(uuid(Overrides::ScopeId))
                    .col(string(Overrides::Scope))
                    .col(uuid(Overrides::CommunityId))
                    .col(string(Overrides::Level))
                    .primary_key(
                        Index::create()
                            .col(Overrides::UserId)
                            .col(Overrides::ScopeId),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_overrides_scope",
            Overrides::Table,
            &["scope_id", "level"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(PushDevices::Table)
                    .if_not_exists()
                    .col(uuid(PushDevices::Id).primary_key())
                    .col(uuid(PushDevices::UserId))
                    .col(uuid_null(PushDevices::SessionId))
                    .col(string(PushDevices::Token).unique_key())
                    .col(string(PushDevices::Platform))
                    .col(timestamp_with_time_zone(PushDevices::CreatedAt))
                    .col(timestamp_with_time_zone(PushDevices::LastUsedAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_push_devices_user",
            PushDevices::Table,
            &["user_id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            PushDevices::Table.into_iden(),
            Overrides::Table.into_iden(),
            Settings::Table.into_iden(),
            Preferences::Table.into_iden(),
            Deliveries::Table.into_iden(),
            Notifications::Table.into_iden(),
            PostFollowers::Table.into_iden(),
            Communities::Table.into_iden(),
            Recipients::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Recipients {
    Table,
    UserId,
    Username,
    DisplayName,
    Email,
    EmailVerified,
    Timezone,
    Locale,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Communities {
    #[sea_orm(iden = "notification_communities")]
    Table,
    Id,
    Name,
    Slug,
    BrandColor,
    LogoId,
}

#[derive(DeriveIden)]
enum PostFollowers {
    Table,
    PostId,
    UserId,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    CommunityId,
    SpaceId,
    GroupKey,
    ActorIds,
    ActorCount,
    EventCount,
    Data,
    InApp,
    ActivityId,
    ReadAt,
    EmailedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Deliveries {
    #[sea_orm(iden = "notification_deliveries")]
    Table,
    Id,
    NotificationId,
    UserId,
    Channel,
    Status,
    Reason,
    Attempts,
    DueAt,
    LockedUntil,
    Ticket,
    Error,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Preferences {
    #[sea_orm(iden = "notification_preferences")]
    Table,
    UserId,
    Kind,
    Channel,
    Enabled,
}

#[derive(DeriveIden)]
enum Settings {
    #[sea_orm(iden = "notification_settings")]
    Table,
    UserId,
    EmailEnabled,
    Digest,
    QuietStart,
    QuietEnd,
    DigestSentAt,
}

#[derive(DeriveIden)]
enum Overrides {
    #[sea_orm(iden = "notification_overrides")]
    Table,
    UserId,
    ScopeId,
    Scope,
    CommunityId,
    Level,
}

#[derive(DeriveIden)]
enum PushDevices {
    Table,
    Id,
    UserId,
    SessionId,
    Token,
    Platform,
    CreatedAt,
    LastUsedAt,
}
