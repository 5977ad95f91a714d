//! `poll_votes`: each member's ballot, one row per chosen option.

use sea_orm::entity::prelude::*;

/// One row of `poll_votes`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "poll_votes")]
pub struct Model {
    /// The post whose poll it is.
    #[sea_orm(primary_key, auto_increment = false)]
    pub post_id: Uuid,
    /// Who voted.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// What they chose.
    #[sea_orm(primary_key, auto_increment = false)]
    pub option_id: Uuid,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations of `poll_votes`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
