//! Batched loading, so lists cost a fixed number of queries: two for
//! `User.communities` of many users, one for `memberCount` of many
//! communities.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use stunxt_platform::AppError;
use uuid::Uuid;

use crate::{
    entity::{communities, community_members},
    service::communities::Communities,
};

/// Loads the communities of users.
pub struct UserCommunitiesLoader(pub Communities);

impl Loader<Uuid> for UserCommunitiesLoader {
    type Value = Vec<(communities::Model, community_members::Model)>;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        Ok(self.0.of_users(keys).await.map_err(AppError::from)?)
    }
}

/// Loads member counts of communities.
pub struct MemberCountLoader(pub Communities);

impl Loader<Uuid> for MemberCountLoader {
    type Value = u64;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        Ok(self.0.member_counts(keys).await.map_err(AppError::from)?)
    }
}
