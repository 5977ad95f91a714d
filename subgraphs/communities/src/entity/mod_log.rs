//! `mod_log`: every membership action: who did what to whom, when and why.

use sea_orm::entity::prelude::*;

/// One row of `mod_log`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mod_log")]
pub struct Model {
    /// Id (time-ordered).
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The community.
    pub community_id: Uuid,
    /// Who acted.
    pub actor_id: Uuid,
    /// What was done.
    pub action: String,
    /// To whom.
    pub target_user_id: Option<Uuid>,
    /// In which space.
    pub space_id: Option<Uuid>,
    /// Why.
    pub reason: Option<String>,
    /// More, as JSON.
    pub details: String,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations of `mod_log`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
