//! The communities GraphQL schema: thin adapters over [`crate::service`].

mod loaders;
mod mutation;
mod query;
mod types;

pub use loaders::{MemberCountLoader, UserCommunitiesLoader};
pub use mutation::Mutation;
pub use query::Query;
pub use types::{Community, CreateCommunityInput, Space, User};
