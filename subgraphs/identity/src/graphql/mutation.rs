//! identity's mutations.

use async_graphql::{Context, Object, Result};
use stunxt_platform::AppError;
use stunxt_platform::server::RequestInfo;

use super::types::{AuthPayload, LoginInput, RegisterInput};
use crate::service::accounts::{Accounts, NewAccount};

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
}
