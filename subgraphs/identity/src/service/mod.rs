//! Identity's domain rules, free of GraphQL.

pub mod accounts;
pub mod letters;
pub mod mfa;
pub mod passkeys;
pub mod profiles;
pub mod sessions;
pub mod social;
pub mod tokens;
pub mod validate;
