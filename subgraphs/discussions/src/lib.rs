//! The discussions subgraph: posts, threaded comments and reactions in a
//! community's POSTS spaces.
//!
//! It owns `Post` and `Comment` and contributes `Space.posts` and
//! `Space.pinnedPosts`. Who may read, post, comment and moderate is asked
//! of the communities subgraph through the access client; attachments are
//! registered with the media subgraph, which then serves them to whoever
//! may read the space.
//!
//! - [`service`]: the rules and the scheduled-publishing job.
//! - [`graphql`]: the schema's resolvers.

pub mod entity;
pub mod graphql;
pub mod service;

use async_graphql::{
    EmptySubscription, SDLExportOptions, Schema, SchemaBuilder, dataloader::DataLoader,
};
use axum::Router;
use sea_orm::DatabaseConnection;
use stunxt_platform::{
    access::AccessClient,
    media::MediaClient,
    runtime::Runtime,
    server::{self, HttpOptions},
};
use tokio::{net::TcpListener, task::JoinHandle};

pub use graphql::{Mutation, Query};
use service::Discussions;

/// The subgraph's name in `supergraph.yaml`, logs and metrics.
pub const NAME: &str = "discussions";

/// The discussions schema type.
pub type DiscussionsSchema = Schema<Query, Mutation, EmptySubscription>;

/// What the discussions subgraph runs on.
#[derive(Clone)]
pub struct State {
    /// The discussions database.
    pub db: DatabaseConnection,
    /// The service.
    pub discussions: Discussions,
}

impl State {
    /// The state over `db`, asking `access` about permissions and
    /// attaching media through `media`.
    pub fn new(
        runtime: &Runtime,
        db: DatabaseConnection,
        access: AccessClient,
        media: Option<MediaClient>,
    ) -> Self {
        let discussions = Discussions::new(
            db.clone(),
            access,
            media,
            runtime.limiter.clone(),
            runtime.config.discussions.clone(),
        );
        Self { db, discussions }
    }
}

fn builder() -> SchemaBuilder<Query, Mutation, EmptySubscription> {
    Schema::build(Query, Mutation, EmptySubscription).enable_federation()
}

/// The schema with its data and request limits.
pub fn schema(state: &State, runtime: &Runtime) -> DiscussionsSchema {
    let discussions = state.discussions.clone();
    server::limit_schema(builder(), &runtime.config.server)
        .data(DataLoader::new(
            graphql::ReactionCountsLoader(discussions.clone()),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            graphql::ViewerReactionsLoader(discussions.clone()),
            tokio::spawn,
        ))
        .data(DataLoader::new(
            graphql::MarksLoader(discussions.clone()),
            tokio::spawn,
        ))
        .data(discussions)
        .finish()
}

/// The federation SDL of this subgraph.
pub fn sdl() -> String {
    builder()
        .finish()
        .sdl_with_options(SDLExportOptions::new().federation())
}

/// The HTTP app: `/graphql`, health and metrics.
pub fn router(state: &State, runtime: &Runtime) -> Router {
    let options = HttpOptions::new(NAME, runtime, state.db.clone());
    server::router(schema(state, runtime), options, Router::new())
}

/// Starts the scheduled-publishing job; it stops with the runtime.
pub fn spawn_jobs(state: &State, runtime: &Runtime) -> JoinHandle<()> {
    tokio::spawn(
        state
            .discussions
            .clone()
            .run_publisher(runtime.shutdown.clone()),
    )
}

/// Runs the subgraph on `listener`, with its job, until the runtime shuts
/// down.
pub async fn serve(runtime: Runtime, listener: TcpListener) -> anyhow::Result<()> {
    let db = stunxt_platform::db::prepare::<stunxt_migrations::discussions::Migrator>(
        &runtime.config.database,
        NAME,
    )
    .await?;
    let access = AccessClient::for_runtime(&runtime).await?;
    let media = runtime
        .subgraph_url("media")
        .ok()
        .map(|url| MediaClient::new(&url, runtime.service_token.clone()));
    let state = State::new(&runtime, db.clone(), access, media);
    let _job = spawn_jobs(&state, &runtime);
    let app = router(&state, &runtime);
    server::run_subgraph(&runtime, listener, app, db).await
}
