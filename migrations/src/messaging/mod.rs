//! The messaging subgraph's tables: conversations, participants and their
//! read state, messages with revisions and reactions, read marks, and the
//! copies of identity's privacy settings and blocks it decides with.

use sea_orm_migration::prelude::*;

use crate::shared;

mod m20261128_000050_messaging;

/// Migrates the messaging database.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(shared::m20261128_000001_events::Migration),
            Box::new(shared::m20261128_000017_community_memberships::Migration),
            Box::new(m20261128_000050_messaging::Migration),
        ]
    }
}
