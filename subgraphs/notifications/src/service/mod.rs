//! The rules of notifications.
//!
//! - [`sources`]: which domain events become which notifications (the one
//!   table to extend when a domain adds a notification).
//! - [`store`]: from an intent to stored notifications and queued
//!   deliveries, after access, overrides and preferences.
//! - [`feed`]: the in-app list, unread counts, marking read, live updates.
//! - [`settings`]: preferences, overrides, quiet hours, digests.
//! - [`worker`]: email and push deliveries, retries, receipts, digests.

pub mod devices;
pub mod feed;
pub mod kinds;
pub mod push;
pub mod quiet;
pub mod render;
pub mod settings;
pub mod sources;
pub mod store;
pub mod unsubscribe;
pub mod worker;

use std::sync::Arc;

use sea_orm::DatabaseConnection;
use stunxt_platform::{
    access::AccessClient, config::NotificationsConfig, mail::Mailer, presence::PresenceClient,
    pubsub::PubSub,
};

/// The notifications service. Cheap to clone.
#[derive(Clone)]
pub struct Notifications {
    /// Its database.
    pub db: DatabaseConnection,
    /// Who may read a community or space (communities decides).
    pub access: AccessClient,
    /// Who is online (realtime knows), when it can be asked.
    pub presence: Option<PresenceClient>,
    /// Live updates to the realtime edge.
    pub pubsub: PubSub,
    /// Outgoing mail.
    pub mailer: Mailer,
    /// The push service.
    pub push: push::PushClient,
    /// Signs and checks unsubscribe links.
    pub links: unsubscribe::Links,
    /// Timings and limits.
    pub config: Arc<NotificationsConfig>,
}
