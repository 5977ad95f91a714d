//! `media_parents`: things in other subgraphs that assets are attached to
//! (a post, a conversation, a lesson), and who may read what is attached.

use sea_orm::entity::prelude::*;

/// One row of `media_parents`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "media_parents")]
pub struct Model {
    /// The parent's id here.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The subgraph that owns it (`discussions`).
    pub service: String,
    /// Its kind there (`post`).
    pub kind: String,
    /// Its id there.
    pub external_id: String,
    /// Readers need `READ` in this community …
    pub community_id: Option<Uuid>,
    /// … and in this space, when set.
    pub space_id: Option<Uuid>,
    /// Anyone may read what is attached.
    pub public: bool,
    /// Only the listed readers (`media_parent_readers`) may read.
    pub restricted: bool,
    /// When it was registered.
    pub created_at: DateTimeUtc,
    /// Last change.
    pub updated_at: DateTimeUtc,
}

/// Relations of `media_parents`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
