//! SeaORM models of notifications' tables (see `migrations/src/notifications`).

pub mod communities;
pub mod deliveries;
pub mod notifications;
pub mod overrides;
pub mod post_followers;
pub mod preferences;
pub mod push_devices;
pub mod recipients;
pub mod settings;
