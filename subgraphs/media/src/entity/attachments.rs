//! `media_attachments`: which asset hangs on which parent.

use sea_orm::entity::prelude::*;

/// One row of `media_attachments`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "media_attachments")]
pub struct Model {
    /// The asset.
    #[sea_orm(primary_key, auto_increment = false)]
    pub asset_id: Uuid,
    /// The parent.
    #[sea_orm(primary_key, auto_increment = false)]
    pub parent_id: Uuid,
    /// When it was attached.
    pub created_at: DateTimeUtc,
}

/// Relations of `media_attachments`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
