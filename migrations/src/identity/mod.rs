//! The identity subgraph's tables: users and their credentials.

use sea_orm_migration::prelude::*;

use crate::shared;

mod m20261128_000010_users;
mod m20261128_000011_retired_refresh_tokens;
mod m20261128_000012_account_tokens;
mod m20261128_000013_profiles;
mod m20261128_000014_mfa;
mod m20261128_000015_passkeys;
mod m20261128_000016_social;
mod m20261128_000018_user_blocks;

/// Migrates the identity database.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(shared::m20261128_000001_events::Migration),
            Box::new(m20261128_000010_users::Migration),
            Box::new(m20261128_000011_retired_refresh_tokens::Migration),
            Box::new(m20261128_000012_account_tokens::Migration),
            Box::new(m20261128_000013_profiles::Migration),
            Box::new(m20261128_000014_mfa::Migration),
            Box::new(m20261128_000015_passkeys::Migration),
            Box::new(m20261128_000016_social::Migration),
            Box::new(shared::m20261128_000017_community_memberships::Migration),
            Box::new(m20261128_000018_user_blocks::Migration),
        ]
    }
}
