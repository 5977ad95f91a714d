//! The messaging subgraph: direct messages, group conversations and the
//! chat of CHAT spaces.
//!
//! It owns `Conversation` and `Message` and contributes
//! `Space.conversation`. Who may read and write a space chat is asked of
//! the communities subgraph through the access client; who may start a
//! conversation with whom follows identity's privacy settings and blocks,
//! which messaging keeps a copy of from identity's events. Attachments are
//! registered with the media subgraph, which serves them to the
//! conversation's people. Live changes go out on pub/sub for the realtime
//! edge; durable ones on the event bus.
//!
//! - [`service`]: the rules.
//! - [`graphql`]: the schema's resolvers.

pub mod entity;
pub mod graphql;
pub mod internal;
pub mod service;

use async_graphql::{
    EmptySubscription, SDLExportOptions, Schema, SchemaBuilder, dataloader::DataLoader,
};
use axum::Router;
use sea_orm::DatabaseConnection;
use stunxt_platform::{
    access::AccessClient,
    events::ConsumerHandle,
    media::MediaClient,
    memberships,
    runtime::Runtime,
    server::{self, HttpOptions},
};
use tokio::net::TcpListener;

pub use graphql::{Mutation, Query};
use service::Messaging;

/// The subgraph's name in `supergraph.yaml`, logs and metrics.
pub const NAME: &str = "messaging";

/// The messaging schema type.
pub type MessagingSchema = Schema<Query, Mutation, EmptySubscription>;

/// What the messaging subgraph runs on.
#[derive(Clone)]
pub struct State {
    /// The messaging database.
    pub db: DatabaseConnection,
    /// The service.
    pub messaging: Messaging,
}

impl State {
    /// The state over `db`, asking `access` about space chats and attaching
    /// media through `media`.
    pub fn new(
        runtime: &Runtime,
        db: DatabaseConnection,
        access: AccessClient,
        media: Option<MediaClient>,
    ) -> Self {
        let messaging = Messaging::new(
            db.clone(),
            access,
            media,
            runtime.limiter.clone(),
            runtime.pubsub.clone(),
            runtime.config.messaging.clone(),
        );
        Self { db, messaging }
    }
}

fn builder() -> SchemaBuilder<Query, Mutation, EmptySubscription> {
    Schema::build(Query, Mutation, EmptySubscription).enable_federation()
}

/// The schema with its data and request limits.
pub fn schema(state: &State, runtime: &Runtime) -> MessagingSchema {
    let messaging = state.messaging.clone();
    server::limit_schema(builder(), &runtime.config.server)
        .data(DataLoader::new(
            graphql::ReactionsLoader(messaging.clone()),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            graphql::ViewerReactionsLoader(messaging.clone()),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            graphql::SeenByLoader(messaging.clone()),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            graphql::ThreadParticipantsLoader(messaging.clone()),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            graphql::RevisionsLoader(messaging.clone()),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            graphql::ParticipantsLoader(messaging.clone()),
            tokio::spawn,
        ))
        .data(messaging)
        .finish()
}

/// The federation SDL of this subgraph.
pub fn sdl() -> String {
    builder()
        .finish()
        .sdl_with_options(SDLExportOptions::new().federation())
}

/// The HTTP app: `/graphql`, health, metrics, and the internal access
/// endpoint realtime asks.
pub fn router(state: &State, runtime: &Runtime) -> Router {
    let options = HttpOptions::new(NAME, runtime, state.db.clone());
    let internal = internal::router(state.messaging.clone(), &runtime.service_token);
    server::router(schema(state, runtime), options, internal)
}

/// Keeps messaging's copies of privacy settings, blocks and community
/// memberships from identity's and communities' events.
pub async fn consume_people_events(
    runtime: &Runtime,
    db: &DatabaseConnection,
) -> anyhow::Result<ConsumerHandle> {
    let topics: Vec<&str> = service::people::IDENTITY_TOPICS
        .iter()
        .chain(memberships::TOPICS)
        .copied()
        .collect();
    let handler = stunxt_platform::events::idempotent(|txn, event| {
        Box::pin(async move { Ok(service::people::apply(txn, event).await?) })
    });
    Ok(runtime
        .bus
        .subscribe("messaging-people", &topics, db, handler, &runtime.shutdown)
        .await?)
}

/// Runs the subgraph on `listener`, with its consumer, until the runtime
/// shuts down.
pub async fn serve(runtime: Runtime, listener: TcpListener) -> anyhow::Result<()> {
    let db = stunxt_platform::db::prepare::<stunxt_migrations::messaging::Migrator>(
        &runtime.config.database,
        NAME,
    )
    .await?;
    let access = AccessClient::for_runtime(&runtime).await?;
    let media = runtime
        .subgraph_url("media")
        .ok()
        .map(|url| MediaClient::new(&url, runtime.service_token.clone()));
    let _people = consume_people_events(&runtime, &db).await?;
    let state = State::new(&runtime, db.clone(), access, media);
    let app = router(&state, &runtime);
    server::run_subgraph(&runtime, listener, app, db).await
}
