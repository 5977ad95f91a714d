//! SeaORM models of identity's tables (see `migrations/src/identity`).

pub mod sessions;
pub mod users;
