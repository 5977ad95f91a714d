//! The notifications subgraph's tables: notifications and their delivery
//! log, preferences and overrides, push devices, and the copies of people,
//! communities and post followers it decides with.

use sea_orm_migration::prelude::*;

use crate::shared;

mod m20261202_000070_notifications;

/// Migrates the notifications database.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(shared::m20261128_000001_events::Migration),
            Box::new(shared::m20261128_000017_community_memberships::Migration),
            Box::new(m20261202_000070_notifications::Migration),
        ]
    }
}
