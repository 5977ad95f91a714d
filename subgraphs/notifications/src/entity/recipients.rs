//! `recipients`: what notifications knows of a person, copied from
//! identity's events.

use sea_orm::entity::prelude::*;

/// One person.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recipients")]
pub struct Model {
    /// The user.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// Their username, lower-case (mentions name it).
    pub username: String,
    /// Their display name.
    pub display_name: String,
    /// Where their mail goes.
    pub email: Option<String>,
    /// Whether that address is verified.
    pub email_verified: bool,
    /// Their IANA time zone (quiet hours are in it).
    pub timezone: Option<String>,
    /// Their locale.
    pub locale: Option<String>,
    /// When the copy last changed.
    pub updated_at: DateTimeUtc,
}

/// Relations of `recipients`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
