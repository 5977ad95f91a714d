//! `passkey_ceremonies`: a passkey registration or sign-in between its
//! options and the authenticator's answer (five minutes, single use).

use sea_orm::entity::prelude::*;

/// One pending ceremony.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "passkey_ceremonies")]
pub struct Model {
    /// Id, handed to the client.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `REGISTER` or `SIGN_IN`.
    pub kind: String,
    /// The registering account, or the account a sign-in named.
    pub user_id: Option<Uuid>,
    /// The server half of the ceremony, as JSON.
    pub state: String,
    /// When it began.
    pub created_at: DateTimeUtc,
    /// When it lapses.
    pub expires_at: DateTimeUtc,
}

/// Relations of `passkey_ceremonies`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
