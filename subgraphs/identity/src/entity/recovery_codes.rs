//! `recovery_codes`: single-use codes that stand in for a TOTP code,
//! stored hashed.

use sea_orm::entity::prelude::*;

/// One recovery code.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recovery_codes")]
pub struct Model {
    /// SHA-256 (hex) of the normalised code.
    #[sea_orm(primary_key, auto_increment = false)]
    pub code_hash: String,
    /// Whose code it is.
    pub user_id: Uuid,
    /// When it was issued.
    pub created_at: DateTimeUtc,
    /// When it was used.
    pub used_at: Option<DateTimeUtc>,
}

/// Relations of `recovery_codes`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
