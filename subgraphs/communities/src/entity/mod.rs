//! SeaORM models of the communities tables (see
//! `migrations/src/communities`).

pub mod communities;
pub mod community_members;
