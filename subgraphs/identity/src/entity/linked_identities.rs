//! `linked_identities`: accounts at social sign-in providers that sign in
//! to a StunxtV2 account.

use sea_orm::entity::prelude::*;

/// One linked identity.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "linked_identities")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The account it signs in to.
    pub user_id: Uuid,
    /// `GOOGLE`, `APPLE` or `FACEBOOK`.
    pub provider: String,
    /// The provider's stable id of the person.
    pub subject: String,
    /// The address the provider gave, if any.
    pub email: Option<String>,
    /// When it was linked.
    pub created_at: DateTimeUtc,
    /// When it last signed in.
    pub last_used_at: Option<DateTimeUtc>,
}

/// Relations of `linked_identities`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
