//! SeaORM migrations of every StunxtV2 subgraph.
//!
//! Each subgraph owns its tables in its own database (a SQLite file, or a
//! PostgreSQL schema), so each has its own migrator: [`identity::Migrator`],
//! [`communities::Migrator`], [`media::Migrator`]. Tables every subgraph needs (the event outbox,
//! the processed-event ledger, dead letters) are defined once in [`shared`]
//! and listed by each migrator.

pub mod communities;
pub mod discussions;
pub mod identity;
pub mod media;
pub mod messaging;
pub mod notifications;
pub mod realtime;
pub mod shared;

pub use sea_orm_migration::MigratorTrait;
