//! Community rules, free of GraphQL.

pub mod communities;
pub mod validate;
