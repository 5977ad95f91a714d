//! Whether people have two-step sign-in, for communities that require it
//! of their admins.

use sea_orm_migration::{prelude::*, schema::*};

use crate::shared::{add_columns, drop_columns};

/// Adds `people.mfa_enabled`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_columns(
            manager,
            People::Table,
            [boolean(People::MfaEnabled).default(false).to_owned()],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_columns(manager, People::Table, [People::MfaEnabled]).await
    }
}

#[derive(DeriveIden)]
enum People {
    Table,
    MfaEnabled,
}
