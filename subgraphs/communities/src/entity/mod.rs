//! SeaORM models of the communities tables (see
//! `migrations/src/communities`).

pub mod bans;
pub mod communities;
pub mod community_members;
pub mod community_roles;
pub mod invitations;
pub mod join_requests;
pub mod mod_log;
pub mod people;
pub mod space_groups;
pub mod space_members;
pub mod spaces;
