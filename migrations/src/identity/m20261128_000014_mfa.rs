//! Second factor: TOTP secrets, hashed single-use recovery codes, and the
//! short-lived challenges that sit between a password and a session.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::{add_columns, drop_columns};

/// Adds TOTP columns to `users`; creates `recovery_codes` and
/// `mfa_challenges`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            // Base32; set once enrolment is confirmed.
            string_null(Users::TotpSecret),
            // Base32; between beginTotpEnrollment and its confirmation.
            string_null(Users::TotpPendingSecret),
            timestamp_with_time_zone_null(Users::TotpEnabledAt),
            // The last accepted time step: a code works once.
            big_integer_null(Users::TotpLastStep),
        ];
        add_columns(manager, Users::Table, columns).await?;
        manager
            .create_table(
                Table::create()
                    .table(RecoveryCodes::Table)
                    .if_not_exists()
                    .col(string(RecoveryCodes::CodeHash).primary_key())
                    .col(uuid(RecoveryCodes::UserId))
                    .col(timestamp_with_time_zone(RecoveryCodes::CreatedAt))
                    .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_recovery_codes_user")
                            .from(RecoveryCodes::Table, RecoveryCodes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MfaChallenges::Table)
                    .if_not_exists()
                    .col(string(MfaChallenges::TokenHash).primary_key())
                    .col(uuid(MfaChallenges::UserId))
                    .col(string_null(MfaChallenges::UserAgent))
                    .col(string_null(MfaChallenges::Ip))
                    .col(string_null(MfaChallenges::DeviceName))
                    .col(integer(MfaChallenges::Attempts).default(0))
                    .col(timestamp_with_time_zone(MfaChallenges::CreatedAt))
                    .col(timestamp_with_time_zone(MfaChallenges::ExpiresAt))
                    .col(timestamp_with_time_zone_null(MfaChallenges::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_mfa_challenges_user")
                            .from(MfaChallenges::Table, MfaChallenges::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MfaChallenges::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(RecoveryCodes::Table).to_owned())
            .await?;
        drop_columns(
            manager,
            Users::Table,
            [
                Users::TotpSecret,
                Users::TotpPendingSecret,
                Users::TotpEnabledAt,
                Users::TotpLastStep,
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
    TotpSecret,
    TotpPendingSecret,
    TotpEnabledAt,
    TotpLastStep,
}

#[derive(DeriveIden)]
enum RecoveryCodes {
    Table,
    CodeHash,
    UserId,
    CreatedAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum MfaChallenges {
    Table,
    TokenHash,
    UserId,
    UserAgent,
    Ip,
    DeviceName,
    Attempts,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}
