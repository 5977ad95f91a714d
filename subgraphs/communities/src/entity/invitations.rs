//! `invitations`: mailed invitations and shareable invite links.

use sea_orm::entity::prelude::*;

/// One row of `invitations`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The community.
    pub community_id: Uuid,
    /// `EMAIL` or `LINK`.
    pub kind: String,
    /// The invited address (`EMAIL`).
    pub email: Option<String>,
    /// SHA-256 (hex) of the invitation token.
    pub token_hash: String,
    /// The role accepting gives.
    pub role: String,
    /// Who invited.
    pub invited_by: Uuid,
    /// How many may accept; unlimited if unset.
    pub max_uses: Option<i32>,
    /// How many have.
    pub uses: i32,
    /// When it lapses.
    pub expires_at: DateTimeUtc,
    /// When it was revoked.
    pub revoked_at: Option<DateTimeUtc>,
    /// When it was made.
    pub created_at: DateTimeUtc,
    /// When it was last mailed.
    pub sent_at: DateTimeUtc,
}

/// Relations of `invitations`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
