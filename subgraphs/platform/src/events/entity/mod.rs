//! SeaORM models of the tables behind domain events. The tables themselves
//! are created by the shared `events` migration every subgraph's migrator
//! includes (`outbox`, `processed_events`, `dead_letters`).

pub mod dead_letter;
pub mod outbox;
pub mod processed_event;
