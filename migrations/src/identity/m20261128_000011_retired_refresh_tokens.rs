//! Refresh tokens a session has rotated away from. Presenting one again
//! means the token was copied: the session is revoked.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates `retired_refresh_tokens`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RetiredRefreshTokens::Table)
                    .if_not_exists()
                    .col(string(RetiredRefreshTokens::TokenHash).primary_key())
                    .col(uuid(RetiredRefreshTokens::SessionId))
                    .col(timestamp_with_time_zone(RetiredRefreshTokens::RetiredAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_retired_refresh_tokens_session")
                            .from(RetiredRefreshTokens::Table, RetiredRefreshTokens::SessionId)
                            .to(Sessions::Table, Sessions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RetiredRefreshTokens::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum RetiredRefreshTokens {
    Table,
    TokenHash,
    SessionId,
    RetiredAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
}
