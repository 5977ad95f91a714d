//! `username_reservations`: usernames held for their previous owner after a
//! rename, so nobody else takes them at once.

use sea_orm::entity::prelude::*;

/// A held username.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "username_reservations")]
pub struct Model {
    /// The held username (lower-case).
    #[sea_orm(primary_key, auto_increment = false)]
    pub username: String,
    /// Its previous owner, who may take it back.
    pub user_id: Uuid,
    /// When others may take it.
    pub reserved_until: DateTimeUtc,
}

/// Relations of `username_reservations`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
