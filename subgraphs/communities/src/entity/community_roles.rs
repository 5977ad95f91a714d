//! `community_roles`: custom roles, each a set of permissions added to the member role.

use sea_orm::entity::prelude::*;

/// One row of `community_roles`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "community_roles")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The community.
    pub community_id: Uuid,
    /// Shown name.
    pub name: String,
    /// Comma-separated permission names.
    pub permissions: String,
    /// When it was made.
    pub created_at: DateTimeUtc,
}

/// Relations of `community_roles`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
