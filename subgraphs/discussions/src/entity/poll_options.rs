//! `poll_options`: the choices of a poll.

use sea_orm::entity::prelude::*;

/// One row of `poll_options`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "poll_options")]
pub struct Model {
    /// The option's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The post whose poll it is.
    pub post_id: Uuid,
    /// Its place, from 0.
    pub position: i32,
    /// What it says.
    pub label: String,
}

/// Relations of `poll_options`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
