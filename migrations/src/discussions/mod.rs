//! The discussions subgraph's tables: posts, their revisions, threaded
//! comments, reactions, and what search and feeds need.

use sea_orm_migration::prelude::*;

use crate::shared;

mod m20261128_000040_discussions;
mod m20261128_000041_rank_answers_bookmarks;
mod m20261128_000042_tags;
mod m20261128_000043_polls;
mod m20261128_000044_search_home;
mod m20261128_000045_narrow_search;

/// Migrates the discussions database.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(shared::m20261128_000001_events::Migration),
            Box::new(m20261128_000040_discussions::Migration),
            Box::new(m20261128_000041_rank_answers_bookmarks::Migration),
            Box::new(m20261128_000042_tags::Migration),
            Box::new(m20261128_000043_polls::Migration),
            Box::new(m20261128_000044_search_home::Migration),
            Box::new(m20261128_000045_narrow_search::Migration),
        ]
    }
}
