//! The communities GraphQL object and input types.

use async_graphql::{Context, ID, InputObject, Object, Result, dataloader::DataLoader};
use chrono::{DateTime, Utc};
use stunxt_platform::ids::to_id;
use uuid::Uuid;

use super::loaders::{MemberCountLoader, UserCommunitiesLoader};
use crate::entity::communities;

/// A community: a branded home for members, made of spaces.
pub struct Community(pub communities::Model);

/// A community: a branded home for members, made of spaces.
#[Object]
impl Community {
    /// The community's id.
    async fn id(&self) -> ID {
        to_id(self.0.id)
    }

    /// Display name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Unique, URL-safe address.
    async fn slug(&self) -> &str {
        &self.0.slug
    }

    /// Plain-text description.
    async fn description(&self) -> &str {
        &self.0.description
    }

    /// The user who owns the community.
    async fn owner(&self) -> User {
        User(self.0.owner_id)
    }

    /// How many members the community has.
    async fn member_count(&self, ctx: &Context<'_>) -> Result<u64> {
        let loader = ctx.data::<DataLoader<MemberCountLoader>>()?;
        Ok(loader.load_one(self.0.id).await?.unwrap_or(0))
    }

    /// When the community was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A user, owned by the identity subgraph; communities adds what it knows.
pub struct User(pub Uuid);

#[Object]
impl User {
    /// The user's id.
    async fn id(&self) -> ID {
        to_id(self.0)
    }

    /// The communities the user belongs to, oldest membership first.
    async fn communities(&self, ctx: &Context<'_>) -> Result<Vec<Community>> {
        let loader = ctx.data::<DataLoader<UserCommunitiesLoader>>()?;
        Ok(loader
            .load_one(self.0)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(Community)
            .collect())
    }
}

/// Input of `createCommunity`.
#[derive(InputObject)]
pub struct CreateCommunityInput {
    /// Display name, 2–80 characters.
    pub name: String,
    /// Unique address: 3–48 lower-case letters, digits and hyphens.
    pub slug: String,
    /// Optional description, at most 2000 characters.
    pub description: Option<String>,
}
