//! identity's GraphQL schema: thin adapters over [`crate::service`].

mod loaders;
mod mutation;
mod query;
mod types;

pub use loaders::UserLoader;
pub use mutation::Mutation;
pub use query::Query;
pub use types::{AuthPayload, LoginInput, RegisterInput, Session, User};
