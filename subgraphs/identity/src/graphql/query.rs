//! identity's queries.

use async_graphql::{Context, ID, Object, Result, dataloader::DataLoader};
use stunxt_platform::{
    AppError,
    auth::{SignedIn, ViewerExt},
    ids::parse_id,
};

use super::types::SocialProvider;
use super::{
    loaders::UserLoader,
    types::{Session, User},
};
use crate::service::{accounts::Accounts, profiles::Profiles, social::Social};

/// identity's query root.
#[derive(Default)]
pub struct Query;

#[Object]
impl Query {
    /// The signed-in user.
    #[graphql(guard = "SignedIn")]
    async fn me(&self, ctx: &Context<'_>) -> Result<User> {
        let viewer = ctx.viewer()?;
        let user = ctx
            .data::<DataLoader<UserLoader>>()?
            .load_one(viewer.user_id)
            .await?
            .ok_or_else(|| AppError::unauthenticated("the account no longer exists"))?;
        Ok(User::new(user))
    }

    /// The users the viewer blocked, most recent first.
    #[graphql(guard = "SignedIn")]
    async fn blocked_users(&self, ctx: &Context<'_>) -> Result<Vec<User>> {
        let viewer = ctx.viewer()?;
        let users = ctx
            .data::<Profiles>()?
            .blocked(viewer.user_id)
            .await
            .map_err(AppError::from)?;
        Ok(users.into_iter().map(User::new).collect())
    }

    /// The viewer's signed-in devices, most recently used first.
    #[graphql(guard = "SignedIn")]
    async fn sessions(&self, ctx: &Context<'_>) -> Result<Vec<Session>> {
        let viewer = ctx.viewer()?;
        Session::list(ctx, viewer.user_id, viewer.session_id).await
    }

    /// Everything identity holds about the viewer, as JSON: account,
    /// profile, privacy preferences and sessions (no secrets).
    #[graphql(guard = "SignedIn")]
    async fn export_my_data(
        &self,
        ctx: &Context<'_>,
    ) -> Result<async_graphql::Json<serde_json::Value>> {
        let viewer = ctx.viewer()?;
        Ok(async_graphql::Json(
            ctx.data::<Accounts>()?
                .export(viewer.user_id)
                .await
                .map_err(AppError::from)?,
        ))
    }

    /// The social sign-in providers this platform offers.
    async fn social_providers(&self, ctx: &Context<'_>) -> Result<Vec<SocialProvider>> {
        Ok(ctx
            .data::<Social>()?
            .enabled()
            .into_iter()
            .map(SocialProvider::from)
            .collect())
    }

    /// A user by id.
    async fn user(&self, ctx: &Context<'_>, id: ID) -> Result<Option<User>> {
        let id = parse_id("id", &id)?;
        let loader = ctx.data::<DataLoader<UserLoader>>()?;
        Ok(loader.load_one(id).await?.map(User::new))
    }

    /// A user by username (case-insensitive).
    async fn user_by_username(&self, ctx: &Context<'_>, username: String) -> Result<Option<User>> {
        let accounts = ctx.data::<Accounts>()?;
        Ok(accounts
            .by_username(&username)
            .await
            .map_err(AppError::from)?
            .map(User::new))
    }

    /// Resolves `User` references from other subgraphs.
    #[graphql(entity)]
    async fn find_user_by_id(&self, ctx: &Context<'_>, id: ID) -> Result<Option<User>> {
        let Ok(id) = parse_id("id", &id) else {
            return Ok(None);
        };
        let loader = ctx.data::<DataLoader<UserLoader>>()?;
        Ok(loader.load_one(id).await?.map(User::new))
    }
}
