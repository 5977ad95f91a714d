//! The realtime subgraph: the WebSocket edge every live event reaches
//! clients through (the unlicensed Apollo Router carries no
//! subscriptions).
//!
//! It holds the federated `Subscription` root (`messageEvents`,
//! `conversationEvents`, `typing`, `presence`, `userEvents`), the
//! `setTyping` and `setPresence` mutations, and contributes
//! `User.presence`. Other subgraphs publish on pub/sub (Redis when
//! configured, so every instance hears every change with one publish);
//! realtime checks access when a subscription starts and on every delivery.
//!
//! - [`socket`]: the GraphQL-over-WebSocket protocols and their close codes.
//! - [`delivery`]: the threads the sockets run on.
//! - [`graphql`]: the schema.
//! - [`hub`]: access checks, typing signals, settings copied from identity.
//! - [`presence`]: who is online.
//! - [`internal`]: the presence lookup other subgraphs ask (service token).

pub mod delivery;
pub mod entity;
pub mod feed;
pub mod graphql;
pub mod hub;
pub mod internal;
pub mod presence;
pub mod socket;

use std::{sync::Arc, time::Duration};

use async_graphql::{SDLExportOptions, Schema, SchemaBuilder};
use axum::{
    Router,
    extract::{FromRequestParts, Request, ws::WebSocketUpgrade},
    http::{Method, header},
    middleware::{self, Next},
    response::Response,
};
use sea_orm::DatabaseConnection;
use secrecy::ExposeSecret;
use stunxt_platform::{
    access::AccessClient,
    auth::TokenVerifier,
    conversations::ConversationClient,
    events::ConsumerHandle,
    runtime::Runtime,
    server::{self, HttpOptions},
};
use tokio::net::TcpListener;

pub use graphql::{Mutation, Query, SubscriptionRoot};
use hub::{Hub, Limits};
use presence::Presence;
use socket::Dialect;

/// The subgraph's name in `supergraph.yaml`, logs and metrics.
pub const NAME: &str = "realtime";

/// The realtime schema type.
pub type RealtimeSchema = Schema<Query, Mutation, SubscriptionRoot>;

/// What the realtime subgraph runs on.
#[derive(Clone)]
pub struct State {
    /// The realtime database.
    pub db: DatabaseConnection,
    /// Pub/sub, presence and access checks.
    pub hub: Hub,
}

impl State {
    /// The state over `db`, asking `conversations` (messaging) and
    /// `access` (communities) who may follow what.
    pub async fn new(
        runtime: &Runtime,
        db: DatabaseConnection,
        conversations: ConversationClient,
        access: AccessClient,
    ) -> anyhow::Result<Self> {
        let config = &runtime.config.realtime;
        let limits = Limits {
            subscriptions_per_connection: config.subscriptions_per_connection,
            connections_per_user: config.connections_per_user,
            typing_ttl: Duration::from_secs(config.typing_ttl_secs),
            init_timeout: Duration::from_secs(config.init_timeout_secs),
            heartbeat: Duration::from_secs(config.heartbeat_secs),
        };
        let ttl = limits.heartbeat * 3;
        let presence = match &runtime.config.redis.url {
            Some(url) => {
                Presence::redis(
                    url.expose_secret(),
                    &runtime.config.redis.key_prefix,
                    runtime.pubsub.clone(),
                    ttl,
                )
                .await?
            }
            None => Presence::in_memory(runtime.pubsub.clone(), ttl),
        };
        Ok(Self {
            db: db.clone(),
            hub: Hub {
                pubsub: runtime.pubsub.clone(),
                feeds: feed::Feeds::new(runtime.pubsub.clone()),
                presence,
                conversations,
                access,
                db,
                limits: Arc::new(limits),
                delivery: delivery::runtime(config.delivery_threads)?,
            },
        })
    }
}

fn builder() -> SchemaBuilder<Query, Mutation, SubscriptionRoot> {
    Schema::build(Query, Mutation, SubscriptionRoot)
        .enable_federation()
        .enable_subscription_in_federation()
}

/// The schema with its data and request limits.
pub fn schema(state: &State, runtime: &Runtime) -> RealtimeSchema {
    server::limit_schema(builder(), &runtime.config.server)
        .data(state.hub.clone())
        .finish()
}

/// The federation SDL of this subgraph, `Subscription` included.
pub fn sdl() -> String {
    builder()
        .finish()
        .sdl_with_options(SDLExportOptions::new().federation())
}

