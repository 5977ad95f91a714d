//! SeaORM models of the discussions tables (see
//! `migrations/src/discussions`).

pub mod comments;
pub mod post_revisions;
pub mod posts;
pub mod reactions;
