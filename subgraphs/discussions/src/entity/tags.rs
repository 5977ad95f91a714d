//! `tags`: a community's tag vocabulary, kept by its moderators.

use sea_orm::entity::prelude::*;

/// One row of `tags`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tags")]
pub struct Model {
    /// The tag's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Its community.
    pub community_id: Uuid,
    /// As shown.
    pub name: String,
    /// Lower-case, for matching and URLs.
    pub slug: String,
    /// When it was made.
    pub created_at: DateTimeUtc,
}

/// Relations of `tags`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
