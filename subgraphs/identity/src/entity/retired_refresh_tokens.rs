//! `retired_refresh_tokens`: refresh tokens a session rotated away from.

use sea_orm::entity::prelude::*;

/// A rotated-out refresh token, by hash.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "retired_refresh_tokens")]
pub struct Model {
    /// SHA-256 (hex) of the retired token.
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    /// The session it belonged to.
    pub session_id: Uuid,
    /// When it was replaced.
    pub retired_at: DateTimeUtc,
}

/// Relations of `retired_refresh_tokens`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The session.
    #[sea_orm(
        belongs_to = "super::sessions::Entity",
        from = "Column::SessionId",
        to = "super::sessions::Column::Id",
        on_delete = "Cascade"
    )]
    Session,
}

impl Related<super::sessions::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Session.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
