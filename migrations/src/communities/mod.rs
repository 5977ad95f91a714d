//! The communities subgraph's tables: communities and their members.

use sea_orm_migration::prelude::*;

use crate::shared;

mod m20261128_000020_communities;
mod m20261128_000021_structure;
mod m20261128_000022_people_mfa;

/// Migrates the communities database.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(shared::m20261128_000001_events::Migration),
            Box::new(m20261128_000020_communities::Migration),
            Box::new(m20261128_000021_structure::Migration),
            Box::new(m20261128_000022_people_mfa::Migration),
        ]
    }
}
