//! `sessions`: one row per signed-in device.

use sea_orm::entity::prelude::*;

/// A session, holding the hash of its current refresh token.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    /// UUIDv7; the `sid` claim of the session's access tokens.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The signed-in user.
    pub user_id: Uuid,
    /// SHA-256 (hex) of the current refresh token; the token itself is
    /// never stored.
    #[sea_orm(unique)]
    pub refresh_token_hash: String,
    /// The client's `User-Agent`, when known.
    pub user_agent: Option<String>,
    /// A name for the device (given by the client, or read off the user
    /// agent).
    pub device_name: Option<String>,
    /// The client's address at sign-in, updated on each refresh.
    pub ip: Option<String>,
    /// When the session started.
    pub created_at: DateTimeUtc,
    /// When the session was last used.
    pub last_used_at: DateTimeUtc,
    /// When the refresh token stops working.
    pub expires_at: DateTimeUtc,
    /// When the session was revoked, if it was.
    pub revoked_at: Option<DateTimeUtc>,
}

/// Relations of `sessions`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The session's user.
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::UserId",
        to = "super::users::Column::Id",
        on_delete = "Cascade"
    )]
    User,
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
