//! SeaORM models of realtime's tables (see `migrations/src/realtime`).

pub mod presence_settings;
