//! `polls`: the poll of a post.

use sea_orm::entity::prelude::*;

/// One row of `polls`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "polls")]
pub struct Model {
    /// The post.
    #[sea_orm(primary_key, auto_increment = false)]
    pub post_id: Uuid,
    /// Several options may be chosen.
    pub multiple: bool,
    /// Results show before voting too.
    pub results_always: bool,
    /// No votes after this.
    pub closes_at: Option<DateTimeUtc>,
}

/// Relations of `polls`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
