//! `reports`: posts and comments members reported to moderators.

use sea_orm::entity::prelude::*;

/// One row of `reports`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    /// The report's id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The post or comment.
    pub target_id: Uuid,
    /// `POST` or `COMMENT`.
    pub target_type: String,
    /// Its community.
    pub community_id: Uuid,
    /// Who reported it.
    pub reporter_id: Uuid,
    /// Why (`SPAM`, `HARASSMENT`, …).
    pub reason: String,
    /// What the reporter added.
    pub note: Option<String>,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations of `reports`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
