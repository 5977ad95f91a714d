//! `join_requests`: requests to join a community or a private space.

use sea_orm::entity::prelude::*;

/// One row of `join_requests`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "join_requests")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The community.
    pub community_id: Uuid,
    /// The space, for space access.
    pub space_id: Option<Uuid>,
    /// Who asks.
    pub user_id: Uuid,
    /// Their message.
    pub message: Option<String>,
    /// `PENDING`, `APPROVED` or `DENIED`.
    pub status: String,
    /// Who decided.
    pub decided_by: Option<Uuid>,
    /// Why, when denied.
    pub reason: Option<String>,
    /// When asked.
    pub created_at: DateTimeUtc,
    /// When decided.
    pub decided_at: Option<DateTimeUtc>,
}

/// Relations of `join_requests`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