/// The HTTP app: `/graphql` (queries and mutations over HTTP; a WebSocket
/// upgrade on the same path for subscriptions), health, metrics, and the
/// internal presence lookup.
pub fn router(state: &State, runtime: &Runtime) -> Router {
    let schema = schema(state, runtime);
    let options = HttpOptions::new(NAME, runtime, state.db.clone());
    let (hub, verifier) = (state.hub.clone(), runtime.verifier.clone());
    let ws_schema = schema.clone();
    let internal = internal::router(state.hub.presence.clone(), &runtime.service_token);
    server::router(schema, options, internal).layer(middleware::from_fn(
        move |request: Request, next: Next| {
            let (schema, hub, verifier) = (ws_schema.clone(), hub.clone(), verifier.clone());
            async move { upgrade_or_pass(request, next, schema, hub, verifier).await }
        },
    ))
}

/// Hands a WebSocket upgrade of `GET /graphql` to [`socket::serve`]; any
/// other request goes on to the HTTP app.
async fn upgrade_or_pass(
    request: Request,
    next: Next,
    schema: RealtimeSchema,
    hub: Hub,
    verifier: TokenVerifier,
) -> Response {
    let upgrade = request.method() == Method::GET
        && request.uri().path() == "/graphql"
        && request
            .headers()
            .get(header::UPGRADE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if !upgrade {
        return next.run(request).await;
    }
    let dialect = Dialect::choose(
        request
            .headers()
            .get(header::SEC_WEBSOCKET_PROTOCOL)
            .and_then(|v| v.to_str().ok()),
    );
    let (mut parts, _) = request.into_parts();
    let ws = match WebSocketUpgrade::from_request_parts(&mut parts, &()).await {
        Ok(ws) => ws,
        Err(rejection) => return axum::response::IntoResponse::into_response(rejection),
    };
    // Small buffers: most sockets sit idle, and client messages are small
    // (init, subscribe, ping); larger ones are refused.
    let ws = ws
        .read_buffer_size(4 * 1024)
        .write_buffer_size(4 * 1024)
        .max_message_size(64 * 1024);
    let ws = match dialect {
        Some(dialect) => ws.protocols([dialect.name()]),
        None => ws,
    };
    // The connection runs on the delivery threads (see [`delivery`]).
    let delivery = hub.delivery.clone();
    ws.on_upgrade(move |socket| async move {
        let served = delivery.spawn(socket::serve(socket, dialect, schema, hub, verifier));
        if let Err(err) = served.await
            && err.is_panic()
        {
            tracing::error!(error = %err, "a WebSocket connection panicked");
        }
    })
}

/// Keeps who hides their online status from identity's events.
pub async fn consume_people_events(
    runtime: &Runtime,
    db: &DatabaseConnection,
) -> anyhow::Result<ConsumerHandle> {
    let pubsub = runtime.pubsub.clone();
    let handler = stunxt_platform::events::idempotent(move |txn, event| {
        let pubsub = pubsub.clone();
        Box::pin(async move {
            if let Some((user, shown)) = hub::apply(txn, event).await? {
                // Followers of their presence learn at once; live only, so
                // a failure to announce costs nothing durable.
                if let Err(err) = pubsub
                    .publish_json(
                        &presence::presence_channel(user),
                        &hub::visibility_message(user, shown),
                    )
                    .await
                {
                    tracing::warn!(user.id = %user, error = %err, "presence visibility announcement failed");
                }
            }
            Ok(())
        })
    });
    Ok(runtime
        .bus
        .subscribe(
            "realtime-people",
            hub::IDENTITY_TOPICS,
            db,
            handler,
            &runtime.shutdown,
        )
        .await?)
}

/// Runs the subgraph on `listener`, with its consumer, until the runtime
/// shuts down.
pub async fn serve(runtime: Runtime, listener: TcpListener) -> anyhow::Result<()> {
    let db = stunxt_platform::db::prepare::<stunxt_migrations::realtime::Migrator>(
        &runtime.config.database,
        NAME,
    )
    .await?;
    let access = AccessClient::for_runtime(&runtime).await?;
    let conversations = ConversationClient::new(
        &runtime.subgraph_url("messaging")?,
        runtime.service_token.clone(),
        Duration::from_secs(5),
    );
    let _people = consume_people_events(&runtime, &db).await?;
    let state = State::new(&runtime, db.clone(), conversations, access).await?;
    let app = router(&state, &runtime);
    server::run_subgraph(&runtime, listener, app, db).await
}
