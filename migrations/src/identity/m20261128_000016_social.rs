//! Social sign-in: identities at Google, Apple or Facebook linked to
//! accounts, and the pending authorization requests.

use sea_orm_migration::{prelude::*, schema::*};

/// Creates `linked_identities` and `social_states`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LinkedIdentities::Table)
                    .if_not_exists()
                    .col(uuid(LinkedIdentities::Id).primary_key())
                    .col(uuid(LinkedIdentities::UserId))
                    // GOOGLE, APPLE or FACEBOOK.
                    .col(string(LinkedIdentities::Provider))
                    // The provider's stable id of the person.
                    .col(string(LinkedIdentities::Subject))
                    .col(string_null(LinkedIdentities::Email))
                    .col(timestamp_with_time_zone(LinkedIdentities::CreatedAt))
                    .col(timestamp_with_time_zone_null(LinkedIdentities::LastUsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_linked_identities_user")
                            .from(LinkedIdentities::Table, LinkedIdentities::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_linked_identities_subject")
                    .table(LinkedIdentities::Table)
                    .col(LinkedIdentities::Provider)
                    .col(LinkedIdentities::Subject)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_linked_identities_user")
                    .table(LinkedIdentities::Table)
                    .col(LinkedIdentities::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SocialStates::Table)
                    .if_not_exists()
                    // SHA-256 of the `state` parameter.
                    .col(string(SocialStates::StateHash).primary_key())
                    .col(string(SocialStates::Provider))
                    // SIGN_IN, or LINK to `user_id`.
                    .col(string(SocialStates::Purpose))
                    .col(uuid_null(SocialStates::UserId))
                    .col(string(SocialStates::Nonce))
                    .col(string(SocialStates::PkceVerifier))
                    .col(string(SocialStates::RedirectUri))
                    .col(timestamp_with_time_zone(SocialStates::CreatedAt))
                    .col(timestamp_with_time_zone(SocialStates::ExpiresAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SocialStates::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(LinkedIdentities::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LinkedIdentities {
    Table,
    Id,
    UserId,
    Provider,
    Subject,
    Email,
    CreatedAt,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum SocialStates {
    Table,
    StateHash,
    Provider,
    Purpose,
    UserId,
    Nonce,
    PkceVerifier,
    RedirectUri,
    CreatedAt,
    ExpiresAt,
}
