//! Identity's domain rules, free of GraphQL.

pub mod accounts;
pub mod sessions;
pub mod validate;
