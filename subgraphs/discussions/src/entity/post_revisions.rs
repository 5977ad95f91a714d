//! `post_revisions`: what a post said before each edit.

use sea_orm::entity::prelude::*;

/// One row of `post_revisions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "post_revisions")]
pub struct Model {
    /// The revision's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The post.
    pub post_id: Uuid,
    /// Who made the edit that replaced this text.
    pub editor_id: Uuid,
    /// The title before the edit.
    pub title: String,
    /// The body before the edit.
    pub body: String,
    /// When the edit was made.
    pub created_at: DateTimeUtc,
}

/// Relations of `post_revisions`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
