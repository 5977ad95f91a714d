//! The notifications subgraph: turns domain events into notifications for
//! the right people, once, on the right channels, at the right time.
//!
//! It consumes identity's, communities', discussions' and messaging's
//! events (idempotently: a replayed event changes nothing), keeps the
//! copies it decides with (people, community names and brands, post
//! followers, memberships), stores in-app notifications (aggregated while
//! unread) with a delivery log per channel, announces them live on the
//! person's realtime channel, and leaves email (held a few minutes, and
//! dropped if seen) and push (Expo) to its delivery worker.
//!
//! - [`service`]: the rules.
//! - [`graphql`]: the schema.

pub mod entity;
pub mod graphql;
pub mod service;

use std::sync::{Arc, Mutex, PoisonError};

use async_graphql::{EmptySubscription, SDLExportOptions, Schema, SchemaBuilder};
use axum::Router;
use base64::Engine;
use chrono::Utc;
use sea_orm::DatabaseConnection;
use secrecy::ExposeSecret;
use stunxt_platform::{
    access::AccessClient,
    events::{ConsumerHandle, Delivery, EventEnvelope, apply_once},
    mail::Mailer,
    presence::PresenceClient,
    runtime::Runtime,
    server::{self, HttpOptions},
};
use tokio::net::TcpListener;

pub use graphql::{Mutation, Query};
use service::{Notifications, push::PushClient, sources, unsubscribe::Links};

/// The subgraph's name in `supergraph.yaml`, logs and metrics.
pub const NAME: &str = "notifications";

/// The notifications schema type.
pub type NotificationsSchema = Schema<Query, Mutation, EmptySubscription>;

/// What the notifications subgraph runs on.
#[derive(Clone)]
pub struct State {
    /// The service.
    pub notifications: Notifications,
}

impl State {
    /// The state over `db`, asking `access` who may read what and
    /// `presence` (when given) who is online; unsubscribe links point at
    /// `public_url` (where mail clients reach this subgraph).
    pub fn new(
        runtime: &Runtime,
        db: DatabaseConnection,
        access: AccessClient,
        presence: Option<PresenceClient>,
        public_url: &str,
    ) -> anyhow::Result<Self> {
        let config = &runtime.config;
        let key = match &config.notifications.unsubscribe_key {
            Some(key) => key.expose_secret().to_owned(),
            None => stunxt_platform::auth::shared_secret_file(
                &config
                    .database
                    .data_dir
                    .join("keys")
                    .join("notifications-unsubscribe"),
            )?
            .expose_secret()
            .to_owned(),
        };
        let key: [u8; 32] = base64::engine::general_purpose::STANDARD
            .decode(key.trim())
            .ok()
            .and_then(|k| k.try_into().ok())
            .unwrap_or_else(|| {
                use sha2::Digest;
                sha2::Sha256::digest(key.as_bytes()).into()
            });
        let base = config
            .notifications
            .public_url
            .as_deref()
            .unwrap_or(public_url);
        Ok(Self {
            notifications: Notifications {
                db,
                access,
                presence,
                pubsub: runtime.pubsub.clone(),
                mailer: Mailer::from_config(config)?,
                push: PushClient::new(
                    &config.notifications.push_url,
                    config.notifications.push_access_token.clone(),
                ),
                links: Links::new(key, base),
                config: Arc::new(config.notifications.clone()),
            },
        })
    }
}

fn builder() -> SchemaBuilder<Query, Mutation, EmptySubscription> {
    Schema::build(Query, Mutation, EmptySubscription).enable_federation()
}

/// The schema with its data and request limits.
pub fn schema(state: &State, runtime: &Runtime) -> NotificationsSchema {
    server::limit_schema(builder(), &runtime.config.server)
        .data(state.notifications.clone())
        .finish()
}

/// The federation SDL of this subgraph.
pub fn sdl() -> String {
    builder()
        .finish()
        .sdl_with_options(SDLExportOptions::new().federation())
}

/// The HTTP app: `/graphql`, health, metrics, and the one-click
/// unsubscribe page mail links open.
pub fn router(state: &State, runtime: &Runtime) -> Router {
    let options = HttpOptions::new(NAME, runtime, state.notifications.db.clone());
    let extra = service::unsubscribe::routes(state.notifications.clone());
    server::router(schema(state, runtime), options, extra)
}

/// Applies one event for `consumer` (once: its id is recorded in the same
/// transaction as what it makes), then announces what it made, live.
/// Whether it was applied now (`false`: it was before).
pub async fn handle(
    service: &Notifications,
    consumer: &str,
    event: &EventEnvelope,
) -> anyhow::Result<bool> {
    let touched = Arc::new(Mutex::new(Vec::new()));
    let (sink, inner) = (touched.clone(), service.clone());
    let applied = apply_once(&service.db, consumer, event, move |txn, event| {
        Box::pin(async move {
            let now = Utc::now();
            for intent in sources::intents(&inner, txn, event).await? {
                let stored = inner.store(txn, intent, now).await?;
                sink.lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .extend(stored);
            }
            Ok(())
        })
    })
    .await?;
    let touched = std::mem::take(&mut *touched.lock().unwrap_or_else(PoisonError::into_inner));
    if !touched.is_empty() {
        // Live only: the list is the record, so the next event need not
        // wait for thousands of announcements.
        let service = service.clone();
        tokio::spawn(async move { service.announce(&touched).await });
    }
    Ok(applied)
}

/// Turns the domains' events on the bus into notifications.
pub async fn consume_events(
    runtime: &Runtime,
    notifications: &Notifications,
) -> anyhow::Result<ConsumerHandle> {
    let service = notifications.clone();
    let handler = move |delivery: Delivery| {
        let service = service.clone();
        async move {
            handle(&service, &delivery.consumer, &delivery.event).await?;
            Ok(())
        }
    };
    Ok(runtime
        .bus
        .subscribe(
            NAME,
            sources::TOPICS,
            &notifications.db,
            handler,
            &runtime.shutdown,
        )
        .await?)
}

/// Runs the subgraph on `listener`, with its consumer and delivery worker,
/// until the runtime shuts down.
pub async fn serve(runtime: Runtime, listener: TcpListener) -> anyhow::Result<()> {
    let db = stunxt_platform::db::prepare::<stunxt_migrations::notifications::Migrator>(
        &runtime.config.database,
        NAME,
    )
    .await?;
    let access = AccessClient::for_runtime(&runtime).await?;
    let presence = runtime
        .subgraph_url("realtime")
        .ok()
        .map(|url| PresenceClient::new(&url, runtime.service_token.clone()));
    let public_url = match runtime.subgraph_url(NAME) {
        Ok(url) => url,
        Err(_) => format!("http://{}", listener.local_addr()?),
    };
    let state = State::new(&runtime, db.clone(), access, presence, &public_url)?;
    let _events = consume_events(&runtime, &state.notifications).await?;
    tokio::spawn(
        state
            .notifications
            .clone()
            .run_worker(runtime.shutdown.clone()),
    );
    let app = router(&state, &runtime);
    server::run_subgraph(&runtime, listener, app, db).await
}
