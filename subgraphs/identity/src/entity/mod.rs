//! SeaORM models of identity's tables (see `migrations/src/identity`).

pub mod retired_refresh_tokens;
pub mod sessions;
pub mod users;
