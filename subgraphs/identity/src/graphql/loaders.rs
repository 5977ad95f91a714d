//! Batched loading, so `_entities` for many users costs one query.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use stunxt_platform::AppError;
use uuid::Uuid;

use crate::{entity::users, service::accounts::Accounts};

/// Loads users by id.
pub struct UserLoader(pub Accounts);

impl Loader<Uuid> for UserLoader {
    type Value = users::Model;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let users = self.0.find_many(keys).await.map_err(AppError::from)?;
        Ok(users.into_iter().map(|u| (u.id, u)).collect())
    }
}
