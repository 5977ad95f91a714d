//! `reactions`: one emoji by one person on a post or comment.

use sea_orm::entity::prelude::*;

/// One row of `reactions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reactions")]
pub struct Model {
    /// The post or comment.
    #[sea_orm(primary_key, auto_increment = false)]
    pub target_id: Uuid,
    /// Who reacted.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// With what.
    #[sea_orm(primary_key, auto_increment = false)]
    pub emoji: String,
    /// `POST` or `COMMENT`.
    pub target_type: String,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations of `reactions`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
