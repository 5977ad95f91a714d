//! The identity subgraph: users, their credentials and sessions.
//!
//! It owns the `User` entity (`@key(fields: "id")`) that every other
//! subgraph extends, registers users and signs them in, and issues the
//! access tokens every subgraph verifies (its public keys are served at
//! `/.well-known/jwks.json`).
//!
//! - [`entity`]: SeaORM models of the identity tables.
//! - [`service`]: account rules (registration, sign-in, lookups), free of
//!   GraphQL.
//! - [`graphql`]: the schema's resolvers.

pub mod entity;
pub mod error;
pub mod graphql;
pub mod service;

use std::sync::Arc;

use async_graphql::{EmptySubscription, SDLExportOptions, Schema, SchemaBuilder};
use axum::{Json, Router, routing::get};
use sea_orm::DatabaseConnection;
use stunxt_platform::{
    auth::TokenSigner,
    memberships,
    runtime::Runtime,
    server::{self, HttpOptions},
};
use tokio::net::TcpListener;

pub use graphql::{Mutation, Query};

/// The subgraph's name in `supergraph.yaml`, logs and metrics.
pub const NAME: &str = "identity";

/// The identity schema type.
pub type IdentitySchema = Schema<Query, Mutation, EmptySubscription>;

/// What identity's resolvers need.
#[derive(Clone)]
pub struct State {
    /// The identity database.
    pub db: DatabaseConnection,
    /// Signs access tokens.
    pub signer: Arc<TokenSigner>,
}

fn builder() -> SchemaBuilder<Query, Mutation, EmptySubscription> {
    Schema::build(Query, Mutation, EmptySubscription).enable_federation()
}

/// The schema with its data and request limits.
///
/// # Panics
/// If the passkey settings are invalid, which config validation refuses
/// at start.
pub fn schema(state: State, runtime: &Runtime) -> IdentitySchema {
    let sessions = service::sessions::Sessions::new(state.db.clone(), state.signer.clone())
        .with_staff(&runtime.config.identity.staff_emails);
    let accounts = service::accounts::Accounts::new(
        state.db.clone(),
        sessions.clone(),
        runtime.limiter.clone(),
        runtime.mailer.clone(),
    )
    .with_limits(runtime.config.identity.clone())
    .with_secrets_key(&secrets_key(runtime));
    #[allow(clippy::expect_used)]
    let passkeys = service::passkeys::Passkeys::new(
        state.db.clone(),
        sessions.clone(),
        &runtime.config,
        state.signer.derive_secret("passkey-decoy"),
    )
    .expect("passkey settings are checked when the configuration loads");
    #[allow(clippy::expect_used)]
    let social = service::social::Social::new(
        state.db.clone(),
        sessions.clone(),
        accounts.mfa().clone(),
        &runtime.config,
    )
    .expect("an HTTP client for sign-in providers");
    server::limit_schema(builder(), &runtime.config.server)
        .data(passkeys)
        .data(social)
        .data(async_graphql::dataloader::DataLoader::new(
            graphql::UserLoader(accounts.clone()),
            tokio::spawn,
        ))
        .data(accounts.mfa().clone())
        .data(accounts)
        .data(sessions)
        .data(service::profiles::Profiles::new(state.db.clone()))
        .finish()
}

/// The key TOTP secrets are sealed with: `identity.secrets_key`, or one
/// kept in `<data_dir>/keys/identity-secrets`.
///
/// # Panics
/// If the key file cannot be read or written (the data directory is
/// unusable; start-up fails earlier for that).
fn secrets_key(runtime: &Runtime) -> [u8; 32] {
    use secrecy::ExposeSecret;
    use stunxt_platform::config::decode_key;
    let configured = runtime.config.identity.secrets_key.clone();
    #[allow(clippy::expect_used)]
    let text = configured.unwrap_or_else(|| {
        stunxt_platform::auth::shared_secret_file(
            &runtime
                .config
                .database
                .data_dir
                .join("keys")
                .join("identity-secrets"),
        )
        .expect("the identity secrets key file")
    });
    #[allow(clippy::expect_used)]
    decode_key(text.expose_secret())
        .expect("identity.secrets_key is checked when the configuration loads")
}

/// The federation SDL of this subgraph.
pub fn sdl() -> String {
    builder()
        .finish()
        .sdl_with_options(SDLExportOptions::new().federation())
}

/// Connects and migrates the identity database of `runtime`.
pub async fn state(runtime: &Runtime) -> anyhow::Result<State> {
    let db = stunxt_platform::db::prepare::<stunxt_migrations::identity::Migrator>(
        &runtime.config.database,
        NAME,
    )
    .await?;
    Ok(State {
        db,
        signer: runtime.require_signer()?,
    })
}

/// The HTTP app: `/graphql`, health, metrics and `/.well-known/jwks.json`.
pub fn router(state: State, runtime: &Runtime) -> Router {
    // Computed per request: retired keys drop out once their tokens expire.
    let signer = state.signer.clone();
    let extra = Router::new().route(
        "/.well-known/jwks.json",
        get(move || {
            let jwks = signer.jwks();
            async move { Json(jwks) }
        }),
    );
    let options = HttpOptions::new(NAME, runtime, state.db.clone());
    server::router(schema(state, runtime), options, extra)
}

/// Keeps which users share a community from the communities subgraph's
/// events (for profiles visible to community members).
pub async fn consume_community_events(
    runtime: &Runtime,
    db: &DatabaseConnection,
) -> anyhow::Result<stunxt_platform::events::ConsumerHandle> {
    let handler = stunxt_platform::events::idempotent(|txn, event| {
        Box::pin(async move { Ok(memberships::apply(txn, event).await?) })
    });
    Ok(runtime
        .bus
        .subscribe(
            "identity-community-members",
            memberships::TOPICS,
            db,
            handler,
            &runtime.shutdown,
        )
        .await?)
}

/// Runs the subgraph on `listener`, relaying its outbox to the event bus,
/// until the runtime shuts down.
pub async fn serve(runtime: Runtime, listener: TcpListener) -> anyhow::Result<()> {
    let state = state(&runtime).await?;
    let db = state.db.clone();
    let _memberships = consume_community_events(&runtime, &db).await?;
    let app = router(state, &runtime);
    server::run_subgraph(&runtime, listener, app, db).await
}
