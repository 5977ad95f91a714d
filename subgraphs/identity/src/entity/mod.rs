//! SeaORM models of identity's tables (see `migrations/src/identity`).

pub mod account_tokens;
pub mod linked_identities;
pub mod mfa_challenges;
pub mod passkey_ceremonies;
pub mod passkeys;
pub mod recovery_codes;
pub mod retired_refresh_tokens;
pub mod sessions;
pub mod social_states;
pub mod user_blocks;
pub mod username_reservations;
pub mod users;
