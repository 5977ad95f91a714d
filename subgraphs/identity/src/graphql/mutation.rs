//! identity's mutations.

use async_graphql::{Context, ID, Object, Result};
use stunxt_platform::{
    AppError,
    auth::{SignedIn, ViewerExt},
    ids::parse_id,
    server::RequestInfo,
};

use super::types::{AuthPayload, LoginInput, RegisterInput};
use crate::service::{
    accounts::{Accounts, NewAccount},
    sessions::Sessions,
};

/// identity's mutation root.
#[derive(Default)]
pub struct Mutation;

fn user_agent(ctx: &Context<'_>) -> Option<String> {
    ctx.data_opt::<RequestInfo>()
        .and_then(|info| info.user_agent.clone())
}

#[Object]
impl Mutation {
    /// Creates an account and signs it in.
    async fn register(&self, ctx: &Context<'_>, input: RegisterInput) -> Result<AuthPayload> {
        let accounts = ctx.data::<Accounts>()?;
        let signed = accounts
            .register(
                NewAccount {
                    email: input.email,
                    password: input.password,
                    username: input.username,
                    display_name: input.display_name,
                },
                user_agent(ctx),
            )
            .await
            .map_err(AppError::from)?;
        Ok(signed.into())
    }

    /// Signs in with an email address or username and a password.
    async fn login(&self, ctx: &Context<'_>, input: LoginInput) -> Result<AuthPayload> {
        let accounts = ctx.data::<Accounts>()?;
        let signed = accounts
            .login(&input.login, &input.password, user_agent(ctx))
            .await
            .map_err(AppError::from)?;
        Ok(signed.into())
    }

    /// Exchanges the session's refresh token for new tokens. The refresh
    /// token is rotated: keep the new one. Presenting an old one again
    /// revokes the session.
    async fn refresh_session(
        &self,
        ctx: &Context<'_>,
        refresh_token: String,
    ) -> Result<AuthPayload> {
        let signed = ctx
            .data::<Sessions>()?
            .refresh(&refresh_token)
            .await
            .map_err(AppError::from)?;
        Ok(signed.into())
    }

    /// Signs the current session out. Its access token keeps working until
    /// it expires (at most `auth.access_token_ttl_secs`); its refresh token
    /// stops at once.
    #[graphql(guard = "SignedIn")]
    async fn logout(&self, ctx: &Context<'_>) -> Result<bool> {
        let viewer = ctx.viewer()?;
        let session = viewer
            .session_id
            .ok_or_else(|| AppError::bad_input("session", "this token belongs to no session"))?;
        ctx.data::<Sessions>()?
            .revoke(viewer.user_id, session)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Signs every session of the viewer out, the current one included;
    /// returns how many were signed out.
    #[graphql(guard = "SignedIn")]
    async fn logout_everywhere(&self, ctx: &Context<'_>) -> Result<u64> {
        let viewer = ctx.viewer()?;
        Ok(ctx
            .data::<Sessions>()?
            .revoke_all(viewer.user_id, None)
            .await
            .map_err(AppError::from)?)
    }

    /// Signs one of the viewer's sessions out (`NOT_FOUND` for sessions
    /// that are not the viewer's).
    #[graphql(guard = "SignedIn")]
    async fn revoke_session(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let viewer = ctx.viewer()?;
        let session = parse_id("id", &id)?;
        ctx.data::<Sessions>()?
            .revoke(viewer.user_id, session)
            .await
            .map_err(AppError::from)?;
        Ok(true)
    }

    /// Changes the viewer's password (after checking the current one) and
    /// signs out every other session; returns how many were signed out.
    #[graphql(guard = "SignedIn")]
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current_password: String,
        new_password: String,
    ) -> Result<u64> {
        let viewer = ctx.viewer()?;
        Ok(ctx
            .data::<Accounts>()?
            .change_password(
                viewer.user_id,
                viewer.session_id,
                &current_password,
                &new_password,
            )
            .await
            .map_err(AppError::from)?)
    }
}
