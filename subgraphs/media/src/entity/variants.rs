//! `media_variants`: the renditions of an asset that can be downloaded.

use sea_orm::entity::prelude::*;

/// One row of `media_variants`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "media_variants")]
pub struct Model {
    /// The asset.
    #[sea_orm(primary_key, auto_increment = false)]
    pub asset_id: Uuid,
    /// `THUMBNAIL`, `MEDIUM` or `ORIGINAL`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub variant: String,
    /// Where its bytes are.
    pub storage_key: String,
    /// Its media type.
    pub content_type: String,
    /// Its size in bytes.
    pub byte_size: i64,
    /// Pixels across (images).
    pub width: Option<i32>,
    /// Pixels down (images).
    pub height: Option<i32>,
}

/// Relations of `media_variants`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
