//! The media subgraph's tables: uploaded assets, their variants, and the
//! parents (posts, conversations, …) they are attached to.

use sea_orm_migration::prelude::*;

use crate::shared;

mod m20261128_000030_media;

/// Migrates the media database.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(shared::m20261128_000001_events::Migration),
            Box::new(m20261128_000030_media::Migration),
        ]
    }
}
