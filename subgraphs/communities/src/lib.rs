//! The communities subgraph: communities and their members.
//!
//! It owns `Community` and `Space` and contributes `User.communities` and
//! `User.memberships` to the identity-owned `User` entity: communities
//! with visibility, join policy, branding and settings; spaces in groups;
//! members with built-in and custom roles; bans and the moderation log;
//! invitations and join requests; and the access checks every other
//! subgraph asks it for ([`service::policy`], [`service::access`]).
//!
//! - [`entity`]: SeaORM models of the communities tables.
//! - [`service`]: community rules, free of GraphQL.
//! - [`graphql`]: the schema's resolvers.

pub mod entity;
pub mod error;
pub mod graphql;
pub mod internal;
pub mod service;

use async_graphql::{
    EmptySubscription, SDLExportOptions, Schema, SchemaBuilder, dataloader::DataLoader,
};
use axum::Router;
use sea_orm::DatabaseConnection;
use stunxt_platform::{
    runtime::Runtime,
    server::{self, HttpOptions},
};
use tokio::net::TcpListener;

pub use graphql::{Mutation, Query};

/// The subgraph's name in `supergraph.yaml`, logs and metrics.
pub const NAME: &str = "communities";

/// The communities schema type.
pub type CommunitiesSchema = Schema<Query, Mutation, EmptySubscription>;

/// What the communities resolvers need.
#[derive(Clone)]
pub struct State {
    /// The communities database.
    pub db: DatabaseConnection,
}

fn builder() -> SchemaBuilder<Query, Mutation, EmptySubscription> {
    Schema::build(Query, Mutation, EmptySubscription).enable_federation()
}

/// The schema with its data and request limits.
pub fn schema(state: State, runtime: &Runtime) -> CommunitiesSchema {
    let communities = service::communities::Communities::new(state.db.clone());
    server::limit_schema(builder(), &runtime.config.server)
        .data(communities.access().clone())
        .data(service::members::Members::new(state.db.clone()))
        .data(service::spaces::Spaces::new(state.db.clone()))
        .data(service::invitations::Invitations::new(
            state.db.clone(),
            runtime.mailer.clone(),
            runtime.limiter.clone(),
        ))
        .data(DataLoader::new(
            graphql::UserCommunitiesLoader(communities.clone()),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            graphql::MemberCountLoader(communities.clone()),
            tokio::spawn,
        ))
        .data(communities)
        .finish()
}

/// The federation SDL of this subgraph.
pub fn sdl() -> String {
    builder()
        .finish()
        .sdl_with_options(SDLExportOptions::new().federation())
}

/// Connects and migrates the communities database of `runtime`.
pub async fn state(runtime: &Runtime) -> anyhow::Result<State> {
    let db = stunxt_platform::db::prepare::<stunxt_migrations::communities::Migrator>(
        &runtime.config.database,
        NAME,
    )
    .await?;
    Ok(State { db })
}

/// The HTTP app: `/graphql`, health and metrics.
/// The HTTP app: `/graphql`, health, metrics and the internal access
/// check (`/internal/access`, service token only).
pub fn router(state: State, runtime: &Runtime) -> Router {
    let options = HttpOptions::new(NAME, runtime, state.db.clone());
    let internal = internal::routes(
        service::access::Access::new(state.db.clone()),
        &runtime.service_token,
    );
    server::router(schema(state, runtime), options, internal)
}

/// Runs the subgraph on `listener`, relaying its outbox to the event bus,
/// until the runtime shuts down.
/// The identity events the people directory is kept from.
pub const IDENTITY_TOPICS: &[&str] = &[
    "identity.user.registered",
    "identity.user.updated",
    "identity.user.verified",
    "identity.user.deleted",
];

/// Consumes identity's events into the people directory (names for member
/// search, verified flags for communities that require them).
pub async fn consume_identity_events(
    runtime: &Runtime,
    db: &DatabaseConnection,
) -> anyhow::Result<stunxt_platform::events::ConsumerHandle> {
    let handler = stunxt_platform::events::idempotent(|txn, event| {
        Box::pin(service::members::apply_identity_event(txn, event))
    });
    Ok(runtime
        .bus
        .subscribe(
            "communities-people",
            IDENTITY_TOPICS,
            db,
            handler,
            &runtime.shutdown,
        )
        .await?)
}

/// The events of other subgraphs' moderators, kept in the mod log.
pub const MODERATION_TOPICS: &[&str] = &["discussions.content.moderated"];

/// Consumes other subgraphs' moderation events into the community's mod
/// log.
pub async fn consume_moderation_events(
    runtime: &Runtime,
    db: &DatabaseConnection,
) -> anyhow::Result<stunxt_platform::events::ConsumerHandle> {
    let handler = stunxt_platform::events::idempotent(|txn, event| {
        Box::pin(service::log::apply_content_event(txn, event))
    });
    Ok(runtime
        .bus
        .subscribe(
            "communities-mod-log",
            MODERATION_TOPICS,
            db,
            handler,
            &runtime.shutdown,
        )
        .await?)
}

pub async fn serve(runtime: Runtime, listener: TcpListener) -> anyhow::Result<()> {
    let state = state(&runtime).await?;
    let db = state.db.clone();
    let _people = consume_identity_events(&runtime, &db).await?;
    let _moderation = consume_moderation_events(&runtime, &db).await?;
    let _access = internal::publish_access_changes(&runtime, &db).await?;
    let app = router(state, &runtime);
    server::run_subgraph(&runtime, listener, app, db).await
}
