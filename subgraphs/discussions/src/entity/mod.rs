//! SeaORM models of the discussions tables (see
//! `migrations/src/discussions`).

pub mod bookmarks;
pub mod comments;
pub mod community_emoji;
pub mod follows;
pub mod poll_ballots;
pub mod poll_options;
pub mod poll_votes;
pub mod polls;
pub mod post_revisions;
pub mod post_tags;
pub mod posts;
pub mod reactions;
pub mod reports;
pub mod tags;
