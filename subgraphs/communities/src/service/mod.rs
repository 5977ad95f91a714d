//! Community rules, free of GraphQL.

pub mod access;
pub mod communities;
pub mod invitations;
pub mod log;
pub mod members;
pub mod policy;
pub mod spaces;
pub mod validate;
