//! SeaORM models of messaging's tables (see `migrations/src/messaging`).

pub mod conversations;
pub mod message_reactions;
pub mod message_revisions;
pub mod messages;
pub mod participants;
pub mod read_marks;
pub mod user_blocks;
pub mod user_settings;
