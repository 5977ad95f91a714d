//! SeaORM models of the media tables (see `migrations/src/media`).

pub mod assets;
pub mod attachments;
pub mod parent_readers;
pub mod parents;
pub mod variants;
