//! `social_states`: a social sign-in sent to the provider, waiting for the
//! user to come back with a code (ten minutes, single use).

use sea_orm::entity::prelude::*;

/// One pending authorization request.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "social_states")]
pub struct Model {
    /// SHA-256 (hex) of the `state` parameter.
    #[sea_orm(primary_key, auto_increment = false)]
    pub state_hash: String,
    /// `GOOGLE`, `APPLE` or `FACEBOOK`.
    pub provider: String,
    /// `SIGN_IN`, or `LINK` to `user_id`.
    pub purpose: String,
    /// The account linking, for `LINK`.
    pub user_id: Option<Uuid>,
    /// The nonce the ID token must carry.
    pub nonce: String,
    /// The PKCE code verifier.
    pub pkce_verifier: String,
    /// Where the provider sends the user back.
    pub redirect_uri: String,
    /// When it began.
    pub created_at: DateTimeUtc,
    /// When it lapses.
    pub expires_at: DateTimeUtc,
}

/// Relations of `social_states`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
