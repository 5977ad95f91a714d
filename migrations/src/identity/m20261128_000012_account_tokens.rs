//! Email verification, single-use account tokens (email verification,
//! password reset, email change) stored hashed, and where each session
//! signs in from.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::{add_columns, drop_columns};

/// Adds `users.email_verified_at`, `sessions.device_name` and
/// `sessions.ip`, and creates `account_tokens`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(
            manager,
            Users::Table,
            [timestamp_with_time_zone_null(Users::EmailVerifiedAt)],
        )
        .await?;
        add_columns(
            manager,
            Sessions::Table,
            [string_null(Sessions::DeviceName), string_null(Sessions::Ip)],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountTokens::Table)
                    .if_not_exists()
                    .col(string(AccountTokens::TokenHash).primary_key())
                    .col(uuid(AccountTokens::UserId))
                    .col(string_len(AccountTokens::Purpose, 32))
                    // The address the token was mailed to (for an email
                    // change: the new address).
                    .col(string(AccountTokens::Email))
                    .col(timestamp_with_time_zone(AccountTokens::CreatedAt))
                    .col(timestamp_with_time_zone(AccountTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountTokens::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_account_tokens_user")
                            .from(AccountTokens::Table, AccountTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_account_tokens_user_purpose")
                    .if_not_exists()
                    .table(AccountTokens::Table)
                    .col(AccountTokens::UserId)
                    .col(AccountTokens::Purpose)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AccountTokens::Table).to_owned())
            .await?;
        drop_columns(
            manager,
            Sessions::Table,
            [Sessions::DeviceName, Sessions::Ip],
        )
        .await?;
        drop_columns(manager, Users::Table, [Users::EmailVerifiedAt]).await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    EmailVerifiedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    DeviceName,
    Ip,
}

#[derive(DeriveIden)]
enum AccountTokens {
    Table,
    TokenHash,
    UserId,
    Purpose,
    Email,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}
