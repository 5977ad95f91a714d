//! The realtime edge's tables: the event tables and the copy of the one
//! privacy setting it follows.

use sea_orm_migration::prelude::*;

use crate::shared;

mod m20261128_000060_realtime;

/// Migrates the realtime database.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(shared::m20261128_000001_events::Migration),
            Box::new(m20261128_000060_realtime::Migration),
        ]
    }
}
