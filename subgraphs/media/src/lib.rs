//! The media subgraph: uploads, images and files for every other domain.
//!
//! It owns `MediaAsset`; other subgraphs store only an asset's id and the
//! router resolves the rest here. Clients upload straight to storage with
//! presigned URLs and then `completeUpload`; the bytes are checked (size,
//! type by magic bytes), images rendered in the background (variants
//! without metadata, a BlurHash placeholder), and downloads go through
//! signed, expiring links readable by whoever may read what the asset is
//! attached to.
//!
//! - [`storage`]: local files or an S3-compatible bucket, behind one trait.
//! - [`imaging`]: decoding within limits, variants, placeholders.
//! - [`sniff`]: file types from magic bytes.
//! - [`service`]: the rules; the processing and cleanup jobs.
//! - [`graphql`]: the schema's resolvers.
//! - [`internal`]: the endpoint other subgraphs attach media through.

pub mod entity;
pub mod graphql;
pub mod imaging;
pub mod internal;
pub mod service;
pub mod sniff;
pub mod storage;

use std::sync::Arc;

use async_graphql::{
    EmptySubscription, SDLExportOptions, Schema, SchemaBuilder, dataloader::DataLoader,
};
use axum::Router;
use sea_orm::DatabaseConnection;
use stunxt_platform::{
    access::AccessClient,
    config::{StorageKind, decode_key},
    runtime::Runtime,
    server::{self, HttpOptions},
};
use tokio::{net::TcpListener, task::JoinHandle};

pub use graphql::{Mutation, Query};
use service::Media;
use storage::{
    Storage,
    local::{LocalStorage, UrlSigner},
    s3::S3Storage,
};

/// The subgraph's name in `supergraph.yaml`, logs and metrics.
pub const NAME: &str = "media";

/// The media schema type.
pub type MediaSchema = Schema<Query, Mutation, EmptySubscription>;

/// What the media subgraph runs on.
#[derive(Clone)]
pub struct State {
    /// The media database.
    pub db: DatabaseConnection,
    /// The service.
    pub media: Media,
    /// The local storage, whose upload and download routes the subgraph
    /// serves (none with S3).
    pub local: Option<Arc<LocalStorage>>,
}

impl State {
    /// The state over `db` and `storage`, with `access` answering for
    /// community parents.
    pub fn new(
        runtime: &Runtime,
        db: DatabaseConnection,
        storage: Arc<dyn Storage>,
        local: Option<Arc<LocalStorage>>,
        access: AccessClient,
    ) -> Self {
        let media = Media::new(
            db.clone(),
            storage,
            runtime.config.media.clone(),
            runtime.limiter.clone(),
            access,
        );
        Self { db, media, local }
    }
}

/// A storage backend, and the same as local storage when it is one.
pub type Backend = (Arc<dyn Storage>, Option<Arc<LocalStorage>>);

/// The storage `media.storage` configures; `public_url` is where clients
/// reach this subgraph's `/media/…` routes (local storage).
pub fn storage(runtime: &Runtime, public_url: &str) -> anyhow::Result<Backend> {
    let config = &runtime.config;
    match config.media.storage {
        StorageKind::S3 => Ok((Arc::new(S3Storage::new(&config.media.s3)?), None)),
        StorageKind::Local => {
            let key = match &config.media.url_key {
                Some(key) => secrecy::ExposeSecret::expose_secret(key).to_owned(),
                None => secrecy::ExposeSecret::expose_secret(
                    &stunxt_platform::auth::shared_secret_file(
                        &config.database.data_dir.join("keys").join("media-url-key"),
                    )?,
                )
                .to_owned(),
            };
            let key = decode_key(&key).unwrap_or_else(|| {
                use sha2::Digest;
                sha2::Sha256::digest(key.as_bytes()).into()
            });
            let dir = config
                .media
                .dir
                .clone()
                .unwrap_or_else(|| config.database.data_dir.join("media"));
            let base = config.media.public_url.as_deref().unwrap_or(public_url);
            let local = Arc::new(LocalStorage::new(dir, UrlSigner::new(key, base)));
            Ok((local.clone(), Some(local)))
        }
    }
}

fn builder() -> SchemaBuilder<Query, Mutation, EmptySubscription> {
    Schema::build(Query, Mutation, EmptySubscription).enable_federation()
}

/// The schema with its data and request limits.
pub fn schema(state: &State, runtime: &Runtime) -> MediaSchema {
    server::limit_schema(builder(), &runtime.config.server)
        .data(DataLoader::new(
            graphql::VariantsLoader(state.media.clone()),
            tokio::spawn,
        ))
        .data(state.media.clone())
        .finish()
}

/// The federation SDL of this subgraph.
pub fn sdl() -> String {
    builder()
        .finish()
        .sdl_with_options(SDLExportOptions::new().federation())
}

/// The HTTP app: `/graphql`, health, metrics, the local storage's upload
/// and download routes, and the internal attachment endpoint.
pub fn router(state: &State, runtime: &Runtime) -> Router {
    let options = HttpOptions::new(NAME, runtime, state.db.clone());
    let mut extra = internal::routes(state.media.clone(), &runtime.service_token);
    if let Some(local) = &state.local {
        extra = extra.merge(local.clone().routes());
    }
    server::router(schema(state, runtime), options, extra)
}

/// Starts the processing and cleanup jobs; they stop with the runtime.
pub fn spawn_jobs(state: &State, runtime: &Runtime) -> Vec<JoinHandle<()>> {
    vec![
        tokio::spawn(state.media.clone().run_processor(runtime.shutdown.clone())),
        tokio::spawn(state.media.clone().run_cleanup(runtime.shutdown.clone())),
    ]
}

/// Runs the subgraph on `listener`, with its jobs, until the runtime shuts
/// down.
pub async fn serve(runtime: Runtime, listener: TcpListener) -> anyhow::Result<()> {
    let db = stunxt_platform::db::prepare::<stunxt_migrations::media::Migrator>(
        &runtime.config.database,
        NAME,
    )
    .await?;
    let public_url = format!("http://{}", listener.local_addr()?);
    let (storage, local) = storage(&runtime, &public_url)?;
    let access = AccessClient::for_runtime(&runtime).await?;
    let state = State::new(&runtime, db.clone(), storage, local, access);
    let _jobs = spawn_jobs(&state, &runtime);
    let app = router(&state, &runtime);
    server::run_subgraph(&runtime, listener, app, db).await
}
