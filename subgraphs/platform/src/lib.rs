//! The shared kit every StunxtV2 subgraph is built from. Not a subgraph.
//!
//! - [`config`]: typed, layered configuration (defaults → `stunxt.toml` → env).
//! - [`conversations`]: the live-change channels of conversations and the
//!   access question realtime asks messaging.
//! - [`db`]: SeaORM connections (SQLite file per subgraph, or a PostgreSQL
//!   schema per subgraph) and migrations at start.
//! - [`auth`]: access-token verification, the [`auth::Viewer`], guards.
//! - [`error`]: [`error::ErrorCode`] and [`error::AppError`], mapped to
//!   `extensions.code` in one place.
//! - [`pagination`]: Relay connections with opaque keyset cursors.
//! - [`ids`]: UUIDv7 identifiers.
//! - [`mail`]: outgoing email (SMTP, or `.eml` files offline), MJML layout.
//! - [`markdown`]: Markdown bodies rendered and sanitised, with mentions.
//! - [`memberships`]: who shares a community, kept from communities events.
//! - [`media`]: how subgraphs attach media to what they own.
//! - [`events`]: transactional outbox, event bus (in-process or Redis
//!   Streams), idempotent consumers with retries and dead letters.
//! - [`presence`]: who is online, as other subgraphs ask the realtime edge.
//! - [`pubsub`]: ephemeral fan-out (in-process or Redis pub/sub).
//! - [`ratelimit`]: fixed-window rate limits (in-memory or Redis).
//! - [`telemetry`]: tracing, request ids, Prometheus metrics.
//! - [`search`]: full-text query words for PostgreSQL and SQLite.
//! - [`runtime`]: what the subgraphs of one process share.
//! - [`server`]: the axum app around a subgraph's schema.
//! - [`service_token`]: the check of internal endpoints between subgraphs.
//! - [`validate`]: input checks shared by subgraphs.
//! - `testing` (feature `test-support`): spawn a subgraph on port 0 with an
//!   isolated database; an SMTP server on loopback that keeps what it gets.

pub mod access;
pub mod auth;
pub mod config;
pub mod conversations;
pub mod db;
pub mod error;
pub mod events;
pub mod ids;
pub mod mail;
pub mod markdown;
pub mod media;
pub mod memberships;
pub mod pagination;
pub mod presence;
pub mod pubsub;
pub mod ratelimit;
pub mod redis_link;
pub mod runtime;
pub mod search;
pub mod server;
pub mod service_client;
pub mod service_token;
#[cfg(test)]
mod stand_in;
pub mod telemetry;
#[cfg(feature = "test-support")]
pub mod testing;
pub mod timing;
pub mod validate;

pub use error::{AppError, AppResult, ErrorCode};
