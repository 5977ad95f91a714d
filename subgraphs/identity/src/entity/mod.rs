//! SeaORM models of identity's tables (see `migrations/src/identity`).

pub mod account_tokens;
pub mod mfa_challenges;
pub mod recovery_codes;
pub mod retired_refresh_tokens;
pub mod sessions;
pub mod username_reservations;
pub mod users;
