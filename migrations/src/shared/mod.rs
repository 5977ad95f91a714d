//! Migrations shared by every subgraph's migrator.

pub mod m20261128_000001_events;
