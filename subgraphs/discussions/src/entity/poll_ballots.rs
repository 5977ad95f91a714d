//! `poll_ballots`: that a member voted in a poll, once (their choices are
//! in `poll_votes`).

use sea_orm::entity::prelude::*;

/// One row of `poll_ballots`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "poll_ballots")]
pub struct Model {
    /// The post whose poll it is.
    #[sea_orm(primary_key, auto_increment = false)]
    pub post_id: Uuid,
    /// Who voted.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations of `poll_ballots`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
