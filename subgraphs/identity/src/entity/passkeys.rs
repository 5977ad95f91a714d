//! `passkeys`: WebAuthn credentials a user signs in with.

use sea_orm::entity::prelude::*;

/// One registered passkey.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "passkeys")]
pub struct Model {
    /// Id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Whose it is.
    pub user_id: Uuid,
    /// The authenticator's credential id, base64url.
    #[sea_orm(unique)]
    pub credential_id: String,
    /// The credential (`webauthn_rs::prelude::Passkey`) as JSON.
    pub credential: String,
    /// The name the user gave it.
    pub name: String,
    /// When it was registered.
    pub created_at: DateTimeUtc,
    /// When it last signed in.
    pub last_used_at: Option<DateTimeUtc>,
}

/// Relations of `passkeys`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
